"""Lists of one sector: when two matches are one mention, and when a list shares its head noun.

A list member sharing the head noun of a later member ("political and economic ties"), matches
joined only by "and", "," or "as well as" (:func:`_coordinated`), "A and other B", ranges, members
of origin, plain and modified members, and a match that modifies a term of another sector.
:func:`framing.sectors.matcher.match_keys` and the table of :mod:`framing.sectors.checks` call these rules.
"""

from __future__ import annotations

from framing.lexicons.matching import PhraseTrie, key_stream
from framing.lexicons.names import TextView
from framing.lexicons.sectors import Lexicon, verb_form
from framing.lexicons.wordlists import load_stopwords
from framing.sectors._common import (
    _DETERMINERS_IN_LIST,
    _LIST_JOIN,
    _NOT_PLAIN,
    _PREPOSITIONS,
    _RELATION_ARTICLES,
    _SENTENCE_END,
    _before_noun,
    _in_class,
    _past_opener,
)
from framing.sectors.places import _armed_logistics

# Keys that may join two matches of one sector into one mention ("security and defence"); "the"
# joins two names only (_coordinated).
_COORD = frozenset({",", "and", "or", "&", "/", "as", "well", "plus"})
# r28h: prepositions that open a new phrase between two list members; "to" and "of" stay
# ("people-to-people" folds to three keys)
_CLAUSE_PREPOSITIONS = frozenset({"on", "in", "at", "into", "about", "from", "with"})
_LIST_SPAN = 8  # keys scanned for the shared head noun after a list's first member
_LIST_WORDS = 6  # p34p7: ... and further while no more words than these (a list of many joiners)
# probe 39p1: verbs of saying, as keys: a list member before one of them is the subject's phrase, the
# noun after it opens what is said ("The head of the delegation, Colonel X, said exchanges ...")
_SAYING = frozenset({"said", "say", "told", "tell", "noted", "stressed", "added", "affirmed", "emphasised",
                     "emphasized", "underlined", "highlighted"})


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
    words = 0
    for k in range(a, n):
        key = keys[k]
        words += key not in _LIST_JOIN
        if k - a >= _LIST_SPAN and words > _LIST_WORDS:
            # p34p7: past the span only while the members' words are few, their commas and "and"s
            # many ("the political, trade and economic, military and technical, and humanitarian
            # spheres": six words in twelve keys)
            break
        if key in _SENTENCE_END or key in _SAYING:
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
        if key in _CLAUSE_PREPOSITIONS:
            return None  # r28h: "the shared border, and working together on border management": a new phrase
        if key == "of" and k + 1 < n and keys[k + 1] == "course":
            return None  # round 24d: "in the summer, of course": the adverb, no head of "summer courses"
        prev_word = key not in _LIST_JOIN and any(ch.isalnum() for ch in key)
    return None


def _modifies_other(keys: list[str], j: int, sector: str, lexicon: Lexicon, prev) -> bool:
    """True if a term of another sector starts right after key ``j``: the match before it modifies
    that noun ("small modular reactors, *nuclear* medicine") and is no member of the list before.
    Only after a list member that ends with a head noun (``prev``: a term of several words, or one
    word that modifies no term of the lexicon, "reactors"): after a modifier the two are one
    list that shares the noun ("defence and *security* industry": one defence mention)."""
    hit = lexicon.trie.longest(keys, j) if j < len(keys) else None
    if hit is None or hit[1][0] in (None, sector):
        return False
    if _armed_logistics(keys, j, hit[0]):
        return False  # r28e: "defence industry and *military* logistics": armed supply, no transport term
    if " + " in prev[3] and prev[2] - prev[1] == prev[3].count(" + ") * 2 + 1 and keys[j - 2] == "and":
        return False  # probe 37p12: "agricultural, forestry and *fisheries* research": after a list of
        # one-word members joined by single joiners, the member after "and" ends the list, no modifier of the noun
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


#: r34a: endings of the keys (plurals folded) of nouns of persons by what they do ("entrepreneurs",
#: "students", "volunteers", "scientists", "founders", "parliamentarians")
_AGENT_ENDS = ("er", "or", "ist", "ent", "eur", "ian", "ant")
_YOUNG_MODIFIERS = 2  # keys before a member's noun ("start-up founders": "start", "up")


def _agent_plural(keys: list[str], t: int, view: TextView) -> bool:
    """True if key ``t`` is a lower-case plural noun of persons by what they do ("students")."""
    word = view.text[view.starts[t] : view.ends[t]]
    return keys[t].endswith(_AGENT_ENDS) and word.islower() and word.endswith("s")


def _young_kinds(keys: list[str], i: int, view: TextView) -> int | None:
    """The end key of "exchange(s) of young" and a list of two or more kinds of persons (plural nouns
    of persons by what they do, each with at most ``_YOUNG_MODIFIERS`` words before it) at keys ``i:``:
    "expand exchanges of young entrepreneurs, students and volunteers", "increase exchanges of young
    scientists and start-up founders" are exchanges of the young as such, a youth exchange (people),
    one mention over the list (r34a; both annotators of e1571 and e1575). None where one kind is named
    ("exchanges of young diplomats", "exchanges of young researchers": read by the kind's field, as the
    set does, e47, e440, e1125) or the list goes on with no person ("exchanges of young cadres and
    joint scholarly conferences", "young parliamentarians and cooperation in culture")."""
    n = len(keys)
    if keys[i] != "exchange" or keys[i + 1 : i + 3] != ["of", "young"]:
        return None
    t, members, end = i + 3, 0, None
    while t < n:
        u = t
        while u < n and u <= t + _YOUNG_MODIFIERS and not _agent_plural(keys, u, view):
            if not keys[u].isalpha() or keys[u] in ("and", "or"):
                break
            u += 1
        if u >= n or not _agent_plural(keys, u, view):
            break
        members, end = members + 1, u + 1
        if end < n and keys[end] in ("and", "or"):
            t = end + 1
        elif end + 1 < n and keys[end] == "," and keys[end + 1] not in ("and", "or"):
            t = end + 1
        else:
            break
    return end if members >= 2 else None


#: r28e: nouns of give-and-take that, after "and" and before "of", open a list's next member
_EXCHANGE_NOUNS = frozenset({"exchange", "exchanges"})


def _exchange_member(keys: list[str], a: int, i: int) -> bool:
    """True if "and", a noun of exchange and "of" (keys ``a:i``) join two matches of one sector:
    "co-productions and exchanges of film weeks", "scholarships and exchanges of students" name
    one field, one mention (r28e). With an article the exchange is a list's own member ("clinical
    trials and the exchange of epidemiological data": two, as the set writes them); "film weeks and
    exchanges between the two peoples" (no match of the sector after) is untouched."""
    b = keys[a:i]
    return len(b) == 3 and b[0] == "and" and b[1] in _EXCHANGE_NOUNS and b[2] == "of"


_OTHER_PREPOSITIONS = frozenset({"in", "at", "within", "through"})  # r32i: repeated after "and"
_OTHER_SPAN = 2  # plain words on each side of "and other" ("dengue fever and other infectious diseases")


def _and_other(between: list[str]) -> bool:
    """True if the keys between two matches of one sector are "and other" (or "or other") with at
    most ``_OTHER_SPAN`` plain words on each side: the second names the kind the first belongs to
    ("dengue fever and other infectious diseases", "wind and other renewable sources"), one mention
    (round 24f). "Malaria, as well as HIV" is read by :func:`_coordinated`; "dengue in the north and
    other diseases" (a preposition between) stays two."""
    for x in range(len(between) - 1):
        # r32i: the preposition repeated before "other" ("within ASEAN-led mechanisms and in other
        # multilateral forums") keeps one phrase; "dengue in the north and other ..." does not
        o = x + 2 if between[x + 1] in _OTHER_PREPOSITIONS and x + 2 < len(between) else x + 1
        if between[x] in ("and", "or") and between[o] == "other":
            before, after = between[:x], between[o + 1 :]
            # r28h: other members of the list between commas ("coordination at the United Nations,
            # ASEAN-related mechanisms and other multilateral forums"): each a few plain words
            first, *members = _split_commas(before)
            return len(first) <= _OTHER_SPAN and len(after) <= _OTHER_SPAN and len(members) <= _OTHER_MEMBERS and all(
                1 <= len(m) <= _OTHER_MEMBER_SPAN for m in members) and all(
                k.isalpha() and k not in _NOT_PLAIN for k in first + after + [k for m in members for k in m])
    return False


_OTHER_MEMBERS = 2  # r28h: members between commas before "and other"
_OTHER_MEMBER_SPAN = 3  # r28h: plain words of each ("ASEAN-related mechanisms" folds to three keys)


def _split_commas(keys: list[str]) -> list[list[str]]:
    """The keys cut at each ",": [[...], [...]] (the first part may be empty)."""
    parts: list[list[str]] = [[]]
    for k in keys:
        if k == ",":
            parts.append([])
        else:
            parts[-1].append(k)
    return parts


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


def _bare_training_verb(keys: list[str], t: int, trie: PhraseTrie) -> bool:
    """True if key ``t`` opens a bare verb of training of the class ``cadre_training`` ("train",
    "foster", "co-train"; keys fold the "-s"), not its "-ed" or "-ing" form nor a course ("refresher
    courses for"): one that opens a predicate of its own (review 31: the class, no copy of it)."""
    e = _in_class(trie, "cadre_training", keys, t)
    return (e == t + 1 or e == t + 2 and keys[t] == "co") and not keys[e - 1].endswith(("ed", "ing"))


#: r31e: the sectors a verb of training names (party work, schooling); in another sector's list
#: ("flights and train services") the word is a noun
_TRAINING_SECTORS = frozenset({"party", "education"})


def _second_predicate(keys: list[str], prev: list, i: int, trie: PhraseTrie) -> bool:
    """True if the match at key ``i`` opens with a bare verb of training after "and" (or ", and")
    and the match before (``prev``) does not: "share experience in Party building and *co-train*
    mid-level officials" joins two predicates, two mentions (round 28b). "train and retrain
    cadres", "will educate and train nurses" (two verbs: a one-word match not after a preposition or
    an article) and "Party building and training of cadres" (a noun) stay one list."""
    if keys[prev[2] : i] not in (["and"], [",", "and"]) or not _bare_training_verb(keys, i, trie):
        return False
    if prev[0] not in _TRAINING_SECTORS:
        return False  # r31e: "direct flights and train services": "train" opens a noun of transport
    if prev[2] - prev[1] == 1 and prev[1] > 0 and keys[prev[1] - 1] not in _MEMBER_OPENERS:
        return False  # "The college will educate and train nurses": one word, no noun after a preposition
    return not _bare_training_verb(keys, prev[1], trie)


def _gerund_after_noun(keys: list[str], prev: list, i: int, view: TextView) -> bool:
    """r33c: True if the match at key ``i`` opens with a gerund that takes an object ("exchanging
    delegations") after a comma (or ", and") and the match before (``prev``) is a relation between
    sides that opens with no gerund: "proposed signing a memorandum on cooperation between the two
    party organisations, exchanging delegations regularly and ...": the gerund is the next item of the
    verbs' list, not a member of the noun's; two mentions. "training cadres, exchanging delegations"
    (two gerunds), "cooperation between the parties, exchanges of delegations" (a noun) and
    "agriculture, processing industry" (no relation before) stay one list."""
    if keys[prev[2] : i] not in ([","], [",", "and"]) or i + 1 >= len(keys) or "between" not in keys[prev[1] : prev[2]]:
        return False
    if not _gerund(view.surface(i, i + 1)) or keys[i + 1] in ("of", "and", "or", ",") or not keys[i + 1].isalpha():
        return False
    return not _gerund(view.surface(prev[1], prev[1] + 1))


def _gerund(word: str) -> bool:
    """r33c: True if ``word`` has the form of a gerund ("exchanging"), not a short word ("king")."""
    return len(word) > 5 and word.isalpha() and word.lower().endswith("ing")


#: r32i: words of tense or mood between a subject and its verb ("students would begin courses at")
_AUXILIARIES = frozenset("will would shall should can could may might is are was were to also then soon".split())
_AUX_SPAN = 3


def _subject_takes_courses(keys: list[str], prev: list, i: int, j: int) -> bool:
    """True if the match ``i:j`` is courses taken at a place ("begin courses at", "start classes
    at") and the match before of the same sector is their subject, only words of tense between:
    "40 students would begin courses at the university" is one act, one mention (r32i). "Students
    came; officials will begin courses at ..." (other words between) stays apart."""
    if not (j - i >= 3 and keys[j - 1] == "at" and keys[j - 2] in ("course", "class")):
        return False
    between = keys[prev[2] : i]
    return len(between) <= _AUX_SPAN and all(k in _AUXILIARIES for k in between)


_CHANNELS = frozenset({"channel", "channels"})  # keys of the means named after "through"


def _through_channels(keys: list[str], prev: list, i: int, j: int) -> bool:
    """True if only "through" (and an article or possessive) joins the match before to this one of
    the same sector, which ends in "channels": the means of that relation, one mention (r32i:
    "contacts between the National Assembly and the State Duma through parliamentary channels").
    "trade grew through new channels" (no match before of the sector) and "cooperation, through
    party channels" (a comma) stay."""
    between = keys[prev[2] : i]
    return keys[j - 1] in _CHANNELS and 1 <= len(between) <= 2 and between[0] == "through" and all(
        k in _RELATION_ARTICLES for k in between[1:])


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


#: r29d: head nouns a match may leave out of its span ("cultural exchanges" quotes "cultural") before
#: the list goes on ("cultural exchanges, film screenings and photo exhibitions": one mention); r33e:
#: "event" ("a series of cultural events, photo exhibitions and Russian film weeks")
_LEFT_HEADS = frozenset({"exchange", "cooperation", "activity", "tie", "link", "event"})
_LIST_GOES_ON = frozenset({",", "and", "or"})  # review 32: after the member a left-out head opens


def _after_left_head(keys: list[str], a: int, i: int, j: int, view: TextView) -> bool:
    """True if keys ``a:i`` are a head noun the match before left out (:data:`_LEFT_HEADS`) and then
    a list's joiners, with a comma, or joiners and one capitalised word of origin
    (:func:`_origin_member`): the next member of one list (r29d). "cultural exchanges and ..." with
    no comma, or a verb after the head ("cultural exchanges, boosting tourism") is untouched. Review 32:
    the list goes on after the match at ``i:j`` ("..., film screenings and photo exhibitions"); a
    comma alone may close an opening phrase ("Through cultural exchanges, concerts became popular")."""
    if i - a < 2 or keys[a] not in _LEFT_HEADS or keys[a + 1] != "," or j >= len(keys) or keys[j] not in _LIST_GOES_ON:
        return False
    return _coordinated(keys[a + 1 : i]) or _origin_member(keys, a + 1, i, view)


def _possessed_head(keys: list[str], a: int, i: int, view: TextView) -> bool:
    """True if keys ``a:i`` are one lower-case noun and "and", right after a match that ends in a
    possessive: the noun is the head the first member owns, and "and" joins the next member (r30c):
    "exchanges between veterans' *organisations* and youth unions" is one list. Without the
    possessive ("veterans met officials and youth unions") the word may be a verb's object or a
    new clause, untouched."""
    return (i - a == 2 and keys[a + 1] == "and" and a > 0 and view.possessive(a)
            and keys[a].isalpha() and not view.caps[a])


#: probe 35p4: lower-case nouns of handling a field's matter that a match leaves out of its span
#: ("climate change *response*", "waste *treatment*", "medical *evacuation*"), keys
_HANDLING_HEADS = frozenset({"response", "treatment", "management", "prevention", "control", "protection",
                             "processing", "monitoring", "evacuation"})


def _handling_head(keys: list[str], a: int, i: int, view: TextView) -> bool:
    """True if keys ``a:i`` are one lower-case noun of handling (:data:`_HANDLING_HEADS`) the match
    before leaves out of its span, then "and" or a comma: "climate change response and waste
    treatment", "medical evacuation and field surgery" are one list of one sector, one mention
    (probe 35p4), as a list of bare terms is. Another noun ("climate change talks and waste"), more
    words, or a capital after the head are untouched."""
    return (i - a == 2 and keys[a] in _HANDLING_HEADS and keys[a + 1] in ("and", ",")
            and not view.caps[a] and not view.caps[i])


#: round 30d: heads of study an education modifier leaves out of its match ("doctoral *studies*"), keys
_STUDY_HEADS = frozenset({"study", "programme", "program", "course", "degree"})


def _after_study_head(keys: list[str], a: int, i: int, sector: str) -> bool:
    """True if keys ``a:i`` are a head of study left out of the education match before it and then
    only joiners: "doctoral *studies* as well as internships", "master's *programmes* and
    scholarships" are one list of education (round 30d). "Doctoral studies, he said, and ..." (other
    words between) and other fields ("cultural exchanges and tourism") are untouched."""
    return sector == "education" and i - a >= 2 and keys[a] in _STUDY_HEADS and _coordinated(keys[a + 1 : i])


#: round 30d: the verb of training whose object may hold an education word ("train more *doctoral* candidates")
_TRAIN_VERBS = frozenset({"train", "trains", "trained"})
_OBJECT_SPAN = 2  # keys between the verb and the education word of its object


def _trained_object(keys: list[str], prev: list, i: int, j: int, sector: str, view: TextView) -> bool:
    """True if the education match before is a verb of training and the match ``keys[i:j]`` modifies
    the noun of its object, over at most ``_OBJECT_SPAN`` words without a preposition, joiner or
    stopword ("jointly train more doctoral candidates": one mention, who is trained; round 30d). Other
    words between ("train in Russia and study abroad") and an object that is a term itself ("train
    more Lao students": two, as probe 26 writes them) are untouched."""
    if not _before_noun(keys, j, view):
        return False
    if sector != "education" or keys[prev[2] - 1] not in _TRAIN_VERBS or prev[2] - prev[1] != 1:
        return False
    between = range(prev[2], i)
    stop = load_stopwords()
    return len(between) <= _OBJECT_SPAN and all(
        keys[t].isalpha() and (keys[t] not in stop or keys[t] == "more") for t in between
    ) and not view.possessive(i)


def _training_in(keys: list[str], prev: list, i: int, sector: str) -> bool:
    """Probe 34p6: True if the education match before is the noun "training" alone and only "in"
    stands before the education match ``i`` ("open training in vocational skills": one mention, the
    training and its field, as the set quotes "training in engineering"). Another field after "in"
    ("training in medicine") is another sector and untouched; so is "training, in vocational ..."."""
    return (sector == "education" and prev[2] - prev[1] == 1 and keys[prev[1]] == "training"
            and i == prev[2] + 1 and keys[prev[2]] == "in")


def _plain_member(keys: list[str], a: int, i: int, prev: list, view: TextView) -> bool:
    """True if keys ``a:i`` end a list of one sector that already holds a comma ("A, B and C")
    over one or two plain lower-case words (no stopword, no capital): a modifier of the last
    member after "and"/"or" ("logistics, aviation and *inland* waterways"), or a member the lexicon
    does not list, between a comma and "and"/"or" ("marine science, biotechnology, *new materials*
    and space technology"); without that comma, one plural noun between a comma and "and"/"or"
    ("universities, *colleges* and vocational schools"; r31e: or one activity in "-ing", "gymnastics,
    *shooting* and wrestling"). After a list closed by its own "and" or "or",
    ", and" opens a new clause ("drug trafficking and terrorism, and *ensure* security": r28e). A comma alone before the words is no list:
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
    if _head_before_and(keys, a, x, y, i, prev, view):
        return True
    if "," not in keys[prev[1] : prev[2]] and not (
        y - x == 1 and keys[a:x] == [","] and keys[y:i] in (["and"], ["or"])
        and (view.surface(x, y).lower().endswith(("s", "ing")) or view.possessive(y))
    ):  # r31e: or an activity in "-ing" ("gymnastics, *shooting* and wrestling")  # round 30d: or a degree by its possessive ("undergraduate, *master's* and doctoral studies")  # precision classes 7: "universities, *colleges* and vocational schools": one plural noun
        return False  # between a comma and "and" is the middle member of a three-member list
    joined = (["and"], ["or"], [",", "and"], [",", "or"])
    if y == i and keys[a:x] in ([",", "and"], [",", "or"]) and ("and" in keys[prev[1] : prev[2]] or "or" in keys[prev[1] : prev[2]]):
        return False  # r28e: "cybercrime, drug trafficking and terrorism, and *ensure* security": the list closed
    if not (y == i and keys[a:x] in joined) and not (keys[a:x] == [","] and keys[y:i] in (["and"], ["or"])):
        return False
    stop = load_stopwords()
    return all(keys[t].isalpha() and keys[t] not in stop and not view.caps[t] for t in range(x, y))


def _head_before_and(keys: list[str], a: int, x: int, y: int, i: int, prev: list, view: TextView) -> bool:
    """r33d: True if one plural lower-case noun right after a member of a list that already holds a
    comma is that member's head, and "and"/"or" follows: "textbooks, online learning *platforms* and
    refresher courses" is one list of one sector. Untouched: no comma before ("online learning
    *platforms* and refresher courses" stays two), a verb or an adverb ("textbooks, online learning
    *expanded* and ...")."""
    if not (x == a and y - x == 1 and keys[y:i] in (["and"], ["or"]) and "," in keys[prev[1] : prev[2]]):
        return False
    w, surface = keys[x], view.surface(x, y).lower()
    return (w.isalpha() and not view.caps[x] and surface != w and surface.endswith("s")
            and w not in load_stopwords())  # a plural noun: its key is the singular


#: lead's round 39: adjectives of scope, which no verb of copy spells; keys
_SCOPE_ADJECTIVES = frozenset({"international", "transnational", "regional", "global", "bilateral", "multilateral"})
_GENERIC_MODIFIERS = frozenset("new other more further major key modern joint".split())  # of no kind: "a rail link and new roads" stay two
# r32b: endings of adjectives that no verb of copy takes ("generic", "clinical", "industrial", "famous")
_ADJECTIVE_ENDINGS = ("ic", "ical", "ial", "ous")


def _adjective_by_ending(w: str) -> bool:
    """True if the key ``w`` is an adjective by its ending (:data:`_ADJECTIVE_ENDINGS`), longer than
    four letters and no stop word ("generic", "geriatric"): r32b's second member and r33a's middle one."""
    return w.isalpha() and len(w) > 4 and w.endswith(_ADJECTIVE_ENDINGS) and w not in load_stopwords()


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
    w = keys[a + 1]
    if w in _SCOPE_ADJECTIVES:
        return True  # lead's round 39: "countering cyber threats and *international* terrorism": a scope, no verb
    if _adjective_by_ending(w):
        return True  # r32b: an adjective by its ending is no second verb ("produce vaccines and *generic* medicines")
    if f == 0 or keys[f - 1] not in _MEMBER_OPENERS:
        return False
    return w in common and w not in _GENERIC_MODIFIERS and w not in load_stopwords() and _in_class(trie, "relation", keys, a + 1) == a + 1


_LEVEL_SPAN = 4  # keys between "at" and "level(s)" ("at master's and doctoral levels")


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


# r28d: words of a field that read as one only where a field is named: after "in"/"on" ("cooperation
# in new materials") or as a member of that field's list ("artificial intelligence and new materials")
# review 30: all the materials r28d added, not the one that failed ("composite materials imported
# from Russia", "the hull is made of composite materials" are things too)
_LIST_ONLY_TERMS = frozenset({"new materials", "advanced materials", "composite materials", "nanomaterials"})


def _loose_member(keys: list[str], i: int, j: int, sector: str, prev, trie: PhraseTrie) -> bool:
    """r28d: True if a term of :data:`_LIST_ONLY_TERMS` at keys ``i:j`` neither follows "in"/"on" nor
    follows "and", "or" or a comma right after a match of its sector (``prev``): "New materials were
    delivered to the site", "handed over new materials on the war" are things, no field. Review 30:
    nor opens such a list ("fields such as advanced materials and biotechnology")."""
    if i > 0 and keys[i - 1] in ("in", "on"):
        return False
    if j + 1 < len(keys) and keys[j] in ("and", "or", ","):
        hit = trie.longest(keys, j + 1)
        if hit is not None and isinstance(hit[1], tuple) and hit[1][0] == sector:
            return False  # review 30: the first of its field's list
    return not (i > 1 and keys[i - 1] in ("and", "or", ",") and prev is not None and prev[0] == sector
                and prev[2] == i - 1)


_HYPHENS = ("-", "\u2010", "\u2011", "\u2013")


def _hyphen_compound(a: int, i: int, view: TextView) -> bool:
    """True if one lower-case word (key ``a``, ``i == a + 1``) is joined by a hyphen to the match
    ending at ``a`` and the next match of the sector starts right after it: a compound modifier of
    that term, one mention ("rail-sea transport", "road-rail freight": round 27c). A word after a
    space ("rail and sea transport" is a list, read by the list rules) or a capital ("rail-Russia")
    is not one."""
    if i != a + 1 or a == 0 or view.caps[a] or not view.keys[a].isalpha():
        return False
    return view.text[view.ends[a - 1] : view.starts[a]] in _HYPHENS and view.ends[a] < view.starts[i]


#: r33a: endings of nouns of an activity or a process ("surveillance", "development", "prevention")
_ACTIVITY_ENDINGS = ("ment", "tion", "sion", "ance", "ence")


def _activity_noun(key: str, common: frozenset) -> bool:
    """True if ``key`` may head one member of a parallel list: a noun the lexicon's phrases use
    (round 27c), or (r33a) a noun of an activity by its ending, which the lexicon need not list
    ("vaccine development and disease *surveillance*")."""
    return key in common or (len(key) > 6 and key.endswith(_ACTIVITY_ENDINGS))


def _parallel_member(keys: list[str], prev: list, a: int, i: int, j: int, common: frozenset, trie: PhraseTrie) -> bool:
    """True if the match before (``prev``) is one word that modifies the noun at key ``a`` and
    "and" joins that phrase to this match (keys ``i:j``), itself a modifier of a noun after it:
    two noun phrases of one sector, each "modifier + head", are one list and one mention ("nuclear
    safety and radioactive waste management": round 27c). The head must be a noun the lexicon's phrases use ("safety"), not a verb ("trade
    grew and investment rose") nor a word of relations ("trade cooperation and investment", which
    the lexicon reads as its own terms), and a noun must follow the second match too."""
    if prev[2] - prev[1] != 1 or i - a != 2 or keys[a + 1] != "and":
        return False
    stop = load_stopwords()
    head = keys[a]
    if not (head.isalpha() and _activity_noun(head, common)) or head in stop or _in_class(
            trie, "relation", keys, a) == a + 1:
        return False
    if j - i >= 2 and keys[i] not in stop and (j >= len(keys) or not keys[j].isalpha()):
        # probe 35p6: the second member a term of its own modifier and noun that ends the clause
        # ("disease surveillance and public health"): two "modifier + head" phrases, one list
        return True
    if j >= len(keys):
        return False
    after = keys[j]
    return after.isalpha() and _activity_noun(after, common) and after not in stop and (
        _in_class(trie, "relation", keys, j) != j + 1)


# r28h: nouns of linking that take the field they link after "in" or "of" ("connectivity in transport
# infrastructure", "connectivity of railways and expressways"): one mention with it, not two
_LINK_NOUNS = frozenset({"connectivity", "interconnection", "connection", "linkage"})


def _link_of_field(keys: list[str], prev: list, i: int) -> bool:
    """True if the hit before (``prev``) ends with a noun of linking and only "in" or "of" (and an
    article) stands between it and the match at ``i`` of the same sector: "boost connectivity in
    transport infrastructure" is one mention. Not across other words ("connectivity, especially the
    railway": two)."""
    between = keys[prev[2] : i]
    return keys[prev[2] - 1] in _LINK_NOUNS and 1 <= len(between) <= 2 and between[0] in ("in", "of") and (
        len(between) == 1 or between[1] == "the")



_OF_OBJECT_SPAN = 2  # words between "of" and the object's term ("festival of classical music")
# r33b: nouns of an activity or an event whose object after "of" is the field itself; not nouns of
# people, places or bodies ("colleges of the two countries", "exporters of farm produce") nor of a
# measure ("the minimum wage of foreign trainees"), whose "of" names someone else
_OF_OBJECT_HEADS = frozenset({"festival", "exploration", "production", "extraction"})


def _object_of_field(keys: list[str], prev: list, i: int, view: TextView) -> bool:
    """r33b: True if the hit before (``prev``) ends with a noun of :data:`_OF_OBJECT_HEADS` and only
    "of", an article and at most two lower-case words stand between it and the match at ``i`` of the
    same sector: the match is the object of that noun, one field named once ("a joint festival of classical music", "expand the
    exploration and production of hydrocarbons"). Not across a capital ("festival of the Russian
    House and music"), a stop word other than the article, or more words."""
    between = keys[prev[2] : i]
    if not between or between[0] != "of" or keys[prev[2] - 1] not in _OF_OBJECT_HEADS:
        return False
    rest = _past_opener(between)
    stop = load_stopwords()
    return len(rest) <= _OF_OBJECT_SPAN and all(
        k.isalpha() and k not in stop and not view.caps[t] for t, k in enumerate(rest, i - len(rest)))


# r31f: fuels traded as goods: the bare commodity words a list of products names ("imports, mainly
# fertilizers, coal, steel and wheat"), keys; a fuel industry or its supplies ("coal supplies", "oil and
# gas exploration") are other terms and stay
_FUEL_GOODS = frozenset({"coal", "oil", "crude", "crude oil", "gas", "natural gas", "lng", "petroleum", "fuel",
                         "diesel", "petrol", "gasoline"})
_LIST_SEPARATORS = frozenset({",", "and", "or"})
_TRADE_FLOWS = frozenset({"export", "import"})  # keys: the flow whose make-up the list gives
_MAKE_UP = frozenset({"mainly", "mostly", "chiefly", "primarily", "notably", "including", "namely", "such", "led"})
_MAKE_UP_SPAN = 12  # keys back from the fuel to the word that opens the list ("led by fertilisers, coal")
_FLOW_SPAN = 8  # keys back from that word to the trade flow ("its imports from the country, led by")


def _goods_list_member(keys: list[str], i: int, j: int, trie: PhraseTrie) -> bool:
    """r31f: True if the fuel at ``keys[i:j]`` is one item of the make-up of a country's exports or
    imports: a list opened by "mainly", "led by", "such as", "including" ... after "exports" or
    "imports", with a product category of the lexicon's class ``goods`` right before or after the fuel
    ("imports from Russia, mainly fertilizers, coal, steel and wheat"). Product categories are neutral
    words of no field (guidelines), and a fuel among them in a trade figure is one more. Untouched:
    supplies or payments ("increase supplies of fertiliser, wheat and coal", "payments for fertilisers
    and oil products"), a list of fuels ("exports, mainly oil, gas and coal")."""
    def goods_at(t: int) -> bool:
        return 0 <= t < len(keys) and keys[t] not in _TRADE_FLOWS and _in_class(trie, "goods", keys, t) > t

    if not ((i >= 2 and keys[i - 1] in _LIST_SEPARATORS and goods_at(i - 2))
            or (j + 1 < len(keys) and keys[j] in _LIST_SEPARATORS and goods_at(j + 1))):
        return False
    for t in range(i - 1, max(-1, i - 1 - _MAKE_UP_SPAN), -1):
        if keys[t] in _SENTENCE_END:
            return False
        if keys[t] in _MAKE_UP:
            return any(k in _TRADE_FLOWS for k in keys[max(0, t - _FLOW_SPAN) : t])
    return False


_EXAMPLE_OPENERS = (["such", "as"], ["including"])  # r32j: words that open a head's named examples
_EXAMPLE_SPAN = 8  # keys of named examples between the head and the next match ("the United Nations ,")


def _named_examples(keys: list[str], a: int, i: int, view: TextView) -> bool:
    """r32j: True if the keys ``a:i`` between two matches of one sector open examples of the first
    ("such as", "including") and hold only names, articles and list joiners: "multilateral forums such
    as the United Nations, ASEAN-led mechanisms and APEC" names one field, the forums, once. A lower-case
    word between ("forums such as the UN and regional security mechanisms", "trade, such as rice
    exports, and investment") ends the examples: untouched."""
    between = keys[a:i]
    opener = next((o for o in _EXAMPLE_OPENERS if between[: len(o)] == o), None)
    if opener is None or len(between) > _EXAMPLE_SPAN + len(opener):
        return False
    return all(k in ("the", ",", "and") or (view.caps[t] and k.isalpha())
               for t, k in enumerate(between[len(opener):], a + len(opener)))


def _adjective_member(keys: list[str], a: int, i: int, j: int, view: TextView) -> bool:
    """r33a: True if keys ``a:i`` are a comma and one lower-case adjective by its ending (r32b's
    :data:`_ADJECTIVE_ENDINGS`) before this match of the sector just matched, and the list goes on
    after it ("and", "or", a comma): a middle member with its own modifier, one mention ("intensive
    care, *geriatric* nursing and rehabilitation"). A comma and an adjective at a list's end ("trade,
    economic growth") or a verb ("trade, attract investment") are read as before."""
    if i != a + 2 or keys[a] != "," or view.caps[a + 1] or j >= len(keys) or keys[j] not in _LIST_GOES_ON:
        return False
    return _adjective_by_ending(keys[a + 1])



_UNMATCHED_MEMBER_WORDS = 2  # probe 39p6: lower-case words of a member the lexicon lacks ("border-gate")


#: probe 39p6: sectors whose lists name actors and channels, not fields ("young people, *media* and
#: localities": the media are another field the lexicon lacks, e147)
_ACTOR_LIST_SECTORS = frozenset({"people", "party", "diplomacy"})


#: review 55: per lexicon (by id), each key of its terms -> the sectors whose terms hold it
_TERM_KEY_SECTORS: dict[int, tuple[Lexicon, dict[str, frozenset]]] = {}


def _term_key_sectors(lexicon: Lexicon) -> dict[str, frozenset]:
    """Review 55: the sectors whose terms hold each key of the lexicon's terms ("weather":
    environment; "media": culture), read once per lexicon."""
    held = _TERM_KEY_SECTORS.get(id(lexicon))
    if held is None or held[0] is not lexicon:
        found: dict[str, set] = {}
        for entry in lexicon.entries:
            for term in entry.terms:
                for k in key_stream(term)[2]:
                    found.setdefault(k, set()).add(entry.id)
        held = _TERM_KEY_SECTORS[id(lexicon)] = (lexicon, {k: frozenset(v) for k, v in found.items()})
    return held[1]


def _unmatched_member(keys: list[str], a: int, i: int, sector: str, view: TextView,
                      lexicon: Lexicon | None = None) -> bool:
    """probe 39p6: True if keys ``a:i`` between two matches of one sector are a comma, one member of
    at most ``_UNMATCHED_MEMBER_WORDS`` lower-case words that no term matched, and a joiner (",",
    "and", "or", ", and") right before the second match: "cinema, *libraries*, museums and fine arts",
    "golf, *spa* and medical tourism", "trade, *border-gate* economy": a middle member the lexicon
    lacks, one list of the sector, one mention (guidelines: a one-sector list is quoted whole). Not a
    verb's clause ("trade, *attract* investment": no joiner before the match), a function word,
    a figure or a name ("trade, *which* rose, and investment", "trade, *Vietnam* and investment"),
    nor a past form ("trade, officials *said*, and investment"), nor in a list of actors
    (:data:`_ACTOR_LIST_SECTORS`). Review 55: nor (given the ``lexicon``) a word its terms hold in
    other sectors only ("defence, *weather* and security", "education, *media* and training", "trade,
    *people* and investment": another field's word, another member); a word none holds ("trade,
    *construction* and agriculture") or this sector's too ("golf, *spa* and medical tourism") stays."""
    between = keys[a:i]
    if lexicon is not None and len(between) >= 4 and between[-2] in ("and", "or") and (
            between[-1] in lexicon.modifier_keys and between[-1] not in _GENERIC_MODIFIERS | _ORIGIN_MODIFIERS
            and not view.caps[i - 1]):
        between, i = between[:-1], i - 1  # probe 41p1: "literature, *history* and traditional music"
    if between[:4] == [",", "as", "well", "as"]:
        between, a = between[3:], a + 3  # probe 41p1: "test kits, as well as *masks* and medical supplies"
        between[0] = ","
    if sector in _ACTOR_LIST_SECTORS or len(between) < 3 or between[0] != "," or between[-1] not in _LIST_GOES_ON:
        return False
    end = i - 1
    if between[-2] == "," and between[-1] == "and":
        end = i - 2  # ", and"
    words = [(t, keys[t]) for t in range(a + 1, end) if keys[t] != "-"]
    if not 1 <= len(words) <= _UNMATCHED_MEMBER_WORDS:
        return False
    stop = load_stopwords()
    if not all(k.isalpha() and not view.caps[t] and k not in stop and not k.endswith("ed") and k not in _COORD
               for t, k in words):
        return False
    if lexicon is not None:
        held = _term_key_sectors(lexicon)
        return not any(k in held and sector not in held[k] for _, k in words)
    return True


_MODIFIER_MEMBER_WORDS = 2  # probe 41p1: modifiers of a list's next member ("cross-border", "marine")
# probe 41p1: modifiers of whose money or goods, not of a field's kind: after "and" they open a member of
# its own, as the tuned parts quote it ("exports and foreign direct investment", e197; round 16's "trade
# and foreign investment": two)
_ORIGIN_MODIFIERS = frozenset({"foreign", "domestic", "overseas", "local"})


def _modifier_member(keys: list[str], a: int, i: int, view: TextView, lexicon: Lexicon) -> bool:
    """Probe 41p1: True if keys ``a:i`` are "and" (or "or") and one or two lower-case words the
    lexicon knows only as modifiers (:attr:`Lexicon.modifier_keys`: never a term alone, a term's head
    or a verb's form) before this match of the sector just matched: the list's next member carries its
    own modifier, one mention (guidelines' span rule: "coral reefs and *marine* biodiversity",
    "smuggling and *illegal* logging"). A verb ("boost trade and *attract* investment": "attract" has
    its "-ed" among the terms), a word of no kind ("a rail link and *new* roads"), a capital or a
    word the lexicon lacks ("trade and *boost* investment") are untouched."""
    if i - a < 2 or keys[a] not in ("and", "or"):
        return False
    words = list(range(a + 1, i))
    if not 1 <= len(words) <= _MODIFIER_MEMBER_WORDS:
        return False
    if len(words) == 2 and _hyphened(view, a + 1):
        return _hyphen_modifier(keys, a + 1, view, lexicon)  # "hydropower and *cross-border* transmission lines"
    return all(keys[t] in lexicon.modifier_keys and keys[t] not in _GENERIC_MODIFIERS and keys[t] not in
               _ORIGIN_MODIFIERS and not view.caps[t] for t in words)


def _hyphened(view: TextView, t: int) -> bool:
    """Probe 41p1: True if a hyphen joins the words of keys ``t`` and ``t + 1`` ("cross-border")."""
    return t + 1 < len(view.keys) and view.text[view.ends[t] : view.starts[t + 1]] in _HYPHENS


def _hyphen_modifier(keys: list[str], t: int, view: TextView, lexicon: Lexicon) -> bool:
    """Probe 41p1: True if keys ``t`` and ``t + 1`` (:func:`_hyphened`) are a lower-case compound modifier: its second
    part a key of the lexicon's terms ("cross-*border*") or a participle in "-ed" ("community-*based*"),
    not a verb's stem ("co-*organise*": "organised" is a key; "co-*train*": one of its forms)."""
    second = keys[t + 1]
    if view.caps[t] or view.caps[t + 1] or not (keys[t].isalpha() and second.isalpha()):
        return False
    if second.endswith("ed"):
        return True
    return second in lexicon.common_keys and not verb_form(second, lexicon.common_keys)


_HEAD_WORDS = 2  # probe 41p1: words of a head noun a match leaves out ("vaccine *doses*")


def _left_out_head(keys: list[str], a: int, i: int, j: int, view: TextView, lexicon: Lexicon) -> bool:
    """Probe 41p1: True if keys ``a:i`` are one or two lower-case nouns the match before leaves out of
    its span (its head: "vaccine *doses*", "climate change *adaptation*"), then a comma and a list's
    joiners: with "as well as", or with the list going on after this match ("and", "or", a comma):
    "vaccine doses, as well as ventilators", "climate change adaptation, disaster prevention and ...":
    one list of one sector, one mention (r29d's heads, :data:`_LEFT_HEADS`, for any noun). A verb or
    an adverb ("trade rose, as well as investment"; "energy, especially wind power"), a figure, a
    capital, or a comma that closes an opening phrase ("Through cultural exchanges, concerts became
    popular") are untouched."""
    c = next((t for t in range(a, i) if keys[t] == ","), None)
    if c is None or not 1 <= c - a <= _HEAD_WORDS or not _coordinated(keys[c:i]):
        return False
    if not ("well" in keys[c:i] or (j < len(keys) and keys[j] in _LIST_GOES_ON)):
        return False
    if _agent_plural(keys, c - 1, view):
        return False  # "concerts by ballet *dancers*, photo exhibitions": persons end the member, no field's head
    last = view.surface(c - 1, c).lower()
    if not (last.endswith("s") and last != keys[c - 1] or _activity_noun(keys[c - 1], frozenset())):
        return False  # the head a noun by its form: a plural ("doses") or an activity ("adaptation"); "trade *rose*, as well as"
    stop = load_stopwords()
    return all(keys[t].isalpha() and not view.caps[t] and keys[t] not in stop and not keys[t].endswith("ly")
               and not verb_form(keys[t], lexicon.common_keys) and keys[t] not in _SAYING for t in range(a, c))


def _middle_modified_member(keys: list[str], a: int, i: int, j: int, sector: str, view: TextView,
                            lexicon: Lexicon) -> bool:
    """Probe 41p1: True if keys ``a:i`` are a comma and one or two lower-case words (no stopword,
    verb form or adverb) before this match of the sector, and after it a joiner and, within two plain
    words, another match of the same sector: a list's middle member with a modifier the lexicon lacks,
    one mention ("road transport, *inland* waterways and civil aviation"). A comma and a verb with no
    member of the sector after ("exchanged delegations, *held* theoretical workshops and hosted
    ..."), or another sector after ("power plants, transmission grids and nuclear energy") are
    untouched."""
    if i - a < 2 or keys[a] != "," or i - a - 1 > _MODIFIER_MEMBER_WORDS or j + 1 >= len(keys):
        return False
    if keys[j] not in _LIST_GOES_ON:
        return False
    stop = load_stopwords()
    if i - a == 3 and _hyphened(view, a + 1):
        if not _hyphen_modifier(keys, a + 1, view, lexicon):
            return False  # "eco-tourism, *community-based* tourism and sports tourism"
    elif not all(keys[t].isalpha() and not view.caps[t] and keys[t] not in stop and not keys[t].endswith("ly")
                 and not verb_form(keys[t], lexicon.common_keys) for t in range(a + 1, i)):
        return False
    t = j + 1 if keys[j] != "," or keys[j + 1] not in ("and", "or") else j + 2
    for u in range(t, min(len(keys), t + 3)):
        hit = lexicon.trie.longest(keys, u)
        if hit is not None and isinstance(hit[1], tuple) and hit[1][0] == sector:
            return True
        if not keys[u].isalpha() or keys[u] in stop or view.caps[u]:
            return False
    return False
