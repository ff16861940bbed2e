"""Token-level helpers and word sets that more than one kind of rule of :mod:`framing.sectors` reads.

Sentence bounds over the keys (:func:`_sentence_start`, :func:`_sentence_end`), a phrase of one of the
lexicon's classes at a key (:func:`_in_class`), a word written in the singular, a noun modified by
the word before it, a term of another sector, and the per-thread memo the rules share
(:func:`_remember`). Nothing here decides a mention; the rule modules do.
"""

from __future__ import annotations

import threading

from framing.lexicons.matching import PhraseTrie, key_stream
from framing.lexicons.names import TextView
from framing.lexicons.wordlists import ARTICLES, MONTHS

# Keys that may stand between the members of a list sharing a head noun.
_LIST_JOIN = frozenset({",", "and", "or", "/", "&", "as", "well"})
# Determiners that no member of a list sharing a head noun holds ("cultural and educational exchanges").
_OWNERS = frozenset({"its", "their", "his", "her", "our"})
_DETERMINERS_IN_LIST = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "both", "each", "all"})
_PARTY_WORDS = "{party} {word}"  # terms whose {word} slots take words of the class `link` only
_NOT_PLAIN = frozenset("and or but nor to for from in on at by that which".split())
_SENTENCE_END = frozenset({".", "!", "?", ";", ":", "(", ")"})
_ARTICLES = ARTICLES
# time words between a noun and what qualifies it ("agreed in 2019 between", "next month on")
_WHEN = frozenset("in on at last this next early late year month week day".split()) | MONTHS
_POINTING = frozenset({"such", "these"})  # "such exchanges": the exchanges the sentence before told of
_PREPOSITIONS = frozenset("to for of in on about from at into towards toward".split())
# Words that make a count approximate ("more than 200", "nearly 1,500", "up to 50"); review 30: one list
# for the rules that read over a count (fields, places)
_APPROXIMATE = frozenset(key_stream("more than over about some nearly almost around up to least at")[2])


# Words between a verb or noun of training and the people it trains ("train 50 more specialists in
# ...", "the training of energy analysts").
_TRAINED_OPENERS = frozenset({"a", "an", "the", "of", "more", "new", "young"})


def _in_class(trie: PhraseTrie, name: str, keys: list[str], t: int) -> int:
    """End of a phrase of the lexicon's class ``name`` at key ``t`` (``organ_word``, ``party_unit``,
    ``verb_relation``: word lists a lexicon file may change), or ``t`` when none (or no such class)."""
    cls = trie.classes.get(name)
    if cls is None or t >= len(keys) or (type(cls) is PhraseTrie and keys[t] not in cls.root):
        return t  # most calls: no phrase of the class starts here
    got = cls.ends(keys, t)
    return max(got) if got else t


# Round 18: words after a noun that end its noun phrase ("the oil and gas industries of Việt Nam").
_PHRASE_ENDS = frozenset({"of", "in", "and", "or", "to", "with", "for", "that", "which", "has", "have",
                          "had", "is", "are", "was", "were", "will", "would", "can", "could", "may",
                          "must", "should"})


# Review 27: nouns of a relation between the sides, as keys ("energy cooperation", "the partnership
# and its achievements"); words that open the sides after a field ("between", "of the two countries")
_RELATION_NOUNS = frozenset({"cooperation", "partnership", "relationship", "relation", "tie", "friendship"})
#: the article or owner before a second relation noun or a relation's channel ("and the cooperation",
#: "through their channels"; party._relations_joined, lists._through_channels)
_RELATION_ARTICLES = frozenset({"the", "their", "its"})
_SIDES_OPENERS = frozenset({"between", "with", "of", "among", "from"})


def _both_sides_after(keys: list[str], j: int) -> bool:
    """Review 27: True if the field ending at key ``j`` is named as the sides' own: a relation noun
    right after it ("achievements in energy cooperation") or "between", or "of"/"with"/"among"/"from"
    the two or both ("young people of the two countries", "patients from both countries"). A country's or body's own record or work
    read by the rules of round 26a and probe 20 is none of these ("Việt Nam's achievements in
    education", "the party's work with young people in Hà Nội")."""
    n = len(keys)
    if j >= n:
        return False
    if keys[j] in _RELATION_NOUNS or keys[j] == "between":
        return True
    if keys[j] not in _SIDES_OPENERS or j + 1 >= n:
        return False
    t = j + 1 + (keys[j + 1] == "the")
    return t < n and keys[t] in ("two", "both", "bilateral")


# Round 18: auxiliaries after a place of study make it the subject of a clause ("the university
# has trained"), the institution of the story rather than schooling as a field; a form of "be" may
# start a passive about schooling ("the school was closed for a year") and is left out.
_SUBJECT_VERBS = frozenset({"has", "have", "had", "will", "would", "can", "could"})


def _sentence_start(keys: list[str], i: int) -> int:
    """The first key of the sentence around key ``i`` (keys after the last of :data:`_SENTENCE_END`)."""
    while i > 0 and keys[i - 1] not in _SENTENCE_END:
        i -= 1
    return i


#: Full stops only: a bracket or a colon does not end a sentence here ("... of Vietnam (CPV). "Training ...")
_FULL_STOPS = frozenset({".", "!", "?"})


def _full_sentence_start(keys: list[str], i: int, reach: int | None = None) -> int:
    """The first key of the sentence that holds key ``i``, by :data:`_FULL_STOPS` only, looking back
    at most ``reach`` keys (default=None: to the start of the text)."""
    t, stop = i, 0 if reach is None else max(0, i - reach)
    while t > stop and keys[t - 1] not in _FULL_STOPS:
        t -= 1
    return t


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


def _other_field(keys: list[str], t: int, u: int, trie: PhraseTrie, sector: str = "party") -> bool:
    """True if a term of a sector other than ``sector`` (default="party") starts in keys ``t:u``:
    "cooperation *in energy*", "*trade* ties", "*economic* cooperation" are relations in a field, not
    between parties; "attract more *business* visitors" are visitors who come on business."""
    for x in range(max(0, t), min(len(keys), u)):
        hit = trie.longest(keys, x)
        if hit is not None and hit[1][0] not in (None, sector):
            return True
    return False


# Words after a noun that make it the subject of a clause: auxiliaries, modals and the plain verbs
# of intent that open a plan ("Russian airlines plan to add flights"), and the adverbs before them.
_SUBJECT_NEXT = _SUBJECT_VERBS | frozenset(
    "is are was were may might should must shall plan plans planned intend intends also already".split()
)


def _name_after(keys: list[str], j: int, view: TextView, openers: tuple[str, ...]) -> bool:
    """True if one of ``openers`` at key ``j`` and a capitalised name (after one "the") follow: "with
    Tver", "in the Mariel Special Development Zone"; not a common noun or a sentence's first word."""
    if j + 1 >= len(keys) or keys[j] not in openers:
        return False
    t = j + 1 + (keys[j + 1] == "the")
    return t < len(keys) and view.caps[t] and not view.initial[t] and keys[t].isalpha()


def _past_opener(between: list[str]) -> list[str]:
    """The keys of ``between`` after its first (the word that joins two matches: "of", "and") and
    one article or owner of :data:`_RELATION_ARTICLES` after it ("of the", "and the"): r32j's second
    relation noun and r33b's object of a field."""
    return between[1 + (len(between) > 1 and between[1] in _RELATION_ARTICLES):]


def _word_before_head(keys: list[str], i: int, j: int, words, heads) -> bool:
    """True if the match ``keys[i:j]`` is one bare word of ``words`` and a key of ``heads`` follows it
    ("consular agencies", "retail chains", "a business centre"): the word names the kind of the noun
    after it; the opening test of r30k's, r32d's and r33b's kinds of a body, a building or a trip."""
    return j == i + 1 and keys[i] in words and j < len(keys) and keys[j] in heads


def _hyphened(view: TextView, j: int) -> bool:
    """True if the word of key ``j`` is joined by a hyphen to the word before it ("military-run",
    "CPRF-governed")."""
    if j <= 0 or j >= len(view.keys):
        return False
    return view.surface(j - 1, j + 1) == view.surface(j - 1, j) + "-" + view.surface(j, j + 1)


def _singular_surface(view: TextView, j: int) -> bool:
    """True if the word of key ``j - 1`` is written in the singular ("school", "school's")."""
    word = view.surface(j - 1, j).lower().replace("\u2019", "'")
    return not word.removesuffix("'s").removesuffix("'").endswith("s")


# Words after a verb in "-s" that show it is a verb with its object ("the college sends ten
# teachers"), not a plural noun after a modifier ("university places to Vietnamese citizens").
_OBJECT_OPENERS = frozenset({"a", "an", "the", "some", "more", "its", "their", "his", "her", "about", "over"})
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
