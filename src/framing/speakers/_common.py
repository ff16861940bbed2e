"""Shared by the rules of :mod:`framing.speakers`: word lists several rules read, the spelling
of Vietnamese names, and small helpers over a document's keys."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from framing.lexicons.actors import Actors
from framing.lexicons.matching import PhraseTrie
from framing.lexicons.sectors import load_lexicon
from framing.lexicons.wordlists import MONTHS
from framing.normalize import fold

_SINGULAR = frozenset({"he", "she", "him", "her", "his"})  # pronouns of one person
# Participles before "by" and the person who leads a delegation or a side ("a delegation headed by X");
# r28a: "represented by" too ("The Vietnamese side was represented by PV Power General Director X").
_LED_BY = frozenset({"led", "headed", "represented"})
# The groups such a person leads ("delegation"; r28a: "side")
_LED_GROUPS = frozenset({"delegation", "side"})
_DETERMINERS = frozenset({"the", "his", "her", "its", "their", "a", "an"})
# r31k: quantifiers that determine a plural subject as "the" does ("Several Vietnamese firms
# called for", "Many Russian officials said"); the noun after them must be plural
_PLURAL_QUANTIFIERS = frozenset({"several", "many", "some", "numerous"})
# Title words a strict role names without holding them: "the manager" is the (general) director or
# chief executive named before; "the deputy" alone is a member of a legislature ("State Duma deputy
# Ivan Orlov"), before a deputy minister.
_ROLE_KIN = {
    "manager": frozenset({"director", "director-general", "ceo", "executive"}),
    "deputy": frozenset({"duma", "parliament", "assembly", "congress", "na", "legislature", "council"}),
    # generic roles that fit anybody, but a person of their kind first
    "diplomat": frozenset({"ambassador", "envoy", "consul", "consul-general", "attache", "charge", "counsellor"}),
    # round 23a: "the envoy" is an ambassador, a consul or a chargé d'affaires named before, as seldom
    # as anyone is titled "envoy" ("Russian Consul General X ... the envoy said")
    "envoy": frozenset({"ambassador", "envoy", "consul", "consul-general", "charge"}),
    "lawmaker": frozenset({"duma", "parliament", "assembly", "congress", "na", "senator"}),
    "legislator": frozenset({"duma", "parliament", "assembly", "congress", "na", "senator"}),
    "parliamentarian": frozenset({"duma", "parliament", "assembly", "congress", "na", "senator"}),
}
_QUOTES = frozenset({'"', "'", "-", "and", "but", "while"})
_BE = frozenset({"was", "were", "is", "are", "been", "be"})
_PLACE_ABBREVIATIONS = frozenset({"st", "mt", "ft"})  # Saint, Mount, Fort opening a place's name
#: r36f: ranks and academic titles written short before a name, each with its full stop ("Assoc. Prof.
#: Dr. Nguyễn Văn An", "Lt. Gen. X", "Maj. Gen. X"): a capitalised run goes on across the stop
_TITLE_ABBREVIATIONS = frozenset({"assoc", "prof", "dr", "lt", "gen", "maj", "col", "capt", "adm", "brig", "sr", "mr", "mrs", "ms"})


#: review 51: short forms whose full stop ends no name or title (places' and titles')
_SHORT_FORMS = _PLACE_ABBREVIATIONS | _TITLE_ABBREVIATIONS


def _short_form_stop(keys: list[str], caps: list[bool], t: int, short=_TITLE_ABBREVIATIONS) -> bool:
    """r36f (review 51: one test for its four readers): True if key ``t`` is the full stop of a
    capitalised short form of ``short`` ("Lt." of "Lt. Gen. X"; with ``_PLACE_ABBREVIATIONS`` too, "St."
    of "St. Petersburg"), which ends no name or title."""
    return keys[t] == "." and t > 0 and caps[t - 1] and keys[t - 1] in short
_SINGULAR_S = frozenset({"d'affaire"})  # keys of roles whose singular ends in "s" ("chargé d'affaires")
_APPOSITION = 40  # keys an apposition between commas may hold
_TITLE_SCAN = 20  # keys of titles before a name (two offices joined by "and": "Deputy Secretary of ... and head of ...")
_TITLE_PLAIN = 3  # lower-case words in "head of its international cooperation commission X"
_BRACKET_NAME = 8  # keys of a bracket inside a title ("CPRF (Communist Party of the Russian Federation)")
_FUNCTION = frozenset("the and for with between among from into onto upon".split())
# The places a level of local government governs ("the regional ministry": a region's).
_LEVEL_PLACES = {"regional": frozenset({"region", "republic", "oblast", "krai", "territory", "okrug"}),
                 "provincial": frozenset({"province"}), "municipal": frozenset({"city"}),
                 "city": frozenset({"city"}), "district": frozenset({"district"})}
#: every place word of a level ("region", "province", ...): the kinds of local government a role may
#: be "of" (probe 35p1), a place's level after its name (probe 38p2)
_LEVEL_WORDS = frozenset().union(*_LEVEL_PLACES.values())
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "official", "source"})
# nouns that name any kind of organisation (probe 27: "the corporation's press service" of Rosatom,
# as "the company's")
_ANY_ORGANISATION = frozenset({"company", "firm", "corporation"})
# r26a: organisation nouns of one kind, each naming a firm the text called by another of its kind
# ("Russia's flag carrier Aeroflot ... the airline's press service said")
_ORGANISATION_KINDS = (
    frozenset({"airline", "carrier"}),
    frozenset({"company", "firm", "corporation", "corp", "group", "concern", "holding", "conglomerate",
               "enterprise", "giant"}),
    frozenset({"producer", "manufacturer", "exporter", "supplier", "developer"}),
)
# Words of a place that a name spelled the Vietnamese way without marks must stand beside to be one.
_PLACE_WORDS = frozenset({"province", "city", "district", "town", "commune", "ward"})
# r29e: the last word of a place of local government ("Russia's Kaluga Region", "China's Guangxi
# Zhuang Autonomous Region"): a side's possessive before it names a place, no firm
_PLACE_HEADS = _LEVEL_WORDS | _PLACE_WORDS
# Marks of Vietnamese spelling, after canonical decomposition ("Trần" = "Tra" + circumflex + grave
# + "n"): breve, circumflex, horn, hook above, dot below, and the letter đ.
_VIETNAMESE_MARKS = frozenset("\u0306\u0302\u031b\u0309\u0323đĐ")


# One Vietnamese syllable without its marks ("Luong", "Nguyen", "Nghia", "Khoi"): an initial
# consonant, a vowel nucleus, then a final consonant, or a glide that ends the nucleus ("Hai",
# "Thuy", "Kieu"). VNA English and TASS write names so; "Volodin", "Dmitry", "Wang", "Jinping",
# "Lee" are no syllable of it.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(?:(?:a|e|i|o|u|y|ie|ye|oa|oe|oo|ua|ue|uo|uy|uye)(?:ch|c|m|ng|nh|n|p|t)?"
    r"|ai|ao|au|ay|eo|eu|ia|iu|ieu|oai|oay|oeo|oi|uay|ui|uu|uoi|uou|uya|uyu|yeu)"
)


def _vietnamese_marks(surface: str) -> bool:
    """True if ``surface`` carries a mark of Vietnamese spelling ("Trần Cẩm Tú", "Đặng")."""
    if surface.isascii():
        return False  # speed: every mark is outside ASCII
    return not _VIETNAMESE_MARKS.isdisjoint(unicodedata.normalize("NFD", surface))


def _vietnamese_syllables(surface: str) -> int:
    """How many words ``surface`` opens with that are each one Vietnamese syllable, marks or not
    ("Lạng Sơn Department" and "Lang Son Department": 2)."""
    n = 0
    for word in re.split(r"[\s\-]+", fold(surface).strip()):
        if not _SYLLABLE.fullmatch(word):
            break
        n += 1
    return n


def _vietnamese_spelling(surface: str, *, opening: bool = False) -> bool:
    """True if ``surface`` is spelled the Vietnamese way, with its marks or without them.

    Two words or more that are each one Vietnamese syllable ("Tô Lâm" and "To Lam", "Luong Cuong",
    "Lang Son") are, whatever the copy did with the marks; one word only by its marks ("Huế"), as
    "Long", "Sun" or "Ban" are English words or other names too.

    Parameters
    ----------
    surface : str
        A name as written.
    opening : bool, default=False
        Whether the syllables may be only the first words of ``surface``: "Lang Son Department".

    Returns
    -------
    bool
    """
    words = len(re.split(r"[\s\-]+", fold(surface).strip()))
    syllables = _vietnamese_syllables(surface)
    if syllables >= 2 and (opening or syllables == words):
        return True
    return words == 1 and _vietnamese_marks(surface)


def _marked_vietnamese(place: str) -> bool:
    """True if ``place`` (a dateline) is spelled the Vietnamese way with its marks ("Thái Bình"), not
    only by its syllables ("Vung Tau"): the test r30k's provincial body and r32f's host share (review 44).
    """
    return not place.isascii() and _vietnamese_spelling(place)


@lru_cache(maxsize=1)
def _domain_words() -> frozenset:
    """Words of office titles besides titles and heads: the packaged lexicon's sector words
    ("Minister of *Industry* and *Trade*"), function words aside."""
    return frozenset(k for k in load_lexicon().common_keys if len(k) > 2 and k.isalpha()) - _FUNCTION


def _first_keys(trie: PhraseTrie):
    """The keys a match of ``trie`` may start with (a set test before ``trie.longest``, for speed),
    or None when a pattern starts with a slot (any key may)."""
    return None if trie.starts_with_slot else trie.root


def _positions_before(keys: list[str], key: str, end: int) -> list[int]:
    """The positions of ``key`` in ``keys[:end]``, ascending (found by C-level searches, for speed)."""
    out = []
    u = -1
    try:
        while True:
            u = keys.index(key, u + 1, end)
            out.append(u)
    except ValueError:
        return out


@lru_cache(maxsize=16)
def _role_heads(act: Actors) -> frozenset:
    """The last word of each role ("minister" of "deputy prime minister")."""
    out = set()

    def walk(node, last):
        for key, child in node.items():
            if key is None:
                out.add(last)
            elif isinstance(child, dict):
                walk(child, key)

    walk(act.roles.root, "")
    return frozenset(out - {""})


# ``doc`` below is a :class:`framing.speakers.document._Document`, not annotated as one: that module
# imports this one.
def _caps_end(doc, u: int) -> int:
    """The key after the capitalised words that start at key ``u``."""
    return doc._caps_run_end(u, doc.n)


# Probe 19: verbs of talks held that the set reads as narration after a dated subject ("X and Y on
# October 19 discussed a programme", "... on May 11 reviewed the agreement"), as "held talks on"
_TALKS_HELD = frozenset({"discussed", "reviewed", "exchanged"})
# r30a: adverbs of time since an earlier event ("have since exchanged 30 delegations"): before a verb
# of talks held the clause tells a record, as after a date, and is narration
_SINCE = frozenset({"since", "already"})


def _day_of_month(first: str, second: str) -> bool:
    """True if the two keys are a day of a month in either order ("November 20", "20 November")."""
    return (first in MONTHS and second.isdigit() and len(second) <= 2) or (
        second in MONTHS and first.isdigit() and len(first) <= 2)


def _past_year(keys: list[str], u: int, b: int) -> int:
    """The key after a year (four digits, after one comma or none) at ``u``, else ``u``."""
    v = u + (keys[u] == ",")
    return v + 1 if v < b and len(keys[v]) == 4 and keys[v].isdigit() else u


# probe 38p1: the event a subject speaks at, between the subject and its verb ("Russian investors at
# the forum said ...", "Deputy Minister X at the meeting stressed ..."); keys fold plurals ("talks")
_EVENT_NOUNS = frozenset({"forum", "conference", "meeting", "event", "ceremony", "seminar", "workshop",
                          "session", "summit", "talk", "reception", "symposium", "roundtable"})


def _skip_fillers(doc, k: int, b: int) -> int:
    keys, act = doc.keys, doc.act
    while k < b:
        hit = None
        if keys[k] == "at" and k + 2 < b and keys[k + 1] in ("the", "this") and keys[k + 2] in _EVENT_NOUNS:
            hit = k + 3
        elif keys[k] in act.adverbs:
            if keys[k] in _SINCE and k + 1 < b and keys[k + 1] in _TALKS_HELD:
                return k
            hit = k + 1
        elif keys[k] in act.time_words:
            hit = k + 1
        elif keys[k] in ("on", "in") and k + 1 < b and keys[k + 1] in act.time_words:
            hit = k + 2
        elif keys[k] == "on" and k + 3 < b and _day_of_month(keys[k + 1], keys[k + 2]):
            u = _past_year(keys, k + 3, b)  # review 26: "X on November 20, 2025 said": the year too
            if u < b and keys[u] not in _TALKS_HELD:
                hit = u  # probe 19: "X and Y on November 20 agreed", "X on 20 November said": a date
        if hit is None:
            return k
        k = hit
    return k


def _ref_side(doc, how: str, value):
    """The side of a person ref (``("known", name)`` of actors.yml or ``("discovered", index)`` of
    the text's people), or None (the reread of stop 43: one reading for its three readers)."""
    return doc.act.people.get(value) if how == "known" else doc.people[value].side
