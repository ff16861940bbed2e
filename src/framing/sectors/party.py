"""Party relations: when a party and a relation make a mention, and whether a sentence speaks of a party.

A party relation made of a party actor and a relation in one clause, in either order
(:func:`_party_clause`), a linked "{party} ... {relation}" term (:func:`_linked`: "the CPV and the
CPRF ..."), the ``{party}`` slot of a pattern (:func:`_party_slot`), organs of the two parties and
their counterparts, "such exchanges" after a sentence about parties, and the tests the other rules
share: whether a sentence names a party (:func:`_party_sentence`, :func:`_party_near`,
:func:`_party_context`) and whether "party" is a political party (:func:`_real_party`).
:func:`framing.sectors.matcher.match_keys` and the table of :mod:`framing.sectors.checks` call these
rules; :mod:`framing.sectors.cadres` builds on them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress

from framing.lexicons.matching import PhraseTrie, key_stream
from framing.lexicons.names import SpanClass, TextView, is_word, load_names
from framing.lexicons.sectors import NAME_ABBREVIATIONS
from framing.lexicons.wordlists import load_stopwords
from framing.sectors._common import (
    _ARTICLES,
    _LIST_JOIN,
    _NOT_PLAIN,
    _OWNERS,
    _POINTING,
    _PREPOSITIONS,
    _SENTENCE_END,
    _full_sentence_start,
    _hyphened,
    _in_class,
    _other_field,
    _past_opener,
    _remember,
    _sentence_end,
    _sentence_start,
    _singular_surface,
)
from framing.sectors.places import _PLACE_NOUNS

_ABOUT = frozenset({"in", "on", "of"})  # between a party relation and the matter it is about
# Words that end the object of a verb of training or party work: prepositions and clause words
# ("training in Moscow for officials" is no "training ... officials").
_NOT_IN_OBJECT = _NOT_PLAIN | frozenset("with between among into than as is are was were".split())
_MODIFIERS_UNLINKED = 2  # words, no link, allowed right before a relation after a link word ("an intensive")
_RELATIVE = frozenset({"which", "who", "whose"})  # open a clause between commas after a party subject
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


def _organ_after(keys: list[str], j: int, trie: PhraseTrie, view: TextView | None = None) -> bool:
    """True if an organ of the parties follows key ``j`` after at most two words ("the two Parties'
    commissions", "the two parties' inspection bodies", "the two parties' external relations
    commissions"): a relation between party organs is one
    between the parties, unlike one with a wing of its own ("the CPRF's youth wing"); a party school
    is a party term of its own ("the two parties' political academies"). Two words joined by "and"
    may describe the organ ("the two Parties' inspection and discipline agencies")."""
    reach = 4 if "and" in keys[j + 1 : j + 3] else 3
    # r30a: the institutes both parties keep (class ``party_institution``) are organs too ("exchanges
    # between the two parties' research institutes"); one party's centre may meet anybody
    kept = j >= 2 and keys[j - 1] == "party" and keys[j - 2] in ("two", "both")  # keys fold the plural
    # r32e: "the parties'" (the plural, after "the") is the two parties too ("cooperation between the
    # parties' research institutes"); "the party's institute" stays one party's
    kept = kept or (j >= 2 and keys[j - 1] == "party" and keys[j - 2] == "the" and view is not None
                    and view.surface(j - 1, j).lower() == "parties")
    return any(_in_class(trie, "organ_word", keys, t) > t or kept and _in_class(trie, "party_institution", keys, t) > t
               for t in range(j, min(len(keys), j + reach)))


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
        if _legal_to(keys, e):
            continue  # probe 35p7: "Vietnam is a party to the Paris Agreement": a side of a treaty
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
    return (_with_a_party(keys, j, party) and (g is None or _with_a_party(keys, g, party))
            and not _names_its_party(keys, j, party))


def _names_its_party(keys: list[str], j: int, party) -> bool:
    """probe 35p7: True if "with" or "between" and a party follow the relation ending at key ``j``:
    the relation names its parties itself, and that phrase is the mention ("the CPV treasures its
    *friendship with the CPRF*", "work with the CPV to deepen *exchanges between the two Parties*"),
    not the subject and the verbs before it ("the CPV and the CPRF maintain close ties" and "...
    ties with each other" stay the subject's)."""
    if j >= len(keys) or keys[j] not in ("with", "between"):
        return False
    return any(party.ends(keys, x) for x in range(j + 1, min(len(keys), j + 5)))


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
    # probe 21: "people-to-people diplomacy" is a field, no people ("the Party's external relations,
    # State diplomacy and people-to-people diplomacy"); probe 33p3: only "to" between two "people"
    # keys makes it so ("the two Parties, States and peoples to grow" is the label)
    return any(keys[u] == "people" and not _people_to_people(keys, u) for u in range(t, min(len(keys), t + 7)))


def _people_to_people(keys: list[str], u: int) -> bool:
    """True if the key "people" at ``u`` is one end of "people-to-people" ("to" between two "people"
    keys), not "peoples" followed by a verb's "to" ("the two Parties, States and peoples to grow")."""
    return keys[u + 1 : u + 3] == ["to", "people"] or (u >= 2 and keys[u - 2 : u] == ["people", "to"])


def _party_from(keys: list[str], t: int, j: int, trie: PhraseTrie) -> bool:
    """True if a party relation starts at key ``t`` and runs past ``j`` ("dialogue between the two
    parties" inside "political dialogue between the two parties")."""
    hit = trie.longest(keys, t)
    return hit is not None and hit[0] > j and hit[1][0] == "party" and not _parties_and_states(keys, hit[0])


#: r31h: the states named beside the parties a relation joins ("between the two Parties and States")
_STATE_PARTNERS = frozenset({"state", "states", "government", "governments", "countries", "nations"})


def _parties_and_states(keys: list[str], e: int) -> bool:
    """r31h: True if "and" and the states follow the party relation ending at key ``e``: "political
    trust between the two Parties and States" is the states' trust too, so the two-word term of
    diplomacy counts ("political dialogue between the two parties", "solidarity between the two
    Parties and peoples" stay the parties')."""
    return e + 1 < len(keys) and keys[e] == "and" and keys[e + 1] in _STATE_PARTNERS


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
    if any(_real_party(keys, t, t + 1, view) and not _office_of_party(keys, a, t) for t in range(a, b) if keys[t] == "party"):
        return True
    party = trie.classes.get("party")
    return isinstance(party, SpanClass) and any(
        _real_party(keys, x, e, view) and not _office_of_party(keys, a, e - 1)
        for x in range(a, b) for e in party.by_start.get(x, ()) if e <= b
    )


#: r31j: the offices a person holds in a party committee ("Secretary of the provincial Party Committee")
_PARTY_OFFICES = frozenset({"secretary", "secretaries"})
_OFFICE_SPAN = 6  # keys between "Secretary of" and "Party Committee" ("of the Nghệ An provincial")


def _office_of_party(keys: list[str], a: int, t: int) -> bool:
    """r31j: True if the key "party" at ``t`` is in a person's office, "Secretary of the (X provincial)
    Party Committee": it names the speaker's post, no party actor, so the sentence does not speak of
    party relations ("Secretary of the Nghệ An provincial Party Committee Y said the two provinces
    had maintained exchanges of delegations" is diplomacy; "the two provincial Party Committees
    exchanged delegations" stays party)."""
    if keys[t] != "party" or t + 1 >= len(keys) or keys[t + 1] != "committee":
        return False
    for u in range(max(a, t - _OFFICE_SPAN), t - 1):
        if keys[u] in _PARTY_OFFICES and keys[u + 1] == "of":
            return all(k != "," and k != "and" for k in keys[u + 2 : t])
    return False


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
    # r37a: nor a bare "party" joined by a hyphen to the word before ("third-party contacts")
    return not slots or not all(
        _deal_parties(keys, x, e, view, spans) or (keys[x:e] == ["party"] and _hyphened(view, x)) for x, e in slots
    )


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


_AGAIN_SPAN = 12  # keys back from "and between" to the relation whose first "between" it repeats


def _between_again(keys: list[str], i: int, trie: PhraseTrie, view: TextView, relation):
    """r28h: a second "between" of one relation, with parties after it: "broader contacts between the
    youth of the two countries and *between regional branches of United Russia and provincial Party
    Committees*" (``(end, pattern)`` or None). The relation noun stands, with its first "between",
    within ``_AGAIN_SPAN`` keys before in the same sentence and is one parties may keep
    (:func:`_relation_ok`); the parties are two party actors joined by "and" right after (the
    span starts at this "between", so the first pair keeps its own mention)."""
    for r in range(i - 2, max(-1, i - _AGAIN_SPAN), -1):
        if keys[r] in _SENTENCE_END:
            return None
        ends = list(relation.ends(keys, r))
        if ends and max(ends) < i and keys[max(ends)] == "between":
            if not _relation_ok(keys, r, max(ends), trie, None):
                return None
            break
    else:
        return None
    b = i + 1
    while b < len(keys) and b - i < 16 and keys[b] not in _SENTENCE_END and keys[b] != "between":
        b += 1
    actors = _party_actors(keys, i + 1, b, trie, view)
    if not actors:
        return None
    # one actor that is a pair already ("the CPV and the CPRF"), or a second party after "and"
    first = actors[0]
    if "and" in keys[first[0] : first[1]]:
        e = first[1]
    else:
        e = next((e2 for a2, e2 in actors[1:] if "and" in keys[first[1] : a2]), None)
        if e is None:
            return None
    while e < b and _in_class(trie, "organ_word", keys, e) > e:
        e = _in_class(trie, "organ_word", keys, e)  # "... and provincial Party Committees": the organ too
    return e, "between ... {party} and {party}"


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
    if k == "between" and i > 0 and keys[i - 1] == "and":
        return _between_again(keys, i, trie, view, relation)
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
        if f == t:
            f = _event_held(keys, e, t, trie)
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


#: probe 33p3: verbs by which parties hold an event together ("the two Parties hold a seminar")
_HOLD_VERBS = frozenset({"hold", "holds", "held", "holding", "organise", "organised", "organize", "organized",
                         "co-organise", "co-organised", "co-organize", "co-organized", "co-host", "co-hosted",
                         "convene", "convened"})


def _event_held(keys: list[str], e: int, t: int, trie: PhraseTrie) -> int:
    """probe 33p3: the end of an event (class ``party_event``: seminar, workshop, conference) at key
    ``t`` that the party actor ending at key ``e`` holds, a verb of :data:`_HOLD_VERBS` among the
    words between ("the two Parties hold an online seminar"); the clause names two
    parties (:func:`_party_clause` checked it), so the event is theirs together, as "a seminar between
    two parties" in the set. ``t`` when there is none ("the two Parties attended a seminar") or the
    event has its matter after "on" or "about" (read by that matter's own rules)."""
    f = _in_class(trie, "party_event", keys, t)
    if f <= t or not any(k in _HOLD_VERBS for k in keys[e:t]):
        return t
    if f < len(keys) and keys[f] in ("on", "about"):
        return t  # the event's matter decides, read by its own rules ("a workshop on questions of theory")
    return f


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
        if f < n and keys[f] == ",":
            return _listed_relation(keys, f, c, trie)
        return None
    for t in range(f + 1, min(c, n, f + 1 + _COORDINATED_SPAN)):
        if keys[t] in _SENTENCE_END or keys[t] == ",":
            return None
        g = max(_in_class(trie, "relation", keys, t), _in_class(trie, "weak_relation", keys, t))
        if g > t:
            return g
    return None


def _listed_relation(keys: list[str], f: int, c: int, trie: PhraseTrie) -> int | None:
    """r29b: the end of the last relation of a comma list that the relation ending at key ``f``
    opens, closed by "and" ("the great friendship*, special solidarity and comprehensive
    cooperation*"): the partner after the last names the whole list's. None unless every member
    after a comma is a relation and the list closes with "and" and a relation."""
    n = len(keys)
    while f < n and keys[f] == ",":
        g = None
        for t in range(f + 1, min(c, n, f + 1 + _COORDINATED_SPAN)):
            if keys[t] in _SENTENCE_END or keys[t] in (",", "and"):
                break
            g = max(_in_class(trie, "relation", keys, t), _in_class(trie, "weak_relation", keys, t))
            if g > t:
                break
            g = None
        if g is None:
            return None  # "the friendship, and that ...": no list of relations
        f = g
    return _second_relation(keys, f, c, trie) if f < n and keys[f] == "and" else None


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
    """True if the clause ``keys[a:c]`` names two parties (:func:`_two_parties`), a party and
    "the parties" (:func:`_bare_parties`), or a party and a party's members joined by "and" (class
    ``communists``, r27b: "the KPRF and the Vietnamese communists would deepen their cooperation";
    not "values the solidarity of Russian communists", one side's); remembered per clause of the
    last text."""
    def compute() -> bool:
        actors = _party_actors(keys, a, c, trie, view)
        return _two_parties(actors, keys, view, trie) or bool(actors and (
            _bare_parties(keys, a, c, view) or _members_joined(keys, a, c, trie, actors)
        ))

    return _remember(_CLAUSE_MEMO, keys, trie, view, (a, c), compute)


def _members_joined(keys: list[str], a: int, c: int, trie: PhraseTrie, actors: list[tuple[int, int]]) -> bool:
    """True if a phrase of the class ``communists`` in ``keys[a:c]`` and a party actor of ``actors``
    are joined by "and" ("the KPRF and the Vietnamese communists", "Russian communists and the CPV"):
    the two sides of a relation, as two parties are."""
    ends = {e for _, e in actors}
    starts = {x for x, _ in actors}
    for t in range(a, c):
        e = _in_class(trie, "communists", keys, t)
        if e <= t:
            continue
        u = t - 1 - (t > 0 and keys[t - 1] == "the")
        if u > a and keys[u] == "and" and u in ends:
            return True
        if e < c and keys[e] == "and" and (e + 1 in starts or e + 2 in starts):
            return True
    return False


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


def _party_delegation_before(keys: list[str], a: int, trie: PhraseTrie, view: TextView) -> bool:
    """r27b: True if the sentence before the one starting at key ``a`` names a party's delegation, a
    real party right before "delegation" or after "delegation of (the)" ("X received a CPRF
    delegation led by Y. The two sides agreed to step up exchanges of delegations"): the two sides
    are the party's delegation and its hosts, their exchanges the parties'."""
    if a < 2:
        return False
    s = _sentence_start(keys, a - 1)
    for t in range(s, a - 1):
        if keys[t] != "delegation":
            continue
        if any(e == t for _, e in _party_actors(keys, max(s, t - 8), t, trie, view)):
            return True  # "a CPRF delegation", "a Communist Party of Vietnam delegation"
        u = t + 2 + (t + 2 < a and keys[t + 2] in _ARTICLES)
        if t + 1 < a and keys[t + 1] == "of" and any(x == u for x, _ in _party_actors(keys, u, min(a, u + 10), trie, view)):
            return True  # "a delegation of the Communist Party of the Russian Federation"
    return False


_EXCHANGE_NOUNS = frozenset({"exchange", "contact", "visit", "meeting", "consultation", "dialogue"})  # keys, singular


def _exchanges_with_party(keys: list[str], j: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if the exchanges, contacts, visits or meetings of a term of diplomacy ending at key ``j``
    are "between" or "with" parties named right after (probe 21: "enhance high-level exchanges
    between the two Parties", "high-level contacts with the CPC"): the parties' relation. "high-level
    exchanges between the two countries" and a term of no exchange stay diplomacy."""
    n = len(keys)
    if view is None or j >= n or keys[j - 1] not in _EXCHANGE_NOUNS or keys[j] not in ("between", "with"):
        return False
    u = j + 1 + (j + 1 < n and keys[j + 1] in _ARTICLES)
    return any(x == u for x, _ in _party_actors(keys, j + 1, min(n, u + 8), trie, view))


_SUBJECT_GAP = 4  # r29b: plain words (verb, modal, adverb) between a party subject and its exchanges


def _parties_hold_exchanges(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """r29b: True if the exchanges, contacts or visits of a term of diplomacy at keys ``i:j`` have
    parties as their subject, at most :data:`_SUBJECT_GAP` plain words before ("the two parties
    maintain high-level exchanges", "the CPV and the CPC will step up high-level contacts"): the
    parties' own relation, as "high-level exchanges between the two Parties" is. Not the exchanges
    of others ("the two countries maintain high-level exchanges"), nor a party only named before a
    comma or a preposition ("at the CPV's invitation, the two ministries maintain high-level
    exchanges"). Review 32: nor the exchanges of a party's person ("the CPV leader will promote
    high-level exchanges", :func:`_actor_itself`) or of states named after them ("... exchanges between
    the two countries", :func:`_with_party_after`)."""
    if view is None or keys[j - 1] not in _EXCHANGE_NOUNS or not _with_party_after(keys, j, trie, view):
        return False
    a = _sentence_start(keys, i)
    actors = [(x, e) for x, e in _party_actors(keys, max(a, i - _SUBJECT_GAP - 12), i, trie, view)
              if i - _SUBJECT_GAP <= e <= i]
    if not actors:
        return False
    x, e = actors[-1]
    if not _actor_itself(keys, e, trie, view) or any(not keys[t].isalpha() or keys[t] in _PREPOSITIONS or keys[t] in _OBJECT_WORDS
           or keys[t] in ("and", "or", "that", "which") for t in range(e, i)):
        return False  # "the CPV and the two ministries ...", "with the parties, the sides ..."
    t = x - 1
    while t >= a and keys[t] in _ARTICLES:
        t -= 1
    return not (t >= a and (keys[t] in _PREPOSITIONS or keys[t] in _OBJECT_WORDS))  # "of the two parties"


# Review 27: verbs of speech that open a quotation after a colon (words said, not a plan spelled out)
_SPEECH_BEFORE_COLON = frozenset(key_stream(
    "said says stressed stresses noted added adds emphasised emphasises emphasized emphasizes affirmed "
    "affirms stated declared wrote underlined")[2])  # as keys: "says" is "say"


def _party_before_colon(keys: list[str], i: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if the list holding key ``i`` opens after a colon whose clause names a party: the list
    spells out what the parties' plan or agreement holds (probe 21: "The cooperation agreement
    between the two parties gives us a clear plan: exchanges of delegations, ..."). The colon cuts
    sentences for the other rules (``_SENTENCE_END``); "The two countries agreed on a plan:
    exchanges of delegations" names no party."""
    a = _sentence_start(keys, i)
    if a >= 2 and keys[a - 2] in _SPEECH_BEFORE_COLON:
        return False  # review 27: "The Party leader said: exchanges of delegations ...": words said, no plan
    return a >= 2 and keys[a - 1] == ":" and _party_sentence(keys, a - 2, trie, view)


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
    if sides and (_two_parties_before(keys, a, view) or _party_delegation_before(keys, a, trie, view)):
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
        f = _full_sentence_start(keys, e - 1)
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
    # r31c: a unit or organ of the party is the party itself ("cooperation with local Party
    # organisations of the CPV", "ties with provincial Party committees"), though names.yml lists
    # "organisation" and "committee" as heads of names
    if _in_class(trie, "party_unit", keys, e) > e or _in_class(trie, "organ_word", keys, e) > e:
        return False
    return _in_class(trie, "party_modified", keys, e) > e or k in names.titles or k in names.heads


def _hyphen_participle(view: TextView, j: int) -> bool:
    """True if the key before ``j`` is joined by a hyphen to a participle at key ``j`` ("CPRF-governed
    regions", "CPC-led provinces", "party-backed groups"): the party only describes the noun after it
    (round 24a). "ties between the CPRF and ..." and "party-to-party" have no participle there."""
    if j >= len(view.keys) or not view.keys[j].isalpha():
        return False
    return _hyphened(view, j) and view.surface(j, j + 1).lower().endswith("ed")


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


#: r31h: people who give delegations their rank, not a kind ("exchange delegations of leaders");
#: "of business leaders" still names businesses (the word after "of" is "business")
_DELEGATION_LEVELS = frozenset(key_stream("leaders leadership leaderships")[2])


def _others_delegations(keys: list[str], j: int, trie: PhraseTrie) -> bool:
    """True if "of" and a group that is no party's follow the delegations ending at key ``j``:
    "exchange delegations of businesses" (not "of party officials", "of the two Parties", nor, in
    round 19, a party's plain people of the class ``cadre``: "exchanges of delegations of officials
    working in ideology", in a sentence that names the parties). Review 29: "between" or "among" and
    such a group too ("exchanges of delegations between ministries": their own sides, no parties')."""
    if j >= len(keys) or keys[j] not in ("of", "between", "among"):
        return False
    t = j + 1
    while t < len(keys) and keys[t] in _ARTICLES:
        t += 1
    if t >= len(keys) or not keys[t].isalpha():
        return False
    party, cadre = trie.classes.get("party"), trie.classes.get("party_cadre")
    if keys[t] in ("party", "two", "their", "both") or (party is not None and party.ends(keys, t)):
        return False
    if keys[t] in _DELEGATION_LEVELS:
        return False  # r31h: the delegations' rank, no group of their own ("delegations of leaders and experts")
    plain = trie.classes.get("cadre")
    return not (cadre is not None and cadre.ends(keys, t)) and not (plain is not None and plain.ends(keys, t))


#: review 41: "central committees" as keys; mass organisations have them too (youth and women's unions)
_CENTRAL_COMMITTEES = key_stream("central committees")[2]


def _others_central_committees(keys: list[str], j: int, trie: PhraseTrie) -> bool:
    """Review 41: True if the party relation ending at key ``j`` ends in "central committees" and "of"
    and a body that is no party's follow (as :func:`_others_delegations` reads them): "cooperation
    between the two central committees of the youth unions" is the unions'. "Ties between the two
    Central Committees", "the Central Committees of the two Parties" stay the parties'."""
    return keys[j - 2 : j] == _CENTRAL_COMMITTEES and j < len(keys) and keys[j] == "of" and (
        _others_delegations(keys, j, trie))


#: Review 42 (_party_lines_alone): keys before "along party lines" where its relation or channel must stand
_PARTY_LINES_REACH = 6
_CHANNEL_WORDS = frozenset({"channel", "channels"})


def _party_lines_alone(keys: list[str], i: int, trie: PhraseTrie) -> bool:
    """Review 42: True if "along party lines" at key ``i`` follows no relation (class ``relation``) nor
    channel in its clause: then it is how a vote divides ("the bill passed along party lines",
    "lawmakers split along party lines"), no tie between parties. "Contacts through parliamentary
    channels and along party lines", "interaction along party lines" stay party."""
    for t in range(i - 1, max(-1, i - 1 - _PARTY_LINES_REACH), -1):
        if keys[t] in _SENTENCE_END or keys[t] in (";", ":"):
            return True
        if keys[t] in _CHANNEL_WORDS or _in_class(trie, "relation", keys, t) > t:
            return False
    return True


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


_POINTED_OBJECT = frozenset({"of", "between", "with", "among", "in", "on"})  # the exchanges' own matter


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
    return next(_literal_party_terms(keys, i, trie), None) is not None


def _literal_party_terms(keys: list[str], i: int, trie: PhraseTrie):
    """The literal party terms (no slot) of the sentence around key ``i``, as (start, end) keys, in order."""
    a = _sentence_start(keys, i)
    literal = trie.without_root_slots()
    for x in range(a, _sentence_end(keys, a)):
        hit = literal.longest(keys, x)
        if hit is not None and hit[1][0] == "party" and "{" not in hit[1][1]:
            yield x, hit[0]


def _party_matter(keys: list[str], i: int, trie: PhraseTrie) -> bool:
    """r32j: True if the sentence around key ``i`` holds a literal party term that says "party" ("seminars
    on party building", "party work"): the matter of a party-to-party plan. A party term without the
    word ("the training of cadres at the institute", said by an embassy) is not enough. Probe 35p7: a
    party's own people named with the word are such a matter too (class ``party_cadre``: "regular
    exchanges of delegations, joint theoretical seminars and the training of party activists")."""
    if any("party" in keys[x:e] for x, e in _literal_party_terms(keys, i, trie)):
        return True
    a = _sentence_start(keys, i)
    return any(keys[x] == "party" and _in_class(trie, "party_cadre", keys, x) > x + 1
               for x in range(a, _sentence_end(keys, a)))


def _party_head_possessor(j: int, view: TextView) -> bool:
    """Review 46: True if the party heads ending at key ``j`` ("meetings of their {party_head}") own
    the noun after them ("meetings of their party secretaries' assistants"): the meetings are the
    assistants', no meeting of party heads. "Meetings of their party secretaries" stays."""
    return j > 0 and view.possessive(j)


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
    if out is not None and out[1][1].startswith("{party}"):
        out = None  # a view that keeps the slot patterns (tests try every pattern everywhere): not the reading set aside
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
    return all(k.isalpha() and k not in _NOT_PLAIN or (  # r29i: a place's "St." ("the St. Petersburg branch")
        k == "." and keys[t - 1] in NAME_ABBREVIATIONS) for t, k in enumerate(keys[w + 1 : min(j, w + 4)], w + 1))


_APPRAISE = frozenset({"regard", "regards", "regarded", "consider", "considers", "considered", "see", "sees",
                      "view", "views", "viewed"})


def _appraised_as(keys: list[str], i: int, j: int) -> bool:
    """True if the party clause ``keys[i:j]`` holds a verb of appraisal ("regards", "considers",
    "sees") and then "as": "United Russia regards the CPV as a reliable partner and an important
    channel" says what one party takes the other for, as "a reliable partner" is a label (round
    20). "The two parties regard cooperation as a priority" ends on the relation before the "as"."""
    verb = next((t for t in range(i, j) if keys[t] in _APPRAISE), None)
    return verb is not None and "as" in keys[verb + 1 : j]


#: Lead's round 40d: owners of a relation that are no parties ("the ties between the two localities"):
#: the place nouns of :mod:`framing.sectors.places` and a few more (review 56: one list of place nouns)
_PLACES_OWNING = _PLACE_NOUNS | frozenset({"people", "state", "capital", "municipality", "district"})
_BETWEEN_FILLERS = _PAIR_WORDS | {"the", "our"}  # review 56: the pair words above, with an article or owner


def _relation_of_places(keys: list[str], i: int, j: int, term: str, how: str) -> bool:
    """Lead's round 40d: True if a party's clause (a party, link words, a relation: "{party} ...
    {relation}" or the party-clause reading) ends on a relation that "between" then gives to places or
    peoples: "the provincial Party Committee always treasures the ties *between the two localities*"
    is the localities' tie (people), "the CPV values the ties between the two countries" the states'
    (diplomacy). "The Party Committee treasures the ties between the two parties", "the CPV treasures
    its ties with United Russia" stay party."""
    if not (how == "party-clause" or (term.startswith("{party}") and term.endswith("{relation}"))):
        return False
    t = j
    if t >= len(keys) or keys[t] != "between":
        return False
    t += 1
    while t < len(keys) and keys[t] in _BETWEEN_FILLERS:
        t += 1
    return t < len(keys) and keys[t] in _PLACES_OWNING


# Slots that end a relation term with the parties it is between ("ties between the two {party}")
_PARTIES_NAMED = ("{party}", "{party_organ}", "{party_body}")


def _relation_unnamed(prev: list) -> bool:
    """True if the hit ``prev`` holds a party relation (a "{relation}" term) and its last term names
    no parties (:data:`_PARTIES_NAMED`): the relation a party matter after it may join, one test of
    :func:`_relation_of` and r33b's :func:`_relation_of_list`."""
    return "{relation}" in prev[3] and not prev[3].rsplit(" + ", 1)[-1].endswith(_PARTIES_NAMED)


def _relation_of(prev: list, between: list[str]) -> bool:
    """True if a party relation (a match of a "{relation}" term, ``prev``) and the party matter of
    the same sector after it make one mention: "the two Parties should intensify exchanges of
    experience *in* Party building", "share experience *in grassroots* Party building", "increase
    exchanges *of* party delegations". Not after a relation that already names its parties (agreed
    errors 9): "ties between the two parties *in* theoretical work" are the ties and the work, two
    mentions, as the set writes them."""
    return (
        _relation_unnamed(prev)
        and 1 <= len(between) <= 2 and between[0] in _ABOUT
        and all(k.isalpha() for k in between)  # "in grassroots Party building": one modifier at most
    )


_LIST_BEFORE_SPAN = 2  # r33b: words of the list member before the party matter ("national governance")


def _relation_of_list(prev: list, between: list[str]) -> bool:
    """r33b: True if the party relation (``prev``) is about a list whose last member is the party
    matter that follows: "a channel for the two Parties to share experience *in national governance
    and* Party building" is one mention, as "share experience in Party building and national
    governance" is (:func:`_relation_of`). One or two lower-case words before "and" at most; a
    relation that names its parties stays two mentions, as there."""
    words = between[1:-1]
    return (
        _relation_unnamed(prev)
        and len(between) >= 3 and between[0] in _ABOUT and between[-1] == "and"
        and len(words) <= _LIST_BEFORE_SPAN and all(k.isalpha() and k not in _ABOUT for k in words)
    )


def _relations_joined(prev: list, between: list[str], term: str) -> bool:
    """r32j: True if a party relation ending in its relation noun (``prev``: "the CPV always treasures
    the traditional friendship") and a relation that names the party after it (``term``: "the
    comradeship with the CPRF") are joined by "and" (and an article): two nouns of one relation, one
    mention; one adjective may come before the second ("the special solidarity and the comprehensive
    cooperation with the CPV"). Not after a relation that names its party ("the friendship with the
    CPRF and the cooperation with the LPRP": two)."""
    last = prev[3].rsplit(" + ", 1)[-1]
    if not (last.endswith("{relation}") and term.startswith("{relation}")) or between[:1] != ["and"]:
        return False
    rest = _past_opener(between)
    return len(rest) <= 1 and all(k.isalpha() for k in rest)  # one adjective ("the comprehensive cooperation")


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


# r28a (_relation_as_verb): relation words that are also verbs taking an object
_VERB_RELATIONS = frozenset(key_stream("support")[2])
# r28a: words after such a word that show it is no verb with an object ("support each other", "support for")
_NO_OBJECT = frozenset(key_stream("each one for of to from in on between among with and or by")[2])
# review 30: verbs after the relation word make it a noun, the subject ("the two parties support is vital",
# "... support has grown"), no verb with an object
_AFTER_SUBJECT = frozenset("is are was were has have had will would can could must should remains remain "
                           "remained".split())


def _relation_as_verb(keys: list[str], i: int, j: int, view: TextView | None) -> bool:
    """r28a: True if the term "{party} {relation}" of keys ``i:j`` ends in a relation word that is a
    verb here (:data:`_VERB_RELATIONS`): after plural parties ("the two parties", "the CPV and the
    CPRF"), no possessive, an object after it ("the two parties support contacts between their youth
    wings", "the parties support the proposal"): the parties act, the relation is named elsewhere.
    Not "the two parties' support for ...", "the two parties support each other", "party support"."""
    if view is None or j - i < 2 or j >= len(keys) or keys[j - 1] not in _VERB_RELATIONS:
        return False
    if view.possessive(j - 1):
        return False
    before = view.surface(j - 2, j - 1).lower()
    if not (before.endswith("ies") or "and" in keys[i : j - 1]):
        return False
    return keys[j].isalpha() and keys[j] not in _NO_OBJECT and keys[j] not in _AFTER_SUBJECT


# r28h: words that make a relation the means of an act ("make use of the Party channel to direct
# ministries", "through party channels to promote ..."): the "to" after it opens a purpose
_MEANS = frozenset({"use", "using", "used", "through", "via", "utilise", "utilize", "leverage", "employ"})


def _used_to(keys: list[str], i: int, j: int) -> bool:
    """True if the relation ``keys[i:j]`` is used as a means and "to" after it opens the purpose,
    not the one the relation is with: "make effective use of the Party channel to direct ministries"
    (a word of ``_MEANS`` up to four keys before it, "to" and a lower-case word after)."""
    return (
        j + 1 < len(keys) and keys[j] == "to" and keys[j + 1].isalpha() and keys[j + 1] not in ("the", "a", "an")
        and any(keys[t] in _MEANS for t in range(max(0, i - 4), i))
    )


_SCHOOL_OF_POLITICS = key_stream("school of politics")[2]


def _faculty_of_politics(keys: list[str], j: int) -> bool:
    """Review 31: True if the party match ending at key ``j`` ends with "school of politics" (r28h: a
    province's party school) and "and" another subject follows: "the school of politics and
    international relations at a British university" is a faculty of a university, no party school.
    "The provincial school of politics trained cadres" and the longer name "school of politics and
    administration" (a lexicon term, matched whole) are untouched."""
    return j >= 3 and keys[j - 3 : j] == _SCHOOL_OF_POLITICS and j + 1 < len(keys) and (
        keys[j] == "and" and keys[j + 1].isalpha())


# --- round 30e (heldout80) ---------------------------------------------------------------------------


def _party_noun_in_list(view: TextView | None, i: int, j: int) -> bool:
    """True if "party" read as the first modifier of a list sharing a relation noun ("through party,
    state and parliamentary channels") is a noun, not a modifier: in the plural ("the top leaders of
    the two Parties and countries, and to enhance exchanges") or the last word of a party's name ("the
    Belaya Rus party, Oleg Martynyuk, who proposed exchanges")."""
    if view is None:
        return False
    if not _singular_surface(view, j):
        return True
    # a capitalised word before, not a function word opening the sentence ("The Party, State and ...")
    return i > 0 and view.caps[i - 1] and view.keys[i - 1] not in load_stopwords()



#: r30i: relations the set gives to the states whoever builds them, once a modifier makes them a
#: term ("political trust", "strategic trust": diplomacy, 31 rows); "political dialogue" between two
#: parties stays the parties' (r-test of a two-word diplomacy term before a party relation)
_STATES_TRUST = frozenset({"trust"})


def _relation_of_a_field(keys: list[str], i: int, j: int, trie: PhraseTrie) -> bool:
    """r30i: True if a party-relation match ``keys[i:j]`` ("{party} ... {relation}") ends in a term of
    two or more words of another field whose relation the set gives to states (:data:`_STATES_TRUST`):
    "the two parties promote political trust" names trust between the states (diplomacy, as the set
    marks "political trust"), with the parties as its actors. A bare relation ("the two parties
    promote trust") keeps the party mention. (Review 37: a term ending in trust is never an exchange
    of delegations or visits, so the test of those went.)"""
    if keys[j - 1] not in _STATES_TRUST:
        return False  # speed: most party relations end otherwise, so no lookup
    for t in range(i + 1, j - 1):
        best = trie.longest(keys, t)
        if best is not None and best[0] == j and best[1][0] != "party":
            return True
    return False


#: r31g: words between a party's training and the schools it is held at ("at each other's schools")
_TRAINING_PLACE_OWNERS = frozenset({"each", "other", "their", "its", "the", "both", "two", "party", "parties"})
_TRAINING_PLACES = frozenset(key_stream("school schools academy academies")[2])
_TRAINING_PLACE_SPAN = 5  # keys from the end of the training to the school


def _party_training_place(keys: list[str], i: int, j: int, prev) -> bool:
    """r31g: True if the school at keys ``i:j`` is where the party training found just before it is
    held ("training young party officials at each other's schools": the parties' schools, one
    mention with the training, ``prev`` its hit). "Training of officials and building new schools"
    (no "at"/"in" to the school) and "teachers trained at Russian schools" (no party training)
    are untouched."""
    if prev is None or prev[0] != "party" or "train" not in prev[3] or j - i != 1 or keys[i] not in _TRAINING_PLACES:
        return False
    e = prev[2]
    if e >= i or i - e > _TRAINING_PLACE_SPAN or keys[e] not in ("at", "in"):
        return False
    return all(keys[t] in _TRAINING_PLACE_OWNERS for t in range(e + 1, i))


def _work_among(keys: list[str], i: int, hits: list) -> bool:
    """r32e: True if key ``i`` opens the people a party work mention just before is done among:
    "party work among young people", "ideological work among the youth": the people are whom the
    work reaches, one party mention, no people-to-people exchange ("exchanges between the parties
    and among young people" and "the parties' exchanges among young people" stay: no work there)."""
    if not hits or hits[-1][0] != "party" or not str(hits[-1][3]).endswith(" work"):
        return False
    t = hits[-1][2]
    return keys[t:i] in (["among"], ["among", "the"])


#: Review 57: the state's election bodies ("the CEC", "Russia's Central Election Commission", "the National
#: Election Council"), as keys
_ELECTION_BODIES = frozenset({"cec", "nec"})


def _elections_of_no_party(keys: list[str], i: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """Review 57: True if lead's round 43b's election term at key ``i`` is elections as events ("monitored the
    election campaigns in both countries", "during election campaigns") or a state election body's work ("The
    CEC shared its experience in holding elections"), with no party named in the sentence or the one before
    (:func:`_party_near`). "share our experience in election campaigns" stays party work."""
    if _party_near(keys, i, trie, view):
        return False
    if i > 0 and keys[i] == "election" and keys[i - 1] in ("the", "during"):
        return True
    a, e = _sentence_start(keys, i), _sentence_end(keys, i)
    return any(keys[t] in _ELECTION_BODIES or keys[t] in ("commission", "council") and t > 0
               and keys[t - 1] in ("election", "electoral") for t in range(a, e))
