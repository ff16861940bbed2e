"""Party work, cadres and party schools: a party mention made by a verb of party work and its object.

Party work found by its verbs and objects (:func:`_party_work`: "train another group of Vietnamese
party officials", "building a clean and strong Party"), people a party trains and where they are
sent (:func:`_party_sender`, :func:`_trains_party_people`), courses and schools of a party
(:func:`_party_course`, :func:`_school_aliases`), party discipline and theory, a party's units in
firms, and when such words are not the party's (a labour union's officials, another body's school).
:func:`framing.sectors.matcher.match_keys`, the table of :mod:`framing.sectors.checks` and
:mod:`framing.sectors.fields` call these rules.
"""

from __future__ import annotations

import threading

from framing.lexicons.counts import is_count
from framing.lexicons.matching import PhraseTrie, key_stream
from framing.lexicons.names import SpanClass, TextView, alias_brackets, load_names
from framing.sectors._common import (
    _ARTICLES,
    _DETERMINERS_IN_LIST,
    _FULL_STOPS,
    _LIST_JOIN,
    _OWNERS,
    _PARTY_WORDS,
    _PHRASE_ENDS,
    _PREPOSITIONS,
    _TRAINED_OPENERS,
    _WHEN,
    _full_sentence_start,
    _in_class,
    _remember,
    _sentence_end,
    _sentence_start,
)
from framing.sectors.figures import _QUOTE_KEYS  # review 29: quotation marks opening a sentence
from framing.sectors.party import (
    _NOT_IN_OBJECT,
    _OBJECT_WORDS,
    _PAIR_WORDS,
    _RELATIVE,
    _linked,
    _modifies_noun,
    _party_actors,
    _party_before,
    _party_context,
    _party_near,
    _party_sentence,
    _real_party,
)
from framing.sectors.places import _PLACE_NOUNS

_CADRE_SPAN = 7  # words between a verb of training and the cadres it trains
# r28a (_officials_among_others): plain "officials" trained in one list with other occupations
# ("courses for Lao officials and teachers") are people trained at large, no party's cadres;
# "cadres" and "party officials" stay the party's ("trained 320 Lao cadres and students")
_PLAIN_OFFICIALS = frozenset(key_stream("officials")[2])
# review 30: the other occupations are the lexicon's classes (no list of its own)
_OTHER_TRAINEE_CLASSES = ("occupation", "trainee", "one_person")
_PARTY_WORK_SPAN = 6  # words between a verb of party work and "Party" ("building a clean and strong Party")
_BODY_SPAN = 4  # words between "between" and a party body ("between their youth wings")
_PARTY_ONLY_TRAINEES = frozenset({"staff", "personnel"})  # r31c: never a state's servants by themselves ("trains staff and local officials")
_OFFICE_OWNERS = frozenset({"the", "two", "their", "both", "these"})  # r31c: words before "offices" as bodies
_BODY_MEMBERS = 3  # members of a list of bodies ("between their think tanks, magazines and Party newspapers")
_ORGAN_NAME_SPAN = 7  # words of a party organ's name ("the Commission for Propaganda and Mass Mobilisation")
_COMPARATIVES = frozenset({"more", "fewer", "less"})
_PASSIVE = frozenset({"have", "has", "had", "been", "were", "was", "are", "is", "be", "being"})
_STUDY = frozenset({"study", "studied", "studies"})  # a party's officials who "study at" a school or seminar
# Words after cadres that give them a purpose or an owner other than a party ("cadres to run the
# hospital", "cadres of the health sector", "cadres for the trade unions").
_CADRES_FOR = frozenset({"of", "for", "to", "with", "in", "at", "from"})
_EVERY = frozenset("every each two three four five".split())  # "every two years" before an event's topic
_TOPIC_SPAN = 8  # words of an event's topic before "party" ("on the mass work of the two ruling parties")
_CLAUSE_SPAN = 10  # keys of such a clause ("which both took part in the forum")


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


def _verb_stretch(keys: list[str], i: int) -> tuple[int, int]:
    """The keys between the commas around key ``i`` in its sentence, as (start, end)."""
    s, b = _sentence_start(keys, i), _sentence_end(keys, i)
    a = max([t + 1 for t in range(s, i) if keys[t] == ","], default=s)
    return a, next((t for t in range(i, b) if keys[t] == ","), b)


def _trainer_party(keys: list[str], i: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if a party is named in the stretch of the sentence between commas around the verb of
    training at key ``i`` ("how the CPV trains young leaders", "courses for young leaders of the two
    parties"), or earlier in the sentence as no object of a preposition ("The CPRF, the main
    opposition party, trains young members"); not "At a meeting with the CPRF delegation, the
    governor said the region trains young politicians"."""
    if view is None:
        return True
    a, b = _verb_stretch(keys, i)
    if any(keys[t] == "party" and _real_party(keys, t, t + 1, view) for t in range(a, b)):
        return True
    s = _sentence_start(keys, i)
    for x, _ in _party_actors(keys, s, b, trie, view):
        t = x - 1
        while t >= s and (keys[t] in _ARTICLES or keys[t] in _PAIR_WORDS):
            t -= 1
        if x >= a or not (t >= s and (keys[t] in _PREPOSITIONS or keys[t] in _OBJECT_WORDS or keys[t] == "by")):
            return True
    return False


def _at_party_school(keys: list[str], i: int, trie: PhraseTrie) -> bool:
    """r33c: True if "at" (one "the") and a party's school (class ``party_school``) follow the verb of
    training at key ``i`` in its stretch between commas ("cooperate in training Lao inspectors at the Ho
    Chi Minh National Academy of Politics"): the party trains where its school is, though the sentence
    names no party; not "training Lao inspectors at the ministry"."""
    a, b = _verb_stretch(keys, i)
    for t in range(i + 1, b - 1):
        if keys[t] == "at":
            x = t + 1 + (keys[t + 1] == "the")
            if _in_class(trie, "party_school", keys, x) > x:
                return True
    return False


#: review 39: words that open another clause between a party and a verb of training ("the CPV
#: delegation said the company will train ...", "the school that trains ...")
_CLAUSE_TURNS = _RELATIVE | frozenset({"that", "where", "said", "says", "told", "tells"})


def _staff_trainer(keys: list[str], i: int, end: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """review 39 (r31c): True if a party trains the plain "staff" or "personnel" (ending at key
    ``end``) of the verb at key ``i``: "party" before them ("training of party personnel"), or a
    party in the verb's stretch between commas, after the verb ("train Lao staff ... at the Party
    Central Committee's Office") or before it with no other clause between ("The two Party offices
    agreed to train more personnel"). Not "The CPV delegation said the company will train more
    staff", nor "The Party delegation visited the hospital, which trains staff": staff are the
    commonest word of a workplace's people, and a party near the verb does not train them."""
    if view is None or "party" in keys[i:end]:
        return True  # "joint training of party personnel": the staff are the party's by name
    a, b = _verb_stretch(keys, i)
    return any(x > i or not any(k in _CLAUSE_TURNS for k in keys[e:i]) for x, e in _party_actors(keys, a, b, trie, view))


# Round 24a: the service of a state whose leaders are its cadres, as officials are ("training leaders
# of the Vietnamese public service"), as key tuples after "of the" and up to two modifiers
_STATE_SERVICES = frozenset({("public", "service"), ("civil", "service"), ("state", "apparatus"),
                             ("public", "administration"), ("state", "administration")})


def _trainee_before(keys: list[str], t: int, classes) -> bool:
    """r28h: True if a word of the class ``party_trainee`` ("leaders", "members") ends right before
    "and" at ``t``: the training reaches on to the cadres after it ("leaders and civil servants")."""
    trainee = classes.get("party_trainee")
    # r31c: not plain "staff" ("trains staff and local officials": two groups, schooling)
    return trainee is not None and keys[t - 1] not in _PARTY_ONLY_TRAINEES and t in trainee.ends(keys, t - 1)


def _state_servants(keys: list[str], end: int) -> bool:
    """True if the people a verb trains (ending at key ``end``) are "of the" service of a state
    (:data:`_STATE_SERVICES`): "leaders of the Vietnamese public service", "members of the civil
    service"; not "leaders of firms", "leaders of the service sector"."""
    n = len(keys)
    if end + 1 >= n or keys[end] != "of" or keys[end + 1] != "the":
        return False
    return any(tuple(keys[t : t + 2]) in _STATE_SERVICES for t in range(end + 2, min(n, end + 5)))


# r28d: keys back from a training to the state service that "its"/"their" trainees belong to
_SERVICE_REACH = 8


def _service_word_in(keys: list[str], a: int, b: int, trie: PhraseTrie) -> bool:
    """True if a word of the class ``service_modifier`` ("police", "army", "military") starts at a
    key of ``a:b``."""
    return any(_in_class(trie, "service_modifier", keys, u) > u for u in range(a, b))


def _service_owned(keys: list[str], i: int, t: int, trie: PhraseTrie) -> bool:
    """r28d: True if the people trained at key ``t`` are "its"/"their" people and a state's force
    or service (class ``service_modifier``: "police", "security", "army") is named in the
    ``_SERVICE_REACH`` keys before the training at ``i``: "helped build the headquarters of the public
    security ministry and train thousands of its officers" trains a state's staff, no party's, as
    "train 200 police officers" does; "the LPRP trains its officers" stays a party's."""
    if t == 0 or keys[t - 1] not in ("its", "their"):
        return False
    s = _sentence_start(keys, i)
    return _service_word_in(keys, max(s, i - _SERVICE_REACH), i, trie)


_SCHOOL_GAP = 3  # lead 35: words between "at" and the service's word ("at Vietnamese military academies")


def _at_service_school(keys: list[str], end: int, trie: PhraseTrie) -> bool:
    """True if the people trained (ending at key ``end``) are trained "at" or "in" a school of a
    state's force: a word of the class ``service_modifier`` within ``_SCHOOL_GAP`` words ("the
    training of Lao officers at Vietnamese military academies", "... in police colleges"): an army's
    or a police force's training, not a party's, even in a sentence that names party work (lead 35,
    heldout141 e1744). "training officers at the Party school" keeps its party reading."""
    if end >= len(keys) or keys[end] not in ("at", "in"):
        return False
    return _service_word_in(keys, end + 1, min(len(keys), end + 2 + _SCHOOL_GAP), trie)


def _owned_elsewhere(keys: list[str], end: int, trie: PhraseTrie) -> bool:
    """True if "of" after the people a verb trains (class ``party_trainee``, ending at key ``end``)
    names whose they are, and no party is among the next four words: "leaders of firms", "members
    of the football team"; "members of grassroots party organisations" stay a party's."""
    if end >= len(keys) or keys[end] != "of":
        return False
    party = trie.classes.get("party")
    after = range(end + 1, min(len(keys), end + 5))
    return not any(keys[t] == "party" or (party is not None and party.ends(keys, t)) for t in after)


def _plain_object(keys: list[str], t: int, trie: PhraseTrie) -> bool:
    """True if key ``t`` may stand inside the object of a verb of training or party work: a word
    (or number) that is no preposition, clause word or word of another sector ("training Lao
    energy officials" is energy)."""
    k = keys[t]
    if not k.isalnum() or k in _NOT_IN_OBJECT:
        return False
    hit = trie.longest(keys, t)
    return hit is None or hit[1][0] in (None, "party")


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
    if firsts is None or keys[i] in firsts or keys[i] == "scientific":  # r30g: "a scientific workshop on ..."
        return True  # a class of another kind: ask it as the rule does
    party = classes.get("party")
    return party is not None and bool(party.ends(keys, i))


# Agreed errors 9: what cadres are sent or received for ("officials for a two-week course",
# "on short-term training courses", "for training"); "study" only as a noun here ("for study")
_COURSE_HEADS = frozenset({"course", "training", "study", "internship"})
_ATTEND = frozenset({"attend", "join"})  # probe 39p2: "cadres to attend a course", as "for a course"
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


def _school_named_at(keys: list[str], t: int, trie: PhraseTrie, view: TextView | None) -> int | None:
    """The end of a party school's name starting at key ``t`` (an article, capitalised words, then
    a phrase of the class ``party_school``: "the Ho Chi Minh National Academy of Politics"), or None."""
    if view is None:
        return None
    n = len(keys)
    x = t + (t < n and keys[t] in _ARTICLES)
    for u in range(x, min(n, x + _ORGAN_NAME_SPAN)):
        end = _in_class(trie, "party_school", keys, u)
        if end > u:
            return end
        if not keys[u].isalpha() or not view.surface(u, u + 1)[:1].isupper():
            return None
    return None


def _training_at_party_school(keys: list[str], i: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if the training or course at key ``i`` is what people come to a party school for: "for",
    a few plain words, after a school of the class ``party_school`` ("send more officials to the Ho
    Chi Minh National Academy of Politics for short-term training"); probe 21. The school stays a
    mention of its own, as the set writes it ("to Nghệ An's political school for cadre training").
    "officials to the Moscow Power Engineering Institute for training" is anyone's schooling, "asked the
    Higher Party School for training materials" no one's going there."""
    t = i - 1
    while t >= 0 and i - t <= _COURSE_MODIFIERS and keys[t] != "for" and (keys[t].isalpha() or keys[t] == "-"):
        t -= 1
    if t < 1 or keys[t] != "for":
        return False
    end = t  # the school's name may go on past the class ("... Academy of Politics and Public Administration")
    while view is not None and end > 0 and t - end < _COURSE_MODIFIERS and (view.caps[end - 1] or keys[end - 1] in ("and", "of", "the")):
        if any(_in_class(trie, "party_school", keys, x) == end for x in range(max(0, end - _ORGAN_NAME_SPAN), end)):
            break
        end -= 1
    start = next((x for x in range(max(0, end - _ORGAN_NAME_SPAN), end) if _in_class(trie, "party_school", keys, x) == end), None)
    # the school is where people go ("send officials to the ... school"), not one asked for something
    return start is not None and "to" in keys[max(0, start - _ORGAN_NAME_SPAN) : start]


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
    # probe 39p2: cadres invited or sent "to attend" a course ("young cadres to attend a training course
    # in China"), as "for" one; "to attend the ceremony" is no course (the head is checked below)
    verb = t + 1 < n and keys[t] == "to" and keys[t + 1] in _ATTEND
    if t >= n or (keys[t] not in ("for", "on") and not verb):
        return None
    t += verb
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


#: probe 27: nouns of whole countries after "of the two" / "of both" (keys fold plurals)
_COUNTRY_NOUNS = frozenset({"country", "nation", "state", "people"})


def _of_the_countries(keys: list[str], t: int) -> bool:
    """True if keys from ``t`` read "of the two countries" ("of both nations", "of the two peoples"):
    bodies of the two countries, not of the parties ("ties between the youth organizations of the
    two countries" in a sentence that names a party; probe 27)."""
    if t >= len(keys) or keys[t] != "of":
        return False
    u = t + 1 + (t + 1 < len(keys) and keys[t + 1] == "the")
    return u + 1 < len(keys) and keys[u] in ("two", "both") and keys[u + 1] in _COUNTRY_NOUNS


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
        if pattern.endswith("{party_trainee}") and not (verbs.ends(keys, i) and (
                _party_sentence(keys, i, trie, view) and (pattern.startswith("{cadre_work}")
                                                          or _trainer_party(keys, i, trie, view))
                or pattern.startswith("{cadre_training}") and _at_party_school(keys, i, trie))):
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
                if got and state_only and (keys[max(got) - 1] in _PARTY_ONLY_TRAINEES or not _state_servants(keys, max(got))):
                    break  # r31c: plain "staff" are a party's only where a party trains them
                if got and not state_only and keys[max(got) - 1] in _PARTY_ONLY_TRAINEES and not _staff_trainer(
                        keys, i, max(got), trie, view):
                    break  # review 39: "the CPV delegation said the company will train more staff"
                if got and pattern == "{cadre_training} ... {cadre}" and _officials_among_others(keys, t, max(got), trie):
                    break  # r28a: "courses for Lao officials and teachers": training at large
                if got and t > e and pattern.endswith("{party_trainee}") and _in_class(trie, "service_modifier", keys, t - 1) == t:
                    break  # review 20: "train 200 police officers": a state's force, no party's people
                if got and pattern.endswith("{party_trainee}") and _at_service_school(keys, max(got), trie):
                    break  # lead 35: "the training of Lao officers at Vietnamese military academies"
                if got and pattern.endswith("{party_trainee}") and not state_only and _owned_elsewhere(keys, max(got), trie):
                    break  # "a school that trains leaders of firms": someone else's people
                if got and pattern == "{cadre_work} ... {party_trainee}" and t > e and keys[t - 1] in _OWNERS:
                    break  # "briefed the guests on the rotation of its leaders": one party's own affair
                if got and pattern == "{cadre_work} ... {party_trainee}" and _pair_of_heads(keys, t):
                    break  # review 17b: "the assessment of the two leaders on ties": their view
                if got:
                    return max(got), pattern
                if pattern == "{cadre_training} ... {cadre}" and keys[t] == "and" and t > e and _trainee_before(
                        keys, t, classes):
                    continue  # r28h: "fostering the province's leaders and civil servants": a list of whom
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
                if got and keys[t] == "office" and (keys[t - 1] not in _OFFICE_OWNERS or _owned_elsewhere(keys, max(got), trie)):
                    got = None  # r31c: "localities where the CPRF holds office" is no body; "the two offices" is;
                    # review 39: nor "the offices of the two news agencies" (no party after "of")
                if got and t > e + 1 and (t < e + 1 + _BODY_SPAN or view is None or not view.caps[t]) and (
                    # probe 21: past the span only a lower-case body ("the Ho Chi Minh academy"), not a
                    # word inside a longer name ("the Ho Chi Minh National Academy of Politics")
                    _party_sentence(keys, i, trie, view) or (keys[t - 1] in ("two", "their") and (
                        _party_before(keys, i, trie, view) or _body_named_before(keys, i, keys[t:max(got)], trie, view)
                        or _generic_organs_before(keys, i, keys[t:max(got)], trie, view)))
                ):
                    if _of_the_countries(keys, max(got)):
                        break  # probe 27: "ties between the youth organizations of the two countries"
                    m = max(got)
                    if m + 1 < n and keys[m] == "and":
                        # r32e: "between the Higher Party School and the Ho Chi Minh National Academy of
                        # Politics": the second body after "and" belongs to the same relation
                        u = m + 1 + (keys[m + 1] == "the")
                        school = classes.get("party_school")
                        m = max([*body.ends(keys, u), *(school.ends(keys, u) if school is not None else ())], default=m)
                    return m, "{relation} between ... {party_body}"
                if keys[t] in (",", "and") and t > e + 1 and keys[t - 1].isalpha() and members < _BODY_MEMBERS:
                    # a list of bodies whose last member is a party's: "between their think
                    # tanks, magazines and Party newspapers"
                    t += 1 + (keys[t] == "," and t + 1 < n and keys[t + 1] == "and")
                    if t < n and keys[t] in _DETERMINERS_IN_LIST:
                        school = _school_named_at(keys, t, trie, view)
                        if keys[t] == keys[e + 1] == "the" and keys[t - 1] == "and" and school is not None:
                            # round 23b: "between the HCMA and the Higher Party School": a pair, each
                            # with "the", whose second is a party's school by name; probe 21: its name
                            # may open with its own words ("the Kaysone Phomvihane National Academy of Politics")
                            return school, "{relation} between ... {party_school}"
                        break  # "between the two countries, their firms and ...": not one list of bodies
                    last, members = min(n, t + _BODY_SPAN), members + 1
                    continue
                if keys[t] in _NOT_IN_OBJECT or not keys[t].isalpha():
                    break
                if view is not None and view.possessive(t + 1) and not (
                    isinstance(party, SpanClass) and any(t + 1 in party.by_start.get(x, ()) for x in range(e + 1, t + 1))
                ):
                    break  # "between the two countries' schools": bodies that are not the parties' own
                if view is not None and view.caps[t] and keys[t] != "party" and t - e <= _ORGAN_NAME_SPAN:
                    last = min(n, max(last, t + 3))  # probe 21: a name's words ("the Ho Chi Minh academy")
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
                (term := trie.longest(keys, e)) is None or term[0] <= e + 2  # r27a: bare "study at" is a term now
            ) and (keys[e + 1] == "at" or view is None or view.surface(e + 2, e + 3)[:1].isupper()):
                # round 22b: a party's officials who study somewhere are trained there ("CPRF officials
                # study at seminars in Hanoi"); "customs officials study at" is no party's, and a term
                # from the verb on ("study at the {party_school}") reads itself; review 15: "study in"
                # needs a place after it ("in Hanoi"), not "in detail"
                return e + 2, "{cadre} study at"
            sent = _sent_to_course(keys, e, trie, view)
            if sent is not None and (_party_sender(keys, i, trie, view) or (
                    keys[e] == "to" and _in_class(trie, "party_cadre", keys, i) == e)):
                # probe 39p2: a party's own people by their noun ("cadres", "party members": class
                # ``party_cadre``) going "to attend" a course or "to study" somewhere need no party in the
                # sentence, as "cadres for training" (a term; e247: "send our young party members to study
                # in Vietnam")
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
        # r30g: "scientific" before the event is its kind, as in the lexicon's "scientific {doctrine_event}
        # on {doctrine}" ("a scientific workshop on Party building"): the one party mention starts there
        ends = event.ends(keys, i + 1) if keys[i] == "scientific" and i + 1 < n else event.ends(keys, i)
        for e in ends:
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


#: probe 38p4: nouns of any body, which name no kind of organ ("the two agencies"; keys: singular)
_GENERIC_ORGANS = frozenset(key_stream("agency body organ")[2])


def _generic_organs_before(keys: list[str], i: int, body: list[str], trie: PhraseTrie, view: TextView | None) -> bool:
    """True if "the two agencies" (a noun of :data:`_GENERIC_ORGANS`) points back to organs of parties
    named in one of the :data:`_BODY_BACK` sentences before (probe 38p4: the lead names "the Party
    Central Committee's Commission for External Relations" and "the International Department of the
    CPC Central Committee", a later paragraph "the cooperation plan between the two agencies"): the
    noun names no kind of organ, so it stands for the organs named last, read as
    :func:`_party_before` reads them. Not when the noun itself is used in that reach ("the Vietnam
    News Agency ... the two agencies": :func:`_body_named_before` judges those)."""
    if view is None or len(body) != 1 or body[0] not in _GENERIC_ORGANS:
        return False
    a = _sentence_start(keys, i)
    if body[0] in keys[max(0, a - _BODY_BACK_KEYS) : a]:
        return False
    # the reach in full sentences, as :func:`_body_named_before` counts them (a name's bracket,
    # "(CPC)", cuts no sentence), in the shorter steps :func:`_party_before` takes
    s = _reach_start(keys, a)
    back, t = 0, a
    while t > s and t >= 2:
        t, back = _sentence_start(keys, t - 1), back + 1
    return back > 0 and _party_before(keys, i, trie, view, back)


def _reach_start(keys: list[str], a: int) -> int:
    """The first key of the :data:`_BODY_BACK` full sentences before key ``a`` (a sentence's start),
    within :data:`_BODY_BACK_KEYS` keys; sentences end at a full stop only ("(HCMA)" cuts none)."""
    s, ends = a, 0
    while s > 0 and a - s < _BODY_BACK_KEYS:
        if keys[s - 1] in _FULL_STOPS:
            ends += 1
            if ends > _BODY_BACK:
                break
        s -= 1
    return s


#: review 35: nouns of a place of study other than a party school (keys: singular)
_STUDY_PLACES = frozenset(key_stream("university college institute school")[2])


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
    s = _reach_start(keys, a)
    for t in range(s, a - 1):
        if keys[t : t + len(body)] != body:
            continue
        if _party_sentence(keys, t, trie, view) and (
            not view.caps[t] or view.initial[t] or _party_in_name(keys, t, trie, view)
        ):
            return True
        if any(_in_class(trie, "party_school", keys, x) > t for x in range(max(s, t - _ORGAN_NAME_SPAN), t + 1)):
            return True
    if body == ["school"]:
        # r30a: "the two schools" is the generic noun of any place of study, so it also points back to
        # a party school named by another noun ("the Ho Chi Minh National Academy of Politics and RANEPA
        # signed ... cooperation between the two schools")
        # (review 35: unless another place of study is named after it, which the two are: "... Hanoi
        # University and Kazan Federal University signed a deal on cooperation between the two schools")
        ends = [e for x in range(s, a - 1) if (e := _in_class(trie, "party_school", keys, x)) > x]
        return bool(ends) and not any(k in _STUDY_PLACES for k in keys[max(ends) : i])
    return False


# Round 24a: the organisations of workers whose officials are no party's cadres, as key pairs
_LABOUR_UNIONS = frozenset({("trade", "union"), ("labour", "union"), ("labor", "union")})


def _labour_union_within(keys: list[str], i: int, j: int) -> bool:
    """True if keys ``i:j`` (a party term of trained cadres) name a labour union's officials
    ("training of trade union officials"); "training of young party officials" is untouched."""
    return any(tuple(keys[t : t + 2]) in _LABOUR_UNIONS for t in range(i, j - 1))


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


# Units of a party before "in" and its firms ("Party cells in enterprises"). Not the lexicon's class
# party_unit (sectors.yml: "organisation", "organ", "apparatus" after "Party" in party work): the two
# lists differ in members and in the rule they serve.
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


#: review 41: words that tie a course to who holds it, and keys after them to its holder
_COURSE_HOLDERS = frozenset({"between", "with", "at", "of"})
_COURSE_HOLDER_KEYS = 4


def _course_of_others(keys: list[str], e: int, trie: PhraseTrie) -> bool:
    """Review 41: True if "between/with/at/of" after the course ending at key ``e`` leads, within
    :data:`_COURSE_HOLDER_KEYS` keys, to an education term before any party or party school: "the
    training cooperation between Vietnamese and Russian universities" is the universities', even in a
    sentence naming the Party. "Training cooperation with the Higher Party School" stays the party's."""
    if e >= len(keys) or keys[e] not in _COURSE_HOLDERS:
        return False
    party = trie.classes.get("party")
    for t in range(e + 1, min(len(keys), e + 1 + _COURSE_HOLDER_KEYS)):
        if keys[t] == "party" or _party_school_at(keys, t, trie) or (party is not None and party.ends(keys, t)):
            return False
        hit = trie.longest(keys, t)
        if hit is not None and isinstance(hit[1], tuple) and hit[1][0] == "education":
            return True
    return False


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
    if _course_of_others(keys, end, trie) and _between_party_schools(keys, end, trie) is None:
        return None  # review 41: not "between the two schools" after a party's school named before
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
    if keys[t] in _PAIR_WORDS and t + 1 < n and (keys[t + 1] in _PLACE_NOUNS or keys[t + 1] in ("side", "party")):
        return False  # probe 37p1: "the party schools of the two sides": the pair's own ("of both armies" stays)
    return _in_class(trie, "party", keys, t) == t


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
            if keys[max(ends) - 1] in _PARTY_ONLY_TRAINEES:
                return False  # r31c: "training its staff" near a party is no party's training by itself
            return not _owned_elsewhere(keys, max(ends), trie) and not _service_owned(keys, i, t, trie)
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


# r27a: how far from a course the officials it is for may stand ("more than 400 leading officials
# from Vietnamese ministries and provinces had attended short-term courses")
_COURSE_CADRE_REACH = 12


def _other_trainee(keys: list[str], u: int, trie: PhraseTrie) -> int:
    """End of a noun of people trained at large at key ``u`` (classes :data:`_OTHER_TRAINEE_CLASSES`:
    "teachers", "engineers", "students"), or ``u`` if none."""
    return max(_in_class(trie, c, keys, u) for c in _OTHER_TRAINEE_CLASSES)


def _officials_among_others(keys: list[str], t: int, e: int, trie: PhraseTrie) -> bool:
    """r28a: True if the cadres of keys ``t:e`` are plain "officials" joined by "and", "or" or a
    comma to another occupation trained with them (:data:`_OTHER_TRAINEE_CLASSES`), after them or
    before, one modifier allowed ("officials and young teachers", "teachers and officials"):
    training of people at large, no party's cadre training. "Cadres", "party officials" are not
    touched, nor (review 30) a list that "of" and a party close ("officials and lecturers of the
    LPRP" are the party's people)."""
    if keys[e - 1] not in _PLAIN_OFFICIALS or "party" in keys[max(0, t, e - 3):e]:
        return False
    n = len(keys)
    end = 0
    if e < n and keys[e] in _LIST_JOIN:
        end = next((x for u in range(e + 1, min(n, e + 3)) if (x := _other_trainee(keys, u, trie)) > u), 0)
    b = e - 1  # the word "officials"
    if not end and b >= 2 and keys[b - 1] in _LIST_JOIN and _other_trainee(keys, b - 2, trie) == b - 1:
        end = e
    # review 30: "... of the LPRP" after the list: the party's people (_owned_elsewhere is False)
    return bool(end) and not (end < n and keys[end] == "of" and not _owned_elsewhere(keys, end, trie))


def _course_of_cadres(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """r27a: True if a course the education lexicon lists that is also of the class ``party_course``
    ("short courses", "short-term courses") is no schooling here: the means of a training named
    before it ("the training of propaganda officials through short courses": one mention, the
    training), a course in a sentence that names a party (:func:`_party_course` reads it), or one
    for officials or cadres near it (class ``cadre``: "officials ... attended short courses at
    RANEPA", marked party or left out in the set). Courses for others stay schooling ("host short
    courses for Vietnamese notaries and bailiffs")."""
    if _in_class(trie, "party_course", keys, i) < j:
        return False
    if i > 0 and keys[i - 1] in ("through", "via"):
        return True
    if _party_sentence(keys, i, trie, view):
        return True
    a, b = _sentence_start(keys, i), _sentence_end(keys, j)
    return any(_in_class(trie, "cadre", keys, t) > t and not _officials_among_others(
        keys, t, _in_class(trie, "cadre", keys, t), trie)  # r28a: "courses for officials and teachers"
               for t in range(max(a, i - _COURSE_CADRE_REACH), min(b, j + _COURSE_CADRE_REACH)))


#: review 29 (_training_back): subjects that point back to the party that trains
_BACK_PRONOUNS = frozenset({"it", "they", "we"})
# r27b: plain words between a verb of training and the staff it trains ("training more personnel")
_TRAINING_BACK_SPAN = 2


def _training_back(keys: list[str], i: int, trie: PhraseTrie, hits: list[list]) -> int | None:
    """The end of a verb of training (class ``cadre_training``) at key ``i`` and the staff it trains
    (class ``trained_staff``: "personnel", "staff"), within :data:`_TRAINING_BACK_SPAN` plain words,
    right after a sentence that told of a party's cadre training (a party mention of ``hits`` whose
    rule trains: 'United Russia will train 30 Vietnamese party officials. "Training personnel for
    our Vietnamese friends is practical," Kirillova said'): the same training; else None.

    Not after a sentence of no party training ("The CPV and the CPRF held talks. The plant will train
    staff."), nor a group's own staff ("training its staff", "our personnel": an owner before), nor a
    training with a subject of its own ("The plant will train more staff" after the party's: review 29;
    a pronoun pointing back, "it will train", is the party's)."""
    train, staff = trie.classes.get("cadre_training"), trie.classes.get("trained_staff")
    if train is None or staff is None or not hits:
        return None
    ends = train.ends(keys, i)
    if not ends:
        return None
    e = max(ends)
    got = None
    for t in range(e, min(len(keys), e + _TRAINING_BACK_SPAN + 1)):
        if keys[t] in _OWNERS:
            return None
        found = staff.ends(keys, t)
        if found:
            got = max(found)
            break
        if not keys[t].isalpha() or keys[t] in _NOT_IN_OBJECT:
            return None
    if got is None:
        return None
    a = _full_sentence_start(keys, i, _SENTENCE_SCAN)
    if a < 2 or not (all(k in _QUOTE_KEYS for k in keys[a:i]) or any(k in _BACK_PRONOUNS for k in keys[a:i])):
        # review 29: only a training with no subject of its own, opening its sentence ('"Training
        # personnel ..."'), or one whose subject points back ("This year it will train more staff");
        # "The plant will train more staff" is the plant's
        return None
    b = _full_sentence_start(keys, a - 2, _SENTENCE_SCAN)
    for h in reversed(hits):
        if h[1] < b:
            return None
        if h[0] == "party" and h[1] < a and "train" in h[3]:
            return got
    return None


_SENTENCE_SCAN = 80  # r27b: keys looked back for a full stop (a sentence of news copy is shorter)


#: probe 35p7: words that may follow a passive "trained" with no object: places, times, agents and
#: manners ("cadres trained at the academy", "in Hà Nội", "by the school", "last year", "abroad")
_AFTER_PASSIVE = (_PHRASE_ENDS | _PREPOSITIONS | _WHEN | frozenset(
    "by under over through during since as with abroad here there so annually each every".split()))


def _cadres_who_train(keys: list[str], j: int) -> bool:
    """probe 35p7: True if the term "{party_cadre} trained" ending at key ``j`` has an object after
    it: the cadres train someone ("Party cadres trained local farmers"), no cadres trained. The
    participle with a place, a time, an agent or nothing after it is the passive ("the number of Lao
    cadres trained at Vietnamese political academies", "the cadres trained by the academy")."""
    return j < len(keys) and keys[j][:1].isalpha() and keys[j] not in _AFTER_PASSIVE

