"""Who frames it: each sentence attributed to a speaker, a side, and the rule that decided.

The grammar of reported speech is data (the packaged ``framing/lexicons/actors.yml``); the people
come from the text itself, helped by the study's actors file when there is one, and their sides
from the words of the study's sides (``study.yml``: countries, adjectives, parties, people).

**People found in the text.** A capitalised name after a title ("Russian Deputy Prime Minister
Ivan Sokolov", "Xiengkhouang Governor Somphone Inthavong"), before an apposition that opens with a
title ("Xi Jinping, general secretary of the Communist Party of China"), after a role word ("his
Vietnamese counterpart Nguyen Van An"), or between commas after a role with a side word ("the Russian
ambassador, Gennady Bezdetko,": of that side) is a person. The side is the first that holds:

1. the study's actors file or the side's ``people`` name the person;
2. a side word (country, adjective, party) in the title before the name ("*Lao* Prime Minister");
3. the delegation the person leads ("a *URP* delegation headed by Andrei Lebedev");
4. a side word in the apposition ("Yelena Morozova, Minister of ... of the *Russian Federation*");
5. the name's origin (``names.yml``: a Vietnamese surname gives the side whose adjective is
   "Vietnamese"; a name of two words counts when every word is one Vietnamese syllable, with its
   marks or without them as VNA English and TASS write it: "Tô Lâm", "To Lam", not "Dong Jun");
6. a role phrase of one side that can only be this person ("the *Lao* governor");
7. an organisation in the title that the text gave a side ("Russian energy company Zarubezhneft ...
   Zarubezhneft Director General X"); the side the document names most, among those a name origin
   does not already cover; an aide to a titled person ("Adviser to the Governor X", "the Governor's
   adviser X") first takes the side of the person with that title named before; with no such side
   named, the country of the news agency the person spoke to ("X told TASS": actors.yml
   ``agencies``). A body of two sides in the title ("Director of the Vietnam-Russia Tropical Centre
   X") gives no side of its own: the name decides, the side it names first only last.

A title in lower case may stand between a possessive and the name ("head of its international
commission Sergei X"). "The Lao minister informed *his host*" tells host and guest when no one is
seen receiving anybody; with no clue at all, the dateline's place ("MOSCOW": names.yml ``capitals``
and ``cities``) names the host's side. "Ambassador of Vietnam in Russia X" is of the country after
"of"; the one after "in" is where the post is. A role subject is not the person the same sentence
names after it ("the Party leader congratulated Belov").

Later, a person is named by any word of the name ("Sokolov", "Khamla"; for a Vietnamese name the
given name, "Bình", but not after another surname: "Vũ Lâm" is no "Lâm" of Tô Lâm; an actors-file
given name alone only where the text names the person in full or after a title), after titles
("Party chief Bình", "Minister Khôi"), or by a role ("the Russian minister", "the Lao leader", "his
Vietnamese counterpart", "the host", "the guest"): the most recently named person of that side whose
title holds the role ("the Party leader": one whose title leads, a general secretary rather than a
Party official). "The manager" and "the deputy" alone name only a person whose title holds them or a
word of their kind ("General Director", "Duma deputy"); a role after "a" or "an" is someone new ("An
official said"). People of the actors file take part in roles too; a one-word alias of theirs inside
a longer name ("Carrie Lam", "Lam Dong") is none. A plural role ("the diplomats") is the two people
who spoke last.

**Institutions.** "The ministry said" takes the side of the ministry the text last named with a side
word ("the Russian Foreign Ministry"), else that of the person the sentence names first ("...,
officials said"); a name that opens with a side word and ends with a head ("Vietnam Airlines") is that
side's; a name the text tied to a side earlier ("Russia's Rosatom") is that side's; a seat of
government speaks for its country (``names.yml`` ``seats``: "the Kremlin said"); "the press service
said" is the one the text named before with a side word ("the United Russia press service"). "The consulate" or
"the embassy" with no mission named by a side word is the mission of the consul or ambassador named
before; "Members of the association said" speak for the association the text named with a side word.
An organisation the text gives a side ("Russian energy company X", "Vietnam's X Group", "X, a Russian
firm"; actors.yml ``organisations``) gives it to its people ("X Director General Y"), press service
and spokesperson ("a company spokesperson said", "the group's CEO said"); one it gives none, none.

**Reported speech** (the ``rule`` column says which rule attributed the sentence):

* ``subject+verb``: a subject, then a reporting verb (adverbs, times and an apposition between
  commas may stand between: "Putin, in turn, said", "India and Vietnam on Monday agreed"); the
  clause may follow a leading adverbial ("At the meeting, ...", "Noting that ..., Xi emphasised");
* ``inverted``: the subject after a comma, before or after its verb ("..., said Tô Lâm", "...,"
  Volkov said");
* ``according-to``: "According to X/him/the Russian minister/Vietnamese officials, ..." and
  "..., according to the ministry" ("according to official data" is the narrator's, "figures
  released by X" and "according to EVN" are X's when the text tied X to a side:
  "Vietnam Electricity (EVN)"; "the party's press service" is the party its sentence names before
  it, else the one the nearest earlier sentence names first);
* ``view``: "In Huy's view", "In Lebedev's words", "In his view", "In the view of the Chinese guest";
* ``relative``: a person named right before ", who" and a reporting verb ("..., Oleg Martynyuk, who
  proposed ...") when the sentence has no other speaker;
* ``where``: "he" or "she" after ", where" is the subject of the clause the "where" hangs on
  ("Petrov attended a forum, where he urged ..."), with no need of a gender;
* ``passive``: the agent after "by" of a verb of speech in the passive ("The centre was cited by
  both sides as a model") when the sentence has no other speaker;
* when the subject is no name, the rule names it: ``pronoun`` ("he", "she", "they": the previous
  speaker; "they" after one person: the two principal people who spoke last), ``continuation``
  ("This would ...": the previous speaker), ``group`` ("both sides", "the two ministers": the two
  principal people who spoke last), ``role``, ``country`` ("Japan and Vietnam agreed"); two roles
  ("The host and the guest agreed") are both people; ``inverted:pronoun``, ``according-to:role``,
  ... for the other forms;
* ``narrator``: nobody is reported as saying it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import cached_property, lru_cache
from itertools import groupby
from operator import itemgetter

import pandas as pd

from framing.errors import require_columns
from framing.lexicons.actors import JOINT, NARRATOR, Actors, as_actors, side_spelling
from framing.lexicons.counts import is_count
from framing.lexicons.matching import PhraseTrie, key_stream
from framing.lexicons.names import (
    TextView,
    alias_brackets,
    capitalised_runs,
    is_word,
    load_names,
    party_spans,
)
from framing.lexicons.sectors import load_lexicon
from framing.lexicons.wordlists import MONTHS, SHORT_MONTHS, VISIT_VERBS
from framing.normalize import fold
from framing.tokens import SENTENCE_COLUMNS

__all__ = ["attribute_speakers", "speakers_of_document", "discover_people", "Person", "SPEAKER_COLUMNS"]

#: Columns of the table returned by :func:`attribute_speakers`.
SPEAKER_COLUMNS = [*SENTENCE_COLUMNS, "speaker", "side", "rule"]

_NOBODY = (NARRATOR, NARRATOR, NARRATOR)
_SINGULAR = frozenset({"he", "she", "him", "her", "his"})  # pronouns of one person
_DETERMINERS = frozenset({"the", "his", "her", "its", "their", "a", "an"})
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
# Titles of people "the expert" or "the analyst" may refer to.
_EXPERT_KIN = frozenset({"expert", "analyst", "researcher", "research", "fellow", "scholar", "academic",
                         "scientist", "academician", "professor"})
# Titles of people "the veteran" may refer to: a soldier's rank or the word itself ("Colonel (retired)
# Ivan Sorokin", "war veteran Ivan Sorokin"), never a minister who met veterans.
_VETERAN_KIN = frozenset({"veteran", "colonel", "lieutenant", "general", "major", "captain", "sergeant",
                          "retired", "soldier", "commander", "officer"})
# Civil titles that share a rank's word ("General Secretary", "Lieutenant Governor", "Consul General",
# "Director General"): no soldier, so no veteran (review 16)
_CIVIL_KIN = frozenset({"secretary", "governor", "consul", "director", "attorney", "prosecutor", "manager",
                        "executive"})
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
_SPOKES = frozenset({"spokesperson", "spokeswoman", "spokesman"})  # one office, three words
# Verbs of a relative clause that holds a post: "who heads", "who sits in", "who is a member of".
_HOLDING = frozenset({"head", "chair", "lead", "sit", "serve", "is", "represent"})
# Nouns of a possessive before a title: "the country's Ambassador to Russia X".
_POSSESSORS = frozenset({"country", "nation", "republic", "kingdom", "government", "ministry", "party", "company"})
_QUOTES = frozenset({'"', "'", "-", "and", "but", "while"})
_JOINING = frozenset({"and", "but", "while"})
_BE = frozenset({"was", "were", "is", "are", "been", "be"})
_SINGULAR_S = frozenset({"d'affaire"})  # keys of roles whose singular ends in "s" ("chargé d'affaires")
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")"})  # review 24: keys that end a phrase (a city ends before them)
# Research bodies named after what they study ("Institute of China and Contemporary Asia").
_STUDY_BODIES = frozenset({"institute", "centre", "center", "faculty"})
# Round 23b: lower-case nouns after a country's adjective that make it the matter an office deals
# with ("sub-committee on Asian affairs"), not the nationality of the person titled. Keys fold plurals.
_OFFICE_FIELDS = frozenset({"affair", "study", "issue"})
_APPOSITION = 40  # keys an apposition between commas may hold
_TO_IDIOMS = frozenset({"according", "thanks", "due", "owing"})  # "to" of these sends nobody anywhere
# Endings of nationality adjectives ("American", "Brazilian", "British", "Japanese", "French"), to
# tell a title's country of no side from other capitalised title words ("State Duma member").
_NATIONALITY_ENDINGS = ("an", "ese", "ish", "ench", "utch")
_TITLE_SCAN = 20  # keys of titles before a name (two offices joined by "and": "Deputy Secretary of ... and head of ...")
_TITLE_PLAIN = 3  # lower-case words in "head of its international cooperation commission X"
# Documents that carry their author's words ("The letter affirmed ...", "the statement says");
# a plan, treaty or agreement two parties sign holds what they will do, no one's words.
_WORDED_DOCUMENTS = frozenset({"statement", "letter", "message", "declaration", "communique", "document", "telegram"})
_BACKING = frozenset({"backed", "supported", "endorsed", "seconded"})  # verbs of taking up another's idea
_PROPOSALS = frozenset({"proposal", "idea", "suggestion", "initiative"})
_DASHES = frozenset("-\u2010\u2011\u2013\u2014")  # one dash joining two countries' names
_BRACKET_NAME = 8  # keys of a bracket inside a title ("CPRF (Communist Party of the Russian Federation)")
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


class Person:
    """A person the text names, with a side and how the side was found.

    Attributes
    ----------
    name : str
        The name as first written in full ("Ivan Sokolov").
    keys : tuple of str
        Its matching keys.
    side : str or None
        A side id of the study, or None when nothing tells it.
    how : str
        What gave the side: ``known``, ``title``, ``delegation``, ``apposition``, ``origin``,
        ``role``, ``organisation``, ``document`` (or "" when unknown).
    title : set of str
        Keys of the title words around the first full mention (for roles: "minister").
    first : int
        Key index of the first mention.
    order : int
        Order of appearance.
    origin : str
        Short-form usage of the name's origin (``given``, ``surname``, ``any``), or "".
    """

    __slots__ = ("name", "keys", "side", "how", "title", "first", "order", "origin", "mentions")

    def __init__(self, name, keys, first, order):
        self.name, self.keys, self.first, self.order = name, keys, first, order
        self.side, self.how, self.title, self.origin = None, "", set(), ""
        self.mentions: list[int] = []

    def __repr__(self) -> str:
        return f"Person({self.name!r}, side={self.side!r}, how={self.how!r})"


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


class _Document:
    """One document: its keys, the people it names and where, host and guest."""

    def __init__(self, view: TextView, act: Actors, dateline: str = ""):
        self.view, self.act = view, act
        self.names = load_names()
        self.keys, self.caps = view.keys, view.caps
        self.n = len(self.keys)
        self.domain = _domain_words()
        self.person_titles = (self.names.titles | _role_heads(act)) - {"the", "of", "state", "government"}
        self.side_at: dict[int, tuple[int, str]] = {}
        self.side_counts: dict[str, int] = {}
        self.capital_at: dict[int, tuple[int, str]] = {}  # capitals (names.yml ``capitals``)
        self.seat_at: set = set()  # where a seat of government is named ("State Duma", "Kremlin")
        self._find_sides()
        # the dateline's side, when the text names that side too (a report filed from a third
        # country's capital tells nothing of who hosts)
        self.dateline_side = self._place_side(dateline)
        if self.dateline_side not in self.side_counts:
            self.dateline_side = None
        self.people: list[Person] = []
        self._bodies: dict[int, str] = {}  # the first side of a two-side body in a person's title
        self._aides: dict[int, tuple[str, int]] = {}  # "Adviser to the Governor X": (title head, key)
        self.mention_at: dict[int, tuple[int, tuple[int, ...]]] = {}
        self._discover()
        self._names_over_heads()
        self._known_at: dict[int, tuple[int, int]] = {}
        self._known_people()
        self._index_mentions()
        self._who_clauses()
        self.host = self.guest = None
        self.modifiers: set = set()
        self.unit: set = set()  # the unit a role phrase names after "of" (see role_at)
        self.written: set = set()  # the role words as written, of an alias ("premier"; see role_at)
        self.sentence: tuple[int, int] | None = None  # keys of the sentence being parsed
        self._hosts()
        self._counterparts()
        self._learn_from_roles()
        self._organisation_people()
        self._fallback_sides()
        self._aides_sides()
        self.principals = self._opening_people()

    def _organisation_people(self) -> None:
        """A person of no side whose title names an organisation the text gave a side takes it
        ("Russian energy company Zarubezhneft ... Zarubezhneft Director General Pavel Yermishin"):
        before the document's most-named side (rule 7), which may be another's."""
        names = {tuple(self.keys[a:e]): side for a, e, _, side in self.organisations}
        if not names:
            return
        keys, caps = self.keys, self.caps
        for p in self.people:
            if p.side is not None or p.how == "known":
                continue
            t = p.first - 1
            while t >= 0 and p.first - t <= _TITLE_SCAN and (caps[t] and is_word(keys[t]) or self._titleish(t)):
                side = next((side for name, side in names.items() if tuple(keys[t : t + len(name)]) == name), None)
                if side is not None:
                    p.side, p.how = side, "organisation"
                    break
                t -= 1

    @cached_property
    def organisations(self) -> list[tuple[int, int, str, str]]:
        """(start, end, noun, side) of each organisation the text names with a side, in order: a
        side word, up to three lower-case words and a noun of ``organisations`` before the name
        ("Russian energy company Zarubezhneft", "the Vietnamese firm Sovico"); a side's possessive
        before the name ("Vietnam's Sovico Group"); an apposition after it ("Novatek, a Russian
        firm,"). ``noun`` is the organisation noun the text used ("company"), else the name's last
        word when it is one ("Group"), else "". A person's name is no organisation."""
        keys, caps, nouns, n = self.keys, self.caps, self.act.organisations, self.n
        found = {}
        for i, (e, side) in sorted(self.side_at.items()):
            if i in self.seat_at:
                continue
            t = e
            while t < n and t - e < 3 and not caps[t] and is_word(keys[t]) and keys[t] not in nouns:
                t += 1
            if t + 1 < n and not caps[t] and keys[t] in nouns and caps[t + 1] and is_word(keys[t + 1]):
                end = self._caps_run_end(t + 1, n)
                if end - t <= 5 and self.person_at(t + 1, t + 1) is None:
                    found[t + 1] = (end, keys[t], side)  # "Russian energy company Zarubezhneft"
                continue
            if e < n and self.view.possessive(e) and caps[e] and is_word(keys[e]) and e not in self.side_cover:
                end = self._caps_run_end(e, n)
                if end - e <= 5 and self.person_at(e, e) is None and not self._titleish(e):
                    found[e] = (end, keys[end - 1] if keys[end - 1] in nouns else "", side)  # "Vietnam's Sovico Group"
                continue
            if i >= 3 and keys[i - 1] in ("a", "an") and keys[i - 2] == "," and caps[i - 3] and is_word(keys[i - 3]):
                if not any(keys[u] in nouns and not caps[u] for u in range(e, min(n, e + 4))):
                    continue  # "Novatek, a Russian firm,": the apposition names an organisation noun
                u = i - 3
                while u > 0 and i - 3 - u < 5 and caps[u - 1] and is_word(keys[u - 1]) and not self.view.initial[u]:
                    u -= 1
                if self.person_at(u, u) is None and u not in self.side_cover:
                    noun = next(keys[v] for v in range(e, min(n, e + 4)) if keys[v] in nouns)
                    found[u] = (i - 2, noun, side)
        return [(a, e, noun, side) for a, (e, noun, side) in sorted(found.items())]

    def organisation_side(self, a: int, e: int, before: int):
        """The side of the organisation named ``keys[a:e]`` that the text gave a side before key
        ``before`` (see :attr:`organisations`), or None."""
        name = self.keys[a:e]
        return next((side for s, t, _, side in reversed(self.organisations)
                     if s < before and self.keys[s:t] == name), None)

    def organisation_by_noun(self, noun: str, before: int):
        """The side of the organisation of noun ``noun`` ("the company", "the group") named last
        before key ``before`` with a side, or None: the one named last, when several were. "The
        company" and "the firm" are any organisation ("Novatek, a Russian firm ... a company
        spokesperson") when none of that noun was named and those named are of one side."""
        before_k = [(kind, side) for s, _, kind, side in reversed(self.organisations) if s < before]
        exact = next((side for kind, side in before_k if kind == noun), None)
        if exact is None and noun in _ANY_ORGANISATION and len({side for _, side in before_k}) == 1:
            return before_k[0][1]
        return exact

    @cached_property
    def level_places(self) -> list[int]:
        """Keys of the capitalised place words of local government ("Province", "Republic"), in
        order: found once, read by every regional-government subject (:func:`_local_side`)."""
        words = frozenset().union(*_LEVEL_PLACES.values())
        keys, caps, n = self.keys, self.caps, self.n
        # round 24d: also in lower case before "of" and a name ("the province of Khánh Hòa"), not a
        # person's title ("the home province of President Hồ Chí Minh")
        titles = self.names.titles
        return [t for t in range(n) if keys[t] in words and (
            caps[t] or t + 2 < n and keys[t + 1] == "of" and caps[t + 2] and keys[t + 2] not in titles)]

    # -- side words ------------------------------------------------------------------------------

    def _find_sides(self) -> None:
        keys, act = self.keys, self.act
        partial: dict[str, set] = {}
        self._heads_alone: set = set()  # where a country's last word stands alone ("Korea")
        firsts = _first_keys(act.side_words)
        for i in range(self.n):
            if not self.caps[i] or firsts is not None and keys[i] not in firsts:
                continue
            hit = act.side_words.longest(keys, i)
            if hit is not None and hit[1] is not None and self._spelled_as_listed(i, hit[0]) and not self._in_place_name(i, hit[0]):
                self.side_at[i] = hit
                self.side_counts[hit[1]] = self.side_counts.get(hit[1], 0) + 1
        # an acronym defined after a side word is that side's: "Lao People's Revolutionary Party (LPRP)"
        ends = {e: side for _, (e, side) in self.side_at.items()}
        aliases = {}
        for o, a, _ in alias_brackets(self.view):
            if o in ends:
                aliases[keys[a]] = ends[o]
        if aliases:
            for i in range(self.n):
                if i not in self.side_at and self.caps[i] and keys[i] in aliases:
                    self.side_at[i] = (i + 1, aliases[keys[i]])
        # "Korea" alone: the side whose country's name ends so, among those the document names
        for keys_, side in act.country_heads:
            partial.setdefault(keys_, set()).add(side)
        covered = {t for a, (e, _) in self.side_at.items() for t in range(a, e)}
        for i in range(self.n):
            if i > 0 and self.caps[i - 1] and is_word(keys[i - 1]) and not self.view.initial[i - 1]:
                continue  # the last word of a name: "Đỗ Đức Nam" is no "Việt Nam"
            if self.caps[i] and i not in covered and keys[i] in partial:
                present = {s for s in partial[keys[i]] if s in self.side_counts}
                if len(present) == 1:
                    self.side_at[i] = (i + 1, present.pop())
                    self._heads_alone.add(i)
        # a seat of government for its country: "the Kremlin said", "Kremlin spokesman X"; a capital
        # only where a title cannot hold it (capital_at: the place of talks, a subject), as "the
        # Vietnamese Ambassador in Moscow" is no Russian
        for places, at in ((self.names.seats, self.side_at), (self.names.capitals, self.capital_at)):
            for seat, country in places:
                hit = act.side_words.longest(list(country), 0)
                if hit is None or hit[0] != len(country) or hit[1] is None:
                    continue
                for i in _positions_before(keys, seat[0], self.n - len(seat) + 1):  # speed: where it starts
                    if self.caps[i] and i not in self.side_at and tuple(keys[i : i + len(seat)]) == seat:
                        at[i] = (i + len(seat), hit[1])
                        if at is self.side_at:
                            self.seat_at.add(i)
        self.side_cover = {t: a for a, (e, _) in self.side_at.items() for t in range(a, e)}

    def _names_over_heads(self) -> None:
        """A country's last word alone that is also a word of a person's name is that person: in
        "Trịnh Hoài Nam ... Nam said", "Nam" is the deputy prime minister, not "Việt Nam" (nobody
        writes the country so); "Korea" alone stays the country when no one is so named."""
        words = {k for p in self.people for k in p.keys}
        drop = {i for i in self._heads_alone if self.keys[i] in words}
        if drop:
            for i in drop:
                del self.side_at[i]
            self.side_cover = {t: a for a, (e, _) in self.side_at.items() for t in range(a, e)}

    def _spelled_as_listed(self, i: int, j: int) -> bool:
        """True unless keys ``i:j`` carry marks that no listed spelling of a side has ("Lào Cai")."""
        letters = side_spelling(self.view.surface(i, j))
        return letters.isascii() or letters in self.act.side_spellings or not self.act.side_spellings

    def _in_place_name(self, i: int, j: int) -> bool:
        """True if the side word at keys ``i:j`` opens a longer name spelled the Vietnamese way:
        "Lao Cai" (Lào Cai, without its marks) is a province, no Lao; "Lao Deputy Minister" is Lao."""
        e = j
        while e < self.n and self.caps[e] and is_word(self.keys[e]):
            e += 1
        if j == i + 1 and e > j and _vietnamese_spelling(self.view.surface(i, j + 1)):
            return True  # "Lao Cai Provincial Party Committee": the province, then more of a title
        return e > j and _vietnamese_spelling(self.view.surface(i, e))

    def side_word(self, i: int):
        """(end, side) of a side word starting at key ``i``, or None."""
        return self.side_at.get(i)

    # -- people ----------------------------------------------------------------------------------

    def _date_at(self, t: int) -> bool:
        """True if key ``t`` is a time word or a month; a short month only before a number ("Jun
        4", "Jun. 4"), as "Jun" or "Mar" may be a name ("Minister Wang Jun on June 4", and a
        sentence-final "... Vice Minister Wang Jun.")."""
        key = self.keys[t]
        if key in self.act.time_words or key in MONTHS:
            return True
        if key not in SHORT_MONTHS:
            return False
        nxt = t + 2 if t + 1 < self.n and self.keys[t + 1] == "." else t + 1
        return nxt < self.n and self.keys[nxt][:1].isdigit()

    def _titleish(self, i: int) -> bool:
        k = self.keys[i]
        names = self.names
        return (
            k in self.act.titles or k in names.titles or k in names.heads or k in self.domain
            or k in self.act.roles or i in self.side_at
        )

    def _person_title(self, t: int) -> bool:
        """True if key ``t`` is a person's title word, singular ("Minister", not "Ministers'")."""
        if self.keys[t] not in self.person_titles:
            return False
        surface = self.view.surface(t, t + 1).lower()
        return not surface.endswith(("s", "s'", "s\u2019")) or surface in ("ms", "mrs", "mr") or (
            self.keys[t] in _SINGULAR_S)

    def _segments(self, i: int, j: int):
        """Name segments of a capitalised run: (start, end, a person's title before it in the run).

        Tokens are titles (T: title, domain and role words), side words (S), connectors and
        joiners (C) or name words (N); a segment is a maximal run of name words that ends the run or
        is followed by "and" or "," and another title ("... Trần Quốc Hưng and Russian Deputy ...").
        """
        keys, caps = self.keys, self.caps
        # a date ends the run: "President Vladimir Putin on Friday"
        j = next((t for t in range(i, j) if self._date_at(t)), j)
        while j > i and not (caps[j - 1] and is_word(keys[j - 1])):
            j -= 1
        cls = []
        t = i
        # "Consul General in Đà Nẵng Igor Malyshkin": after a person's title and "in", a place of
        # the other spelling (Vietnamese syllables, then a name that is not; or the reverse) opens
        # the run and belongs to the title
        post = self._post_place(i, j)
        if post:
            cls.extend("T" * (post - i))
            t = post
        side_at, capital_at = self.side_at, self.capital_at
        while t < j:
            side = side_at.get(t)
            if side is not None:
                cls.extend("S" * (min(side[0], j) - t))
                t = min(side[0], j)
                continue
            place = capital_at.get(t)
            if place is not None:  # "Ambassador in Hà Nội Ivan Petrov": the post's place, no name
                cls.extend("T" * (min(place[0], j) - t))
                t = min(place[0], j)
                continue
            if not caps[t] or not is_word(keys[t]):
                cls.append("C")  # a connector ("of", "and") or a joiner: connectors are lower-case
            elif _vietnamese_marks(self.view.surface(t, t + 1)) or (
                keys[t] == "the" and cls and cls[-1] == "N" and t + 1 < j and caps[t + 1] and is_word(keys[t + 1])
            ):
                # English titles carry no Vietnamese marks, and a capitalised "The" between two
                # name words is a name word too: "Thế" of "Lê Thế Hùng" (or "Le The Hung") is no "the"
                cls.append("N")
            elif self._person_title(t):
                cls.append("P")
            elif self._titleish(t) and (keys[t] not in self.names.heads or (cls and cls[-1] in "TS")):
                cls.append("T")  # a head after a title word ends an institution: "Party School"
            else:
                cls.append("N")
            t += 1
        out = []
        t = 0
        # "Russian Ambassador in Hà Nội Ivan Petrov": the run after a title and "in" a capital is titled
        # (round 19: or a country, "Russian Ambassador in Vietnam Gennady Bezdetko")
        titled = bool(post) or (i in self.capital_at or i in self.side_at) and i > 1 and keys[i - 1] == "in" and (
            self._person_title(i - 2)
        )
        while t < len(cls):
            if cls[t] != "N":
                titled = titled or cls[t] == "P"
                t += 1
                continue
            a = t
            while t < len(cls) and cls[t] == "N":
                t += 1
            # a person named after a titled name and "and" (see below)
            paired = titled and t + 1 < len(cls) and keys[i + t] == "and" and cls[t + 1] == "N" and (
                self._named_by_origin(i + a, i + t, whole=True)
            )
            if t == len(cls):
                out.append((i + a, i + t, titled, "end"))
            elif titled and a > 0 and keys[i + a - 1] == "of" and keys[i + t] == "and" and t + 1 < len(cls) and (
                cls[t + 1] == "T" and keys[i + t + 1] in self.domain and not self._person_title(i + t + 1)
            ):  # round 22a: "Minister of Planning and Investment Bounkham Vongsakda": a word of the
                # portfolio before "and" and a field word, no person; the title still names the run's end
                continue
            elif titled and keys[i + t] == "of" and (
                ("S" in cls[t + 1 : t + 3] and all(c in "CS" for c in cls[t + 1 :]))
                or (a > 0 and cls[a - 1] == "P" and t - a >= 2 and keys[i + t - 1] not in self.names.heads)
            ):  # "Vice Governor Wang Jianhua of China", "Governor Ivan Petrov of Primorye Territory": a
                # name right after a title, then where the person is from
                out.append((i + a, i + t, titled, "of"))
                titled = False
            elif keys[i + t] == "of" and self._titled_name_of(i, a, t, cls):
                # review 15: "Counsellor Mạc Đình Thiêm of the Vietnamese Embassy in Russia", "Trade
                # Counsellor ...", "the counsellor ...": any title word before the name, which its
                # spelling shows to be one, and the body the person is of after it
                out.append((i + a, i + t, titled, "of"))
                titled = False
            elif cls[t] == "C" and keys[i + t] in ("and", ",") and t + 1 < len(cls) and (
                cls[t + 1] in "TSP"
                or (a > 0 and (cls[a - 1] == "P" or titled and cls[a - 1] == "T") and keys[i + t] == "and" and cls[t + 1] == "N")
                or paired
                or (a > 0 and cls[a - 1] in "PS" and keys[i + t] == "," and titled)
                or (a == 0 and keys[i + t] == "," and self._title_of_before(i) is not None)
            ):  # "... Secretary Roberto Molina Ortega and Lê Thành Công", "Deputy Head of the Economic
                # Commission Lương Thị Hạnh and Nikolai Voronin": two people; "Meeting with
                # Deputy Secretary ... of United Russia Andrei Kozlov, Hải briefed him": a titled name;
                # "talks with Head of its Publicity Department Wang Lihua, Hào said": the title
                # before the run names the first segment, the comma ends it; "... Inspection
                # Commission Lê Văn Hào and Anna X, Head of ...": after an institution's name, a
                # name of three words with the marks of its origin is one person, "and" another
                out.append((i + a, i + t, titled, "and"))
                # the name after "and" shares a title that ends in an institution's name ("signed
                # by Deputy Head of the Commission Lương Thị Hạnh and Nikolai Voronin, coordinator
                # of ..."), or is a Vietnamese name after one (``paired``): both are people; after a
                # person's title it needs one of its own
                titled = paired or (
                    titled and a > 0 and cls[a - 1] == "T" and keys[i + t] == "and" and cls[t + 1] == "N"
                )
        return out

    def _titled_name_of(self, i: int, a: int, t: int, cls: list) -> bool:
        """True if the name words ``a:t`` of the run at ``i`` (classes ``cls``) follow a title: a
        title word in the run ("Trade Counsellor X of ..."), a word the name's spelling leaves out
        of it ("Counsellor X of ..."), or a lower-case noun after an article right before the run
        ("the counsellor X of ..."); and are a name of three words or more by the spelling of their
        origin (:meth:`_named_by_origin`), "of" after them: a person, then the body they are of."""
        keys = self.keys
        if t - a < 2 or keys[i + t - 1] in self.names.heads or not self._named_by_origin(i + a, i + t):
            return False
        if a > 0:
            return cls[a - 1] in "PT"
        if self._name_span(i, i + t)[0] > i:
            return True
        return i > 1 and not self.caps[i - 1] and keys[i - 1].isalpha() and keys[i - 2] in ("the", "a", "an")

    def _caps_run_end(self, u: int, b: int) -> int:
        """The end of the capitalised words from key ``u``, before ``b``."""
        while u < b and self.caps[u] and is_word(self.keys[u]):
            u += 1
        return u

    def _post_place(self, i: int, j: int) -> int:
        """Where the name starts in a run ``i:j`` that follows a person's title and "in" and opens with
        the place of the post ("Consul General in Đà Nẵng Igor Malyshkin", "in Da Nang Igor
        Malyshkin", "in Vladivostok Nguyễn Văn Hùng"); 0 if the run is not one.

        The place and the name are told apart by their spelling: the place is the run's longest
        opening of Vietnamese syllables when two words or more that are not follow, or the words
        before a closing name of three Vietnamese syllables or more when the run opens with a word that
        is not one. A run of one spelling is left alone (no place can be told from the name).
        """
        if not (i > 1 and self.keys[i - 1] == "in" and self._person_title(i - 2)):
            return 0
        words = [self.view.surface(t, t + 1) for t in range(i, j)]
        if any(not is_word(self.keys[t]) or not self.caps[t] for t in range(i, j)):
            return 0
        lead = _vietnamese_syllables(" ".join(words))
        if lead >= 2 and len(words) - lead >= 2 and _vietnamese_syllables(" ".join(words[lead:])) == 0:
            return i + lead
        if lead == 0:
            tail = next((n for n in range(1, len(words)) if _vietnamese_spelling(" ".join(words[n:]))), 0)
            if tail and len(words) - tail >= 3:
                return i + tail
        return 0

    def _apposition_title(self, b: int) -> bool:
        """True if an apposition opening with a title follows key ``b`` (", general secretary of",
        ", a national general secretary of")."""
        keys = self.keys
        if b >= self.n or keys[b] != ",":
            return False
        k = b + 1
        if k < self.n and keys[k] in ("a", "an", "the"):
            k += 1
        for t in range(k, min(self.n, k + 3)):
            if keys[t] in ("the", "of", ",", "and") or not is_word(keys[t]):
                return False
            if keys[t] in self.person_titles:
                # r24e: a plural is no title of one person but the subject of a new clause
                # ("Professor X, its members are ready to ..."; "X, its chairman, said" stays)
                word = self.view.surface(t, t + 1).lower()
                return not (word.endswith("s") and word != keys[t] and keys[t] not in _SINGULAR_S)
        return False

    def _role_before(self, a: int) -> bool:
        """True if a role word or "led by" stands right before key ``a`` ("counterpart Nguyen Van An",
        "a delegation led by Anjali Desai"), or a title in lower case before the name's run ("head
        of the CPC Central Committee's Publicity Department Wang Lihua")."""
        keys = self.keys
        k = a - 1
        if k >= 1 and keys[k] == "by" and keys[k - 1] in ("led", "headed"):
            return True
        if k >= 0 and not self.caps[k] and self.act.roles.longest(keys, k) is not None:
            return True
        if k >= 1 and not self.caps[k] and is_word(keys[k]) and self.view.possessive(k) and self._person_title(k - 1):
            return True  # "Primorye Governor's adviser Svetlana Pridatko": a post under a titled person
        if k >= 0 and keys[k] == ",":  # "the chairman of the Belaya Rus party, Oleg Martynyuk"
            for t in range(k - 1, max(0, k - 10), -1):
                if keys[t] in (",", ".", ";", '"') or self.view.initial[t]:
                    break
                if not self.caps[t] and keys[t] in self.person_titles and (
                    keys[t - 1] in ("the", "a") or self.view.possessive(t) and not self.caps[t - 1]
                    or self._modified_title(t)
                ):  # also after a body's possessive: "the institute's vice-rector, Irina Belova"
                    return True
        if k >= 0 and keys[k] in ("party", "parties"):  # "Chairman of the United Russia party Dmitry X"
            for t in range(k - 1, max(-1, k - _TITLE_SCAN), -1):
                if self.caps[t] and is_word(keys[t]):
                    if self._person_title(t):
                        return True
                    continue
                if keys[t] not in self.names.connectors:
                    break
        if self._title_of_before(a) is not None or self._body_member(k):
            return True
        if a in self.side_at and self._title_in_before(a):
            return True  # "President of the Association of Vietnamese in the Russian Federation X"
        while k >= 0 and keys[k] in ("the", "of"):
            k -= 1
        return k >= 0 and k < a - 1 and not self.caps[k] and keys[k] in self.person_titles

    def _title_in_before(self, a: int) -> bool:
        """True if the run at key ``a`` follows "in" (or "in the") right after a run that a person's
        title opens ("President of the Association of Vietnamese in the Russian Federation X"): the
        country where the body is, then the name."""
        keys = self.keys
        k = a - 1 - (a > 0 and keys[a - 1] == "the")
        if k < 1 or keys[k] != "in":
            return False
        for t in range(k - 1, max(-1, k - 1 - _TITLE_SCAN), -1):
            if self._person_title(t) and self.caps[t] and (t == 0 or self.view.initial[t] or not self.caps[t - 1]):
                return True
            if not (self.caps[t] and is_word(keys[t]) or keys[t] in ("of", "the", "and")):
                return False
        return False

    def _body_member(self, k: int) -> bool:
        """True if key ``k`` is a lower-case "member" right after a body's capitalised name, the
        way news copy titles a legislator or a party official ("State Duma member X", "Politburo
        member X"); not "a member", "members" or "member of"."""
        return (
            0 < k < self.n - 1 and self.keys[k] == "member" and not self.caps[k]
            and self.caps[k - 1] and is_word(self.keys[k - 1]) and self.caps[k + 1]
        )

    def _quotes_speaker(self, a: int, b: int) -> bool:
        """True if keys ``a:b`` are a name of two words or more with an origin, right after a closing
        quotation and right before a reporting verb: '"Ties are strong," Tô Lâm said' (the quote's own
        reporting clause names a person, title or not); no side's or capital's name ("Hà Nội")."""
        keys = self.keys
        if b - a < 2 or a < 2 or keys[a - 1] not in ('"', "'") or keys[a - 2] != ",":
            return False
        if any(t in self.side_cover or t in self.capital_at for t in range(a, b)):
            return False
        s, e, origin = self._name_span(a, b)
        return bool(origin) and (s, e) == (a, b) and self.act.verbs.longest(keys, _skip_fillers(self, b, self.n)) is not None

    def _apposed_role(self, a: int):
        """A role phrase with a side word, then a comma right before the name at key ``a``: "the
        Russian ambassador, Gennady Bezdetko", "Vietnam's ambassador to Russia, Đặng Minh Khôi".
        (title key, side) of the phrase, or None. A side after "to" or "in" is where the post is."""
        keys, n_back = self.keys, 8
        c = a - 1
        if c < 1 or keys[c] != ",":
            return None
        start = c - 1
        while start > 0 and c - start < n_back and keys[start - 1] not in (",", ".", ";", '"', "(") and not self.view.initial[start]:
            start -= 1
        t = start
        if keys[t] in ("the", "a", "an"):
            t += 1
        hit = self.side_at.get(t)
        if hit is None or not (t == start or t > start and keys[start] in ("the", "a", "an") or self.view.possessive(hit[0])):
            return None
        title = hit[0]
        if not (title < c and not self.caps[title] and self._person_title(title)):
            return None
        # the rest up to the comma: where the post is ("to Russia", "in Moscow") and nothing else
        u = title + 1
        while u < c and keys[u] in ("to", "in") and (u + 1 in self.side_at or u + 1 in self.capital_at):
            u = (self.side_at.get(u + 1) or self.capital_at[u + 1])[0]
        return (title, hit[1]) if u == c else None

    def _title_of_before(self, a: int):
        """Key of a title followed by "of" a few lower-case words before the run at key ``a``:
        "head of its international commission Sergei X", "Head of its Organisation Department Wu
        X" (the possessive breaks the capitalised run); None if none. A verb, a preposition other
        than "of" or a punctuation mark between them stops the scan ("the head of the team met X")."""
        keys, caps = self.keys, self.caps
        k = a - 1
        # the side's name right before the person: "... branch of United Russia X"
        side = next((s for s in range(max(0, a - 4), a) if self.side_at.get(s, (None,))[0] == a), a)
        if side > 1 and keys[side - 1] == "of" and keys[side - 2] in self.act.body_units:
            # "Secretary of the Moscow city branch of United Russia X": the unit of a side's body
            # (its branch, chapter) and "of" stand before the run, which opens with the side's name
            k = side - 2
        elif k >= 3 and keys[k] in self.act.body_units and keys[k - 1] == "the" and keys[k - 2] == "of" and self._person_title(k - 3):
            return k - 3  # "Secretary of the branch Valentina Orlova": the unit the text named before
        elif k >= 0 and keys[k] in self.act.body_units:
            return None  # a unit is a title's last word only before "of" and its side
        if k < 0 or caps[k] or not is_word(keys[k]) or keys[k] in _FUNCTION:
            return None  # the run must follow a lower-case noun or possessive directly
        plain, seen_of = 0, False
        for t in range(k, max(-1, a - 1 - _TITLE_SCAN // 2), -1):
            key = keys[t]
            if not is_word(key):
                return None
            if key in self.person_titles and t + 1 < a and keys[t + 1] == "of" and self._person_title(t):
                return t
            if key == "for" and seen_of and t > 0 and self._person_title(t - 1) and plain:
                # "Director for international business of Rosatom X": the field of the post
                # between the title and "of" its body
                return t - 1
            seen_of = seen_of or key == "of"
            if caps[t] or key in ("of", "its", "his", "her", "their", "the"):
                continue
            plain += 1  # "international cooperation commission": three plain words at most, the last a head
            if plain > _TITLE_PLAIN or key in _FUNCTION or (
                # probe 10: a level of government before the body's name ("Chairman of the
                # provincial People's Committee X") is the title's, as a head or unit is
                t == k and key not in self.names.heads and key not in self.act.body_units
                and not (key in self.act.local_levels and caps[a])
            ):
                return None
        return None

    def _named_by_origin(self, a: int, b: int, whole: bool = False) -> bool:
        """A name of three words or more with a surname and the spelling of its origin ("La Đức
        Nghĩa", "La Duc Nghia") is a person, title or not; with ``whole`` (default=False), also one
        that ends the segment, surname first, alone or after an institution's head ("...
        Commission La Duc Nghia")."""
        s, e, origin = self._name_span(a, b)
        surface = self.view.surface(s, e)
        plain = whole and e == b and (s == a or self.keys[s - 1] in self.names.heads)
        return bool(origin) and e - s >= 3 and (_vietnamese_spelling(surface) or plain)

    def _name_span(self, a: int, b: int) -> tuple[int, int, str]:
        """The name inside a segment, and the origin it shows ("" if none)."""
        keys = self.keys
        # the origin's middle name second of the last three or four words: the name is of that
        # origin, its surname listed or not ("Phí Thị Ngân", "Phi Thi Ngan"; "Khiếu Thị Mai Hoa",
        # not "Mai Hoa"), when the surname is listed or every word is a Vietnamese syllable (the
        # packaged middle name is Vietnamese): "Anna Thi Smith" is of no origin by it
        for adjective, middles in self.names.origin_middles:
            surnames = next((names for adj, _short, names in self.names.origins if adj == adjective), frozenset())
            for s in (b - 3, b - 4):
                if s >= a and keys[s + 1] in middles and all(self.caps[t] and is_word(keys[t]) for t in range(s, b)) and (
                    keys[s] in surnames or _vietnamese_spelling(self.view.surface(s, b))
                ):
                    return s, b, adjective
        for adjective, _short, surnames in self.names.origins:
            for s in range(a, b):
                if keys[s] in surnames or (s + 1 < b and f"{keys[s]} {keys[s + 1]}" in surnames):
                    length = b - s
                    surface = self.view.surface(s, b)
                    # two words at the segment's start: only when spelled the Vietnamese way,
                    # marks or not ("Tô Lâm", "To Lam"; not "Dong Jun")
                    if length >= 3 or _vietnamese_spelling(surface) or length == 2 and s > a:
                        return s, min(b, s + 5), adjective
                    break
        # r24e: the last three words each one Vietnamese syllable, one at least with its marks
        # ("Đầu Thanh Tùng"): of the origin whose middle names are such syllables, its surname
        # listed or not (no English, Russian or pinyin name carries the marks; "Dau Thanh Tung"
        # unmarked stays of no origin, as "Anna Thi Smith")
        s = b - 3
        if s >= a and all(self.caps[t] and is_word(keys[t]) for t in range(s, b)):
            surface = self.view.surface(s, b)
            if _vietnamese_marks(surface) and _vietnamese_spelling(surface):
                marked = next((adj for adj, middles in self.names.origin_middles
                               if any(_SYLLABLE.fullmatch(m) for m in middles)), None)
                if marked is not None:
                    return s, b, marked
        # after the last word of an institution: "Publicity Department Wang Lihua"
        # "Minister Park Min-soo": a surname may look like a head; not after "of" in the title
        # ("Secretary of its General Council Andrei Turin": an institution's last word)
        after_of = any(keys[t] == "of" for t in range(max(0, a - 4), a))
        first = a + 1 if b - a <= 3 and not after_of else a
        if after_of and a > 0 and keys[a - 1] == "and" and b - a == 3:
            # "Minister of Energy and Mines Phonesavanh Douangdy": the second field of the title
            return a + 1, b, ""
        last = max((t for t in range(first, b - 1) if keys[t] in self.names.heads), default=a - 1)
        return max(last + 1, b - 3), b, ""

    def _discover(self) -> None:
        keys, act = self.keys, self.act
        by_keys: dict[tuple, int] = {}
        self._name_ends: set = set()
        for i, j in self._runs():
            for a, b, titled, _ in self._segments(i, j):
                if not (titled or self._apposition_title(b) or self._role_before(i)
                        or self._named_by_origin(a, b, whole=True) or self._apposed_role(a) is not None
                        or self._quotes_speaker(a, b)):
                    continue
                if any(self._date_at(t) for t in range(a, b)):
                    continue  # "on Friday, ...", "on April 18"
                s, e, origin = self._name_span(a, b)
                after_head = titled and e - s >= 2 and keys[s - 1] in self.names.heads
                if a > 0 and keys[a - 1] == "the" and not ((origin or after_head) and s > a):
                    # "the Plain of Jars", "Secretary of the Điện Biên ...": a place, not a person;
                    # but "member of the Secretariat Trần Cẩm Tú": a surname after the institution,
                    # and "Vice Rector of the Novosibirsk Mining University Vadim Orlov": a name of
                    # two words or more after a titled institution's head
                    continue
                if b - a == 1 and (self._known_short(keys[a]) or not (titled and self._person_title(a - 1))):
                    continue  # one word: a person named before, or right after a title only
                if b - a == 1 and keys[a - 1] in self.names.given_titles and not (
                    a > 1 and (keys[a - 2] == "the" or self._titleish(a - 2))
                ):
                    continue  # "Dean Acheson": a given name, not the title of a dean
                if keys[e - 1] in self.names.heads or any(keys[t] in self.names.heads for t in range(s + 1, e)):
                    continue  # "the Youth Union's Central Committee": an institution
                if e < self.n and keys[e] in _PLACE_WORDS and not self.caps[e]:
                    continue  # review 14 leftovers: "leaders of Nghệ An province": a place, not a person
                name_keys = tuple(keys[s:e])
                known = act.subjects.longest(keys, s)
                if known is not None and known[1][0] == "person" and known[0] >= e:
                    # the actors file knows the person; its title is not the next name's
                    # ("Foreign Minister Lê Hoài Trung and Ivan Petrov, a businessman")
                    self._name_ends.add(known[0] - 1)
                    continue
                p = by_keys.get(name_keys)
                if p is None:
                    p = len(self.people)
                    by_keys[name_keys] = p
                    person = Person(self.view.surface(s, e), name_keys, s, p)
                    person.origin = origin
                    self.people.append(person)
                    self._side_of(person, i, s, e)
                    self._name_ends.add(e - 1)
                elif self.people[p].side is None:
                    self._side_of(self.people[p], i, s, e)

    def _runs(self):
        """Capitalised runs, two joined across a bracket between them: "Deputy Minister of
        Construction (MOC) Nguyễn Hữu Tuấn", "Vice Governor of Yunnan Province (China) Wang Jianhua"."""
        keys = self.keys
        runs = list(capitalised_runs(self.view, self.names))
        out = []
        x = 0
        while x < len(runs):
            i, j = runs[x]
            while x + 1 < len(runs):
                c = next((c for c in range(j + 2, min(len(keys), j + 4)) if keys[c] == ")"), None)
                if keys[j] == "(" and c is not None and runs[x + 1][0] == c + 1 and all(
                    is_word(keys[u]) and not self.caps[u] for u in range(j + 1, c)
                ) and self._person_title(j - 1):
                    # "Colonel (retired) Ivan Petrov": a rank's lower-case note in brackets
                    j, x = runs[x + 1][1], x + 1
                    continue
                if x + 2 >= len(runs):
                    break
                (bi, bj), (ni, nj) = runs[x + 1], runs[x + 2]
                if keys[j] == "(" and bi == j + 1 and keys[bj] == ")" and ni == bj + 1 and bj - bi <= _BRACKET_NAME:
                    j, x = nj, x + 2
                else:
                    break
            out.extend(self._split_at_dates(i, j))
            x += 1
        return out

    def _split_at_dates(self, i: int, j: int):
        """A run cut at its dates, the parts after them kept: "Hà Nội on April 2 for Chairman of
        the Russian Federation Council Valentina Orlova" gives "Hà Nội" and "Chairman ... Orlova"."""
        keys, caps = self.keys, self.caps
        a = i
        for t in range(i, j):
            if t < a or not self._date_at(t):
                continue
            if t > a:
                yield a, t
            a = t + 1
            while a < j and not (caps[a] and is_word(keys[a]) and not self._date_at(a)):
                a += 1  # the day, "for", "on": up to the next capitalised word
        if a < j:
            yield a, j

    def _known_short(self, key: str) -> bool:
        return any(key in p.keys for p in self.people)

    def _city_title(self, a: int, s: int):
        """The side of a city (names.yml ``cities``) that opens the title at keys ``a:s`` of a name
        at ``s`` ("Vladivostok Mayor X", "St. Petersburg Governor X", "Governor of Da Nang X"), or
        None; not a city after "in" or "to", where the post is ("Consul General in Da Nang X")."""
        keys = self.keys
        for t in range(max(0, a - 2), s):  # "St. Petersburg": the scan stops at the abbreviation's dot
            if not self.caps[t] or t > 0 and (keys[t - 1] == "in" or keys[t - 1] == "to" and (t < 2 or keys[t - 2] != "according")):
                continue  # "Consul General in Da Nang X"; "According to Novosibirsk Mayor X" is read
            for city, country in self.names.cities:
                if t + len(city) < s and tuple(keys[t : t + len(city)]) == city and not any(
                    keys[v] in _CLAUSE_MARKS for v in range(t + len(city), s)
                ):  # review 24: "After visiting Vladivostok, Minister X": a comma ends the place
                    hit = self.act.side_words.longest(list(country), 0)
                    if hit is not None and hit[0] == len(country) and hit[1] is not None:
                        return hit[1]
        return None

    def _modified_title(self, t: int) -> bool:
        """r24e: True if up to two words, no side word among them, stand between "the"/"a" and the
        title at key ``t`` ("the provincial Agriculture delegate, X", "a senior party official, X")."""
        keys = self.keys
        for u in (t - 2, t - 3):
            if u >= 0 and keys[u] in ("the", "a", "an"):
                return all(is_word(keys[v]) and v not in self.side_cover and keys[v] not in _FUNCTION
                           for v in range(u + 1, t))
        return False

    def _dash_before(self, a: int):
        """Last key of a side joined to the side at key ``a`` by a dash, spaced ("Chile - Peru") or
        not ("Vietnam-Russia", where the dash is no key); None if none."""
        if a > 1 and self.keys[a - 1] == "-" and a - 2 in self.side_cover:
            return a - 2
        view = self.view
        if a > 0 and a - 1 in self.side_cover and view.text[view.ends[a - 1] : view.starts[a]] in _DASHES:
            return a - 1
        return None

    def _side_of(self, person: Person, run_start: int, s: int, e: int) -> None:
        """Side and title of a person from the words around its full mention (rules 2-5)."""
        keys, n = self.keys, self.n
        # 2. the title before the name: back over titles, side words and capitalised words
        k = s - 1
        side = None
        body = None  # the first side a two-country body in the title names
        lower = self._title_of_before(run_start)  # "head of its international commission X"
        if lower is not None:
            run_start = -1
        while k >= 0 and s - k <= _TITLE_SCAN:
            key = keys[k]
            if key in ("and", ",") and k - 1 in self._name_ends:
                break  # "... Secretary Roberto Molina Ortega and Lê Thành Công": not the other's title
            if key == ")":  # a bracket in the title: "Chairman of the CPRF (Communist Party ...) X"
                o = next((t for t in range(k - 1, max(-1, k - _BRACKET_NAME - 2), -1) if keys[t] == "("), None)
                if o is not None:
                    side = side or next((self.side_at[t][1] for t in range(o, k) if t in self.side_at), None)
                    k = o - 1
                    continue
            if key == "in" and (k + 1 in self.capital_at or self._post_place(k + 1, e) == s):
                k -= 1  # "Russian Ambassador in Hà Nội X": the capital is where the post is, not a side
                continue
            a = self.side_cover.get(k)
            if a is not None:
                if self._dash_before(a) is not None:
                    # "Head of the Chile–Peru Business Council X": each side names a bilateral body
                    # with its own country first, but only when no other side word is in the title
                    # ("Peruvian co-chair of the Chile–Peru Commission X" is Peruvian)
                    a = self.side_cover[self._dash_before(a)]
                    body = body or self.side_at[a][1]
                elif self._title_in_before(a) and self.side_at[a][0] <= s:
                    # "President of the Association of Vietnamese in Russia X": where the body is
                    k = a - 2 - (keys[a - 1] == "the")
                    continue
                elif a > 1 and keys[a - 1] == "in" and (self.caps[a - 2] and is_word(keys[a - 2]) or self._titleish(a - 2)):
                    # "Vietnamese Trade Counsellor in Russia X": the country is where the post is
                    k = a - 2
                    continue
                elif not (a > 0 and keys[a - 1] == "to" and not (a > 1 and keys[a - 2] in _TO_IDIOMS)) and not self._studied(a):
                    # "Russian Ambassador to Vietnam X": not Vietnam; round 24c: "According to Russian
                    # Ambassador X": "to" of an idiom opens the title, no post's country
                    side = side or self.side_at[a][1]
                if a in self.seat_at:  # "State Duma deputy X": the seat is part of the title
                    person.title.update(keys[a : self.side_at[a][0]])
                k = a - 1
                continue
            if self.caps[k] and is_word(key) or self._titleish(k) or self._body_member(k) or key in _POSSESSIVES or (
                key in self.names.connectors and k > run_start
            ) or (lower is not None and k >= lower):
                if self._titleish(k):
                    person.title.add(key)
                k -= 1
                continue
            break
        to = next((t for t in range(k + 1, s - 1) if keys[t] == "to" and self._person_title(s - 1)), None)
        if side is None and to is not None:
            # "Adviser to the Governor Pavel Lukin": an aide of the titled person named before
            self._aides[person.order] = (keys[s - 1], s)
        elif side is None and s >= 2 and not self.caps[s - 1] and self.view.possessive(s - 1) and self._person_title(s - 2):
            self._aides[person.order] = (keys[s - 2], s)  # "the Governor's adviser X"
        if side is None and body is None and k + 1 < s:
            side = self._city_title(k + 1, s)  # r24e: "Vladivostok Mayor X": the city's country
        if side is None and body is None and k + 1 < s and self._foreign_mark(k + 1):
            # "US envoy John Smith", "British Ambassador X": a country of no side opens the title;
            # the person takes no side, not the one the document names most (rule 7)
            person.how = "foreign"
            return
        apposed = self._apposed_role(s)
        if side is None and apposed is not None:  # "the Russian ambassador, Gennady Bezdetko"
            side = apposed[1]
            person.title.add(keys[apposed[0]])
        if side is not None:
            person.side, person.how = side, "title"
            return
        # 2b. "of <country>" right after the name: "Foreign Minister Sergei Lavrov of Russia"
        if e + 1 < n and keys[e] == "of":
            hit = self.side_at.get(e + 1 + (keys[e + 1] == "the"))
            if hit is not None:
                person.side, person.how = hit[1], "title"
                return
        # 3. a delegation the person leads: "a URP delegation headed by Andrei Lebedev"
        if k >= 1 and keys[k] == "by" and keys[k - 1] in ("led", "headed", "lead"):
            for d in range(k - 2, max(-1, k - 16), -1):
                if keys[d] == "delegation":
                    for t in range(max(0, d - 4), k - 1):
                        if t in self.side_at:
                            person.side, person.how = self.side_at[t][1], "delegation"
                            return
                    break
        # 4. an apposition: "Yelena Morozova, Minister of ... of the Russian Federation,"
        if self._apposition_title(e):
            sided = False
            run, after = -1, []  # probe 13: the title words right after the side word
            for t in range(e + 1, min(n, e + _APPOSITION)):
                if keys[t] in (",", ".", ";") or self.view.initial[t]:
                    break
                if self._titleish(t) and not sided:
                    person.title.add(keys[t])
                elif t == run and self._titleish(t):
                    after.append(keys[t])
                    run += 1
                if t in self.seat_at:  # round 22b: "..., a member of the CPRF Central Committee and a
                    person.title.update(keys[t : self.side_at[t][0]])  # State Duma deputy,": a seat
                if not sided and t in self.side_at and not self._studied(t) and not (
                    keys[t - 1] == "to" and keys[t - 2] in _ROLE_KIN["diplomat"]
                ) and keys[t - 1] != "in":  # r24e: "..., head of a company ... in Russia,": a place  # round 21: ", a former ambassador to Russia,": the country he was sent to, not his
                    person.side, person.how = self.side_at[t][1], "apposition"
                    run = self.side_at[t][0]
                    sided = True  # round 22b: a seat after the side word is read as well
            if sided:
                if _ROLE_KIN["diplomat"] & set(after):
                    # probe 13: ", Vietnamese Consul General in X,": a diplomatic post after the side
                    # word is the person's role ("the envoy", "the consul" later); other titles
                    # there stay out (round 22b: "..., Russian Deputy Minister of Labour,")
                    person.title.update(after)
                return
        # 5. the name's origin
        if person.origin:
            side = self.act.origin_sides.get(person.origin)
            if side is not None:
                person.side, person.how = side, "origin"
                return
        if body is not None:
            # "Director of the Vietnam-Russia Tropical Centre Ivan Petrov": a body of two sides is
            # both sides', so the name decides (rule 7), the side named first only when it cannot
            self._bodies[person.order] = body

    def _studied(self, a: int) -> bool:
        """True if the side word at key ``a`` is what a research body studies, not whose it is:
        right after "Institute of" or "Centre for" ("the Institute of China and Contemporary Asia of
        the Russian Academy of Sciences"), or before "studies" ("the Centre of Vietnamese Studies")."""
        keys, end = self.keys, self.side_at[a][0]
        if end < self.n and keys[end] == "studies":
            return True
        return a > 1 and keys[a - 1] in ("of", "for") and keys[a - 2] in _STUDY_BODIES

    def _foreign_mark(self, t: int) -> bool:
        """True if key ``t`` is a capitalised country word of no side: an abbreviation of two
        capitals ("US", "UK") or a nationality adjective by its ending ("American", "British",
        "Japanese", "French"); side words are found before this (``side_at``)."""
        if t in self.side_cover or self._titleish(t):
            return False
        if t + 1 < self.n and self.keys[t + 1] in _OFFICE_FIELDS and not self.caps[t + 1]:
            return False  # round 23b: "sub-committee on Asian affairs X": what the office deals with
        word = self.view.surface(t, t + 1)
        if t + 1 < self.n and self.caps[t + 1] and self.keys[t + 1] in self.act.organisations:
            return False  # round 24c: "TH Group Chairwoman X": the letters name a company, no country
        if len(word) == 2 and word.isupper() and word.isalpha():
            return True
        return word[:1].isupper() and word[1:].islower() and word.endswith(_NATIONALITY_ENDINGS)

    def _known_people(self) -> None:
        """People the actors file names, as people of the document too (how = "known"), so that
        roles find them ("the Party leader", "the host", "the visitor"); their mentions are the
        actors file's names and aliases, their title the words before the first one."""
        keys = self.keys
        by_name: dict[str, int] = {}
        firsts = _first_keys(self.act.subjects)
        hits = {i: hit for i in range(self.n) if self.caps[i] and (firsts is None or keys[i] in firsts)
                and (hit := self.act.subjects.longest(keys, i)) is not None and hit[1][0] == "person"}
        # a name of two words or more the document writes: a given name alone ("Lâm") names a
        # person of the actors file only in a document that names him in full ("Tô Lâm")
        self._in_full = {hit[1][1] for i, hit in hits.items() if hit[0] - i > 1}
        rivals = self._given_name_rivals()
        last_full: dict[str, int] = {}  # where each known person was last named in full
        i = 0
        while i < self.n:
            hit = hits.get(i)
            if hit is None or self._inside_name(i, hit[0]) or self._given_alone(i, hit):
                i += 1
                continue
            end, (_, name) = hit
            if end - i > 1:
                last_full[name] = i
            elif not (i > 0 and keys[i - 1] in self.person_titles | self.act.titles) and any(
                last_full.get(name, -1) < r < i for r in rivals.get(keys[i], ())
            ):
                # "Tô Lâm ... Deputy Minister Vũ Lâm said ... Lâm added": a given name both share
                # is the one named in full last (no title before it to tell)
                i += 1
                continue
            p = by_name.get(name)
            if p is None:
                p = by_name[name] = len(self.people)
                person = Person(name, tuple(keys[i:end]), i, p)
                self.people.append(person)
                self._side_of(person, i, i, end)
                person.side, person.how = self.act.people.get(name), "known"
            self._known_at[i] = (end, p)
            i = end

    def _given_name_rivals(self) -> dict[str, list[int]]:
        """Given name -> keys where a person the text discovered, of an origin named by the given
        name, is named in full ("Vũ Lâm": "lâm"): what an actors file's alias "Lâm" may be."""
        keys, found = self.keys, {}
        given = {adjective for adjective, short, _ in self.names.origins if short == "given"}
        for p in self.people:
            if p.origin not in given or len(p.keys) < 2:
                continue
            m = len(p.keys)
            found.setdefault(p.keys[-1], []).extend(
                t for t in _positions_before(keys, p.keys[0], self.n - m + 1) if tuple(keys[t : t + m]) == p.keys)
        return found

    def _inside_name(self, i: int, end: int) -> bool:
        """True if the one-word short form at keys ``i:end`` is a word of a longer name: after a
        capitalised word that is no title ("Carrie Lam") or before one ("Lam Dong officials"), so
        "Lâm" of Tô Lâm is not there; a title before it ("General Secretary Lâm"), a sentence start
        or a possessive after it ("Lâm's visit") leave it a short form."""
        if end - i != 1:
            return False
        keys, caps = self.keys, self.caps
        titles = self.person_titles | self.act.titles
        before = i > 0 and caps[i - 1] and is_word(keys[i - 1]) and keys[i - 1] not in titles and (
            not self.view.initial[i - 1] or self._surname_before(i)
        )
        after = i + 1 < self.n and caps[i + 1] and is_word(keys[i + 1]) and not self.view.possessive(i + 1)
        return bool(before or after)

    def _given_alone(self, i: int, hit) -> bool:
        """True if the actors file's one-word alias at key ``i`` is the given name of a person whose
        name's origin refers back by the given name (Vietnamese) and the document never writes the
        name in full: "Lâm said" names Tô Lâm only where "Tô Lâm" or "To Lam" appears (a given
        name is shared by many people); a title before it ("Party chief Lâm") or a surname
        ("Medvedev") needs no full name."""
        name = hit[1][1]
        if hit[0] - i != 1 or name in self._in_full:
            return False
        if i > 0 and self.keys[i - 1] in self.person_titles | self.act.titles:
            return False  # "Party chief Lâm": the office tells who
        words = fold(name).split()
        return len(words) > 1 and words[-1] == self.keys[i] and any(
            short == "given" and words[0] in surnames for _, short, surnames in self.names.origins
        )

    def _surname_before(self, i: int) -> bool:
        """True if the word before key ``i`` is a surname of an origin whose people are named by the
        given name ("Vũ Lâm said" opening a sentence: Vũ Lâm, not the "Lâm" of Tô Lâm); the opening
        word of a sentence is otherwise no part of the name after it ("Then Lâm said")."""
        word = self.keys[i - 1]
        return word not in _DETERMINERS and any(
            short == "given" and word in surnames for _, short, surnames in self.names.origins
        )

    def _index_mentions(self) -> None:
        """Where each person is named: full names and short forms, capitalised."""
        keys, caps = self.keys, self.caps
        full = PhraseTrie()
        short: dict[str, list[int]] = {}
        for at, (end, p) in self._known_at.items():
            self.mention_at[at] = (end, (p,))
            self.people[p].mentions.append(at)
        for p, person in enumerate(self.people):
            if person.how == "known":
                continue  # named by the actors file's names and aliases only
            full.add(person.keys, p)
            words = person.keys
            given = person.origin and any(o[1] == "given" and o[0] == person.origin for o in self.names.origins)
            if given:
                words = words[-1:]
            else:
                # a surname of two words or more: "Molina Ortega" of "Roberto Molina Ortega"
                for t in range(1, len(words) - 1):
                    if fold(words[t]) not in self.names.particles:
                        full.add(words[t:], p)
            for w in words:
                # a given name is no particle even when folded alike: "Vân" of "Nghiêm Thị Thanh
                # Vân", "Van" without marks, as the middle "Văn" or "Thị" never names alone
                if (given or fold(w) not in self.names.particles) and len(w) > 1:
                    short.setdefault(w, []).append(p)
        titles = self.person_titles | self.act.titles
        inside = {t for at, (end, _) in self._known_at.items() for t in range(at, end)}
        full_firsts = full.root  # speed: names start with no slot; most keys start none
        for i in range(self.n):
            if not caps[i] or i in self.side_cover or i in inside:
                continue
            hit = full.longest(keys, i) if keys[i] in full_firsts else None
            if hit is not None:
                self.mention_at[i] = (hit[0], (hit[1],))
                self.people[hit[1]].mentions.append(i)
                continue
            if i > 0 and caps[i - 1] and is_word(keys[i - 1]) and keys[i - 1] not in titles and (
                not self.view.initial[i - 1] or self._surname_before(i)
            ):
                continue  # "Hồ Chí Minh City", "Vũ Lâm": another name, not "Minh" of "Phạm Minh Khôi"
            if keys[i] in short and not (i + 1 < self.n and caps[i + 1] and is_word(keys[i + 1])
                                         and not self.view.possessive(i + 1)):
                ps = tuple(short[keys[i]])
                self.mention_at[i] = (i + 1, ps)
                for p in ps:
                    self.people[p].mentions.append(i)

    def _who_clauses(self) -> None:
        """A legislature in a relative clause after a person's name is part of the title: "X, who
        heads a working group in the CPRF faction of the State Duma," is a deputy, whom "the
        deputy" (strict: a title's kin word, ``_ROLE_KIN``) then means; "X, who visited the Duma,"
        holds no seat."""
        keys = self.keys
        for end, ps in self.mention_at.values():
            if len(ps) != 1 or end + 2 >= self.n or keys[end] != "," or keys[end + 1] != "who":
                continue
            if keys[end + 2] not in _HOLDING:
                continue
            stop = next((t for t in range(end + 3, min(self.n, end + 3 + _APPOSITION)) if keys[t] in (",", ".", ";")), None)
            if stop is not None:
                self.people[ps[0]].title.update(set(keys[end + 3 : stop]) & _ROLE_KIN["deputy"])

    def _hosts(self) -> None:
        """The host and the guest: who receives whom ("X received Y", "Receiving Y, X said")."""
        keys, act = self.keys, self.act
        for r in range(self.n):
            if keys[r] not in act.receiving_verbs or r > 0 and keys[r - 1] in _DETERMINERS:
                continue  # "thanked the host", "a warm welcome": a noun, not "hosts" or "welcomed"
            after = [p for i in range(r + 1, min(self.n, r + 30)) for p in self._people_at(i)]
            if r + 2 < self.n and keys[r + 1] == "the" and keys[r + 2] in ("visitor", "guest", "visitors", "guests"):
                # "Khôi welcomed the visitor and briefed him": the guest is the other of the first two
                start = self._sentence_start(r)
                before = [p for i in range(start, r) for p in self._people_at(i)]
                if before and len(self.people) >= 2:
                    other = [p for p in (0, 1) if p != before[-1]]
                    if len(other) == 1 or (other and before[-1] not in (0, 1)):
                        self.host, self.guest = before[-1], other[0]
                        return
            if not after:
                continue
            if keys[r].startswith("welcom") and not any(
                keys[t] == "delegation" for t in range(r + 1, min(self.n, r + 6))
            ):
                continue
            start = self._sentence_start(r)
            before = [p for i in range(start, r) for p in self._people_at(i)]
            if before:
                host, guest = before[-1], after[0]
            elif len(after) > 1:
                guest, host = after[0], after[-1]
            else:
                continue
            if host != guest:
                self.host, self.guest = host, guest
                return
        if not self._hosts_by_visit():
            self._hosts_by_possessive()
        if self.host is None and self.dateline_side is not None:
            self._hosts_by_dateline()

    def _place_side(self, place: str):
        """The side of a dateline's place ("MOSCOW", "HÀ NỘI", "Vientiane, Laos"): a side's country
        (study file) or a city of it (names.yml ``capitals`` and ``cities``); None if it names no
        side or two."""
        found = set()
        for part in place.split(","):
            keys = TextView(part.strip()).keys
            if not keys:
                continue
            hit = self.act.side_words.longest(keys, 0)
            if hit is not None and hit[0] == len(keys) and hit[1] is not None:
                found.add(hit[1])
            for city, country in (*self.names.capitals, *self.names.cities):
                if tuple(keys) == city:
                    hit = self.act.side_words.longest(list(country), 0)
                    if hit is not None and hit[0] == len(country) and hit[1] is not None:
                        found.add(hit[1])
        return found.pop() if len(found) == 1 else None

    def _hosts_by_dateline(self) -> None:
        """No other clue: of the two people of two sides the report opens with, the one of the
        side whose country or capital the dateline names is the host ("MOSCOW, ... Russian Deputy
        Prime Minister X met Vietnamese Minister Y ... The host said"), the other the guest."""
        opening = self._opening_people()
        if len(opening) != 2 or len({self.people[p].side for p in opening}) != 2:
            return
        mine = [p for p in opening if self.people[p].side == self.dateline_side]
        if len(mine) == 1:
            self.host = mine[0]
            self.guest = next(p for p in opening if p != self.host)

    def _hosts_by_visit(self) -> bool:
        """No one was seen receiving: "X paid a working visit to Laos, holding talks with Y" or "X held
        talks in Hà Nội with Y" (a capital: names.yml ``capitals``) makes the one of the two people
        the report opens with whose side is the country visited the host, the other the guest. A
        capital counts right after a word of meeting ("met Y in Moscow") or as the last capital
        the opening names ("co-chaired the 25th session of the ... Commission in Hà Nội"), not in a
        clause about something else ("who studied in Hà Nội, met Y in Moscow": Moscow). True if
        it set them."""
        keys = self.keys
        end = self._opening_end()
        opening = self._opening_people()
        if len(opening) == 1 and self.people[opening[0]].side is not None:
            return self._visit_of_one(opening[0], end)
        if len(opening) != 2 or len({self.people[p].side for p in opening}) != 2:
            return False
        last = max((r for r in range(end - 1) if keys[r] == "in" and r + 1 in self.capital_at), default=None)
        for r in range(end - 2):
            if keys[r] in ("visit", "trip", "tour") and keys[r + 1] == "to":
                u = r + 2 + (keys[r + 2] == "the")
                hit = self.side_at.get(u) or self.capital_at.get(u)
            elif keys[r] == "in" and r + 1 in self.capital_at and (self._met_before(r) or r == last):
                hit = self.capital_at[r + 1]  # "held talks in Hà Nội with ...": the capital's side hosts
            else:
                continue
            mine = [p for p in opening if hit is not None and self.people[p].side == hit[1]]
            if len(mine) == 1:
                self.host = mine[0]
                self.guest = next(p for p in opening if p != self.host)
                return True
        return False

    def _visit_of_one(self, guest: int, end: int) -> bool:
        """Review 13: "A delegation ... led by X paid a working visit to Russia" with no one else in
        the opening: X is the guest, and the first person of the country visited the text names
        after the opening is the host ("During a meeting with Y, Secretary of ... United Russia");
        True if it set them, False when the visit is to X's own side or nobody of that side is
        named."""
        keys, side = self.keys, self.people[guest].side
        for r in range(end - 2):
            if keys[r] in ("visit", "trip", "tour") and keys[r + 1] == "to":
                u = r + 2 + (keys[r + 2] == "the")
                hit = self.side_at.get(u)
                if hit is None or hit[1] == side:
                    continue
                host = min((p for p, q in enumerate(self.people) if q.side == hit[1] and q.first >= end),
                           key=lambda p: self.people[p].first, default=None)
                if host is not None:
                    self.host, self.guest = host, guest
                    return True
        return False

    def _met_before(self, r: int) -> bool:
        """True if a word of meeting (actors.yml ``meeting_words``: "talks", "met") stands shortly
        before key ``r`` in the same clause: "held talks in", "met Minister X in"; not "who studied
        in"."""
        for t in range(r - 1, max(-1, r - _MEETING_SPAN), -1):
            if self.keys[t] in self.act.meeting_words:
                return True
            if self.keys[t] in (",", ";", ".", "who", "which", "where", '"'):
                return False
        return False

    def _hosts_by_possessive(self) -> None:
        """No one was seen receiving: "The Lao minister informed *his host*" makes the subject the
        guest, "X briefed *her guest*" the host; the other is the other person the report opens
        with. The subject is the first person or side word of the sentence, after an opening phrase
        ("Speaking to X, ...", "At the talks with X, ...")."""
        keys = self.keys
        opening = self._opening_people()
        if len(opening) != 2:
            return
        for r in range(1, self.n):
            if keys[r] not in ("host", "guest", "visitor"):
                continue
            start = self._sentence_start(r)
            if keys[r - 1] not in _POSSESSIVES and not (keys[r - 1] == "the" and r - 1 > start):
                continue  # "Hùng briefed the guests": also an object after "the", not a subject
            if keys[start] in self.act.openers:
                # "Speaking to Chernyshenko, Chính thanked his host": the subject follows the
                # opening phrase, which names the other person
                comma = next((t for t in range(start, r) if keys[t] == ","), None)
                if comma is not None:
                    start = comma + 1
            subject = None
            for t in range(start, r):
                if self._people_at(t):
                    subject = self._people_at(t)[0]
                    break
                if t in self.side_at:
                    side = self.side_at[t][1]
                    mine = [p for p in opening if self.people[p].side == side]
                    subject = mine[0] if len(mine) == 1 else None
                    break
            if subject not in opening:
                continue
            other = next(p for p in opening if p != subject)
            self.host, self.guest = (other, subject) if keys[r] == "host" else (subject, other)
            return

    def _opening_end(self) -> int:
        """Key where the report's opening (first paragraph, at least its first sentence) ends."""
        para = self.view.text.find("\n")
        cut = bisect_left(self.view.starts, para) if para >= 0 else self.n
        first_sentence = next((i for i in range(1, self.n) if self.view.initial[i]), self.n)
        return max(cut, first_sentence)

    def _opening_people(self) -> list[int]:
        """The people (indices) named in the report's opening (:meth:`_opening_end`)."""
        end = self._opening_end()
        return [p for p in range(len(self.people)) if self.people[p].first < end]

    def _sentence_start(self, i: int) -> int:
        """The first key of the sentence around key ``i``."""
        while i > 0 and not self.view.initial[i]:
            i -= 1
        return i

    def _people_at(self, i: int) -> tuple:
        hit = self.mention_at.get(i)
        return hit[1] if hit is not None and len(hit[1]) == 1 else ()

    def _counterparts(self) -> None:
        """"X held talks with his Vietnamese counterpart Y": X is of another side, the side the
        document names most after that one."""
        keys = self.keys
        for i in range(2, self.n):
            if keys[i] != "counterpart" or i - 1 not in self.side_cover:
                continue
            other = self.side_at[self.side_cover[i - 1]][1]
            start = self._sentence_start(i)
            before = [p for t in range(start, i) for p in self._people_at(t)]
            if not before or self.people[before[0]].side is not None:
                continue
            ranked = sorted((s for s in self.side_counts if s != other), key=lambda s: -self.side_counts[s])
            if ranked and (len(ranked) == 1 or self.side_counts[ranked[0]] > self.side_counts[ranked[1]]):
                self.people[before[0]].side, self.people[before[0]].how = ranked[0], "counterpart"

    def _learn_from_roles(self) -> None:
        """Rule 6: "the Lao governor" gives the Lao side to the only governor without a side."""
        keys = self.keys
        for i in range(self.n):
            if i not in self.side_at or i == 0 or keys[i - 1] not in _DETERMINERS:
                continue
            e, side = self.side_at[i]
            role = self.act.roles.longest(keys, e)
            if role is None:
                continue
            # every word of the title, as role_at: "the Lao party chief" (= general secretary) is a
            # general secretary, not any secretary
            words = tuple(keys[e : role[0]]) if role[1] is True else role[1]
            words = tuple(w for w in words if w not in _FUNCTION and w != "of") or words[-1:]
            if words[-1] in self.act.generic_roles:
                continue
            cands = [p for p in self.people if p.side is None and all(w in p.title for w in words) and p.first < i]
            if len(cands) == 1:
                cands[0].side, cands[0].how = side, "role"

    def _fallback_sides(self) -> None:
        """Rule 7: the side the document names most, among those no name origin covers."""
        # a side is covered when its surname list is complete (Vietnamese): a name with none of
        # them is of another side; a partial list (Chinese) covers nobody
        covered = {self.act.origin_sides.get(o[0]) for o in self.names.origins if o[0] not in self.names.open_origins}
        ranked = sorted(
            (s for s in self.side_counts if s not in covered), key=lambda s: -self.side_counts[s]
        )
        # a text that names no side but one a name origin covers: the country of the news agency
        # someone speaks to ("Rosatom Deputy Director General X told TASS")
        home = None if ranked else self._agency_side(covered)
        for p in self.people:
            if p.side is None and not p.origin and p.how != "foreign":
                side = ranked[0] if ranked else self._bodies.get(p.order) or home
                if side is not None:
                    p.side, p.how = side, "document"

    def agency_side_at(self, i: int):
        """The side of the news agency named at key ``i`` ("TASS = Russia"), or None."""
        hit = self.act.agencies.longest(self.keys, i) if self.caps[i] else None
        if hit is None or hit[1] is True:
            return None
        side = self.act.side_words.longest(list(hit[1]), 0)
        return side[1] if side is not None and side[0] == len(hit[1]) else None

    def _agency_side(self, covered: set):
        """The one side, not in ``covered``, of the news agencies the text names right after "told",
        "to" or "with" ("told TASS", "in an interview with TASS"), or None."""
        found = set()
        for i in range(1, self.n):
            if self.keys[i - 1] in ("told", "to", "with"):
                side = self.agency_side_at(i)  # "TASS = Russia" (actors.yml)
                if side is not None and side not in covered:
                    found.add(side)
        return found.pop() if len(found) == 1 else None

    def _aides_sides(self) -> None:
        """An aide to a titled person ("Adviser to the Governor Pavel Lukin") takes the side of the
        person named last before with that title and a side (the governor's region), before the
        side the document names most; with none, the aide's own side stays."""
        for order, (head, at) in self._aides.items():
            aide = self.people[order]
            if aide.how not in ("", "document"):
                continue
            chiefs = [p for p in self.people if p is not aide and p.side is not None and head in p.title
                      and any(m < at for m in p.mentions or [p.first])]
            if chiefs:
                chief = max(chiefs, key=lambda p: max(m for m in p.mentions or [p.first] if m < at))
                aide.side, aide.how = chief.side, "title"

    # -- subjects --------------------------------------------------------------------------------

    def person_at(self, i: int, before: int):
        """(end, person index) of a person named at key ``i`` (the most recent if ambiguous)."""
        hit = self.mention_at.get(i)
        if hit is None:
            return None
        end, ps = hit
        if len(ps) == 1:
            return end, ps[0]
        return end, max(ps, key=lambda p: self._recency(p, before))

    def _recency(self, p: int, before: int) -> int:
        seen = [m for m in self.people[p].mentions if m < before]
        return max(seen) if seen else -1

    def title_skip(self, k: int, b: int):
        """(start, end, person) of a person named at ``k`` or after title words, or None."""
        keys = self.keys
        if k < b and keys[k] in self.act.openers and self.person_at(k, k) is None:
            return None  # "Welcoming Volodin and ..., Mẫn said": a leading phrase, no title
        t = k
        if t + 2 < b and keys[t] == "the" and keys[t + 1] in _POSSESSORS and self.view.possessive(t + 2):
            t += 2  # "the country's Ambassador to Russia X": the title follows
        elif t + 2 < b and keys[t] == "the" and not self.caps[t + 1] and keys[t + 1].isalpha() and (
            self.person_at(t + 2, t + 2) is not None
        ):
            t += 2  # review 15: "The counsellor Mạc Đình Thiêm of ...": a lower-case title, then the name
        while t < b and t - k <= _TITLE_SCAN:
            hit = self.person_at(t, t)
            if hit is not None:
                return t, hit[0], ("discovered", hit[1])
            known = self.act.subjects.longest(keys, t)
            if known is not None and known[1][0] == "person" and not self._inside_name(t, known[0]) and not (
                self._given_alone(t, known)
            ):
                # an alias inside a longer name is none ("Painter Vũ Lâm" is no "Lâm" of Tô Lâm)
                return t, known[0], ("known", known[1][1])
            key = keys[t]
            if t > k and key == "(":  # a bracket inside a title: "Secretary (East) in the Ministry ..."
                close = next((c for c in range(t + 1, min(b, t + 5)) if keys[c] == ")"), None)
                if close is not None:
                    t = close + 1
                    continue
            if t > k and key in ("in", "at") and t + 2 < b and keys[t + 1] == "the" and self.caps[t + 2]:
                # "Secretary (East) in the Ministry of External Affairs Arvind Menon"; round 22a:
                # "Education Counsellor at the Vietnamese Embassy in Moscow Bùi Thị Nhàn"
                t += 2
                continue
            if t > k and key == "in" and t + 1 in self.capital_at:
                t = self.capital_at[t + 1][0]  # "Ambassador in Moscow Đặng Minh Khôi": where the post is
                continue
            if t > k and key == "in" and t + 1 in self.side_at and self.person_at(self.side_at[t + 1][0], self.side_at[t + 1][0]):
                # round 19: "Ambassador of Vietnam in Russia Đặng Minh Khôi": the country of the post,
                # right before the name (the title's "of" country gave the person's side)
                t = self.side_at[t + 1][0]
                continue
            if t > k and key == "in" and (post := self._post_place(t + 1, self._caps_run_end(t + 1, b))):
                t = post  # "Consul General in Đà Nẵng Igor Malyshkin" (see _post_place)
                continue
            if self._titleish(t) or (self.caps[t] and is_word(key)) or (
                t > k and key in self.names.connectors and not self.caps[t]
            ) or (key == "," and t + 1 < b and self.caps[t + 1]) or self._joined_name(t, b):
                t += 1
                continue
            if t > k and not self.caps[t] and self.view.possessive(t) and self._person_title(t - 1) and (
                t + 1 < b and self.person_at(t + 1, t + 1) is not None
            ):
                t += 1  # "Primorye Governor's adviser Svetlana Pridatko" (see _role_before)
                continue
            # "... and head of its international commission Sergei X": lower-case words of a title
            # that ends right before a person (see _title_of_before)
            p = next((p for p in range(t + 1, min(b, t + 6 + _TITLE_PLAIN)) if self.person_at(p, p) is not None), None)
            if p is not None and (q := self._title_of_before(p)) is not None and k <= q < t:
                t = p
                continue
            return None
        return None

    def _joined_name(self, t: int, b: int) -> bool:
        """Whether ``t`` is a dash with no space around it between two capitalised words, inside
        a title: "Head of the Chile–Peru Business Council X" (a spaced dash ends it)."""
        if not (0 < t < b - 1 and self.keys[t] == "-" and self.caps[t - 1] and self.caps[t + 1]):
            return False
        text, c = self.view.text, self.view.starts[t]
        return not text[c - 1].isspace() and c + 1 < len(text) and not text[c + 1].isspace()

    def sentence_side(self):
        """The side of the person the sentence being parsed names first, or None: "Menon offered
        credit, officials said" (as "according to the ministry" in _source)."""
        if self.sentence is None:
            return None
        for x in range(*self.sentence):
            hit = self.person_at(x, x)
            if hit is not None and self.people[hit[1]].side is not None:
                return self.people[hit[1]].side
        return None

    def institution_side(self, head: str, before: int):
        """The side of the institution named by ``head`` ("ministry", "embassy") that the text
        named last before key ``before`` with a side word: "the Russian Foreign Ministry",
        "the Embassy of Việt Nam"; None if there is none."""
        keys = self.keys
        for t in range(before - 1, -1, -1):
            if keys[t] != head:
                continue
            for u in range(t - 1, max(-1, t - 5), -1):  # "the Russian Foreign Ministry"
                if u in self.side_cover:
                    return self.side_at[self.side_cover[u]][1]
                if not (self.caps[u] and is_word(keys[u])) and keys[u] not in ("'s", "of"):
                    break
            u = t + 1
            if u < self.n and keys[u] == "of":  # "the Embassy of Việt Nam", "Ministry of ... of Russia"
                for v in range(u + 1, min(self.n, u + 10)):
                    if v in self.side_at:
                        return self.side_at[v][1]
                    if keys[v] in (",", ".", ";", "(", "in", "to") or not (
                        self.caps[v] or keys[v] in ("of", "and", "the")
                    ):
                        break
        return None

    def role_at(self, k: int, b: int):
        """(end, side, role keys) of a role phrase at ``k``: "the Russian deputy minister"."""
        keys = self.keys
        t = k
        # "both" determines a plural role as "the" does ("Both Deputy Prime Ministers agreed")
        det = t < b and (keys[t] in _DETERMINERS or keys[t] == "both")
        if det:
            t += 1
        possessor = None
        if det and t + 1 < b and not self.caps[t] and keys[t] in self.names.heads and self.view.possessive(t + 1) and (
            self.act.roles.longest(keys, t + 1) is not None
        ):
            # "the foundation's director": the director whose title names a foundation (as "the
            # director of the Foundation" below)
            possessor, t = keys[t], t + 1
        side = None
        self.modifiers = set()
        self.unit = set()
        for _ in range(4):
            hit = self.side_at.get(t)
            if hit is not None:
                side = hit[1]
                t = hit[0]
            elif t < b and (det or side is not None and not self.caps[t]) and self.act.roles.longest(keys, t) is None and (
                det and ((self.caps[t] and is_word(keys[t])) or keys[t] in self.act.titles)
                or (keys[t] in self.domain and t + 1 < b and self.act.roles.longest(keys, t + 1) is not None)
            ):  # "the defence ministry", "the trade minister": a field before a role; after a side
                # word also without "the" ("Vietnamese tourism authorities", "Việt Nam's energy officials")
                self.modifiers.add(keys[t])
                t += 1  # "the Kremlin leader", "the foreign minister", "the Party leader"
            else:
                break
        role = self.act.roles.longest(keys, t)
        if role is None or not (det or side):
            return None
        end, means = role
        while end < b:  # "the Vietnamese Government leader": the last role word heads the phrase
            more = self.act.roles.longest(keys, end)
            if more is None:
                break
            t, (end, means) = end, more
        if self._opens_institution(t, end, b):
            return None
        if possessor is not None:
            self.unit = {possessor}
        # an alias keeps its head and a mark: "premier", "PM" (= minister) name the head of a
        # government, not any minister (see resolve_role)
        words = tuple(keys[t:end]) if means is True else (_ALIAS, *means)
        self.written = set(keys[t:end])
        if keys[k] == "both" and not self.view.surface(end - 1, end).lower().endswith("s"):
            return None  # "both" of one role is no subject ("both minister and ...")
        if side is None and end + 1 < b and keys[end] == "of":  # "the head of the Vietnamese delegation"
            u = end + 1 + (keys[end + 1] == "the")
            hit = self.side_at.get(u)
            if hit is not None and hit[0] < b and keys[hit[0]] in self.act.side_groups:
                side, end = hit[1], hit[0] + 1
            elif hit is None:
                # "the head of the Commission": the unit whose title names the person
                e = u
                while e < b and self.caps[e] and is_word(keys[e]) and e not in self.side_at:
                    e += 1
                if e > u and keys[e - 1] in self.names.heads:
                    self.unit, end = set(keys[u:e]), e
        return end, side, words

    def _opens_institution(self, t: int, end: int, b: int) -> bool:
        """True if the capitalised role word at keys ``t:end`` opens an institution's name, a run of
        capitalised words right after it that ends in a head: "the General Department of Vietnam
        Customs", "the General Statistics Office" (but "the General Secretary", "the Head of the
        Commission", "the Deputy Minister said")."""
        if not self.caps[t]:
            return False
        e = end
        while e < b and self.caps[e] and is_word(self.keys[e]) and e not in self.side_at:
            e += 1
        return e > end and self.keys[e - 1] in self.names.heads

    def resolve_role(self, k: int, side, role: tuple):
        """The person a role phrase refers to (index), or None."""
        head = role[-1]
        if head in ("guest", "visitor") and self.guest is not None:
            return self.guest if side in (None, self.people[self.guest].side) else None
        if head == "host" and self.host is not None:
            return self.host if side in (None, self.people[self.host].side) else None
        if head == "host" and side is None and self.dateline_side is not None:
            side = self.dateline_side  # round 19: nobody seen hosting; the dateline names the host's country
        cands = [p for p in range(len(self.people)) if self.people[p].first <= k]
        if self.sentence is not None:
            # "the Party leader congratulated Belyaev": the subject is not the person the same
            # sentence names after it
            later = {p for i in range(k + 1, self.sentence[1]) for p in self.mention_at.get(i, (0, ()))[1]}
            cands = [p for p in cands if p not in later] or cands
            if side is None:
                # "The deputy minister asked the Russian side to ...": one does not ask one's own side
                asked = {self.side_at[i][1] for i in range(k + 3, self.sentence[1] - 2)
                         if i in self.side_at and self.keys[i - 1] == "the" and not self.caps[i - 2]
                         and self.keys[self.side_at[i][0]] == "side" and self.keys[self.side_at[i][0] + 1] == "to"}
                cands = [p for p in cands if self.people[p].side not in asked] or cands
        if head in ("guest", "visitor") and side is None and len(self.principals) == 2 and all(
            p in cands for p in self.principals
        ):
            # nobody was seen receiving anybody: of the two people the report opens with, "the
            # visitor" answers the one who was named last ("Molina Ortega said ... According to
            # the visitor, ...")
            last = max(self.principals, key=lambda p: self._recency(p, k))
            return next(p for p in self.principals if p != last)
        if side is not None:
            cands = [p for p in cands if self.people[p].side == side]
        if head not in self.act.generic_roles and head not in ("guest", "host"):
            # an alias as written counts too: "the vice premier" is "Vice Premier Wang Jun" though
            # "premier" stands for a prime minister
            spec = [p for p in cands if head in self.people[p].title
                    or _ALIAS in role and self.written & self.people[p].title]
            if head in _SPOKES:
                # probe 9: "the spokeswoman said" after "Deputy Spokesperson X": the three words
                # are one office, whichever the title used
                spec = [p for p in cands if _SPOKES & self.people[p].title]
            kin = _ROLE_KIN.get(head) if len(role) == 1 else None
            if kin:
                # "the manager" after "Deputy General Director ... X"; "the deputy" after "Duma
                # deputy X" rather than a deputy minister: a title with a kin word first
                spec = [p for p in spec if kin & self.people[p].title] or spec or [
                    p for p in cands if kin & self.people[p].title]
            if "deputy" in role or "vice" in role:
                spec = [p for p in spec if self.people[p].title & {"deputy", "vice"}] or spec
            if spec:
                cands = spec
            elif head in self.act.strict_roles:
                return None  # "the manager": only a person whose title says so, not any earlier one
            if _ALIAS in role:  # "the Vietnamese PM": the prime minister, not the foreign minister
                cands = [p for p in cands if self.people[p].title & _LEADING] or cands
                # the word as written first: "the vice premier" is the Vice Premier, not a deputy
                # prime minister named after him
                cands = [p for p in cands if self.written & self.people[p].title] or cands
        elif head in ("expert", "analyst"):
            # "the expert": only a person titled for research ("a research fellow at ..."), not a
            # director or minister named before
            cands = [p for p in cands if _EXPERT_KIN & self.people[p].title]
        elif head == "veteran":
            cands = [p for p in cands if _VETERAN_KIN & self.people[p].title and not _CIVIL_KIN & self.people[p].title]
        elif head in _ROLE_KIN:
            # "the diplomat": the ambassador or envoy named last, before anyone else
            cands = [p for p in cands if _ROLE_KIN[head] & self.people[p].title] or cands
        mods = self.modifiers | (set(role[:-1]) - {"deputy", "vice", "first", _ALIAS})
        if self.unit:
            # "the head of the Commission": only a person whose title holds that unit's head, the
            # most of its words first ("head of the ... Economic Commission X")
            heads = self.unit & self.names.heads
            # every word of the unit in the title: "the head of the European Commission" is not
            # the head of the Commission for External Relations
            cands = [p for p in cands if heads & self.people[p].title and self.unit <= self.people[p].title]
            if not cands:
                return None
            best = max(len(self.unit & self.people[p].title) for p in cands)
            cands = [p for p in cands if len(self.unit & self.people[p].title) == best]
        marked = [p for p in cands if self.people[p].title & mods]
        if marked:  # "the Party leader", "the Party chief": a person whose title holds "Party"
            cands = marked
        if head in ("leader", "chief"):  # "the Party leader": the general secretary, not a Party official
            leading = [p for p in cands if self.people[p].title & _LEADING]
            cands = leading or cands
            if "party" in role:
                # spk11: "the Party chief" is a general secretary, not the chairman of a party met
                cands = [p for p in cands if {"general", "secretary"} <= self.people[p].title] or cands
        if not cands:
            return None
        return max(cands, key=lambda p: self._recency(p, k))


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


# Title words of a person who leads (a "leader"), not of any official.
_LEADING = frozenset({"secretary", "general", "chairman", "chairwoman", "chairperson", "president",
                      "chief", "head", "premier", "prime", "leader"})
# Mark of a role word that stands for another ("premier = prime minister"): see _Document.role_at.
_ALIAS = "="
_MEETING_SPAN = 10
_FUNCTION = frozenset("the and for with between among from into onto upon".split())


# ---------------------------------------------------------------------------------------------
# Parsing one sentence
# ---------------------------------------------------------------------------------------------


_ORGANISERS = frozenset({"organiser", "organizer"})  # keys fold plurals: "organisers" is "organiser"
_ORGANISED = frozenset({"organised", "organized", "co-organised", "co-organized"})


def _organisers_side(doc: _Document, k: int, end: int):
    """The side of "the organisers" at keys ``k:end``: the one side the clause after "organised"
    names anywhere in the text ("organised with support from the Russian Embassy"); else, when the
    text names no one who organised the event, the dateline's ("SPIEF ..., the organisers said" from
    ST. PETERSBURG: the event's host, as "the host side" with nobody seen hosting); None otherwise,
    and the group's side stays (both sides: "co-organised by the Youth Union and the Communist Youth
    League of China")."""
    keys = doc.keys
    if end - k != 2 or keys[k] != "the" or keys[k + 1] not in _ORGANISERS:
        return None
    # spk8: the text may say who organised the event after the source too ("A week of Russian cinema
    # opened ..., the organisers told TASS. ... The week, organised with support from the Russian
    # Embassy ..."): the sides its clause names, up to a comma or the sentence's end; one side is
    # the organisers' when every body it joins ("and the", "together with") has it; two sides, a
    # body of none ("co-organised by the Youth Union and the ... of China") or none after "by" leave
    # both sides (the group's own)
    for t in (t for t in range(doc.n - 1) if keys[t] in _ORGANISED):
        if keys[t + 1] != "by" and t > 0 and keys[t - 1] not in _BE and keys[t - 1] != ",":
            # review 14: an active "organised" names who did ("The Vietnamese embassy in Russia
            # organised a reception" from MOSCOW): the side its subject opens with; co-organisers of
            # two sides leave both sides
            before = [doc.side_at[u][1] for u in range(doc._sentence_start(t), t) if u in doc.side_at]
            if before and (keys[t].startswith("co-") or keys[t - 1] == "co"):  # keys may split "co-"
                return before[0] if len(set(before)) == 1 else None
            if before:
                return before[0]
        u, parts = t + 1, [set()]
        while u < doc.n and keys[u] not in (",", ".", ";", "!", "?") and not doc.view.initial[u]:
            if keys[u] in ("and", "together") and u + 1 < doc.n and keys[u + 1] in ("the", "with"):
                parts.append(set())
            if u in doc.side_at:
                parts[-1].add(doc.side_at[u][1])
            u += 1
        sides = set().union(*parts)
        if len(sides) == 1 and all(parts):
            return sides.pop()
        if sides or keys[t + 1] == "by":
            return None
    return doc.dateline_side


_PLACE_ABBREVIATIONS = frozenset({"st", "mt", "ft"})  # Saint, Mount, Fort opening a place's name


def _first_of(doc: _Document, k: int, b: int, *rules):
    """The answer of the first of ``rules`` (subject rules: ``rule(doc, k, b)``) that has one, or None."""
    return next((found for rule in rules if (found := rule(doc, k, b)) is not None), None)


def _subject(doc: _Document, k: int, b: int):
    """A subject starting at key ``k``: (end, kind, value) or None.

    kind: "people" (tuple of person refs), "group" (index), "pronoun", "continuation", "role"
    (person ref, or (label, side) when nobody fits), "sides" (tuple of side ids).
    A person ref is ("known", name) or ("discovered", index).
    """
    keys, act = doc.keys, doc.act
    if k + 2 < b and keys[k] in _PLACE_ABBREVIATIONS and keys[k + 1] == "." and doc.caps[k] and doc.caps[k + 2]:
        k += 2  # r24e: "St. Petersburg Governor X said": the dot of a place's abbreviation ends nothing
    if k >= b:
        return None
    if keys[k] in act.pronouns and not _full_name_at(doc, k):
        return k + 1, "pronoun", keys[k]
    hit = act.continuations.longest(keys, k)
    if hit:
        return hit[0], "continuation", None
    hit = act.subjects.longest(keys, k)
    if hit is not None and hit[1][0] == "group":
        organisers = _organisers_side(doc, k, hit[0])
        if organisers is not None:
            return hit[0], "role", (doc.view.surface(k, hit[0]), organisers)
        longer = None
        if hit[0] < b and is_word(keys[hit[0]]) and not doc.caps[hit[0]] and _verb_after(doc, hit[0], b) is None:
            # spk11: a group phrase that is only the start of a longer pair ("the two heads" of "the
            # two heads of government agreed", "the two party" of "the two party leaders noted")
            longer = _pair_subject(doc, k, b)
        if longer is not None:
            return longer
        return hit[0], "group", hit[1][1]
    found = _first_of(doc, k, b, _pair_subject, _joint_leaders)
    if found is not None:
        return found
    alone = 2 if keys[k] == "the" and k + 1 < b and keys[k + 1] == "two" else 1 if keys[k] == "both" else 0
    if alone and k + alone < b and act.verbs.longest(keys, _skip_fillers(doc, k + alone, b)):
        # "The two discussed ...", "Both agreed ...": "the two" or "both" alone, right before a verb
        # of speech, is the pair of people who spoke last, as "the two ministers"
        pair = next((g for g, item in enumerate(act.groups) if item["resolve"] == "speakers"), None)
        if pair is not None:
            return k + alone, "group", pair
    found = _first_of(doc, k, b, _persons_office, _office_named_before, _bare_owner_office)
    if found is not None:
        return found
    refs = []
    t = k
    while True:
        found = doc.title_skip(t, b)
        if found is None:
            break
        _, end, ref = found
        refs.append(ref)
        t = end
        if t < b and keys[t] == "and":
            nxt = doc.title_skip(t + 1, b)
            if nxt is not None:
                t += 1
                continue
        break
    if refs:
        return t, "people", tuple(refs)
    if not doc.caps[k] and keys[k] in act.side_groups and doc.view.surface(k, k + 1).lower().endswith("s"):
        # "Menon offered credit, officials said" (no determiner): the side of the person who opens
        # the sentence as the subject of a past act; a person who is only its topic gives none
        # ("Putin will visit Hà Nội next year, officials said")
        side = _acting_subject_side(doc)
        if side is not None and act.verbs.longest(keys, _skip_fillers(doc, k + 1, b)) is not None:
            return k + 1, "role", (doc.view.surface(k, k + 1), side)
    found = _first_of(doc, k, b, _organisation_voice, _members_of, _body_spokesman, _the_party, _body_office)
    if found is not None:
        return found
    # round 23b: "The Central Committee of the Communist Party of Việt Nam (CPV) has sent ...": a body
    # named in full with its country, before any role word inside its name ("Communist") is read
    found = _head_of_country(doc, k, k + (keys[k] == "the"), b, lead=True)
    if found is not None:
        return found
    role = doc.role_at(k, b)
    if role is not None:
        end, side, words = role
        # "the chargé d'affaires" is one person: an "s" that belongs to the singular
        plural = doc.view.surface(end - 1, end).lower().endswith("s") and words[-1] not in _SINGULAR_S
        if side is not None and words[-1] in act.side_groups and doc.caps[end - 1]:
            # an institution's name: "the Russian Ministry of Energy reported", "the Lao Ministry of
            # Industry and Commerce said"
            t = end
            while t + 1 < b and keys[t] in ("of", "and", "for") and doc.caps[t + 1] and is_word(keys[t + 1]):
                t += 2
                while t < b and doc.caps[t] and is_word(keys[t]):
                    t += 1
            end = t
        of = next((t for t in range(k + 1, end) if keys[t] == "of"), None)
        if side is None and of is not None and _plural_word(doc, of - 1):
            # spk11: "The heads of government agreed", "the heads of delegation noted": the role's
            # noun before "of" is plural, so the two people who spoke last, as "the ministers"
            pair = next((g for g, item in enumerate(act.groups) if item["resolve"] == "speakers"), None)
            if pair is not None:
                return _of_both(doc, end, b), "group", pair
        # keys fold plurals: "the official" is one person, "the officials" a side
        group = words[-1] in act.side_groups and (plural or words[-1] not in act.generic_roles)
        if side is not None and (plural or group):
            return end, "role", (doc.view.surface(k, end), side)  # "the Russian side", "party heads"
        if (
            plural and side is None and not group and words[-1] not in ("guest", "visitor", "host")
            and (words[-1] not in act.trades or sum(words[-1] in p.title for p in doc.people) >= 2)
        ):
            # "The diplomats discussed", "the ministers agreed": the two people who spoke last;
            # "the transport ministers of the two countries agreed": one of each, the same pair
            pair = next((g for g, item in enumerate(act.groups) if item["resolve"] == "speakers"), None)
            if pair is not None:
                return _of_both(doc, end, b), "group", pair
        if plural and side is None and words[-1] in act.trades:
            return None  # "The scientists said": people the report does not name
        if group:
            # "the host side", "the guest delegation": the side of the host or the guest
            for who, marks in ((doc.host, ("host", "hosts")), (doc.guest, ("guest", "guests", "visiting"))):
                if who is not None and doc.people[who].side and any(keys[t] in marks for t in range(k, end)):
                    return end, "role", (doc.view.surface(k, end), doc.people[who].side)
            if doc.host is None and doc.dateline_side is not None and any(keys[t] == "host" for t in range(k, end)):
                # round 19: "the host side" with nobody seen hosting: the dateline's side
                return end, "role", (doc.view.surface(k, end), doc.dateline_side)
            # "the ministry said": the side of the institution of that name the text named last
            # with a side word; not the side of a person the sentence names ("Chernyshenko's visit
            # was confirmed, the ministry said": the visitor is the topic, not the source)
            side = doc.institution_side(words[-1], k)
            if side is None and words[-1] == "ministry" and not doc.caps[end - 1] and doc.dateline_side is not None:
                # spk14: "The ministry said" after a bare "Ministry of Economic Development" in copy
                # filed from a side's country: that country's ministry, as :func:`_home_ministry` reads it
                # speed: C-level search for the last "ministry" before (review 22), no scan per key
                last = next((t for t in reversed(_positions_before(keys, "ministry", k)) if t > 0), None)
                if last is not None and doc.caps[last] and last + 1 < k and keys[last + 1] == "of":
                    side = doc.dateline_side
            level = doc.modifiers & doc.act.local_levels
            if side is None and level:
                # "the regional government's press service reported": the side of the region named
                # last before ("The Republic of Tatarstan and Vietnam's Bac Ninh Province ...")
                # (each level in sorted order: a set's own order follows string hashing, per process)
                side = next((s for s in (_local_side(doc, lv, k) for lv in sorted(level)) if s is not None), None)
                if side is not None:
                    if end < b and doc.view.possessive(end):
                        while end < b and keys[end] in _OFFICE:
                            end += 1  # "'s press service"
                    while end + 1 < b and keys[end] in ("of", "and") and not doc.caps[end + 1] and (
                        keys[end + 1] in doc.domain
                    ):
                        end += 2  # "the regional ministry of industry and trade"
                    return end, "role", (doc.view.surface(k, end), side)
            if side is None and words[-1] == "ministry" and not plural:
                # "the defence ministry said" after "Defence Minister Rajiv Menon": the ministry of
                # the ministers whose title holds its field, when they are of one side
                field = {keys[t] for t in range(k, end - 1) if not doc.caps[t] and keys[t] in doc.domain}
                sides = {p.side for p in doc.people if p.first < k and "minister" in p.title
                         and field and field <= p.title}  # one of no side: which ministry is unsure
                side = sides.pop() if len(sides) == 1 else None
            if side is None and words[-1] in _MISSIONS:
                # "the consulate added" after "Vietnamese Consul General X": the mission its head
                # named last before leads, when no mission was named with a side word
                side = next((p.side for p in sorted(doc.people, key=lambda p: -p.first)
                             if p.first < k and p.side and _MISSIONS[words[-1]] in p.title), None)
            if side is not None:
                return end, "role", (doc.view.surface(k, end), side)
            if doc.caps[k + (keys[k] == "the")]:
                # "The Ministry of Science and Higher Education said": a body named in a person's title
                found = _apposed_institution(doc, k + (keys[k] == "the"), b)
                if found is None and words[-1] == "ministry" and not plural:
                    found = _home_ministry(doc, k + (keys[k] == "the"), end, b)
                return found
            return None  # "the ministry": a source of no known side (see _source)
        if keys[k] in ("a", "an"):
            # "A student said", "an official said": an article is no name, and "a" brings someone
            # new, not a person named before; only a side word tells whose ("a Russian official"),
            # or the institution the role is of ("A representative of the Hà Nội People's Committee")
            of = next((x for x in range(k + 2, min(b - 1, end + 1)) if keys[x] in ("of", "for")), None)
            if side is None and of is not None:
                v = of + 1 + (keys[of + 1] == "the")
                inst = _named_institution(doc, of + 1, b)
                if v in doc.side_at:  # "a spokesman for the Russian Ministry of Culture"
                    side, e = doc.side_at[v][1], doc._caps_run_end(doc.side_at[v][0], b)
                    while e + 1 < b and keys[e] in ("of", "and", "for") and doc.caps[e + 1]:
                        e = doc._caps_run_end(e + 1, b)
                    end = max(end, e)
                elif inst is not None:
                    end, side = max(end, inst[0]), inst[2][1]
            return (end, "role", (doc.view.surface(k, end), side)) if side is not None else None
        p = doc.resolve_role(k, side, words)
        if (p is not None and end + 1 < b and keys[end] == "from" and doc.caps[end + 1] and is_word(keys[end + 1])
                and end + 1 not in doc.side_at):
            # "The guest from Đà Nẵng invited ...": the place its holder came from, then the verb
            # (not a side's name, which _subject reads as a side: "the guest from Russia")
            e = doc._caps_run_end(end + 1, b)
            if act.verbs.longest(keys, _skip_fillers(doc, e, b)) is not None:
                end = e
        if p is not None:
            if end + 1 < b and keys[end] == "and" and (other := doc.role_at(end + 1, b)) is not None:
                # "The host and the guest agreed", "The envoy and the Russian executive discussed"
                q = doc.resolve_role(end + 1, other[1], other[2])
                if q in (None, p) and {words[-1], other[2][-1]} == {"host", "guest"}:
                    # probe 12: nobody seen receiving ("X held talks with Y"), and both roles fell
                    # on one person: the pair is that person and the one of the other side the
                    # report opens with
                    q = next((o for o in doc._opening_people() if doc.people[o].side is not None
                              and doc.people[o].side != doc.people[p].side), None)
                if q is not None and q != p:
                    return other[0], "people", (("discovered", p), ("discovered", q))
            return end, "role", ("discovered", p)
        if side is None and words[-1] == "host" and doc.host is None:
            side = doc.dateline_side  # "the hosts" with no person of the dateline's side named
        if side is not None:
            return end, "role", (doc.view.surface(k, end), side)
        if keys[k] == "the" and end == k + 2 and words[-1] in _VOICES and any(
            keys[t] == words[-1] and doc.caps[t - 1] and keys[t - 2] in ("a", "an", "the") for t in range(2, k)
        ):
            # '"...," the spokesman said' after "A Petrovietnam spokesman told TASS" and nobody so
            # titled: that body's voice, of a side or not (_resolve_document keeps it)
            return end, "role", (doc.view.surface(k, end), None)
        return None
    sides = []
    t = k + 1 if keys[k] == "the" and k + 1 in doc.side_at else k  # "the Kremlin said"
    while t < b and (t in doc.side_at or t in doc.capital_at):  # "Beijing said": a capital as subject
        e, side = doc.side_at.get(t) or doc.capital_at[t]
        sides.append(side)
        t = e
        if t < b and keys[t] == "and" and (t + 1 in doc.side_at or t + 1 in doc.capital_at):
            t += 1
            continue
        break
    if sides and (t >= b or not doc.caps[t] or not is_word(keys[t])):
        if len(sides) == 1:  # "the Kremlin press service said", "Russian officials said"
            u = t
            while u < b and u - t < 3 and not doc.caps[u] and keys[u] in act.sources:
                u += 1
            if u > t and act.verbs.longest(keys, _skip_fillers(doc, u, b)) is not None:
                t = u
        return t, "sides", tuple(sides)
    return _named_institution(doc, k, b)


# The places a level of local government governs ("the regional ministry": a region's).
_LEVEL_PLACES = {"regional": frozenset({"region", "republic", "oblast", "krai", "territory", "okrug"}),
                 "provincial": frozenset({"province"}), "municipal": frozenset({"city"}),
                 "city": frozenset({"city"}), "district": frozenset({"district"})}


_PLACE_LEVELS = {word: level for level, words in _LEVEL_PLACES.items() for word in sorted(words)}  # "republic": "regional"


def _local_side(doc: _Document, level: str, k: int):
    """The side of the place of ``level`` ("regional": a region, republic, oblast, ...) the text
    named last before key ``k`` with a side: "the Republic of Tatarstan" (a side's seat after
    "of"), "Vietnam's Bac Ninh Province" (a side word before its name); None if none."""
    keys, places = doc.keys, _LEVEL_PLACES.get(level, frozenset())
    found = doc.level_places
    for t in reversed(found[: bisect_left(found, k)]):
        if keys[t] not in places:
            continue
        if t + 2 < doc.n and keys[t + 1] == "of":
            hit = doc.side_at.get(t + 2 + (keys[t + 2] == "the"))
            if hit is not None:
                return hit[1]
            if doc.caps[t + 2] and is_word(keys[t + 2]) and t + 2 not in doc.side_cover:
                # round 24d: "the south-central province of Khánh Hòa": a place of no side word
                # after "of", read by its spelling as below
                e = t + 2
                while e + 1 < doc.n and doc.caps[e + 1] and is_word(keys[e + 1]) and e + 1 not in doc.side_cover \
                        and e - t < 4:
                    e += 1
                side = _side_by_spelling(doc, doc.view.surface(t + 2, e + 1))
                if side is not None:
                    return side
        for v in range(t - 1, max(-1, t - 5), -1):
            if v in doc.side_cover:
                return doc.side_at[doc.side_cover[v]][1]
            if not (doc.caps[v] and is_word(keys[v])):
                break
        if t > 0 and doc.caps[t - 1] and is_word(keys[t - 1]) and t - 1 not in doc.side_cover:
            # "the Primorye Territory": a place of no side word; in a text of two sides, one of
            # them the side whose names are spelled the Vietnamese way, the place is that side's if
            # spelled so, else the other's
            v = t - 1
            while v > 0 and doc.caps[v - 1] and is_word(keys[v - 1]) and v - 1 not in doc.side_cover and t - v < 3:
                v -= 1
            return _side_by_spelling(doc, doc.view.surface(v, t))
    return None


def _side_by_spelling(doc: _Document, name: str):
    """The side of a place ``name`` of no side word, in a text that names the side whose names are
    spelled the Vietnamese way: that side's if spelled so (round 24d: however many sides the text
    names), else, in a text of two sides, the other's; else None."""
    origin = doc.act.origin_sides.get("vietnamese")
    two = set(doc.side_counts)
    if origin not in two:
        return None
    if _vietnamese_spelling(name) or _vietnamese_marks(name):
        return origin
    return (two - {origin}).pop() if len(two) == 2 else None


_MISSIONS = {"embassy": "ambassador", "consulate": "consul"}  # a diplomatic mission: its head's title
_BOTH = (("of", "the", "two"), ("of", "both"))
# spk14: "the heads of the two delegations/parliaments/commissions" are a pair as "of the two ministries"
_PAIRED = frozenset({"country", "side", "nation", "government", "party", "ministry", "delegation", "parliament",
                     "commission", "committee"})


def _members_of(doc: _Document, k: int, b: int):
    """"Members of the association pledged ...": the members of a body named before with a side
    word ("the Association of Vietnamese Businesses in Russia") speak for its side, as "the
    ministry said" does; (end, "role", (label, side)) or None."""
    keys = doc.keys
    if keys[k] != "member" or not doc.view.surface(k, k + 1).lower().endswith("s") or k + 2 >= b or keys[k + 1] != "of":
        return None
    t = k + 2 + (keys[k + 2] == "the")
    if t >= b or doc.caps[t] or keys[t] not in doc.names.heads:
        return None
    if doc.act.verbs.longest(keys, _skip_fillers(doc, t + 1, b)) is None:
        return None
    side = doc.institution_side(keys[t], k)
    return (t + 1, "role", (doc.view.surface(k, t + 1), side)) if side is not None else None


def _the_party(doc: _Document, k: int, b: int):
    """"..., the party said" after "The CPRF held its congress": "the party" (one, lower case)
    before a verb of speech is the party named last: its sentence's, else the nearest earlier
    sentence's that names one, when they are of one side (end, "role", (label, side)); None with
    no verb, no party named, parties of two sides there, or another word ("the party's")."""
    keys = doc.keys
    if keys[k] != "the" or k + 2 > b or keys[k + 1] != "party" or doc.caps[k + 1] or doc.sentence is None:
        return None
    if doc.view.surface(k + 1, k + 2).lower() != "party" or doc.view.possessive(k + 2):
        return None  # "the parties" (keys fold plurals), "the party's press service"
    if doc.act.verbs.longest(keys, _skip_fillers(doc, k + 2, b)) is None:
        return None
    view = doc.view
    spans = party_spans(view, doc.names, static=load_lexicon().trie.classes.get("party"))
    named = {x for a, ends in spans.items() for x in range(a, max(ends))}
    # the sentence's own parties before the phrase, else those of the nearest earlier sentence
    # that names one: a party of one side only ("The CPV received letters from the CPRF ... The
    # party said": two sides' parties, no one party)
    sides: set = set()
    for x in range(k - 1, -1, -1):
        if x in doc.side_at and x in named:
            sides.add(doc.side_at[x][1])
        if view.initial[x] and sides:
            break
    side = sides.pop() if len(sides) == 1 else None
    return (k + 2, "role", (doc.view.surface(k, k + 2), side)) if side is not None else None


def _full_name_at(doc: _Document, k: int) -> bool:
    """True if a name of two words or more starts at key ``k``: "He Wei said" names the Chinese
    ambassador He Wei, no "he"."""
    hit = doc.mention_at.get(k)
    return hit is not None and hit[0] > k + 1


_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "official", "source"})


def _body_spokesman(doc: _Document, k: int, b: int):
    """"A Roscosmos spokesperson confirmed" after "Roscosmos head Yury Borisov": a body of no side
    word speaks for the side of the person whose title named it right before the name, or for the
    side of the actors file's group whose phrase is the body (end, "role", (label, side)); after
    "a"/"an", a body nothing ties to a side gives the side None (the narrator's side, but a voice
    "the spokesman" may name again); None when no verb of speech follows, the body is a side's
    name, or "the" may point back to a person the role was given ("The Party official said")."""
    keys, caps = doc.keys, doc.caps
    if keys[k] not in ("a", "an", "the") or k + 3 >= b or not caps[k + 1] or keys[k + 2] not in _VOICES:
        return None
    if k + 1 in doc.side_cover or doc.act.verbs.longest(keys, _skip_fillers(doc, k + 3, b)) is None:
        return None
    # the body's earlier mentions, found in one scan: both tests below read them
    seen = [t for t in range(k - 1, -1, -1) if keys[t] == keys[k + 1] and caps[t]]
    named = {
        doc.side_at[doc.side_cover[u]][1] for t in seen if t > 0 for u in (t, t - 1) if u in doc.side_cover
    }  # "the Communist Party of Việt Nam", "the United Russia Party": a side's name holds or opens it
    if len(named) > 1:
        return None  # "The Party official" after the names of two sides' parties: no one body
    for t in seen:
        for u in range(t + 1, min(doc.n, t + 4)):
            hit = doc.person_at(u, u)
            if hit is not None and doc.people[hit[1]].side is not None:
                return k + 3, "role", (doc.view.surface(k, k + 3), doc.people[hit[1]].side)
            if not (caps[u] or doc._titleish(u)):
                break
    side = next((v for t in seen if (v := _visited_by_guest(doc, t)) is not None), None)
    label = doc.view.surface(k, k + 3)
    if side is not None:
        return k + 3, "role", (label, side)
    hit = doc.act.subjects.longest(keys, k + 1)
    if hit is not None and hit[0] == k + 2 and hit[1][0] == "group":
        group = doc.act.groups[hit[1][1]]
        if group["resolve"] == "none" and group["side"] not in (None, JOINT):
            return k + 3, "role", (label, group["side"])  # a body the actors file gives a side
    if keys[k] == "the":
        return None  # "The Party official said": a role the text may have given to someone named
    # "A Petrovietnam spokesman told TASS": a body nothing ties to a side speaks, of no known side
    # (both countries' agencies interview the other's firms); it stays the voice that "the
    # spokesman" names next (_resolve_document)
    return k + 3, "role", (label, None)


_GUESTS = frozenset({"guest", "visitor", "delegation"})


def _visited_by_guest(doc: _Document, t: int):
    """The host's side when the body named at key ``t`` is what a guest visited ("the Vietnamese
    guest visited the Rostec state corporation": a guest abroad visits the host's bodies), or None.

    The guest is a guest word after a side word ("the Vietnamese delegation") or the document's
    guest, in the sentence before the verb; the host's side is the host's, else the side the
    document names most after the guest's (none on a tie)."""
    keys = doc.keys
    u = t - (t > 0 and keys[t - 1] == "the")
    if u < 1 or keys[u - 1] not in VISIT_VERBS:
        return None
    start = doc._sentence_start(u - 1)
    guest = next((doc.side_at[doc.side_cover[w - 1]][1] for w in range(start + 1, u - 1)
                  if keys[w] in _GUESTS and w - 1 in doc.side_cover), None)
    if guest is None and doc.guest is not None and any(doc.guest in doc._people_at(w) for w in range(start, u - 1)):
        guest = doc.people[doc.guest].side
    if guest is None:
        return None
    if doc.host is not None and doc.people[doc.host].side not in (None, guest):
        return doc.people[doc.host].side
    ranked = sorted((s for s in doc.side_counts if s != guest), key=lambda s: -doc.side_counts[s])
    if ranked and (len(ranked) == 1 or doc.side_counts[ranked[0]] > doc.side_counts[ranked[1]]):
        return ranked[0]
    return None


def _organisation_voice(doc: _Document, k: int, b: int, verb: bool = True):
    """An organisation the text gave a side, or those who speak for it, as a subject: (end, "role",
    (label, side)) or None. "a company spokesperson said", "the company's press service said",
    "the group's CEO said", "the company said" (the organisation of that noun named last with a
    side); "a spokesman for the state corporation said"; "Novatek said", "Novatek's press service
    said", "A spokesman for Novatek said" (the name, given a side before: "Novatek, a Russian
    firm"). An organisation the text gives no side gives none ("Rosatom is back. A spokesman for
    the state corporation said"). With ``verb`` False (default=True) the phrase needs no verb of
    speech after it but must end its clause ("..., according to the company.")."""
    keys, caps = doc.keys, doc.caps
    t = k + (keys[k] in ("a", "an", "the"))
    hit = doc.side_at.get(t)
    if hit is not None and hit[0] < b and not caps[hit[0]] and keys[hit[0]] in doc.act.organisations and (
        hit[0] + 1 >= b or keys[hit[0] + 1] not in ("of", "for")
    ):
        # round 24c: "the Russian manufacturer expects", "a Vietnamese firm said": an organisation
        # named by its country's adjective takes that side (guidelines, Side), whoever it is
        end = hit[0] + 1
        if verb and end < b and caps[end] and is_word(keys[end]) and doc.person_at(end, end) is None:
            # review 22: "the Russian company Novatek said": the firm's name after its head
            named = min(_caps_end(doc, end), b)
            if named - end <= 3 and not doc.view.possessive(named - 1):
                end = named
        if not verb:
            return (end, "role", (doc.view.surface(k, end), hit[1])) if end >= b or keys[end] in (",", ".", ";") else None
        if _verb_after(doc, end, b) is None:  # review 22: past an apposition ("a Vietnamese firm, X, said")
            return None
        return end, "role", (doc.view.surface(k, end), hit[1])
    if not doc.organisations and not (keys[k] == "the" and t < b and keys[t] in _ANY_ORGANISATION):
        return None
    side = None
    if t < b and keys[t] in _VOICES and t + 2 < b and keys[t + 1] in ("for", "of"):
        # "a spokesman for the state corporation", "a representative of Novatek"
        u = t + 2 + (keys[t + 2] == "the")
        v = u
        while v < b and v - u < 3 and not caps[v] and is_word(keys[v]) and keys[v] not in doc.act.organisations:
            v += 1
        if v < b and not caps[v] and keys[v] in doc.act.organisations:
            side, end = doc.organisation_by_noun(keys[v], k), v + 1
        elif v == u and v < b and caps[v]:
            end = doc._caps_run_end(v, b)
            side = doc.organisation_side(v, end, k)
        else:
            return None
    elif t < b and not caps[t] and keys[t] in doc.act.organisations and t > k:
        # "a company spokesperson", "the company's press service", "the group's CEO", "the company"
        side, end = doc.organisation_by_noun(keys[t], k), t + 1
        if side is None and keys[k] == "the" and keys[t] in _ANY_ORGANISATION:
            side = _executive_side(doc, k)
    elif t < b and caps[t] and is_word(keys[t]):
        end = doc._caps_run_end(t, b)
        side = doc.organisation_side(t, end, k)
    else:
        return None
    if side is None:
        return None
    # those who speak for it: "spokesperson", "'s press service", "'s CEO", "Director General"
    # (not "of", "for" nor a side word: "A group of Russian students said" are no group's voice)
    while end < b and end - t < 8 and (keys[end] in _VOICES or keys[end] in _OFFICE or doc._titleish(end)) and (
        keys[end] not in ("of", "for", "and") and end not in doc.side_cover
    ):
        if doc.person_at(end, end) is not None:
            return None  # "Zarubezhneft Director General Pavel Yermishin": a person, who has his own side
        end += 1
    if not verb:
        return (end, "role", (doc.view.surface(k, end), side)) if end >= b or keys[end] in (",", ".", ";") else None
    if doc.act.verbs.longest(keys, _skip_fillers(doc, end, b)) is None:
        return None
    return end, "role", (doc.view.surface(k, end), side)


_ANY_ORGANISATION = frozenset({"company", "firm"})  # nouns that name any kind of organisation

# Title words of a company's manager: "the company" after one of them spoke is his company.
_EXECUTIVES = frozenset({"director", "director-general", "ceo", "executive", "manager"})


def _executive_side(doc: _Document, k: int):
    """The side of the person named last before key ``k`` when his title is a company manager's
    ("Zarubezhneft Deputy Director General Oleg Strelnikov told TASS ... The company's press service
    said"): "the company" of a text that gave no company a side is his; None otherwise (after a
    minister or an envoy, or a director of a ministry's department)."""
    last = max(((max((m for m in p.mentions if m < k), default=-1), p) for p in doc.people),
               key=lambda x: x[0], default=(-1, None))
    p = last[1]
    if last[0] < 0 or p is None or p.side is None or not (p.title & _EXECUTIVES):
        return None
    if p.title & {"ministry", "department", "minister", "ambassador", "embassy"}:
        return None
    return p.side


_OFFICE = frozenset({"press", "service", "office", "spokesman", "spokeswoman", "spokesperson", "aide",
                     "secretariat", "administration"})  # who speaks for a person ("X's press service")


def _bare_owner_side(doc: _Document, u: int, before: int):
    """Round 24d: the side of "the <noun>'s" owner at key ``u`` ("the fleet's press service") when the
    text named before key ``before`` a capitalised run ending in that noun with no side word in it
    ("a detachment of Pacific Fleet warships"): the copy's dateline country, as news names its own
    country's bodies bare ("the ministry said" in spk14); else None."""
    keys, caps = doc.keys, doc.caps
    if doc.dateline_side is None or caps[u] or not is_word(keys[u]) or keys[u] in doc.act.organisations:
        return None  # review 24: a firm named bare ("Toyota Motor Corporation") may be of any country
    for x in range(before - 1, -1, -1):
        if keys[x] != keys[u] or not caps[x]:
            continue
        v = x
        while v > 0 and x - v < 4 and caps[v - 1] and is_word(keys[v - 1]):
            v -= 1
        if any(y in doc.side_cover for y in range(max(0, v - 1), x + 2)):
            return None  # a side word names it: that side's, read elsewhere
        if any(doc._foreign_mark(y) for y in range(v, x)):
            return None  # review 24: "the Indian Navy": a country of no side names it
        return doc.dateline_side
    return None


def _office_then_speech(doc: _Document, k: int, t: int, b: int, reach: int):
    """The end of the lower-case office words (:data:`_OFFICE`) from key ``t`` on, at most ``reach``
    keys after ``k`` ("the fleet's press service"), if a verb of speech follows them; else None."""
    keys = doc.keys
    while t < b and t - k <= reach and not doc.caps[t] and keys[t] in _OFFICE:
        t += 1
    return None if doc.act.verbs.longest(keys, _skip_fillers(doc, t, b)) is None else t


def _bare_owner_office(doc: _Document, k: int, b: int):
    """"the fleet's press service said": the office of a body the text named capitalised with no side
    word, in copy filed from a side's country (:func:`_bare_owner_side`): (end, "role", (label,
    side)) or None."""
    keys = doc.keys
    if keys[k] != "the" or k + 3 >= b or not doc.view.possessive(k + 2) or keys[k + 2] not in _OFFICE:
        return None
    t = _office_then_speech(doc, k, k + 2, b, 4)
    if t is None:
        return None
    side = _bare_owner_side(doc, k + 1, k)
    return (t, "role", (doc.view.surface(k, t), side)) if side is not None else None


def _office_named_before(doc: _Document, k: int, b: int):
    """"the press service said" after "the United Russia press service said": an office with no
    owner is the one the text named before with a side word right before it (end, "role", (label,
    side)); None if the text named none so, or no verb of speech follows."""
    keys = doc.keys
    if keys[k] != "the" or k + 1 >= b or doc.caps[k + 1] or keys[k + 1] not in _OFFICE:
        return None
    t = _office_then_speech(doc, k, k + 1, b, 3)
    if t is None:
        return None
    words = keys[k + 1 : t]
    for u in range(k - 1, 0, -1):
        if keys[u : u + len(words)] == words and u - 1 in doc.side_cover:
            return t, "role", (doc.view.surface(k, t), doc.side_at[doc.side_cover[u - 1]][1])
        if keys[u : u + len(words)] == words and u >= 2 and keys[u - 2] == "the" and doc.view.possessive(u):
            # round 24d: "the fleet's press service said" named before, of a body of no side word
            side = _bare_owner_side(doc, u - 1, u - 2)
            if side is not None:
                return t, "role", (doc.view.surface(k, t), side)
            break  # no side from that owner: round 24e's owner named last may still give one
    if words == ["press", "service"]:
        # r24e: "the press service said" after "the airline's press service told TASS": the owner
        # of the press service named last, as "According to the press service" (spk14)
        side = _press_service_owner(doc, k)
        if side is not None:
            return t, "role", (doc.view.surface(k, t), side)
    return None


def _persons_office(doc: _Document, k: int, b: int):
    """"Petrov's press service said", "Khôi's office reported": those who speak for a person named
    before take that person's side (end, "role", (label, side)); None if no person with a side, no
    such word after the possessive ("Petrov's visit was confirmed") or no verb of speech."""
    keys = doc.keys
    hit = doc.person_at(k, k)
    if hit is None or hit[0] >= b or not doc.view.possessive(hit[0]) or doc.people[hit[1]].side is None:
        return None
    t = hit[0]
    while t < b and t - hit[0] < 3 and keys[t] in _OFFICE:
        t += 1
    if t == hit[0] or doc.act.verbs.longest(keys, _skip_fillers(doc, t, b)) is None:
        return None
    return t, "role", (doc.view.surface(k, t), doc.people[hit[1]].side)


def _body_office(doc: _Document, k: int, b: int):
    """Spk14: the office of a named body speaks for the body's side: "the Russian Foreign Ministry's
    press service said", "The press service of the Federation Council reported" (end, "role",
    (label, side)); None when the body has no side (:func:`_named_institution`), no office word
    follows its possessive, or no verb of speech follows."""
    keys = doc.keys
    t = k + (keys[k] == "the")
    if t < b and not doc.caps[t] and keys[t] in _OFFICE:  # "the press service of <body>"
        while t < b and t - k <= 3 and not doc.caps[t] and keys[t] in _OFFICE:
            t += 1
        if t + 1 >= b or keys[t] != "of":
            return None
        inst = _named_institution(doc, t + 1, b)
        end = inst[0] if inst is not None else None
    else:  # "<body>'s press service"
        inst = _named_institution(doc, k, b)
        if inst is None or inst[0] >= b or not doc.view.possessive(inst[0]):
            return None
        end = inst[0]
        while end < b and end - inst[0] < 3 and keys[end] in _OFFICE:
            end += 1
        if end == inst[0]:
            return None
    if inst is None or inst[2][1] is None or doc.act.verbs.longest(keys, _skip_fillers(doc, end, b)) is None:
        return None
    return end, "role", (doc.view.surface(k, end), inst[2][1])


def _of_both(doc: _Document, end: int, b: int) -> int:
    """The end of "of the two countries" or "of both sides" after a plural role ending at key
    ``end`` ("the ministers of the two countries"), else ``end``."""
    for words in _BOTH:
        t = end + len(words)
        if t < b and tuple(doc.keys[end:t]) == words and doc.keys[t] in _PAIRED and (
            doc.keys[t] not in _PAIRED_IF_NAMED or _named_of_two_sides(doc, t)
        ):
            return t + 1
    return end


# Review 22: bodies one country often has two of ("the National Assembly's Foreign Affairs Committee
# and Economic Committee"): "the two committees" are one per side only when the text named them so
_PAIRED_IF_NAMED = frozenset({"committee", "commission"})


def _named_of_two_sides(doc: _Document, t: int) -> bool:
    """True if the text before key ``t`` named bodies of the head at ``t`` with side words of two
    sides within a few keys before the head ("the Vietnamese commission ... the Russian Commission
    for ..."), so "the heads of the two commissions" are one of each (review 22)."""
    keys = doc.keys
    found = set()
    for u in _positions_before(keys, keys[t], t):  # speed: only where the head stands
        for x in range(u - 1, max(-1, u - 6), -1):
            if x in doc.side_at:
                found.add(doc.side_at[x][1])
                break
            if keys[x] in (",", ".", ";", "and"):
                break
    return len(found) >= 2


def _named_institution(doc: _Document, k: int, b: int):
    """An institution as a subject: (end, "role", (label, side)) or None. A name that opens with
    a side word and ends with a head is that side's ("Vietnam Oil and Gas Group said"); a
    capitalised name with no side word ("Rosatom said") is the side the text tied an earlier mention
    of it to ("Russia's Rosatom", "Russian state corporation Rosatom", "Rosatom Director General X"
    with X of a known side)."""
    keys = doc.keys
    t = k + (keys[k] == "the")
    if t == k + 1 and t < b and not doc.caps[t] and keys[t] in _BODY_HEADS:
        # probe 10: "The association said ..." after "the Vietnam Association of ...": the body of
        # that head the text named last, when its name holds one side's word
        found = _body_named_before(doc, k, b, subject=True)
        return (k + 2, "role", found) if found is not None else None
    if t + 1 < b and not doc.caps[t] and keys[t] in doc.act.local_levels and doc.caps[t + 1]:
        # round 24b: "the provincial Department of Tourism reported": a level of government before a
        # capitalised body, as after "according to", takes the side of the place of that level named
        # before, else of the people whose title holds the level, if they are of one side
        e = t + 1
        while e < b and (doc.caps[e] and is_word(keys[e]) or keys[e] in ("of", "and", "for")) and e - t < 10:
            e += 1
        while e > t + 1 and not doc.caps[e - 1]:
            e -= 1
        if any(keys[x] in doc.names.heads for x in range(t + 1, e)):
            side = _local_side(doc, keys[t], k)
            if side is None:
                sides = {p.side for p in doc.people if keys[t] in p.title and p.side is not None}
                side = sides.pop() if len(sides) == 1 else None
            return (e, "role", (doc.view.surface(k, e), side)) if side is not None else None
    if t in doc.side_at:  # "Vietnam Oil and Gas Group said", "the Russian Railways company reported"
        e = doc.side_at[t][0]
        while e < b and (doc.caps[e] and is_word(keys[e]) or keys[e] in ("of", "and", "for")) and e - t < 10:
            e += 1
        while e > t and not doc.caps[e - 1]:
            e -= 1
        # its head last, or before its field ("the Vietnam National Authority of Tourism")
        head = e - 1 if e > doc.side_at[t][0] else None
        if head is not None and keys[head] not in doc.names.heads:
            head = next((x for x in range(doc.side_at[t][0], e - 2) if keys[x + 1] in ("of", "for")), None)
        if head is not None and keys[head] in doc.names.heads:
            return e, "role", (doc.view.surface(k, e), doc.side_at[t][1])
        return None
    found = _head_of_country(doc, k, t, b)
    if found is not None:
        return found
    e = t
    while e < b and e - t < 4 and doc.caps[e] and is_word(keys[e]) and e not in doc.side_cover:
        e += 1
    if e == t or doc.person_at(t, t) is not None or keys[t] in doc.person_titles:
        return None
    inner = _caps_end(doc, e)
    if e in doc.side_at and inner < b and inner - e < 6 and keys[inner - 1] in doc.names.heads and not any(
        u in doc.side_at for u in range(doc.side_at[e][0], inner)
    ):
        # "the Pushkin State Russian Language Institute said": one side's word inside the name
        return inner, "role", (doc.view.surface(k, inner), doc.side_at[e][1])
    surface = doc.view.surface(t, e)
    if _vietnamese_marks(surface) or _vietnamese_spelling(surface, opening=True) and keys[e - 1] in doc.names.heads:
        # "the Lạng Sơn Department of ...", "the Lang Son Department": a name spelled the Vietnamese
        # way takes the one side of the document's people whose names are spelled so; without marks
        # only when an institution's head ends it ("Hong Kong", "Hun Sen", "Ban Ki-moon" are none)
        marked = {p.side for p in doc.people if p.side is not None and _vietnamese_spelling(p.name)}
        if len(marked) == 1:
            return e, "role", (doc.view.surface(k, e), marked.pop())
    name = keys[t:e]
    for u in reversed(_positions_before(keys, name[0], t)):  # speed: only where the name's first key stands
        if keys[u : u + len(name)] != name:
            continue
        w = u + len(name)
        if w + 1 < doc.n and keys[w] == "of":
            # spk14: "The State Bank said" after "the State Bank of Việt Nam": the short form of a
            # body the text named in full with its country right after "of"
            w += 1 + (keys[w + 1] == "the")
            if w in doc.side_at:
                return e, "role", (doc.view.surface(k, e), doc.side_at[w][1])
        if u >= 2 and keys[u - 1] == "(" and keys[u + len(name) : u + len(name) + 1] == [")"]:
            # an acronym defined after a name: "Vietnam Electricity (EVN)" is the side's whose
            # word opens the name
            v = u - 2
            while v > 0 and (doc.caps[v - 1] and is_word(keys[v - 1]) or keys[v - 1] in doc.names.connectors) and u - v < 8:
                v -= 1
            while v < u and v not in doc.side_at and (not doc.caps[v] or keys[v] in _DETERMINERS):
                v += 1
            if v in doc.side_at and doc.side_at[v][0] < u - 1:
                return e, "role", (doc.view.surface(k, e), doc.side_at[v][1])
        for v in range(u - 1, max(-1, u - 5), -1):  # "Russia's Rosatom", "Russian state corporation X"
            if v in doc.side_cover:
                return e, "role", (doc.view.surface(k, e), doc.side_at[doc.side_cover[v]][1])
            if keys[v] in (",", ".", ";", '"', "(", ")"):
                break
        for v in range(u + len(name), min(doc.n, u + len(name) + 6)):  # "Rosatom Director General X"
            hit = doc.person_at(v, v)
            if hit is not None and doc.people[hit[1]].side is not None:
                return e, "role", (doc.view.surface(k, e), doc.people[hit[1]].side)
            if not (doc.caps[v] and is_word(keys[v])):
                break
    if keys[t] in _STATE_WORDS and doc.dateline_side is not None and keys[e - 1] in _STATE_HEADS:
        # spk14: "the Federal Customs Service", "the State Bank", "the Federation Council" with no
        # side word, in copy filed from a side's country, are that country's own bodies, as
        # :func:`_home_ministry` reads a bare ministry
        return e, "role", (doc.view.surface(k, e), doc.dateline_side)
    return _apposed_institution(doc, t, b)


# spk14: words opening the name of a country's own state body, and the heads such a name ends in
_STATE_WORDS = frozenset({"federal", "federation", "state", "national"})
_STATE_HEADS = frozenset({"service", "agency", "council", "bank", "committee", "commission", "duma", "assembly",
                          "inspectorate", "administration", "office", "bureau", "department", "authority"})


def _head_of_country(doc: _Document, k: int, t: int, b: int, lead: bool = False):
    """(end, "role", (label, side)) of an institution named at key ``t`` (``k`` its article) that
    opens with its head and gives its country after "of" (review 14 leftovers); None if not one.
    With ``lead``, only a head after one or two capitalised words ("the Central Committee of ...")."""
    # round 23b: the head may follow one or two capitalised words ("the Central Committee of the
    # Communist Party of Việt Nam (CPV) has sent a message")
    keys = doc.keys
    h = next((x for x in range(t, min(b - 1, t + 3)) if not (doc.caps[x] and is_word(keys[x])) or keys[x] in doc.names.heads), t)
    if lead and h == t:
        return None
    if doc.caps[t] and keys[h] in doc.names.heads and doc.caps[h] and h + 1 < b and keys[h + 1] == "of":
        # review 14 leftovers: a name that opens with its head and gives its country after "of"
        # ("the Association of Tour Operators of Russia said", "the Association of Russian Banks"):
        # an institution takes its country's side (guidelines, Side), when the name holds one side
        e = t
        while e < b and (doc.caps[e] and is_word(keys[e]) or keys[e] in ("of", "and", "for") or (
            keys[e] == "the" and keys[e - 1] == "of" and h > t  # round 23b: "... of the Communist Party"
        )) and e - t < 12:
            e += 1
        while e > t and not doc.caps[e - 1]:
            e -= 1
        sides = {doc.side_at[u][1] for u in range(h + 2, e) if u in doc.side_at}
        if len(sides) == 1:
            label = doc.view.surface(k, e)
            if e + 2 < b and keys[e] == "(" and keys[e + 2] == ")":
                e += 3  # its short name in brackets: "... of Russia (ATOR) said"
            return e, "role", (label, sides.pop())
    return None


def _apposed_institution(doc: _Document, t: int, b: int):
    """(end, "role", (label, side)) of a body named in full at key ``t`` ("the Ministry of Science
    and Higher Education said") that an earlier sentence named, whole, in the title apposition of a
    person of a side ("Irina Koltsova, head of the international department of the Ministry of
    Science and Higher Education, told ..."): that person's side; else None."""
    keys, caps = doc.keys, doc.caps
    e = t
    while e < b and (caps[e] and is_word(keys[e]) or keys[e] in ("of", "and", "for")) and e - t < 10:
        e += 1
    while e > t and not caps[e - 1]:
        e -= 1
    name = keys[t:e]
    # a name of three words or more with an institution's head: "the Ministry" alone is any ministry
    if e - t < 3 or not any(w in doc.names.heads for w in name):
        return None
    ends = {end: ps for end, ps in doc.mention_at.values() if len(ps) == 1}
    label = doc.view.surface(t - (t > 0 and keys[t - 1] == "the"), e)
    for u in range(t - 1, -1, -1):
        after = u + len(name)
        if keys[u:after] != name or after < doc.n and caps[after] and is_word(keys[after]):
            continue
        for c in range(u - 1, max(-1, u - 14), -1):
            if keys[c] in (".", ";", '"'):
                break
            if keys[c] != ",":
                continue
            ps = ends.get(c)
            if ps is not None and doc._apposition_title(c) and doc.people[ps[0]].side is not None:
                return e, "role", (label, doc.people[ps[0]].side)
            break
    return None


def _home_ministry(doc: _Document, t: int, end: int, b: int):
    """(end, "role", (label, side)) of a ministry named in full with no side word ("..., the
    Ministry of Foreign Affairs said") in a report filed from a side's country or capital: that
    side's own ministry, as the copy of the place names its own government's bodies bare; else None.

    Not a ministry with a side word (read before), nor one in a report with no dateline of a side
    unless its name ends with its country ("the Ministry of Energy of the Russian Federation said",
    round 24c), nor "the ministry" alone (of no name: see :func:`_source`)."""
    keys, caps = doc.keys, doc.caps
    if end + 1 >= b or keys[end] != "of" or not caps[end + 1]:
        return None
    e = end
    while e + 1 < b and keys[e] in ("of", "and", "for"):
        # round 24c: "of the Russian Federation": an article after "of" opens the country's name
        f = e + 1 + (keys[e] == "of" and keys[e + 1] == "the" and e + 2 < b)
        if not (caps[f] and is_word(keys[f])):
            break
        e = f + 1
        while e < b and caps[e] and is_word(keys[e]):
            e += 1
    side = doc.dateline_side
    # the ministry's own country named after it ("of Russia", "in Moscow") is its side, not the dateline's
    named = {doc.side_at[u][1] for u in range(end, e) if u in doc.side_at}
    if side is None and not named:
        return None  # round 24c: a country named in the name needs no dateline
    if e + 1 < b and keys[e] == "in" and (place := doc.side_at.get(e + 1) or doc.capital_at.get(e + 1)):
        named.add(place[1])
        e = place[0]
    if len(named) > 1:
        return None
    if named:
        side = named.pop()
    return e, "role", (doc.view.surface(t - (t > 0 and keys[t - 1] == "the"), e), side)


def _pair_subject(doc: _Document, k: int, b: int):
    """A pair as subject: (end, "group", index) of the group that resolves to the last two speakers,
    or None ("The two deputy chiefs of diplomacy agreed", "both envoys noted").

    A plural subject opened by "the two" or "both", of lower-case words or title words ("the two
    Vice Ministers agreed"), right before a reporting verb; a name is no pair ("the two Koreas").
    """
    keys, act = doc.keys, doc.act
    if keys[k] == "the" and k + 1 < b and keys[k + 1] == "two":
        t0 = k + 2
    elif keys[k] == "both":
        t0 = k + 1
    else:
        return None
    group = next((g for g, item in enumerate(act.groups) if item["resolve"] == "speakers"), None)
    if group is None:
        return None
    for t in range(t0 + 1, min(b, t0 + 6)):
        if (doc.caps[t - 1] and keys[t - 1] not in doc.names.titles) or not is_word(keys[t - 1]) or keys[t - 1] in act.verbs:
            return None
        if act.verbs.longest(keys, _skip_fillers(doc, t, b)) is not None:
            return t, "group", group
    return None


# Words of a place that a name spelled the Vietnamese way without marks must stand beside to be one.
_PLACE_WORDS = frozenset({"province", "city", "district", "town", "commune", "ward"})


def _joint_leaders(doc: _Document, k: int, b: int):
    """Leaders of two places as subject: (end, "group", index) of the group of both sides, (end,
    "role", (label, side)) when both places are of one side, or None ("Leaders of Điện Biên
    province and Laos's Phongsaly province agreed").

    A plural role ("leaders", "officials", "representatives") then "of", a name, "and" and another
    name, right before a reporting verb; the two names are of two different sides (a side word
    each, or a name spelled with Vietnamese marks for the side of that origin).
    """
    keys, act = doc.keys, doc.act
    t = k + (keys[k] == "the")
    if not (t + 1 < b and keys[t + 1] == "of" and act.roles.longest(keys, t) is not None):
        return None
    if not doc.view.surface(t, t + 1).lower().endswith("s"):
        return None  # one leader of two places is no pair
    group = next((g for g, item in enumerate(act.groups) if item["side"] == JOINT and item["resolve"] == "none"), None)
    if group is None:
        return None
    sides: list[set] = [set(), set()]  # the sides of the places before and after "and"
    marked = [False, False]  # a name spelled the Vietnamese way ("Lạng Sơn", "Lang Son")
    unplaced = [False, False]  # such a spelling without marks nor a place word ("Hong Kong")
    joined = 0
    for u in range(t + 2, min(b, t + 20)):
        if u in doc.side_at:
            sides[joined].add(doc.side_at[u][1])
        elif doc.caps[u] and _vietnamese_spelling(doc.view.surface(u, _caps_end(doc, u)), opening=True):
            # without marks only a place by its word ("province of Lang Son", "Lang Son province"):
            # "Hong Kong" is two syllables of that spelling too
            e = _caps_end(doc, u)
            if (_vietnamese_marks(doc.view.surface(u, e)) or keys[e - 1] in _PLACE_WORDS
                    or e < b and keys[e] in _PLACE_WORDS or u >= 2 and keys[u - 1] == "of" and keys[u - 2] in _PLACE_WORDS):
                marked[joined] = True
            else:
                unplaced[joined] = True
        if keys[u] == "and":
            if joined:
                return None
            joined = 1
            continue
        if joined and not doc.caps[u] and act.verbs.longest(keys, _skip_fillers(doc, u, b)) is not None:
            # two different sides, one a place of each: "the Russian Ministry of Energy and Rosatom",
            # "Russian firms and banks" are one side's; a place of no side word whose name is spelled
            # the Vietnamese way is of that origin's side
            origin = act.origin_sides.get("vietnamese")
            for x in (0, 1):
                if not sides[x] and marked[x] and origin is not None:
                    sides[x].add(origin)
            if all(len(x) == 1 for x in sides) and sides[0] != sides[1]:
                return u, "group", group
            one = sides[0] | sides[1]
            if any(unplaced[x] and not sides[x] and not marked[x] for x in (0, 1)) and one != {origin}:
                return None  # "Officials of Hong Kong and Russia's Primorye region": not Russia's alone
            if len(one) == 1:  # "Representatives of Russian firms and banks said": that side's
                return u, "role", (doc.view.surface(k, u), one.pop())
            return None
        if keys[u] in (",", ";", '"', ".") or act.verbs.longest(keys, u) is not None:
            return None
    return None


def _caps_end(doc: _Document, u: int) -> int:
    """The key after the capitalised words that start at key ``u``."""
    return doc._caps_run_end(u, doc.n)


def _acting_subject_side(doc: _Document):
    """The side of the person who opens the sentence being parsed and is the subject of a verb in
    the past right after the name ("Menon offered Vietnam credit, ..."), or None ("Putin will
    visit ...", "Chernyshenko's visit ...")."""
    if doc.sentence is None:
        return None
    a, b = doc.sentence
    hit = doc.person_at(a, a)
    if hit is None or doc.people[hit[1]].side is None or hit[0] >= b:
        return None
    verb = doc.view.surface(hit[0], hit[0] + 1)
    if not (verb.islower() and verb.endswith("ed")) or doc.view.possessive(hit[0]):
        return None
    return doc.people[hit[1]].side


def _skip_fillers(doc: _Document, k: int, b: int) -> int:
    keys, act = doc.keys, doc.act
    while k < b:
        hit = None
        if keys[k] in act.adverbs:
            hit = k + 1
        elif keys[k] in act.time_words:
            hit = k + 1
        elif keys[k] in ("on", "in") and k + 1 < b and keys[k + 1] in act.time_words:
            hit = k + 2
        if hit is None:
            return k
        k = hit
    return k


_GROUP_NOUN_WORDS = 2  # lower-case words a group urged may hold before its head ("travel companies")


def _side_group(doc: _Document, t: int, b: int) -> bool:
    """True if a side word at key ``t`` describes a lower-case plural noun and "to" follows
    ("called on Russian investors to pour capital"): people urged to act, not a person visited
    ("called on Russian President X")."""
    hit = doc.side_at.get(t)
    u = hit[0] if hit is not None else b
    # round 15: lists of sides and of plural nouns ("called on Vietnamese and Russian cities and
    # provinces to sign"): urged as one group
    while u + 1 < b and doc.keys[u] == "and" and u + 1 in doc.side_at:
        u = doc.side_at[u + 1][0]
    while (u + 2 < b and not doc.caps[u] and is_word(doc.keys[u]) and doc.keys[u + 1] in ("and", ",")
           and doc.view.surface(u, u + 1).lower().endswith("s") and not doc.caps[u + 2] and is_word(doc.keys[u + 2])):
        u += 2
    # round 23a: a noun of a few lower-case words ("called on Russian travel companies to add"): walk
    # to its last word before "to"
    for _ in range(_GROUP_NOUN_WORDS):
        if u + 2 < b and doc.keys[u + 1] != "to" and not doc.caps[u + 1] and is_word(doc.keys[u + 1]):
            u += 1
    if u + 1 >= b or doc.caps[u] or not is_word(doc.keys[u]) or doc.keys[u + 1] != "to":
        return False
    return doc.view.surface(u, u + 1).lower().endswith("s")


# Prepositions of time and place: "spoke" right before one reports an act, not words ("spoke in
# favour of", "spoke about", "spoke highly of" do report them).
_WHEN_WHERE = frozenset({"after", "before", "at", "during"})


# What a visitor offers at a memorial: "offered incense", "offered flowers" is a rite, not an offer
# of words ("offered to help", "offered support" still report).
_TRIBUTES = frozenset({"incense", "flowers", "wreath", "wreaths"})


# Lower-case words inside the name a title's apposition goes on with past a comma: "and", "of", and
# (round 24b) a body's place under another ("Department of Quality, Processing and Market Development
# under the Ministry of Agriculture and Environment,")
_NAME_LINKS = frozenset({"and", "of", "&", "the", "under", "for"})


# Review 22: "expected" before these opens a passive clause ("X, expected in Moscow next week, ..."):
# as a verb of speech it takes a clause or an object ("He expected more visitors")
_EXPECTED_PASSIVE = frozenset({"to", "in", "at", "on", "by", "for", "from", "next", "later", "soon"})


def _reduced_passive(doc: _Document, t: int, b: int) -> bool:
    """True if the verb of speech at key ``t``, right after the subject's comma, opens a passive
    clause that another comma closes: "The delegation, expected in Hà Nội next week, will ...",
    "X, said to be the largest, ..." (a participle before "to be/have"). The subject's own verb
    comes after that clause (review 22); "X, Director of Y, said to reporters, ..." stays a verb."""
    keys = doc.keys
    if t + 2 >= b:
        return False
    if not (keys[t] == "expected" and keys[t + 1] in _EXPECTED_PASSIVE
            or keys[t + 1] == "to" and keys[t + 2] in ("be", "have")):
        return False
    return any(keys[u] == "," for u in range(t + 2, min(b, t + _APPOSITION)))


def _verb_after(doc: _Document, k: int, b: int):
    """End of a reporting verb after the subject ending at ``k`` (or None)."""
    keys, act = doc.keys, doc.act
    for _ in range(2):
        if k < b and keys[k] == "," and act.verbs.longest(keys, _skip_fillers(doc, k + 1, b)) is not None and not (
            _reduced_passive(doc, _skip_fillers(doc, k + 1, b), b)
        ):
            # the comma closing an apposition the subject took in: "The head of the delegation,
            # Deputy Director Hoang Van Dung, expressed"
            k += 1
        elif k < b and keys[k] == ",":  # apposition: "Medvedev, Chairman of URP, said"
            close = next((j for j in range(k + 1, min(b, k + _APPOSITION)) if keys[j] == ","), None)
            if close is None:
                return None
            while True:
                # a name's list goes on past a comma: "a former Deputy Minister of Culture, Sports
                # and Tourism, recalled" (capitalised words and "and" up to the next comma)
                u = close + 1
                while u < b and (doc.caps[u] and is_word(keys[u]) or keys[u] in _NAME_LINKS):
                    u += 1
                if u == close + 1 or u >= b or keys[u] != ",":
                    break
                close = u
            k = close + 1
        k = _skip_fillers(doc, k, b)
    verb = act.verbs.longest(keys, k)
    if verb is not None and keys[k] == "spoke" and verb[0] == k + 1 and verb[0] + 1 < b and (
        keys[verb[0]] in _WHEN_WHERE and keys[verb[0] + 1] != "length"
    ):
        return None  # "X spoke after a meeting", "spoke at the ceremony": the act of speaking, no words
    if verb is not None and keys[k] == "offered" and any(
        keys[t] in _TRIBUTES for t in range(verb[0], min(b, verb[0] + 3)) if all(
            keys[u] in ("a", "floral", "fresh") for u in range(verb[0], t))
    ):
        return None  # "offered incense at the relic site": a tribute paid, no words
    if verb is not None and keys[k] == "called" and verb[0] < b and keys[verb[0]] == "on" and (
        verb[0] + 1 < b and doc.caps[verb[0] + 1] and not _side_group(doc, verb[0] + 1, b)
        and not _body_urged(doc, verb[0] + 1, b)
    ):
        return None  # "called on External Affairs Minister X": a visit ("called on X to ...": urged)
    if verb is None or keys[k].startswith("welcom") and (any(
        keys[t] in ("delegation", "delegations", "visitor", "guest") and not (
            doc.view.possessive(t + 1) and t + 1 < b and keys[t + 1] not in _GUEST_PARTS)
        for t in range(verb[0], min(b, verb[0] + 5))
    ) or _count_at(doc, verb[0], b)):
        # "welcomed a delegation", "received the visitor": nothing said, unless a reporting verb
        # follows in the same predicate ("welcomed the visitor and briefed him on ..."); "welcomed
        # the delegation's visit" welcomes the visit, a view
        if verb is None and k < b and keys[k] not in act.receiving_verbs and _past_act(doc, k):
            # "The two governors attended the opening of ..., and agreed to ...": a second
            # predicate of the same subject after "and" reports what it said; without a comma
            # ("signed a plan and agreed to ...") not a verb of receiving ("toured the port and
            # welcomed ...": a reception, no speech)
            for t in range(k + 1, b - 1):
                if keys[t] in (";", '"', "that", "who", "which"):
                    return None
                if keys[t] == "and":
                    v = _skip_fillers(doc, t + 1, b)
                    hit = act.verbs.longest(keys, v)
                    if hit is not None and (keys[t - 1] == "," or keys[v] not in act.receiving_verbs):
                        return hit[0]
            return None
        if verb is None and (k >= b or keys[k] not in act.receiving_verbs):
            return None  # nothing follows the subject ("..., Deputy Minister X" ends the text)
        for t in range(k + 1, min(b, k + 12)):
            if keys[t] in (",", ";", '"', "that", "who", "which"):
                return None
            if keys[t] == "and":
                hit = act.verbs.longest(keys, _skip_fillers(doc, t + 1, b))
                return hit[0] if hit is not None else None
        return None
    return verb[0]


def _body_urged(doc: _Document, u: int, b: int) -> bool:
    """True if the capitalised run at key ``u`` after "called on" names no person and "to" follows
    it (round 23b): "He also called on United Russia to use its majority ..." urges a body; one
    calls on a person to visit ("called on External Affairs Minister X")."""
    e = doc._caps_run_end(u, b)
    return e < b and doc.keys[e] == "to" and not any(doc.person_at(t, t) is not None for t in range(u, e))


# Nouns of people after a guest's possessive: "welcomed the delegation's head" still receives a
# guest ("welcomed the delegation's visit" welcomes the visit, a view).
_GUEST_PARTS = frozenset({"head", "leader", "member", "group", "team", "chief", "delegation"})


# Words before a number that counts ("more than 2 million", "about 500", "up to 40").
_QUANTIFIERS = frozenset({"more", "than", "over", "about", "nearly", "almost", "some", "around", "roughly", "up", "to"})


def _count_at(doc: _Document, t: int, b: int) -> bool:
    """True if a number of things opens the object at key ``t``: "welcomed some 2 million
    holidaymakers" counts arrivals, it reports no words ("welcomed the 20 percent rise" and
    "welcomed 2025 as a year of ..." do)."""
    keys = doc.keys
    for u in range(t, min(b, t + 4)):
        if keys[u] in _QUANTIFIERS:
            continue
        # a share or a span of years is no count of people ("welcomed 2 percent growth", "150 years")
        unit = u + 1 < b and keys[u + 1] in ("percent", "per", "%", "years", "year")
        return is_count(keys[u]) and not unit  # no year: "welcomed 2025 as ..."
    return False


def _past_act(doc: _Document, k: int) -> bool:
    """True if key ``k`` is a verb in the past tense, lower case: "witnessed", "visited"."""
    surface = doc.view.surface(k, k + 1)
    return surface.isalpha() and surface.islower() and surface.endswith("ed")


def _body_of_person(doc: _Document, t: int, b: int) -> int:
    """The key after "of" + a capitalised body ("of the Vietnamese Embassy") and the place it is
    in ("in Russia") at key ``t`` (which holds "of"), or ``t`` when no such body follows."""
    keys, caps = doc.keys, doc.caps
    e = t + 1 + (t + 1 < b and keys[t + 1] == "the")
    if e >= b or not (caps[e] and is_word(keys[e])):
        return t
    while e < b and ((caps[e] and is_word(keys[e])) or (keys[e] in ("of", "and", "for") and e + 1 < b and caps[e + 1])):
        e += 1
    if e + 1 < b and keys[e] in ("in", "at") and caps[e + 1] and is_word(keys[e + 1]):
        e += 1
        while e < b and caps[e] and is_word(keys[e]):
            e += 1
    return e


def _clause(doc: _Document, s: int, b: int):
    """(kind, value, subject end) of a clause at ``s`` with a reporting verb, or None."""
    keys, act = doc.keys, doc.act
    # right after a closing quotation mark ('...," Belov continued'): verbs of going on report speech
    closed = s > 0 and keys[s - 1] == "," and s < b and keys[s] in ('"', "'")
    opened = s
    while s < b and keys[s] in _QUOTES:
        s += 1
    # round 20: ", and wished Vietnamese communists success" is a second verb of the subject before
    # the comma, whose object is no inverted subject ("..., said Tô Lâm" has no "and")
    joined = any(keys[t] in _JOINING for t in range(opened, s))
    subj = _subject(doc, s, b)
    if subj is not None:
        end, kind, value = subj
        if kind == "continuation":
            return kind, value, end
        v = _verb_after(doc, end, b)
        if v is not None and end < b and doc.view.possessive(end) and v - 1 == end:
            return None  # "Putin's wishes for peace were read out": the verb's word is the subject's noun
        if v is None and kind == "role" and end + 1 < b and keys[end] == "in":
            # "the Russian Embassy in Hanoi said": where the body sits, a capital or a country,
            # stands between it and its verb
            place = doc.capital_at.get(end + 1) or doc.side_at.get(end + 1)
            if place is not None:
                v = _verb_after(doc, place[0], b)
        if v is None and kind == "people" and end + 1 < b and keys[end] == "of":
            # round 22b: "Counsellor X of the Vietnamese Embassy in Russia told ...": the body the
            # person is of, and where it sits, stand between the name and the verb
            v = _verb_after(doc, _body_of_person(doc, end, b), b)
        if v is None and closed and (q := act.quote_verbs.longest(keys, _skip_fillers(doc, end, b))) is not None:
            v = q[0]
        if v is not None:
            # "Belov shared Tâm's view that ...": both hold the view
            if kind == "people" and keys[v - 1] in ("shared", "echoed", "share"):
                other = _subject(doc, v, b)
                if other is not None and other[1] == "people" and other[0] < b and keys[other[0]] in act.view_nouns:
                    return "people", value + other[2], end
            if kind == "people" and keys[v - 1] in _BACKING:
                # "Kuprianov backed Thiêm's proposal to ...": one person's proposal the other
                # supports is what both hold, as a shared view
                other = _subject(doc, v, b)
                if other is not None and other[1] == "people" and other[0] < b and keys[other[0]] in _PROPOSALS:
                    return "people", value + other[2], end
            if keys[v - 1] in ("agreed", "concurred") and v + 2 < b and keys[v] == "with":
                # probe 9: "The Chinese guest agreed with his host that ...": both hold the view, as
                # "shared Tâm's view" ("agreed with Trạch's proposals" is one person's assent)
                other = _subject(doc, v + 1, b)  # "his host", "his Vietnamese counterpart": a role
                if other is not None and other[1] == "pronoun":
                    other = None  # "agreed with him": who "him" is, the subject may be
                mine = value if kind == "people" else (value,) if kind == "role" and value[0] == "discovered" else None
                if (other is not None and other[0] < b and keys[other[0]] == "that" and mine is not None
                        and (other[1] == "people" or other[1] == "role" and other[2][0] == "discovered")):
                    theirs = other[2] if other[1] == "people" else (other[2],)
                    if not set(theirs) & set(mine):
                        return "people", mine + theirs, end
            return kind, value, end
    verb = act.verbs.longest(keys, s) if not doc.caps[s] else None  # "..., said Tô Lâm"
    if verb is not None and not joined:
        subj = _subject(doc, verb[0], b)
        if subj is not None and subj[1] in ("people", "group", "role", "pronoun"):
            return subj[1], subj[2], subj[0]
    return None


def _adjective_at(doc: _Document, u: int, e: int) -> bool:
    """True if the side word at keys ``u:e`` is a side's adjective before the word it modifies
    ("Russian holidaymakers"); "Laos," folds as "Lao" does but is the country (round 22a)."""
    return " ".join(doc.keys[u:e]) in doc.act.origin_sides and e < doc.n and doc.keys[e].isalpha()


def _listed_with_another(doc: _Document, a: int, k: int) -> bool:
    """True if a side named by its name in keys ``a:k`` stands in a list with another capitalised
    name ("flocked to Vietnam and Laos", "Vietnam, Laos and Cambodia"): two countries, so "the country's" after
    them is either (review 15: the narrator's). "Lao and Russian officials met in Vietnam" names
    one country by its name."""
    keys = doc.keys
    for u in range(a, k):
        if u not in doc.side_at or _adjective_at(doc, u, doc.side_at[u][0]):
            continue
        e = doc.side_at[u][0]
        if e + 1 < k and keys[e] == "and" and doc.caps[e + 1] and keys[e + 1].isalpha() and e + 1 not in doc.side_at:
            return True  # "Vietnam and Laos"
        if e + 2 < k and keys[e] == "," and doc.caps[e + 1] and keys[e + 1].isalpha() and keys[e + 2] in ("and", ","):
            return True  # "Vietnam, Laos and Cambodia" (not "in Vietnam, Russian tourists ...")
        if u >= 2 and keys[u - 1] == "and" and doc.caps[u - 2] and keys[u - 2].isalpha() and u - 2 not in doc.side_at:
            return True  # "Laos and Vietnam"
    return False


def _source(doc: _Document, k: int, b: int, sentence: tuple[int, int]):
    """Who an "according to" phrase at ``k`` names: (kind, value) or None (the narrator)."""
    keys, act = doc.keys, doc.act
    if k < b and keys[k] in act.pronoun_forms:
        return "pronoun", keys[k]
    subj = _subject(doc, k, b)
    comma = next((t for t in range(k, subj[0]) if keys[t] == ","), None) if subj is not None else None
    if comma is not None and subj[1] == "people" and not (subj[0] < b and keys[subj[0]] == ","):
        # "According to the Russian minister, Sơn proposed ...": the comma ends the source, whose
        # name opens the clause after it (an apposition closes with a comma: "the minister, X, said")
        subj = _subject(doc, k, comma)
        b = comma
    if subj is not None and subj[1] in ("people", "pronoun", "role", "group"):
        return subj[1], subj[2]
    org = _organisation_voice(doc, k, b, verb=False)  # "according to the company", "... Novatek's press service"
    if org is not None:
        return org[1], org[2]
    t = k
    side = None
    if t + 2 < b and keys[t] == "the" and keys[t + 1] == "country" and doc.view.possessive(t + 2):
        # "according to the country's Health Ministry": the country the sentence named before
        named = {doc.side_at[u][1] for u in range(sentence[0], k) if u in doc.side_at}
        if len(named) > 1:
            # round 22a: a country named by its name, not by its adjective ("Russian holidaymakers
            # visited Vietnam, according to the country's statistics office": Vietnam)
            named = {doc.side_at[u][1] for u in range(sentence[0], k) if u in doc.side_at
                     and not _adjective_at(doc, u, doc.side_at[u][0])}
        if len(named) == 1 and not _listed_with_another(doc, sentence[0], k):
            # "Russia sent vaccines to Vietnam, according to the country's ...": which?
            side, t = named.pop(), t + 2
    elif t + 2 < b and keys[t] == "the" and keys[t + 1] in _PLACE_LEVELS and doc.view.possessive(t + 2):
        # "according to the republic's Ministry of Industry and Trade": the place of that level
        # named before ("the Republic of Tatarstan"), else, for a region, the region the text
        # named last as a seat of names.yml ("Deputy Prime Minister of Tatarstan X": only in a title)
        level = _PLACE_LEVELS[keys[t + 1]]
        side = _local_side(doc, level, k)
        if side is None and level == "regional":
            side = next((doc.side_at[u][1] for u in sorted(doc.seat_at, reverse=True) if u < k), None)
        if side is not None:
            t += 2
    local = None  # "the provincial Department of ...": a level of government, not a name
    while t < b and keys[t] not in (",", ".", ";") and t - k < 10:
        if not doc.caps[t] and keys[t] in act.local_levels and t + 1 < b and doc.caps[t + 1]:
            local = keys[t]
            t += 1
            continue
        if keys[t] in act.data_sources and not doc.caps[t] and side is not None and (
            t + 1 >= b or keys[t + 1] in (",", ".", ";")
        ):
            # "according to the Vietnamese customs": the side's own body that keeps the data
            return "role", (doc.view.surface(k, t + 1), side)
        if keys[t] in act.data_sources and not doc.caps[t] and not (t + 1 < b and keys[t + 1] in act.sources):
            # (a data word before a source noun names a body: "the Vietnamese statistics office")
            # "according to figures released by Petrovietnam", "statistics from the X Ministry": the
            # institution that gave the data speaks when the text tied it to a side; else nobody
            # (a capitalised one is a name's word: "the General Department of Vietnam Customs")
            # ("data of the Vietnam National Authority of Tourism": "of" right after the data word)
            by = next((x + 1 for x in range(t + 1, min(b, t + 4)) if keys[x] in ("by", "from")
                       or keys[x] == "of" and x == t + 1), None)
            inst = _named_institution(doc, by, b) if by is not None and by < b else None
            if inst is None and by is not None and by < b:
                inst = _host_institution(doc, by, b)
            return ("role", inst[2]) if inst is not None else None
        if t in doc.side_at:
            side = side or doc.side_at[t][1]
        if keys[t] in act.sources or doc.caps[t] or keys[t] in act.data_sources:
            t += 1
            continue
        if keys[t] in _DETERMINERS or t in doc.side_at or keys[t] in ("of",) or (
            keys[t] == "and" and t > k and doc.caps[t - 1] and t + 1 < b and doc.caps[t + 1]
        ):  # "the Department of Industry and Trade"
            t += 1
            continue
        break
    if keys[k] == "the" and t <= k + 2:
        named = _body_named_before(doc, k, b)
        if named is not None:  # round 23a: "according to the service": the body named before
            return "role", named
    if t == k:
        return None
    label = doc.view.surface(k, t)
    if side is not None:
        return "role", (label, side)
    inst = _named_institution(doc, k, b)
    if inst is not None:  # "..., according to EVN": a name the text tied to a side
        return "role", inst[2]
    if local is not None:
        # "according to the provincial Department of ...": the side of the place of that level named
        # before (round 24d, as for the subject in :func:`_named_institution`), else of the people
        # whose title holds the same level ("Chairman of the provincial People's Committee X"), if one
        side = _local_side(doc, local, k)
        if side is not None:
            return "role", (label, side)
        sides = {p.side for p in doc.people if local in p.title and p.side is not None}
        if len(sides) == 1:
            return "role", (label, sides.pop())
    party = next((x for x in range(k, t) if keys[x] == "party" and not doc.caps[x]), None)
    if party is not None and (
        doc.view.possessive(party + 1) and party + 1 < t or party + 1 == t and (t >= b or keys[t] in (",", ".", ";"))
    ):
        # "according to the party's press service": the party the sentence names first, else
        # the one the nearest earlier sentence names first (its subject or topic)
        side = _party_side(doc, k, t, sentence)
        if side is not None:
            return "role", (label, side)
    if t == k + 3 and keys[k : t] == ["the", "press", "service"]:
        # "According to the press service, ..." after "..., the council's press service reported":
        # the press service the text named last, of the owner it named with it
        side = _press_service_owner(doc, k)
        if side is not None:
            return "role", (label, side)
    if any(keys[x] in act.sources for x in range(k, t)):
        # "according to the ministry": the side of the person the sentence names first
        side = doc.sentence_side()
        if side is not None:
            return "role", (label, side)
    inst = _host_institution(doc, k, b)
    return ("role", inst[2]) if inst is not None else None


# Round 23a: heads of bodies that "the <head>" points back to as a source ("according to the service").
_BODY_HEADS = frozenset({"service", "department", "agency", "authority", "ministry", "office", "bureau",
                         "administration", "directorate", "inspectorate", "committee", "commission",
                         "association", "corporation", "company", "centre", "center", "institute",
                         # round 24d: "..., the bank said" after "the Export-Import Bank of Korea said"
                         "bank", "fund", "foundation"})
_BODY_NAME_REACH = 12  # keys of a capitalised name before its head ("Federal Service for ...")


def _body_named_before(doc: _Document, k: int, b: int, subject: bool = False):
    """(label, side) of "the <head>" at ``k`` closing an "according to" source ("..., according to
    the service.") that points back to the last capitalised body of that head the text named, when
    that name holds one side's word, or one stands right before it: "Russia's Federal Service for
    Veterinary and Phytosanitary Surveillance (Rosselkhoznadzor) has approved ..." then "...,
    according to the service" -> russia. A head the text named with no side, or never named
    capitalised, gives None (the narrator's, as before)."""
    keys = doc.keys
    head = keys[k + 1] if k + 1 < b else ""
    if head not in _BODY_HEADS or (not subject and k + 2 < b and keys[k + 2] not in (",", ".", ";")):
        return None
    for u in reversed(_positions_before(keys, head, k)):
        if not doc.caps[u]:
            continue
        v = u
        while v > 0 and u - v < _BODY_NAME_REACH and (doc.caps[v - 1] and is_word(keys[v - 1]) or keys[v - 1] in ("of", "and", "for")):
            v -= 1
        e = _caps_end(doc, u + 1) if u + 1 < doc.n else u + 1
        if e + 1 < doc.n and keys[e] == "of" and doc.caps[e + 1]:
            e = _caps_end(doc, e + 1)  # round 24d: "the Export-Import Bank of Korea": its country after "of"
        sides = {doc.side_at[x][1] for x in range(max(0, v - 1), e) if x in doc.side_at}
        if not sides and head == "ministry" and u + 1 < doc.n and keys[u + 1] == "of" and doc.dateline_side:
            # spk14: "The ministry said" after a bare "Ministry of Economic Development" in copy
            # filed from a side's country: that country's ministry, as :func:`_home_ministry` reads it
            sides = {doc.dateline_side}
        return (doc.view.surface(k, k + 2), sides.pop()) if len(sides) == 1 else None
    return None


def _press_service_owner(doc: _Document, k: int):
    """The side of the owner of the press service the text named last before key ``k``: a side's
    name before it ("the Kremlin press service"), or a possessive noun of an institution the text
    named with a side word ("the council's press service" after "the Russian Security Council");
    None if the last one has no such owner."""
    keys = doc.keys
    for u in range(k - 2, 0, -1):
        if keys[u] != "press" or keys[u + 1] != "service":
            continue
        owner = u - 2 if u >= 2 and doc.view.possessive(u - 1) else u - 1
        if keys[u + 2 : u + 3] == ["of"]:
            # spk14: "the press service of the Russian Foreign Ministry": the side of the body
            inst = _named_institution(doc, u + 3, doc.n)
            return inst[2][1] if inst is not None else None
        if owner in doc.side_cover:
            return doc.side_at[doc.side_cover[owner]][1]
        if owner >= 1 and keys[owner - 1] == "the" and not doc.caps[owner]:
            return doc.institution_side(keys[owner], owner)
        if doc.caps[owner]:
            # spk14: "the Federation Council's press service": the side of the named body, if the
            # text ties it to one (:func:`_named_institution`)
            v = owner
            while v > 0 and owner - v < 6 and doc.caps[v - 1] and is_word(keys[v - 1]):
                v -= 1
            inst = _named_institution(doc, v, doc.n)
            if inst is not None and inst[0] == owner + 1:
                return inst[2][1]
        return None
    return None


def _party_side(doc: _Document, k: int, t: int, sentence: tuple[int, int]):
    """The side of "the party" at keys ``k:t``: a party's name first ("CPRF", "the Communist Party
    of Vietnam", "the United Russia party"), else any side word; in its sentence before the phrase
    (the subject: "United Russia held talks, according to the party's press service"), else in the
    nearest earlier sentence that has one, the first there (its subject or topic); None if none.
    A country's side word counts last, as a country and its party are one side."""
    view = doc.view
    # where the text names a party (as the sector matcher finds them: "CPRF", "United Russia")
    spans = party_spans(view, doc.names, static=load_lexicon().trie.classes.get("party"))
    named = {x for a, ends in spans.items() for x in range(a, max(ends))}

    def party(x: int) -> bool:
        return x in named

    for wanted in (party, lambda x: True):
        if (hit := next((x for x in range(sentence[0], k) if x in doc.side_at and wanted(x)), None)) is not None:
            return doc.side_at[hit][1]
        found = None
        for x in range(sentence[0] - 1, -1, -1):
            if x in doc.side_at and wanted(x):
                found = doc.side_at[x][1]
            if view.initial[x] and found is not None:
                return found
        if found is not None:
            return found
    return None


def _host_institution(doc: _Document, k: int, b: int):
    """A capitalised institution with no side word that ends a sentence as its source ("...,
    according to the Foreign Investment Agency."): the host country's office, as news copy names
    its own country's agencies bare and another's with the country ("the Russian Federal Customs
    Service"); (end, "role", (label, side)) of the document's host, or with no host of the first
    person of a known side the report names (copy opens with its own country's official), or None."""
    keys = doc.keys
    t = k + (k < b and keys[k] == "the")
    e = t
    while e < b and (doc.caps[e] and is_word(keys[e]) or keys[e] in ("of", "and", "for")) and e not in doc.side_cover:
        e += 1
    end = e
    if end < b and keys[end] == "(":  # an acronym in brackets after the name: "(FIA)"
        end = next((c + 1 for c in range(end + 1, min(b, end + 4)) if keys[c] == ")"), end)
    if e == t or keys[e - 1] not in doc.names.heads and not (e - t > 2 and keys[t] in doc.names.heads and keys[t + 1] == "of"):
        return None  # round 24d: or a head first, before "of" ("the Department of Overseas Labour")
    if end < b - 1 and not (keys[end] == "," and keys[t] in doc.names.heads and "of" not in keys[t + 2 : e]):
        # round 24d: a body named by its head alone, before "of", may close its clause by a comma
        # ("According to the Department of Overseas Labour, ..."); one named by a place before its
        # head ("the Guangxi Department of Commerce") may be the other country's, as one whose owner
        # follows a second "of" (review 24: "the Department of Tourism of Irkutsk")
        return None
    if doc.host is not None:
        side = doc.people[doc.host].side
    else:  # no reception: the report's first person of a known side is the copy's own country's
        side = min((p for p in doc.people if p.side is not None), key=lambda p: p.first, default=None)
        side = side.side if side is not None else None
    if side is None:
        return None
    return e, "role", (doc.view.surface(k, e), side)


_SHOWING = frozenset({"show", "shows", "showed", "shown", "indicate", "indicates", "indicated",
                      "reveal", "reveals", "revealed"})  # verbs of what data say


def _data_subject(doc: _Document, a: int, b: int):
    """(label, side) of the institution whose data open the sentence of keys ``a:b`` as the subject
    of a verb of showing, or None: "Figures from China's General Administration of Customs show
    ..." is that body's, as "according to figures from X" is (guidelines: an institution reported
    as a source); data of no named body tied to a side ("Customs data showed ...") stay the
    narrator's."""
    keys = doc.keys
    t = a + (keys[a] == "the")
    if t + 2 >= b or keys[t] not in doc.act.data_sources or doc.caps[t] and t > a:
        return None  # a capitalised data word inside is a name's ("the Customs Service")
    by = next((x + 1 for x in range(t + 1, min(b, t + 3)) if keys[x] in ("by", "from")
               or keys[x] == "of" and x == t + 1), None)
    inst = _named_institution(doc, by, b) if by is not None and by < b else None
    if inst is None or not any(keys[x] in _SHOWING for x in range(inst[0], min(b, inst[0] + 3))):
        return None
    return inst[2]


def _parse(doc: _Document, a: int, b: int):
    """(kind, value, rule) of the speaker of the sentence of keys ``a:b``, or None."""
    keys, act = doc.keys, doc.act
    doc.sentence = (a, b)
    according = act.according
    firsts = _first_keys(according)  # speed: only keys a source phrase starts with can give a hit
    for k in range(a, b):
        if firsts is not None and keys[k] not in firsts:
            continue
        hit = according.longest(keys, k)
        if hit is not None:
            src = _source(doc, hit[0], b, (a, b))
            if src is not None:
                return src[0], src[1], "according-to"
            if k == a or keys[k - 1] == ",":
                # "according to official data": the narrator's, unless the clause after it has a
                # speaker ("According to a ministry statement, she urged ...")
                comma = next((t for t in range(hit[0], b) if keys[t] == ","), None)
                found = _clause(doc, comma + 1, b) if k == a and comma is not None else None
                if found is not None and found[0] != "sides":
                    return found[0], found[1], "subject+verb"
                return None
    src = _data_subject(doc, a, b)
    if src is not None:
        return "role", src, "data-source"
    found = _impersonal_agreement(doc, a, b)
    if found is not None:
        return found
    found = _quoted_as_saying(doc, a, b)
    if found is not None:
        return found
    for k in range(a, b - 2):  # "In Huy's view", "in his words"
        if keys[k] == "in" and (k == a or keys[k - 1] == ","):
            if keys[k + 1] in act.pronoun_forms and keys[k + 2] in act.view_nouns:
                return "pronoun", keys[k + 1], "view"
            subj = _subject(doc, k + 1, b)
            if subj is not None and subj[0] < b and keys[subj[0]] in act.view_nouns and subj[1] != "group":
                return subj[1], subj[2], "view"
            if keys[k + 1] == "the" and keys[k + 2] in act.view_nouns and k + 3 < b and keys[k + 3] == "of":
                subj = _subject(doc, k + 4, b)  # "In the view of the Chinese guest", "in the words of X"
                if subj is not None and subj[1] in ("people", "role", "pronoun"):
                    return subj[1], subj[2], "view"
    starts = [a] + [c + 1 for c in range(a, b - 1) if keys[c] == ","]
    first = None
    for s in starts:
        if (s - 3 >= a and keys[s - 3] in ("in", "at") and doc.caps[s - 2] and is_word(keys[s - 2])
                and s in doc.side_at and doc.side_at[s][0] < b and keys[doc.side_at[s][0]] == ","):
            continue  # "The Vietnamese embassy in Moscow, Russia, said": the place's country, no subject
        if _outlet_reporting(doc, s, b):
            continue  # probe 12: "..., Nhân Dân reported": the outlet carrying the copy is its narrator
        relative = 0
        if s > a and s + 2 < b and keys[s] in ("at", "during") and keys[s + 1] == "which":
            relative = 2  # "... held a meeting, at which Ambassador X said ...": the clause's own subject
        elif s > a and s + 1 < b and keys[s] == "where":
            relative = 1
        found = _clause(doc, s + relative, b)
        if found is None and not relative:
            found = _owned_titled_person(doc, s, b)
        if relative == 1 and found is not None and found[0] == "pronoun" and found[1] in _SINGULAR:
            # round 19: "Petrov attended a forum, where he urged ...": "he" is the subject of the
            # clause the "where" hangs on, whatever its gender; none if that is no person
            main = next((m for c in starts if c < s and (m := _subject(doc, c, s)) is not None), None)
            if main is not None and main[0] < s and main[1] in ("people", "role", "pronoun"):
                return main[1], main[2], "where"
        if found is None or relative and found[0] not in ("people", "role"):
            continue  # "..., where it discussed the training of cadres": an event, no one named
        kind, value, _ = found
        parsed = kind, value, "subject+verb" if s == a else "inverted"
        if first is None:
            first = parsed
            if kind not in ("sides", "group") and not _is_body(kind, value):
                return parsed
        elif s > a and (_is_person(kind, value) if _is_body(*first[:2]) else kind in ("people", "role", "pronoun") or (
            # spk14: "Russia and Vietnam agreed ..., the Kremlin press service said": one side's
            # source reporting what both agreed voices the sentence, as a person does
            first[0] in ("sides", "group") and kind == "sides" and len(set(value)) == 1 and keys[s] not in _JOINING
        )):
            # spk11: "The Russian side proposed a new air route, Viet said": a person reporting
            # after a body's clause voices the sentence, as after "The two sides agreed ..."
            # "Japan and Vietnam agreed ..., Minister Kenji Morimoto said", "The two sides agreed
            # ..., the deputy minister added", "The two sides, she noted, would set up ...": the
            # person speaks
            return parsed
    if first is None:
        # a relative clause: "Việt met the chairman of the party, Oleg Martynyuk, who proposed ..."
        for k in range(a + 2, b - 1):
            if keys[k] == "who" and keys[k - 1] == ",":
                hit = next(((e, p) for t in range(max(a, k - 6), k - 1)
                            if (h := doc.person_at(t, t)) is not None for e, p in [h] if e == k - 1), None)
                if hit is None:
                    # "met Vilayvanh X, Head of the ... Commission, who proposed": the title in
                    # apposition stands between the name and the clause
                    c = _apposition_start(doc, a, k - 1)
                    if c is not None:
                        hit = next(((e, p) for t in range(max(a, c - 6), c)
                                    if (h := doc.person_at(t, t)) is not None for e, p in [h] if e == c), None)
                if hit is not None and act.verbs.longest(keys, _skip_fillers(doc, k + 1, b)) is not None:
                    return "people", (("discovered", hit[1]),), "relative"
        passive = _passive_agent(doc, a, b)
        if passive is not None:
            return passive
        said = _participle_speech(doc, a, b)
        if said is not None:
            return said
    return first


# Round 24b: participles of speech that hang on the clause before their comma ("X opened the
# conference, saying ...", "Y welcomed the guests, stressing that ..."): its subject speaks. As keys.
_SPEECH_PARTICIPLES = frozenset({"saying", "adding", "noting", "stressing", "stating", "emphasising",
                                 "emphasizing", "underlining", "affirming", "asserting", "explaining",
                                 # probe 17: the participles of a request or a proposal ("X sent a
                                 # message to Y, urging/calling for closer ties"); round 24f: a hope
                                 # voiced with a message sent ("X sent a message to the Duma, hoping that ...")
                                 "urging", "proposing", "suggesting", "reaffirming", "hoping", "wishing"})
# Probe 17: "calling" speaks only with its preposition ("calling for", "calling on"), not "calling at" a port
_CALLING = frozenset({"for", "on", "upon"})
# Review 24: keys after "calling on" within which the "to" of a request comes ("calling on all
# sides concerned to ..."); without one it is a visit ("calling on President X at the Palace")
_CALL_REACH = 8


# Probe 17, review 22, round 24f: a sentence may open with a phrase before its subject ("On the same
# day, ...", "In Hà Nội, ...", "Earlier, ..."): actors.yml's openers, and these words, which open such
# a phrase only here (the subject finder reads the openers everywhere). As keys.
_OPENING_PHRASES = frozenset({"afterwards", "today", "yesterday", "also", "there"})


def _participle_speech(doc: _Document, a: int, b: int):
    """(kind, value, "participle") if the sentence of keys ``a:b`` has a person (by name, role or
    pronoun) as the subject of its first clause and, after that clause's first comma, a participle
    of speech (:data:`_SPEECH_PARTICIPLES`): "Lao Deputy Prime Minister X opened the conference,
    saying ...". Not a body or a group ("The delegation toured the plant, saying ..." stays
    unread), nor a participle after a later comma ("X met Y, who chaired the talks, saying ..."),
    but for the comma of an opening phrase (:data:`_OPENING_PHRASES`: "In Hà Nội, X opened ...")."""
    keys = doc.keys
    c = next((t for t in range(a + 2, b - 1) if keys[t] == ","), None)
    if c is not None and (keys[a] in doc.act.openers or keys[a] in _OPENING_PHRASES) and keys[c + 1] not in _SPEECH_PARTICIPLES:
        # "On the same day, X sent ..., calling for ...", "In Hà Nội, X opened the fair, saying ...":
        # the clause begins after the opening phrase's comma
        a, c = c + 1, next((t for t in range(c + 3, b - 1) if keys[t] == ","), None)
    if c is None or not (keys[c + 1] in _SPEECH_PARTICIPLES or keys[c + 1] == "calling" and keys[c + 2] in _CALLING):
        return None
    if keys[c + 1] == "hoping" and (c + 2 >= b or keys[c + 2] != "that"):
        return None  # "visited the school, hoping to see students": an aim, not a hope voiced
    if keys[c + 1] == "wishing" and c + 2 < b and keys[c + 2] == "to":
        return None  # review 24: "travelled to Hà Nội, wishing to learn more": an aim, as "hoping to"
    if keys[c + 1] == "calling" and keys[c + 2] != "for" and not any(
        keys[v] == "to" and not doc.caps[v] for v in range(c + 3, min(b, c + 3 + _CALL_REACH))
    ):  # review 24: "calling on President X at the Palace" pays a visit; "calling on X to ..." asks
        return None  # (a lower-case "to": the key of "Tô" in a name is "to" as well)
    main = _subject(doc, a, c)
    if main is None or main[1] not in ("people", "role", "pronoun") or main[0] >= c:
        return None
    if main[1] == "role" and _is_body(main[1], main[2]):
        return None
    return main[1], main[2], "participle"


# spk11: "It was agreed that ...", "It was also agreed at the talks to ...": an agreement with no
# subject is both sides' (only verbs of agreement: "It was noted/reported that ..." may be anyone's).
_AGREED = frozenset({"agreed", "consented"})
_IMPERSONAL_SPAN = 6  # keys from "agreed" to its "that"/"to" ("agreed at the talks that")
_IMPERSONAL_REPORTS = frozenset({"noted", "stressed", "emphasised", "emphasized", "underlined", "highlighted",
                                 "affirmed", "reaffirmed", "underscored", "said", "stated"})
_GATHERINGS = frozenset({"meeting", "talk", "conference", "session", "consultation", "negotiation", "dialogue",
                         "seminar", "workshop", "forum"})  # keys fold plurals: "talks" is "talk"


_GATHERING_WINDOW = 40  # keys either side of a gathering word to find the sentence that names it


def _gathering_of_one_side(doc: _Document, a: int) -> bool:
    """True if the last gathering named before key ``a`` (:data:`_GATHERINGS`) stands in a sentence
    naming one side only before it (or after its "between/with/of"), by its words or its people, and
    no pair anywhere ("two", "both", "joint"): "The
    Vietnamese Ministry of Industry and Trade held a conference on exports" makes "It was noted at
    the conference that ..." no words of both sides (review 22). Only run for that rare opening."""
    keys = doc.keys
    u = max((p[-1] for g in _GATHERINGS if (p := _positions_before(keys, g, a))), default=None)
    if u is None:
        return False
    lo = next((x + 1 for x in range(u - 1, max(-1, u - _GATHERING_WINDOW), -1) if keys[x] == "."), max(0, u - _GATHERING_WINDOW))
    hi = next((x for x in range(u + 1, min(a, u + _GATHERING_WINDOW)) if keys[x] == "."), min(a, u + _GATHERING_WINDOW))
    if any(keys[x] in ("two", "both", "joint", "bilateral") for x in range(lo, hi)):
        return False
    if u + 1 >= hi or keys[u + 1] not in ("between", "with", "of"):
        hi = u  # who held it stands before it; "a conference on exports to Russia" names a topic
    found = {doc.side_at[x][1] for x in range(lo, hi) if x in doc.side_at}
    found |= {doc.people[h[1]].side for x in range(lo, hi) if (h := doc.person_at(x, x)) is not None}
    found.discard(None)
    return len(found) == 1


def _impersonal_agreement(doc: _Document, a: int, b: int):
    """("group", both sides, "impersonal") for a sentence opening "It was (also) agreed (...) that/to"."""
    keys = doc.keys
    if b - a < 5 or keys[a] != "it" or keys[a + 1] not in ("was", "is", "has", "had"):
        return None
    v = a + 2
    while v < b and keys[v] in ("also", "further"):
        v += 1
    if keys[a + 1] in ("has", "had"):
        # review 19: only the passive has no subject; "It has agreed to buy ..." is a body's
        # active "it" (the company named before), not both sides
        if v >= b or keys[v] != "been":
            return None
        v += 1
    if v >= b:
        return None
    if keys[v] in _IMPERSONAL_REPORTS:
        # spk14: "It was stressed/noted at the meeting that ...": said by those at a meeting of both;
        # a bare "It was noted that ..." has no one named and stays the narrator's (spk11)
        t = v + 1
        if not (t + 3 < b and keys[t] in ("at", "during") and keys[t + 1] == "the" and keys[t + 2] in _GATHERINGS
                and keys[t + 3] == "that") or _gathering_of_one_side(doc, a):
            return None
    elif keys[v] not in _AGREED:
        return None
    if not any(keys[t] in ("that", "to") for t in range(v + 1, min(b, v + _IMPERSONAL_SPAN))):
        return None
    both = next((g for g, item in enumerate(doc.act.groups) if item.get("side") == "joint"), None)
    return None if both is None else ("group", both, "impersonal")


_AS_SAYING = frozenset({"saying", "stating", "telling", "noting", "remarking"})
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_REPORTERS = frozenset({"correspondent", "reporter", "journalist", "newspaper", "paper", "agency", "media"})


def _quoted_as_saying(doc: _Document, a: int, b: int):
    """Spk14: "A VNA correspondent quoted Kalinin as saying that ...": the one quoted speaks, not the
    reporter who quotes him; (kind, value, "quoted-as") or None."""
    keys = doc.keys
    for k in range(a + 1, b - 3):
        if keys[k] != "quoted":
            continue
        objective = _OBJECT_PRONOUNS.get(keys[k + 1])  # "quoted him as saying": "he"
        subj = (k + 2, "pronoun", objective) if objective else _subject(doc, k + 1, b)
        if (subj is not None and subj[1] in ("people", "role", "pronoun") and subj[0] + 1 < b
                and keys[subj[0]] == "as" and keys[subj[0] + 1] in _AS_SAYING):
            quoter = _subject(doc, a, k)
            if quoter is not None and _is_person(quoter[1], quoter[2]) and _REPORTERS.isdisjoint(keys[a:k]):
                # "Minister An quoted Hồ Chí Minh as saying ...": a speaker quoting speaks himself
                return quoter[1], quoter[2], "quoted-as"
            return subj[1], subj[2], "quoted-as"
    return None


def _plural_word(doc: _Document, t: int) -> bool:
    """True if the word at key ``t`` is written in the plural ("heads": its key folds the "s")."""
    word = doc.view.surface(t, t + 1).lower()
    return word.endswith("s") and word != doc.keys[t] and doc.keys[t] not in _SINGULAR_S


def _is_body(kind, value) -> bool:
    """True for a body or side named as a subject ("the Russian side", "the Vietnamese Embassy"),
    not a person known by a role ("the deputy minister")."""
    return kind == "role" and value[0] != "discovered"


def _is_person(kind, value) -> bool:
    """True for a subject that is one person: a name, a person's role, "he" or "she"."""
    return kind == "people" or kind == "role" and value[0] == "discovered" or kind == "pronoun" and value in _SINGULAR


_OWNERS = frozenset({"its", "their"})
_PARTNER_WORDS = frozenset({"with", "to", "between"})  # a side named after one is a partner


def _outlet_reporting(doc: _Document, s: int, b: int) -> bool:
    """Probe 12: a news agency or paper (actors.yml ``agencies``) as the subject of a reporting verb
    ("Xinhua reported", "..., the Nhân Dân newspaper said") reports, it does not speak for its
    country: not "VNA correspondent X said" (the verb's subject is the person)."""
    keys = doc.keys
    t = s + (s < b and keys[s] == "the")
    hit = doc.act.agencies.longest(keys, t) if t < b and doc.caps[t] else None
    if hit is None:
        return False
    e = hit[0]
    if e < b and keys[e] in _OUTLET_NOUNS:
        e += 1
    while e < b and keys[e] in doc.act.adverbs:
        e += 1
    return doc.act.verbs.longest(keys, e) is not None


_OUTLET_NOUNS = frozenset({"newspaper", "daily", "agency", "news", "website", "portal", "television", "radio"})


def _owned_titled_person(doc: _Document, s: int, b: int):
    """Round 20: "its Secretary X said", "their Chairman X noted": the body's own office holder.

    A possessive of a body before a capitalised title and a name is the person so titled; only a
    person counts, so "its ministry said" or "their delegations agreed" stay as they were. A
    lower-case role of one person ("its head said") that no named person took speaks for the body
    the sentence opens with (review 13).
    """
    keys, act = doc.keys, doc.act
    if s + 2 < b and keys[s] in _JOINING and keys[s + 1] in _OWNERS and not doc.caps[s + 2]:
        s += 1  # "..., and its head said"
    if s + 1 >= b or keys[s] not in _OWNERS:
        return None
    if not doc.caps[s + 1]:
        # review 13: "A delegation of the Communist Party of Vietnam attended the congress, and its
        # head said ...": one office holder of the body the sentence opens with (its first side
        # word; the sentence before when "Its head said" opens one), when no one so titled was named
        word = keys[s + 1]
        if word not in act.roles or word in act.side_groups or doc.view.surface(s + 1, s + 2).lower().endswith("s"):
            return None
        # probe 12: "The Commission ... will train diplomats, its head Thongsavanh Phomvihane said":
        # a lower-case title ("head", "deputy head", "general secretary") before a person's name is
        # that person, as a capitalised one is
        e = s + 1
        while e < b and not doc.caps[e] and (keys[e] in act.titles or keys[e] in act.roles) and e < s + 5:
            e += 1
        if e < b and e > s + 1 and doc.caps[e]:
            found = _clause(doc, e, b)
            return found if found is not None and found[0] == "people" else None
        if act.verbs.longest(keys, _skip_fillers(doc, s + 2, b)) is None:
            return None
        start = doc._sentence_start(s)
        if start == s and s > 0:
            start = doc._sentence_start(s - 1)
        # review 14: a side named after "with"/"to"/"between" is a partner ("Rosatom signed a deal
        # with Việt Nam. Its head said ..."), not the body's own
        stop = next((t for t in range(start, s) if keys[t] in _PARTNER_WORDS), s)
        side = next((doc.side_at[t][1] for t in range(start, stop) if t in doc.side_at), None)
        return ("role", (doc.view.surface(s, s + 2), side), s + 2) if side is not None else None
    found = _clause(doc, s + 1, b)
    return found if found is not None and found[0] == "people" else None


def _passive_agent(doc: _Document, a: int, b: int):
    """The agent of a verb of speech in the passive: "The centre was cited by both sides as a
    model", "The plan was praised by Petrov" (kind, value, "passive"); not "built by both sides"."""
    keys, act = doc.keys, doc.act
    for k in range(a + 1, b - 2):
        if keys[k] not in _BE:
            continue
        hit = act.verbs.longest(keys, _skip_fillers(doc, k + 1, b))
        if hit is None or hit[0] >= b or keys[hit[0]] != "by":
            continue
        subj = _subject(doc, hit[0] + 1, b)
        if subj is not None and subj[1] in ("people", "role", "group", "pronoun", "sides"):
            return subj[1], subj[2], "passive"
    return None


def _apposition_start(doc: _Document, a: int, k: int):
    """The comma that opens a title in apposition closed by the comma at key ``k`` (", Head of the
    LPRP Central Committee's Commission for Propaganda and Training,"): its key, or None. The title
    opens with a title word and holds no verb of speech and no other comma."""
    keys = doc.keys
    for c in range(k - 1, max(a, k - _APPOSITION) - 1, -1):
        if keys[c] == ",":
            t = c + 1
            if t < k and keys[t] in ("the", "a"):
                t += 1
            ok = t < k and keys[t] in doc.person_titles
            ok = ok and not any(doc.act.verbs.longest(keys, x) is not None for x in range(c + 1, k))
            return c if ok else None
        if keys[c] in (";", '"', "."):
            return None
    return None


def _rule(form: str, kind: str) -> str:
    """The rule column: the form of speech, and what the subject was when it was no name."""
    if kind == "people":
        return form
    name = "country" if kind == "sides" else kind
    return name if form == "subject+verb" else f"{form}:{name}"


def _person_label(doc: _Document, refs) -> tuple[list[str], list]:
    names, sides = [], []
    for how, value in refs:
        if how == "known":
            names.append(value)
            sides.append(doc.act.people.get(value))
        else:
            names.append(doc.people[value].name)
            sides.append(doc.people[value].side)
    return names, sides


def _label(doc: _Document, refs) -> tuple[str, str]:
    names, sides = _person_label(doc, refs)
    order = {}
    for (how, value), name in zip(refs, names, strict=True):
        if how == "discovered" and doc.people[value].how == "known":
            how, value = "known", name
        order[name] = (0, doc.act.order.get(value, 0)) if how == "known" else (1, doc.people[value].order)
    uniq = sorted(set(names), key=lambda x: order[x])
    known = {s for s in sides if s is not None}
    if None in sides and not known:
        side = NARRATOR
    elif len(known) == 1:
        side = known.pop()
    else:
        side = JOINT
    return " and ".join(uniq), side


def _principal_of(doc: _Document, side: str):
    """The first person of ``side`` named in the opening of the document, or None."""
    return next((("discovered", p) for p in doc.principals if doc.people[p].side == side), None)


def _last_pair(doc: _Document, persons: list, principals: set) -> list:
    """The two people who spoke last, the document's principals first (fewer when there are not two)."""
    recent: list = []
    for ppl in reversed(persons):
        for p in ppl:
            if p not in recent:
                recent.append(p)
    main = [p for p in recent if p in principals or p[0] == "known" or doc.people[p[1]].how == "known"]
    if len(main) < 2 and len(recent) < 2:
        # one of the two the report opens with has not spoken yet: the principals
        main += [p for p in sorted(principals) if p not in main]
    return main[:2] if len(main) >= 2 else recent[:2]


def _resolve_document(doc: _Document, spans: list[tuple[int, int]]) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    persons: list[tuple] = []  # person refs behind each sentence's speaker
    principals = {("discovered", p) for p in doc.principals}
    narrated = None  # the person the previous sentence is about when nobody spoke in it
    quoted = _quoted_sentences(doc, spans)
    author = None  # (label, side) of the last document the text gave an author
    voice = None  # (label, side, word) of a spokesman no person names who spoke last ("A Rostec spokesman")
    for x, (a, b) in enumerate(spans):
        parsed = _parse(doc, a, b) if x not in quoted else None
        who: tuple = ()
        if parsed is None:
            res = _NOBODY
        else:
            kind, value, form = parsed
            rule = _rule(form, kind)
            if kind == "pronoun" and value in doc.act.impersonal_pronouns:
                # "The Liberal Party promised ... It also called for ...": "it" is never a person,
                # only a party, institution or country that spoke in the sentence right before, and
                # not a document that sentence names ("welcomed the treaty. It calls for ...")
                ok = bool(out) and out[-1][1] != NARRATOR and not persons[-1] and _it_speaks(
                    doc, spans[x - 1], (a, b), value
                )
                res = (out[-1][0], out[-1][1], rule) if ok else _NOBODY
            elif kind in ("pronoun", "continuation"):
                prev = next((r for r in reversed(out) if r[1] != NARRATOR), None)
                prev_who = next((w for w in reversed(persons) if w), ())
                if out and out[-1][1] != NARRATOR:
                    if not (value in ("he", "she") and not persons[-1] and prev_who
                            and _label(doc, prev_who[:1])[1] == out[-1][1]):
                        # "The Vietnamese side wishes ... He suggested": "he" is the side's person
                        # who spoke before, not the side
                        prev, prev_who = out[-1], persons[-1]
                    else:
                        prev_who = prev_who[:1]
                        prev = _label(doc, prev_who)
                elif narrated is not None and value in _SINGULAR:
                    # "Sorokin visited the mausoleum. He said ...": the subject of the sentence before
                    prev_who = (narrated,)
                    prev = _label(doc, prev_who)
                if value in _SINGULAR and len(prev_who) > 1:
                    # "he" after "Belov shared Tâm's view": one person, the subject
                    prev_who = prev_who[:1]
                    name, side = _label(doc, prev_who)
                    prev = (name, side)
                if value not in _SINGULAR and value in doc.act.pronouns and len(prev_who) == 1:
                    # "They agreed ..." after one person spoke: "they" is no single person, but the
                    # two principal people who spoke last ("The two deputy ministers signed ...")
                    pick = _last_pair(doc, persons, principals)
                    if len(pick) >= 2:
                        prev_who = tuple(pick)
                        prev = _label(doc, prev_who)
                if (value not in _SINGULAR and value in doc.act.pronouns and out and not persons[-1]
                        and out[-1][1] not in (NARRATOR, JOINT) and out[-1][0].lower().endswith(" side")):
                    # "The Russian side expressed ... The Vietnamese side welcomed ... They agreed":
                    # "they" is no single side, but both when the speaker before was the other side
                    other = next((out[t] for t in range(len(out) - 2, -1, -1) if out[t][1] != NARRATOR), None)
                    if other is not None and other[1] not in (JOINT, out[-1][1]):
                        prev, prev_who = ("both sides", JOINT), ()
                if (value not in _SINGULAR and value in doc.act.pronouns and out and out[-1][1] == NARRATOR
                        and _both_sides_subject(doc, *spans[x - 1])):
                    # fix 10: "Vietnam and Russia held talks. They agreed ...", "Both delegations
                    # visited a plant. They agreed ...": "they" is the subject of the sentence before,
                    # both sides, not whoever spoke last
                    prev, prev_who = ("both sides", JOINT), ()
                res = (prev[0], prev[1], rule) if prev is not None else _NOBODY
                who = prev_who if prev is not None else ()
            elif kind == "people":
                name, side = _label(doc, value)
                res, who = (name, side, rule), value
            elif kind == "role":
                if value[0] == "discovered" and voice is not None and voice[2] not in doc.people[value[1]].title and any(
                    doc.keys[t] == "the" and doc.keys[t + 1] == voice[2] for t in range(a, b - 1)
                ):
                    # '"...," the spokesman said.' after "A Rostec spokesman told TASS ...": the
                    # voice that spoke last, not a person of another title named before
                    res = (voice[0], voice[1], rule)
                elif value[0] == "discovered":
                    name, side = _label(doc, (value,))
                    res, who = (name, side, rule), (value,)
                elif value[1] is None:
                    # a voice of no known side: "A Petrovietnam spokesman told TASS" is the body's
                    # (narrator side); "the spokesman said" with nobody so titled is the voice
                    # before, while no one else spoke between
                    named = value[0].split()
                    if named[1][:1].isupper():
                        res = (value[0], NARRATOR, rule)
                    elif voice is not None and named[-1].lower() == voice[2]:
                        res = (voice[0], voice[1], rule)
                    else:
                        res = _NOBODY
                else:
                    res = (value[0], value[1], rule)
            elif kind == "sides":
                refs = [_principal_of(doc, s) for s in dict.fromkeys(value)]
                if all(r is not None for r in refs):
                    name, side = _label(doc, refs)
                    who = tuple(refs)
                else:
                    name = " and ".join(dict.fromkeys(value))  # the sides, when no person fits
                    side = value[0] if len(set(value)) == 1 else JOINT
                res = (name, side if len(set(value)) == 1 else JOINT, rule)
            else:
                g = doc.act.groups[value]
                res = (g["label"], g["side"], rule)
                if g["resolve"] == "speakers":
                    pick = _last_pair(doc, persons, principals)
                    if len(pick) >= 2:
                        who = tuple(pick)
                        name, side = _label(doc, who)
                        res = (name, side, rule)
                    elif doc.keys[a] == "both":
                        # "Both Deputy Prime Ministers said" with no two people to take: nobody
                        # known, not both sides ("Vietnam's two Deputy Prime Ministers ...")
                        res = _NOBODY
                elif g["resolve"] == "side":
                    match = next(
                        (p for ppl in reversed(persons) for p in ppl if _label(doc, (p,))[1] == g["side"]),
                        None,
                    )
                    if match is not None:
                        who = (match,)
                        name, side = _label(doc, who)
                        res = (name, side, rule)
        if x not in quoted:
            own = _document_author(doc, a, b, res)
            if res[1] == NARRATOR and own is not None and own[1] == JOINT and _according_document(doc, a, b):
                res = (own[0], own[1], "document")  # "..., according to a joint statement"
            elif res[1] == NARRATOR and author is not None and (
                # probe 10: "According to the statement, ..." after the text named its author
                _document_speaks(doc, a, b) or _according_document(doc, a, b) or (
                    out and out[-1][2] == "document" and parsed is not None and parsed[0] == "pronoun"
                    and parsed[1] in doc.act.impersonal_pronouns
                )
            ):
                # "The letter affirmed ...", "Under the document, ...", then "It expressed ...":
                # a document's words are its author's
                res = (author[0], author[1], "document")
            if own is not None:
                author = own
            elif res[2] != "document" and not _WORDED_DOCUMENTS.isdisjoint(doc.keys[a:b]):
                author = None  # a document of unknown author was named: an older author's ends
        for how, value in who:
            if how == "discovered":
                doc.people[value].mentions.append(a)
        out.append(res)
        persons.append(who)
        if x not in quoted:  # a quotation's words do not change whom the story is about
            narrated = _narrated_subject(doc, a, b) if res[1] == NARRATOR else None
            word = res[0].rsplit(" ", 1)[-1].lower()
            if res[0] != NARRATOR and not who and word in _VOICES:
                voice = (res[0], res[1], word)  # of a side or not: "the spokesman" may name it next
            elif res[1] != NARRATOR and res[0] != (voice or ("",))[0]:
                voice = None  # another speaker came between
    return _quotes(doc, spans, _answers(doc, spans, out))


# spk14: labels of an interview printed as questions and answers ("Question: ..." / "Answer: ...")
_INTERVIEW_LABELS = (("question", "answer"), ("q", "a"))


def _answers(doc: _Document, spans, out: list) -> list:
    """An interview printed as questions and answers: the paragraph an answer label opens
    ("Answer: Our relations are developing.") is the words of the person the report names in the
    sentence holding "interview" ("Ambassador X has given an interview to TASS"); only sentences
    with no speaker of their own, and only when the report also has the question label."""
    keys, text, starts = doc.keys, doc.view.text, doc.view.starts
    opens = [(keys[a], keys[a + 1]) if b - a > 2 and keys[a + 1] == ":" else None for a, b in spans]
    label = next((ans for q, ans in _INTERVIEW_LABELS if (q, ":") in opens and (ans, ":") in opens), None)
    if label is None:
        return out
    who = None
    for a, b in spans:
        if "interview" in keys[a:b]:
            who = next((h[1] for t in range(a, b) if (h := doc.person_at(t, t)) is not None), None)
            break
    if who is None:
        return out
    name, side = _label(doc, (("discovered", who),))
    inside = False
    for x, (a, _b) in enumerate(spans):
        if opens[x] is not None and opens[x][0] in (label, *(q for q, ans in _INTERVIEW_LABELS if ans == label)):
            inside = opens[x][0] == label
        elif x and "\n" in text[starts[spans[x - 1][1] - 1]:starts[a]]:
            inside = False  # the answer ends with its paragraph
        if inside and out[x][1] == NARRATOR:
            out[x] = (name, side, "interview")
    return out


def _document_speaks(doc: _Document, a: int, b: int) -> bool:
    """True if a document speaks in the sentence of keys ``a:b``: "the <document>" (a few
    lower-case words between: "The 40-point document") as a clause's subject before a reporting
    verb ("The letter affirmed", "the statement says"), or the sentence opens with "Under the
    <document>," or "In the <document>,"."""
    keys, act = doc.keys, doc.act
    if b - a > 4 and keys[a] in ("under", "in") and keys[a + 1] == "the" and keys[a + 2] in _WORDED_DOCUMENTS and keys[a + 3] == ",":
        return True
    for s in [a] + [c + 1 for c in range(a, b - 1) if keys[c] in (",", '"')]:
        if s >= b or keys[s] != "the":
            continue
        t = s + 1
        while t < b and t - s <= 4 and keys[t] not in _WORDED_DOCUMENTS and not doc.caps[t]:
            t += 1
        if t >= b or keys[t] not in _WORDED_DOCUMENTS:
            continue
        v = _skip_fillers(doc, t + 1, b)
        if act.verbs.longest(keys, v) is not None:
            return True
        if keys[s - 1] == '"' and act.quote_verbs.longest(keys, v) is not None:
            return True  # probe 10: '"...," the message reads.': a quote verb right after the quotation
    return False


def _according_document(doc: _Document, a: int, b: int) -> bool:
    """True if "according to" in the sentence of keys ``a:b`` names a document ("according to a
    joint statement released on ..."); data and figures are no document."""
    keys, act = doc.keys, doc.act
    for k in range(a, b):
        hit = act.according.longest(keys, k)
        if hit is not None:
            t = hit[0]
            if t < b and keys[t] in ("a", "an", "the"):
                t += 1
            if t < b and keys[t] == "joint":
                t += 1
            return t < b and keys[t] in _WORDED_DOCUMENTS
    return False


def _document_author(doc: _Document, a: int, b: int, res: tuple):
    """(label, side) of the author of a document the sentence of keys ``a:b`` names, or None: a
    joint one is both sides' ("a joint statement"); otherwise the speaker of the sentence ("the
    Embassy said in a statement") or its subject ("The CPRF Central Committee has sent a letter")."""
    keys = doc.keys
    t = next((t for t in range(a, b) if keys[t] in _WORDED_DOCUMENTS), None)
    if t is None:
        return None
    if t > a and keys[t - 1] == "joint":
        return "both sides", JOINT
    if t + 1 < b and keys[t + 1] in ("from", "by") or any(
        keys[k] in doc.act.obtaining_verbs for k in range(max(a, t - 4), t)
    ):
        return None  # "a letter from farmers", "received a letter": someone else wrote it
    if res[1] != NARRATOR:
        return res[0], res[1]
    subj = _subject(doc, a, b)
    if subj is None or subj[0] > t or not any(keys[k] in doc.act.authoring_verbs for k in range(subj[0], t)):
        return None  # the subject wrote it ("sent a letter"), not only spoke of it ("criticised the statement")
    kind, value = subj[1], subj[2]
    if kind == "people" or kind == "role" and value[0] == "discovered":
        return _label(doc, value if kind == "people" else (value,))
    if kind == "role":
        return value[0], value[1]
    if kind == "sides" and len(set(value)) == 1:
        return value[0], value[0]
    return None


def _medium(doc: _Document, t: int) -> bool:
    """True if the document at key ``t`` is only how its subject spoke: "said in a statement", "in
    its statement" (then "It added ..." is still the subject, whose words the statement holds)."""
    return t >= 2 and doc.keys[t - 1] in ("a", "an", "its", "their") and doc.keys[t - 2] == "in"


def _it_speaks(doc: _Document, before: tuple[int, int], sentence: tuple[int, int], pronoun: str) -> bool:
    """True if ``pronoun`` ("it") opening ``sentence`` may be the speaker of the sentence ``before``.

    Not when the sentence before names a document "it" may stand for ("The ministry welcomed
    the treaty. It calls for ..."; not "said in a statement", the subject's own), nor when its verb is in the present tense (a lower-case word
    ending in -s other than "was" and "has"): an institution's words are reported in the past, a
    text's content in the present ("It also calls for ...").
    """
    keys = doc.keys
    if any(keys[t] in doc.act.documents and not _medium(doc, t) for t in range(*before)):
        return False
    a, b = sentence
    t = next((t for t in range(a, b) if keys[t] == pronoun), None)
    if t is None:
        return True
    k = _skip_fillers(doc, t + 1, b)
    if k >= b:
        return True
    verb = doc.view.surface(k, k + 1)
    # a lower-case word ending in -s is a present tense ("calls"); "was" and "has" are not
    return not (
        verb.isalpha() and verb.islower() and verb.endswith("s") and not verb.endswith("ss")
        and verb not in ("was", "has")
    )


def _quotation_pairs(doc: _Document, spans) -> list[tuple[int, int]]:
    """(k, m) of each quotation running over sentences k to m: sentence k holds an odd number of
    quote marks, the last an opening one (a space or the text's start before it: 'The 12" pipes'
    is no quotation), and the next sentence m that holds a mark holds an odd number too. The
    newswire habit of opening each paragraph of a long quotation anew ('"We want more.' then
    '"Energy is key," he added.') leaves the first one open and pairs nothing; a mark that never
    closes makes no quotation."""
    keys, text, starts = doc.keys, doc.view.text, doc.view.starts
    quotes = _positions_before(keys, '"', doc.n)  # speed: the marks found once, cut per sentence
    marks = [quotes[bisect_left(quotes, a) : bisect_left(quotes, b)] for a, b in spans]
    out = []
    k = 0
    while k < len(spans):
        if len(marks[k]) % 2 == 0:
            k += 1
            continue
        c = starts[marks[k][-1]]
        if c > 0 and not text[c - 1].isspace():
            k += 1  # an inch mark or a closing one: opens nothing
            continue
        m = next((x for x in range(k + 1, len(spans)) if marks[x]), None)
        if m is None:
            break
        if len(marks[m]) % 2 == 0:
            k = m  # another quotation comes first: the open one never closes
            continue
        out.append((k, m))
        k = m + 1
    return out


def _quoted_sentences(doc: _Document, spans) -> set:
    """Sentences that are only the words of a quotation running over several sentences: their
    subjects are what the speaker talks about, not who speaks ('"The Vietnamese side has confirmed
    its interest. We are ...," he said.'). The sentences after the one that opens the quotation, up
    to the one that closes it (see _quotation_pairs), and the opening sentence too when it starts
    with the quote mark; the speaker comes from where the quotation opens or closes (see _quotes)."""
    keys = doc.keys
    out: set = set()
    for k, m in _quotation_pairs(doc, spans):
        out.update(range(k + 1, m))
        a = spans[k][0]
        if a < spans[k][1] and keys[a] == '"':
            out.add(k)
    return out


# fix 10: nouns of a pair of sides after "the two" / "both" ("the two sides", "both delegations")
_PAIR_HEADS = frozenset({"side", "country", "nation", "delegation", "leader", "minister", "party",
                         "government", "partner", "people", "head", "president", "official"})
_PAIR_OPEN = frozenset({"two", "both"})


# Review 19: prepositions capitalised only as a sentence's first word; sides after one are a
# place or a relation ("In Vietnam and Russia, ...", "Between Vietnam and Russia, ..."), no subject.
_OPENING_PREPOSITIONS = frozenset({"in", "at", "on", "between", "among", "across", "within", "from",
                                   "for", "with", "during", "after", "before", "under", "to", "by"})
_PAIR_LINKS = frozenset({",", "and", "of", "from", "the"})  # words of a pair's apposition or origin
_PAIR_REACH = 10  # keys of that apposition ("the two ministers, Sergey Lavrov and Sergei Shoigu,")


def _sides_after_pair(doc: _Document, t: int, b: int) -> set:
    """The sides named right after "the two <head>" / "both <head>" from key ``t``: side words and
    the sides of people named, over capitalised words and :data:`_PAIR_LINKS`, up to the subject's
    first other lower-case word ("The two ministers, Lavrov and Shoigu, arrived": Lavrov's and
    Shoigu's; "Both officials from the Russian embassy": russia; "The two sides agreed": none)."""
    keys, found, start = doc.keys, set(), t
    while t < b and t - start < _PAIR_REACH:
        person = doc.person_at(t, t)
        if t in doc.side_at:
            found.add(doc.side_at[t][1])
            t = doc.side_at[t][0]
        elif person is not None:
            if doc.people[person[1]].side is not None:
                found.add(doc.people[person[1]].side)
            t = max(person[0], t + 1)
        elif keys[t] in _PAIR_LINKS or doc.caps[t]:
            t += 1
        else:
            break
    return found


def _both_sides_subject(doc: _Document, a: int, b: int) -> bool:
    """True if the sentence ``a:b`` opens with a subject that names both sides: "the two sides",
    "both delegations", or two sides' names or adjectives joined by "and" before its first lower-case
    word of another kind ("Vietnam and Russia held talks", "Vietnamese and Russian officials met").
    A subject of one side ("Russian experts visited the plant") or sides named after the verb ("Petrov
    met Vietnamese officials") is not."""
    keys = doc.keys
    s = a
    while s < b and (keys[s] in _QUOTES or keys[s] == "the"):
        s += 1
    if s + 1 < b and keys[s] in _PAIR_OPEN and keys[s + 1] in _PAIR_HEADS:
        # review 17b: a pair of one side is no two sides ("The two ministers, Lavrov and Shoigu,",
        # "Both officials from the Russian embassy"): the guidelines' pair is "from different countries"
        return len(_sides_after_pair(doc, s + 2, b)) != 1
    sides, t = set(), s
    while t < b and t - s < 8:
        if t in doc.side_at:
            e, side = doc.side_at[t]
            sides.add(side)
            t = e
        elif keys[t] == "and" or doc.caps[t] and keys[t] not in _OPENING_PREPOSITIONS or keys[t] in _PAIR_HEADS:
            t += 1
        else:
            break
    return len(sides) >= 2 and "and" in keys[s:t]


def _narrated_subject(doc: _Document, a: int, b: int):
    """The one person a sentence without speech has as its subject, at its start or after a leading
    phrase ("Sorokin later visited ...", "At a meeting with students, Sorokin handed over ..."), or
    None."""
    keys = doc.keys
    s = a
    while s < b and keys[s] in _QUOTES:
        s += 1
    if s < b and keys[s] in doc.act.openers:
        s = next((t + 1 for t in range(s, b) if keys[t] == ","), b)
    found = doc.title_skip(s, b) if s < b else None
    if found is None:
        # "The Lao delegation was headed by the institute's Deputy Director X.": the leader is
        # whom the next "he" or "she" means
        for t in range(a + 1, b - 1):
            if keys[t] == "by" and keys[t - 1] in ("led", "headed"):
                hits = [h for u in range(t + 1, b) if (h := doc.person_at(u, u)) is not None]
                # the leader ends the sentence, or only an apposition of his title follows ("led by
                # X, Vice Chairman of the provincial People's Committee.")
                if len(hits) == 1 and (hits[0][0] >= b - 1 or doc._apposition_title(hits[0][0])):
                    return ("discovered", hits[0][1])
        return None
    _, end, ref = found
    if end < b and keys[end] in ("and", ","):
        return None  # two people, or an apposition the rule does not read
    return ref


def _quotes(doc: _Document, spans, out: list) -> list:
    """A quotation over several sentences has one speaker: the one named where it opens or closes.

    '"We are ready. Trade will grow," Volkov said.': the first sentence is Volkov's too. A separate
    quotation goes the same way: a sentence that is one whole quotation (it opens with a quote
    mark, holds two and closes at its end), in the same paragraph right after a sentence whose
    named speaker has a quoted clause followed by a reporting verb, is that speaker's
    ('"We are ready," Volkov said. "Trade will grow."'); not after a scare quote ('Volkov called
    the talks "useful".') nor across a paragraph break.
    """
    pairs = _quotation_pairs(doc, spans)
    closes = {m for _, m in pairs}
    for k, m in pairs:
        who = next((out[x] for x in (k, m) if out[x][1] != NARRATOR), None)
        if who is not None:
            for x in range(k, m + 1):
                if out[x][1] == NARRATOR:
                    out[x] = (who[0], who[1], "quotation")
    # '"We are ready," Volkov said. "Trade will grow."': a sentence that is one whole quotation,
    # in the same paragraph right after a quotation with a named speaker, is that speaker's too
    keys, text, starts = doc.keys, doc.view.text, doc.view.starts
    for x in range(1, len(spans)):
        (a, b), (pa, pb) = spans[x], spans[x - 1]
        if out[x][1] != NARRATOR or out[x - 1][1] == NARRATOR or b - a < 3 or keys[a] != '"':
            continue
        marks = [t for t in range(a, b) if keys[t] == '"']
        last = b - 1 - (keys[b - 1] != '"')  # the closing mark, before or after the full stop
        if len(marks) != 2 or marks[-1] != last or not (
            _quoted_clause(doc, pa, pb) or (x - 1 in closes and _quoted_clause(doc, pa, pb, closing=True))
        ):  # '"We want more. Trade grew," he noted. "Energy is key."': the quotation before closes
            continue  # in the sentence before, then the reporting verb
        if "\n" in text[starts[pb - 1]:starts[a]]:
            continue  # a new paragraph may bring a new voice
        out[x] = (out[x - 1][0], out[x - 1][1], "quotation")
    return out


def _quoted_clause(doc: _Document, a: int, b: int, closing: bool = False) -> bool:
    """True if keys ``a:b`` hold a quoted clause: an opening and a closing mark with at least two
    words between, and a reporting verb after it ('"We are ready," Volkov said'), unlike a scare
    quote ('called the talks "useful"'). With ``closing`` (default=False), the sentence opens
    inside a quotation begun before it: its first mark closes it ('Trade grew," he noted.')."""
    keys = doc.keys
    marks = [t for t in range(a, b) if keys[t] == '"']
    if closing and marks and marks[0] > a:  # the quotation's words run up to its first mark
        return any(doc.act.verbs.longest(keys, t) is not None for t in range(marks[0] + 1, b))
    for o, c in zip(marks[::2], marks[1::2], strict=False):  # an unpaired last mark opens nothing
        if c - o > 2 and any(doc.act.verbs.longest(keys, t) is not None for t in range(c + 1, b)) or (
            # probe 10: '"...," the Russian prime minister continued.': a quote verb after the mark
            c - o > 2 and any(doc.act.quote_verbs.longest(keys, t) is not None for t in range(c + 1, b))
        ):
            return True
    return False


def _document_view(text: str, act: Actors, stream=None) -> _Document:
    return _Document(TextView(text, stream), act)


def discover_people(text: str, *, actors=None) -> list[Person]:
    """The people a text names with a title, a role or an apposition, with their sides.

    Parameters
    ----------
    text : str
        A document's text.
    actors : Actors or path, optional
        Default=None: the packaged grammar alone (no sides: every side is None).

    Returns
    -------
    list of Person
        In order of appearance.

    Examples
    --------
    >>> [p.name for p in discover_people("Deputy Prime Minister Ivan Sokolov met the press.")]
    ['Ivan Sokolov']
    """
    return _document_view(text, as_actors(actors)).people


def _key_spans(starts: list[int], spans) -> list[tuple[int, int]]:
    return [(bisect_left(starts, s0), bisect_left(starts, s1)) for s0, s1 in spans]


def attribute_speakers(sentences: pd.DataFrame, *, actors=None, datelines=None) -> pd.DataFrame:
    """The sentences table with the speaker, side and attribution rule of each sentence.

    Parameters
    ----------
    sentences : pandas.DataFrame
        Sentences table (:func:`framing.tokens.split_sentences`): each document's sentences as one
        run, in order; uses ``doc_id``, ``start``, ``end`` and ``text``.
    actors : Actors, path or list of paths, optional
        The study's actors (default=None: the packaged grammar alone, which names no person;
        :func:`framing.lexicons.load_actors`). Sides of people found in the text come from the
        sides the actors were loaded with (``load_actors(..., sides=study.sides)``).
    datelines : mapping of str to str, optional
        Each document's dateline by ``doc_id`` (the corpus table's ``dateline`` column), a clue to
        the host (see :func:`speakers_of_document`); default=None: none.

    Returns
    -------
    pandas.DataFrame
        The sentences columns plus ``speaker`` (a name such as "Tô Lâm", two names joined by
        " and ", a group label such as "both sides", or "narrator"), ``side`` (a side id of the
        study, "joint" or "narrator") and ``rule`` (which rule attributed it: ``subject+verb``,
        ``inverted``, ``according-to``, ``view``, ``pronoun``, ``continuation``, ``group``,
        ``role``, ``country``, ``passive``, ``where``, ``quoted-as``, ``interview``, ``narrator``, or
        ``<form>:<subject>`` such as ``inverted:pronoun``).

    Examples
    --------
    >>> from framing.tokens import split_sentences
    >>> docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"],
    ...                      "text": ["Both sides agreed to meet. Prices rose."]})
    >>> attribute_speakers(split_sentences(docs))[["speaker", "side", "rule"]].values.tolist()
    [['both sides', 'joint', 'group'], ['narrator', 'narrator', 'narrator']]
    """
    require_columns(sentences, ["doc_id", "text"], "sentences")
    act = as_actors(actors)
    out = sentences.copy()
    speakers: list[str] = []
    sides: list[str] = []
    rules: list[str] = []
    has_offsets = "start" in out.columns and "end" in out.columns
    cols = ["doc_id", "text", "start", "end", "paragraph_id"] if has_offsets else ["doc_id", "text"]
    rows = zip(*(out[c] if c in out.columns else [0] * len(out) for c in cols), strict=True)
    datelines = datelines or {}
    for doc_id, run in groupby(rows, key=itemgetter(0)):
        run = list(run)
        if has_offsets:
            text, spans = _rebuild(run)
        else:
            pieces, spans, pos = [], [], 0
            for r in run:
                pieces.append(r[1])
                spans.append((pos, pos + len(r[1])))
                pos += len(r[1]) + 1
            text = " ".join(pieces)
        place = datelines.get(doc_id)
        for speaker, side, rule in speakers_of_document(
            text, spans, actors=act, dateline=place if isinstance(place, str) else ""
        ):
            speakers.append(speaker)
            sides.append(side)
            rules.append(rule)
    out["speaker"] = pd.Series(speakers, index=out.index, dtype=object)
    out["side"] = pd.Series(sides, index=out.index, dtype=object)
    out["rule"] = pd.Series(rules, index=out.index, dtype=object)
    return out


def _rebuild(run: list[tuple]) -> tuple[str, list[tuple[int, int]]]:
    """A document's text from its sentences, at their offsets (gaps: spaces, a line per paragraph)."""
    size = max(int(r[3]) for r in run)
    chars = [" "] * size
    last_pid = None
    spans = []
    prev_end = 0
    for _, text, s0, s1, pid in run:
        s0, s1 = int(s0), int(s1)
        if last_pid is not None and pid != last_pid and s0 > prev_end:
            chars[prev_end] = "\n"
        chars[s0:s1] = text
        spans.append((s0, s1))
        last_pid, prev_end = pid, s1
    return "".join(chars), spans


def speakers_of_document(
    text: str, spans, *, actors=None, stream=None, view=None, dateline: str = ""
) -> list[tuple[str, str, str]]:
    """(speaker, side, rule) of each sentence of one document.

    Parameters
    ----------
    text : str
        The document text (all of it: people are found in the whole text).
    spans : sequence of (start, end)
        Sentence offsets into ``text``, in order (:func:`framing.tokens.sentence_spans`); may stop
        before the last sentence.
    actors : Actors or path, optional
        Default=None: the packaged grammar alone.
    stream : tuple, optional
        ``framing.lexicons.matching.key_stream(text)`` if already computed (default=None).
    view : TextView, optional
        ``TextView(text, stream)`` if already built, as the sector matcher does (default=None);
        read only, so one view serves both.
    dateline : str, optional
        The place the report was filed from (the corpus table's ``dateline``: "MOSCOW", "HÀ NỘI");
        when nothing else tells who hosts, "the host" and "the host side" are the side whose
        country or capital it names (default="": no clue).

    Returns
    -------
    list of (str, str, str)
    """
    act = as_actors(actors)
    if view is None:
        view = TextView(text, stream if stream is not None else key_stream(text))
    return _resolve_document(_Document(view, act, dateline), _key_spans(view.starts, spans))
