"""Sector mentions: which sectors of cooperation a report names, where, and in whose mouth.

The sector lexicon is data (``framing/lexicons/sectors.yml``; its header documents the format and the
matching rules; :func:`framing.lexicons.load_lexicon` reads it). :func:`match_sectors` matches it
over the folded key stream of a text with the one phrase trie of :mod:`framing.lexicons.matching`,
so the cost grows with the number of tokens, not with the number of phrases. :func:`automaton_text`
(the default of :func:`find_sector_mentions`) gives the same mentions: one Aho–Corasick scan
(pyahocorasick) finds the candidates, and the rules run only on the sentences that hold them.
Every mention keeps ``doc_id`` and ``start``/``end`` offsets into ``docs.text``; its sentence,
speaker and side come from the sentences table (:func:`framing.speakers.attribute_speakers`),
joined by ``sentence_id``.

Beyond the terms, each text's :class:`DocumentContext` applies general rules, one pass each over the
keys (:mod:`framing.lexicons.names`, data in ``names.yml``): sector words inside names of institutions,
companies, events and titles are no mentions ("Ministry of Industry and Trade", "Russian Energy
Week"), nor are those before an office ("the energy minister") or in a bracket that repeats a name
("(LNG)"); the ``{party}`` slot takes any party the text names ("Lao People's Revolutionary Party",
an acronym it defines, "the two Communist Parties"); a list sharing a head noun gives one mention per
member ("political and economic ties"); party work is found by its verbs and objects ("train another
group of Vietnamese party officials", "building a clean and strong Party"). The ``rule`` column says
what matched.

Tables
------
mentions (:func:`find_sector_mentions`)
    :data:`MENTION_COLUMNS`: doc_id, period, sector, start, end, surface, paragraph_id, sentence_id,
    speaker, side, rel_position, rule (the term or rule that matched, for audit).

Concordances of words and of sector mentions are in :mod:`framing.concordance`.
"""

from __future__ import annotations

import re
import threading
import weakref
from array import array
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, compress, repeat

import numpy as np
import pandas as pd

from framing.errors import AnalysisError, check_choice, check_int, require_columns
from framing.lexicons.actors import as_actors
from framing.lexicons.counts import is_count
from framing.lexicons.matching import (
    KeyScanner,
    PhraseTrie,
    anchor_keys,
    folding_to,
    key_stream,
    pattern_keys,
    scan_fold,
    surface_variants,
)
from framing.lexicons.names import (
    SpanClass,
    TextView,
    alias_brackets,
    capitalised_runs,
    is_word,
    load_names,
    party_spans,
    proper_name_spans,
)
from framing.lexicons.sectors import Lexicon, WordClass, as_lexicon
from framing.lexicons.wordlists import MONTHS, VISIT_VERBS, load_stopwords
from framing.speakers import speakers_of_document
from framing.tokens import sentence_spans

__all__ = [
    "match_sectors",
    "match_text",
    "match_keys",
    "automaton_text",
    "automaton_windows",
    "document_context",
    "DocumentContext",
    "find_sector_mentions",
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
    "rule",
]

# Keys that may join two matches of one sector into one mention ("security and defence"); "the"
# joins two names only (_coordinated).
_COORD = frozenset({",", "and", "or", "&", "/", "as", "well", "plus"})
# Keys that may stand between the members of a list sharing a head noun.
_LIST_JOIN = frozenset({",", "and", "or", "/", "&", "as", "well"})
# Determiners that no member of a list sharing a head noun holds ("cultural and educational exchanges").
_OWNERS = frozenset({"its", "their", "his", "her", "our"})
_DETERMINERS_IN_LIST = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "both", "each", "all"})
_PARTY_WORDS = "{party} {word}"  # terms whose {word} slots take words of the class `link` only
_WITH_WORDS = "{relation} with {word} {word}"  # terms whose {word} slots take plain words only
_NOT_PLAIN = frozenset("and or but nor to for from in on at by that which".split())
_ABOUT = frozenset({"in", "on", "of"})  # between a party relation and the matter it is about
_LIST_SPAN = 8  # keys scanned for the shared head noun after a list's first member
_SENTENCE_END = frozenset({".", "!", "?", ";", ":", "(", ")"})
# What one exchanges as a verb: "the cadre exchanges views with farmers" is no cadre exchange.
_EXCHANGED = frozenset({"view", "opinion", "idea"})
_CADRE_SPAN = 7  # words between a verb of training and the cadres it trains
_PARTY_WORK_SPAN = 6  # words between a verb of party work and "Party" ("building a clean and strong Party")
_BODY_SPAN = 4  # words between "between" and a party body ("between their youth wings")
_BODY_MEMBERS = 3  # members of a list of bodies ("between their think tanks, magazines and Party newspapers")
_ORGAN_NAME_SPAN = 7  # words of a party organ's name ("the Commission for Propaganda and Mass Mobilisation")
# Words that end the object of a verb of training or party work: prepositions and clause words
# ("training in Moscow for officials" is no "training ... officials").
_NOT_IN_OBJECT = _NOT_PLAIN | frozenset("with between among into than as is are was were".split())
_ARTICLES = frozenset({"a", "an", "the"})
_COMPARATIVES = frozenset({"more", "fewer", "less"})
_PASSIVE = frozenset({"have", "has", "had", "been", "were", "was", "are", "is", "be", "being"})
# time words between a noun and what qualifies it ("agreed in 2019 between", "next month on")
_WHEN = frozenset("in on at last this next early late year month week day".split()) | MONTHS
# words between a flow of people and its count after it ("arrivals are expected to exceed 1 million")
_AMOUNT = frozenset(
    "to is are was were be will would expected forecast set exceed exceeded reach reached top topped rise rose "
    "grow grew hit surpass surpassed total totalled totaled nearly almost over about around some more than "
    "up by".split()
)
_UNITS = frozenset(
    "tonne ton unit teu container vehicle car barrel cubic dollar usd $ đồng dong euro yuan rouble "
    "ruble kwh mw".split()
)  # keys are folded and singular ("tonnes" -> "tonne")
# Places whose visitors are a show's or a site's public, no tourist flow ("the exhibition drew 5,000
# visitors", "visitors to the website"), and events whose visitors are guests ("visitors at the
# ceremony", review 13); keys are folded and singular.
_VENUES = frozenset("exhibition expo fair website app portal museum booth pavilion ceremony reception".split())
_TOPIC_OF_WORK = 2  # plain words between "about" and the topic of a work ("about Vietnamese students")
_POINTING = frozenset({"such", "these"})  # "such exchanges": the exchanges the sentence before told of
_STUDY = frozenset({"study", "studied", "studies"})  # a party's officials who "study at" a school or seminar
# Words after cadres that give them a purpose or an owner other than a party ("cadres to run the
# hospital", "cadres of the health sector", "cadres for the trade unions").
_CADRES_FOR = frozenset({"of", "for", "to", "with", "in", "at", "from"})
# Cadres sent to courses: a party's only in a sentence that names a party or holds a party term
# (review 15: "the ministry sent its officials to courses on customs procedures" is schooling)
_CADRES_SENT = frozenset({"{cadre} for courses", "{cadre} to courses", "{cadre} for {word} courses",
                          "{cadre} for {word} training"})
_EVERY = frozenset("every each two three four five".split())  # "every two years" before an event's topic
_TOPIC_SPAN = 8  # words of an event's topic before "party" ("on the mass work of the two ruling parties")
_MODIFIERS_UNLINKED = 2  # words, no link, allowed right before a relation after a link word ("an intensive")
_RELATIVE = frozenset({"which", "who", "whose"})  # open a clause between commas after a party subject
_CLAUSE_SPAN = 10  # keys of such a clause ("which both took part in the forum")
_PARTY_CLAUSE_SPAN = 16  # keys between a party actor and a relation in one clause (rule "party-clause")
_OBJECT_WORDS = frozenset({"with", "to", "between", "among", "towards", "toward"})  # whom a relation is with
_OBJECT_SPAN = 8  # keys after such a word where the party it is with must start
_FIELD_WORDS = frozenset({"in", "on", "of", "for"})  # a relation in a field: "cooperation in energy"
_RELATION_THEN = frozenset({"that", "which", "the", "between", "among", "with"})  # a relation, then its parties
_PREPOSITIONS = frozenset("to for of in on about from at into towards toward".split())
_PAIR_WORDS = frozenset({"two", "both"})  # a pair before a bare "parties"
_LEGAL_PARTY = frozenset({"the", "a", "an", "this", "that", "these", "those"})  # "parties to the treaty"
# Words of a relation raised to a level, no deal: "relations between the two parties to a new height"
_LEVEL_WORDS = frozenset({"level", "height", "stage", "plane", "high"})


def _legal_to(keys: list[str], e: int) -> bool:
    """True if "to" and a determiner at key ``e`` make the parties before it sides of a deal ("parties
    to the treaty"), not a relation raised ("the two parties to a new height", "to the next level")."""
    return (e + 1 < len(keys) and keys[e] == "to" and keys[e + 1] in _LEGAL_PARTY
            and not _LEVEL_WORDS.intersection(keys[e + 1 : e + 4]))


# ---------------------------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------------------------


class DocumentContext:
    """What the matcher knows of one text beyond its keys: names, alias brackets, parties.

    Built by :func:`document_context`; :func:`match_keys` uses it to skip sector words inside
    names of institutions and titles, inside brackets that repeat a name ("(LNG)"), and right
    before an office ("the energy minister"), and to recognise any party the text names.

    Attributes
    ----------
    trie : PhraseTrie
        The lexicon's trie with the ``party`` slot class of this text.
    blocked : list of bool
        Per key: inside a proper name (:func:`framing.lexicons.names.proper_name_spans`) or an alias
        bracket.
    view : TextView
        The text with its keys.
    """

    __slots__ = ("trie", "blocked", "view", "offices")

    def __init__(self, trie, blocked, view, offices):
        self.trie, self.blocked, self.view, self.offices = trie, blocked, view, offices


def document_context(text: str, lexicon=None, *, stream=None, names=None, view=None) -> DocumentContext:
    """The :class:`DocumentContext` of one text.

    Parameters
    ----------
    text : str
        The text.
    lexicon : Lexicon or path, optional
        Default=None: the packaged lexicon.
    stream : tuple, optional
        ``key_stream(text)`` if already computed (default=None).
    names : Names, optional
        Default=None: the packaged ``names.yml``.
    view : TextView, optional
        ``TextView(text, stream)`` if already built (default=None).
    """
    lex = as_lexicon(lexicon)
    names = names if names is not None else load_names()
    view = view if view is not None else TextView(text, stream)
    n = len(view.keys)
    blocked = [False] * n
    for i, j in proper_name_spans(view, names, common=lex.common_keys):
        if _unit_and_one_word(view, i, j):
            continue  # review 14 leftovers: "1.5 billion USD of FDI" is an amount, no name
        blocked[i:j] = [True] * (j - i)
    for i, j in capitalised_runs(view, names):
        if j - i >= 2 and view.keys[j - 1] in _MAKER_HEADS:
            blocked[i:j] = [True] * (j - i)  # round 24c: "Power Machines has shipped": a maker's name
    for o, _, c in alias_brackets(view):
        blocked[o : c + 1] = [True] * (c + 1 - o)
    for a, b in _portfolios(view, names.titles):
        blocked[a:b] = [True] * (b - a)
    trie = lex.trie
    static = trie.classes.get("party")
    if static is not None:
        spans = party_spans(view, names, static=static, link=trie.classes.get("link"))
        trie = trie.with_classes({"party": SpanClass(spans)})
    return DocumentContext(trie, blocked, view, names.offices)


# Round 24c: last words of a maker's name, which name a company even at a sentence's start, where a
# run of capitals is no name without a head ("Power Machines has shipped", "Hyundai Heavy Industries";
# names.yml heads are not extended: speakers read those as institutions of a side). Keys are singular.
_MAKER_HEADS = frozenset({"machine", "machinery", "motor", "airway", "electric", "steel"})

#: Words of an amount before its unit ("1.5 billion USD").
_AMOUNTS = frozenset({"thousand", "million", "billion", "trillion", "mln", "bln"})


def _unit_and_one_word(view: TextView, i: int, j: int) -> bool:
    """True if the name span ``keys[i:j]`` opens with an upper-case unit after an amount and holds
    one capitalised word besides: "1.5 billion USD of FDI" joins a currency and a field word by
    "of", no name ("Bank of FDI" and "200 million USD of Investment Funds" stay names)."""
    keys = view.keys
    if i == 0 or not (keys[i - 1][:1].isdigit() or keys[i - 1] in _AMOUNTS) or not view.surface(i, i + 1).isupper():
        return False
    return sum(view.caps[t] and keys[t].isalnum() for t in range(i + 1, j)) == 1


_PORTFOLIO_SPAN = 4  # lower-case words of a title's remit ("Director for international business")


def _portfolios(view: TextView, titles: frozenset) -> list[tuple[int, int]]:
    """Spans of keys that give the remit of a capitalised title after "for", before the body or the
    holder's name: "Director *for international business* of Rosatom Gleb Pastukhov", "Deputy Head
    *for economic affairs* Ivan Petrov", "Vice President for research and innovation, Anna Li" (at
    most :data:`_PORTFOLIO_SPAN` lower-case words, no stopword but "and", then "of" and a capital, or
    two capitals, after a comma or not). The remit names the office, no field the sentence is about
    (precision classes 7). After a verb ("thanked the Minister for energy cooperation") "for" gives
    a reason and the words are read."""
    keys, caps, out = view.keys, view.caps, []
    stop = load_stopwords() - {"and"}
    n = len(keys)
    for t in range(n - 3):
        if keys[t + 1] != "for" or keys[t] not in titles or not caps[t]:
            continue
        u = t + 2
        while u < n and u - t - 2 < _PORTFOLIO_SPAN and keys[u].isalpha() and not caps[u] and keys[u] not in stop:
            u += 1
        if u == t + 2 or u >= n - 1:
            continue
        v = t - 1
        while v >= 0 and (caps[v] or keys[v] == "the"):
            v -= 1  # over "the" and the title's other words ("the Deputy Director")
        if v >= 0 and view.surface(v, v + 1).lower().endswith(("ed", "ing")):
            continue  # "thanked the Minister for ...": the reason of a verb, no remit
        if (caps[u] and caps[u + 1]) or (keys[u] == "of" and caps[u + 1]) or (
            keys[u] == "," and u + 2 < n and caps[u + 1] and caps[u + 2]
        ):
            out.append((t + 2, u))
    return out


def _per_lexicon(lex: Lexicon, what: str, build):
    """``build(lex)``, computed once per lexicon object (kept while the lexicon lives)."""
    got = _PER_LEXICON.get((id(lex), what))
    if got is not None and got[0]() is lex:
        return got[1]
    for key in [k for k, (ref, _) in _PER_LEXICON.items() if ref() is None]:
        del _PER_LEXICON[key]  # lexicons gone
    value = build(lex)
    _PER_LEXICON[(id(lex), what)] = (weakref.ref(lex), value)
    return value


_PER_LEXICON: dict[tuple[int, str], tuple] = {}


def _start_keys(lex: Lexicon) -> frozenset:
    """Keys where a match (:attr:`Lexicon.first_keys`), a list (its modifiers), an event on a
    party (class ``party_event``, read by :func:`_party_work` alone) or a party's course (class
    ``party_course``, read by :func:`_party_course` alone) may start."""

    def build(x: Lexicon) -> frozenset:
        event = x.trie.classes.get("party_event")
        events = event.root if isinstance(event, PhraseTrie) else ()
        course = x.trie.classes.get("party_course")
        courses = course.root if isinstance(course, PhraseTrie) else ()
        # probe 17: "counterpart", an actor of the rule "party-clause" (:func:`_counterpart_clause`)
        return frozenset(x.first_keys).union(x.list_heads.root, events, courses, _POINTING, ("counterpart",))

    return _per_lexicon(lex, "start_keys", build)


_REMIT_SPAN = 6  # words of an office's first remit before "and of" ("of industry and trade and of")


def _office_of_before(keys: list[str], k: int, offices) -> bool:
    """True if the "and" at key ``k`` goes on an office's remit, the nearest "of" before it (at most
    :data:`_REMIT_SPAN` keys back, no clause break) closing an office: "ministers of industry and
    trade *and of* education", "the ministries of health and of labour" (probe 9); not "the Minister
    of Health spoke of trade and of education" (the nearest "of" is the verb's)."""
    for t in range(k - 1, max(-1, k - 1 - _REMIT_SPAN), -1):
        if keys[t] in {",", ";", ".", ":"}:
            return False
        if keys[t] == "of":
            return any((hit := offices.longest(keys, a)) is not None and hit[0] == t for a in range(max(0, t - 2), t))
    return False


# Round 24b: a body's unit by its remit after "of" ("their departments of foreign affairs", "the
# department of agriculture"): the unit, no field. Only after "of": "the centre's ecology department"
# names the field the unit works in (heldout5), so "department" is no office of names.yml.
_UNITS_OF = frozenset({"department"})  # matching keys ("departments" folds to "department")

#: probe 16: lower-case offices whose "for" always gives their remit ("counsellor for culture",
#: "attaché for defence"), as keys; not "minister", whose "for" may be a verb's reason ("thanked the
#: minister for energy cooperation")
_REMIT_FOR = frozenset({"counsellor", "councillor", "counselor", "attache", "attaché"})


def _office_around(keys: list[str], i: int, j: int, offices, trie: PhraseTrie | None = None,
                   view: TextView | None = None) -> bool:
    """True if keys ``i:j`` name the field of an office: "energy minister", "ministry of health",
    "the departments of foreign affairs", and (with the lexicon's ``trie`` and the text's ``view``)
    a later member of an office's remit: "professors of physics and economics"."""
    if j < len(keys) and offices.longest(keys, j) is not None:
        return True
    k = i - 1
    if k >= 0 and keys[k] == "the":
        k -= 1
    if k >= 1 and keys[k] == "of" and keys[k - 1] in _UNITS_OF:
        return True
    if k >= 1 and keys[k] == "for" and keys[k - 1] in _REMIT_FOR:
        return True  # probe 16: "the embassy's counsellor for culture": the office's remit
    if k >= 1 and keys[k] == "of":
        for a in range(max(0, k - 2), k):
            hit = offices.longest(keys, a)
            if hit is not None and hit[0] == k:
                return True
        if keys[k - 1] == "and":
            return _office_of_before(keys, k - 1, offices)
    # probe 15: a later member of an office's remit ("professors of physics and economics"); review
    # 20: each earlier member a whole field term, so that "the Minister of Health and discussed
    # education, culture" (a verb inside a member) ends the remit, and a member that modifies a noun
    # opens a group of its own ("the Ministry of Health and education experts")
    if k >= 0 and keys[k] in (",", "and") and trie is not None and view is not None and not _before_noun(keys, j, view):
        end = k
        for t in range(k - 1, max(-1, k - 1 - _REMIT_SPAN), -1):
            if keys[t] == "of" or keys[t] in (",", "and"):
                if end > t + 1 and ((hit := trie.longest(keys, t + 1)) is None or hit[0] != end):
                    return False
                if keys[t] == "of":
                    return end > t + 1 and any((hit := offices.longest(keys, a)) is not None and hit[0] == t
                                               for a in range(max(0, t - 2), t))
                end = t
            elif not (keys[t].isalpha() and keys[t] not in _PHRASE_ENDS):
                return False
    return False


# Round 19: nouns of one person's expertise ("an expert in Asian markets").
_EXPERT = frozenset({"expert", "specialist", "analyst", "scholar", "researcher"})


def _expertise(keys: list[str], i: int) -> bool:
    """True if the match at key ``i`` is the field of one person's expertise: "a"/"an", a noun of
    expertise, "in"/"on", at most one modifier, then the match ("Dmitry Zvonarev, an expert in Asian
    markets, said"): it describes the speaker, not a field of cooperation. Experts in the plural
    ("an exchange of experts in health care") stay a field."""
    for k in (i - 1, i - 2):
        if k >= 2 and keys[k] in ("in", "on") and keys[k - 1] in _EXPERT and keys[k - 2] in ("a", "an"):
            return k == i - 1 or keys[i - 1].isalpha()
    return False


# Words between a verb or noun of training and the people it trains ("train 50 more specialists in
# ...", "the training of energy analysts").
_TRAINED_OPENERS = frozenset({"a", "an", "the", "of", "more", "new", "young"})


def _trained_in_field(keys: list[str], i: int, j: int, trie: PhraseTrie) -> bool:
    """True if the match ``keys[i:j]`` is the field of people a verb of training (class
    ``cadre_training``) trains: "train a specialist in nuclear energy", "train energy analysts". A
    field of expertise (:func:`_expertise`) or before an office noun of ``_EXPERT`` describes one
    person, but the people trained in it make the field one of cooperation (review 13). "Energy
    analyst Ivan Petrov said" and "an expert in Asian markets" (no verb of training) are untouched."""
    if _expertise(keys, i):
        a = next(k for k in (i - 3, i - 4) if keys[k] in ("a", "an"))
    elif j < len(keys) and keys[j] in _EXPERT:
        a = i
    else:
        return False
    while a > 0 and (keys[a - 1] in _TRAINED_OPENERS or keys[a - 1].isdigit()):
        a -= 1  # "train 50 more analysts"
    return a > 0 and _in_class(trie, "cadre_training", keys, a - 1) == a


# Round 19: nouns of a body a person heads ("head of the Russia-Vietnam business council"), and the
# titles, besides the class ``institution_head``, of the one who heads it.
_BODY_NOUNS = frozenset(
    "council association chamber committee commission department union club federation institute centre center "
    "agency board society foundation".split()
)
_BODY_HEADS = frozenset({"chairman", "chairwoman", "chair", "president"})


def _headed_body(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` names the field of a body a person heads: a head's title,
    "of the", at most three capitalised words, the match, then a noun of a body ("head of the
    Russia-Vietnam business council"): a word inside a person's title, no field. "The head of the
    delegation discussed business council plans" is untouched (lower-case words between)."""
    if j >= len(keys) or keys[j] not in _BODY_NOUNS:
        return False
    for t in range(i - 2, max(-1, i - 6), -1):
        if keys[t : t + 2] == ["of", "the"] and t >= 1:
            head = keys[t - 1] in _BODY_HEADS or _in_class(trie, "institution_head", keys, t - 1) == t
            return head and all(view.caps[x] and keys[x].isalpha() for x in range(t + 2, i))
    return False


# Round 24b: "train" the noun, a vehicle, not the verb of education: after a count or a word of
# number ("one train a week", "40 trains", "more trains") or beside another vehicle in a list ("ships
# and trains", "trains or trucks"). The verb takes these after it ("train more engineers", "train 40
# specialists") or another verb beside it ("educate and train").
_TRAIN_COUNTS = frozenset("one two three four five six seven eight nine ten more fewer extra additional "
                          "several many first second third last daily weekly regular".split())
_VEHICLES = frozenset("ship vessel boat ferry truck lorry bus car plane aircraft wagon".split())  # keys
_TRAIN_JOINS = frozenset({"and", "or", ","})


def _train_vehicle(keys: list[str], i: int, view: TextView | None = None) -> bool:
    """True if the key ``train`` at ``i`` is the noun: after a count (:data:`_TRAIN_COUNTS` or a
    number), or joined by "and"/"or"/"," to a vehicle (:data:`_VEHICLES`) on either side. With the
    text (``view``), a singular "train" after plural vehicles is the verb of a second clause ("build
    ships and train sailors"); a list of vehicles agrees in number ("ships and trains", "by bus or
    train")."""
    if keys[i] != "train":
        return False
    if i >= 1 and (keys[i - 1] in _TRAIN_COUNTS or keys[i - 1][:1].isdigit()):
        return True
    if i >= 2 and keys[i - 1] in _TRAIN_JOINS and keys[i - 2] in _VEHICLES:
        return view is None or not _singular_surface(view, i + 1) or view.surface(i - 2, i - 1).lower() == keys[i - 2]
    return i + 2 < len(keys) and keys[i + 1] in _TRAIN_JOINS and keys[i + 2] in _VEHICLES


def _rule(term: str, how: str | None = None) -> str:
    if how is not None:
        return f"{how}:{term}"
    return f"party-relation:{term}" if "{party}" in term else f"term:{term}"


def _list_head(keys: list[str], i: int, lexicon: Lexicon):
    """A list member sharing the head noun of a later member: (end, sector, term) or None.

    "political and economic ties": at "political", the modifier of the term "political ties",
    with "ties" after the next member of the list.
    """
    heads = lexicon.list_heads
    if not heads.classes and (i >= len(keys) or keys[i] not in heads.root):
        return None  # most places: no modifier of a list starts here
    hit = heads.longest(keys, i)
    if hit is None:
        return None
    a, by_head = hit
    n = len(keys)
    if a >= n or keys[a] not in _LIST_JOIN:
        return None
    nxt = next((k for k in range(a, min(n, a + 3)) if keys[k] not in _LIST_JOIN), n)
    plain = nxt >= n or (lexicon.list_heads.longest(keys, nxt) is None and lexicon.trie.longest(keys, nxt) is None)
    prev_word = False
    for k in range(a, min(n, a + _LIST_SPAN)):
        key = keys[k]
        if key in _SENTENCE_END:
            return None
        if prev_word and key in by_head:
            sector, term = by_head[key]
            alone = lexicon.trie.longest(keys, k)
            if plain and alone is not None and alone[1][0] == sector:
                # "clean and stable sources of power": the next member names no sector and the head
                # is a mention of that sector already ("power"); "theoretical and practical
                # exchanges" keeps "theoretical"
                return None
            return a, sector, term
        if key in _DETERMINERS_IN_LIST:
            return None  # "the Russian delegation, highly valued the two Parties' ... exchanges": a clause
        if key == "of" and k + 1 < n and keys[k + 1] == "course":
            return None  # round 24d: "in the summer, of course": the adverb, no head of "summer courses"
        prev_word = key not in _LIST_JOIN and any(ch.isalnum() for ch in key)
    return None


def _in_class(trie: PhraseTrie, name: str, keys: list[str], t: int) -> int:
    """End of a phrase of the lexicon's class ``name`` at key ``t`` (``organ_word``, ``party_unit``,
    ``verb_relation``: word lists a lexicon file may change), or ``t`` when none (or no such class)."""
    cls = trie.classes.get(name)
    if cls is None or t >= len(keys) or (type(cls) is PhraseTrie and keys[t] not in cls.root):
        return t  # most calls: no phrase of the class starts here
    got = cls.ends(keys, t)
    return max(got) if got else t


def _organ_after(keys: list[str], j: int, trie: PhraseTrie) -> bool:
    """True if an organ of the parties follows key ``j`` after at most two words ("the two Parties'
    commissions", "the two parties' inspection bodies", "the two parties' external relations
    commissions"): a relation between party organs is one
    between the parties, unlike one with a wing of its own ("the CPRF's youth wing"); a party school
    is a party term of its own ("the two parties' political academies"). Two words joined by "and"
    may describe the organ ("the two Parties' inspection and discipline agencies")."""
    reach = 4 if "and" in keys[j + 1 : j + 3] else 3
    return any(_in_class(trie, "organ_word", keys, t) > t for t in range(j, min(len(keys), j + reach)))


def _organ_of_party(keys: list[str], t: int, trie: PhraseTrie, view: TextView, party) -> int | None:
    """End of a named organ of a party from key ``t``: "the Propaganda Commission of the CPV", "the
    Commission for External Relations of the CPC Central Committee" (a capitalised name holding an
    organ word, then "of" and a party), else None. Probe 10: relations between two such organs are
    relations between the parties."""
    n = len(keys)
    t += t < n and keys[t] == "the"
    organ = False
    for u in range(t, min(n, t + _ORGAN_NAME_SPAN)):
        k = keys[u]
        if k == "of" and organ:
            v = u + 1 + (u + 1 < n and keys[u + 1] == "the")
            got = party.ends(keys, v) if v < n else ()
            return max(got) if got else None
        if k in ("for", "and") and u > t:
            continue
        if not (k.isalpha() and view.surface(u, u + 1)[:1].isupper()):
            return None
        organ = organ or _in_class(trie, "organ_word", keys, u) > u
    return None


def _infinitive_alone(keys: list[str], j: int) -> bool:
    """True if the relation word ending at key ``j`` is an infinitive after "to" with no "each other"
    or "one another" after it: "the CPRF continue to support the community" is the party's verb,
    while "the two parties agreed to support each other" is support between them."""
    return j >= 2 and keys[j - 2] == "to" and keys[j : j + 2] not in (["each", "other"], ["one", "another"])


def _linked(keys: list[str], i: int, j: int, trie: PhraseTrie) -> bool:
    """True if keys ``i:j`` are a party, the words between, and a relation: "the CPV and the CPRF
    *have maintained regular* exchanges" (the terms "{party} {word} ... {relation}"), the relation
    not "with" someone who is no party.

    Between them: up to two organs of the party (class ``organ_word``: "the two Parties'
    commissions hold ..."), then words of the class ``link``; after the link words, one or two
    plain words that modify the relation (:func:`_modifiers_before`) when an article or owner
    opens them ("maintain an intensive dialogue", "expand their party exchanges") or the first is an
    adjective of the class ``relation_adjective`` ("hold regular consultations")."""
    party, link, relation = (trie.classes.get(c) for c in ("party", "link", "relation"))
    if party is None or link is None or relation is None:
        return False
    for e in party.ends(keys, i):
        r = e
        while r < j and r - e < 2 and _in_class(trie, "organ_word", keys, r) > r:
            r = _in_class(trie, "organ_word", keys, r)  # "the two Parties' commissions hold
            # annual talks": an organ speaks for its party
        while r < j and j not in relation.ends(keys, r):
            hit = link.longest(keys, r)
            if hit is None:
                break
            r = hit[0]
        if r < j and j in relation.ends(keys, r):
            return _linked_partner(keys, j, trie, party)
        if e < r < j and (
            keys[r - 1] in _ARTICLES or keys[r - 1] in _OWNERS or _in_class(trie, "relation_adjective", keys, r) > r
            or _modifying_term(keys, r, relation, trie)
        ) and _modifiers_before(keys, r, j, relation, trie):
            # "United Russia and the CPV *maintain an intensive* dialogue": after a link verb and an
            # article or owner, one or two words that modify the relation (the article opens its
            # phrase); with neither, an adjective of the class ``relation_adjective`` ("should hold
            # *regular* consultations"), not a verb ("*values* cooperation with ...") nor any noun
            # ("strengthened *capital* cooperation")
            return _linked_partner(keys, j, trie, party)
    return False


def _linked_partner(keys: list[str], j: int, trie: PhraseTrie, party) -> bool:
    """False if the relation ending at key ``j`` is with someone who is no party, itself ("with
    business circles": :func:`_with_a_party`) or through a second relation joined to it by "and"
    (round 23b: "treasures the friendship and strategic partnership with Russia")."""
    g = _second_relation(keys, j, len(keys), trie)
    return _with_a_party(keys, j, party) and (g is None or _with_a_party(keys, g, party))


def _modifiers_before(keys: list[str], r: int, j: int, relation, trie: PhraseTrie) -> bool:
    """True if keys ``r:`` are one or two plain words (no joiner, preposition or sector word) and
    a relation after them ends at ``j``: "an *intensive* dialogue", "*regular* consultations"."""
    for u in range(1, _MODIFIERS_UNLINKED + 1):
        if r + u >= j:
            return False
        k = keys[r + u - 1]
        if not k.isalpha() or k in _NOT_IN_OBJECT:
            return False
        hit = trie.longest(keys, r + u - 1)
        if hit is not None and hit[1][0] not in (None, "party") and not _modifying_term(keys, r + u - 1, relation, trie):
            # "maintain trade cooperation": the field is another sector; a two-word diplomacy
            # term whose second word is the relation ("hold a close political dialogue") is not
            return False
        if j in relation.ends(keys, r + u):
            return True
    return False


def _modifying_term(keys: list[str], t: int, relation, trie: PhraseTrie) -> bool:
    """True if a two-word diplomacy term starts at key ``t`` and its second word starts a relation
    ("political dialogue", "parliamentary ties"): after a party and a link word, its first word
    only modifies the party relation ("the two parties agreed to deepen parliamentary ties")."""
    hit = trie.longest(keys, t)
    return hit is not None and hit[0] == t + 2 and hit[1][0] == "diplomacy" and bool(relation.ends(keys, t + 1))


def _place_after(keys: list[str], j: int, view: TextView) -> bool:
    """True if "with" or "between" and a capitalised name follow key ``j`` ("a sister relationship
    with Tver"), not a common noun ("with a resort in Bali")."""
    if j + 1 >= len(keys) or keys[j] not in ("with", "between"):
        return False
    t = j + 1 + (keys[j + 1] == "the")
    return t < len(keys) and view.caps[t] and not view.initial[t] and keys[t].isalpha()


def _domestic(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the relation at keys ``i:j`` (class ``bilateral_only``: "political dialogue",
    "parliamentary relations") is politics inside one country, not between states.

    In a sentence with a word of the class ``bilateral`` ("the two countries", "partnership") it
    is between states. Otherwise it is domestic when "among" follows, or "between" and no name
    ("between the ruling coalition and the opposition"); "between" and a name is between states
    ("between Hanoi and Moscow", whatever else the sentence holds); a term of the class
    ``faction_term`` followed by "of" and a party is that party's faction ("the parliamentary groups
    of United Russia and the CPRF"); else it is domestic when the sentence holds a word of the class
    ``domestic`` ("opposition", "factions")."""
    a = i
    while a > 0 and not view.initial[a]:
        a -= 1
    b = j
    while b < len(keys) and not view.initial[b]:
        b += 1
    bilateral, domestic = trie.classes.get("bilateral"), trie.classes.get("domestic")
    if bilateral is not None and any(bilateral.ends(keys, t) for t in range(a, b)):
        return False
    if j < b and keys[j] == "among":
        return True
    if j < b and keys[j] == "between":
        t = j + 1 + (j + 1 < b and keys[j + 1] == "the")
        # between named sides ("between Russia and Vietnam") whatever else the sentence holds
        return t >= b or not view.caps[t]
    if j + 1 < b and keys[j] == "of" and _in_class(trie, "faction_term", keys, i) == j:
        t = j + 1 + (keys[j + 1] == "the")
        if t < b and _in_class(trie, "party", keys, t) > t:
            return True  # review 13: "the parliamentary groups of United Russia and the CPRF": a
            # party's group in its own parliament is its faction
    return domestic is not None and any(domestic.ends(keys, t) for t in range(a, b))


def _joined_modifiers(keys: list[str], t: int, e: int, view: TextView | None, trie: PhraseTrie) -> bool:
    """True if key ``t`` is "and"/"or" joining two modifiers inside an object ("a course for
    middle-ranking and senior cadres"): the word before it is hyphenated ("mid-level") or a word of the
    class ``cadre_modifier`` ("young", "senior"), and inside the object already; any other word
    names a group of its own ("train children and young officials", "train staff and officials")."""
    if view is None or keys[t] not in ("and", "or") or t - 1 < e or t + 1 >= len(keys):
        return False
    s = view.starts[t - 1]
    if view.ends[t - 2] == s - 1 and view.text[s - 1] in "-\u2010\u2011" and keys[t - 1].isalpha():
        return True  # "mid-level", "mid-career"
    cls = trie.classes.get("cadre_modifier")
    return cls is not None and any(t in cls.ends(keys, u) for u in range(max(e, t - 3), t))


def _second_verb(keys: list[str], e: int, verbs) -> int:
    """Where the object of a verb ending at key ``e`` starts: after a second verb of the same class
    joined by "and" ("training and fostering young cadres": both verbs take the cadres), else ``e``.
    Only a verb right after "and" counts ("training and young cadres" keeps ``e``)."""
    if e + 1 < len(keys) and keys[e] == "and":
        got = verbs.ends(keys, e + 1)
        if got:
            return max(got)
    return e


# Round 18: words after a noun that end its noun phrase ("the oil and gas industries of Việt Nam").
_PHRASE_ENDS = frozenset({"of", "in", "and", "or", "to", "with", "for", "that", "which", "has", "have",
                          "had", "is", "are", "was", "were", "will", "would", "can", "could", "may",
                          "must", "should"})

# Round 18: auxiliaries after a place of study make it the subject of a clause ("the university
# has trained"), the institution of the story rather than schooling as a field; a form of "be" may
# start a passive about schooling ("the school was closed for a year") and is left out.
_SUBJECT_VERBS = frozenset({"has", "have", "had", "will", "would", "can", "could"})


def _trainer_party(keys: list[str], i: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if a party is named in the stretch of the sentence between commas around the verb of
    training at key ``i`` ("how the CPV trains young leaders", "courses for young leaders of the two
    parties"), or earlier in the sentence as no object of a preposition ("The CPRF, the main
    opposition party, trains young members"); not "At a meeting with the CPRF delegation, the
    governor said the region trains young politicians"."""
    if view is None:
        return True
    s, b = _sentence_start(keys, i), _sentence_end(keys, i)
    a = max([t + 1 for t in range(s, i) if keys[t] == ","], default=s)
    b = next((t for t in range(i, b) if keys[t] == ","), b)
    if any(keys[t] == "party" and _real_party(keys, t, t + 1, view) for t in range(a, b)):
        return True
    for x, _ in _party_actors(keys, s, b, trie, view):
        t = x - 1
        while t >= s and (keys[t] in _ARTICLES or keys[t] in _PAIR_WORDS):
            t -= 1
        if x >= a or not (t >= s and (keys[t] in _PREPOSITIONS or keys[t] in _OBJECT_WORDS or keys[t] == "by")):
            return True
    return False


# Round 24a: the service of a state whose leaders are its cadres, as officials are ("training leaders
# of the Vietnamese public service"), as key tuples after "of the" and up to two modifiers
_STATE_SERVICES = frozenset({("public", "service"), ("civil", "service"), ("state", "apparatus"),
                             ("public", "administration"), ("state", "administration")})


def _state_servants(keys: list[str], end: int) -> bool:
    """True if the people a verb trains (ending at key ``end``) are "of the" service of a state
    (:data:`_STATE_SERVICES`): "leaders of the Vietnamese public service", "members of the civil
    service"; not "leaders of firms", "leaders of the service sector"."""
    n = len(keys)
    if end + 1 >= n or keys[end] != "of" or keys[end + 1] != "the":
        return False
    return any(tuple(keys[t : t + 2]) in _STATE_SERVICES for t in range(end + 2, min(n, end + 5)))


def _owned_elsewhere(keys: list[str], end: int, trie: PhraseTrie) -> bool:
    """True if "of" after the people a verb trains (class ``party_trainee``, ending at key ``end``)
    names whose they are, and no party is among the next four words: "leaders of firms", "members
    of the football team"; "members of grassroots party organisations" stay a party's."""
    if end >= len(keys) or keys[end] != "of":
        return False
    party = trie.classes.get("party")
    after = range(end + 1, min(len(keys), end + 5))
    return not any(keys[t] == "party" or (party is not None and party.ends(keys, t)) for t in after)


def _pointed_back(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView | None = None) -> bool:
    """True if the match ``i``..``j`` is only a place of study (class ``pointed_institution``) that "the
    two", "both", "this" or "these" points back to, outside a relation "between"/"among" them: "the
    two schools would sign a memorandum" names the schools of the story, not schooling as a field.
    Round 18: so does one place of study (singular, with a ``view``) after "his", "her", "its",
    "their" or "our" ("his university would grant scholarships") or after "the" before a verb it
    is the subject of ("the university has trained 500 engineers"); "our universities", "the
    university sector" are untouched."""
    if _in_class(trie, "pointed_institution", keys, i) != j or i < 1:
        return False
    one = view is not None and not view.surface(j - 1, j).lower().endswith("s")
    if keys[i - 1] in ("this", "these", "both"):
        if keys[i - 1] == "both" and j < len(keys) and keys[j] in ("and", "or", ","):
            return False  # "both schools and hospitals": "both" joins two fields, it points at nothing
        a = i - 1
    elif one and (keys[i - 1] in ("his", "her", "its", "their", "our") or (
        keys[i - 1] == "the" and j < len(keys) and keys[j] in _SUBJECT_VERBS
    )):
        a = i - 1
    elif i >= 2 and keys[i - 2 : i] == ["the", "two"]:
        a = i - 2
    else:
        return False
    return not (a >= 1 and keys[a - 1] in ("between", "among"))


def _party_state_people(keys: list[str], j: int, trie: PhraseTrie) -> bool:
    """True if the party match ending at key ``j`` is the first of "the Party, State/Government and
    people (of X)": the whole country named by its pillars, a relationship label, no party relation
    ("the relations with the Party, Government and people of China"). Round 20.

    A party followed by "and" and anything but a state word and "people" is untouched ("relations
    with the CPC and its Organisation Department"). Review 13: the state word may come after "the
    two" or "both", as in the guidelines' label "the two Parties, the two States and the two peoples".
    """
    if j + 1 >= len(keys) or keys[j] not in (",", "and"):
        return False
    t = j + 1
    while t < len(keys) and t - j <= 3 and keys[t] in ("the", "two", "both"):
        t += 1  # "the two Parties, the two States and the two peoples"
    if _in_class(trie, "state_word", keys, t) == t:
        return False
    return "people" in keys[t : t + 7]


_THANKS = frozenset(key_stream("thanked thank thanks thanking")[2])  # as matching keys


def _thanked_institution(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if the match ``keys[i:j]`` is one place of study (class ``pointed_institution``, in the
    singular) right after "thanked the": "thanked the university for its support" names an actor,
    not schooling as a field (round 21). The plural ("thanked the universities of both countries
    for cooperation in education") and other bodies are untouched. Not the alma mater: the set
    marks "graduates of Soviet and Russian universities" (e80, e132, e211, ...)."""
    if _in_class(trie, "pointed_institution", keys, i) != j or i < 2 or view is None:
        return False
    return keys[i - 1] == "the" and keys[i - 2] in _THANKS and not view.surface(j - 1, j).lower().endswith("s")


_QUOTE_KEYS = frozenset({'"', "\u201c", "\u201d"})
_NAME_SMALL_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "a", "an", "to", "with"})


def _quoted_name(keys: list[str], i: int, j: int, view: TextView | None) -> bool:
    """True if the match ``keys[i:j]`` lies inside a short quoted name: two to six words between
    double quotes, each capitalised but for small words ("of", "and", ...): the "Youth Friendship
    Bridge" programme, the "Green Roads" festival are names of programmes or events, no field
    (round 21; the guidelines leave sector words inside names unannotated). A quoted sentence
    ("Education is the key," he said) has lower-case words and is untouched."""
    if view is None:
        return False
    a = next((t for t in range(i - 1, max(-1, i - 7), -1) if keys[t] in _QUOTE_KEYS or not (keys[t].isalnum() or "-" in keys[t])), None)
    b = next((t for t in range(j, min(len(keys), j + 7)) if keys[t] in _QUOTE_KEYS or not (keys[t].isalnum() or "-" in keys[t])), None)
    if a is None or b is None or keys[a] not in _QUOTE_KEYS or keys[b] not in _QUOTE_KEYS or b - a - 1 < 2:
        return False
    return all(view.caps[t] or keys[t] in _NAME_SMALL_WORDS for t in range(a + 1, b)) and view.caps[a + 1]


def _served_as(keys: list[str], i: int) -> bool:
    """True if the match at key ``i`` comes right after "who served as", "who had served as" or
    "having served as" (and an article): "veterans who served as military advisers in Việt Nam"
    describes people by a role they held, actors (the set marks such past roles borderline at most:
    e278, e348), no field. A thing that serves as something ("the university serves as a training
    centre") is untouched."""
    t = i - 1 if i >= 1 and keys[i - 1] in _ARTICLES else i
    return t >= 3 and keys[t - 1] == "as" and keys[t - 2] == "served" and keys[t - 3] in ("who", "had", "having")


# agreed errors 8: a quoted "a school" after "as" or a copula is a figure; its own words may follow
_FIGURE_AFTER = frozenset({"of", "for", "between", "to", "in", "on", "with"})  # the quoted noun's own words
_FIGURE_INTRO = frozenset({"as", "is", "was", "are", "were", "be", "been", "become", "becoming", "became"})


def _quoted_figure(keys: list[str], i: int, j: int) -> bool:
    """True if the one-word match ``keys[i:j]`` heads a short quoted noun phrase that opens with an
    article (scare quotes mark a figure of speech, no field): one the quotation closes on, with at most
    two words between article and match (dreamed of becoming "a small bridge" between Việt Nam and
    Russia, called it "the golden bridge"; review 14 leftovers), or one after "as" or a copula, "a"/"an"
    and at most one adjective, followed by its own words ("described the CPV as \"a school of political
    experience\""; agreed errors 8). A quoted sentence ('"We opened the bridge", he said'), an unquoted
    "a school", a quote of the field itself ("the plan covers \"schools and hospitals\"") and a quoted
    word that modifies the noun ('as "a trade agreement"'; review 16) keep the word."""
    if j - i != 1:
        return False
    closes = j < len(keys) and keys[j] in _QUOTE_KEYS
    if not closes and j < len(keys) and keys[j].isalpha() and keys[j] not in _FIGURE_AFTER:
        return False  # review 16: a modifier of the quoted noun ("as \"a trade agreement\"") is the field
    for a in range(i - 1, max(-1, i - 5), -1):  # the opening quote, plain words after it
        if keys[a] in _QUOTE_KEYS:
            break
        if not keys[a].isalpha():
            return False
    else:
        return False
    if a + 1 >= i or keys[a + 1] not in _ARTICLES:
        return False
    return closes or (keys[a + 1] in ("a", "an") and i - a <= 3 and a >= 1 and keys[a - 1] in _FIGURE_INTRO)


def _on_behalf_of(keys: list[str], i: int) -> bool:
    """True if the match at key ``i`` comes right after "on behalf of" (and an article): "on behalf
    of the students" names whom a speaker represents, actors, no field (round 21)."""
    t = i - 1 if i >= 1 and keys[i - 1] in _ARTICLES else i
    return t >= 3 and keys[t - 3 : t] == ["on", "behalf", "of"]


def _topic_of_work(keys: list[str], i: int, trie: PhraseTrie) -> bool:
    """True if key ``i`` is in the topic of a work (class ``work_about``) after "about", with at most
    ``_TOPIC_OF_WORK`` plain words between: "a feature film about Vietnamese students" shows the
    students, no field of cooperation. "talks about education" (no work) is untouched."""
    for a in range(i - 1, max(0, i - 1 - _TOPIC_OF_WORK) - 1, -1):
        if a < 1 or not keys[a].isalpha() or _in_class(trie, "relation", keys, a) > a:
            return False  # "stories about cooperation in energy": the topic is a field of ties
        if keys[a] == "about":
            return any(_in_class(trie, "work_about", keys, x) == a for x in range(max(0, a - 2), a))
    return False


def _party_from(keys: list[str], t: int, j: int, trie: PhraseTrie) -> bool:
    """True if a party relation starts at key ``t`` and runs past ``j`` ("dialogue between the two
    parties" inside "political dialogue between the two parties")."""
    hit = trie.longest(keys, t)
    return hit is not None and hit[0] > j and hit[1][0] == "party"


def _plain_object(keys: list[str], t: int, trie: PhraseTrie) -> bool:
    """True if key ``t`` may stand inside the object of a verb of training or party work: a word
    (or number) that is no preposition, clause word or word of another sector ("training Lao
    energy officials" is energy)."""
    k = keys[t]
    if not k.isalnum() or k in _NOT_IN_OBJECT:
        return False
    hit = trie.longest(keys, t)
    return hit is None or hit[1][0] in (None, "party")


def _sentence_start(keys: list[str], i: int) -> int:
    """The first key of the sentence around key ``i`` (keys after the last of :data:`_SENTENCE_END`)."""
    while i > 0 and keys[i - 1] not in _SENTENCE_END:
        i -= 1
    return i


def _sentence_end(keys: list[str], i: int) -> int:
    """The first key of :data:`_SENTENCE_END` at or after key ``i`` (``len(keys)`` if none)."""
    while i < len(keys) and keys[i] not in _SENTENCE_END:
        i += 1
    return i


# The answers of _party_sentence for the last text asked about: (keys, trie, view) by identity, then
# {sentence start: answer}. The strong references keep the ids from being reused by another text.
# One table per thread: a Dask worker runs several documents at once in threads, and a table
# another thread replaced between the check and the read would answer for the wrong text.
_MEMOS = threading.local()
_SENTENCE_MEMO = "sentence"


def _party_sentence(keys: list[str], i: int, trie: PhraseTrie, view: TextView | None = None) -> bool:
    """True if the sentence around key ``i`` names a party: a party the text names (an acronym,
    "United Russia", "the two Parties") or the key "party" (Party, party-to-party, Party Committee).

    Not a party: "Party" that opens a person's title ("Party General Secretary Tô Lâm", "the Party
    chief"), nor a bare lower-case "party"/"parties" with no party modifier before it ("the parties
    to the treaty"; "both parties", "the two Communist parties" do count).

    Remembered per sentence of the last text (several rules ask about the same sentence).
    """
    a = _sentence_start(keys, i)
    return _remember(_SENTENCE_MEMO, keys, trie, view, a, lambda: _names_party(keys, a, trie, view))


def _remember(memo: str, keys: list[str], trie: PhraseTrie, view, key, compute):
    """``compute()`` for ``key``, remembered in this thread's table ``memo`` for the last text asked
    about (its keys, trie and view by identity: another text starts a new table)."""
    table = getattr(_MEMOS, memo, None)
    if table is None or table[0] is not keys or table[1] is not trie or table[2] is not view:
        table = [keys, trie, view, {}]
        setattr(_MEMOS, memo, table)
    got = table[3].get(key)
    if got is None:
        got = table[3][key] = compute()
    return got


def _names_party(keys: list[str], a: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """:func:`_party_sentence` of the sentence starting at key ``a``."""
    b = _sentence_end(keys, a)
    if any(_real_party(keys, t, t + 1, view) for t in range(a, b) if keys[t] == "party"):
        return True
    party = trie.classes.get("party")
    return isinstance(party, SpanClass) and any(
        _real_party(keys, x, e, view) for x in range(a, b) for e in party.by_start.get(x, ()) if e <= b
    )


def _real_party(keys: list[str], x: int, e: int, view: TextView | None) -> bool:
    """True if keys ``x:e`` (the key "party" or a phrase of the class ``party``) name a political
    party: not "Party" opening a person's title ("Party General Secretary Tô Lâm", "the Party
    chief"), nor a bare lower-case "party" with no party modifier, owner, "inter" or "to" before it
    ("the parties to the treaty", "third party liability"; "both parties", "their party", "inter-
    party" and "party-to-party" do count)."""
    names = load_names()
    if keys[e - 1] == "party" and e < len(keys) and keys[e] in names.titles:
        return False  # a title: "Party General Secretary", "the Party chief"
    if view is not None and all(k == "party" or k in _ARTICLES for k in keys[x:e]):
        t = next(t for t in range(x, e) if keys[t] == "party")
        modified = t > 0 and (
            keys[t - 1] in names.party_modifiers or keys[t - 1] in _OWNERS or keys[t - 1] in ("inter", "to")
        )
        if not modified and not view.surface(t, t + 1)[:1].isupper():
            return False
    return True


# The classes whose phrase (or a party's name) must start at the key where _party_work finds
# anything: every reading it makes opens with one of them.
_WORK_OPENERS = ("cadre_training", "cadre_building", "cadre_work", "party_verb", "relation", "cadre", "party_event",
                 "party_trainee")
_OPENERS_MEMO = threading.local()


def _work_opens(keys: list[str], i: int, classes: dict) -> bool:
    """False if no reading of :func:`_party_work` can start at key ``i`` (most places): no phrase of
    :data:`_WORK_OPENERS` and no party starts there. The first keys of those classes are gathered
    once per class table (a text's trie view)."""
    memo = getattr(_OPENERS_MEMO, "last", None)
    if memo is None or memo[0] is not classes:
        tries = [classes.get(c) for c in _WORK_OPENERS]
        firsts = None
        if all(t is None or isinstance(t, PhraseTrie) for t in tries):
            firsts = frozenset().union(*(t.root for t in tries if t is not None))
        memo = _OPENERS_MEMO.last = (classes, firsts)
    firsts = memo[1]
    if firsts is None or keys[i] in firsts:
        return True  # a class of another kind: ask it as the rule does
    party = classes.get("party")
    return party is not None and bool(party.ends(keys, i))


# Agreed errors 9: what cadres are sent or received for ("officials for a two-week course",
# "on short-term training courses", "for training"); "study" only as a noun here ("for study")
_COURSE_HEADS = frozenset({"course", "training", "study", "internship"})
_COURSE_MODIFIERS = 3  # words between "for"/"on" and the course ("for a two-week refresher course")
_PLACE_WORDS = 3  # words of a place the cadres go to before the course ("to Hanoi", "to Viet Nam")
# Review 17b: what follows a course word when it names a path or a piece of research, no schooling
# ("officials on the course of renewal", "officials for a study of land reform", "a study into ...")
_NO_COURSE_AFTER = {"course": frozenset({"of"}), "study": frozenset({"of", "on", "into"})}
_DURATIONS = frozenset({"day", "week", "month", "year"})  # "a study of six months": the course's length


# Review 17b: endings of the nouns of cadre work ("an assessment", "a rotation", "a planning"); any
# other word of the class right after "a"/"an" is an adjective ("a select group of party members")
_WORK_NOUN_ENDINGS = ("ment", "tion", "ing")


def _work_adjective(keys: list[str], i: int) -> bool:
    """True if the word of the class ``cadre_work`` at key ``i`` follows "a" or "an" and is no noun
    of the work (:data:`_WORK_NOUN_ENDINGS`): "a select group of party members" is a chosen few,
    not the selecting of cadres; "an assessment of party members" is the work."""
    return i > 0 and keys[i - 1] in ("a", "an") and not keys[i].endswith(_WORK_NOUN_ENDINGS)


def _pair_of_heads(keys: list[str], t: int) -> bool:
    """True if the leaders or members at key ``t`` after a word of cadre work are "the two" or
    "both": the heads of the two sides, not people worked on ("welcomed the assessment of *the two
    leaders* on ties": their view). "The assessment and planning of leaders" is the work (review
    17b)."""
    return t > 0 and keys[t - 1] in ("two", "both")


def _sent_to_course(keys: list[str], e: int, trie: PhraseTrie, view: TextView | None) -> int | None:
    """The end of what cadres ending at key ``e`` are sent or received for, or None: "for" or "on",
    an article and a few plain words, then a course or training ("officials for a two-week
    course", "officials on short-term training courses"), after an optional capitalised place
    ("functionaries to Hanoi for a course"); or "to study" with a place or nothing after it ("party
    members to study in Vietnam"; not "officials to study the proposal", a verb of examining). A course
    of something or a study of or on something is a path or research, no schooling
    (:data:`_NO_COURSE_AFTER`: "officials on the course of renewal", "officials for a study of land
    reform"; review 17b)."""
    n = len(keys)
    t = e
    if view is not None and t + 1 < n and keys[t] == "to" and view.surface(t + 1, t + 2)[:1].isupper():
        t += 1
        while t < n and t - e <= _PLACE_WORDS and keys[t].isalpha() and view.surface(t, t + 1)[:1].isupper():
            t += 1
    if t + 1 < n and keys[t] == "to" and keys[t + 1] == "study" and t == e:
        after = keys[t + 2] if t + 2 < n else "."
        if after == "at":  # the party school studied at joins the mention ("to study at the political school")
            school = next((_in_class(trie, "party_school", keys, u) for u in range(t + 3, min(n, t + 3 + _PLACE_WORDS))
                           if _in_class(trie, "party_school", keys, u) > u), None)
            if school is not None:
                return school
        return t + 2 if after in ("in", "at", "abroad") or not after.isalnum() else None
    if t >= n or keys[t] not in ("for", "on"):
        return None
    u = t + 1 + (t + 1 < n and keys[t + 1] in _ARTICLES)
    for x in range(u, min(n, u + _COURSE_MODIFIERS + 1)):
        if keys[x] in _COURSE_HEADS:
            end = x + 1
            if end < n and keys[end] in _NO_COURSE_AFTER.get(keys[x], ()) and not (end + 2 < n and keys[end + 2] in _DURATIONS):
                return None  # review 17b: "the course of renewal", "a study of land reform" ("of six months": its length)
            return end + (end < n and keys[x] == "training" and keys[end] == "course")
        if not keys[x].isalpha() or keys[x] in _NOT_IN_OBJECT:
            return None
    return None


def _party_work(keys: list[str], i: int, trie: PhraseTrie, view: TextView | None):
    """A party mention made by a verb and its object, with words between: ``(end, term)`` or None.

    - a verb of training and the cadres it trains ("train a new group of Lao party
      officials", "jointly trained more than 150 senior officials", "refresher courses for
      district officials"): classes ``cadre_training`` and ``cadre``;
    - a verb of party work and the Party ("building a clean and strong Party", "consolidating
      grassroots Party organisations"): class ``party_verb``, the Party capitalised in a text;
    - a relation between bodies of a kind parties have, in a sentence that names a party
      ("contacts between their youth wings", "a cooperation programme between the two
      academies ... Party building"): classes ``relation`` and ``party_body``; or, after "the two"
      or "their", in a sentence whose sentence before names an organ of a party
      (:func:`_party_before`: "... the Control Commission of the CPRF. ... exchanges between the
      two commissions");
    - the passive of training cadres ("120 Lao cadres were trained"): a party's own cadres (a party
      or "party" right before), or a sentence with a literal party term (:func:`_party_context`);
    - a relation, a participle and its parties ("the memorandum agreed in 2019 between the CPV and
      the CPRF"), not a party that only describes a noun after it (:func:`_modifies_noun`);
    - a party subject, a relative clause between commas, then the relation the party keeps ("the two
      Parties, which both took part in the forum, will hold regular consultations"): the subject a
      real party (:func:`_real_party`), the relation as :func:`_linked` reads it;
    - an event on a party (class ``party_event``): "a round table next month on the history of the
      ruling party", the party by name or a real "party" within a few plain words of "on".
    """
    classes = trie.classes
    if not _work_opens(keys, i, classes):
        return None
    n = len(keys)
    train, cadre = classes.get("cadre_training"), classes.get("cadre")
    # training reaches any cadres, also "for" them ("courses for district officials"); building
    # reaches only a party's own cadres and no "for" ("building a contingent of young cadres", not
    # "building new homes for officials")
    # round 17: and, in a sentence that names a party, the party's own people by a plainer word
    # ("how the CPV trains young leaders", "train more of its young members"): class `party_trainee`
    walks = ((train, cadre, ("of", "for"), "{cadre_training} ... {cadre}"),
             (classes.get("cadre_building"), classes.get("party_cadre"), ("of",), "{cadre_building} ... {party_cadre}"),
             (train, classes.get("party_trainee"), ("of", "for"), "{cadre_training} ... {party_trainee}"),
             # agreed errors 9: personnel work on a party's people ("managing Party members", in a
             # sentence that names a party "assessing and rotating leaders")
             (classes.get("cadre_work"), classes.get("party_cadre"), ("of",), "{cadre_work} ... {party_cadre}"),
             (classes.get("cadre_work"), classes.get("party_trainee"), ("of",), "{cadre_work} ... {party_trainee}"))
    for verbs, whom, preps, pattern in walks:
        if verbs is None or whom is None:
            continue
        if pattern.startswith("{cadre_work}") and _work_adjective(keys, i):
            continue  # review 17b: "a select group of party members" is no selecting
        state_only = False  # round 24a: no party near, only a state's servants count ("leaders of the public service")
        if pattern.endswith("{party_trainee}") and not (verbs.ends(keys, i) and _party_sentence(keys, i, trie, view)
                                                         and (pattern.startswith("{cadre_work}")
                                                              or _trainer_party(keys, i, trie, view))):
            if not (pattern.startswith("{cadre_training}") and verbs.ends(keys, i)):
                continue
            state_only = True
        for e in reversed(verbs.ends(keys, i)):
            e = _second_verb(keys, e, verbs)  # round 17: "training and fostering young cadres"
            for t in range(e, min(n, e + _CADRE_SPAN + 1)):
                got = whom.ends(keys, t)
                if got and pattern.startswith("{cadre_building}") and keys[t : max(got)] == ["cadre"] and (
                    (t == e and keys[e - 1] != "of") or (max(got) < n and keys[max(got)] in _CADRES_FOR)
                ) and not _party_near(keys, i, trie, view):
                    # bare "cadres" are anyone's officials: "the army builds cadres", "building a team
                    # of cadres to run the hospital" are no party's without a party near
                    break
                if got and state_only and not _state_servants(keys, max(got)):
                    break
                if got and t > e and pattern.endswith("{party_trainee}") and _in_class(trie, "service_modifier", keys, t - 1) == t:
                    break  # review 20: "train 200 police officers": a state's force, no party's people
                if got and pattern.endswith("{party_trainee}") and not state_only and _owned_elsewhere(keys, max(got), trie):
                    break  # "a school that trains leaders of firms": someone else's people
                if got and pattern == "{cadre_work} ... {party_trainee}" and t > e and keys[t - 1] in _OWNERS:
                    break  # "briefed the guests on the rotation of its leaders": one party's own affair
                if got and pattern == "{cadre_work} ... {party_trainee}" and _pair_of_heads(keys, t):
                    break  # review 17b: "the assessment of the two leaders on ties": their view
                if got:
                    return max(got), pattern
                if not (_plain_object(keys, t, trie) or keys[t] in preps or (
                    keys[t] == "than" and keys[t - 1] in _COMPARATIVES
                ) or _joined_modifiers(keys, t, e, view, trie) or is_count(keys[t])):
                    # "jointly trained more than 150 senior officials": a number, not a clause;
                    # review 13: a figure with a comma too ("trains some 3,000 party workers")
                    break
    verb = classes.get("party_verb")
    if verb is not None and view is not None:
        for e in reversed(verb.ends(keys, i)):
            for t in range(e, min(n, e + _PARTY_WORK_SPAN + 1)):
                if keys[t] == "party" and view.surface(t, t + 1)[:1].isupper():
                    end = _in_class(trie, "party_unit", keys, t + 1)  # "Party organisations"
                    return end, "{party_verb} ... party"
                k = keys[t]
                if k == "and":
                    continue  # "building and rectifying the Party", "a clean and strong Party"
                if k in _NOT_IN_OBJECT or not k.isalpha():
                    break
                if k.isalpha() and view.surface(t, t + 1)[:1].isupper():
                    break  # a name ("building the United Russia ..."): not the Party itself
                if k not in _ARTICLES and not _plain_object(keys, t, trie):
                    break
    relation, body = classes.get("relation"), classes.get("party_body")
    if relation is not None and body is not None:
        for e in relation.ends(keys, i):
            if e >= n or keys[e] != "between":
                continue
            party = classes.get("party")
            first = _organ_of_party(keys, e + 1, trie, view, party) if party is not None and view is not None else None
            if first is not None and first + 1 < n and keys[first] == "and":
                # probe 10: "exchanges between the Propaganda Commission of the CPV and the Publicity
                # Department of the CPC": both members organs of a party by name (or a party)
                u = first + 1 + (keys[first + 1] == "the")
                second = _organ_of_party(keys, first + 1, trie, view, party) or max(party.ends(keys, u), default=None)
                if second is not None:
                    return second, "{relation} between the {organ} of {party} and ..."
            t, last, members = e + 1, min(n, e + 1 + _BODY_SPAN), 1
            while t < last:
                got = body.ends(keys, t)
                if got and t > e + 1 and (
                    _party_sentence(keys, i, trie, view) or (keys[t - 1] in ("two", "their") and (
                        _party_before(keys, i, trie, view) or _body_named_before(keys, i, keys[t:max(got)], trie, view)))
                ):
                    return max(got), "{relation} between ... {party_body}"
                if keys[t] in (",", "and") and t > e + 1 and keys[t - 1].isalpha() and members < _BODY_MEMBERS:
                    # a list of bodies whose last member is a party's: "between their think
                    # tanks, magazines and Party newspapers"
                    t += 1 + (keys[t] == "," and t + 1 < n and keys[t + 1] == "and")
                    if t < n and keys[t] in _DETERMINERS_IN_LIST:
                        if keys[t] == keys[e + 1] == "the" and keys[t - 1] == "and" and _party_school_at(keys, t + 1, trie):
                            # round 23b: "between the HCMA and the Higher Party School": a pair, each
                            # with "the", whose second is a party's school by name
                            return _in_class(trie, "party_school", keys, t + 1), "{relation} between ... {party_school}"
                        break  # "between the two countries, their firms and ...": not one list of bodies
                    last, members = min(n, t + _BODY_SPAN), members + 1
                    continue
                if keys[t] in _NOT_IN_OBJECT or not keys[t].isalpha():
                    break
                if view is not None and view.possessive(t + 1) and not (
                    isinstance(party, SpanClass) and any(t + 1 in party.by_start.get(x, ()) for x in range(e + 1, t + 1))
                ):
                    break  # "between the two countries' schools": bodies that are not the parties' own
                t += 1
    if cadre is not None and train is not None and view is not None:
        # the passive of training officials in a sentence that holds a party term ("where dozens
        # of Cuban cadres were trained", at a school of politics) or of a party's officials
        # ("500 CPV officials have been trained")
        party = classes.get("party")

        def owned() -> bool:  # asked only where a passive of training follows (most places have none)
            return i > 0 and (
                (keys[i - 1] == "party" and _real_party(keys, i - 1, i, view))
                or (isinstance(party, SpanClass) and any(i in party.by_start.get(x, ()) for x in range(max(0, i - 6), i)))
            )

        for e in cadre.ends(keys, i):
            t = e
            while t < n and t - e < 2 and keys[t] in _PASSIVE:
                t += 1
            got = train.ends(keys, t) if t > e else ()
            if got and (owned() or _party_context(keys, i, trie, view)):
                return max(got), "{cadre} ... {cadre_training}"
            if t == e and e + 2 < n and keys[e] in _STUDY and keys[e + 1] in ("at", "in") and owned() and (
                trie.longest(keys, e) is None
            ) and (keys[e + 1] == "at" or view is None or view.surface(e + 2, e + 3)[:1].isupper()):
                # round 22b: a party's officials who study somewhere are trained there ("CPRF officials
                # study at seminars in Hanoi"); "customs officials study at" is no party's, and a term
                # from the verb on ("study at the {party_school}") reads itself; review 15: "study in"
                # needs a place after it ("in Hanoi"), not "in detail"
                return e + 2, "{cadre} study at"
            sent = _sent_to_course(keys, e, trie, view)
            if sent is not None and _party_sender(keys, i, trie, view):
                # agreed errors 9: a party's cadres received or sent for a course ("a group of
                # propaganda officials for a two-week course", "officials on short-term training
                # courses", "young party members to study in Vietnam")
                return sent, "{cadre} for ... course"
        trainee = classes.get("party_trainee")
        if trainee is not None and i > 0 and keys[i - 1] in ("its", "their"):
            # round 24f: a party's own members sent "to study" somewhere ("the CPRF had sent 200 of its
            # members to study in Việt Nam"), as its cadres are; "its members to study the proposal"
            # (a verb of examining) and "its members" with no party in the sentence stay untouched
            for e in trainee.ends(keys, i):
                if e + 1 < len(keys) and keys[e] == "to" and keys[e + 1] == "study":
                    sent = _sent_to_course(keys, e, trie, view)
                    if sent is not None and _party_sentence(keys, i, trie, view):
                        return sent, "its {party_trainee} to study"
    party = classes.get("party")
    if relation is not None and party is not None and view is not None:
        # a relation and its parties behind a participle: "the memorandum agreed in 2019 between
        # the CPV and United Russia"
        for e in relation.ends(keys, i):
            if e >= n or not keys[e].isalpha() or not view.surface(e, e + 1).lower().endswith("ed"):
                continue
            for t in range(e + 1, min(n, e + 5)):
                if keys[t] in ("between", "with"):
                    u = t + 1 + (t + 1 < n and keys[t + 1] == "the")
                    got = party.ends(keys, u) if u < n else ()
                    if got and not _modifies_noun(keys, max(got), trie):
                        return max(got), "{relation} {participle} ... {party}"
                    # "the cooperation agreement signed between the two organisations", in a
                    # sentence that names a party: bodies of the parties, as "between" right after
                    v = u + (u < n and keys[u] in ("two", "their"))
                    bodies = body.ends(keys, v) if body is not None and keys[t] == "between" and v > u else ()
                    if bodies and _party_sentence(keys, i, trie, view):
                        return max(bodies), "{relation} {participle} ... {party_body}"
                    break
                if not (keys[t] in _WHEN or keys[t].isdigit()):
                    break
    if relation is not None and party is not None:
        # a party subject, a relative clause between commas, then its relation: "the two Parties,
        # which both took part in the forum, will hold regular consultations"; the relation
        # is matched as if the clause were not there
        for e in party.ends(keys, i):
            if not (e + 1 < n and keys[e] == "," and keys[e + 1] in _RELATIVE and _real_party(keys, i, e, view)):
                continue  # "The parties, which met in Geneva, ...": any parties to a talk
            c = next((t for t in range(e + 2, min(n, e + 2 + _CLAUSE_SPAN)) if not keys[t].isalnum()), None)
            if c is None or keys[c] != ",":
                continue  # no closing comma: a clause that runs on ("..., which signed ... in 2019.")
            cut = keys[:e] + keys[c + 1 :]
            hit = trie.longest(cut, i)
            if hit is not None and hit[1][1].startswith(_PARTY_WORDS) and _linked(cut, i, hit[0], trie):
                return hit[0] + (c + 1 - e), "{party}, {clause}, ... {relation}"
    event = classes.get("party_event")
    if event is not None and view is not None:
        # an event about a party: "a round table next month on the history of the ruling party"
        literal = trie.without_root_slots()
        for e in event.ends(keys, i):
            t = e
            # a time between the event and its topic ("next month", "every two years")
            while t < n and t - e < 3 and (keys[t] in _WHEN or keys[t] in _EVERY) and keys[t] != "on":
                t += 1
            if t >= n or keys[t] != "on":
                continue
            for u in range(t + 1, min(n, t + 1 + _TOPIC_SPAN)):
                # a party by name ("a seminar on the CPV") or a real "party" ("of the ruling party";
                # not "third party liability insurance", "a working party report")
                got = [x for x in (party.ends(keys, u) if party is not None else ()) if _real_party(keys, u, x, view)]
                if keys[u] == "party" and _real_party(keys, u, u + 1, view):
                    got.append(u + 1)
                # or a literal party term ("a conference every two years on party work")
                hit = literal.longest(keys, u) if u == t + 1 else None
                if hit is not None and hit[1][0] == "party" and "{" not in hit[1][1]:
                    got.append(hit[0])
                if got:
                    return max(got), "{party_event} on ... party"
                if not _plain_object(keys, u, trie):
                    break
    return None


def _party_actors(keys: list[str], a: int, b: int, trie: PhraseTrie, view: TextView) -> list[tuple[int, int]]:
    """The party actors of keys ``a:b``: phrases of the class ``party`` (any party the text names,
    "the two parties") and capitalised "Party" keys outside them ("the provincial Party Committee"),
    each a real party (:func:`_real_party`) and no party to a contract ("the parties to the treaty")."""
    party = trie.classes.get("party")
    spans = party.by_start if isinstance(party, SpanClass) else {}
    out: list[tuple[int, int]] = []
    x = a
    while x < b:
        if keys[x] != "party" and x not in spans:
            x += 1  # most keys: no party starts here
            continue
        ends = [e for e in spans.get(x, ()) if e <= b and _real_party(keys, x, e, view)]
        e = max(ends) if ends else (x + 1 if keys[x] == "party" and _real_party(keys, x, x + 1, view) else x)
        if e > x and not _named(view.surface(x, e)) and not _named_party_before(spans, x, view):
            e = x  # "Both parties welcomed the visa deal": sides of a deal, unless a party was named
        if e > x:
            if not _legal_to(keys, e):
                out.append((x, e))
            x = e
        else:
            x += 1
    return out


def _deal_parties(keys: list[str], x: int, e: int, view: TextView, spans: dict) -> bool:
    """True if the party phrase ``keys[x:e]`` is the sides of a deal or a dispute, no political
    parties: a lower-case "parties" to a contract ("Both parties to the loan agreement"), or one
    with no word of a party before it ("the interested parties", "its partner parties"). Political:
    a party modifier or owner ("the two parties", "their parties": :func:`_real_party`), a
    capitalised origin ("Russian parties"), "the parties" once a party was named by name, a capital
    letter ("the two Parties to a new height")."""
    if not view.surface(e - 1, e).lower().rstrip("'’").endswith("parties") or _named(view.surface(x, e)):
        return False
    if _legal_to(keys, e):
        return True
    if _real_party(keys, x, e, view):
        return False
    t = x - 1
    if t >= 0 and keys[t] in _ARTICLES:
        return not _named_party_before(spans, x, view)
    return not (t >= 0 and keys[t].isalpha() and view.caps[t] and not view.initial[t])


def _party_slot(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView, first: bool) -> bool:
    """False if the ``{party}`` slot that opens (``first``) or ends a pattern rule's match
    ``keys[i:j]`` holds the sides of a deal (:func:`_deal_parties`): "Both parties to the loan
    agreement confirmed", "cooperation with the interested parties"; True otherwise."""
    party = trie.classes.get("party")
    if not isinstance(party, SpanClass):
        return True
    spans = party.by_start
    if first:
        slots = [(i, e) for e in spans.get(i, ()) if e <= j]
    else:
        slots = [(x, j) for x in range(i + 1, j) if j in spans.get(x, ())]
    return not slots or not all(_deal_parties(keys, x, e, view, spans) for x, e in slots)


def _named_party_before(spans: dict, x: int, view: TextView) -> bool:
    """True if a party is named by name before key ``x`` (a span of the class ``party`` with a capital
    letter: "the CPRF", "United Russia", "the two Parties"), so that a later lower-case "both
    parties" or "the two parties" means parties, not the sides of a deal."""
    return any(s < x and any(_named(view.surface(s, e)) for e in ends) for s, ends in spans.items())


_DETERMINERS = frozenset({"the", "both", "two", "their", "our", "these", "those", "all"})


def _named(surface: str) -> bool:
    """True if a party phrase names its party: a capital letter past its determiners ("the CPRF",
    "the two Parties"; not "Both parties" opening a sentence)."""
    words = surface.split()
    while words and words[0].lower() in _DETERMINERS:
        words.pop(0)
    return any(ch.isupper() for w in words for ch in w)


def _two_parties(actors: list[tuple[int, int]], keys: list[str], view: TextView, trie: PhraseTrie) -> bool:
    """True if the actors of a clause are two parties or more: two actors, or one that is several
    ("the CPV and the CPRF", "the two parties", "both Parties", "the ruling parties", "the Communist
    parties of Việt Nam and Cuba"), or a party's organs in the plural of two places ("the
    provincial Party Committees of Thanh Hóa and Ulyanovsk"; not "the Party Committee of Thanh
    Hóa", nor "the Party Committees of the province's districts")."""
    if len(actors) > 1:
        return True
    for x, e in actors:
        words = keys[x:e]
        if "and" in words or "two" in words or "both" in words:  # not "our": "Our Party" is one
            return True
        if any(k == "party" and view.surface(t, t + 1).lower().rstrip("'’").endswith("parties")
               for t, k in enumerate(words, x)):
            return True  # "the ruling parties", "the Communist parties of Việt Nam"
        if _organs_of_two(keys, e, view, trie):
            return True
    return False


def _organs_of_two(keys: list[str], e: int, view: TextView, trie: PhraseTrie) -> bool:
    """True if a plural organ word (class ``organ_word``) right after a party actor ending at key
    ``e`` belongs to two places or more: "Party Committees of Thanh Hóa and Ulyanovsk", "Party Committees of the two
    provinces" (one organ of each party, so a relation between two party bodies)."""
    f = _in_class(trie, "organ_word", keys, e)
    if f != e + 1:
        return False
    word = view.surface(e, f).lower()
    if not word.endswith("s") or word.endswith(("'s", "’s")):
        return False
    if e + 1 >= len(keys) or keys[e + 1] != "of":
        return False
    of = keys[e + 2 : min(_sentence_end(keys, e), e + 2 + _OBJECT_SPAN)]
    return "and" in of[:6] or bool(_PAIR_WORDS.intersection(of[:2]))


def _bare_parties(keys: list[str], a: int, b: int, view: TextView) -> bool:
    """True if keys ``a:b`` say "the parties" (lower case, no modifier): with a party named in the
    same clause, the parties it keeps a relation with ("cooperation, which United Russia values,
    between the parties")."""
    return any(keys[t] == "party" and keys[t - 1] == "the" and view.surface(t, t + 1) == "parties"
               and not _legal_to(keys, t + 1)
               for t in range(max(a, 1), b))


def _other_field(keys: list[str], t: int, u: int, trie: PhraseTrie, sector: str = "party") -> bool:
    """True if a term of a sector other than ``sector`` (default="party") starts in keys ``t:u``:
    "cooperation *in energy*", "*trade* ties", "*economic* cooperation" are relations in a field, not
    between parties; "attract more *business* visitors" are visitors who come on business."""
    for x in range(max(0, t), min(len(keys), u)):
        hit = trie.longest(keys, x)
        if hit is not None and hit[1][0] not in (None, sector):
            return True
    return False


def _relation_ok(keys: list[str], r: int, f: int, trie: PhraseTrie, blocked, actor: int = -1) -> bool:
    """True if the relation noun or verb at keys ``r:f`` may be one between parties: not inside a
    name ("Commission for External Relations"), not a relation of another field ("trade ties",
    "cooperation in energy"), not a relation between states ("bilateral cooperation", "the two
    countries' ties"), and, if "with", "to" or "between" follows it, one with a party (checked by the
    caller). A pair word from key ``actor`` on is the actor itself ("its counterpart exchanged ...")."""
    if blocked is not None and any(blocked[r:f]):
        return False
    literal = trie.without_root_slots()
    if _other_field(keys, r - 2, r, literal) or (f < len(keys) and keys[f] in _FIELD_WORDS and _other_field(keys, f + 1, f + 4, literal)):
        return False
    if r > 0 and _in_class(trie, "state_relation", keys, r - 1) == r:
        return False  # "international contacts", "multilateral cooperation"
    # a pair of states before the relation ("the two countries' ties"); probe 17: not a pair of
    # parties, the actor itself ("the two Parties cooperate closely")
    return not any(
        _in_class(trie, "bilateral", keys, x) == r and "party" not in keys[x:r] and not 0 <= actor <= x
        for x in range(max(0, r - 3), r)
    )


def _party_clause(keys: list[str], i: int, trie: PhraseTrie, view: TextView | None, blocked=None):
    """A party relation made of a party actor and a relation in one clause, in either order:
    ``(end, pattern)`` or None (rule "party-clause").

    - a party actor at key ``i`` (:func:`_party_actors`), then, in the same clause and within
      :data:`_PARTY_CLAUSE_SPAN` keys, a relation (classes ``relation``, ``relation_verb``): "the CPV
      and the CPRF have long maintained close ties", "United Russia's General Council and the CPV
      Central Committee's Commission for External Relations agreed to strengthen cooperation";
    - a relation at key ``i``, then "that", "which", "the", "between", "among" or "with" (or "for"
      and a period) and a party actor in the same clause: "the ties that the two parties have
      nurtured", "cooperation, which United Russia values, between the parties", "the relationship
      between the Vietnamese and Russian Communist parties".

    The clause (the sentence, cut at the words of the class ``clause_break``) must name two parties
    (:func:`_two_parties`); no other term may stand between the actor and the relation; the
    relation must be theirs (:func:`_relation_ok`: "trade ties", "international contacts",
    "cooperation in energy" are not), no noun of the class ``weak_relation`` ("support",
    "partnership"), and, "with", "to" or "between" after it, with a party there ("United Russia's
    ties to voters"). A party actor that owns what follows ("the two parties' youth wings"), that
    describes a person (class ``party_person``: "the CPV leadership") or that opens "the Party,
    State and people" (class ``state_word``) is no actor of its own.
    """
    if view is None:
        return None
    classes = trie.classes
    relation, verbs, breaks = classes.get("relation"), classes.get("relation_verb"), classes.get("clause_break")
    if relation is None:
        return None
    party = classes.get("party")
    k = keys[i]
    if k != "party" and k not in relation.root and (verbs is None or k not in verbs.root) and not (
        isinstance(party, SpanClass) and i in party.by_start
    ) and k != "counterpart":
        return None  # neither a relation nor a party starts here (most places)
    n = len(keys)
    if k == "counterpart":
        return _counterpart_clause(keys, i, trie, view, blocked)

    def relation_at(t: int) -> int:
        got = list(relation.ends(keys, t)) + (list(verbs.ends(keys, t)) if verbs is not None else [])
        f = max(got) if got else t
        return t if f > t and _in_class(trie, "weak_relation", keys, t) == f else f

    literal = []  # the trie without root slots, made at the first stop() of this call

    def stop(t: int) -> bool:  # a clause break, or a term of its own (not inside a name)
        if keys[t] in _SENTENCE_END or (breaks is not None and breaks.ends(keys, t)):
            return True
        if not literal:
            literal.append(trie.without_root_slots())
        hit = literal[0].longest(keys, t)
        return hit is not None and hit[1][0] is not None and "{" not in hit[1][1] and not (
            blocked is not None and all(blocked[t : hit[0]])
        )

    f = relation_at(i)
    a, b, c = _clause_bounds(keys, i, trie, view)
    if not _clause_pair(keys, a, c, trie, view):
        return None  # one party or none in the clause: no relation between parties by this rule
    if f > i:
        # a relation first, then its parties
        if not _relation_ok(keys, i, f, trie, blocked) or not _with_party_after(keys, f, trie, view):
            return None
        t = f
        if t + 1 < n and keys[t] == "for" and keys[t + 1][:1].isdigit():
            t += 2  # "a cooperation plan for 2025-2027 between ..."
            while t < n and (keys[t][:1].isdigit() or keys[t] in ("-", "–", "—", "to")):
                t += 1
        if t >= n or not (keys[t] in _RELATION_THEN or (keys[t] == "," and t + 1 < n and keys[t + 1] in _RELATIVE)):
            return None  # "the relationship and that the LPRP ...": another clause
        for u in range(t, min(c, f + _PARTY_CLAUSE_SPAN)):
            if u > f and stop(u):
                return None
            actors = _party_actors(keys, u, min(c, u + 8), trie, view)
            if actors and actors[0][0] == u:
                if keys[u - 1] == "of" and u - 1 == f:
                    return None  # "the cooperation of the CPV": one party's, read by the terms
                if keys[f] == "with" and any(k in _LIST_JOIN for k in keys[f + 1 : u]):
                    return None  # "ties with firms and political parties": others, then parties
                return actors[0][1], "{relation} ... {party}"
        return None
    actors = _party_actors(keys, i, min(c, i + 12), trie, view)
    if not actors or actors[0][0] != i:
        return None
    e = actors[0][1]
    x = i - 1
    while x >= 0:
        while x >= 0 and (keys[x] in _ARTICLES or keys[x] in _PAIR_WORDS):
            x -= 1  # "of the two parties, exchange ...": the actor may start at "parties"
        # the second of coordinated actors has the first one's role: "backed by the CPV and the LPRP"
        if x < a or keys[x] not in ("and", ","):
            break
        before = [s for s, t in _party_actors(keys, a, x, trie, view) if t == x]
        if not before:
            break
        x = before[0] - 1
    if x >= 0 and (keys[x] in _PREPOSITIONS or keys[x] in _OBJECT_WORDS or keys[x] in ("as", "by")):
        return None  # "relations with the CPV as an important channel": the party is an object, not the subject
    if not _actor_itself(keys, e, trie, view):
        return None
    past = e  # probe 17: the end of an excluded name on the way, whose words are no terms
    for t in range(e, min(c, e + _PARTY_CLAUSE_SPAN)):
        if t < past:
            continue
        if not literal:
            literal.append(trie.without_root_slots())
        name = literal[0].longest(keys, t)
        if name is not None and name[1][0] is None:
            past = name[0]  # "the two Parties' commissions for external relations hold consultations"
            continue
        if stop(t):
            return None  # a term of its own ("the exchange of delegations") is read by its own rule
        f = relation_at(t)
        if f > t and blocked is not None and any(blocked[t:f]):
            continue  # "the Commission for External Relations": a name on the way
        if f > t:
            if f < n and keys[f] in _OBJECT_WORDS:
                return None  # "values its links with the Party Committee": the relation names its parties
            if _coordinated_partner(keys, f, c, trie, view):
                return None  # round 23b: "treasures the friendship and partnership with Russia": a state's
            if _relation_ok(keys, t, f, trie, blocked) and _modified_plainly(keys, e, t, trie) and not _object_of(keys, t, trie):
                return f, "{party} ... {relation}"
            return None
    return None


_COUNTERPART_OWNERS = frozenset({"its", "their"})  # "and its counterpart", "and their counterparts"


def _counterpart_at(keys: list[str], i: int) -> bool:
    """True if key ``i`` is "counterpart(s)" after "and its"/"and their" and up to two words ("and its
    Moscow counterpart"): the same kind of body of the other side, coordinated with the one before."""
    for w in (1, 2, 3):
        x = i - w
        if x >= 1 and keys[x] in _COUNTERPART_OWNERS:
            return keys[x - 1] == "and" and all(is_word(t) for t in keys[x + 1 : i])
    return False


# Review 23: words of a verb between a party and "and its counterpart" ("the party said the ministry and
# its counterpart ..."), besides lower-case words in "-ed"
_CLAUSE_VERBS = frozenset("said says told tells that is are was were will would".split())


def _verb_between(keys: list[str], e: int, i: int, view: TextView) -> bool:
    """True if a verb stands between the party ending at key ``e`` and the counterpart at key ``i``: the
    party is then a speaker or a subject, not the body coordinated with the counterpart ("Vietnam's
    ruling party said the ministry and its counterpart would strengthen cooperation"); "The Party
    Committee of Nghệ An province and its counterpart" has none (review 23)."""
    return any(keys[t] in _CLAUSE_VERBS or (keys[t].isalpha() and not view.caps[t] and keys[t].endswith("ed"))
               for t in range(e, i))


def _counterpart_clause(keys: list[str], i: int, trie: PhraseTrie, view: TextView, blocked):
    """Probe 17: a party organ "and its counterpart" of the other side, then a relation in the same
    clause, is a relation between two party bodies: "The Party Committee of Nghệ An province and its
    counterpart in Xiengkhouang signed a cooperation agreement" (rule "party-clause"). The actor is
    the counterpart at key ``i``, so the relation lies within :data:`_PARTY_CLAUSE_SPAN` keys of it;
    the clause must name a party before it ("The Ministry of Trade and its Lao counterpart signed a
    cooperation agreement" is a relation of states, read by the terms)."""
    if not _counterpart_at(keys, i):
        return None
    a, b, c = _clause_bounds(keys, i, trie, view)
    actors = _party_actors(keys, a, i, trie, view)
    if not actors or _verb_between(keys, actors[-1][1], i, view):
        return None
    relation, verbs = trie.classes.get("relation"), trie.classes.get("relation_verb")
    literal = trie.without_root_slots()
    for t in range(i + 1, min(c, i + 1 + _PARTY_CLAUSE_SPAN)):
        hit = literal.longest(keys, t)
        if keys[t] in _SENTENCE_END or (hit is not None and hit[1][0] is not None and "{" not in hit[1][1]):
            return None  # a term of its own on the way
        got = list(relation.ends(keys, t)) + (list(verbs.ends(keys, t)) if verbs is not None else [])
        f = max(got) if got else t
        if f > t and _in_class(trie, "weak_relation", keys, t) != f:
            if keys[t - 1] in _PREPOSITIONS or keys[t - 1] in _OBJECT_WORDS or (f < len(keys) and keys[f] in _OBJECT_WORDS):
                return None  # the relation of another noun, or one that names its own partners
            if _relation_ok(keys, t, f, trie, blocked, actor=i) and _modified_plainly(keys, i + 1, t, trie):
                return f, "{party} and its counterpart ... {relation}"
            return None
    return None


_COORDINATED_SPAN = 5  # keys of a second relation after "and" ("and comprehensive strategic partnership")


def _second_relation(keys: list[str], f: int, c: int, trie: PhraseTrie) -> int | None:
    """The end of a second relation joined by "and" to the relation ending at key ``f`` ("the
    friendship *and comprehensive strategic partnership*"), within :data:`_COORDINATED_SPAN` keys
    and before ``c``; a noun of the class ``weak_relation`` counts ("partnership" is a relation of
    states too). None if no "and" follows, or a comma or a sentence's end comes first."""
    n = len(keys)
    if f >= n or keys[f] != "and":
        return None
    for t in range(f + 1, min(c, n, f + 1 + _COORDINATED_SPAN)):
        if keys[t] in _SENTENCE_END or keys[t] == ",":
            return None
        g = max(_in_class(trie, "relation", keys, t), _in_class(trie, "weak_relation", keys, t))
        if g > t:
            return g
    return None


def _coordinated_partner(keys: list[str], f: int, c: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the relation ending at key ``f`` is joined by "and" to a second relation
    (:func:`_second_relation`) that names its partner after "with", "to" or "between", and that
    partner is no party (round 23b): "the CPV always treasures the traditional friendship and
    comprehensive strategic partnership *with Russia*" is a relation with a state, as "the
    friendship with Russia" is. Not "the friendship and solidarity with the CPRF" (a party), nor a
    relation with nothing named after it."""
    g = _second_relation(keys, f, c, trie)
    if g is None or g + 1 >= len(keys) or keys[g] not in _OBJECT_WORDS or keys[g + 1 : g + 3] == ["each", "other"]:
        return False
    t = g + 1
    while t < len(keys) and (keys[t] in _ARTICLES or keys[t] in _PAIR_WORDS):
        t += 1
    # the partner is the phrase right after "with": a party there ("with the CPRF"), or another
    # ("with Laos and the agreement between the CPV and the LPRP": Laos)
    return not any(s == t for s, _ in _party_actors(keys, t, min(c, t + 8), trie, view))


def _modified_plainly(keys: list[str], e: int, r: int, trie: PhraseTrie) -> bool:
    """True if the word before the relation at key ``r`` (after the actor ending at ``e``) is the
    actor, a word of the classes ``link`` or ``relation_adjective``, an article or an owner, or a
    plain word after an article or owner ("their *close* cooperation", "a *new* agreement"); a noun
    with neither may name another field ("strengthened *capital* cooperation")."""
    if r == e:
        return True
    k = keys[r - 1]
    if k in _ARTICLES or k in _OWNERS or k == "," or _in_class(trie, "relation_adjective", keys, r - 1) == r:
        return True
    link = trie.classes.get("link")
    if link is not None and any(r in link.ends(keys, x) for x in range(max(e, r - 2), r)):  # "step up"
        return True
    return r - 2 >= e and (keys[r - 2] in _ARTICLES or keys[r - 2] in _OWNERS) and k.isalpha()


# Whether a clause names two parties, for the last text asked about (as _SENTENCE_MEMO): the rule
# "party-clause" asks at each relation and party of a clause.
_CLAUSE_MEMO = "clause"


def _clause_pair(keys: list[str], a: int, c: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the clause ``keys[a:c]`` names two parties (:func:`_two_parties`) or a party and
    "the parties" (:func:`_bare_parties`); remembered per clause of the last text."""
    def compute() -> bool:
        actors = _party_actors(keys, a, c, trie, view)
        return _two_parties(actors, keys, view, trie) or bool(actors and _bare_parties(keys, a, c, view))

    return _remember(_CLAUSE_MEMO, keys, trie, view, (a, c), compute)


def _actor_itself(keys: list[str], e: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the party actor ending at key ``e`` acts itself: not the owner of what follows ("the
    two parties' youth wings"; an organ may stand for its party: "the two Parties' commissions"),
    not a word of a person after it (class ``party_person``: "the CPV leadership"), not "the
    Party, State and people" (class ``state_word`` after "," or "and")."""
    if e >= len(keys):
        return True
    if view.possessive(e) and not _organ_after(keys, e, trie):
        return False
    if _in_class(trie, "party_person", keys, e) > e:
        return False
    if keys[e] in (",", "and"):
        t = e + 1 + (e + 1 < len(keys) and keys[e + 1] == "the")
        return _in_class(trie, "state_word", keys, t) == t
    return True


def _object_of(keys: list[str], r: int, trie: PhraseTrie) -> bool:
    """True if the relation at key ``r`` is the object of a preposition of another noun, over
    articles, owners and adjectives: "contributions *to the* relationship", "make good use *of
    their* channels", "attach importance *to the traditional* friendship"."""
    t = r - 1
    while t >= 0 and (keys[t] in _ARTICLES or keys[t] in _OWNERS or _in_class(trie, "relation_adjective", keys, t) > t):
        t -= 1
    return t >= 0 and keys[t] in _PREPOSITIONS


def _with_party_after(keys: list[str], f: int, trie: PhraseTrie, view: TextView) -> bool:
    """False if the relation ending at key ``f`` is "with", "to" or "between" someone and no party
    starts within :data:`_OBJECT_SPAN` keys ("United Russia's ties to voters", "the CPV's relations
    with the people"); True otherwise ("... with the CPRF", "... with each other", no such word)."""
    n = len(keys)
    if f >= n or keys[f] not in _OBJECT_WORDS:
        return True
    if keys[f + 1 : f + 3] == ["each", "other"]:
        return True
    return bool(_party_actors(keys, f + 1, min(_sentence_end(keys, f), f + 1 + _OBJECT_SPAN), trie, view))


def _clause_bounds(keys: list[str], i: int, trie: PhraseTrie, view: TextView) -> tuple[int, int, int]:
    """The clause around key ``i``: its first key (after the last word of the class ``clause_break``
    before ``i`` in the sentence), the sentence's end, and the clause's end (the next such word, else
    the sentence's end). The sentence ends and breaks of the whole text are found once, with
    :func:`_clause_pair`'s memory, and each call looks them up."""

    def compute() -> tuple:
        n = len(keys)
        stops = list(compress(range(n), map(_SENTENCE_END.__contains__, keys)))
        breaks = trie.classes.get("clause_break")
        if breaks is None:
            return stops, []
        starts = range(n)
        if type(breaks) is PhraseTrie:  # only keys that open a break (a C-level filter)
            starts = compress(starts, map(breaks.root.__contains__, keys))
        return stops, [t for t in starts if breaks.ends(keys, t)]

    stops, at = _remember(_CLAUSE_MEMO, keys, trie, view, "bounds", compute)
    k = bisect_left(stops, i)
    a = stops[k - 1] + 1 if k else 0  # _sentence_start: after the last end before key i
    b = stops[k] if k < len(stops) else len(keys)  # _sentence_end from there
    lo, hi = bisect_left(at, a), bisect_left(at, i)
    x = bisect_right(at, i)
    return (at[hi - 1] + 1 if hi > lo else a), b, (at[x] if x < len(at) and at[x] < b else b)


def _party_owns(keys: list[str], i: int, r: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if a party starting at key ``i`` owns the relation noun at key ``r``: a possessive
    ("the CPV's memorandum") or only articles between them ("the CPRF memorandum"), not a verb
    ("the CPV and the CPRF signed a memorandum")."""
    party = trie.classes.get("party")
    ends = party.ends(keys, i) if party is not None else ()
    return any(e <= r and (view.possessive(e) or all(k in _ARTICLES for k in keys[e:r])) for e in ends)


_NAME_INNER = frozenset({"of", "(", ")", "the", "and"})  # keys inside an organ's name ("CPV (Central Committee)")


def _party_in_name(keys: list[str], t: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the capitalised name that ends in the body noun at key ``t`` holds a party ("the CPV
    Central Committee's Organisation Commission"), walking back over capitalised words and
    :data:`_NAME_INNER` (review 20): "the Russian Academy of Sciences" in a sentence that names the
    CPV is no party's academy."""
    for x in range(t - 1, max(-1, t - 1 - _ORGAN_NAME_SPAN), -1):
        if _in_class(trie, "party", keys, x) > x:
            return True
        if not (view.caps[x] or keys[x] in _NAME_INNER):
            return False
    return False


_BODY_BACK = 3  # sentences "the two commissions" may point back over to the bodies it names
_BODY_BACK_KEYS = 200  # and at most so many keys back
_FULL_STOPS = frozenset({".", "!", "?"})


def _body_named_before(keys: list[str], i: int, body: list[str], trie: PhraseTrie, view: TextView | None) -> bool:
    """True if one of the :data:`_BODY_BACK` sentences before the one around key ``i`` names the
    bodies that "the two <body>" there points back to as a party's (round 24a): the same body noun
    inside a party school's name ("the Ho Chi Minh National Academy of Politics ... . ... cooperation
    between the two academies"), or in a sentence that names a party ("cooperation between the two
    inspection commissions ... the LPRP and the CPV. ... a plan between the two commissions"). Bodies
    named only in sentences with no party ("the two universities") stay anyone's, and so does a body
    whose capitalised name (not opening its sentence) holds no party (:func:`_party_in_name`).
    Sentences here end at a full stop only: a name's bracket ("(HCMA)") does not cut them."""
    if view is None or not body:
        return False
    a = _sentence_start(keys, i)
    s, ends = a, 0
    while s > 0 and a - s < _BODY_BACK_KEYS:
        if keys[s - 1] in _FULL_STOPS:
            ends += 1
            if ends > _BODY_BACK:
                break
        s -= 1
    for t in range(s, a - 1):
        if keys[t : t + len(body)] != body:
            continue
        if _party_sentence(keys, t, trie, view) and (
            not view.caps[t] or view.initial[t] or _party_in_name(keys, t, trie, view)
        ):
            return True
        if any(_in_class(trie, "party_school", keys, x) > t for x in range(max(s, t - _ORGAN_NAME_SPAN), t + 1)):
            return True
    return False


def _party_before(keys: list[str], i: int, trie: PhraseTrie, view: TextView | None, back: int = 1) -> bool:
    """True if the sentence before the one around key ``i`` (or one of the ``back`` sentences
    before it) names an organ owned by a party ("the Control Commission of the CPRF", "the CPV's
    Organisation Commission"; class ``organ_word``): "the two agencies", "their commissions" point
    back to such bodies ("A team from the Control Commission of the CPRF met ... the CPV. ...
    exchanges between the two agencies"). A party that only acts there ("The CPV congratulated
    ...") leaves "the two agencies" anyone's."""
    a = _sentence_start(keys, i)
    if a < 2 or view is None:
        return False
    s = a
    for _ in range(back):
        if s < 2:
            break
        s = _sentence_start(keys, s - 1)
    party = trie.classes.get("party")
    spans = party.by_start if isinstance(party, SpanClass) else {}

    def parties(x: int) -> list[int]:
        got = [e for e in spans.get(x, ()) if e < a and _real_party(keys, x, e, view)]
        if keys[x] == "party" and _real_party(keys, x, x + 1, view):
            got.append(x + 1)
        return got

    for t in range(s, a - 1):
        u = _in_class(trie, "organ_word", keys, t)
        if u > t and u < a - 1 and keys[u] == "of":
            v = u + 1 + (keys[u + 1] == "the")
            if v < a - 1 and parties(v):
                return True  # "the Control Commission of the CPRF"
        if any(view.possessive(e) and _organ_after(keys, e, trie) for e in parties(t)):
            return True  # "the CPV's Organisation Commission"
    return False


_FULL_STOPS = frozenset({".", "!", "?"})


def _two_parties_before(keys: list[str], a: int, view: TextView) -> bool:
    """True if the sentence before the one starting at key ``a`` names "the two parties" (or "both
    parties"), real parties (:func:`_real_party`, not "the two parties to the contract"): "the two
    sides" then are those parties (round 24f: "... cooperation between the two parties had become
    dynamic. Over 15 years, the two sides had exchanged dozens of delegations"). "The two countries"
    before leaves the sides states."""
    s = _sentence_start(keys, a - 1)
    return any(
        keys[t] in ("two", "both") and keys[t + 1] == "party" and keys[t + 2] != "to"
        and _real_party(keys, t + 1, t + 2, view)
        for t in range(s, a - 3)
    )


def _two_sides_after_organ(keys: list[str], i: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if "the two sides" or "both sides" in the sentence around key ``i`` are organs of
    parties: the sentence before names one ("the Hà Nội Party Committee wishes to ... . She proposed
    that the two sides exchange delegations"; a capitalised "Party" and a word of the class
    ``organ_word``, or an organ a party owns, :func:`_party_before`). "The two commissions" (two and a
    word of ``organ_word``) are sides as well, and point back to the nearest sentence that names that
    noun (precision classes 7: the lead names the commissions, a later paragraph "the two
    commissions"), or to any sentence before when none does."""
    a, b = _sentence_start(keys, i), _sentence_end(keys, i)
    sides = organs = False
    noun = ""
    for t in range(a, min(b, i) - 1):
        if keys[t] in ("two", "both"):
            sides = sides or keys[t + 1] == "side"
            if not organs and _in_class(trie, "organ_word", keys, t + 1) > t + 1:
                organs, noun = True, keys[t + 1]
    if not (sides or organs) or a < 2:
        return False
    if sides and _two_parties_before(keys, a, view):
        return True
    back = 50 if organs else 1
    s = a
    for _ in range(back):
        if s < 2:
            break
        s = _sentence_start(keys, s - 1)
    e = a
    while organs and e >= 2:
        # review 14 leftovers: the nearest full sentence (brackets inside) naming the organ noun is
        # the antecedent, judged alone ("... Party Central Committee ... . The Intergovernmental
        # Commission ... . The two commissions ...": the states' bodies); with none the old reach stays
        f = e - 1
        while f > 0 and keys[f - 1] not in _FULL_STOPS:
            f -= 1
        if noun in keys[f:e]:
            s, a, i = f, e, e
            back = 1 + sum(k in _SENTENCE_END for k in keys[f : e - 1])
            break
        e = f
    for t in range(s, a - 2):
        u = t + 1 + (organs and view.caps[t + 1] and _in_class(trie, "organ_word", keys, t + 1) == t + 1)
        if keys[t] == "party" and view.caps[t] and _real_party(keys, t, t + 1, view) and _in_class(trie, "organ_word", keys, u) > u:
            return True  # "the Party Committee", and for the commissions "the Party Central Committee"
    return _party_before(keys, i, trie, view, back)


def _modifies_noun(keys: list[str], e: int, trie: PhraseTrie) -> bool:
    """True if the party ending at key ``e`` only describes the noun after it: "signed with the
    Green Party cabinet" is an agreement with a cabinet (an office, a title or a body of names.yml,
    or a word of the lexicon's class ``party_modified``)."""
    if e >= len(keys):
        return False
    names = load_names()
    k = keys[e]
    return _in_class(trie, "party_modified", keys, e) > e or k in names.titles or k in names.heads


# Round 24a: the organisations of workers whose officials are no party's cadres, as key pairs
_LABOUR_UNIONS = frozenset({("trade", "union"), ("labour", "union"), ("labor", "union")})
_CADRE_HEADS = frozenset({"official", "cadre"})


def _labour_union_within(keys: list[str], i: int, j: int) -> bool:
    """True if keys ``i:j`` (a party term of trained cadres) name a labour union's officials
    ("training of trade union officials"); "training of young party officials" is untouched."""
    return any(tuple(keys[t : t + 2]) in _LABOUR_UNIONS for t in range(i, j - 1))


def _hyphen_participle(view: TextView, j: int) -> bool:
    """True if the key before ``j`` is joined by a hyphen to a participle at key ``j`` ("CPRF-governed
    regions", "CPC-led provinces", "party-backed groups"): the party only describes the noun after it
    (round 24a). "ties between the CPRF and ..." and "party-to-party" have no participle there."""
    if j <= 0 or j >= len(view.keys) or not view.keys[j].isalpha():
        return False
    word = view.surface(j, j + 1)
    return view.surface(j - 1, j + 1) == view.surface(j - 1, j) + "-" + word and word.lower().endswith("ed")


def _one_party_and_other(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the relation ``keys[i:j]`` ends with one party "between" and "and" follows with no
    party after it: "collaboration between the CPRF and Vietnamese localities" is a relation between
    a party and someone else. Not a list or a plural ("between the CPV and the CPRF", "between the
    two parties and the two countries"), not "with" ("ties with the CPRF and its youth wing")."""
    if j >= len(keys) or keys[j] != "and" or "between" not in keys[i:j]:
        return False
    w = i + keys[i:j].index("between")
    if "and" in keys[w + 1 : j] or view.surface(j - 1, j).lower().endswith(("parties", "party's")):
        return False
    party = trie.classes.get("party")
    return party is not None and not any(party.ends(keys, x) for x in range(j + 1, min(len(keys), j + 4)))


def _number_of(keys: list[str], i: int, view: TextView | None) -> bool:
    """True if "the number of" comes before key ``i``, over at most two words of origin (capitalised,
    or "foreign", "international", "overseas"): "the number of Russian visitors to Việt Nam has
    recovered" is a flow counted, as "12 million visitors" (round 20). "A number of visitors laid
    wreaths" (some people) is not."""
    t = i - 1
    while t >= 0 and i - t <= 2 and (keys[t] in ("foreign", "international", "overseas") or (
        view is not None and keys[t].isalpha() and view.caps[t] and not view.initial[t]
    )):
        t -= 1
    return t >= 2 and keys[t - 2 : t + 1] == ["the", "number", "of"]


def _counted(keys: list[str], i: int, view: TextView | None) -> bool:
    """True if a count of thousands or more comes before key ``i``, over at most two words of
    origin or kind (capitalised, or "foreign", "international", "overseas"): "nearly 12 million
    visitors", "more than 180,000 Russian arrivals"; or after it, over words of amount only
    (:data:`_AMOUNT`): "arrivals are expected to exceed 1 million"; not "the 20 visitors", "the
    visitors", "the visitors donated 100 million đồng"."""

    def big(k: str) -> bool:
        return is_count(k, least=1000)  # no year: "In 2025 visitors ..."

    for t in range(i - 1, max(-1, i - 4), -1):
        k = keys[t]
        if big(k):
            return True
        if not (k in ("foreign", "international", "overseas") or (
            view is not None and k.isalpha() and view.caps[t] and not view.initial[t]
        )):
            break
    s = i + 1
    if view is not None and s + 1 < len(keys) and keys[s] in ("to", "in") and view.caps[s + 1]:
        # round 15: the place they come to, then the count ("arrivals to Việt Nam topped 640,000")
        s += 1
        while s < len(keys) and view.caps[s] and keys[s].isalpha():
            s += 1
    for t in range(s, min(len(keys), s + 6)):
        if big(keys[t]):
            # a count of goods or money is no count of people ("arrivals topped 2 million tonnes")
            u = t + 1
            while u < len(keys) and (big(keys[u]) or keys[u][:1].isdigit()):
                u += 1
            return u >= len(keys) or keys[u] not in _UNITS
        if not (keys[t] in _AMOUNT or keys[t][:1].isdigit()):
            return False
    return False


def _venue_public(keys: list[str], i: int) -> bool:
    """True if the visitors at key ``i`` are a venue's (:data:`_VENUES`): one in the sentence before
    them ("the exhibition drew 5,000 visitors", "Vietnam Expo attracted 20,000 visitors") or right
    after "to" or "at" ("visitors to the website", "foreign visitors at the ceremony")."""
    if keys[i] != "visitor":
        return False
    if any(keys[t] in _VENUES for t in range(_sentence_start(keys, i), i)):
        return True
    t = i + 1
    if t < len(keys) and keys[t] in ("to", "at"):
        t += 1
        while t < len(keys) and t - i < 5 and keys[t] not in _VENUES and keys[t].isalpha() and keys[t] != "and":
            t += 1
        return t < len(keys) and keys[t] in _VENUES
    return False


def _party_near(keys: list[str], i: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if the sentence around key ``i`` or the one before it names a party
    (:func:`_party_sentence`)."""
    if _party_sentence(keys, i, trie, view):
        return True
    a = _sentence_start(keys, i)
    return a >= 2 and _party_sentence(keys, a - 2, trie, view)


def _party_discipline(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if "party discipline" at keys ``i:j`` is a party's own discipline as the news of a side
    means it ("tightening Party discipline"): not a party named by another word before it
    ("Republican party discipline"), nor discipline in a named body of no party ("Party discipline
    in the US Congress")."""
    names = load_names()
    if view is not None and i > 0 and view.caps[i - 1] and keys[i - 1].isalpha() and not view.initial[i - 1] and (
        keys[i - 1] not in names.party_modifiers
    ):
        return False
    if j < len(keys) and keys[j] in ("in", "within", "among", "of"):
        party = trie.classes.get("party")
        after = range(j + 1, min(len(keys), j + 6))
        named = view is not None and any(view.caps[t] and keys[t].isalpha() for t in after)
        partied = any(keys[t] == "party" for t in after) or (
            party is not None and any(party.ends(keys, t) for t in after)
        )
        if named and not partied:
            return False
    return True


# Round 23b: an exchange of visits, as one of delegations (diplomacy; a party's in a party sentence),
# unless "by", "of" or "between" and a term of another field name who visits ("by students").
_VISIT_EXCHANGES = frozenset({"exchange of visits", "exchange of {word} visits"})
_VISITORS_OF = frozenset({"by", "of", "between", "among"})
# Round 23b: nature terms that right after a term of another field are a figure of that field's
# network ("a startup ecosystem", "the innovation ecosystem"), not nature ("marine ecosystems").
_FIGURE_HEADS = frozenset({"ecosystems"})
# Review 18: fields of living nature whose ecosystems are nature's ("agricultural ecosystems",
# "fisheries ecosystems"), not a figure of that field's network
_LIVING_DOMAINS = frozenset({"agricultural", "agriculture", "farm", "farming", "fishery", "fisheries",
                             "forest", "forestry", "aquaculture", "rice", "crop"})
# Round 23b: firms as the place a party's units work in ("Party cells in enterprises", "Party
# building in private businesses"): where the party works, not a field (framing.sectors._party_unit_in).
_FIRMS = frozenset({"enterprises", "businesses"})
_PARTY_UNITS = frozenset({"cell", "organisation", "organization", "chapter", "committee", "branch", "unit", "member"})
_FIRM_MODIFIERS = 2  # plain words between "in" and the firms ("in private enterprises", "in state-owned firms")


def _party_unit_in(keys: list[str], i: int, hits: list[list], view: TextView) -> bool:
    """True if the firms at key ``i`` follow "in" (over up to :data:`_FIRM_MODIFIERS` plain lower-case
    words) right after a party's unit ("Party cells in enterprises", "party organisations in private
    businesses") or a party mention ("Party building in enterprises"). Not "cooperation in
    enterprises" of no party, nor "the CPV supports enterprises" (no "in")."""
    t = i - 1
    while t > 0 and i - 1 - t < _FIRM_MODIFIERS and keys[t] != "in" and keys[t].isalpha() and not view.surface(t, t + 1)[:1].isupper():
        t -= 1
    if t < 1 or keys[t] != "in":
        return False
    if keys[t - 1] in _PARTY_UNITS and t >= 2 and keys[t - 2] == "party":
        return True
    return bool(hits) and hits[-1][2] == t and hits[-1][0] == "party"


# Round 23b: people named by the body they belong to ("officials of the Lao mass organisations",
# "members of youth organisations"): the body is who they are, no people-to-people field.
# Only bodies: "representatives of the Vietnamese community" met by a visitor stay people-to-people.
_MEMBERS_OF = frozenset({"official", "member", "leader", "head", "staff", "cadre"})
_PEOPLE_BODIES = frozenset({"organisation", "organization", "society", "association", "union"})


def _people_of_body(keys: list[str], i: int, view: TextView) -> bool:
    """True if "of" (then "the" and a capitalised word such as "Lao", or neither) before the match
    at key ``i`` follows a noun of :data:`_MEMBERS_OF`: "many officials of the Lao mass
    organisations", "leaders of youth organisations". Not "exchanges of mass organisations", nor
    "the mass organisations of the two countries" (the body as the subject)."""
    t = i - 1
    if t > 0 and view.surface(t, t + 1)[:1].isupper() and keys[t].isalpha():
        t -= 1  # "the Lao"
    if t > 0 and keys[t] == "the":
        t -= 1
    return t > 0 and keys[t] == "of" and keys[t - 1] in _MEMBERS_OF


def _others_delegations(keys: list[str], j: int, trie: PhraseTrie) -> bool:
    """True if "of" and a group that is no party's follow the delegations ending at key ``j``:
    "exchange delegations of businesses" (not "of party officials", "of the two Parties", nor, in
    round 19, a party's plain people of the class ``cadre``: "exchanges of delegations of officials
    working in ideology", in a sentence that names the parties)."""
    if j >= len(keys) or keys[j] != "of":
        return False
    t = j + 1
    while t < len(keys) and keys[t] in _ARTICLES:
        t += 1
    if t >= len(keys) or not keys[t].isalpha():
        return False
    party, cadre = trie.classes.get("party"), trie.classes.get("party_cadre")
    if keys[t] in ("party", "two", "their", "both") or (party is not None and party.ends(keys, t)):
        return False
    plain = trie.classes.get("cadre")
    return not (cadre is not None and cadre.ends(keys, t)) and not (plain is not None and plain.ends(keys, t))


# Probe 9: delegations named by their kind, a word of one field ("exchange youth delegations").
_KIND_DELEGATIONS = frozenset({"exchange {word} delegations", "exchange of {word} delegations",
                               "exchanged {word} delegations"})  # fix 10: the past tense too


def _delegations_kind(keys: list[str], j: int, trie: PhraseTrie) -> str | None:
    """The sector of the one word before the delegations ending at key ``j`` when it is a term of
    a field other than diplomacy and the party: "exchange youth delegations" (people), "exchanges
    of business delegations" (economy), "exchange military delegations" (defence); the exchange is
    in that field (probe 9). None for "exchange high-level delegations" (no term) and party words
    (read by the party rules)."""
    hit = trie.longest(keys, j - 2)
    if hit is None or hit[0] != j - 1 or not isinstance(hit[1], tuple) or len(hit[1]) != 2:
        return None
    sector = hit[1][0]
    return sector if sector not in (None, "diplomacy", "party") else None


def _party_course(keys: list[str], i: int, trie: PhraseTrie, view: TextView | None) -> tuple[int, str] | None:
    """A course for a party's people: a phrase of the class ``party_course`` ("short courses", "a
    summer school", "training courses") in a sentence that names a party or holds a party term (rule
    "party-course:{party_course}"): ``(end, term)`` or None.

    Not such a course elsewhere ("The university offers short courses in Russian."), nor the means
    of training named before it ("the training of propaganda officials through short courses": one
    mention, the training). A bare "the course" is left alone: the set marks it in some reports and
    not in others (e163, e186, e304).
    """
    course = trie.classes.get("party_course")
    if course is None or i >= len(keys) or (type(course) is PhraseTrie and keys[i] not in course.root):
        return None  # most places: no course starts here (as _in_class below would say)
    end = _in_class(trie, "party_course", keys, i)
    if end == i or (i > 0 and keys[i - 1] in ("through", "via")):
        return None
    if keys[i] == "political" and i > 0 and (keys[i - 1] in _OWNERS or (view is not None and view.possessive(i))):
        return None  # "the CPV's political course", "its political course": a line kept, no course held
    # a party named in the sentence runs the course only from the course's own stretch, or as no
    # object of a preposition before it (:func:`_trainer_party`): not "At talks with the CPRF, the
    # minister said the ministry runs training courses for football coaches"
    if not ((_party_sentence(keys, i, trie, view) and _trainer_party(keys, i, trie, view))
            or _party_context(keys, i, trie, view)):
        between = _between_party_schools(keys, end, trie)
        if between is None:
            return None
        return between, "{party_course} between the two schools"
    return end, "{party_course}"


def _party_school_at(keys: list[str], t: int, trie: PhraseTrie) -> bool:
    """True if a school of the class ``party_school`` ("the Higher Party School", "the National
    Academy of Politics") starts at key ``t``."""
    return t < len(keys) and _in_class(trie, "party_school", keys, t) > t


_SCHOOL_PAIR = (("the", "two", "school"), ("both", "school"), ("the", "school"))


def _between_party_schools(keys: list[str], e: int, trie: PhraseTrie) -> int | None:
    """The end of "between the two schools" at key ``e`` when the text named a party's school
    before (class ``party_school``: "the Higher Party School", "the Academy of Politics"): a
    course between party schools is their cooperation ("The first online course between the two
    schools took place in 2020"); else None. Not in a text of no party school ("a course between
    the two schools" of two universities)."""
    if e >= len(keys) or keys[e] != "between":
        return None
    pair = next((p for p in _SCHOOL_PAIR if tuple(keys[e + 1 : e + 1 + len(p)]) == p), None)
    if pair is None:
        return None
    school = trie.classes.get("party_school")
    if not isinstance(school, PhraseTrie) or not any(
        keys[x] in school.root and _in_class(trie, "party_school", keys, x) > x for x in range(e)
    ):
        return None
    return e + 1 + len(pair)


_POINTED_OBJECT = frozenset({"of", "between", "with", "among", "in", "on"})  # the exchanges' own matter


def _party_sender(keys: list[str], i: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if the cadres sent to courses at key ``i`` are a party's: the sentence names a party
    (:func:`_party_sentence`) or holds a party term (:func:`_party_context`), or a body of a kind
    parties keep (classes ``party_body``, ``party_school``) comes before them in it ("The academy
    will host more Cambodian officials for refresher courses"). "The ministry sent its officials
    to courses on customs procedures" is anyone's schooling (review 15)."""
    if _party_sentence(keys, i, trie, view) or _party_context(keys, i, trie, view):
        return True
    aliases = _school_aliases(keys, trie, view)
    return any(
        _in_class(trie, "party_body", keys, t) > t or _in_class(trie, "party_school", keys, t) > t
        or keys[t] in aliases  # round 24a: the school by the short name the text gave it ("the HCMA's")
        for t in range(_sentence_start(keys, i), i)
    )


_SCHOOL_ALIAS_MEMO = "school-alias"


def _school_aliases(keys: list[str], trie: PhraseTrie, view: TextView | None) -> frozenset:
    """The short names a text gives a party school in brackets ("the Ho Chi Minh National Academy of
    Politics (HCMA)" gives "hcma"), as keys; round 24a. Computed once per text."""
    if view is None:
        return frozenset()

    def compute() -> frozenset:
        got = set()
        for o, alias, _ in alias_brackets(view):
            if any(_in_class(trie, "party_school", keys, x) == o for x in range(max(0, o - _ORGAN_NAME_SPAN), o)):
                got.add(keys[alias])
        return frozenset(got)

    return _remember(_SCHOOL_ALIAS_MEMO, keys, trie, view, 0, compute)


def _discipline_before(keys: list[str], i: int, trie: PhraseTrie, prev) -> bool:
    """True if the "theory" opening the match at key ``i`` is a discipline's: a word of the class
    ``theory_field`` right before it ("the game theory conference") or a mention of another field
    ending there (``prev``, the mention before: "a music theory conference"). A party's theory
    event has no such word ("a joint theory conference", "their 19th theory workshop")."""
    if i == 0:
        return False
    return _in_class(trie, "theory_field", keys, i - 1) == i or (prev is not None and prev[2] == i and prev[0] != "party")


# Review 17b: the fields whose theory is a science's, not a party's political theory: a party's theory
# workshops are on the economy, defence, culture and the like ("a theory workshop on market economy")
_DISCIPLINES = frozenset({"science_technology"})


def _discipline_after(keys: list[str], j: int, trie: PhraseTrie) -> bool:
    """True if "on", "in" or "about" after the theory event ending at key ``j`` leads, within two
    words, to a term of a science (:data:`_DISCIPLINES`) or a word of the class ``theory_field``
    ("a theory conference on quantum physics", "on game theory"): the event is that discipline's
    when no party is named in its sentence (fix 10). A party's topics of other fields keep the party
    ("The seventh theory workshop on economic development opened in Moscow"; review 17b), as does
    "the two parties will hold a theory conference on quantum physics"."""
    if j >= len(keys) or keys[j] not in ("on", "in", "about"):
        return False
    for t in range(j + 1, min(len(keys), j + 4)):
        if not keys[t].isalnum():
            return False
        hit = trie.longest(keys, t)
        if (hit is not None and hit[1][0] in _DISCIPLINES) or _in_class(trie, "theory_field", keys, t) > t:
            return True
    return False


def _parties_open(keys: list[str], b: int, trie: PhraseTrie) -> bool:
    """True if the sentence starting at key ``b`` opens with parties as its subject: two parties
    joined by "and" ("The CPV and the CPRF held talks") or a party's people (class
    ``party_modified``: "The CPV delegation visited Moscow"). A party before another noun ("The CPV
    newspaper Nhan Dan reported") is a source, no actor."""
    party = trie.classes.get("party")
    if party is None:
        return False
    t = b + (b < len(keys) and keys[b] in _ARTICLES)
    ends = party.ends(keys, t) if t < len(keys) else ()
    if not ends:
        return False
    e = max(ends)
    if "and" in keys[t:e]:
        return True  # the names' list read as one span ("the CPV and the CPRF")
    if e < len(keys) and keys[e] == "and":
        u = e + 1 + (e + 1 < len(keys) and keys[e + 1] in _ARTICLES)
        return u < len(keys) and bool(party.ends(keys, u))
    return _in_class(trie, "party_modified", keys, e) > e


def _party_exchanges_back(keys: list[str], i: int, trie: PhraseTrie, hits: list[list]) -> int | None:
    """The end of "such exchanges" or "these exchanges" at key ``i`` right after a sentence whose
    party acts: one that holds a party mention (``hits``, the mentions found so far: '..., and CPRF
    officials study at seminars in Hanoi," the deputy said. He expressed hope that such exchanges
    would resume') or opens with parties as its subject (:func:`_parties_open`: "The CPV and the
    CPRF held talks. These exchanges matter."): the party exchanges just told of; else None.

    Not after a sentence of no party ("Students came to Hanoi. Such exchanges help."), nor after
    one that names a party only as a source or in a title ("..., the CPV newspaper said. Such
    exchanges will grow.", "General Secretary of the CPV Tô Lâm met Putin": review 15), nor
    exchanges with their own matter after them ("such exchanges of students": that matter decides).
    """
    if keys[i] not in _POINTING or i + 1 >= len(keys) or keys[i + 1] != "exchange":
        return None
    if i + 2 < len(keys) and keys[i + 2] in _POINTED_OBJECT:
        return None
    a = _sentence_start(keys, i)
    if a < 2:
        return None
    b = _sentence_start(keys, a - 2)
    if not (_party_hit_between(hits, b, a) or _parties_open(keys, b, trie)):
        return None
    return i + 2


def _party_hit_between(hits: list[list], b: int, a: int) -> bool:
    """True if a party mention of ``hits`` (in text order) starts at a key in ``b:a``: read from the
    last back to the first that starts before ``b``, not the whole document's mentions."""
    for h in reversed(hits):
        if h[1] < b:
            return False
        if h[0] == "party" and h[1] < a:
            return True
    return False


def _party_context(keys: list[str], i: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if the sentence around key ``i`` holds a literal party term ("an academy of politics",
    "party school"). A party named anywhere in it is not enough: "officials have been trained in
    customs procedures, the Liberal Party said" is the party speaking, not training."""
    a = _sentence_start(keys, i)
    literal = trie.without_root_slots()
    for x in range(a, _sentence_end(keys, a)):
        hit = literal.longest(keys, x)
        if hit is not None and hit[1][0] == "party" and "{" not in hit[1][1]:
            return True
    return False


def _with_a_party(keys: list[str], j: int, party) -> bool:
    """False if the relation ending at key ``j`` is "with" someone who is no party ("United Russia
    has close ties with business circles"); True otherwise ("... with the CPRF", "... with each
    other", no "with")."""
    if j >= len(keys) or keys[j] != "with":
        return True
    if keys[j + 1 : j + 3] == ["each", "other"]:
        return True
    return any(party.ends(keys, x) for x in range(j + 1, min(len(keys), j + 5)))


def _without_links(keys: list[str], i: int, trie: PhraseTrie, literal: PhraseTrie | None, sector: str):
    """The longest match at key ``i`` that is no "{party} {word} ... {relation}" term: a literal
    term, or "{party} {relation}" of ``sector`` (the sector of those terms): ``(end, (sector,
    term))`` or None."""
    out = literal.longest(keys, i) if literal is not None else None
    party, relation = trie.classes.get("party"), trie.classes.get("relation")
    if party is None or relation is None:
        return out
    for e in party.ends(keys, i):
        for r in relation.ends(keys, e):
            if out is None or r > out[0]:
                out = (r, (sector, "{party} {relation}"))
    return out


def _plain_after_with(keys: list[str], i: int, j: int) -> bool:
    """True if the words after "with" in keys ``i:j`` (the slots of "{relation} with {word} {word}
    ... {party}") are plain words, no list joiner or preposition: "relations with *all the main*
    political parties", not "ties with firms and parties"."""
    w = next((t for t in range(i, j) if keys[t] == "with"), j)
    return all(k.isalpha() and k not in _NOT_PLAIN for k in keys[w + 1 : min(j, w + 4)])


def _singular(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is a term of the class ``plural_only`` written in the
    singular: "the locality" is one place, while "localities" (ties between places) is the field."""
    if _in_class(trie, "plural_only", keys, i) != j:
        return False
    word = view.surface(j - 1, j).lower().replace("\u2019", "'")
    return not word.removesuffix("'s").removesuffix("'").endswith("s")


_REPORTED_ON = frozenset({"on", "about", "of"})  # "briefed the host on", "informing the delegation of"
_STATE_WORDS = frozenset({"local", "current", "overall", "general"})  # "the local socio-economic situation"
_PLACE_NOUNS = frozenset({"country", "nation", "province", "city", "locality", "region"})  # keys are singular


def _of_a_place(keys: list[str], j: int, view: TextView) -> bool:
    """True if "of" at key ``j`` opens a place: a capitalised name ("of Hà Nội"), "the two / both /
    each" and a noun of ``_PLACE_NOUNS`` ("of the two countries") or "the" and one ("of the
    province"); not people ("of ethnic minorities")."""
    n = len(keys)
    if j + 1 >= n or keys[j] != "of":
        return False
    t = j + 1 + (keys[j + 1] == "the")
    if t < n and keys[t] in ("two", "both", "each"):
        t += 1
    elif t < n and view.caps[t] and not view.initial[t] and keys[t].isalpha():
        return True
    return t < n and keys[t] in _PLACE_NOUNS and t > j + 1


def _exclusion_waived(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the exclusion ``keys[i:j]`` does not hold here: one of the class
    ``singular_exclusion`` written in the plural ("the festivals, exhibitions and film weeks"; "the
    festival" stays an event named before), or one of the class ``briefing_exclusion`` that is no
    place's own state reported to a guest ("improve the socio-economic situation of ethnic
    minorities through joint projects"; not "briefed the host on the socio-economic situation of Hà
    Nội", "the province's socio-economic situation", "the local socio-economic situation", nor a
    situation of a place after any verb, "reviewed the socio-economic situation of the two
    countries": :func:`_of_a_place`)."""
    if _in_class(trie, "singular_exclusion", keys, i) == j:
        word = view.surface(j - 1, j).lower().replace("\u2019", "'")
        return word.removesuffix("'s").removesuffix("'").endswith("s")
    if _in_class(trie, "briefing_exclusion", keys, i) == j:
        t = i - 1
        if t >= 0 and (view.possessive(i) or keys[t] in _OWNERS or keys[t] in _STATE_WORDS):
            return False  # owned: "Việt Nam's", "its", "the local"
        if keys[j - 1] == "situation" and _of_a_place(keys, j, view):
            return False  # review 13: "reviewed the socio-economic situation of the two countries": a
            # state is its places' own, whatever verb reports it (a development "of Laos" may be helped)
        while t >= 0 and (keys[t] in _ARTICLES or keys[t] in _STATE_WORDS):
            t -= 1
        return not (t >= 0 and keys[t] in _REPORTED_ON)
    return False


def _exclusion_outrun(keys: list[str], i: int, j: int, trie: PhraseTrie, sectors) -> int | None:
    """Where a term of a sector the exclusion ``keys[i:j]`` holds against starts inside it and runs
    past its end (None if none): "in good health care" reads "health care", the longer reading,
    not the figure "in good health" (class ``open_exclusion``: figures whose last word may open a
    term; a guard such as "his sister" holds against "sister relationship"); a term of another field
    ("culture of peace and security") leaves the exclusion whole."""
    for k in range(i + 1, j):
        got = trie.longest(keys, k)
        if got is not None and got[0] > j and got[1][0] in sectors:
            return k
    return None


def _trained_people(keys: list[str], i: int, trie: PhraseTrie) -> bool:
    """True if a verb or noun of training (class ``cadre_training``) trains the people at key ``i``
    ("training security staff", "train more security guards"): people trained in a field are a
    field of cooperation, not the guards of an event (class ``trained_exclusion``)."""
    a = i
    while a > 0 and i - a < 3 and (keys[a - 1] in _TRAINED_OPENERS or keys[a - 1].isdigit()):
        a -= 1  # "the training of 50 new security guards"
    return a > 0 and _in_class(trie, "cadre_training", keys, a - 1) == a


def _named_place(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is a term of the class ``named_place`` followed by "of" and a
    capitalised name inside the sentence, in the singular: "the port of Hai Phong" names one place
    (the scene, or where goods go), not the field; "ports of Vietnam and Russia", "ports of the two
    countries" and "the port's capacity" stay."""
    if _in_class(trie, "named_place", keys, i) != j or j + 1 >= len(keys) or keys[j] != "of":
        return False
    if view.surface(j - 1, j).lower().endswith("s"):
        return False  # plural: the ports of a country are a field
    return view.caps[j + 1] and not view.initial[j + 1] and keys[j + 1].isalpha()


# Prepositions that make bodies of states a place or partner of the ties ("coordination in the UN and
# other international organisations", "cooperation with international organisations"), and nouns
# whose "of" leads on to that place ("within the framework of").
_FORUM_OPENERS = frozenset({"in", "within", "at", "with", "among", "between", "to"})
# Review 14 leftovers: a meeting's "of" names who meets there, the forum itself ("the conference of
# international organisations"), as a frame's does.
_FORUM_FRAMES = frozenset({"framework", "auspices"}) | frozenset(
    "conference meeting summit forum session assembly congress gathering".split()
)
_FORUM_REACH = 10  # keys back from a forum term to its preposition


def _outside_forum(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if the match ``keys[i:j]`` is a term of the class ``forum`` ("international organisations")
    that no preposition of ``_FORUM_OPENERS`` opens within ``_FORUM_REACH`` keys of its sentence, or
    that an "of" after a noun (no ``_FORUM_FRAMES``) opens first: "representatives of ministries,
    agencies and international organisations attended" names who came (review 13), while "close
    coordination in the United Nations and other international organisations", "at multilateral
    forums and international organisations" and "within the framework of international
    organisations", "the conference of international organisations" name where the ties are held."""
    if view is None or _in_class(trie, "forum", keys, i) != j:
        return False  # as other rules that read the text, none without it
    for t in range(i - 1, max(-1, i - 1 - _FORUM_REACH), -1):
        k = keys[t]
        if k in _FORUM_OPENERS:
            return False
        if k in _SENTENCE_END or (k == "of" and not (t > 0 and keys[t - 1] in _FORUM_FRAMES)):
            return True
    return True


def _others_school(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if the party match ``keys[i:j]`` ends with a school of the class ``party_school`` that
    "of" and a lower-case owner follow which is no party and no place: "studied at the political
    school of the army" is the army's school (review 13). "the Higher Party School of the United
    Russia party", "the political school of the province" and "the political academy of the ruling
    party" stay party schools."""
    n = len(keys)
    if view is None or j + 1 >= n or keys[j] != "of" or not any(
        _in_class(trie, "party_school", keys, x) == j for x in range(i, j)
    ):
        return False
    t = j + 1 + (keys[j + 1] == "the")
    if t >= n or not keys[t].isalpha() or view.caps[t] or keys[t] in _PLACE_NOUNS or keys[t] == "party":
        return False
    return _in_class(trie, "party", keys, t) == t


def _study_elsewhere(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if the match ``keys[i:j]`` is a term of the class ``study_place`` ("studying in",
    "studying at") that no capitalised name follows (after one "the"): "the ministry is studying in
    detail" is examining, "studying in Russia", "studying at the Bauman University" are schooling; a
    month is no place ("studying in March a plan").
    Without a view (no case to read) the term does not count."""
    if _in_class(trie, "study_place", keys, i) != j:
        return False
    t = j + (j < len(keys) and keys[j] == "the")
    if t < len(keys) and keys[t] in MONTHS:
        return True  # review 13: "is studying in March a plan to cut tariffs": a time, no place
    return view is None or t >= len(keys) or not (view.caps[t] and not view.initial[t] and keys[t].isalpha())


# Words between learners and the study they are at ("students are currently studying in Russia").
_STUDY_LINK = frozenset("is are was were now currently still already also".split())


def _studying_subject(keys: list[str], a: int, i: int, trie: PhraseTrie) -> bool:
    """True if the study term at key ``i`` (class ``study_place``) follows an education match that
    ends at key ``a`` over only a form of "to be" and adverbs of time: "students are currently
    studying in Russia" is one mention, the learners and what they do; so are the learners and an
    apposition after a comma ("Students, now studying in Moscow", review 13)."""
    return _in_class(trie, "study_place", keys, i) > i and 0 < i - a <= 3 and all(
        k in _STUDY_LINK for k in keys[a + (keys[a] == ",") : i]
    )


_ADDRESSED_BODIES = frozenset({"society", "association", "organisation", "organization", "union", "club", "community",
                               "student", "pupil"})  # round 21: "urged the students to study hard" (keys fold the "s")
_CALLS = (("called", "on"), ("call", "on"), ("calls", "on"), ("calling", "on"), ("urged",), ("urges",), ("asked",))


_VERB_OBJECTS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"})
# A field's noun that is also a verb with an object ("finances the", "lending its support"), and
# (cls10) the verb "study" closing a term of going to study ("came to study the flood defences":
# to examine, no schooling)
_NOUN_VERBS = frozenset({"finances", "lending", "study", "studied"})


# cls10: mass nouns of a mode of transport that name one object after an article ("the rail was
# painted"), while bare they are the mode ("make rail the backbone", "by rail")
_MODE_NOUNS = frozenset({"rail"})


# Review 18: the words of a medical examination that, diagnosing another field, are a figure
_DIAGNOSES = frozenset({"diagnosis", "diagnostics"})


def _diagnosed_field(keys: list[str], i: int, j: int, trie: PhraseTrie) -> bool:
    """True if the one-word match ``keys[i:j]`` of :data:`_DIAGNOSES` is followed by "of", an optional
    determiner and a term of a field other than health: "its diagnosis of the market", "a diagnosis
    of the economy" judge that field, no medicine. "Diagnosis of cancer", "diagnosis and treatment"
    and "a diagnosis of the situation" (no term) keep health."""
    if j - i != 1 or keys[i] not in _DIAGNOSES or j + 1 >= len(keys) or keys[j] != "of":
        return False
    t = j + 1 + (keys[j + 1] in _VERB_OBJECTS)
    hit = trie.longest(keys, t) if t < len(keys) else None
    return hit is not None and isinstance(hit[1], tuple) and hit[1][0] not in (None, "health")


def _one_object(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if the one-word match at ``i`` is a word of ``_MODE_NOUNS`` right after "the", "a" or
    "an": one thing, not the mode of transport. "Rail link" and other longer terms are untouched, and
    so (review 18) are the mode modifying a noun ("the rail sector") and the first of a list of modes
    ("in the rail, road and aviation sectors", "the rail and energy sectors"): a joiner, then a term
    of another field or of transport."""
    if not (j == i + 1 and keys[i] in _MODE_NOUNS and i > 0 and keys[i - 1] in _ARTICLES):
        return False
    if view is not None and _before_noun(keys, j, view):
        return False  # review 18: "the rail sector", "the rail network": the mode modifies a noun
    if j + 1 < len(keys) and keys[j] in (",", "and", "or"):
        hit = trie.longest(keys, j + 1)
        if hit is not None and isinstance(hit[1], tuple) and hit[1][0] is not None:
            return False  # review 18: "the rail, road and aviation sectors": the first of a list of fields
    return True


def _noun_as_verb(keys: list[str], i: int, j: int, view: TextView | None) -> bool:
    """True if the match ``keys[i:j]`` ends in a word of ``_NOUN_VERBS`` written as a verb with its
    object after it ("the fund finances the production abroad", "is lending its support", "came to
    study the defences"): an act, no field named. "Public finances", "finances of the two sides",
    "expand lending to farms" and "came to study in Russia" stay the field."""
    if view is None or j >= len(keys):
        return False
    if keys[j] not in _VERB_OBJECTS:
        return view.surface(j - 1, j).lower() == "lending" and _lent_figure(keys, j)
    return view.surface(j - 1, j).lower() in _NOUN_VERBS


# Review 18: what one lends without money, a figure ("lending new momentum to ties", "lending support
# to the process", "lending weight/credence to"): the verb, no lending as a field
_LENT_FIGURES = frozenset({"support", "momentum", "impetus", "weight", "credence", "credibility",
                           "legitimacy", "voice", "hand", "strength", "help", "colour", "color"})


def _lent_figure(keys: list[str], j: int) -> bool:
    """True if a word of :data:`_LENT_FIGURES` follows "lending" at key ``j`` or after one plain word
    ("lending new momentum"): "lending rates", "lending to small firms" stay the field."""
    return any(t < len(keys) and keys[t] in _LENT_FIGURES for t in (j, j + 1)) and (
        keys[j] in _LENT_FIGURES or keys[j].isalpha() and keys[j] not in _PREPOSITIONS)


_CAUSES = (("because", "of"), ("due", "to"), ("owing", "to"), ("amid",))
#: First words of a health term that is a state of things, the scene a cause sets (review 15)
_SCENES = frozenset("pandemic epidemic covid coronavirus outbreak quarantine lockdown disease".split())


def _scene_cause(keys: list[str], i: int) -> bool:
    """True if the match at key ``i`` is the cause of what the sentence reports ("trade fell
    because of pandemic controls", "due to the epidemic control measures"): the health measures
    set the scene, as "during the pandemic" does; no health cooperation is named."""
    if keys[i] not in _SCENES:
        return False  # review 15: "grew due to vaccine deliveries", "because of health cooperation": a field
    k = i - (i > 0 and keys[i - 1] == "the")
    return any(k >= len(c) and tuple(keys[k - len(c) : k]) == c for c in _CAUSES)


_OWN_EFFORT_SPAN = 4  # keys between "efforts" and the field ("efforts to contain the disease")


def _own_efforts(keys: list[str], i: int, j: int, view: TextView | None) -> bool:
    """True if the match ``keys[i:j]`` is the object of one named country's or body's own efforts
    ("Việt Nam's efforts to contain the disease", briefed to a partner): a domestic matter, no
    field of cooperation. "Joint efforts to contain the disease", "the two countries' efforts"
    (lower case: both) and "efforts in health care" stay the field; so do efforts for a partner
    named after the match (review 15: "Russia's efforts to supply vaccines to Việt Nam": "to",
    "for" or "with" and a name within :data:`_OWN_EFFORT_SPAN` keys)."""
    if view is None:
        return False
    for t in range(j, min(len(keys) - 1, j + _OWN_EFFORT_SPAN)):
        if keys[t] in ("to", "for", "with") and view.caps[t + 1] and keys[t + 1].isalpha():
            return False
        if not keys[t].isalpha() or keys[t] in ("and", "or"):
            break  # "... the disease and boost trade with Russia": another matter after "and"
    for t in range(i - 1, max(0, i - 1 - _OWN_EFFORT_SPAN), -1):
        if keys[t] == "effort":
            return t + 1 < i and keys[t + 1] == "to" and view.possessive(t) and view.surface(t - 1, t)[:1].isupper()
        if not keys[t].isalpha() or keys[t] in ("and", "or", "with", "between"):
            return False
    return False


_ONE_FLIGHT_BEFORE = frozenset({"a", "an", "the", "this", "that"})
_FLIGHT_LINK = frozenset({"between", "connection"})  # "the flight between A and B" is the air link


#: probe 16: ordinals of one trip after an article ("the first flight was delayed")
_FLIGHT_ORDINALS = frozenset({"first", "second", "third", "last", "maiden", "inaugural", "return"})
#: probe 16: kinds of flight that are a trip, a show or a domestic matter, no air link between countries
_FLIGHT_KINDS = frozenset({"repatriation", "evacuation", "rescue", "demonstration", "test", "domestic",
                           "reconnaissance", "patrol", "training"})
#: review 21: participles that make "a train" a service between places, no one vehicle ("a train
#: connecting Hà Nội and Nanning", "a train linking the two capitals"), as keys
_LINKING = frozenset({"connecting", "linking", "joining", "plying", "connected", "linked", "joined"})


def _one_flight(keys: list[str], i: int, j: int, view: TextView | None) -> bool:
    """True if the match at ``i`` is one flight in the singular, right after an article or an
    airline's name ("A Vietnam Airlines flight carrying 278 citizens", "The flight also brought"):
    a trip of the story, no air links as a field. "Direct flights", "a direct flight", "a charter
    flight" (lexicon phrases or a modifier between) and "flights" stay transport. Probe 16: also
    an ordinal after the article ("the first flight"), an owner ("the delegation's flight") and,
    singular or plural, a kind of flight of ``_FLIGHT_KINDS`` ("repatriation flights", "domestic
    flights"); "the first flight between Hà Nội and Moscow" stays the air link; and "a train" or
    "the train" before a verb in "-ed" or "-ing" ("a train carrying engineers arrived"), one
    vehicle, while "by train" and "a train link" stay transport."""
    if view is None:
        return False
    if j == i + 2 and keys[i] in ("a", "the") and keys[i + 1] == "train" and j < len(keys) and (
        keys[j].isalpha() and not view.caps[j] and view.surface(j, j + 1).lower().endswith(("ed", "ing"))
    ):
        # probe 16: "a train carrying engineers arrived": one vehicle of the story; review 21: not a
        # train that links places ("a train connecting Hà Nội and Nanning", "running between ...")
        return keys[j] not in _LINKING and not (j + 1 < len(keys) and keys[j + 1] in _FLIGHT_LINK)
    if j != i + 1 or i == 0:
        return False
    if keys[i - 1] in _FLIGHT_KINDS and keys[i] == "flight":
        return True  # probe 16: "repatriation flights", "domestic flights", "demonstration flights"
    if view.surface(i, j).lower() != "flight":
        return False
    if j < len(keys) and keys[j] in _FLIGHT_LINK:
        return False  # review 15: "resume the flight between Hanoi and Moscow": a route, not a trip
    before = keys[i - 1]
    if before in _ONE_FLIGHT_BEFORE or view.possessive(i):
        return True  # probe 16: "the delegation's flight back to Moscow": its own trip
    if before in _FLIGHT_ORDINALS and i >= 2 and keys[i - 2] in _ONE_FLIGHT_BEFORE:
        return True  # probe 16: "The first flight was delayed": one trip of the story
    # "a Vietnam Airlines flight": capitalised words of a name after an article
    t = i - 1
    while t > 0 and is_word(keys[t]) and view.surface(t, t + 1)[:1].isupper():
        t -= 1
    return t < i - 1 and keys[t] in _ONE_FLIGHT_BEFORE


_SOLVING = frozenset(
    "clarify clarifies clarified clarifying resolve resolves resolved resolving solve solves solved solving".split()
)  # what a seminar did with issues: their result, no field
_HOW_MANY = frozenset("many some several various the these those a number of".split())


def _issues_solved(keys: list[str], i: int) -> bool:
    """True if the issues at ``i`` are the object of a verb of clarifying or solving, over words of
    quantity ("have helped both sides clarify many theoretical and practical issues"): what the
    seminars achieved, no field of their own (the seminars are). Untouched: "seminars on
    theoretical issues", "exchange of experience on theoretical issues" (the topic after "on")."""
    t = i - 1
    while t >= 0 and i - t <= 4 and keys[t] in _HOW_MANY:
        t -= 1
    return t >= 0 and keys[t] in _SOLVING


# Review 21: cls11's terms of a party's people exchanged or gathered with no delegation word between
_PEOPLE_GATHERED = frozenset({"exchange {party_cadre}", "exchange {word} {party_cadre}", "forum of {party_cadre}"})
_THEORY_NOUNS = frozenset({"theoretical {study_word}", "{issue_word} of theory"})  # party theory by other nouns
_CARRIERS = frozenset({"airline", "airway", "carrier"})  # keys: "Airways" -> "airway"
_CARRIER_SPAN = 6  # keys between a carrier and its route ("Vietnam Airlines has resumed its Hanoi-Moscow route")


def _carrier_route(keys: list[str], i: int) -> bool:
    """True if the bare "route(s)" at ``i`` is flown by a carrier named before it in its clause
    ("several charter carriers are planning routes", "the airline has resumed its Hanoi-Moscow
    route"): an air link. A route with no carrier ("a tourism route", "a short route to the sea",
    "more vehicles and routes") is a path of goods or people, no field; the scan stops at a
    comma, a joiner or a preposition (the carrier must be the clause's own). One route after "a"
    ("the airline is considering a route to Đà Nẵng") is a plan of the actor, as round 19 reads
    one airline, no link yet."""
    if i > 0 and keys[i - 1] in ("a", "an"):
        return False
    for t in range(i - 1, max(-1, i - 1 - _CARRIER_SPAN), -1):
        k = keys[t]
        if k in _CARRIERS:
            return True
        if k in _SENTENCE_END or k == "," or k in _NOT_PLAIN:
            return False
    return False


def _addressed_body(keys: list[str], i: int, j: int) -> bool:
    """True if the match ``keys[i:j]`` names bodies (its last word a noun of ``_ADDRESSED_BODIES``) that a
    speaker calls on to act: "called on the friendship societies, veterans' associations and the
    community to help promote exchanges" addresses actors, no field. Round 20.

    The call ("called on", "urged", "asked") stands at most eight words before, with no full stop
    or "to" between, and "to" follows within twelve words. Not "promote exchanges between friendship
    societies" (no call), nor "called on the two sides to support friendship societies" (after "to").
    """
    if keys[j - 1] not in _ADDRESSED_BODIES and not (keys[j - 1] == "in" and keys[j - 2] in _ADDRESSED_BODIES):
        return False  # "the Vietnamese community in (Russia)" ends on its "in"
    for t in range(i - 1, max(-1, i - 9), -1):
        if keys[t] in (".", "to", "between", "among", "with"):
            return False
        if any(tuple(keys[t - len(c) + 1 : t + 1]) == c for c in _CALLS if t - len(c) + 1 >= 0):
            if keys[t + 1] in ("about", "after", "whether", "how"):
                return False  # "asked about the friendship societies' plans to ...": a question, no call
            return any(keys[u] == "to" for u in range(j, min(len(keys), j + 12)) if "." not in keys[j:u])
    return False


# Words that make the next "academic year" a date ("from next academic year"), as a year number does.
_YEAR_DEICTIC = frozenset({"next", "this", "last", "coming", "current", "following", "previous"})


def _dated_year(keys: list[str], i: int, j: int) -> bool:
    """True if the match ``keys[i:j]`` is "academic" in a dated "academic year": a year number or
    "next"/"this"/... right before it ("for the 2021-2022 academic year", "from next academic
    year") makes it a time, not a field. "The new academic year" and "academic exchanges" stay
    (round 17; the set marks the dated ones optional or not at all)."""
    if keys[i:j] != ["academic"] or j >= len(keys) or keys[j] != "year" or i == 0:
        return False
    return keys[i - 1].isdigit() or keys[i - 1] in _YEAR_DEICTIC


def _occupation(keys: list[str], i: int, j: int, sector: str, prev, trie: PhraseTrie) -> bool:
    """True if the labour match ``keys[i:j]`` is one noun for people at work (class ``worker``) right
    after a match of another sector whose last word names a field of work (class
    ``occupation_field``: "cultural", "medical", "health"): "medical workers", "cultural workers"
    name an occupation of that field. Other words keep labour: "Vietnamese workers", "training
    workers", "oil workers", "transport workers" (labour in a trade), "migrant workers"."""
    if sector != "labour" or prev is None or prev[0] == "labour" or prev[2] != i or i == 0:
        return False
    return _in_class(trie, "worker", keys, i) == j and _in_class(trie, "occupation_field", keys, i - 1) == i


def _modifies_other(keys: list[str], j: int, sector: str, lexicon: Lexicon, prev) -> bool:
    """True if a term of another sector starts right after key ``j``: the match before it modifies
    that noun ("small modular reactors, *nuclear* medicine") and is no member of the list before.
    Only after a list member that ends with a head noun (``prev``: a term of several words, or one
    word that modifies no term of the lexicon, "reactors"): after a modifier the two are one
    list that shares the noun ("defence and *security* industry": one defence mention)."""
    hit = lexicon.trie.longest(keys, j) if j < len(keys) else None
    if hit is None or hit[1][0] in (None, sector):
        return False
    term = prev[3].rsplit(" + ", 1)[-1].split(":", 1)[-1]
    last = keys[prev[2] - 1]
    return len(term.split()) > 1 or last not in lexicon.list_heads.root


def _coordinated(between: list[str], names: bool = False) -> bool:
    """True if the keys between two matches of one sector only join them ("and", ",", "as well
    as"); "as" alone is no joiner ("sources of power as electricity demand grows"). "the" joins
    only two names ("the X Academy of Politics and the Y Party School"): "the expressway and the
    railway" are two mentions."""
    joiners = _COORD | {"the"} if names else _COORD
    return all(k in joiners for k in between) and ("as" not in between or "well" in between)


_OTHER_SPAN = 2  # plain words on each side of "and other" ("dengue fever and other infectious diseases")


def _and_other(between: list[str]) -> bool:
    """True if the keys between two matches of one sector are "and other" (or "or other") with at
    most ``_OTHER_SPAN`` plain words on each side: the second names the kind the first belongs to
    ("dengue fever and other infectious diseases", "wind and other renewable sources"), one mention
    (round 24f). "Malaria, as well as HIV" is read by :func:`_coordinated`; "dengue in the north and
    other diseases" (a preposition between) stays two."""
    for x in range(len(between) - 1):
        if between[x] in ("and", "or") and between[x + 1] == "other":
            before, after = between[:x], between[x + 2 :]
            return len(before) <= _OTHER_SPAN and len(after) <= _OTHER_SPAN and all(
                k.isalpha() and k not in _NOT_PLAIN for k in before + after)
    return False


def _range_member(keys: list[str], e: int, i: int, j: int) -> bool:
    """True if the match at keys ``i:j`` and the one of its sector ending at ``e`` are a mention and
    the range after a comma that spells it out, ", from A to B", over at most ``_OTHER_SPAN`` plain
    words before A (round 24f): "400 Vietnamese study here, from first-year undergraduates to
    doctoral candidates" is one mention of study, as a list is. A move with no comma ("move from
    small-scale retail to wholesale": two mentions) and "from tourism to energy" (two sectors) are
    untouched."""
    between = keys[e:i]
    if between == ["to"]:
        return any(keys[t] == "from" and keys[t - 1] == "," for t in range(max(1, e - _OTHER_SPAN - 2), e))
    return (len(between) >= 2 and between[0] == "," and between[1] == "from" and len(between) <= 2 + _OTHER_SPAN
            and all(k.isalpha() for k in between[2:]) and "to" in keys[j : j + 2])


def _own_country_localities(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is a term of the class ``plural_only`` ("localities") owned
    by "the country's" or "the nation's" over at most two words: "Hải Phòng is among the country's
    leading localities" ranks one country's own places (round 20). Not after "between" or "with"
    ("ties between the country's localities and Russian regions")."""
    if _in_class(trie, "plural_only", keys, i) != j:
        return False
    for t in range(i - 1, max(-1, i - 4), -1):
        if keys[t] in ("country", "nation") and view.possessive(t + 1):
            return not any(k in ("between", "with") for k in keys[max(0, t - 4) : t])
        if not keys[t].isalpha():
            return False
    return False


_LOCALITY_BODIES = frozenset({"organisation", "organization", "committee", "authority", "body", "union",
                              "branch", "association"})  # keys: singular
_PAIR_OF = frozenset({"the", "two", "both", "their"})  # "of the two localities", "between both localities"


def _localities_as_partners(keys: list[str], i: int, j: int, prev) -> bool:
    """True if the bare "localities" at ``i`` only names whose bodies act or whom another field's
    relation joins, not ties between localities as a field: owners of bodies ("exchanges between
    the youth organisations of the two localities", "the Party committees of both localities"), or
    the partners of a relation of another field's term just before "between" ("Trade between the
    two localities reached 1 billion USD": trade is the field). Untouched: "cooperation between
    the two localities", "businesses of the two localities" (no body), "the two localities
    should sign a memorandum"."""
    if j != i + 1 or keys[i] != "locality":
        return False
    t = i - 1
    while t >= 0 and keys[t] in _PAIR_OF:
        t -= 1
    if t < 0 or t == i - 1:
        return False  # a pair word is needed: "of localities" may be a list ("of ports and localities")
    if keys[t] == "of":
        return t > 0 and keys[t - 1] in _LOCALITY_BODIES
    if keys[t] == "between":
        return prev is not None and prev[2] == t and prev[0] != "people"
    return False


_APPRAISE = frozenset({"regard", "regards", "regarded", "consider", "considers", "considered", "see", "sees",
                      "view", "views", "viewed"})


def _appraised_as(keys: list[str], i: int, j: int) -> bool:
    """True if the party clause ``keys[i:j]`` holds a verb of appraisal ("regards", "considers",
    "sees") and then "as": "United Russia regards the CPV as a reliable partner and an important
    channel" says what one party takes the other for, as "a reliable partner" is a label (round
    20). "The two parties regard cooperation as a priority" ends on the relation before the "as"."""
    verb = next((t for t in range(i, j) if keys[t] in _APPRAISE), None)
    return verb is not None and "as" in keys[verb + 1 : j]


def _verb_owned_object(keys: list[str], prev: list, i: int, trie: PhraseTrie) -> bool:
    """True if the match before (``prev``) is a bare verb of training (class ``cadre_training``) and
    only a possessive ("its", "their", ...) stands between it and this match of the same sector:
    "help Laos train its human resources" is one act, one mention (round 20). "training, their
    students" (a comma) and "the training of their students" (more words) stay apart."""
    if i - prev[2] != 1 or keys[prev[2]] not in ("its", "their", "his", "her", "our"):
        return False
    return _in_class(trie, "cadre_training", keys, prev[1]) == prev[2]


def _origin_member(keys: list[str], a: int, i: int, view: TextView) -> bool:
    """True if keys ``a:i`` join two matches of one sector as a list whose next member opens with
    one capitalised word of origin: "concerts, Lao film weeks", "trade and Lao investment"
    (joiners, then that word; not the first word of a sentence)."""
    if i - a < 2 or not view.caps[i - 1] or view.initial[i - 1] or not keys[i - 1].isalpha():
        return False
    between = keys[a : i - 1]
    return _coordinated(between) and "," in between or between == ["and"]


def _plain_member(keys: list[str], a: int, i: int, prev: list, view: TextView) -> bool:
    """True if keys ``a:i`` end a list of one sector that already holds a comma ("A, B and C")
    over one or two plain lower-case words (no stopword, no capital): a modifier of the last
    member after "and"/"or" ("logistics, aviation and *inland* waterways"), or a member the lexicon
    does not list, between a comma and "and"/"or" ("marine science, biotechnology, *new materials*
    and space technology"); without that comma, one plural noun between a comma and "and"/"or"
    ("universities, *colleges* and vocational schools"). A comma alone before the words is no list:
    they may be a verb or an adverb of a new clause ("exchanged delegations, held theoretical
    workshops", "renewable energy, especially wind power")."""
    x = a
    while x < i and keys[x] in _COORD:
        x += 1
    y = x
    while y < i and keys[y] not in _COORD:
        y += 1
    if not 0 < y - x <= 2:
        return False
    if "," not in keys[prev[1] : prev[2]] and not (
        y - x == 1 and keys[a:x] == [","] and keys[y:i] in (["and"], ["or"])
        and view.surface(x, y).lower().endswith("s")
    ):  # precision classes 7: "universities, *colleges* and vocational schools": one plural noun
        return False  # between a comma and "and" is the middle member of a three-member list
    joined = (["and"], ["or"], [",", "and"], [",", "or"])
    if not (y == i and keys[a:x] in joined) and not (keys[a:x] == [","] and keys[y:i] in (["and"], ["or"])):
        return False
    stop = load_stopwords()
    return all(keys[t].isalpha() and keys[t] not in stop and not view.caps[t] for t in range(x, y))


_GENERIC_MODIFIERS = frozenset("new other more further major key modern joint".split())  # of no kind: "a rail link and new roads" stay two
_MEMBER_OPENERS = _PREPOSITIONS | _DETERMINERS_IN_LIST | frozenset({",", "and", "or", "between", "among", "with",
                                                                   "including"})


def _modified_member(keys: list[str], f: int, a: int, i: int, j: int, view: TextView, common: frozenset,
                     trie: PhraseTrie) -> bool:
    """True if keys ``a:i`` are "and" and one lower-case word that the lexicon's phrases use (a
    modifier of fields: "research on climate change and *marine* ecosystems", "in biotechnology and
    *climate* science", "trade, railways and *border* infrastructure"): the second member of a
    one-sector list with its own modifier, no comma needed, the second member one head noun (keys
    ``i:j``). The first member (from key ``f``) must open after a preposition, an article or a
    joiner: after a verb ("boost trade and *attract* investment", "co-produce films and *exchange*
    film weeks") the word is a second verb. Not a word of no field ("supply textbooks and *run*
    online courses"), nor a word of relations, nor one of no kind ("a rail link and *new* roads")."""
    if i - a != 2 or keys[a] != "and" or not keys[a + 1].isalpha() or view.caps[a + 1]:
        return False
    if j != i + 1:
        return False  # "and treat industrial wastewater": a longer term after the word is a verb's object
    if f == 0 or keys[f - 1] not in _MEMBER_OPENERS:
        return False
    w = keys[a + 1]
    return w in common and w not in _GENERIC_MODIFIERS and w not in load_stopwords() and _in_class(trie, "relation", keys, a + 1) == a + 1


# Slots that end a relation term with the parties it is between ("ties between the two {party}")
_PARTIES_NAMED = ("{party}", "{party_organ}", "{party_body}")


def _relation_of(prev: list, between: list[str]) -> bool:
    """True if a party relation (a match of a "{relation}" term, ``prev``) and the party matter of
    the same sector after it make one mention: "the two Parties should intensify exchanges of
    experience *in* Party building", "share experience *in grassroots* Party building", "increase
    exchanges *of* party delegations". Not after a relation that already names its parties (agreed
    errors 9): "ties between the two parties *in* theoretical work" are the ties and the work, two
    mentions, as the set writes them."""
    last = prev[3].rsplit(" + ", 1)[-1]
    return (
        "{relation}" in prev[3] and not last.endswith(_PARTIES_NAMED)
        and 1 <= len(between) <= 2 and between[0] in _ABOUT
        and all(k.isalpha() for k in between)  # "in grassroots Party building": one modifier at most
    )


# Round 19, actor vs field: a sector noun that names one actor, place or entity of the story rather
# than the field the sentence is about. Kept apart in these functions (:func:`_actor_not_field`).
# Words that may open the object of a verb of training, or stand in it, besides plain words ("the
# selection, training and rotation of leaders", "courses in Moscow for party officials").
_TRAINEE_LINKS = frozenset({"of", "for", "and", ",", "in", "at", "to", "the", "a", "an"})
# Plain words between "a"/"an" and a noun it makes one entity ("a dynamic economy").
_ENTITY_SPAN = 3
# Words after a noun that make it the subject of a clause: auxiliaries, modals and the plain verbs
# of intent that open a plan ("Russian airlines plan to add flights"), and the adverbs before them.
_SUBJECT_NEXT = _SUBJECT_VERBS | frozenset(
    "is are was were may might should must shall plan plans planned intend intends also already".split()
)
# Words before a noun phrase that make it an object, not a subject ("between airlines is ...").
_OBJECT_BEFORE = frozenset({"between", "among", "for", "to", "of", "with", "in", "on", "at", "by", "from", "into"})


def _singular_surface(view: TextView, j: int) -> bool:
    """True if the word of key ``j - 1`` is written in the singular ("school", "school's")."""
    word = view.surface(j - 1, j).lower().replace("\u2019", "'")
    return not word.removesuffix("'s").removesuffix("'").endswith("s")


# Words after a verb in "-s" that show it is a verb with its object ("the college sends ten
# teachers"), not a plural noun after a modifier ("university places to Vietnamese citizens").
_OBJECT_OPENERS = frozenset({"a", "an", "the", "some", "more", "its", "their", "his", "her", "about", "over"})
#: Words of readiness after "is"/"was" that make a place of study the actor (round 22a: "the
#: university is ready to cooperate").
_READY = frozenset("ready willing keen eager prepared".split())
#: Verbs of intent that, in "-s" before "to", make the noun before them their subject ("the school
#: wants to", "the university plans to"), folded as the keys are (round 22a).
_INTENT = frozenset("want plan hope intend seek aim expect promise".split())


def _intends(keys: list[str], j: int, view: TextView) -> bool:
    """True if key ``j`` is a verb of intent in "-s" before "to" (``_INTENT``): "wants to", "plans to"."""
    return (j + 1 < len(keys) and keys[j] in _INTENT and keys[j + 1] == "to"
            and view.surface(j, j + 1).lower().endswith("s"))


def _modifies_next(keys: list[str], j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the noun ending at key ``j`` modifies the word after it ("university rectors",
    "university places", "school leavers"): a plain word follows that is no sector term, no word
    ending a phrase and no verb ("-ed", or "-s" before an object: "the college sends ten
    teachers")."""
    n = len(keys)
    if j >= n or not keys[j].isalpha() or keys[j] in _PHRASE_ENDS or trie.longest(keys, j) is not None:
        return False
    if view.possessive(j):
        return False  # "the university's laboratories": an owner
    word = view.surface(j, j + 1).lower()
    if word.endswith("ed") or view.caps[j]:
        return False  # "the university welcomed ...", "the school Ivan Markov heads"
    if word.endswith("s") and j + 1 < n and (keys[j + 1] in _OBJECT_OPENERS or any(ch.isdigit() for ch in keys[j + 1])):
        return False
    if _intends(keys, j, view):
        return False  # "the school wants to renew": its verb (round 22a)
    return word.endswith("s")  # a plural noun the place of study modifies


def _one_institution(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is one place of study (class ``pointed_institution``, in the
    singular) that the sentence reads as an actor, an owner or a party's own school, not schooling
    as a field:

    - in a sentence that names a party, a singular place of study that is the party's
      (:func:`_the_partys`), also as the head of a longer term: "rector of the school, said the two
      parties ...", "a summer school for young CPRF members" (the set marks a party's school
      optional or as party work); "the CPV delegation visited a school that trains leaders of
      firms" is someone else's;
    - an owner, or owned: "the school's library", "Kazan's university";
    - the subject of a verb in "-ed", or in "-s" before its object: "the university welcomed its
      first students", "the college sends ten teachers";
    - after a head of the institution and "of the" (class ``institution_head``), also over one
      plain word: "rector of the school", "rector of the Vietnamese university" (round 22a);
    - (round 22a) the subject of a verb in "-s" before "to", or of "is"/"was" (and an adverb) before
      a word of readiness (``_READY``): "the school wants to renew this tradition", "the Russian
      university is also ready to cooperate".

    A place of study that modifies the next word ("university places") and the plural ("Russian
    universities will offer scholarships") are untouched, and so are "the school was closed", "a
    school of fine arts", "the new school for nurses opened" (no actor reading by these signs)."""
    if not _singular_surface(view, j) or _modifies_next(keys, j, trie, view):
        return False
    exact = _in_class(trie, "pointed_institution", keys, i) == j
    if not (exact or _in_class(trie, "pointed_institution", keys, j - 1) == j):
        return False
    if _party_sentence(keys, i, trie, view) and _the_partys(keys, i, j, trie, view):
        return True
    if _party_in_phrase(keys, j, trie) and _party_near(keys, i, trie, view):
        return True  # "a rich school of party journalism", the party named in the sentence before
    if not exact:
        return False
    if view.possessive(i) or view.possessive(j):
        return True
    n = len(keys)
    if i > 0 and keys[i - 1] == "the" and _the_named_institution(keys, j, view):
        return True
    if j < n and keys[j].isalpha() and not view.caps[j]:
        word = view.surface(j, j + 1).lower()
        if word.endswith("ed") or (word.endswith("s") and j + 1 < n and (
            keys[j + 1] in _OBJECT_OPENERS or any(ch.isdigit() for ch in keys[j + 1])
        )):
            return True
    if _intends(keys, j, view):
        return True  # "the school wants to renew"
    if j + 1 < n and keys[j] in ("is", "was"):
        k = j + 1 + (keys[j + 1] in _STUDY_LINK)
        if k < n and keys[k] in _READY:
            return True  # "the university is also ready to"
    if i >= 3 and keys[i - 2 : i] == ["of", "the"] and _in_class(trie, "institution_head", keys, i - 3) == i - 2:
        return True
    return (i >= 4 and keys[i - 3 : i - 1] == ["of", "the"] and keys[i - 1].isalpha()
            and _in_class(trie, "institution_head", keys, i - 4) == i - 3)


#: Round 24f: adverbs between "the university" and its verb ("the university also plans to")
_SUBJECT_ADVERBS = frozenset("also now still already currently further".split())
#: and participles that describe one institution after a comma ("The university, founded in 1724, ...")
_FOUNDED = frozenset("founded established built opened set created".split())


def _the_named_institution(keys: list[str], j: int, view: TextView) -> bool:
    """True if "the" + one place of study ending at key ``j`` is the institution the text named, read
    as an actor (round 24f): the subject of a verb of intent over an adverb ("the university also
    plans to open"), one of a pair with a named one ("the university and the Hanoi University of
    Science and Technology had agreed"), or described by a participle of its founding between commas
    ("The university, founded in 1724, is ..."). "Cooperation between the university and schools" and
    "the university of the future" stay untouched."""
    n = len(keys)
    k = j
    while k < n and keys[k] in _SUBJECT_ADVERBS and k - j < 2:
        k += 1
    if k > j and _intends(keys, k, view):
        return True
    if j + 2 < n and keys[j] == "and" and keys[j + 1] == "the" and view.caps[j + 2]:
        return True
    return j + 1 < n and keys[j] == "," and keys[j + 1] in _FOUNDED


def _the_partys(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the place of study at keys ``i:j``, in a sentence that names a party, is the one of the
    story or the party's: definite or owned ("the school", "the annual summer school", "the
    CPRF's regional school"), or with a party in the phrase after "of", "for" or "in", within
    ``_CADRE_SPAN`` words and no punctuation ("a rich school of party journalism", "a summer school
    in Hà Nội for young CPRF members"); not "a school that trains leaders of firms"."""
    a = i
    while a > 0 and keys[a - 1].isalpha() and keys[a - 1] not in _ARTICLES and not view.possessive(a) and i - a < 3:
        a -= 1  # modifiers of the place ("the annual summer school", "the CPRF's regional school")
    return view.possessive(a) or (a > 0 and keys[a - 1] == "the") or _party_in_phrase(keys, j, trie)


def _party_in_phrase(keys: list[str], j: int, trie: PhraseTrie) -> bool:
    """True if the phrase after key ``j`` ("of", "for" or "in", then at most ``_CADRE_SPAN`` words
    and no punctuation) holds a party or the key "party": "school of party journalism", "a summer
    school in Hà Nội for young CPRF members". Asked only where a party is named near."""
    if j >= len(keys) or keys[j] not in ("of", "for", "in"):
        return False
    party = trie.classes.get("party")
    for t in range(j + 1, min(len(keys), j + 1 + _CADRE_SPAN)):
        if keys[t] == "party" or (isinstance(party, SpanClass) and party.by_start.get(t)):
            return True
        if not keys[t].isalpha():
            return False
    return False


def _trains_party_people(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` opens with a verb or noun of training (class
    ``cadre_training``) whose trainees are a party's people, in a sentence that names a party or
    after one (:func:`_party_near`: "... the Higher Party School. ... the school trains 3,000 party
    workers"): the party's own cadre work, not education as a field. The trainees (classes ``cadre``,
    ``party_cadre``, ``party_trainee``) follow within ``_CADRE_SPAN`` plain words ("the selection,
    training and rotation of leaders", "training courses in Moscow for party officials"), or come
    right before "for training" ("a group of party officials for training"), or the training is at or in a
    party's body or work ("training at the Ho Chi Minh National Academy of Politics", "for training
    in party work"). Other trainees keep education ("the training of Vietnamese students",
    "training journalists"); "leaders of firms" are someone else's people."""
    train = trie.classes.get("cadre_training")
    if train is None or j not in train.ends(keys, i) or not _party_near(keys, i, trie, view):
        return False
    whom = [c for c in (trie.classes.get(n) for n in ("cadre", "party_cadre", "party_trainee")) if c is not None]
    n = len(keys)
    for t in range(j, min(n, j + _CADRE_SPAN + 1)):
        ends = [e for c in whom for e in c.ends(keys, t)]
        if ends:
            return not _owned_elsewhere(keys, max(ends), trie)
        if keys[t] in ("at", "in"):
            u = t + 1 + (t + 1 < n and keys[t + 1] == "the")
            hit = trie.longest(keys, u) if u < n else None
            if hit is not None and hit[1][0] == "party":
                return True  # the party's school or the party's work is where the training is
        if not (keys[t] in _TRAINEE_LINKS or _plain_object(keys, t, trie) or any(ch.isdigit() for ch in keys[t])):
            break  # another field's word, a clause word: the trainees are not a party's
    # "a group of party officials for training": the trainees right before "for"
    return i >= 2 and keys[i - 1] == "for" and any(
        i - 1 in c.ends(keys, t) for t in range(max(0, i - 4), i - 1) for c in whom
    )


def _an_entity(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is a term of the class ``entity_reading`` in the singular
    after "a"/"an" with at most ``_ENTITY_SPAN`` plain words between, or after "global"/"world": "a
    dynamic economy", "an open economy", "the global economy" name one economy (a country
    described, or the world as the scene), not the economy as a field of cooperation. "Cooperation
    in the economy", "the Vietnamese economy" and "a socialist-oriented market economy" (a term of
    its own) are untouched."""
    if _in_class(trie, "entity_reading", keys, i) != j or not _singular_surface(view, j):
        return False
    if i >= 1 and keys[i - 1] in ("global", "world"):
        return True
    for a in range(i - 1, max(-1, i - 2 - _ENTITY_SPAN), -1):
        if keys[a] in ("a", "an"):
            return True
        if keys[a] in _ARTICLES or keys[a] in _PREPOSITIONS or keys[a] in _PHRASE_ENDS:
            return False  # "a meeting on the economy": "a" opens another noun
        if not (keys[a].isalpha() or keys[a] == "-") or trie.longest(keys, a) is not None:
            return False
    return False


def _acting(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is a term of the class ``actor_only`` (firms whose field is
    named by what they do: "airlines" fly "flights") in the singular ("the republic's airline"), or
    as the subject of a clause: a word of ``_SUBJECT_NEXT`` after it and no preposition before its
    modifiers ("Russian airlines plan to add flights", "three airlines will operate"). As an object
    or in a list they stay the field ("conditions for airlines", "between airlines is expanding",
    "tourism, airlines and visas")."""
    if _in_class(trie, "actor_only", keys, i) != j:
        return False
    if _singular_surface(view, j):
        return not _before_noun(keys, j, view)  # "the airline industry", "airline passengers": the field
    if j >= len(keys) or keys[j] not in _SUBJECT_NEXT:
        return False
    a = i - 1
    while a >= 0 and keys[a].isalpha() and keys[a] not in _OBJECT_BEFORE and keys[a] != "and":
        a -= 1  # modifiers, numbers in words and the article of the subject
    return a < 0 or keys[a] not in _OBJECT_BEFORE and keys[a] != "and"


# Round 24d: nouns in "-ly" (other words in "-ly" are adverbs, which modify no noun: _before_noun)
_TIME_LINKS = frozenset({"since", "until", "till", "during", "before", "after", "every", "each"})  # "at the port since 2014"
_LY_NOUNS = frozenset({"supply", "family", "assembly", "rally", "ally", "monopoly", "anomaly", "belly", "jelly"})


def _before_noun(keys: list[str], j: int, view: TextView) -> bool:
    """True if a plain lower-case noun follows key ``j - 1`` and the word there modifies it ("airline
    industry", "airline passengers"): no capital, possessive, word ending a phrase or opening a
    predicate ("will", "is"), no verb in "-ed" or in "-s" before its object ("operates a route")."""
    n = len(keys)
    if j >= n or not keys[j].isalpha() or view.caps[j] or view.possessive(j):
        return False
    if keys[j] in _PHRASE_ENDS or keys[j] in _SUBJECT_NEXT or keys[j] in _TIME_LINKS:
        return False
    word = view.surface(j, j + 1).lower()
    if word.endswith("ed") or (word.endswith("ly") and word not in _LY_NOUNS):
        return False  # "called at the port regularly": an adverb in "-ly" modifies no noun
    return not (word.endswith("s") and j + 1 < n and (keys[j + 1] in _OBJECT_OPENERS or any(ch.isdigit() for ch in keys[j + 1])))


# cls10: verbs whose object is a place the story happens at ("visited the port"), as keys
_VISITS = VISIT_VERBS | {"visiting", "touring"}  # and the gerunds ("while touring the port")
_VISIT_SPAN = 10  # keys between the verb and the place ("visited the Cam Ranh port and a military hospital";
# round 24f: "tour an industrial park and a newly built provincial hospital")
_PLACE_MODIFIERS = 2  # lower-case words before the place after "at" ("at the local district hospital")


def _visited_place(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is one place of the class ``visited_place`` in the singular,
    where the story happens rather than a field (cls10):

    - the object of a verb of visiting (``_VISITS``) within ``_VISIT_SPAN`` keys, over articles,
      "and", capitalised words, and lower-case modifiers and places of the class: "visited the Lạch
      Huyện gateway port", "toured the Cam Ranh port and a military hospital";
    - after "at" (and "the", and ``_PLACE_MODIFIERS`` lower-case words): "specialists will work at
      the hospital", "learn Russian at school"; not after "a"/"an" nor before "of"/"for" ("studied at
      a school of fine arts" names a kind of school).

    A place that a clause after "that"/"which" describes ("visited a school that trains leaders of
    firms"), the plural, the place as the object of another verb or a preposition ("build a school",
    "cooperation between hospitals", "investment in the port") and a place that modifies the next
    noun ("at port facilities") are untouched."""
    if _in_class(trie, "visited_place", keys, i) != j:
        return False
    if not _singular_surface(view, j):
        # review 23: not one of a list of kinds of institution ("at hospitals and clinics": the field)
        listed = j + 1 < len(keys) and keys[j] in ("and", "or") and trie.longest(keys, j + 1) is not None
        return keys[j - 1] in _PLACES_AT and not listed and _right_after_at(keys, i, view)
    return _story_place(keys, i, j, view)


#: probe 16: places of work that a field's word names the kind of ("visited a recycling factory",
#: "toured a pharmaceutical plant"), as keys
_WORKS = frozenset({"factory", "plant", "shipyard", "mill", "workshop", "refinery"})


def _visited_works(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` names the kind of one place of work right after it (``_WORKS``,
    in the singular) that is visited or where someone is, by the signs of :func:`_story_place`:
    "visited a recycling factory", "at a pharmaceutical plant" are places of the story, no field
    (probe 16). "Build a recycling plant", "investment in a pharmaceutical factory" and terms that
    hold the noun ("power plant") are untouched."""
    if j >= len(keys) or keys[j] not in _WORKS or not _singular_surface(view, j + 1):
        return False
    return _story_place(keys, i, j + 1, view, near=False)  # "near the gas plant" keeps the gas (agreed errors 8)


#: probe 16: words of time after a place that it does not modify ("worked at the hospital since 2010")
_PLACE_TIME = frozenset({"since", "until", "till", "during", "later", "earlier"})
#: probe 16: places of study, whose capitalised words before them are left to the education rules
_STUDY_PLACES = frozenset({"school", "university", "college"})
_AT = frozenset({"at", "near"})  # probe 16: "a hotel near the airport" is a place, as "at the airport"
_NAME_WORDS = 4  # capitalised words of a place's name after "at" ("at Cam Ranh International airport")


def _story_place(keys: list[str], i: int, j: int, view: TextView, near: bool = True) -> bool:
    """The signs of :func:`_visited_place` for the place at keys ``i:j``: the object of a verb of
    visiting, or after "at" (probe 16: also over the capitalised words of its name, "docked at Hải
    Phòng port", except for places of study, and before a word of time, "at the hospital since
    2010"); ``near`` also reads "near" as "at", not for :func:`_visited_works`)."""
    if j < len(keys) and keys[j] not in _WHEN and keys[j] not in _PLACE_TIME and not view.caps[j] and _before_noun(
        keys, j, view
    ):
        return False  # "at the port area", "visited the school garden": the place modifies a noun
    if j < len(keys) and keys[j] in ("that", "which"):
        return False  # "visited a school that trains leaders of firms": what the school does is told
    a, plain = i - 1, 0
    named = keys[j - 1] not in _STUDY_PLACES  # probe 16: "docked at Hải Phòng port", "landed at Wattay airport"
    while a >= 0 and keys[a] in _ARTICLES or (a >= 0 and plain < _PLACE_MODIFIERS and keys[a].isalpha()
                                               and not view.caps[a] and keys[a] not in _AT and keys[a] != "from"
                                               and keys[a] not in _PHRASE_ENDS and keys[a] not in _VISITS) or (
        named and a >= 0 and view.caps[a] and is_word(keys[a]) and i - a <= _NAME_WORDS
    ):
        plain += keys[a] not in _ARTICLES and not view.caps[a]
        a -= 1
    if a >= 0 and (keys[a] == "at" or near and keys[a] in _AT) and keys[a + 1] not in ("a", "an") and not (
        j < len(keys) and keys[j] in ("of", "for") and not _named_owner(keys, a, j, view)
    ):
        return True  # not "studied at a school of fine arts": a kind of school, the field
    # probe 15: people "from" one place ("pupils from a local school read poems"): where they come from;
    # not "graduated from a school of fine arts" (a kind of school)
    if a >= 1 and keys[a] == "from" and keys[a + 1] in _ARTICLES and not (j < len(keys) and keys[j] in ("of", "for")):
        return True
    for t in range(i - 1, max(-1, i - 1 - _VISIT_SPAN), -1):
        if keys[t] in _VISITS:
            # review 18: "the visit"/"his visit" is a noun ("During the visit, the PM inspects a new
            # hospital"): its place comes after "to", so no object of it follows
            return not (t > 0 and (keys[t - 1] in _ARTICLES or keys[t - 1] in _OWNERS))
        if not (keys[t] in _ARTICLES or keys[t] in ("and", ",") or view.caps[t] or keys[t] == "-"
                or (keys[t].isalpha() and keys[t] not in _PHRASE_ENDS and keys[t] not in _PREPOSITIONS
                    and keys[t] not in _SUBJECT_NEXT and not keys[t].endswith("ed"))):
            return False
    return False


# Round 24d: places of care that, in the plural right after "at" (over modifiers), are where people
# train or work ("trained at Korean hospitals"); places of study and ports keep the field there
# ("studying at Russian universities", "stopped calling at Russian ports"), as the set annotates them
_PLACES_AT = frozenset({"hospital", "clinic"})


def _right_after_at(keys: list[str], i: int, view: TextView) -> bool:
    """True if "at" stands before key ``i`` over articles and at most ``_PLACE_MODIFIERS`` words that
    are capitalised or plain lower-case adjectives ("at Korean hospitals", "at the local clinics")."""
    a, plain = i - 1, 0
    while a >= 0 and (keys[a] in _ARTICLES or (plain < _PLACE_MODIFIERS and keys[a].isalpha() and keys[a] != "at"
                                               and keys[a] not in _PHRASE_ENDS and keys[a] not in _PREPOSITIONS)):
        plain += keys[a] not in _ARTICLES
        a -= 1
    return a >= 0 and keys[a] == "at"


def _named_owner(keys: list[str], a: int, j: int, view: TextView) -> bool:
    """True if "the" follows "at" (key ``a``) and "of" at key ``j`` opens a capitalised name: "at the
    general hospital of Nghệ An Province" is one place of a named owner, while "at a school of fine
    arts" names a kind of school."""
    return keys[a + 1] == "the" and keys[j] == "of" and j + 1 < len(keys) and view.caps[j + 1]


# Round 24b: heads of a firm's description before its name ("the Russian pharmaceutical company
# BioVektor", "energy group Rosatom"), as matching keys
_FIRM_HEADS = frozenset("company firm corporation group giant maker producer manufacturer operator "
                        "holding concern".split())


def _firm_described(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is the line of business of one named firm: a head of
    :data:`_FIRM_HEADS` in the singular right after it and a capitalised name right after the head
    ("CEO of the Russian pharmaceutical company BioVektor", "the energy group Rosatom will build"):
    the firm is the actor, as its name would be. "Pharmaceutical companies of both countries", "a
    pharmaceutical company in Hanoi" and "cooperation in pharmaceuticals" are untouched."""
    n = len(keys)
    if j + 1 >= n or keys[j] not in _FIRM_HEADS or not _singular_surface(view, j + 1):
        return False
    return keys[j + 1].isalpha() and view.caps[j + 1] and not view.caps[j]


#: probe 16: people and bodies of a place ("the airport's general director", "the press service of
#: the airport"): the place owns them, an actor (keys are singular)
_PLACE_PEOPLE = frozenset({"director", "head", "chief", "service", "staff", "management", "administration",
                           "spokesman", "spokeswoman", "spokesperson", "employee", "worker", "leader",
                           "leadership", "representative", "manager", "official", "crew", "operator"})
#: probe 16: words that open an apposition or a relative clause after a place that starts its
#: sentence ("The port, which is run by the Navy, ...", "The Vũng Áng port, in the province of ...")
_APPOSITION = frozenset({"which", "in", "located", "run", "owned", "built", "operated"})


def _place_actor(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is one place of the class ``visited_place`` (port, airport,
    hospital, museum) in the singular that the sentence reads as an owner or a subject, not a field
    (probe 16; as :func:`_one_institution` does for places of study):

    - the owner of people or a body (``_PLACE_PEOPLE``, after one modifier at most): "the airport's
      general director", "the press service of the airport";
    - the subject of a verb in "-ed" right after it, or after "has"/"had": "Vladivostok airport
      served 3.5 million", "Phu Quoc airport had received 200,000 visitors";
    - at the start of its sentence or clause (after "that" or a comma; an article and capitalised
      words before), then a comma and an apposition or clause (``_APPOSITION``): "The port, which
      is run by the Navy, had received", "said that the port, which ...".

    "The port's capacity", "investment in the port", "the development of the port" and "ports and
    airports" are untouched."""
    if _in_class(trie, "visited_place", keys, i) != j or not _singular_surface(view, j):
        return False
    n = len(keys)
    if view.possessive(j):
        t = j + (j + 1 < n and keys[j] not in _PLACE_PEOPLE and keys[j].isalpha())
        return t < n and keys[t] in _PLACE_PEOPLE
    if i >= 3 and keys[i - 2 : i] == ["of", "the"] and keys[i - 3] in _PLACE_PEOPLE:
        return True
    v = j + (j + 1 < n and keys[j] in ("has", "had", "have"))  # "Phu Quoc airport had received"
    if v < n and keys[v].isalpha() and not view.caps[v] and view.surface(v, v + 1).lower().endswith("ed"):
        a = i - 1
        while a >= 0 and (keys[a] in _ARTICLES or view.caps[a] and not view.initial[a]):
            a -= 1  # over the article and the place's name ("in the Cam Ranh port")
        # review 21: a place after a preposition or an "-ing" verb is no subject ("investment in the
        # port increased", "cooperation in upgrading the airport reached a new stage")
        return a < 0 or not (keys[a] in _PREPOSITIONS or keys[a].endswith("ing"))
    if j + 1 < n and keys[j] == "," and keys[j + 1] in _APPOSITION and not (
        keys[j + 1] == "in" and j + 2 < n and keys[j + 2] not in _ARTICLES and not view.caps[j + 2]
    ):  # review 21: "in" of a place ("in the province of ...", "in Hải Phòng"), not "The port, in turn, will"
        a = i - 1
        while a >= 0 and (view.caps[a] or keys[a] == "-") and keys[a] not in _SENTENCE_END:
            a -= 1  # the place's name ("The Vũng Áng port")
        if a >= 0 and keys[a] == "the":
            a -= 1
        return a < 0 or keys[a] in _SENTENCE_END or keys[a] in ("that", ",")
    return False


#: probe 16: places of work after "workers at/from" ("Workers at the plant", "workers from a Moscow
#: garment factory"): the people of one workplace, no labour migration (keys are singular)
_WORKPLACES = frozenset({"plant", "factory", "shipyard", "mine", "site", "farm", "mill", "workshop", "company",
                         "firm", "enterprise", "hospital", "port", "airport", "station", "warehouse", "home",
                         "hotel", "restaurant", "centre", "center"})
_WORKPLACE_SPAN = 4  # words between the article and the workplace ("a Moscow garment factory")


def _workers_of_a_place(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the labour match ``keys[i:j]`` is a noun for people at work (class ``worker``) with
    no origin before it, followed by "at"/"from"/"of", an article and a place of work
    (``_WORKPLACES``) within ``_WORKPLACE_SPAN`` words: "Workers at the plant showed him", "workers
    from a Moscow garment factory took part" are the people of one workplace (probe 16). "Vietnamese
    workers at Korean factories", "workers at foreign firms" (no article) and "the rights of
    workers" are untouched."""
    if _in_class(trie, "worker", keys, i) != j or j + 2 >= len(keys):
        return False
    if i > 0 and view.caps[i - 1] and keys[i - 1] not in _SENTENCE_END:
        return False  # "Vietnamese workers at the plant": an origin, labour migration
    if keys[j] not in ("at", "from", "of") or keys[j + 1] not in _ARTICLES:
        return False
    for t in range(j + 2, min(len(keys), j + 2 + _WORKPLACE_SPAN)):
        if keys[t] in _WORKPLACES:
            return not _before_noun(keys, t + 1, view) or keys[t + 1] in _WHEN
        if not (keys[t].isalpha() or keys[t] == "-") or keys[t] in _PHRASE_ENDS:
            return False
    return False


def _the_navy(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is the word "navy" written as the service's name ("the
    Vietnamese Navy", "run by the Navy", "the Navy's art troupe") or the two navies of the story
    ("between the two navies"): a body, an actor of defence ties, no field (probe 16). "Its navy and
    air force equipment" and "naval cooperation" are untouched."""
    if j != i + 1 or keys[i] != "navy":
        return False
    if view.caps[i] and not view.initial[i]:
        return True  # review 21: a sentence's first word is capitalised anyway ("Navy cooperation is ...")
    return i > 0 and keys[i - 1] in ("two", "both")


def _owners_between(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if the match ``keys[i:j]`` (people: ties between localities) is a relation "between"
    owners whose last word is a possessive before a sector term ("cooperation between the two
    cities' seaports"): the relation is in that field, between what they own, not ties between the
    localities (round 24e). Untouched: "cooperation between the two cities in tourism", "exchanges
    between veterans' organisations" (no sector term owned: ties of people); party relations
    ("exchanges between the two parties' propaganda agencies" are party ties)."""
    return (view is not None and j < len(keys) and j - i >= 3 and "between" in keys[i:j]
            and view.possessive(j) and trie.longest(keys, j) is not None)


_NAMED_BACK_KEYS = 400  # keys back to the name an institution's noun points to (a short report's length)


def _institution_named_before(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is one institution (class ``referring_institution``, in the
    singular) after "the" and at most one word ("the hospital", "the Russian university") that the
    text named before with a capitalised name ending in the same noun, within
    :data:`_NAMED_BACK_KEYS` keys ("The Thanh Hoa General Hospital and Samara State Medical
    University signed ... the university will receive ..."): the actor named, not the field (round
    24e). Untouched: "a hospital", "the universities", "the university" with none named before."""
    if _in_class(trie, "referring_institution", keys, i) != j or not _singular_surface(view, j):
        return False
    if not (i >= 1 and keys[i - 1] == "the" or i >= 2 and keys[i - 2] == "the" and keys[i - 1].isalpha()):
        return False
    head = keys[j - 1]
    for t in range(i - 1, max(0, i - _NAMED_BACK_KEYS), -1):
        if keys[t] == head and view.caps[t] and view.caps[t - 1] and not view.initial[t] and keys[t - 1].isalpha():
            return True
    return False


# Round 24d: heads of one building or site that a field's word and a capitalised name before it
# describe ("the Hanoi-Moscow trade centre"), as matching keys
_FACILITY_HEADS = frozenset({"centre", "center", "complex"})


def _named_facility(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` stands between capitalised words after an article and a singular
    head of :data:`_FACILITY_HEADS`: "at the Hanoi-Moscow trade centre" is one place named by its
    owners and its trade, as a name would be. "A trade centre will open", "trade centres in Moscow" and
    "the Russian trade and cultural centre" (a list) are untouched."""
    if j >= len(keys) or keys[j] not in _FACILITY_HEADS or not _singular_surface(view, j + 1):
        return False
    if keys[j] == "complex" and keys[j - 1] == "industrial":
        return False  # review 21: "the Primorye agro-industrial complex" is a region's industry, no building
    a = i - 1
    while a >= 0 and view.caps[a] and keys[a].isalpha():
        a -= 1
    if keys[j] == "complex" and a == i - 2:
        return False  # review 23: one country's or region's word ("the Russian energy complex") names its industry
    return a < i - 1 and a >= 0 and keys[a] in _ARTICLES


# Round 24d: last words of a term that names one place when it describes a name before it
_APPOSED_PLACES = frozenset({"hospital", "port", "seaport", "airport", "school", "university", "college",
                             "museum", "reserve", "park"})
_APPOSITION_SPAN = 3  # plain words between "the" and the place ("the country's oldest nature reserve")


def _apposed_place(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """True if the singular place ``keys[i:j]`` (last word in :data:`_APPOSED_PLACES`) describes the
    capitalised name before it, in an apposition opened by a comma and an article over at most
    ``_APPOSITION_SPAN`` plain words: "Cúc Phương National Park, the country's oldest nature reserve",
    "Bạch Mai Hospital, a leading hospital in the north". "Nature reserves of the two countries" and
    "Hanoi, where a hospital will be built" are untouched."""
    if keys[j - 1] not in _APPOSED_PLACES or not _singular_surface(view, j):
        return False
    if j < len(keys) and not view.caps[j] and _before_noun(keys, j, view):
        return False  # "the port city", "a hospital director": the place modifies a noun
    a = i - 1
    while a >= 0 and i - a <= _APPOSITION_SPAN and keys[a].isalpha() and not view.caps[a] and keys[a] not in _ARTICLES \
            and keys[a] not in _PHRASE_ENDS and keys[a] not in _PREPOSITIONS:
        a -= 1
    if not (a >= 2 and keys[a] in _ARTICLES and keys[a - 1] == "," and view.caps[a - 2]):
        return False
    return not _fronted_phrase(keys, a - 1) or "," in keys[j : j + _APPOSITION_SPAN + 1]


_FRONTED_SPAN = 8  # keys back from a comma to the preposition opening its sentence ("At the forum in Hanoi,")


def _fronted_phrase(keys: list[str], c: int) -> bool:
    """True if the comma at key ``c`` closes a phrase that opens its sentence with a preposition ("In
    Đà Nẵng, a hospital will be built"): what follows is the clause's subject, no apposition, unless
    a comma closes it (review 23)."""
    t = c - 1
    while t > 0 and c - t < _FRONTED_SPAN and keys[t - 1] not in _SENTENCE_END and keys[t - 1] != ",":
        t -= 1
    return (t == 0 or keys[t - 1] in _SENTENCE_END) and (keys[t] in _PREPOSITIONS or keys[t] in _TIME_LINKS)


def _actor_not_field(keys: list[str], i: int, j: int, sector: str, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if the match ``keys[i:j]`` of ``sector`` names an actor, place or entity of the story,
    not a field (round 19): one place of study (:func:`_one_institution`), a party's training of its
    own people (:func:`_trains_party_people`), one economy (:func:`_an_entity`) or a firm acting
    (:func:`_acting`). Needs the text (``view``)."""
    if view is None:
        return False
    if _visited_place(keys, i, j, trie, view) or _firm_described(keys, i, j, view) or _named_facility(keys, i, j, view) \
            or _apposed_place(keys, i, j, view):
        return True
    if _institution_named_before(keys, i, j, trie, view):
        return True
    if sector == "education":
        return (_one_institution(keys, i, j, trie, view) or _trains_party_people(keys, i, j, trie, view)
                or _one_person(keys, i, j, trie, view) or _own_schooling(keys, i))
    if sector == "defence_security" and _event_security(keys, i, j):
        return True  # probe 16: "Security at the forum was tight": one event's guarding
    if sector == "tourism_sports" and _sport_job(keys, j, view):
        return True  # probe 16: "football coach Park Hang-seo": a person's job
    if _place_actor(keys, i, j, trie, view) or _the_navy(keys, i, j, view) or _visited_works(keys, i, j, view):
        return True  # probe 16: "the airport's director", "run by the Navy"
    if sector == "labour" and (_workers_of_a_place(keys, i, j, trie, view) or _figure_moves(keys, i, j)):
        return True  # probe 16: "Workers at the plant", "unemployment fell to 2.6%"
    if sector == "defence_security" and _vessel_type(keys, i, j):
        return True  # probe 16: "the large anti-submarine ship": one ship by its type
    return _an_entity(keys, i, j, trie, view) or _acting(keys, i, j, trie, view) or _marketplace(keys, i, j, trie, view)


#: Round 24f: a time of a person's own life ("as a teenager", "in his youth"), as keys
_LIFE_STAGES = frozenset("teenager child boy girl schoolboy schoolgirl youngster youth childhood".split())
_LIFE_SPAN = 10  # keys back from the place of study to that time ("as a teenager he had attended a technical school")


def _own_schooling(keys: list[str], i: int) -> bool:
    """True if the place of study at key ``i`` is where one person went in their own past: "as a
    teenager" / "as a boy" or "in his youth" within ``_LIFE_SPAN`` keys before, in the same
    sentence ("as a teenager he had attended a technical school"): a life story, no field (round
    24f). "As a partner, Russia will build a technical school" (no time of life) is untouched."""
    for t in range(i - 1, max(0, i - _LIFE_SPAN) - 1, -1):
        if keys[t] in _SENTENCE_END:
            return False
        if keys[t] in _LIFE_STAGES and t >= 2 and (
            keys[t - 2 : t] in (["as", "a"], ["as", "an"]) or (keys[t - 2] == "in" and keys[t - 1] in _OWNERS)
        ):
            return True
    return False


def _one_person(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is a noun of people of the class ``one_person`` in the singular
    that modifies no noun after it: one person of the story ("a student from the academy spoke",
    "Irina Belova, a lecturer at the institute", "No student should lose a year"), not the field the
    plural counts ("Vietnamese students", "more teachers") nor a modifier ("student exchanges",
    "teacher training") (probe 15)."""
    if _in_class(trie, "one_person", keys, i) != j or not _singular_surface(view, j):
        return False
    if j < len(keys) and (keys[j] in _PREPOSITIONS or keys[j] in _OBJECT_BEFORE):
        return True  # "a student from the academy", "a lecturer at the institute"
    return not _before_noun(keys, j, view)


_MARKET_LIST_SPAN = 6  # keys between a market and a place listed with it ("markets, restaurants")
_MARKET_MEMBER_ENDS = frozenset({",", "and", "or", "of"})  # keys after a venue that ends a list member
_MARKET_LIST_STOPS = frozenset({"in", "to", "for", "with", "into", "on", "at", "from", "between", "that", "which"})


def _marketplace(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is "market(s)" as a place where goods are sold (probe 15): a
    singular market after a word of the class ``market_kind`` ("the Tân Thanh border market", "a
    night market"), or a market listed (by "," or "and", within ``_MARKET_LIST_SPAN`` keys, no
    preposition of place or clause word between) with a place of the class ``venue_noun`` ("operate
    markets, restaurants and a garment factory", "an exhibition of paintings and a market of food").
    The later member starts at the join (an article at most before it), and an earlier venue ends its
    member ("hold exhibitions and expand markets", "hotels are full, and the market grows" are two
    clauses; review 20). "The Russian market", "markets in ASEAN" and "access to the market and to
    hotels" keep the field."""
    if view.surface(i, j).lower() not in ("market", "markets"):
        return False
    if i >= 1 and _singular_surface(view, j) and _in_class(trie, "market_kind", keys, i - 1) == i:
        return True
    for lo, hi in ((max(0, i - _MARKET_LIST_SPAN), i), (j, min(len(keys), j + _MARKET_LIST_SPAN))):
        back = lo < i
        between = range(hi - 1, lo - 1, -1) if back else range(lo, hi)
        joined = False
        if not back and j + 1 < len(keys) and keys[j] == "," and keys[j + 1] == "and":
            continue  # review 20: ", and" after the market joins a clause ("a big market, and hotels there ...")
        for t in between:
            if keys[t] in _SENTENCE_END or keys[t] in _MARKET_LIST_STOPS:
                break
            if keys[t] in (",", "and"):
                joined = True
            elif joined and (v := _in_class(trie, "venue_noun", keys, t)) == t + 1:
                # review 20: a venue ends its list member (or takes a complement, "an exhibition of
                # paintings and a market"): "hotels are full, and the market grows" are two clauses
                return not back or v >= len(keys) or keys[v] in _MARKET_MEMBER_ENDS
            elif (joined != back) and keys[t] not in _ARTICLES:
                # review 20: the later member starts at the join, an article at most before it; a
                # word there is a verb's ("hold exhibitions and expand markets", "seek markets and
                # build hotels"), two clauses, no list
                break
    return False


#: probe 16: ships whose type an "anti-" word names ("the large anti-submarine ship"), as keys
_VESSELS = frozenset({"ship", "destroyer", "frigate", "corvette", "cruiser", "vessel", "boat"})


def _vessel_type(keys: list[str], i: int, j: int) -> bool:
    """True if the match ``keys[i:j]`` follows "anti-" and comes before a ship's noun (``_VESSELS``):
    "the large anti-submarine ship Admiral Panteleyev" names one ship by its type, no field
    (probe 16). "Anti-submarine warfare", "anti-terrorism" are untouched."""
    return i > 0 and keys[i - 1] == "anti" and j < len(keys) and keys[j] in _VESSELS


#: probe 16: one person of a sport, after the sport's name ("football coach", "tennis player"), as keys
_SPORT_PEOPLE = frozenset({"coach", "player", "referee", "fan", "star", "legend", "commentator", "captain"})


#: probe 16: events and venues whose own guarding is told ("Security at the forum was tight"), as keys
_GUARDED = frozenset({"forum", "summit", "event", "ceremony", "venue", "game", "festival", "meeting",
                      "conference", "stadium", "airport", "parade", "match"})


def _event_security(keys: list[str], i: int, j: int) -> bool:
    """True if the match ``keys[i:j]`` is bare "security" (at the start of its sentence or after an
    article) before "at"/"around"/"for", an article and an event or venue (``_GUARDED``): "Security
    at the forum was tight" tells one event's guarding, no field (probe 16). "Information security
    at the United Nations", "security cooperation at the summit" are untouched."""
    if keys[i:j] != ["security"] or j + 2 >= len(keys) or keys[j] not in ("at", "around", "for"):
        return False
    if i > 0 and keys[i - 1] not in _SENTENCE_END and keys[i - 1] not in _ARTICLES:
        return False
    return keys[j + 1] in _ARTICLES and keys[j + 2] in _GUARDED


def _sport_job(keys: list[str], j: int, view: TextView) -> bool:
    """True if the word after the match ending at key ``j`` is one person of the sport in the singular
    (``_SPORT_PEOPLE``): "former national football coach Park Hang-seo" is a person's job, no sports
    exchange (probe 16). The plural ("training football coaches") and "a football match" are
    untouched."""
    return j < len(keys) and keys[j] in _SPORT_PEOPLE and _singular_surface(view, j + 1) and not (
        _before_noun(keys, j + 1, view) and keys[j + 1] not in _PREPOSITIONS
    )  # review 21: not a person's word that modifies a noun ("football fan exchanges", "coach training")


#: probe 16: labour figures of one place (keys) that move in a sentence ("unemployment in Russia had
#: fallen"), and the verbs that move them, as keys
_PLACE_FIGURES = frozenset({"unemployment", "jobless"})
_FIGURE_MOVES = frozenset(key_stream("fell fallen falls rose risen rises dropped drops declined increased grew "
                                     "grown stood stands hit hits reached climbed edged")[2])
#: review 21: words that make the figure an object, not the subject that moves ("programmes against
#: unemployment rose"), beside _PREPOSITIONS, an "-ing" verb and a verb after "to"
_FIGURE_GOVERNORS = frozenset({"against", "with", "over"})
_FIGURE_SPAN = 8  # keys between the figure and its verb ("unemployment in the Republic of Korea fell")


def _figure_moves(keys: list[str], i: int, j: int) -> bool:
    """True if the labour match ``keys[i:j]`` is a figure of one place (``_PLACE_FIGURES``) whose verb
    of change follows in its clause within ``_FIGURE_SPAN`` keys: "unemployment in the Republic of
    Korea fell to a record low", "unemployment in Russia had fallen to 2.6%" report a domestic state,
    no field of cooperation (probe 16). "Cooperation to reduce unemployment", "unemployment
    insurance" are untouched."""
    if keys[i] not in _PLACE_FIGURES:
        return False
    if i > 0 and (keys[i - 1] in _PREPOSITIONS or keys[i - 1] in _FIGURE_GOVERNORS or keys[i - 1].endswith("ing")
                  or (i > 1 and keys[i - 2] == "to")):
        return False  # review 21: the object of a work against it ("efforts to reduce unemployment increased")
    for t in range(j, min(len(keys), j + _FIGURE_SPAN)):
        if keys[t] in _FIGURE_MOVES:
            return True
        if keys[t] in _SENTENCE_END or keys[t] in (",", "and", "or", "that", "which"):
            return False
    return False


# Precision classes 7 (issue 13): sector words that name no field of their own.
_COPULAS = frozenset("is are was were be been being remains remain remained becomes become became".split())
# round 21: adverbs of stance that may stand between a copula and its noun ("is perhaps the ..."),
# as matching keys (the keys fold a final "s": "perhaps" is "perhap")
_COPULA_ADVERBS = frozenset(key_stream("perhaps also still truly really indeed surely certainly probably "
                                       "arguably undoubtedly always")[2])
_LEVEL_SPAN = 4  # keys between "at" and "level(s)" ("at master's and doctoral levels")


def _one_partys_aid(keys: list[str], i: int, j: int, term: str, trie: PhraseTrie, view: TextView) -> bool:
    """True if the party relation ``keys[i:j]`` is one party's support or assistance (class
    ``weak_relation``) before or after that party alone: "the CPRF's support for Vietnam in the
    struggle for independence", "the CPV valued United Russia's support", "the support of the CPRF"
    are aid one party gave a country, no relation kept between parties. A pair ("the two parties'
    support", "the CPV and the CPRF") or a party it is given to ("United Russia's support for the
    CPV") keeps the relation."""
    if term.startswith("{party}") and term.endswith("{relation}"):
        r, a, b = j - 1, i, j - 1
    elif term.startswith("{relation} of") and term.endswith("{party}"):
        r, a, b = i, i + 1, j
    else:
        return False
    if _in_class(trie, "weak_relation", keys, r) != r + 1:
        return False
    if any(k in _PAIR_WORDS or k == "and" for k in keys[a:b]):
        return False
    if j < len(keys) and keys[j] in _OBJECT_WORDS | {"for"}:
        end = min(_sentence_end(keys, j), j + 1 + _OBJECT_SPAN)
        return not _party_actors(keys, j + 1, end, trie, view)
    return True


def _level_of(keys: list[str], i: int, j: int, sector: str, prev) -> bool:
    """True if the match ``keys[i:j]`` modifies "level(s)" after "at" and the match right before
    "at" is of the same sector: "joint training programmes at master's and *doctoral* levels"
    gives the grade of the programmes just named, no second mention. Without such a match before
    it the word counts ("Half of the places are at the doctoral level")."""
    if j >= len(keys) or keys[j] != "level" or prev is None or prev[0] != sector:
        return False
    t = i - 1
    while t >= max(0, i - _LEVEL_SPAN) and keys[t] != "at":
        if not (keys[t].isalpha() or keys[t] in ("'s", ",")):
            return False
        t -= 1
    return t >= 0 and keys[t] == "at" and prev[2] == t


#: Words that may follow the subject of a copula when it is the field itself ("Culture itself is",
#: "Cooperation between the two nations is"): any other word after the match is the noun it modifies.
_SUBJECT_TAIL = frozenset(
    "between with among and or itself alone too also that which who here there now today still".split()
) | _COPULAS | _COPULA_ADVERBS

#: Prepositions that open a framing phrase before a comma ("Besides energy, ...", "Apart from culture, ...").
_FRAME_PREPOSITIONS = frozenset({"beside", "besides", "beyond", "in", "like", "from", "after", "for"})  # keys: "beside"


def _predicate_figure(keys: list[str], i: int, j: int, sector: str, prev) -> bool:
    """True if the one-word match ``keys[i:j]`` is the noun after a copula and an article ("is the
    shortest road", "is a heritage") whose subject, earlier in the sentence, is a match of another
    sector: "Culture is the shortest road between two hearts", "the friendship between the two
    Parties ... is a heritage that the young must carry on" say what that field is like (a figure),
    not a second field. A subject of no sector keeps the word ("The project is a road to the
    border")."""
    if j - i != 1 or prev is None or prev[0] == sector:
        return False
    t = i - 1
    if t >= 0 and keys[t] not in _ARTICLES and keys[t].isalpha():
        t -= 1  # one adjective ("the shortest road")
    c = t - 1  # the copula
    if c >= 1 and keys[c] in _COPULA_ADVERBS and keys[c - 1] in _COPULAS:
        c -= 1  # round 21: one adverb after the copula ("is perhaps the shortest road")
    if c < 0 or keys[t] not in _ARTICLES or keys[c] not in _COPULAS:
        return False
    if prev[1] > 0 and keys[prev[1] - 1] in _FRAME_PREPOSITIONS and "," in keys[prev[2] : c]:
        return False  # review 14: "Besides energy, another priority is the railway": no subject
    after = keys[prev[2]] if prev[2] < c else ","
    if after.isalpha() and after not in _PREPOSITIONS and after not in _SUBJECT_TAIL:
        return False  # "The railway project is the largest investment": the match modifies the
        # subject's head noun ("project"); the subject is no field, so the predicate noun counts
    return prev[2] <= c and not any(k in _SENTENCE_END for k in keys[prev[2] : c])


# agreed errors 8: a market of visitors is a tourism source, no trade
_TOURISM_KEYS = frozenset({"tourism", "tourist", "visitor", "traveller", "holidaymaker"})
_TRADE_KEYS = frozenset({"trade", "investment", "investor", "consumer", "price"})  # goods: class ``goods``
_MARKET_ACCESS = frozenset({"open", "opened", "opening", "access", "enter", "entry"})
# Markets of money or work, never a source of tourists ("the stock market fell as visitors left")
_MARKET_KINDS = frozenset({"stock", "capital", "financial", "bond", "property", "equity", "currency"})


def _tourist_market(keys: list[str], i: int, j: int, trie: PhraseTrie) -> bool:
    """True if the one-word "market" at ``keys[i:j]`` is a source of tourists: its sentence speaks of
    tourism or visitors and of no trade ("Russia is a priority market for our tourism", "wants to win
    back that market" after "the largest source of foreign visitors"). A market with goods, exports or
    investment in its sentence (trade words, the lexicon's class ``goods``: "a key market for Vietnamese
    seafood"), or one opened or entered ("open the Russian market to fruit"), stays economy ("a
    priority market for Vietnamese exports")."""
    if j - i != 1 or keys[i] != "market" or (j < len(keys) and keys[j] == "to"):
        return False
    if any(k in _MARKET_ACCESS for k in keys[max(0, i - 4) : i]) or (i > 0 and keys[i - 1] in _MARKET_KINDS):
        return False
    window = keys[_sentence_start(keys, i) : _sentence_end(keys, j)]
    return any(k in _TOURISM_KEYS for k in window) and not any(k in _TRADE_KEYS for k in window) and not any(
        _in_class(trie, "goods", window, t) > t for t in range(len(window))
    )


# Round 24c: business copy names places, products and service starts with sector words.
# A sector adjective between a place's own name and a place noun is part of that place's name ("the
# Hải Lăng economic zone", "the Vorsino industrial park"): one place, the scene, not the field. Not
# after a country's adjective ("a Russian industrial park" is a kind of park in that country) nor in
# the plural ("Vietnamese industrial parks", "border economic zones").
_NAMED_PLACE_NOUNS = frozenset({"zone", "park", "estate", "cluster", "complex"})  # not a corridor between
# places ("the Kunming – Lào Cai – Hải Phòng economic corridor", "the North–South transport corridor")
_DEMONYM_ENDINGS = ("an", "ese", "ish", "ch", "i", "lao")  # Russian, Korean, Chinese, British, French, Thai


def _place_named_before(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` stands between a place's own capitalised name (not a sentence's
    first word, nor a country's adjective) and a singular place noun, or ends with that noun: "the Hải
    Lăng economic zone"."""
    if i == 0:
        return False
    if j - i >= 2 and keys[j - 1] in _NAMED_PLACE_NOUNS and not view.caps[j - 1]:
        p = j - 1  # the place noun inside the match (round 24b's phrase "economic zone")
    elif j < len(keys) and keys[j] in _NAMED_PLACE_NOUNS and not view.caps[j]:
        p = j
    else:
        return False
    if view.surface(p, p + 1).lower().endswith("s"):
        return False  # plural: a kind of place, "Vietnamese industrial parks"
    if keys[p] == "complex" and keys[p - 1] == "industrial":
        return False  # review 21: "the Far East agro-industrial complex" is a region's industry, no place
    t = i - 1
    if not (view.caps[t] and keys[t].isalpha()) or view.initial[t] or view.caps[i]:
        return False
    a = t
    while a > 0 and (view.caps[a - 1] or keys[a - 1] in ("-", "–")) and not view.initial[a]:
        a -= 1  # the name's other words ("the Vietnam – Russia ...")
    if a > 0 and keys[a - 1] in ("a", "an"):
        return False  # review 21: "a Kazakh industrial park", "a Vietnam-Russia industrial park": a kind
    return not view.surface(t, t + 1).lower().endswith(_DEMONYM_ENDINGS)


# "Commercial" of a service or output that starts running ("the start of commercial operation of the
# metro line", "commercial production began") is its regular use, no trade.
_IN_SERVICE = frozenset({"operation", "operations", "production", "launch", "run", "runs", "scale",
                         "quantity", "quantities", "output"})  # not "services" ("commercial services")


def _in_regular_service(keys: list[str], i: int, j: int) -> bool:
    """True if the match ``keys[i:j]`` is "commercial" before a noun of running or output."""
    return j - i == 1 and keys[i] == "commercial" and j < len(keys) and keys[j] in _IN_SERVICE


# Bare "exploration" is oil and gas exploration only where its sentence names an oil place or oil
# ("exploration of new blocks on the shelf", "exploration work in Block 128"), and not of minerals or
# space ("joint exploration of the biodiversity of tropical forests", "mineral exploration").
_OTHER_EXPLORATION = frozenset({"mineral", "minerals", "geological", "space", "archaeological", "ore"})
_OIL_OBJECTS = frozenset({"hydrocarbon", "hydrocarbons", "oil", "gas", "petroleum"})


def _oil_exploration(keys: list[str], i: int, j: int) -> bool:
    """True if the bare "exploration" at ``keys[i:j]`` is of oil or gas (its sentence names oil)."""
    if i > 0 and keys[i - 1] in _OTHER_EXPLORATION:
        return False
    if j < len(keys) and keys[j] == "of" and j + 1 < len(keys) and keys[j + 1] in _OTHER_EXPLORATION:
        return False
    if "of" in keys[j : j + 4] and any(k in _OIL_OBJECTS for k in keys[j : j + 5]):
        return False  # "the exploration and exploitation of hydrocarbons": the object names the field
    b = _sentence_end(keys, j)
    if j < b and keys[j] == "of":
        # review 21: an object of its own must be the oil place ("exploration of new blocks on the
        # shelf"), read to the clause's end: "exploration of rare earth deposits was proposed, and gas
        # supply was discussed" explores no oil
        c = next((t for t in range(j + 1, b) if keys[t] in (",", ";")), b)
        return _names_oil(keys, j + 1, c)
    return _names_oil(keys, _sentence_start(keys, i), b)


# Review 21: verbs of carrying or travelling (keys) before "by trains": the way goods or people go
# ("transported by trains to China", "travel by trains across Siberia"), not who serves a line
_CARRIED = frozenset(key_stream(
    "transported carried shipped delivered sent moved hauled exported imported brought travel travelled "
    "traveled travelling traveling go went come came arrive arrived"
)[2])

# Round 24c: terms of settling opened by the verb ("settle part of the contracts in national
# currencies"); a shorter term inside that ends with them is the span ("settle more transactions in ...")
_SETTLE_VERBS = ("settle ", "settled ", "settling ")

# "Market" right after another field's mention is that field's market ("energy markets", "the oil
# market"), no second, economy mention (as "industry" after "oil and gas" above).
_MARKET_HEADS = frozenset({"markets", "market"})


# agreed errors 8: bare "drilling" is oil and gas only with wells, blocks or fields of oil in its sentence
_BARE_DRILL = frozenset({"drill", "drilling", "drilled"})
_DRILL_WELLS = frozenset({"drill {word} {word} wells", "drill {word} {word} {word} wells",
                          "drill {word} {word} {word} {word} wells"})  # the same with the wells drilled
_OIL_PLACES = frozenset({"oil", "gas", "petroleum", "block", "field", "oilfield", "shelf", "offshore",
                         "condensate", "basin", "reservoir", "rig", "hydrocarbon"})
_OIL_WELLS = frozenset({"production", "appraisal", "exploration", "exploratory", "oil", "gas"})
# fix 10: the drilling must be of an oil place, not merely in its sentence ("drilled troops near the
# gas pipeline"). What a drill goes into or at; what is drilled; the trade's nouns ("drilling crews").
_DRILL_PREPS = frozenset({"of", "in", "at", "on", "for", "off", "into", "under"})
_DRILLED = frozenset({"well", "hole", "borehole"})
_DRILL_TRADE = frozenset({"rig", "crew", "service", "equipment", "contractor", "company", "operation",
                          "campaign", "programme", "vessel", "ship", "platform", "unit", "contract"})
_DRILL_STOPS = _PREPOSITIONS | frozenset({"near", "by", "beside", "with", "around", "outside", "along",
                                          "and", "or", "but", "while", "as", "where", "which", "that"})
_DRILL_AUX = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
                        "to", "also", "now", "already", "keep", "kept", "continue", "continued", "began",
                        "start", "started", "plan", "planned", "plans", "intend", "intends", "intended"})
_DRILLERS = frozenset({"company", "firm", "venture", "operator", "crew", "producer", "major", "group"})


def _oil_phrase(keys: list[str], t: int, b: int, words: int = 6) -> bool:
    """True if an oil place or an oil well is named in the ``words`` keys from ``t`` (before ``b``,
    a comma, a preposition or a word that opens a clause): the place a drill goes into ("in Block
    09-1", "at the White Tiger and Dragon fields", "of the first production well"), not one merely
    near it ("on the square beside the oil refinery")."""
    for u in range(t, min(b, t + words)):
        if not keys[u][:1].isalnum() or (keys[u] in _DRILL_STOPS and keys[u] != "and"):
            return False
        if keys[u] in _OIL_PLACES and not (keys[u] == "field" and u + 1 < b and keys[u + 1] == "of"):
            return True
        if keys[u] == "well" and u > t and keys[u - 1] in _OIL_WELLS:
            return True
    return False


def _names_oil(keys: list[str], a: int, b: int) -> bool:
    """True if keys ``a:b`` (a sentence) name an oil place or a production well anywhere ("the field
    of" is a domain, no oil field)."""
    return any(
        keys[t] in _OIL_PLACES and not (keys[t] == "field" and t + 1 < b and keys[t + 1] == "of")
        for t in range(a, b)
    ) or any(keys[t] == "well" and keys[t - 1] in _OIL_WELLS for t in range(a + 1, b))


def _oil_drilling(keys: list[str], i: int, j: int) -> bool:
    """True if the drilling at ``keys[i:j]`` drills for oil or gas: an oil place before it ("offshore
    drilling") or as its subject ("the rig is drilling", "the oil company drilled"); of, in or at an oil
    place or a production well ("The drilling of the first production well", "We are drilling in Block
    09-1", "drilling and on enhanced oil recovery"); wells drilled there ("drilling new wells on the
    shelf", "drill several appraisal wells"); a noun of the trade in a sentence of oil ("drilling crews
    to the offshore platforms"). Soldiers' drills, a dentist's drill, wells of water and a drill merely
    in a sentence that names oil keep no field ("drilled troops near the gas pipeline", "helped drill
    20 wells for villagers"); "the field of" is a domain, no oil field."""
    if keys[i] == "drill" and j - i == 1 and (
        (i > 0 and keys[i - 1] in _ARTICLES) or (i > 1 and keys[i - 2] in _ARTICLES)
    ):
        return False  # review 16: the noun, an exercise ("a fire drill at the oil depot", "during a drill")
    a, b = _sentence_start(keys, i), _sentence_end(keys, j)
    if i > a and keys[i - 1] in _OIL_WELLS:
        return True  # "offshore drilling", "exploration drilling"
    s = i - 1
    while s > a and keys[s] in _DRILL_AUX and i - s <= 4:
        s -= 1
    if s >= a and (keys[s] in _OIL_PLACES or (keys[s] in _DRILLERS and s > a and keys[s - 1] in _OIL_PLACES)):
        return True  # an oil place before it or as its subject: "the rig is drilling", "the oil company drilled"
    if j - i == 1 and j < b and keys[j] in _DRILL_TRADE:
        return _names_oil(keys, a, b)  # "drilling crews", "drilling services": the trade's nouns, oil by their sentence
    o = j if j - i == 1 else i + 1  # the object drilled: "drilling new wells", "drill four new wells"
    if j - i == 1 and o + 1 < b and keys[o] == "at" and keys[o + 1] in ("least", "most"):
        o += 2  # "drill at least six new wells"
    t = o if j - i == 1 else j
    while t < b and t - o < 5 and keys[t][:1].isalnum() and keys[t] not in _DRILL_STOPS:
        t += 1
    if _oil_phrase(keys, o, t):
        return True  # "drilling oil wells", "drill several appraisal wells"
    if t > o and not any(k in _DRILLED for k in keys[o:t]):
        return False  # something drilled that is no well: "drilled troops near the gas pipeline"
    joined = t < b and keys[t] in ("and", "or")
    t += joined  # "depends on drilling and on enhanced oil recovery"
    if t < b and keys[t] in _DRILL_PREPS:
        return _oil_phrase(keys, t + 1, b)
    return joined and _oil_phrase(keys, t, b)


# Round 23a: words of athletes that make a "training camp" sport ("joint training camps for the national
# wrestling team"); without one it names no field ("a training camp for police officers"), as the old
# exclusion from education had it.
_SPORTS_CUES = frozenset({"team", "athlete", "player", "coach", "squad", "sport", "sportsman", "olympic",
                          "game", "football", "tournament", "championship", "competition"}) | frozenset(
    # round 24d: athletes named by their sport ("send its young swimmers to training camps")
    "swimmer wrestler gymnast boxer rower cyclist runner sprinter skier skater judoka fencer archer "
    "weightlifter footballer".split())


def _sports_camp(keys: list[str], i: int, j: int, hits: list) -> bool:
    """True if the term "training camps" at ``keys[i:j]`` names sport as a field of its own: a word of
    athletes (``_SPORTS_CUES``) in its sentence ("joint training camps for the national wrestling and
    gymnastics teams") and no sports mention before it in that sentence, which names the field already
    ("host sports teams from Primorye for winter training camps": one mention, "sports").
    "A training camp for police officers" keeps no field."""
    a, b = _sentence_start(keys, i), _sentence_end(keys, j)
    if any(h[0] == "tourism_sports" and a <= h[1] < i for h in hits[-4:]):
        return False
    return any(keys[t] in _SPORTS_CUES for t in range(a, b) if not i <= t < j)


def _party_body_remit(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` stands between a party's possessive and a noun of its bodies
    (classes ``organ_word``, ``party_institution``): "the two parties' *research* institutes", "the
    Party's *external relations* bodies", "the two parties' *training* centres" name the party's
    organs by their remit, actors, not the field (precision classes 7). Without the party's
    possessive the field counts ("research institutes of the two countries")."""
    if j >= len(keys) or not view.possessive(i) or not (
        _in_class(trie, "organ_word", keys, j) > j or _in_class(trie, "party_institution", keys, j) > j
    ):
        return False
    party = trie.classes.get("party")
    spans = party.by_start if isinstance(party, SpanClass) else {}
    return keys[i - 1] == "party" or any(i in spans.get(x, ()) for x in range(max(0, i - 8), i))


def _slot_starts(trie: PhraseTrie, keys: list[str]) -> set[int]:
    """Places where a pattern opening with a slot may match, beyond the first keys of the
    :class:`PhraseTrie` classes: the starts of :class:`SpanClass` phrases, the key before a key
    that follows a ``{word}`` slot ("{word} community in"), and every place for other classes."""
    out: set[int] = set()
    for name in trie.root_slot_names():
        cls = trie.classes[name]
        if isinstance(cls, SpanClass):
            out.update(cls.by_start)
            continue
        if isinstance(cls, PhraseTrie):
            continue  # its first keys are among the lexicon's first keys
        after = trie.keys_after_root_slot(name) if isinstance(cls, WordClass) else None
        if after is None:
            return set(range(len(keys)))  # a class that may start anywhere
        out.update(compress(range(len(keys) - 1), map(after.__contains__, keys[1:])))
    return out


def match_keys(keys: list[str], lexicon: Lexicon, *, context: DocumentContext | None = None) -> list[tuple[str, int, int, str]]:
    """Mentions in a key sequence: (sector, first key, end key, rule), leftmost-longest.

    Neighbouring matches of one sector joined only by coordinating keys ("and", ",", "/", ...)
    become one mention; an exclusion consumes its keys and gives no mention. A list whose members
    share a head noun gives one mention per member ("political and economic ties": ``political``
    as in "political ties", then ``economic``). With a ``context``, matches inside names, alias
    brackets and office titles are skipped, the ``{party}`` slot takes any party the text names,
    and a relation to a party that owns what follows ("ties between the CPRF's youth wing") is no
    party relation.

    Parameters
    ----------
    keys : list of str
        Matching keys (:func:`framing.lexicons.matching.key_stream`).
    lexicon : Lexicon
        The compiled lexicon.
    context : DocumentContext, optional
        The text's context (:func:`document_context`; default=None: the keys alone).

    Returns
    -------
    list of (str, int, int, str)
        Sector, first key, end key and the rule that matched: ``term:<term>``,
        ``party-relation:<term>``, ``list-head:<term>``, ``party-work:<pattern>`` (a verb of
        party work and its object, or a relation between party bodies: :func:`_party_work`) and
        ``party-sentence:<term>`` (a delegation exchange in a sentence that names a party:
        :func:`_party_sentence`) and ``party-clause:<pattern>`` (a party actor and a relation in one
        clause that names two parties: :func:`_party_clause`); joined by " + " for merged matches.
    """
    trie = context.trie if context is not None else lexicon.trie
    view = context.view if context is not None else None
    first = lexicon.first_keys  # keys a match may start with, and places of a party's name
    n = len(keys)
    anywhere = _slot_starts(trie, keys)
    # Patterns opening with a slot are tried only where a phrase of its class may start: at the
    # places above, or at a first key of a trie class ("{relation} with ...").
    class_firsts = frozenset().union(*(c.root for c in trie.root_classes() if isinstance(c, PhraseTrie)))
    literal = trie.without_root_slots()
    # Only the keys where a match or a list may start are visited (a C-level filter), in order.
    places = list(compress(range(n), map(_start_keys(lexicon).__contains__, keys)))
    if anywhere:
        places = sorted(anywhere.union(places))
    blocked = context.blocked if context is not None else None
    hits: list[list] = []
    i = 0
    for at in places:
        if at < i:
            continue  # inside a match already taken
        i = at
        if i in anywhere:
            best = trie.longest(keys, i)
        elif keys[i] in first:
            best = (trie if keys[i] in class_firsts else literal).longest(keys, i)
        else:
            best = None
        how = None
        work = _party_work(keys, i, trie, view)
        if work is not None and (best is None or work[0] > best[0]):
            best, how = (work[0], ("party", work[1])), "party-work"
        course = _party_course(keys, i, trie, view)
        if course is not None and (best is None or course[0] > best[0] or (
            course[0] == best[0] and best[1][0] == "education"
        )):  # the same course as an education term ("summer schools"): in a party sentence, party
            best, how = (course[0], ("party", course[1])), "party-course"
        if best is None and context is not None:
            back = _party_exchanges_back(keys, i, trie, hits)
            if back is not None:  # round 22b: "such exchanges" after a sentence of party exchanges
                best, how = (back, ("party", "such {exchanges}")), "party-work"
        clause = None
        if context is not None and (best is None or best[1][0] == "party"):
            clause = _party_clause(keys, i, trie, context.view, blocked)
            if clause is not None and (best is None or clause[0] > best[0] or (
                clause[0] == best[0] and how is None and best[1][1].startswith(_PARTY_WORDS)
            )):  # the same span: the clause reading needs no link words
                best, how = (clause[0], ("party", clause[1])), "party-clause"
        if best is None:
            head = _list_head(keys, i, lexicon)
            if head is not None:
                best, how = (head[0], (head[1], head[2])), "list-head"
        if best is None:
            continue
        j, (sector, term) = best
        if sector == "education" and term == "train" and _train_vehicle(keys, i, context.view if context is not None else None):
            sector, how = "transport", "train-vehicle"  # round 24b: "ships and trains", "one train a week"
        if sector is None:  # an exclusion consumes its tokens and gives no mention
            if context is not None and _exclusion_waived(keys, i, j, trie, context.view):
                i += 1  # "the festivals, exhibitions and film weeks": the terms inside are read
                continue
            if _in_class(trie, "open_exclusion", keys, i) == j and (
                inside := _exclusion_outrun(keys, i, j, trie, lexicon.excluded.get(term, ()))
            ) is not None:
                i = inside  # fix 10: "in good health care": the longer term read from its start
                continue
            if _in_class(trie, "trained_exclusion", keys, i) == j and _trained_people(keys, i, trie):
                best = trie.longest(keys[i : j - 1], 0)  # fix 10: "training security staff": the
                if best is None or best[1][0] is None:  # people trained are the field's
                    i = j
                    continue
                j, (sector, term) = i + best[0], best[1]
            else:
                i = j
                continue
        if (term.startswith(_WITH_WORDS) and not _plain_after_with(keys, i, j)) or (
            term.startswith(_PARTY_WORDS) and not _linked(keys, i, j, trie)
        ):
            # "relations with all the main political parties": words, not a list ("ties with
            # firms and parties" is no relation with the parties alone); "the CPRF leaders
            # discussed cooperation": a noun, not a verb, after the party. The longest other match
            # here, if any ("Party-to-Party links", "CPV ties and ...")
            best = _without_links(keys, i, trie, literal if keys[i] in first else None, sector)
            if clause is not None and (best is None or clause[0] > best[0]):
                best, how = (clause[0], ("party", clause[1])), "party-clause"  # the clause reading
            if best is None:
                i += 1
                continue
            j, (sector, term) = best
        if sector == "diplomacy" and j - i == 2 and _party_from(keys, i + 1, j, trie):
            # "political dialogue between the two parties", "parliamentary ties between the two
            # parties": a two-word term whose second word starts a party relation only modifies it
            i += 1
            continue
        if context is not None and _in_class(trie, "place_after", keys, i) == i + 1 and (
            _in_class(trie, "relation", keys, i + 1) == j and not _place_after(keys, j, context.view)
        ):
            i = j  # "a sister relationship with a resort", "their sister relationship": no localities
            continue
        if context is not None and _singular(keys, i, j, trie, context.view):
            i = j  # "the locality's socio-economic situation": one place, no ties between localities
            continue
        if _dated_year(keys, i, j):
            i = j + 1  # "the 2021-2022 academic year": a date
            continue
        if context is not None and _named_place(keys, i, j, trie, context.view):
            i = j  # "the port of Vladivostok": a place named, not transport as a field
            continue
        if _study_elsewhere(keys, i, j, trie, view):
            i += 1  # round 19: "studying in detail": examining, no schooling
            continue
        if sector == "party" and _others_school(keys, i, j, trie, view):
            i = j  # review 13: "the political school of the army": another body's school
            continue
        if _outside_forum(keys, i, j, trie, view):
            i = j  # review 13: "representatives of ... international organisations attended": who came
            continue
        if sector != "party" and _topic_of_work(keys, i, trie):
            i = j  # round 17: "a feature film about Vietnamese students": what the work shows
            continue
        if sector == "education" and _thanked_institution(keys, i, j, trie, view):
            i = j  # round 21: "thanked the university": an actor, no field
            continue
        if _quoted_name(keys, i, j, view):
            i = j  # round 21: the "Youth Friendship Bridge" programme: a name, no field
            continue
        if _served_as(keys, i):
            i = j  # review 14 leftovers: "veterans who served as military advisers": a person's past role
            continue
        if _quoted_figure(keys, i, j):
            i = j  # becoming "a small bridge" between two countries, described the CPV as "a school of
            continue  # political experience": a quoted figure, no field
        if _on_behalf_of(keys, i):
            i = j  # round 21: "on behalf of the students": whom the speaker represents
            continue
        if sector == "education" and _pointed_back(keys, i, j, trie, view):
            i = j  # round 17: "the two schools would sign a memorandum": the actors, no field
            continue
        if _actor_not_field(keys, i, j, sector, trie, view):
            i = j  # round 19: "the university's library", "a dynamic economy": an actor, no field
            continue
        if sector == "people" and _owners_between(keys, i, j, trie, view):
            i = j  # round 24e: "cooperation between the two cities' seaports": the ports' ties
            continue
        if _addressed_body(keys, i, j):
            i = j  # round 20: "called on the friendship societies ... to help": bodies asked to act
            continue
        if sector == "transport" and _one_object(keys, i, j, trie, view):
            i = j  # cls10: "the rail was painted": one object, no rail transport
            continue
        if sector in ("economy", "education") and _noun_as_verb(keys, i, j, view):
            i = j  # round 22b: "the fund finances the production": a verb, no finance as a field
            continue
        if sector == "health" and _diagnosed_field(keys, i, j, trie):
            i = j  # review 18: "its diagnosis of the market": a figure, the other field's matter
            continue
        if sector == "health" and _own_efforts(keys, i, j, view):
            i = j  # round 22b: "Việt Nam's efforts to contain the disease": a domestic matter briefed
            continue
        if sector == "health" and _scene_cause(keys, i):
            i = j  # round 22b: "fell because of pandemic controls": a cause that sets the scene
            continue
        if sector == "transport" and term == "routes" and not _carrier_route(keys, i):
            i = j  # cls11: "a tourism route", "a short route to the sea": no carrier, a path, no air link
            continue
        if sector == "transport" and _one_flight(keys, i, j, view):
            i = j  # round 22b: "A Vietnam Airlines flight carrying citizens landed": one trip, no air links
            continue
        if context is not None and _own_country_localities(keys, i, j, trie, context.view):
            i = j  # round 20: "among the country's leading localities in attracting FDI": one country's
            continue  # own places ranked, no ties between localities
        if how == "party-clause" and _appraised_as(keys, i, j):
            i = j  # round 20: "United Russia regards the CPV as a reliable partner and an important
            continue  # channel": how one party sees the other, a label, no relation held
        if sector == "party" and _party_state_people(keys, j, trie):
            i = j  # round 20: "relations with the Party, Government and people of China": the country
            continue
        if _in_class(trie, "counted", keys, i) == j and (
            not (_counted(keys, i, view) or _number_of(
                keys, i, view)) or _venue_public(keys, i)
        ):
            i = j  # "the visitors laid a wreath": a delegation, no tourist flow; "the exhibition
            continue  # drew 5,000 visitors": a show's public
        if context is not None and _in_class(trie, "bilateral_only", keys, i) == j and _domestic(
            keys, i, j, trie, context.view
        ):
            i = j  # "an inclusive political dialogue among the factions": politics inside one country
            continue
        if term.endswith("{party_cadre}") and (
            term.startswith("exchange ") and keys[j - 1] == "cadre" and keys[j - 2] != "party"
            or term in _PEOPLE_GATHERED and "party" not in keys[i:j]
        ) and not _party_sentence(keys, i, trie, view):
            # "exchange groups of cadres of the two ministries": no party's cadres; review 21: nor
            # bare theorists ("The two academies will exchange theorists", "a forum of theorists";
            # round 17's "exchange delegations of theorists" stays a party's practice)
            i = j
            continue
        if term == "theoretical issues" and _issues_solved(keys, i):
            i = j  # cls11: "helped both sides clarify many theoretical and practical issues": a result
            continue
        if term in _THEORY_NOUNS and not _party_sentence(keys, i, trie, view) and not (
            hits and hits[-1][0] == "party" and hits[-1][2] > _sentence_start(keys, i)
        ):
            i = j  # cls11: "a theoretical study of quantum dots": no party in the sentence, nor party work
            continue  # before it ("the sharing of experience in building the party and in the theoretical study")
        if term == "seminars on theory" and not _party_sentence(keys, i, trie, view):
            i = j  # "the academy held seminars on theory of music": no party in the sentence
            continue
        if "{doctrine}" in term and not (
            _party_near(keys, i, trie, view) or _party_context(keys, i, trie, view)
            or "party" in keys[_sentence_start(keys, i) : i]  # "the parties hold symposiums on communism"
        ):
            i = j  # review 23: "historians held a seminar on communism in Eastern Europe": scholars' topic,
            continue  # no party in this sentence or the one before ("... the CPRF. He proposed a round table")
        if term in _CADRES_SENT and not _party_sender(keys, i, trie, view):
            i = j  # review 15: "the ministry sent its officials to courses on customs procedures": no party
            continue
        if term in _FIRMS and context is not None and _party_unit_in(keys, i, hits, context.view):
            i = j  # round 23b: "Party cells in enterprises": where a party works, no field of its own
            continue
        if sector == "people" and keys[j - 1] in _PEOPLE_BODIES and context is not None and _people_of_body(keys, i, context.view):
            i = j  # round 23b: "officials of the Lao mass organisations had studied": who, no field
            continue
        if term in _FIGURE_HEADS and hits and hits[-1][2] == i and hits[-1][0] != sector and keys[i - 1] not in _LIVING_DOMAINS:
            i = j  # round 23b: "a startup ecosystem", "the digital ecosystem": a field's network, no nature
            continue
        if term.startswith("theory ") and (_discipline_before(keys, i, trie, hits[-1] if hits else None) or (
            _discipline_after(keys, j, trie) and not _party_sentence(keys, i, trie, view)
        )):
            i = j  # review 15: "a music theory conference", "the game theory conference": a discipline's;
            continue  # fix 10: "a theory conference on quantum physics" in a sentence of no party
        if sector == "tourism_sports" and term.startswith("attract") and keys[j - 1] == "visitor":
            if _other_field(keys, i + 1, j - 1, trie, sector):
                i += 1  # review 15: "attract more business visitors": what they come for decides
                continue
            if _venue_public(keys, j - 1):
                i = j  # review 15: "the website attracts thousands of visitors": a site's public
                continue
        if term == "cadre exchanges" and j < len(keys) and keys[j] in _EXCHANGED:
            i = j  # "the cadre exchanges views with farmers": a verb and what is exchanged
            continue
        if term == "{cadre_building} {party_cadre}" and keys[j - 1] == "cadre" and not _party_near(keys, i, trie, view):
            i = j  # "the army builds cadres": anyone's officials without a party near
            continue
        if sector == "party" and keys[j - 1] in _CADRE_HEADS and _labour_union_within(keys, i, j):
            i = j  # round 24a: "the training of trade union officials": a union's staff, no party's cadres
            continue
        if term == "party discipline" and not _party_discipline(keys, i, j, trie, view):
            i = j  # "Republican party discipline", "Party discipline in the US Congress"
            continue
        if term in _VISIT_EXCHANGES and j < len(keys) and keys[j] in _VISITORS_OF and _other_field(
            keys, j + 1, j + 4, literal, "diplomacy"
        ):
            i += 1  # round 23b: "exchanges of visits by students": the visitors' field, read on its own
            continue
        if sector == "diplomacy" and ("delegation" in term or term in _VISIT_EXCHANGES) and not _others_delegations(keys, j, trie) and (
            _party_sentence(keys, i, trie, view) or (context is not None and _two_sides_after_organ(keys, i, trie, view))
        ):
            sector, how = "party", "party-sentence"  # "the two Parties ... exchange delegations"
        elif sector == "diplomacy" and term in _KIND_DELEGATIONS and (kind := _delegations_kind(keys, j, trie)):
            sector, how = kind, "delegations-kind"  # "exchange youth delegations": people
        if context is not None:
            if term.endswith(" work") and context.view.surface(j - 1, j).lower().endswith("works"):
                i += 1  # "how the Russian party works with councils": a verb, not party work
                continue
            if term == "party work" and context.view.possessive(i + 1):
                i += 1  # "the party's work with veterans": what one party does at home, not the field
                continue
            if all(blocked[i:j]) and term not in lexicon.name_terms:
                i = j  # inside a name, a title or an alias bracket
                continue
            if sector != "party" and i > 0 and _party_body_remit(keys, i, j, trie, context.view):
                i = j  # precision classes 7: "the two parties' research institutes": the party's organs
                continue
            if (_office_around(keys, i, j, context.offices, trie, context.view) or _expertise(keys, i)) and not _trained_in_field(
                keys, i, j, trie
            ) or _headed_body(keys, i, j, trie, context.view):
                i = j
                continue
            if term.startswith("{party}") and not _party_slot(keys, i, j, trie, context.view, first=True):
                i += 1  # "Both parties to the loan agreement", "the interested parties": sides of a
                continue  # deal or a dispute, no political parties
            if term.startswith("{party}") and term.endswith("{relation}") and j < len(keys) and keys[j] in ("with", "to") and (
                not _with_party_after(keys, j, trie, context.view)
            ):
                i += 1  # "the CPV's relations with the people", "United Russia's ties to voters": the
                continue  # relation is with someone who is no party
            if term.startswith("{party}") and _in_class(trie, "verb_relation", keys, j - 1) == j and (
                context.view.surface(j - 1, j).lower().endswith("s") or _infinitive_alone(keys, j)
            ):
                i += 1  # "the CPRF supports the new bridge": a verb, not the party's support
                continue
            if term.startswith("{party}") and _in_class(trie, "relation_after", keys, j - 1) == j and (
                _party_owns(keys, i, j - 1, trie, context.view)
            ):
                i += 1  # "the CPV's memorandum to the National Assembly": the party's own paper, not
                continue  # a relation it keeps ("the CPV and the CPRF signed a memorandum" is one)
            if _one_partys_aid(keys, i, j, term, trie, context.view):
                i += 1  # precision classes 7: "the CPRF's support for Vietnam": one party's aid to a
                continue  # country, no relation between parties
            if term.endswith("{party}") and not _party_slot(keys, i, j, trie, context.view, first=False):
                i += 1  # "cooperation with the interested parties", "ties between the parties to the
                continue  # contract": sides of a deal, no political parties
            if term.endswith("{party}") and context.view.possessive(j) and not _organ_after(keys, j, trie):
                i += 1  # "ties between the CPRF's youth wing": the relation is not with the party
                continue
            if term.endswith("{party}") and _one_party_and_other(keys, i, j, trie, context.view):
                i += 1  # "collaboration between the CPRF and Vietnamese localities": one party and
                continue  # someone else, no relation between parties
            if term.endswith("{party}") and (_modifies_noun(keys, j, trie) or _hyphen_participle(context.view, j)):
                i += 1  # "ties between the LDPR faction and the city council": the party only
                continue  # describes the body the relation is with; so does "CPRF-governed regions"
        prev = hits[-1] if hits else None
        if _level_of(keys, i, j, sector, prev) or _predicate_figure(keys, i, j, sector, prev):
            i = j  # precision classes 7: "programmes at master's and doctoral levels" (a grade);
            continue  # "Culture is the shortest road between two hearts" (a figure)
        if sector == "oil_gas" and (term in _BARE_DRILL or term in _DRILL_WELLS) and (
            not _oil_drilling(keys, i, j) or keys[j - 2] == "as"
        ):
            i = j  # agreed errors 8: "the soldiers were drilling", "drill 20 wells for villagers"
            continue
        if sector == "tourism_sports" and term == "training camps" and not _sports_camp(keys, i, j, hits):
            i = j  # round 23a: "a training camp for police officers" is no sport (nor schooling)
            continue
        if sector == "economy" and _tourist_market(keys, i, j, trie):
            i = j  # agreed errors 8: "a priority market for our tourism" (visitors), no trade
            continue
        if sector == "people" and _localities_as_partners(keys, i, j, prev):
            i = j  # cls11: "the youth organisations of the two localities", "Trade between the two
            continue  # localities": owners of bodies or another field's partners, no ties as a field
        if _occupation(keys, i, j, sector, prev, trie):
            i = j  # "medical workers": people of the medical field, no labour mention
            continue
        if sector == "economy" and term in _MARKET_HEADS and prev is not None and prev[0] not in (
            sector, "people", "diplomacy", "party"
        ) and prev[2] == i and j - i == 1:
            i = j  # round 24c: "energy markets": the energy field's market, no trade mention
            continue
        if term.startswith(_SETTLE_VERBS) and (inner := next((k for k in range(i + 1, j) if (
            got := literal.longest(keys, k)) is not None and got[0] == j), None)) is not None:
            i = inner  # round 24c: "settle more transactions in national currencies": the shortest span
            continue
        if term == "by train" and view is not None and view.surface(j - 1, j).lower().endswith("s") and not (
            i > 0 and keys[i - 1] in _CARRIED
        ):
            i = j  # round 24c: "served by trains made by Hitachi": who serves, not the way of carrying
            continue
        if sector == "economy" and _in_regular_service(keys, i, j):
            i = j  # round 24c: "commercial operation of the metro line": the line runs, no trade
            continue
        if sector == "oil_gas" and term == "exploration" and not _oil_exploration(keys, i, j):
            i = j  # round 24c: "exploration of the biodiversity of forests": no oil
            continue
        if context is not None and _place_named_before(keys, i, j, context.view):
            i = j  # round 24c: "the Hải Lăng economic zone": a place's name, the scene
            continue
        if term == "industry" and prev is not None and prev[0] != sector and prev[2] == i and (
            j == len(keys) or not keys[j].isalpha() or keys[j] in _PHRASE_ENDS
            or keys[j] in _PREPOSITIONS or keys[j] == "as"  # round 21: "the film industry as well"
        ):
            i = j  # round 18: "the oil and gas industries of": the head noun of the field just named
            continue  # ("defence industry cooperation" keeps its industry: a modifier)
        rule = _rule(term, how)
        if prev is not None and prev[0] == sector and not _modifies_other(keys, j, sector, lexicon, prev) and (
            _coordinated(keys[prev[2] : i], names=term in lexicon.name_terms and prev[3].split(":", 1)[-1] in lexicon.name_terms)
            or _relation_of(prev, keys[prev[2] : i])
            or (context is not None and _origin_member(keys, prev[2], i, context.view))
            or (context is not None and _plain_member(keys, prev[2], i, prev, context.view))
            or (context is not None and how is None and _modified_member(
                keys, prev[1], prev[2], i, j, context.view, lexicon.common_keys, trie))  # cls11
            or (sector == "education" and _studying_subject(keys, prev[2], i, trie))
            or _verb_owned_object(keys, prev, i, trie)
            or _and_other(keys[prev[2] : i])
            or _range_member(keys, prev[2], i, j)
        ):
            prev[2] = j  # "security and defence": one mention
            prev[3] = f"{prev[3]} + {rule}"
        else:
            hits.append([sector, i, j, rule])
        i = j
    return [tuple(h) for h in hits]


def match_sectors(text: str, *, lexicon=None) -> list[tuple[str, int, int]]:
    """Sector mentions of one text, without sentences or speakers.

    Parameters
    ----------
    text : str
        Any text.
    lexicon : Lexicon or path, optional
        Default=None: the packaged lexicon.

    Returns
    -------
    list of (sector, start, end)
        Character offsets into ``text``, in text order; ``text[start:end]`` is the mention.

    Examples
    --------
    >>> match_sectors("Cooperation in oil and gas, education and training.")
    [('oil_gas', 15, 26), ('education', 28, 50)]
    >>> match_sectors("The Ministry of Industry and Trade backs trade.")
    [('economy', 41, 46)]
    """
    return [(s, a, b) for s, a, b, _ in match_text(text, lexicon=lexicon)]


def match_text(text: str, *, lexicon=None, stream=None) -> list[tuple[str, int, int, str]]:
    """Sector mentions of one text with the rule that matched each: (sector, start, end, rule).

    Parameters
    ----------
    text : str
        Any text.
    lexicon : Lexicon or path, optional
        Default=None: the packaged lexicon.
    stream : tuple, optional
        ``key_stream(text)`` if already computed (default=None).

    Examples
    --------
    >>> match_text("Political and economic ties grew.")
    [('diplomacy', 0, 9, 'list-head:political ties'), ('economy', 14, 22, 'term:economic')]
    """
    return _match_view(TextView(text, stream), as_lexicon(lexicon))


def _match_view(view: TextView, lex: Lexicon) -> list[tuple[str, int, int, str]]:
    """:func:`match_text` of a text's :class:`TextView` (which its speakers may reuse)."""
    ctx = document_context(view.text, lex, view=view)
    starts, ends = view.starts, view.ends
    return [(s, starts[i], ends[j - 1], r) for s, i, j, r in match_keys(view.keys, lex, context=ctx)]


# ---------------------------------------------------------------------------------------------
# Matching at automaton speed
# ---------------------------------------------------------------------------------------------

# Classes that document_context replaces in each text (their phrases are found there).
_DYNAMIC_CLASSES = frozenset({"party"})
# A full stop that ends a word of two letters or more and is followed by a space: the key "." of
# its own (no abbreviation "U.S.", no number "1.5"), after which nothing of the matcher reaches.
_STOP = re.compile(r"\.(?=\s)")


@lru_cache(maxsize=1)
def _bracket() -> re.Pattern:
    """A bracket that may give a short name ("(LPRP)"), in any spelling that folds to "(...)"."""
    o, c = re.escape(folding_to("(")), re.escape(folding_to(")"))
    return re.compile(rf"[{o}]([^{o}{c}]*)[{c}]")


def _automaton_plan(lex: Lexicon) -> KeyScanner | None:
    """The candidate scanner of a lexicon (built once per lexicon), or None if a text cannot be cut
    into independent sentences for it (a pattern holding "." or made of slots alone)."""
    return _per_lexicon(lex, "scanner", _build_plan)


def _build_plan(lex: Lexicon) -> KeyScanner | None:
    names = load_names()
    # An exclusion matters only where it takes the keys of a term, whose anchor is found anyway.
    entry = anchor_keys(
        lex.trie, _DYNAMIC_CLASSES, skip=lambda payload: payload[0] is None, common=load_stopwords()
    )
    scanner = None
    if entry is not None:
        used = pattern_keys(lex.trie) | pattern_keys(lex.list_heads) | pattern_keys(names.offices)
        if "." not in used | names.connectors | names.party_modifiers:
            scanner = KeyScanner(entry | lex.list_heads.first_keys())
    return scanner


def automaton_windows(text: str, lexicon=None) -> list[tuple[int, int]]:
    """The parts of ``text`` where sector mentions may be: ``(start, end)`` character spans.

    A text is cut after each full stop that ends a word and is followed by a space: no rule of the
    matcher reaches across one (no term, name, list, office or party holds a "."). The pieces that
    hold a candidate (:class:`framing.lexicons.matching.KeyScanner`: one key of each term, its
    longest word that is no stopword, or the modifier of a list) are kept, and so is each piece
    with a bracket whose word comes back later: a short name defined in brackets ("Lao People's
    Revolutionary Party (LPRP)") names the party for the rest of the text. Neighbouring pieces are
    merged.

    Parameters
    ----------
    text : str
        Any text.
    lexicon : Lexicon or path, optional
        Default=None: the packaged lexicon.

    Returns
    -------
    list of (int, int)
        In text order, not overlapping; ``[(0, len(text))]`` when the lexicon cannot be cut.

    Examples
    --------
    >>> text = "Talks went well. Energy ties grew. Trade too."
    >>> [text[a:b] for a, b in automaton_windows(text)]
    [' Energy ties grew. Trade too.']
    """
    lex = as_lexicon(lexicon)
    scanner = _automaton_plan(lex)
    if scanner is None:
        return [(0, len(text))]
    places = scanner.positions(text)
    if not places:
        return []
    cuts = [0]
    for m in _STOP.finditer(text):
        p = m.start()
        if p > 1 and text[p - 1].isalnum() and text[p - 2].isalnum():
            cuts.append(p + 1)
    cuts.append(len(text))
    pieces = {k - 1 for k in set(map(bisect_right, repeat(cuts, len(places)), places))}  # C-level bisects
    last = max(pieces)
    folded = anchors = None
    for m in _bracket().finditer(text):
        at = bisect_right(cuts, m.start()) - 1
        if at >= last or at in pieces:
            continue
        inside = key_stream(m.group(1))[2]
        if len(inside) != 1:
            continue  # a short name is one token between the brackets
        if folded is None:
            folded, anchors = scan_fold(text)
        rest = folded if anchors is not None else folded[m.end() :]
        if any(v in rest for v in surface_variants(inside[0])):
            pieces.add(at)  # the short name may come back: its definition is needed
    out: list[list[int]] = []
    for k in sorted(pieces):
        if out and out[-1][1] == cuts[k]:
            out[-1][1] = cuts[k + 1]
        else:
            out.append([cuts[k], cuts[k + 1]])
    return [(a, b) for a, b in out]


def automaton_text(text: str, lexicon=None) -> list[tuple[str, int, int, str]]:
    """Sector mentions of one text, the rules applied only around candidates: (sector, start,
    end, rule), the same as :func:`match_text`.

    One Aho–Corasick scan finds the candidates (:func:`automaton_windows`); the matcher
    (:func:`match_text`: key stream, names, parties, exclusions, lists) runs once on the pieces
    that hold them, put end to end (the pieces between reach none of its rules), and the offsets
    are mapped back. A text without candidates costs one scan.

    Parameters
    ----------
    text : str
        Any text.
    lexicon : Lexicon or path, optional
        Default=None: the packaged lexicon.

    Examples
    --------
    >>> automaton_text("Talks went well. Political and economic ties grew.")
    [('diplomacy', 17, 26, 'list-head:political ties'), ('economy', 31, 39, 'term:economic')]
    """
    return _automaton_hits(text, as_lexicon(lexicon))[0]


# Above this share of the text in windows, the whole text is matched rather than its windows put
# end to end: the windows would be tokenized, and the text again for its speakers.
_WHOLE_WITH_SPEAKERS = 0.6
_WHOLE = 0.9


def _automaton_hits(text: str, lex: Lexicon, whole: float = _WHOLE) -> tuple[list[tuple[str, int, int, str]], TextView | None]:
    """:func:`automaton_text`, and the :class:`TextView` of the whole text when it was built (else
    None).

    When the windows hold more than ``whole`` of the text, the whole text is matched (same
    mentions: the pieces between windows reach no rule) and its view is returned for reuse.
    """
    windows = automaton_windows(text, lex)
    if not windows:
        return [], None
    if sum(b - a for a, b in windows) > whole * len(text):  # nearly all of it: no need to cut
        view = TextView(text)
        return _match_view(view, lex), view
    part = "".join(text[a:b] for a, b in windows)
    at = list(accumulate(b - a for a, b in windows))  # end of each window in `part`
    shift = [a - (e - (b - a)) for (a, b), e in zip(windows, at, strict=True)]
    out = []
    for sector, i, j, rule in match_text(part, lexicon=lex):
        d = shift[bisect_right(at, i)]
        out.append((sector, i + d, j + d, rule))
    return out, None


def _empty_mentions() -> pd.DataFrame:
    out = pd.DataFrame({c: pd.Series(dtype=object) for c in MENTION_COLUMNS})
    for c in ("start", "end", "paragraph_id", "sentence_id"):
        out[c] = out[c].astype("int32")
    out["rel_position"] = out["rel_position"].astype(float)
    for c in ("doc_id", "period"):
        out[c] = out[c].astype("category")
    return out


def _doc_mentions(text: str, lex: Lexicon, actors, spans=None, who=None, method="automaton") -> list[tuple]:
    """Mentions of one text: (sector, start, end, surface, paragraph_id, sentence_id, speaker,
    side, rel_position, rule) tuples in text order.

    ``spans`` are the document's sentences (paragraph_id, start, end) and ``who`` their (speaker,
    side), when the sentences table is already built; otherwise both are found here, speakers only
    up to the last sentence with a mention (a sentence's speaker depends on those before it).
    ``method``: "automaton" (:func:`automaton_text`) or "reference" (:func:`match_text` on the
    whole text).
    """
    if method == "automaton":
        # the whole text's view if it was built; speakers need its keys, so cut less eagerly then
        hits, view = _automaton_hits(text, lex, _WHOLE_WITH_SPEAKERS if who is None else _WHOLE)
    else:
        hits = _match_view(view := TextView(text), lex)
    if not hits:
        return []  # no sentences or speakers needed
    if spans is None:
        spans = list(sentence_spans(text))
    s_starts = [s0 for _, s0, _ in spans]
    found = [
        (sector, start, end, max(bisect_right(s_starts, start) - 1, 0), rule)
        for sector, start, end, rule in hits
    ]
    if who is None:
        last = found[-1][3]
        who = [
            (speaker, side)
            for speaker, side, _ in speakers_of_document(
                text,
                [(s0, s1) for _, s0, s1 in spans[: last + 1]],
                actors=actors,
                view=view,
            )
        ]
    n = max(len(text), 1)
    return [
        (sector, start, end, text[start:end], spans[k][0], k, *who[k][:2], start / n, rule)
        for sector, start, end, k, rule in found
    ]


def _check_texts(docs: pd.DataFrame) -> list[str]:
    require_columns(docs, ["doc_id", "text"], "docs")
    texts = list(docs["text"])
    for doc_id, t in zip(docs["doc_id"], texts, strict=True):
        if not isinstance(t, str):
            raise AnalysisError(f"document {doc_id!r}", f"text is {type(t).__name__}, not a string")
    return texts


def find_sector_mentions(
    docs: pd.DataFrame,
    *,
    lexicon=None,
    actors=None,
    sentences: pd.DataFrame | None = None,
    method: str = "automaton",
    n_jobs: int | None = 1,
    chunk_size: int = 2000,
) -> pd.DataFrame:
    """Mentions table: one row per sector mention in each document.

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table (:func:`framing.load_corpus`); uses ``doc_id``, ``period``, ``text``.
    lexicon : Lexicon or path, optional
        Default=None: the packaged lexicon (:func:`framing.lexicons.load_lexicon`).
    actors : Actors or path, optional
        The study's actors (default=None: the packaged grammar alone); unused when ``sentences``
        carries speakers.
    sentences : pandas.DataFrame, optional
        The sentences table with ``speaker`` and ``side`` (:func:`framing.speakers.attribute_speakers`)
        of the same documents. Given, mentions take their sentence, speaker and side from it
        (joined by ``sentence_id``) and nothing is split or attributed again (default=None: found
        here, only for documents with mentions).
    method : {"automaton", "reference"}, default="automaton"
        How each text is matched: "automaton" scans it once with an Aho–Corasick automaton and
        applies the rules only to the sentences that hold candidates (:func:`automaton_text`);
        "reference" applies them to the whole text (:func:`match_text`). Same table either way.
    n_jobs : int or None, default=1
        Deprecated and ignored: mentions are found in this process (parallelism belongs to the
        analysis as a whole). Still checked (a whole number of at least 1, or None).
    chunk_size : int, default=2000
        Deprecated and ignored, as ``n_jobs``.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`MENTION_COLUMNS`, sorted by doc_id (corpus order), start (mentions never
        overlap, so no two share a start): ``doc_id``, ``period`` (categoricals), ``sector``
        (lexicon id), ``start``, ``end`` (int character offsets into the document's ``text``;
        ``text[start:end] == surface``), ``surface``, ``paragraph_id``, ``sentence_id`` (as
        :func:`framing.tokens.split_sentences`), ``speaker``, ``side``, ``rel_position``
        (``start / len(text)``, 0-1), ``rule`` (what matched: ``term:<term>``,
        ``party-relation:<term>``, ``list-head:<term>``, joined by " + " when one mention joins
        several matches).

    See Also
    --------
    sector_kwic : the mentions in context.
    framing.stats.sector_summary : counts and rates per group.

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"],
    ...                      "text": ["Both sides agreed to expand cooperation in energy."]})
    >>> find_sector_mentions(docs)[["sector", "surface", "side"]].values.tolist()
    [['energy', 'energy', 'joint']]
    """
    if n_jobs is not None:
        check_int("n_jobs", n_jobs, minimum=1)
    check_int("chunk_size", chunk_size, minimum=1)
    check_choice("method", method, ("automaton", "reference"))
    lex = as_lexicon(lexicon)
    texts = _check_texts(docs)
    periods = docs["period"] if "period" in docs else pd.Series([""] * len(docs), index=docs.index)
    if sentences is not None:
        require_columns(
            sentences, ["doc_id", "paragraph_id", "sentence_id", "start", "end", "speaker", "side"],
            "sentences",
        )
        by_doc = _sentences_by_doc(sentences)
        per_doc = (
            _doc_mentions(t, lex, None, *by_doc.get(d, ([], [])), method=method)
            for d, t in zip(docs["doc_id"], texts, strict=True)
        )
        return _mentions_frame(docs, periods, per_doc)
    act = as_actors(actors)
    per_doc = (_doc_mentions(t, lex, act, method=method) for t in texts)
    return _mentions_frame(docs, periods, per_doc)


def _sentences_by_doc(sentences: pd.DataFrame) -> dict:
    """doc_id -> (spans, who): each document's sentences (paragraph_id, start, end) by
    sentence_id, and their (speaker, side)."""
    out: dict = {}
    cols = ["doc_id", "sentence_id", "paragraph_id", "start", "end", "speaker", "side"]
    ordered = sentences[cols].sort_values(["doc_id", "sentence_id"], kind="mergesort")
    for doc_id, pid, s0, s1, speaker, side in zip(
        ordered["doc_id"], ordered["paragraph_id"], ordered["start"], ordered["end"],
        ordered["speaker"], ordered["side"], strict=True,
    ):
        spans, who = out.setdefault(doc_id, ([], []))
        spans.append((int(pid), int(s0), int(s1)))
        who.append((speaker, side))
    return out


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
    rules: list[str] = []
    same: dict[str, str] = {}
    for dcode, pcode, found in zip(doc_codes, period_cat.codes, per_doc, strict=True):
        if not found:
            continue
        n = len(found)
        doc_code.extend([dcode] * n)
        period_code.extend([pcode] * n)
        for sector, a, b, surface, pid, sid, speaker, side, r, rule in found:
            sectors.append(sector)
            starts.append(a)
            ends.append(b)
            surfaces.append(same.setdefault(surface, surface))
            pids.append(pid)
            sids.append(sid)
            speakers.append(speaker)
            sides.append(side)
            rel.append(r)
            rules.append(same.setdefault(rule, rule))
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
            "rule": rules,
        },
        columns=MENTION_COLUMNS,
    )
