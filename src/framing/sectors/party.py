"""Party mentions: party relations, party work, cadres and party schools.

A party relation made of a party actor and a relation in one clause (:func:`_party_clause`), a
linked "{party} ... {relation}" term (:func:`_linked`), the ``{party}`` slot (:func:`_party_slot`),
party work found by its verbs and objects (:func:`_party_work`: "train another group of Vietnamese
party officials", "building a clean and strong Party"), courses and schools of a party, organs of
the two parties, and the signs that a sentence speaks of a party at all (:func:`_party_sentence`,
:func:`_party_context`). :func:`framing.sectors.matcher.match_keys` calls these rules.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from itertools import compress

from framing.lexicons.counts import is_count
from framing.lexicons.matching import PhraseTrie
from framing.lexicons.names import SpanClass, TextView, alias_brackets, is_word, load_names
from framing.sectors._common import (
    _ARTICLES,
    _DETERMINERS_IN_LIST,
    _LIST_JOIN,
    _NOT_PLAIN,
    _OWNERS,
    _PARTY_WORDS,
    _POINTING,
    _PREPOSITIONS,
    _SENTENCE_END,
    _TRAINED_OPENERS,
    _WHEN,
    _in_class,
    _other_field,
    _remember,
    _sentence_end,
    _sentence_start,
)
from framing.sectors.places import _PLACE_NOUNS

_ABOUT = frozenset({"in", "on", "of"})  # between a party relation and the matter it is about
_CADRE_SPAN = 7  # words between a verb of training and the cadres it trains
_PARTY_WORK_SPAN = 6  # words between a verb of party work and "Party" ("building a clean and strong Party")
_BODY_SPAN = 4  # words between "between" and a party body ("between their youth wings")
_BODY_MEMBERS = 3  # members of a list of bodies ("between their think tanks, magazines and Party newspapers")
_ORGAN_NAME_SPAN = 7  # words of a party organ's name ("the Commission for Propaganda and Mass Mobilisation")
# Words that end the object of a verb of training or party work: prepositions and clause words
# ("training in Moscow for officials" is no "training ... officials").
_NOT_IN_OBJECT = _NOT_PLAIN | frozenset("with between among into than as is are was were".split())
_COMPARATIVES = frozenset({"more", "fewer", "less"})
_PASSIVE = frozenset({"have", "has", "had", "been", "were", "was", "are", "is", "be", "being"})
_STUDY = frozenset({"study", "studied", "studies"})  # a party's officials who "study at" a school or seminar
# Words after cadres that give them a purpose or an owner other than a party ("cadres to run the
# hospital", "cadres of the health sector", "cadres for the trade unions").
_CADRES_FOR = frozenset({"of", "for", "to", "with", "in", "at", "from"})
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
_PAIR_WORDS = frozenset({"two", "both"})  # a pair before a bare "parties"
_LEGAL_PARTY = frozenset({"the", "a", "an", "this", "that", "these", "those"})  # "parties to the treaty"
# Words of a relation raised to a level, no deal: "relations between the two parties to a new height"
_LEVEL_WORDS = frozenset({"level", "height", "stage", "plane", "high"})


def _legal_to(keys: list[str], e: int) -> bool:
    """True if "to" and a determiner at key ``e`` make the parties before it sides of a deal ("parties
    to the treaty"), not a relation raised ("the two parties to a new height", "to the next level")."""
    return (e + 1 < len(keys) and keys[e] == "to" and keys[e + 1] in _LEGAL_PARTY
            and not _LEVEL_WORDS.intersection(keys[e + 1 : e + 4]))


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


def _trained_people(keys: list[str], i: int, trie: PhraseTrie) -> bool:
    """True if a verb or noun of training (class ``cadre_training``) trains the people at key ``i``
    ("training security staff", "train more security guards"): people trained in a field are a
    field of cooperation, not the guards of an event (class ``trained_exclusion``)."""
    a = i
    while a > 0 and i - a < 3 and (keys[a - 1] in _TRAINED_OPENERS or keys[a - 1].isdigit()):
        a -= 1  # "the training of 50 new security guards"
    return a > 0 and _in_class(trie, "cadre_training", keys, a - 1) == a


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


_APPRAISE = frozenset({"regard", "regards", "regarded", "consider", "considers", "considered", "see", "sees",
                      "view", "views", "viewed"})


def _appraised_as(keys: list[str], i: int, j: int) -> bool:
    """True if the party clause ``keys[i:j]`` holds a verb of appraisal ("regards", "considers",
    "sees") and then "as": "United Russia regards the CPV as a reliable partner and an important
    channel" says what one party takes the other for, as "a reliable partner" is a label (round
    20). "The two parties regard cooperation as a priority" ends on the relation before the "as"."""
    verb = next((t for t in range(i, j) if keys[t] in _APPRAISE), None)
    return verb is not None and "as" in keys[verb + 1 : j]


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
