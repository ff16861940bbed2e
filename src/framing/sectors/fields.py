"""Actor or field: when a sector word names an institution, an office, people or a body, not a field.

An office's remit ("the energy minister", "ministry of health"), one person's expertise, people
trained in a field, a body a person heads, one institution or entity of the story, firms described
by their line of business, occupations and workers, the Navy, the bodies addressed, exclusions that
hold or are waived. :func:`_actor_not_field` gathers the actor readings (places from
:mod:`framing.sectors.places`); :func:`framing.sectors.matcher.match_keys` and the table of
:mod:`framing.sectors.checks` call these rules.
"""

from __future__ import annotations

import re

from framing.lexicons.counts import is_count
from framing.lexicons.matching import PhraseTrie, key_stream
from framing.lexicons.names import TextView, load_names
from framing.lexicons.wordlists import MONTHS, SMALL_NUMBER_WORDS, load_stopwords
from framing.sectors._common import (
    _APPROXIMATE,
    _ARTICLES,
    _NOT_PLAIN,
    _OBJECT_OPENERS,
    _OWNERS,
    _PHRASE_ENDS,
    _PREPOSITIONS,
    _SENTENCE_END,
    _SUBJECT_NEXT,
    _SUBJECT_VERBS,
    _TRAINED_OPENERS,
    _before_noun,
    _both_sides_after,
    _hyphened,
    _in_class,
    _intends,
    _modifies_next,
    _name_after,
    _sentence_end,
    _sentence_start,
    _singular_surface,
    _word_before_head,
)
from framing.sectors.cadres import _party_in_phrase, _the_partys, _trains_party_people
from framing.sectors.figures import _COPULAS, _ECONOMY_MOVES, _SUBJECT_AUXILIARIES, _figure_moves
from framing.sectors.party import _party_near, _party_sentence
from framing.sectors.places import (
    _STUDY_HEADS,
    _apposed_body,
    _apposed_place,
    _country_adjective,
    _country_keys,
    _former_place,
    _marketplace,
    _named_facility,
    _of_a_place,
    _one_room,
    _place_actor,
    _place_described,
    _visited_place,
    _visited_works,
    _workers_of_a_place,
    _workers_of_an_event,
)

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

#: probe 18: posts that a field's word right before them names ("Việt Nam's trade representative in
#: Russia", "the trade representatives"), as keys. Only before: not an office of names.yml, whose
#: "<office> of" would also take "representatives of the Vietnamese community" (people, a field)
_POSTS_BEFORE = frozenset({"representative"})
#: probe 38p3: keys before a verb of training that make it a noun or a portfolio's member ("the
#: training minister", "the education and training minister")
_NOT_BEFORE_VERB = frozenset({"and", ",", "/", "the", "a", "an", "its", "their", "his", "her", "our", "whose"})
#: review 54: offices a verb of training does not take as its object, a portfolio's head or seat ("the
#: Vietnamese training minister", "Laos's training ministry": the office's remit, as before probe 38p3);
#: review 55: after the noun "training" only ("will train deputy ministers" is the verb and its object)
_PORTFOLIO_HEADS = frozenset({"minister", "ministry", "deputy", "vice"})
#: probe 27: one person's expertise named before the person, as "energy analyst" (``offices``):
#: "an Asian Development Bank energy specialist, Sarah Lim, said"; singular surfaces only, since
#: keys fold plurals and "send energy specialists", "exchange health experts" stay a field
_ONE_EXPERT = frozenset({"specialist", "expert",
                         # probe 38p3: one person's subject or remit as a post ("a former physics
                         # lecturer", "Economic adviser to the embassy X"); plural "exchange
                         # lecturers", "military advisers" stay; not "teacher" ("a former school
                         # teacher" keeps r30d's school)
                         "lecturer", "adviser", "advisor"})
#: review 29: groups an expert word modifies ("send an energy expert team", "a nuclear expert group"), keys
_EXPERT_GROUPS = frozenset({"team", "group", "delegation", "mission", "panel", "council", "committee", "network"})


def _office_around(keys: list[str], i: int, j: int, offices, trie: PhraseTrie | None = None,
                   view: TextView | None = None) -> bool:
    """True if keys ``i:j`` name the field of an office: "energy minister", "ministry of health",
    "the departments of foreign affairs", and (with the lexicon's ``trie`` and the text's ``view``)
    a later member of an office's remit: "professors of physics and economics"."""
    if j < len(keys) and (offices.longest(keys, j) is not None or keys[j] in _POSTS_BEFORE):
        # probe 38p3: a verb of training before the office is the verb, its object the office's
        # people ("help Laos train police officers"), not the office's field ("transport police");
        # not after an article or inside a portfolio ("the education and training minister")
        verbs = trie.classes.get("cadre_training") if trie is not None else None
        if (verbs is None or (hit := verbs.longest(keys, i)) is None or hit[0] != j
                or i > 0 and keys[i - 1] in _NOT_BEFORE_VERB or keys[j] in _PORTFOLIO_HEADS and keys[j - 1] == "training"):
            return True
    if j < len(keys) and view is not None and view.surface(j, j + 1).lower() in _ONE_EXPERT and (
        j + 1 >= len(keys) or keys[j + 1] not in _EXPERT_GROUPS  # review 29: "an energy expert team" is the field
    ):
        return True  # probe 27: "an ADB energy specialist, Sarah Lim,": one person's expertise
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
                    # r28g: or a unit named by its fields ("the departments of foreign affairs,
                    # commerce and health"), as the first member is (_UNITS_OF above)
                    return end > t + 1 and (any((hit := offices.longest(keys, a)) is not None and hit[0] == t
                                                for a in range(max(0, t - 2), t))
                                            or t >= 1 and keys[t - 1] in _UNITS_OF)
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
    # r31i: a remit after "committee on/for" in a person's seat on it ("who also sits on the State
    # Duma's committee on international affairs", "a member of the committee for education"); "the
    # joint committee on trade will meet" (no seat) is untouched
    if i >= 3 and keys[i - 2] == "committee" and keys[i - 1] in ("on", "for"):
        t = i - 3
        while t > 0 and keys[t] != "the" and view.caps[t] and keys[t].isalpha() and t > i - 7:
            t -= 1
        if keys[t] == "the" and t >= 2:
            if (keys[t - 2 : t] in _SEAT_KEYS and not _country_holds_seat(keys, t - 2)) or (
                keys[t - 1] in _HEADING_VERBS and view.surface(t - 1, t).lower().endswith("s")):
                return True
    if j >= len(keys) or keys[j] not in _BODY_NOUNS:
        return False
    for t in range(i - 2, max(-1, i - 6), -1):
        if keys[t : t + 2] == ["of", "the"] and t >= 1:
            head = keys[t - 1] in _BODY_HEADS or _in_class(trie, "institution_head", keys, t - 1) == t
            return head and all(view.caps[x] and keys[x].isalpha() for x in range(t + 2, i))
    # r29i: the same after a verb of heading ("X, who also chairs the foreign relations committee of
    # the Legislative Assembly", "she heads the Duma education committee"): the person's post
    for t in range(i - 1, max(-1, i - 5), -1):
        if keys[t] == "the" and t >= 1:
            return keys[t - 1] in _HEADING_VERBS and view.surface(t - 1, t).lower().endswith("s") and all(
                view.caps[x] and keys[x].isalpha() for x in range(t + 1, i))
    return False


# r29i: verbs of one person's standing post over a body named by its remit, present singular only
# ("who chairs the energy committee"); "the two ministers chaired the trade committee" is a meeting
_HEADING_VERBS = frozenset(key_stream("chairs heads leads")[2])  # as keys; the surface must end in -s
#: r31i: keys of a seat on a body ("sits on the committee on ...", "a member of the committee for ...")
_SEAT_KEYS = [key_stream(w)[2] for w in ("sits on", "serves on", "member of")]
#: review 41: keys back from a seat to the country that may hold it ("Russia became a member of")
_SEAT_HOLDER_KEYS = 5


def _country_holds_seat(keys: list[str], s: int) -> bool:
    """Review 41: True if a country names.yml knows opens within :data:`_SEAT_HOLDER_KEYS` keys before
    the seat words at key ``s``, with no "who" between: "Russia became a member of the committee for
    trade" is a state's place in a body working on that field, no person's title. "A deputy who sits
    on the committee on energy", "Russia's envoy, who sits on ..." stay titles."""
    countries = _country_keys()
    for t in range(s - 1, max(-1, s - 1 - _SEAT_HOLDER_KEYS), -1):
        if keys[t] in ("who", "whom"):
            return False
        if any(tuple(keys[t : t + len(c)]) == c for c in countries):
            return True
    return False


_NAMED_BACK_KEYS = 400  # keys back to the name an institution's noun points to (a short report's length)


def _name_ends(keys: list[str], t: int, head: str, view: TextView) -> bool:
    """True if key ``t`` is the noun ``head`` closing a capitalised name ("Higher Party School"), not
    a sentence's first word (review 41: one test for :func:`_named_before` and
    :func:`_institution_named_before`)."""
    return keys[t] == head and view.caps[t] and view.caps[t - 1] and not view.initial[t] and keys[t - 1].isalpha()


def _named_before(keys: list[str], i: int, head: str, view: TextView) -> bool:
    """r31i: True if a capitalised name ending in the noun ``head`` ("Higher Party School") stands
    within :data:`_NAMED_BACK_KEYS` keys before key ``i``."""
    return any(_name_ends(keys, t, head, view) for t in range(i - 1, max(0, i - _NAMED_BACK_KEYS), -1))


def _pointed_back(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView | None = None) -> bool:
    """True if the match ``i``..``j`` is only a place of study (class ``pointed_institution``) that "the
    two", "both", "this" or "these" points back to, outside a relation "between"/"among" them: "the
    two schools would sign a memorandum" names the schools of the story, not schooling as a field.
    Round 18: so does one place of study (singular, with a ``view``) after "his", "her", "its",
    "their" or "our" ("his university would grant scholarships") or after "the" before a verb it
    is the subject of ("the university has trained 500 engineers"); "our universities", "the
    university sector" are untouched. r32c: museums and theatres (class ``pointed_venue``) the same way
    ("specialists of the two museums would hold seminars"); "exchanges between the two museums" stays."""
    if i < 1 or j not in (_in_class(trie, "pointed_institution", keys, i), _in_class(trie, "pointed_venue", keys, i)):
        return False
    one = view is not None and not view.surface(j - 1, j).lower().endswith("s")
    if keys[i - 1] in ("this", "these", "both"):
        if keys[i - 1] == "both" and j < len(keys) and keys[j] in ("and", "or", ","):
            return False  # "both schools and hospitals": "both" joins two fields, it points at nothing
        a = i - 1
    elif (one and keys[i - 1] in ("his", "her", "its", "their", "our")) or (
        keys[i - 1] == "the" and j < len(keys) and keys[j] in _SUBJECT_VERBS and (one or (
            # r31i: plural too when the text named such a school before ("the Higher Party School
            # ... the schools could exchange lecturers"); not "The universities will offer courses"
            view is not None and _named_before(keys, i, keys[j - 1], view)))
    ):
        a = i - 1
    elif i >= 2 and keys[i - 2 : i] == ["the", "two"]:
        a = i - 2
    else:
        return False
    return not (a >= 1 and keys[a - 1] in ("between", "among"))


# The lead's round 44: the relation nouns whose partners after "between", "among" or "with" may be
# institutions ("exchanges between their universities", "cooperation with Vietnamese universities")
_TIE_NOUNS = frozenset(key_stream(
    "cooperation collaboration exchanges links ties partnerships twinning relations relationship connections contacts"
)[2])
_TIE_VERBS = frozenset(key_stream("twin twins twinning twinned")[2])
# verbs and nouns of building or opening the institution ("help build schools", "the construction of schools")
_BUILT = frozenset(key_stream(
    "build builds building built construct constructs constructing constructed construction upgrade "
    "upgrades upgrading upgraded renovate renovating renovated equip equipping equipped open opens "
    "opening opened establish establishes establishing established establishment found founded founding "
    "develop developing modernise modernize modernising modernizing"
)[2])
_BUILD_REACH = 5  # keys from a building word to what it builds ("help build three more boarding schools")
# words that end the clause a tie would be in: a report's verb or a conjunction ("..., while Russian universities")
_CLAUSE_WORDS = frozenset(key_stream("said say told noted stressed added while whereas where when but because although")[2])
_PLACE_PREPS = frozenset({"at", "in", "from", "into", "to"})  # "study at Russian universities": where, whatever tie is further back
_TIE_SPAN = 10  # keys from the join word to the institution: "between the two countries, their firms and their schools"
# what ends the clause a tie would be in: a sentence's end and "to" ("ties between localities, and to welcome
# more students to universities"); a comma only before any "and" of a list (_no_tie_before)
_TIE_CLAUSE_ENDS = _SENTENCE_END | {"to", "which", "that", "who"}
_TIE_JOINS = frozenset({"between", "among", "with"})


def _untied_institution(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if the match ``keys[i:j]`` is only institutions or carriers (class ``tie_institution``:
    universities, schools, high schools, colleges, airlines, airports, learners) that are not the
    partners of a tie.

    The lead's round 44: such a word names who acts or where something happens ("studying at Russian
    universities", "Russian universities will admit more students", "as airlines add direct flights"),
    not a field; the field is what is done there ("scholarships", "training", "direct flights"). The
    tuned parts require bare "universities" 128 times in 497, leave it optional 186 times and unmarked
    183; the parts never tuned on (heldout155-176) leave it unmarked 40 times in 42. It counts as the
    partners of a tie, up to :data:`_TIE_SPAN` keys before it in its clause: after a relation noun and
    "between", "among" or "with" ("expand exchanges between their universities", "cooperation with
    Vietnamese universities"), after "twinning", or when it is built or opened ("help build schools in
    northern Laos", "the construction of boarding schools"; :func:`_no_tie_before`). Not after other
    nouns ("agreements were signed between universities of the two countries", "joint programmes
    between universities": the parts never tuned on leave them unmarked). A member of a list after a
    mention of the same field is a field too ("ports and airports": ``checks._field_list_member``).
    One institution in the singular after a capitalised word that does not open the sentence, outside
    a tie, is a place ("charter flights to Cam Ranh airport", "a conference at a Moscow university");
    other single ones are left to the rules of one place. A kind of school before the plural is no
    exception ("Russian medical universities", "Vietnamese secondary schools": the parts never tuned on
    leave them unmarked as well), but kinds the lexicon lists as terms of their own ("vocational
    schools", "technical colleges") are matched whole and stay."""
    if view is None or _in_class(trie, "tie_institution", keys, i) != j:
        return False
    if not view.surface(j - 1, j).lower().endswith("s"):
        # one named airport or school is a place ("charter flights to Cam Ranh airport"); else the
        # rules of one place decide ("university places", "airport fees")
        return i >= 1 and view.caps[i - 1] and _sentence_start(keys, i - 1) != i - 1 and _no_tie_before(keys, i, j)
    return _no_tie_before(keys, i, j)


def _no_tie_before(keys: list[str], i: int, j: int | None = None) -> bool:
    """True if no tie, twinning or building takes the institution at keys ``i:j`` (:func:`_untied_institution`).

    Scanned back up to :data:`_TIE_SPAN` keys: a relation noun right before "between", "among" or
    "with", or a few keys before it with "of" or "in" ("exchanges of students and lecturers between
    universities"); "twinning"; a building word within :data:`_BUILD_REACH` keys or before a list the
    institution ends ("help build roads, schools and clinics"; not "build on", nor the "opening ceremony"
    of a sentence). A place preposition right before ("study at Russian universities"), a comma before
    any "and" when the institution is no list member, a report's verb or a conjunction end the scan."""
    passed_and = False
    for k in range(i - 1, max(-1, i - _TIE_SPAN - 1), -1):
        key = keys[k]
        if key in _TIE_JOINS:
            if k >= 1 and keys[k - 1] in _TIE_NOUNS:
                return False
            return not any(keys[m] in _TIE_NOUNS and keys[m + 1] in ("of", "in") for m in range(max(0, k - 6), k - 1))
        if key in _TIE_VERBS:
            return False  # twinned institutions are the tie ("proposed twinning schools")
        if key in _BUILT and (i - k <= _BUILD_REACH or passed_and) and not (k + 1 < len(keys) and keys[k + 1] == "on"):
            return False  # schools built or upgraded are aid to schooling ("build three more boarding schools")
        if key in _PLACE_PREPS and not passed_and:
            return True
        if key in ("and", "or"):
            passed_and = True
        if key == "," and not passed_and and not (j is not None and j < len(keys) and keys[j] in (",", "and", "or")):
            break  # "thanks to the ties between the two countries, Russian universities now admit ..."
        if key in _TIE_CLAUSE_ENDS or key in _CLAUSE_WORDS:
            break
    return True


# bodies that "research" names the kind of ("Russian research institutes", "research centres")
_RESEARCH_BODIES = frozenset(key_stream("institutes institutions centres centers organisations organizations")[2])


def _untied_research_body(keys: list[str], i: int, j: int) -> bool:
    """True if the match is "research" naming the kind of institutes or centres that act or host, outside
    a tie, as :func:`_untied_institution` reads universities (the lead's round 44: "expand training for
    Vietnamese medical staff at Russian research centres", "agreements with 18 Russian universities and
    research institutes"; the tuned parts and heldout155-176 require it 5 times in 35, 20 optional).
    The bodies are institutes, institutions, centres or organisations, in either number. "Closer ties
    between their research institutes" and "joint research" keep science; "set up a joint research
    centre" is left out with it (review 58)."""
    return keys[i:j] == ["research"] and j < len(keys) and keys[j] in _RESEARCH_BODIES and _no_tie_before(keys, i, j + 1)


_THANKS = frozenset(key_stream("thanked thank thanks thanking")[2])  # as matching keys


def _thanked_institution(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if the match ``keys[i:j]`` is one place of study (class ``pointed_institution``, in the
    singular) right after "thanked the": "thanked the university for its support" names an actor,
    not schooling as a field (round 21). The plural ("thanked the universities of both countries
    for cooperation in education") and other bodies are untouched. Not the alma mater: the set
    marks "graduates of Soviet and Russian universities" (e80, e132, e211, ...)."""
    if _in_class(trie, "pointed_institution", keys, i) != j or i < 2 or view is None:
        return False
    if view.surface(j - 1, j).lower().endswith("s"):
        return False
    if keys[i - 1] == "the" and keys[i - 2] in _THANKS:
        return True
    if keys[i - 1] == "the" and keys[i - 2] == "to" and _given_before(keys, i - 2):
        return True  # r28h: "presented computers and teaching equipment to the school": who received them
    # probe 24: over one adjective, "thanked the Russian university for hosting the delegation"
    return i >= 3 and keys[i - 2] == "the" and keys[i - 3] in _THANKS and keys[i - 1].isalpha() \
        and keys[i - 1] not in _NOT_PLAIN


# r28h: verbs of giving whose receiver "to the <school>" is an actor, not schooling as a field
_GIVING = frozenset(key_stream("presented donated gave handed granted delivered presenting donating handing")[2])
_GIVING_SPAN = 12  # keys before "to" searched for the verb, within the clause


def _given_before(keys: list[str], t: int) -> bool:
    """True if a verb of giving stands up to ``_GIVING_SPAN`` keys before "to" at ``t``, in its clause."""
    for k in range(t - 1, max(-1, t - _GIVING_SPAN), -1):
        if keys[k] in _GIVING:
            return True
        if keys[k] in (".", ";", ":"):
            return False
    return False


def _served_as(keys: list[str], i: int) -> bool:
    """True if the match at key ``i`` comes right after "who served as", "who had served as" or
    "having served as" (and an article): "veterans who served as military advisers in Việt Nam"
    describes people by a role they held, actors (the set marks such past roles borderline at most:
    e278, e348), no field. A thing that serves as something ("the university serves as a training
    centre") is untouched."""
    t = i - 1 if i >= 1 and keys[i - 1] in _ARTICLES else i
    return t >= 3 and keys[t - 1] == "as" and keys[t - 2] == "served" and keys[t - 3] in ("who", "had", "having")


#: probe 39p3: keys that may stand between "worked" and the field of a person's past work ("who worked
#: for 20 years in the oil industry", "who had worked at the energy ministry"); digits too
_WORKED_SPAN = frozenset("for year years decade decades over more than almost nearly about many several some "
                         "in at the a an".split())
_WORKED_REACH = 8  # keys back from the match to "worked"


def _worked_in(keys: list[str], i: int) -> bool:
    """Probe 39p3: True if the match at key ``i`` is where a person worked, in a relative clause of
    his past ("Nguyễn Hữu Thành, who worked for 20 years in the oil industry in Siberia before
    founding a trading company"): "who", "had" or "having" and "worked", then only words of time
    and "in"/"at" (:data:`_WORKED_SPAN`), and "in" or "at" (and an article) right before the match.
    The words of the place before the match are read over ("the oil industry": its "industry"). A
    person's record, as "who served as" (:func:`_served_as`; tuned parts: "who served/worked"
    21 of 21 unmarked). Untouched: "Vietnamese workers now work in the oil industry" (no past
    "worked" after "who"), "who worked to expand energy cooperation" ("to" is no place)."""
    t = i
    while t > i - 3 and t >= 1 and keys[t - 1].isalpha() and keys[t - 1] not in _WORKED_SPAN and keys[t - 1] != "worked":
        t -= 1  # the words of the place before the match ("the oil industry": "industry" after "oil")
    t = t - 1 if t >= 1 and keys[t - 1] in _ARTICLES else t
    if t < 3 or keys[t - 1] not in ("in", "at"):
        return False
    for u in range(t - 2, max(0, t - 1 - _WORKED_REACH), -1):
        if keys[u] == "worked":
            return u >= 1 and keys[u - 1] in ("who", "had", "having")
        if keys[u] not in _WORKED_SPAN and not keys[u].isdigit():
            return False
    return False


def _on_behalf_of(keys: list[str], i: int) -> bool:
    """True if the match at key ``i`` comes right after "on behalf of" (and an article): "on behalf
    of the students" names whom a speaker represents, actors, no field (round 21)."""
    t = i - 1 if i >= 1 and keys[i - 1] in _ARTICLES else i
    return t >= 3 and keys[t - 3 : t] == ["on", "behalf", "of"]


def _singular(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is a term of the class ``plural_only`` written in the
    singular: "the locality" is one place, while "localities" (ties between places) is the field."""
    if _in_class(trie, "plural_only", keys, i) != j:
        return False
    word = view.surface(j - 1, j).lower().replace("\u2019", "'")
    return not word.removesuffix("'s").removesuffix("'").endswith("s")


_REPORTED_ON = frozenset({"on", "about", "of"})  # "briefed the host on", "informing the delegation of"
_STATE_WORDS = frozenset({"local", "current", "overall", "general"})  # "the local socio-economic situation"
# r26a: nouns of a country's own record ("praised Việt Nam's achievements in socio-economic development")
_ACHIEVEMENTS = frozenset(key_stream("achievements successes accomplishments progress strides")[2])
#: Round 25a: verbs of helping a body, as keys ("help Vietnamese museums with ..."); review 27: a
#: record helped ("helped Laos make progress in socio-economic development") is the helper's field
_HELPS = frozenset(key_stream("help helps helped helping assist assists assisted assisting support supports "
                              "supported supporting")[2])
_HELPED_REACH = 4  # review 27: keys from the verb of helping to the record ("helped Laos make progress")


def _name_broken(i: int, j: int, view: TextView) -> bool:
    """True if a possessive before a lower-case word breaks the keys ``i:j`` of an exclusion written as
    a name (r29d): "Vietnam's electricity demand" is no "Vietnam Electricity"; inside a name a
    possessive comes before a capital ("People's Committee")."""
    return any(view.possessive(t) and not view.caps[t] for t in range(i + 1, j))


# review 45: the offices of r32h's exclusions "trade mission in", "trade office in" (an office placed abroad)
_OFFICES_ABROAD = frozenset({"mission", "office"})


def _office_at_a_time(keys: list[str], i: int, j: int) -> bool:
    """True if the exclusion ``keys[i:j]`` is an office placed "in" somewhere (:data:`_OFFICES_ABROAD`)
    but a time follows "in": "a trade mission in March signed 14 contracts" is a trip, its field read
    (review 45); "the trade mission in Russia said" stays a body."""
    return 2 <= j < len(keys) and keys[j - 1] == "in" and keys[j - 2] in _OFFICES_ABROAD and (
        keys[j] in MONTHS or keys[j].isdigit())


#: review 54: what crosses a bridge (keys: singular), after probe 38p1's figure "is a bridge for"
_BRIDGE_TRAFFIC = frozenset({"vehicle", "truck", "lorry", "car", "bus", "motorbike", "pedestrian", "train", "traffic"})


def _exclusion_waived(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the exclusion ``keys[i:j]`` does not hold here: one of the class
    ``singular_exclusion`` written in the plural ("the festivals, exhibitions and film weeks"; "the
    festival" stays an event named before), or one of the class ``briefing_exclusion`` that is no
    place's own state reported to a guest ("improve the socio-economic situation of ethnic
    minorities through joint projects"; not "briefed the host on the socio-economic situation of Hà
    Nội", "the province's socio-economic situation", "the local socio-economic situation", nor a
    situation of a place after any verb, "reviewed the socio-economic situation of the two
    countries": :func:`_of_a_place`)."""
    if j >= 2 and keys[j - 2 : j] == ["bridge", "for"] and j < len(keys) and keys[j] in _BRIDGE_TRAFFIC:
        return True  # review 54: "is a bridge for trucks": a structure, not probe 38p1's go-between
    if _in_class(trie, "singular_exclusion", keys, i) == j:
        word = view.surface(j - 1, j).lower().replace("\u2019", "'")
        return word.removesuffix("'s").removesuffix("'").endswith("s")
    if _in_class(trie, "briefing_exclusion", keys, i) == j:
        t = i - 1
        if t >= 0 and (view.possessive(i) or keys[t] in _OWNERS or keys[t] in _STATE_WORDS):
            return False  # owned: "Việt Nam's", "its", "the local"
        if t >= 1 and keys[t] == "in" and keys[t - 1] in _ACHIEVEMENTS and not _both_sides_after(keys, j) and not any(
            k in _HELPS for k in keys[max(0, t - 1 - _HELPED_REACH) : t - 1]
        ):
            return False  # r26a: "achievements in socio-economic development": a country's own record
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


# Probe 19: words before "joint ventures" that point at ventures already known, firms, not the field
_VENTURE_OWNERS = _OWNERS | frozenset("the this that these those two three both".split())


#: probe 23's care of the sea as a verb form (sectors.yml); review 28: the sea of "protect the sea border" only
#: qualifies the noun after it (a border, lanes, routes: sovereignty and shipping, no environment)
_SEA_CARE = frozenset({"protect the sea", "protecting the sea", "protection of the sea"})
#: probe 23's water of one river by its use (sectors.yml): "the sustainable use of the Mekong's water"
_NAMED_WATER = frozenset({"use of the {word} water", "management of the {word} water"})


def _sea_modifies(keys: list[str], j: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if "the sea" ending the match at key ``j`` qualifies the plain lower-case noun after it:
    "protect the sea border", "protecting the sea lanes" name a border or routes, no environment (review
    28). "Protect the sea from pollution", "protecting the sea and its resources", "protect the sea
    environment" (a field's term) are untouched."""
    if view is None or j >= len(keys) or not keys[j].isalpha() or view.caps[j]:
        return False
    word = view.surface(j, j + 1).lower()
    return (keys[j] not in _PHRASE_ENDS and keys[j] not in _PREPOSITIONS and not word.endswith(("ly", "ed"))
            and trie.longest(keys, j) is None)


def _unnamed_water(j: int, view: TextView | None) -> bool:
    """True if the word before "water" in "use of the {word} water" is no name: "the use of the hot water",
    "the local water" are a household's or a brewery's, not a river's (review 28); "the use of the
    Mekong's water" is untouched."""
    return view is not None and j >= 2 and not view.caps[j - 2]


def _stock_securities(i: int, j: int, view: TextView | None) -> bool:
    """True if the one-word match is "securities", the plural the keys fold into "security": stocks
    and bonds ("banking, insurance and securities", "the securities market"), no defence (probe 22).
    "Security cooperation" and "maritime security" are untouched."""
    return view is not None and j - i == 1 and view.surface(i, j).lower() == "securities"


def _placed_after(keys: list[str], j: int, view: TextView) -> bool:
    """r32j: True if "in" or "at" and a capitalised place (after one "the") follow key ``j``: "the joint
    ventures in the Mariel Special Development Zone", "in Vũng Tàu". Not a firm's name ("the joint
    ventures Vietsovpetro"), nor "in" a field ("in food processing")."""
    return _name_after(keys, j, view, ("in", "at"))


#: r33e: heads of organisations of people; the verbs that thank them for what they did are
#: :data:`_THANKS` (review 49: one set, written a second time here)
_ORGANISATION_HEADS = frozenset({"organisation", "organization", "association"})
_THANKED_REACH = 3  # keys between the verb and the match ("thanked the Vietnamese friendship organisations")


def _organisations_acting(keys: list[str], i: int, j: int) -> bool:
    """True if the match ``keys[i:j]`` ends in a head of :data:`_ORGANISATION_HEADS` and the
    organisations are who acts: the ones thanked for something ("thanked the Vietnamese friendship
    organisations for their efforts") or whose activities are named ("support the activities of
    veterans' organisations"); r33e. Exchanges or ties between them ("exchanges between veterans'
    organisations") and organisations named as a field ("cooperation with friendship organisations")
    are untouched."""
    if keys[j - 1] not in _ORGANISATION_HEADS:
        return False
    if i >= 2 and keys[i - 2 : i] == ["activity", "of"]:
        return True
    if j >= len(keys) or keys[j] != "for":
        return False
    # review 49: a "for" between the verb and the match gives what the thanked did ("thanked Russia for
    # helping veterans' associations for decades"): the organisations are its object, not the thanked
    return any(keys[t] in _THANKS and all(keys[u].isalpha() and keys[u] != "for" for u in range(t + 1, i))
               for t in range(max(0, i - 1 - _THANKED_REACH), i))


#: Review 46: words after an outbreak that place the fight in one country ("fighting the pandemic at home")
_AT_HOME = (["at", "home"], ["domestically"], ["in", "the", "country"])


def _own_fight(keys: list[str], j: int) -> bool:
    """Review 46: True if the joint fight against an outbreak ending at key ``j`` ("{joint_work} in
    fighting {outbreak}") is placed at home ("support in fighting the pandemic at home"): one
    country's own fight, no field. "Cooperation in fighting the pandemic" stays."""
    return any(keys[j : j + len(w)] == w for w in _AT_HOME)


def _owned_ventures(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if the match ``keys[i:j]`` is of the class ``joint_venture`` and names firms, not the field:
    one joint venture (the singular), ones pointed at or counted ("the joint ventures", "the two joint
    ventures"), owned ("Zarubezhneft's joint ventures") or named ("Vietsovpetro and Rusvietpetro joint
    ventures", "the joint ventures Rusvietpetro and Gazpromviet", r31g: "joint ventures such as
    Vietsovpetro"). "Red tape for joint ventures",
    "set up joint ventures in food processing" are investment as a field.
    Without a view (no case to read) the term does not count."""
    if _in_class(trie, "joint_venture", keys, i) != j:
        return False
    if view is None or not view.surface(i, j).lower().endswith("s"):
        return True
    if i > 0 and keys[i - 1] == "the" and _placed_after(keys, j, view):
        return False  # r32j: "the joint ventures in the Mariel Zone": investment in a place, the field
    if i > 0 and (keys[i - 1] in _VENTURE_OWNERS or keys[i - 1].isdigit() or view.possessive(i)
                  or (view.caps[i - 1] and not view.initial[i - 1])):
        return True
    # r31g: named by examples after them ("joint ventures such as Vietsovpetro", "like Rusvietpetro");
    # review 40: a country's adjective there tells partners, no firm ("including Vietnamese and Russian partners")
    t = j + 2 if j + 1 < len(keys) and keys[j] == "such" and keys[j + 1] == "as" else (
        j + 1 if j < len(keys) and keys[j] in ("like", "including") else j)
    return t < len(keys) and view.caps[t] and not view.initial[t] and keys[t].isalpha() and not (
        t > j and _country_adjective(view, t))


def _study_elsewhere(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if the match ``keys[i:j]`` is a term of the class ``study_place`` ("studying in",
    "studying at") that no capitalised name follows (after one "the"): "the ministry is studying in
    detail" is examining, "studying in Russia", "studying at the Bauman University" are schooling; a
    month is no place ("studying in March a plan").
    Without a view (no case to read) the term does not count."""
    if _in_class(trie, "study_place", keys, i) != j:
        return False
    if keys[i] == "study" and (not _study_verb(keys, i, view) or _learners_before(keys, i, trie)):
        # r27a: "a study in Nature", "the ministry's study at the port": research, a noun; "Students
        # from Laos will study in Hanoi": the learners named before are the mention
        return True
    t = j + (j < len(keys) and keys[j] == "the")
    if t < len(keys) and keys[t] in MONTHS:
        return True  # review 13: "is studying in March a plan to cut tariffs": a time, no place
    return view is None or t >= len(keys) or not (view.caps[t] and not view.initial[t] and keys[t].isalpha())


# r33c: words after which "study" is a noun of examining, no schooling ("deserves careful study here")
_EXAMINING_BEFORE = frozenset("a an the this that its their our careful closer close detailed thorough further "
                              "serious deeper in-depth comprehensive".split())


def _study_examined(keys: list[str], i: int) -> bool:
    """r33c: True if the match at key ``i`` opens with "study" right after an article, an owner or an
    adjective of examining ("Their experience deserves careful study here in Russia"): a noun, the
    study of a matter, no schooling ("400 Vietnamese study here" stays)."""
    return keys[i] == "study" and i > 0 and keys[i - 1] in _EXAMINING_BEFORE and not (
        i + 1 < len(keys) and keys[i + 1] in _STUDY_AWAY)


#: review 48: "study" before these is schooling abroad as a noun ("the study abroad programme", "their
#: study overseas"), no examining
_STUDY_AWAY = frozenset({"abroad", "overseas"})


# r27a: words after which "study" is a verb ("will study in", "who study at"); not "to" ("send young
# members to study in Việt Nam": the sending, read by other rules)
_STUDY_VERB_BEFORE = frozenset("will would can could may might shall should must who that and or also "
                               "now currently still often mostly".split())


_LEARNERS_REACH = 6  # r27a: keys back from "study" to learners of its clause ("Students from Laos will")


def _learners_before(keys: list[str], i: int, trie: PhraseTrie) -> bool:
    """True if an education term ends in the few keys before "study" at key ``i``, in its clause
    (no comma between): "Students from Laos will study in Hanoi" is one mention, the students."""
    for t in range(max(0, i - _LEARNERS_REACH), i):
        if keys[t] in (",", ";", ".") :
            continue
        if any(k in (",", ";", ".") for k in keys[t:i]):
            continue
        best = trie.longest(keys, t)
        if best is not None and best[1][0] == "education" and best[0] <= i:
            return True
    return False


_NOT_PLURAL = frozenset("this his its is was has does us thus plus as yes".split())  # words in "s", no subjects
_SEND_VERBS = frozenset("send sends sent sending".split())
# r29h: words in "s" before "to study" that intend, not learners ("plans to study in Moscow the options")
_INTENT_BEFORE_TO = frozenset("plans aims seeks intends wants hopes agrees decides continues efforts steps "
                              "measures attempts needs".split())


def _study_verb(keys: list[str], i: int, view: TextView | None) -> bool:
    """True if "study" at key ``i`` is a verb: after a modal, a relative pronoun or an adverb
    ("will study at", "who study in"), or a plural subject ("more Vietnamese officers study at"), not
    after an article or an owner ("a study in", "the ministry's study at")."""
    if i == 0:
        return False
    if keys[i - 1] in _STUDY_VERB_BEFORE:
        return True
    if view is None:
        return False
    # r29h: the learners as the object of an inviting or sending verb ("invited more Vietnamese officers
    # to study in Russia"): the plural before "to" (not "came to study", "a plan to study")
    k = i - 2 if keys[i - 1] == "to" and i >= 2 else i - 1
    if k < i - 1 and any(keys[t] in _SEND_VERBS for t in range(max(0, k - 6), k)):
        return False  # "send young party members to study in Vietnam": the sending, read by the party rules
    word = view.surface(k, k + 1).replace("\u2019", "'")
    # review 29: a noun of a science in "-ics" is the study's topic ("a health economics study in Vietnam")
    return word.isalpha() and word.endswith("s") and not word.endswith(("ss", "ics")) and (
        not view.possessive(k) and word.lower() not in _NOT_PLURAL and (k == i - 1 or word.lower() not in _INTENT_BEFORE_TO))


# Words between learners and the study they are at ("students are currently studying in Russia").
_STUDY_LINK = frozenset("is are was were now currently still already also".split())
_LEARN_LINK = _STUDY_LINK | frozenset("can will want wish hope to may would could".split())  # round 30d


def _studying_subject(keys: list[str], a: int, i: int, trie: PhraseTrie) -> bool:
    """True if the study term at key ``i`` (class ``study_place``) follows an education match that
    ends at key ``a`` over only a form of "to be" and adverbs of time: "students are currently
    studying in Russia" is one mention, the learners and what they do; so are the learners and an
    apposition after a comma ("Students, now studying in Moscow", review 13)."""
    if _in_class(trie, "study_place", keys, i) <= i:
        # round 30d: a language learned right after the learners ("15,000 pupils study Russian"), or over
        # words of will ("Students want to learn Vietnamese")
        return 0 <= i - a <= 3 and all(k in _LEARN_LINK for k in keys[a:i]) and _in_class(
            trie, "study_verb", keys, i) == i + 1 and _in_class(trie, "language_name", keys, i + 1) > i + 1
    if 0 < i - a <= 3 and all(k in _STUDY_LINK for k in keys[a + (keys[a] == ",") : i]):
        return True
    # r29i: the learners' origin between them and their verb ("students from the city are studying
    # in Moscow", "students from Laos now study in Hanoi"): a short "from" phrase, then the link
    if a < i and keys[a] == "from":
        t = a + 1
        while t < min(i, a + 1 + _STUDY_ORIGIN_SPAN) and keys[t] not in _STUDY_LINK and keys[t] not in _STUDY_BREAKS:
            t += 1
        if a + 1 < t and 0 < i - t <= 3 and all(k in _STUDY_LINK for k in keys[t:i]):
            return True
    # r28f: a count of the learners that points back to them ("Vietnamese students: more than 7,000 of
    # them are studying in Russia", "students, most of whom are studying in Moscow"): one mention too
    between = keys[a + (a < i and keys[a] in _STUDY_BREAKS) : i]
    return 0 < len(between) <= _STUDY_BACK_SPAN and any(k in _STUDY_BACK for k in between) and all(
        k in _STUDY_LINK or k in _STUDY_COUNTS or k in _STUDY_BACK or k[:1].isdigit() for k in between
    )


_STUDY_BREAKS = frozenset({",", ":", ";"})
_STUDY_BACK = frozenset({"them", "whom"})  # keys pointing back to the learners just named
_STUDY_COUNTS = _APPROXIMATE | frozenset({"many", "most", "all", "half", "of"})  # "most of", "more than 7,000 of"
_STUDY_BACK_SPAN = 9
_STUDY_ORIGIN_SPAN = 4  # r29i: keys of a learners' origin ("from Thái Nguyên province")


_ADDRESSED_BODIES = frozenset({"society", "association", "organisation", "organization", "union", "club", "community",
                               "student", "pupil"})  # round 21: "urged the students to study hard" (keys fold the "s")


_CALLS = (("called", "on"), ("call", "on"), ("calls", "on"), ("calling", "on"), ("urged",), ("urges",), ("asked",))
# r26a: verbs of telling people present something, as keys ("Khôi told the students that ...")
_TELLS = frozenset(key_stream("told tells telling reminded assured informed")[2])
_TOLD_REACH = 3  # review 27: keys between a verb of telling and the bodies told ("told the two Vietnamese")
_TIME_CLAUSES = frozenset({"after", "before", "during", "while", "when"})


def _addressed_body(keys: list[str], i: int, j: int) -> bool:
    """True if the match ``keys[i:j]`` names bodies (its last word a noun of ``_ADDRESSED_BODIES``) that a
    speaker calls on to act: "called on the friendship societies, veterans' associations and the
    community to help promote exchanges" addresses actors, no field. Round 20.

    The call ("called on", "urged", "asked") stands at most eight words before, with no full stop
    or "to" between, and "to" follows within twelve words. Not "promote exchanges between friendship
    societies" (no call), nor "called on the two sides to support friendship societies" (after "to").
    r26a: a verb of telling ("told", "reminded") with "that" after the bodies addresses them too ("Khôi
    told the students that ..."); not "told reporters that students would come" (after "that").
    """
    if keys[j - 1] not in _ADDRESSED_BODIES and not (keys[j - 1] == "in" and keys[j - 2] in _ADDRESSED_BODIES):
        return False  # "the Vietnamese community in (Russia)" ends on its "in"
    for t in range(i - 1, max(-1, i - 9), -1):
        if keys[t] in (".", "to", "between", "among", "with", "that"):
            return False
        if keys[t] in _TELLS:
            if i - t - 1 > _TOLD_REACH or any(k in _PREPOSITIONS or k in _TIME_CLAUSES for k in keys[t + 1 : i]):
                return False  # review 27: "told reporters after meeting the friendship societies that": not told
            return any(keys[u] == "that" for u in range(j, min(len(keys), j + 12)) if "." not in keys[j:u])
        if any(tuple(keys[t - len(c) + 1 : t + 1]) == c for c in _CALLS if t - len(c) + 1 >= 0):
            if keys[t + 1] in ("about", "after", "whether", "how"):
                return False  # "asked about the friendship societies' plans to ...": a question, no call
            return any(keys[u] == "to" for u in range(j, min(len(keys), j + 12)) if "." not in keys[j:u])
    return False


def _occupation(keys: list[str], i: int, j: int, sector: str, prev, trie: PhraseTrie) -> bool:
    """True if the labour match ``keys[i:j]`` is one noun for people at work (class ``worker``) right
    after a match of another sector whose last word names a field of work (class
    ``occupation_field``: "cultural", "medical", "health"): "medical workers", "cultural workers"
    name an occupation of that field. Other words keep labour: "Vietnamese workers", "training
    workers", "oil workers", "transport workers" (labour in a trade), "migrant workers"."""
    if sector != "labour" or prev is None or prev[0] == "labour" or prev[2] != i or i == 0:
        return False
    return _in_class(trie, "worker", keys, i) == j and _in_class(trie, "occupation_field", keys, i - 1) == i


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


# Plain words between "a"/"an" and a noun it makes one entity ("a dynamic economy").
_ENTITY_SPAN = 3
# Words before a noun phrase that make it an object, not a subject ("between airlines is ...").
_OBJECT_BEFORE = frozenset({"between", "among", "for", "to", "of", "with", "in", "on", "at", "by", "from", "into"})
#: Words of readiness after "is"/"was" that make a place of study the actor (round 22a: "the
#: university is ready to cooperate").
_READY = frozenset("ready willing keen eager prepared".split())


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
    - (probe 24) the subject that opens its sentence with "the" before a comma: "The school, built in
      2010, has eight classrooms";
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
    if view.possessive(i) or view.possessive(j) or _owned_or_said_of(keys, i, j, view):
        return True
    n = len(keys)
    if i > 0 and keys[i - 1] == "the" and _the_named_institution(keys, j, view):
        return True
    if j < n and keys[j] == "," and i > 0 and keys[i - 1] == "the" and _sentence_start(keys, i) == i - 1:
        return True  # probe 24: "The school, worth 5 billion kip, has eight classrooms": one school, told of
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


#: Round 25b: lower-case words between an owner or a copula and one place of study ("its famous
#: school of chemistry", "is a school where")
_OWNED_SPAN = 2


def _owned_or_said_of(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """True if one place of study at key ``i`` (singular) is owned by a pronoun ("its strong school of
    physics": a tradition of one country; "our school has signed": one school, an actor) or is what
    a copula says the subject is, before what one learns there ("the Army Games are a school where we
    learn": a figure), over at most ``_OWNED_SPAN`` lower-case words (round 25b). "Build a school",
    "open a school of Vietnamese", "is a school in every village" and "their school education" (the
    place modifies a noun) are untouched."""
    a = i - 1
    while a >= 0 and i - 1 - a < _OWNED_SPAN and keys[a].isalpha() and not view.caps[a] and (
        keys[a] not in _OWNERS and keys[a] not in _ARTICLES and keys[a] not in _COPULAS
    ):
        a -= 1
    if a < 0:
        return False
    if keys[a] in _OWNERS:
        return True
    # review 25: as a figure the school is said of what one learns there ("a school where we learn",
    # "a school of courage", "a school for young officers"); "is a school in every village", "a
    # school for 500 children" are a place built or given, the field
    if not (keys[a] in ("a", "an") and a >= 1 and keys[a - 1] in _COPULAS and j + 1 < len(keys)):
        return False
    return keys[j] in ("where", "of") or keys[j] == "for" and keys[j + 1].isalpha() and not view.caps[j + 1]


#: Round 24f: adverbs between "the university" and its verb ("the university also plans to")
_SUBJECT_ADVERBS = frozenset("also now still already currently further".split())
#: and participles that describe one institution after a comma ("The university, founded in 1724, ...")
# verbs of a founding apposition ("the university, founded in 1959, ..."): the named institution
# (_the_named_institution) and probe 26's profile of one place (_profiled_place) both read them
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


def _the_navy(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is the word "navy" written as the service's name ("the
    Vietnamese Navy", "run by the Navy", "the Navy's art troupe"), one country's navy after "the"
    and its origin ("the Vietnamese navy operates frigates": r28e) or the two navies of the story
    ("between the two navies", r33e: "between the Russian and Vietnamese navies"): a body, an actor of
    defence ties, no field (probe 16). "Its navy and air force equipment", "modernise the navy" and
    "naval cooperation" are untouched."""
    if j != i + 1 or keys[i] != "navy":
        return False
    if view.caps[i] and not view.initial[i]:
        return True  # review 21: a sentence's first word is capitalised anyway ("Navy cooperation is ...")
    if i > 1 and keys[i - 2] == "the" and view.caps[i - 1] and keys[i - 1].isalpha():
        return True  # r28e: "a joint exercise with the Vietnamese navy": one country's service
    if (i > 3 and keys[i - 4] == "the" and keys[i - 2] == "and" and view.caps[i - 1] and view.caps[i - 3]
            and keys[i - 1].isalpha() and keys[i - 3].isalpha()):
        return True  # r33e: "between the Russian and Vietnamese navies": the two countries' services
    if i > 0 and keys[i - 1].isalpha() and view.possessive(i) and not view.caps[i - 1]:
        return True  # probe 37p5: "the two countries' navies will hold a joint exercise": their services
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


def _institution_named_before(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is one institution (class ``referring_institution``, in the
    singular) after "the" and at most one word ("the hospital", "the Russian university") that the
    text named before with a capitalised name ending in the same noun, within
    :data:`_NAMED_BACK_KEYS` keys ("The Thanh Hoa General Hospital and Samara State Medical
    University signed ... the university will receive ..."): the actor named, not the field (round
    24e). Probe 26: also one brought in before with "a" ("hand over a 200-bed general hospital built with
    Vietnamese aid ... the hospital has 12 departments"). Untouched: "a hospital", "the universities",
    "the university" with none named or brought in before."""
    if _in_class(trie, "referring_institution", keys, i) != j or not _singular_surface(view, j):
        return False
    if not (i >= 1 and keys[i - 1] == "the" or i >= 2 and keys[i - 2] == "the" and keys[i - 1].isalpha()):
        return False
    head = keys[j - 1]
    for t in range(i - 1, max(0, i - _NAMED_BACK_KEYS), -1):
        if _name_ends(keys, t, head, view):
            return True
        if keys[t] == head and not view.caps[t] and _singular_surface(view, t + 1) and _introduced(keys, t):
            # probe 26: "hand over a 200-bed general hospital ... the hospital has 12 departments";
            # not a modifier ("upgrade the hospital network": hospitals as a field)
            return not (j < len(keys) and not view.caps[j] and _before_noun(keys, j, view))
    return False


_INTRO_MODIFIERS = 3  # probe 26: words between "a" and the noun it introduces ("a 200-bed general hospital")


def _introduced(keys: list[str], t: int) -> bool:
    """True if "a" or "an" stands before key ``t`` over at most :data:`_INTRO_MODIFIERS` lower-case
    words or figures ("a 200-bed general hospital", "a new school"): one institution the text brought
    in, that "the hospital" later points back to (probe 26)."""
    for a in range(t - 1, max(-1, t - 2 - _INTRO_MODIFIERS), -1):
        if keys[a] in ("a", "an"):
            return True
        if keys[a] in _PHRASE_ENDS or keys[a] in _PREPOSITIONS or keys[a] in _ARTICLES:
            return False
    return False


def _actor_not_field(keys: list[str], i: int, j: int, sector: str, trie: PhraseTrie, view: TextView | None) -> bool:
    """True if the match ``keys[i:j]`` of ``sector`` names an actor, place or entity of the story,
    not a field (round 19): one place of study (:func:`_one_institution`), a party's training of its
    own people (:func:`_trains_party_people`), one economy (:func:`_an_entity`) or a firm acting
    (:func:`_acting`). Needs the text (``view``)."""
    if view is None:
        return False
    if _visited_place(keys, i, j, trie, view) or _firm_described(keys, i, j, view) or _named_facility(keys, i, j, view) \
            or _apposed_place(keys, i, j, view) or _former_place(keys, i, j, view) \
            or _apposed_body(keys, i, j, view):  # round 30d; round 31a
        return True
    if _institution_named_before(keys, i, j, trie, view) or _helped_institution(keys, i, j, sector, trie, view) \
            or _gathered(keys, i, j, trie) or _gathered_origin(keys, i, j, trie) \
            or _participants_acting(keys, i, j, trie, view) or _gift_recipients(keys, i, j, trie) \
            or (sector == "culture" and _one_gift(keys, i, j, view)):  # round 31a; review 38: a work only
        return True
    if sector == "education":
        return (_one_institution(keys, i, j, trie, view) or _trains_party_people(keys, i, j, trie, view)
                or _one_person(keys, i, j, trie, view) or _own_schooling(keys, i)
                or _members_of_one(keys, i, j, trie, view) or _own_teachers(keys, i, j, trie)
                or _profiled_place(keys, i, view)  # probe 26: "The university, founded in 1959, now teaches"
                or _merged_institutions(keys, i, j, trie, view))  # r29a: "created by merging four universities"
    if sector == "defence_security" and _event_security(keys, i, j):
        return True  # probe 16: "Security at the forum was tight": one event's guarding
    if _place_described(keys, i, j, trie, view):
        return True  # round 25b: "visited the military academy", "at the military school": one place
    if _staff_described(keys, i, j, trie):
        return True  # round 25b: "a medical team", "medical staff": people at work, no field
    if sector in ("people", "labour") and _own_work_with(keys, i, j, view):
        return True  # probe 20: "the party's work with young people": its own constituency
    if sector == "health" and _one_places_caseload(keys, i, j, trie, view):
        return True  # probe 20: "the hospital now treats 500 patients a day": one place's work
    if sector == "health" and _people_not_cared_for(keys, i, j, trie):
        return True  # round 25b: "consultations for patients", "so that patients do not travel"
    if sector == "tourism_sports" and _sport_job(keys, j, view):
        return True  # probe 16: "football coach Park Hang-seo": a person's job
    if _one_room(keys, i, j, view):
        return True  # probe 20: "the cinema hall was decorated": one room of the story
    if _place_actor(keys, i, j, trie, view) or _the_navy(keys, i, j, view) or _visited_works(keys, i, j, view, sector == "transport"):
        return True  # probe 16: "the airport's director", "run by the Navy"
    if sector == "labour" and (_workers_of_a_place(keys, i, j, trie, view) or _figure_moves(keys, i, j)
                               or _workers_of_an_event(keys, i, j, trie)):
        return True  # probe 16: "Workers at the plant", "unemployment fell to 2.6%"; probe 26: "workers who died"
    if sector == "defence_security" and _vessel_type(keys, i, j):
        return True  # probe 16: "the large anti-submarine ship": one ship by its type
    return _an_entity(keys, i, j, trie, view) or _acting(keys, i, j, trie, view) or _marketplace(keys, i, j, trie, view)


def _staff_described(keys: list[str], i: int, j: int, trie: PhraseTrie) -> bool:
    """True if the match ``keys[i:j]`` is one word of a field that describes people at work (class
    ``staff_field``: "medical") right before a noun of such people (class ``field_staff``: "doctors",
    "nurses", "staff", "team"): "40 Vietnamese medical staff", "a medical team from the hospital" name
    who works, not the field (round 25b; the set marks them optional or not at all). "Medical
    training", "medical equipment" and "military medicine" are untouched."""
    return (j < len(keys) and _in_class(trie, "staff_field", keys, i) == j
            and _in_class(trie, "field_staff", keys, j) > j)


_CARE_SPAN = 5  # round 25b: keys from the people cared for to the verb of care ("treated thousands of Lao patients")


def _people_not_cared_for(keys: list[str], i: int, j: int, trie: PhraseTrie) -> bool:
    """True if the match ``keys[i:j]`` is a noun of people that medicine serves (class
    ``cared_people``: "patients") with no verb of care (class ``care_verb``) within ``_CARE_SPAN``
    keys before it (review 25: or after it) in the clause: people the text speaks of ("remote
    consultations for patients with heart disease", "so that patients do not have to travel"), not the
    field (round 25b). "Treated thousands of Lao patients", "treating COVID-19 patients", "patients
    from Cambodia are treated free" are untouched."""
    if _in_class(trie, "cared_people", keys, i) != j:
        return False
    for t in range(i - 1, max(-1, i - 1 - _CARE_SPAN), -1):
        if keys[t] in _SENTENCE_END or keys[t] == ",":
            break
        if _in_class(trie, "care_verb", keys, t) > t:
            return False
    # review 25: the subject of care in the passive or of "receive treatment" is cared for too
    # ("patients from Cambodia are treated free of charge", "Lao patients will receive treatment")
    for t in range(j, min(len(keys), j + _CARE_SPAN)):
        if keys[t] in _SENTENCE_END or keys[t] == ",":
            break
        if _in_class(trie, "care_verb", keys, t) > t:
            return False
    return True


#: probe 20 (_one_places_caseload): places of care whose own patients a verb of care counts
_CARE_PLACES = frozenset({"hospital", "clinic", "centre", "center", "institute", "polyclinic"})
#: probe 20: words between a place of care and its verb of care ("now treats", "has treated")
_CARE_ADVERBS = frozenset({"now", "also", "already", "still", "has", "have", "had", "annually", "daily",
                           "each", "every", "currently", "usually", "alone"})
_NAME_SPAN = 8  # capitalised words of a place of care's name before ", which" ("Central Hospital for Tropical Diseases")
_APPOSITION_KEYS = 12  # keys inside the commas of an apposition after a place ("The hospital, built in 2019, now treats")


def _one_places_caseload(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` (class ``cared_people``: "patients") is the object of a verb of
    care whose subject is one place of care in the singular (``_CARE_PLACES``): "The hospital, built
    with Vietnamese aid, now treats about 500 patients a day", "the Central Hospital for Tropical
    Diseases, which treated 3,000 patients" describe one place's work, no field of cooperation
    (probe 20). People of the field treating them ("doctors helped treat patients"), hospitals in the
    plural ("Vietnamese hospitals have treated thousands of Lao patients") and "treat patients" with
    no such subject are untouched."""
    if _in_class(trie, "cared_people", keys, i) != j or _both_sides_after(keys, j):
        return False  # review 27: "treats patients from both countries": the sides' care
    v = next((t for t in range(i - 1, max(-1, i - 1 - _CARE_SPAN), -1) if _in_class(trie, "care_verb", keys, t) > t), None)
    if v is None:
        return False
    t = v - 1
    while t >= 0 and keys[t] in _CARE_ADVERBS:
        t -= 1
    if t >= 1 and keys[t] in ("which", "that") and keys[t - 1] == ",":
        t -= 2  # "the Central Hospital for Tropical Diseases, which treated": its antecedent
        name = t
        while name >= 0 and t - name < _NAME_SPAN and (view.caps[name] or keys[name] in ("for", "of", "and")):
            if keys[name] in _CARE_PLACES and view.caps[name]:
                return _singular_surface(view, name + 1)
            name -= 1
    elif t >= 0 and keys[t] == ",":
        # the apposition's opening comma, then the subject at the start of the sentence
        c = next((k for k in range(t - 1, max(-1, t - 1 - _APPOSITION_KEYS), -1) if keys[k] == ","
                  or keys[k] in _SENTENCE_END), None)
        if c is None or keys[c] != ",":
            return False
        t = c - 1
    return t >= 0 and keys[t] in _CARE_PLACES and _singular_surface(view, t + 1) and (
        t == 0 or keys[t - 1] in _ARTICLES or view.caps[t - 1])


#: probe 26: the profile's main verbs after the apposition (keys: "teaches" folds to "teach"); no modal
#: ("The university, founded in 1959, will train Lao students" is a plan, the field)
_PROFILE_VERBS = frozenset({"teach", "taught", "train", "trained", "educate", "educated", "has", "have", "had",
                            "enrol", "enroll", "enrols", "enrolls", "count"})


def _profiled_place(keys: list[str], i: int, view: TextView) -> bool:
    """True if the education match at key ``i`` is in a narrator's profile of one place of study: the
    sentence opens with "The" and a place of study in the singular (``_STUDY_HEADS``), a founding
    apposition between commas (``_FOUNDED``: "founded in 1959 as a school of Russian") and a main verb of
    what it does or has (``_PROFILE_VERBS``, over ``_CARE_ADVERBS``): "The university, founded in 1959
    as a school of Russian, now teaches 20 languages to 6,000 students" describes one place, no field
    of cooperation (probe 26; the guidelines: a domestic matter; as "The hospital, built in 1955, now
    has 1,000 beds" in the set). "Thạc said that the university has trained 500 engineers", "The
    university will train Lao students" and "The university, founded in 1959, will send lecturers to
    Laos" are untouched."""
    a = _sentence_start(keys, i)
    if a + 3 >= i or keys[a] != "the" or keys[a + 1] not in _STUDY_HEADS or keys[a + 2] != ",":
        return False
    if not _singular_surface(view, a + 2) or keys[a + 3] not in _FOUNDED:
        return False
    c = next((t for t in range(a + 4, min(len(keys), a + 4 + _APPOSITION_KEYS)) if keys[t] == ","), None)
    if c is None:
        return False
    v = c + 1
    while v < len(keys) and keys[v] in _CARE_ADVERBS and keys[v] not in ("has", "have", "had"):
        v += 1
    return v < len(keys) and keys[v] in _PROFILE_VERBS and not (i > v and _learners_of_origin(keys, i, view))


def _learners_of_origin(keys: list[str], i: int, view: TextView) -> bool:
    """Review 29: True if the match at key ``i`` is learners named by where they come from, a
    capitalised word right before it or "from" and one after it ("now trains 500 Lao students",
    "students from Laos"): the place's foreign learners, the field, not its profile."""
    if view.caps[i - 1] and keys[i - 1].isalpha():
        return True
    return i + 2 < len(keys) and keys[i + 1] == "from" and view.caps[i + 2]


#: probe 20 (_own_work_with): keys from "work with"/"work among" to the group of people it names
_WORK_WITH_SPAN = 6


def _own_work_with(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` (people, labour) is the group one owner works with: "work"
    or "working" and "with"/"among" before it (over articles and adjectives), and an owner before
    "work" (a possessive, ``_OWNERS`` or "whose"): "the CPRF's work among workers", "its work with
    trade unions and veterans' organisations", "cells whose work with young people ..." are one
    party's or body's own constituency, no field of cooperation (probe 20; the set marks the like
    optional: "domestic party work"). "Exchanges of young people", "work with Vietnamese
    partners on youth exchanges" and unowned "working with young people" are untouched."""
    t = i - 1
    while t >= 0 and i - t <= _WORK_WITH_SPAN and keys[t] not in ("with", "among") and (
        keys[t] in ("and", ",", "'") or keys[t].isalpha() and keys[t] not in _PHRASE_ENDS and keys[t] not in _PREPOSITIONS
    ):
        t -= 1  # over the other members of the group's list ("with trade unions and veterans' ...")
    if t < 2 or keys[t] not in ("with", "among") or keys[t - 1] not in ("work", "working"):
        return False
    o = t - 2
    if _both_sides_after(keys, j):
        return False  # review 27: "its work with young people of the two countries": both sides' people
    return keys[o] in _OWNERS or keys[o] == "whose" or view.possessive(o + 1)


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


#: Lead's round 40c: words before teachers or lecturers that make them the exchange itself or whom a
#: training trains: a two-way exchange ("exchange lecturers"), sending ("send more teachers to Laos", as
#: "send 500 students"), a verb of training ("train their teachers": r27d's one mention)
_PEOPLE_MOVED = frozenset(key_stream(
    "exchange exchanges exchanged exchanging swap send sends sent sending dispatch dispatched "
    "train trains trained training retrain retrained retraining educate educated")[2])
_TRAINED_AFTER = frozenset(key_stream("trained educated")[2])
#: Lead's round 43d: teachers who study are trained ("More Lao lecturers will study in Vietnam"), as
#: students are; a modal or "to" may stand between ("teachers to study in Russia"): review 57, probe 37p3's
#: _TRAIN_AUX and "who" (was a second list of modals)
_STUDY_AFTER = frozenset(key_stream("study studies studied studying")[2])
#: Review 57: where they study, right after the verb ("study in Vietnam", "study at HUST", "study
#: abroad"); a verb with an object is to examine ("The lecturers will study the plan")
_STUDY_WHERE = frozenset({"in", "at", "abroad"})
#: Reread: "in" of a manner, not a place ("will study in detail the draft budget": to examine it)
_EXAMINED = frozenset({"detail", "depth"})
#: Lead's round 40c: what trains the teachers it is "for" ("workshops for teachers")
_COURSE_FOR = frozenset(key_stream("workshops courses classes training programmes programs seminars")[2])
_MOVED_REACH = 3  # keys back: "exchange 40 visiting lecturers", "train their own teachers"
_FOR_REACH = 5  # keys back: "courses for Lao officials and teachers"
_CLAUSE_MARKS = _SENTENCE_END | {","}  # review 56: the sentence ends of _common and a comma (was a second list)


def _list_comma(keys: list[str], t: int, i: int) -> bool:
    """Review 56: True if the comma at key ``t``, right before "teachers" or "lecturers" at ``i``, joins
    them to a one-word member right after a verb that moves people: "agreed to exchange doctors,
    teachers and engineers" is the exchange of them all. "In Hà Nội, teachers ...", "The fund was
    sent, teachers said", "They trained them, teachers said" stay clause marks."""
    return (keys[t] == "," and t == i - 1 and t >= 2 and keys[t - 2] in _PEOPLE_MOVED
            and keys[t - 1].isalpha() and keys[t - 1] not in load_stopwords()
            # reread: the list goes on after the member ("They sent aid, teachers said" is a clause)
            and i + 1 < len(keys) and keys[i + 1] in ("and", "or", ","))


def _occupation_alone(keys: list[str], i: int, j: int) -> bool:
    """Lead's round 40c: True if "teachers" or "lecturers" at key ``i`` is an occupation alone, which the
    guidelines leave neutral ("some 40 HUST lecturers hold Russian degrees", "Teachers attended
    refresher courses", "academic mobility for young lecturers"). Not when the people are the exchange
    itself, as students sent are ("the two academies will exchange lecturers", "a regular exchange of
    teachers", "Russia will send more teachers to Laos"), the people a verb of training trains ("train
    their teachers", "Teachers trained in Russia returned home"), nor whom a course is for ("run
    workshops for teachers", "courses for Lao officials and teachers"), nor who study (lead's round
    43d: "More Lao lecturers will study in Vietnam")."""
    if j < len(keys) and keys[j] in _TRAINED_AFTER:
        return False
    v = j
    while v < len(keys) and v - j < _TRAIN_AUX_SPAN and (keys[v] in _TRAIN_AUX or keys[v] == "who"):
        v += 1
    if v + 1 < len(keys) and keys[v] in _STUDY_AFTER and keys[v + 1] in _STUDY_WHERE and not (
        v + 2 < len(keys) and keys[v + 2] in _EXAMINED  # reread: "study in detail the draft" examines it
    ):
        return False
    for t in range(i - 1, max(-1, i - 1 - _FOR_REACH), -1):
        if keys[t] in _CLAUSE_MARKS and not _list_comma(keys, t, i):
            return True
        if i - t <= _MOVED_REACH and keys[t] in _PEOPLE_MOVED:
            return False
        if keys[t] == "for" and t > 0 and keys[t - 1] in _COURSE_FOR:
            return False
    return True


def _name_in_title(keys: list[str], i: int, view: TextView | None = None) -> bool:
    """Lead's round 40f: True if the match at key ``i`` follows a title word and "of" (and "the"): a
    name the lexicon lists as a term (a party school's) inside a person's title, "Director of the Hồ
    Chí Minh National Academy of Politics Nguyễn Văn A", which the guidelines leave out as names in
    titles. "cooperate with the Hồ Chí Minh National Academy of Politics" stays."""
    k = i - 1
    if k >= 0 and keys[k] == "the":
        k -= 1
    if not (k >= 1 and keys[k] == "of" and keys[k - 1] in load_names().titles):
        return False
    # review 56: a title word in the plural is the school's people, no one person's title
    # ("Representatives of the Hồ Chí Minh National Academy of Politics attended the forum")
    return view is None or _singular_surface(view, k)


_NAME_REACH = 8  # keys of a named place of study after "of" ("of the Việt Nam National Academy of Music")


def _members_of_one(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is a noun of people of the class ``one_person`` (students,
    pupils, teachers) that names the people of one body of the story, not the field (round 25a):

    - after "representative(s) of" (and an article): "a representative of the students, Lê Hoàng
      Nam," is whom a person speaks for, as "on behalf of the students";
    - before "of" (and "the") and the capitalised name of one place of study, over other such nouns
      joined by "and" or ",": "a master class for pupils of the Hà Nội College of Arts", "teachers and
      pupils of the Friendship School" (the set marks these optional at most: e82, e172, e514).

    "Scholarships for Vietnamese students", "students of the two countries", "students of Russian
    universities" (no name) are untouched."""
    if _in_class(trie, "one_person", keys, i) != j:
        return False
    t = i - 1 if i >= 1 and keys[i - 1] in _ARTICLES else i
    if t >= 2 and keys[t - 2 : t] == ["representative", "of"]:
        return True
    k = j
    while k + 1 < len(keys) and keys[k] in ("and", ",") and _in_class(trie, "one_person", keys, k + 1) > k + 1:
        k = _in_class(trie, "one_person", keys, k + 1)
    if k + 1 >= len(keys) or keys[k] != "of":
        return False
    a = k + 1 + (keys[k + 1] == "the")
    for u in range(a, min(len(keys), a + _NAME_REACH)):
        if not (view.caps[u] or keys[u] in ("of", "and", "for")):
            return False
        if view.caps[u] and keys[u] in _STUDY_HEADS and u > a:
            return True
    return False


#: Round 25a: verbs of an event that gathers people, as keys ("bringing together 64 pupils")
#: (review 25: not "attract": "attracted 5,000 Vietnamese students" is recruitment, the field)
_GATHERS = frozenset(key_stream("bring brings bringing brought gather gathers gathering gathered draw draws drawing "
                                "drew")[2])
_GATHERED_SPAN = 6  # keys from the verb to the people ("brings together more than 200 young athletes")


def _gathered(keys: list[str], i: int, j: int, trie: PhraseTrie) -> bool:
    """True if the match ``keys[i:j]`` of the class ``participant`` (pupils, students, athletes) is
    counted as whom one event gathers: a verb of gathering ("bringing together", "gathered", "drew",
    "attracted"), words of about and a count, at most one plain word between ("brings together more
    than 200 athletes", "the contest drew 1,500 young pupils"): the event's participants, no field
    (round 25a; the set marks them optional at most: e106, e290, e545). "Russia will receive 1,000
    Vietnamese students", "6,000 students are studying in Russia" are untouched."""
    if _in_class(trie, "participant", keys, i) != j:
        return False
    t, counted, plain = i - 1, False, 0
    while t >= 0 and i - t <= _GATHERED_SPAN:
        k = keys[t]
        if k in _GATHERS:
            return counted or _counted_origin(keys, j)
        if k == "together" or k in _APPROXIMATE:
            pass
        elif is_count(k):
            counted = True
        elif k.isalpha() and not counted and plain == 0 and k not in _NOT_PLAIN:
            plain += 1  # "200 young athletes"
        else:
            break
        t -= 1
    return counted and _gather_after(keys, j)


#: r29a: intransitive verbs of an assembly whose subject is the people counted before them ("150
#: teachers of Russian gathered in Hanoi"), as keys; not "met" (review 13: "Students met the ambassador")
_GATHER_INTRANSITIVE = frozenset(key_stream("gathered assembled convened flocked")[2])
_ORIGIN_WORDS = frozenset(key_stream("across all over around")[2])  # "from across the country"
_QUALIFIER_SPAN = 8  # keys of "of/at/from ..." between the people and their verb


def _counted_origin(keys: list[str], j: int) -> bool:
    """True if "from" and a count or a word of extent follow the people at key ``j`` ("lecturers from
    20 universities", "teachers from across the country"): the count of the gathering is where they
    come from (r29a)."""
    return j + 1 < len(keys) and keys[j] == "from" and (is_count(keys[j + 1]) or keys[j + 1] in _ORIGIN_WORDS)


def _gather_after(keys: list[str], j: int) -> bool:
    """True if a verb of assembly (``_GATHER_INTRANSITIVE``) follows the counted people at key ``j``
    over a qualifier of up to ``_QUALIFIER_SPAN`` plain keys or counts opened by "of" or "from" ("More
    than 150 teachers of Russian from across the country gathered in Hanoi", review 32: "... from 20
    provinces gathered"): the people an event gathers (r29a)."""
    n, k = len(keys), j
    if k < n and keys[k] in ("of", "from"):
        end = min(n, k + 1 + _QUALIFIER_SPAN)
        k += 1
        while k < end and keys[k] not in _GATHER_INTRANSITIVE and (keys[k].isalpha() or is_count(keys[k])) \
                and keys[k] not in ("who", "which", "that", "and"):
            k += 1
    return k < n and keys[k] in _GATHER_INTRANSITIVE



def _gathered_origin(keys: list[str], i: int, j: int, trie: PhraseTrie) -> bool:
    """True if the match ``keys[i:j]`` (places of study: class ``pointed_institution``) is where
    people an event gathers come from: "from", a count and at most one plain word before it, right
    after gathered people ("brings together lecturers from 20 universities and colleges", "the forum
    gathered students from 12 Russian universities"): who attends, no field (r29a). "Students from
    40 universities study in Russia" (no gathering) is untouched."""
    if _in_class(trie, "pointed_institution", keys, i) != j:
        return False
    if i > 1 and keys[i - 1] in ("and", "or"):  # the list goes on: "from 20 universities and colleges"
        return any(_in_class(trie, "pointed_institution", keys, a) == i - 1 and _gathered_origin(keys, a, i - 1, trie)
                   for a in range(max(0, i - 3), i - 1))
    t = i - 1
    if t >= 0 and keys[t].isalpha() and keys[t] not in _NOT_PLAIN and not is_count(keys[t]):
        t -= 1  # "20 Russian universities"
    if t < 2 or not is_count(keys[t]) or keys[t - 1] != "from":
        return False
    e = t - 1  # the people end before "from"
    return any(_in_class(trie, "participant", keys, a) == e and _gathered(keys, a, e, trie)
               for a in range(max(0, e - 2), e))


#: r29a: words of a merger that formed one institution ("created by merging four universities"), keys
_MERGERS = frozenset(key_stream("merging merged merger merge amalgamating amalgamated amalgamation combining")[2])
_MERGED_SPAN = 3  # keys between the merger and the places ("the merger of two Vladivostok universities")
_SMALL_NUMBERS = SMALL_NUMBER_WORDS | {"several"}


def _merged_institutions(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if places of study (class ``pointed_institution``) are what a merger joined, the word of
    merger at most :data:`_MERGED_SPAN` keys before over "of", "the", a count or names ("FEFU was
    created by merging four Vladivostok universities", "the merger of two institutes"): the history of
    one institution, no field (r29a). "Cooperation between four universities" and "merging the
    curricula of two universities" (a noun between) are untouched; so are the owners of what is
    merged ("combining Russian universities' expertise": review 32)."""
    if _in_class(trie, "pointed_institution", keys, i) != j or view.possessive(j):
        return False
    for t in range(i - 1, max(-1, i - 2 - _MERGED_SPAN), -1):
        k = keys[t]
        if k in _MERGERS:
            return True
        if not (k in ("of", "the") or k in _SMALL_NUMBERS or is_count(k) or view.caps[t]):
            return False  # a plain word stops the look back ("merging the curricula of two universities")
    return False


#: r29a: participles of owning or running joined to a sector word by a hyphen ("a military-run company");
#: review 32: not "backed", whose first word is a basis or a support, often the field itself
#: ("oil-backed loans", "science-backed methods")
_OWNING = frozenset("run owned operated controlled managed".split())


def _owner_hyphen(view: TextView, j: int) -> bool:
    """True if the match ending at key ``j`` is joined by a hyphen to a participle of owning or
    running (:data:`_OWNING`): "Viettel, the military-run telecommunications group", "an army-owned
    hotel" name who owns one entity, no field (r29a; "CPRF-governed regions" is the party's
    :func:`framing.sectors.party._hyphen_participle`). "Energy-related projects" and
    "military-technical cooperation" are untouched."""
    return j < len(view.keys) and view.keys[j] in _OWNING and _hyphened(view, j)


#: Probe 24: what may stand before people of study who open a clause as its subject ("At the ceremony,
#: the students performed", "a school where pupils greeted the guests")
_CLAUSE_OPENERS = frozenset({",", "where", "when", "while", "as", "and", "then"})
#: Probe 24: past forms of acts not spelt with "-ed" ("the pupils sang"); not "met": review 13 keeps
#: "Students met the ambassador" (students as the community a visitor meets)
_PAST_ACTS = frozenset("sang took gave made held wrote brought spoke told stood shook wore led ran "
                       "read drew sent".split())
#: Probe 24: verbs whose subject, people of study, is schooling itself ("students studied in Moscow",
#: "5,000 students enrolled", "students returned to Russian universities"): the field; "attended", "joined" may be
#: a course ("Teachers attended refresher courses": round 20; probe 15 "joined the course") or a ceremony
_STUDY_DONE = frozenset("studied graduated enrolled trained learned learnt returned arrived won completed "
                        "received obtained passed entered attended joined".split())


def _participants_acting(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if people of study (class ``participant``: students, pupils, teachers, lecturers) are the
    subject of a past act of the story: nothing counts them, they open a clause (after its start, a
    comma or a clause word, over an article, an owner and one adjective), and a past verb that is no
    verb of study (``_STUDY_DONE``) follows, over one adverb, "had", a partner joined by "and"
    ("Pupils and teachers lined up") or a qualifier of up to ``_QUALIFIER_SPAN`` plain keys
    ("Students of the university's college later showed"). They are people present, no field
    (probe 24). "5,000 Vietnamese students studied in Russia", "Students want to learn Russian" and
    "students selected by the embassy" (a participle) are untouched."""
    if _in_class(trie, "participant", keys, i) != j:
        return False
    t, skipped = i - 1, 0
    while t >= 0 and skipped < 3 and keys[t] not in _CLAUSE_OPENERS and keys[t] not in _SENTENCE_END:
        k = keys[t]
        if not (k in _ARTICLES or k in _OWNERS or (k.isalpha() and k not in _NOT_PLAIN and k not in _PREPOSITIONS
                                                    and not is_count(k) and k not in _APPROXIMATE)):
            return False
        t, skipped = t - 1, skipped + 1
    if t >= 0 and keys[t] == "and" and _in_class(trie, "participant", keys, t - 1) != t and keys[t - 1] != ",":
        return False  # "and" only after a partner of study ("pupils and teachers") or a comma (a new clause)
    n, k = len(keys), j
    if k + 1 < n and keys[k] == "and" and _in_class(trie, "participant", keys, k + 1):
        k = _in_class(trie, "participant", keys, k + 1)
    if k < n and keys[k] in ("of", "at", "from"):
        end = min(n, k + 1 + _QUALIFIER_SPAN)
        k += 1
        while k < end and not _past_act(view, k) and (keys[k].isalpha() or keys[k] == "'s") \
                and keys[k] not in ("who", "which", "that", "and"):
            k += 1
    aux = k < n and keys[k] in ("had", "have", "has")
    if aux or k < n and keys[k] in ("also", "later", "then") or (
            k < n and view.surface(k, k + 1).lower().endswith("ly")):
        k += 1
    if k >= n or not _past_act(view, k):
        return False
    return aux or not (k + 1 < n and keys[k + 1] in ("by", "for"))  # a participle: "students selected by"



def _gift_recipients(keys: list[str], i: int, j: int, trie: PhraseTrie) -> bool:
    """True if people of study (class ``participant``) receive a token of an event: "to"/"for", then at
    most two plain words ("the best"), right after a noun of the class ``token_gift`` (gifts,
    certificates, souvenirs, prizes): "presented gifts to pupils", "handed certificates to the best
    learners" name who was there, no field (probe 24). "Granted 1,000 scholarships to Lao students"
    (scholarships are the field) and "gifts for schools" (no people of study) are untouched."""
    if _in_class(trie, "participant", keys, i) != j:
        return False
    t = i - 1
    while t >= 0 and i - t <= 2 and (keys[t] in _ARTICLES or keys[t] in _OWNERS or keys[t] in ("best", "young")):
        t -= 1
    if t < 1 or keys[t] not in ("to", "for"):
        return False
    return _in_class(trie, "token_gift", keys, t - 1) == t or any(
        _in_class(trie, "token_gift", keys, u) == t for u in range(max(0, t - 3), t - 1))



# round 31a (_one_gift): verbs of "present someone with something", as matching keys
_PRESENTING = frozenset(key_stream("presented presenting present presents")[2])
#: round 31a: words that may follow a gift's noun (a participle or a relative describing it, the end of
#: the clause), so that the match is the head of the phrase and not a modifier ("a painting exhibition")
_AFTER_GIFT = frozenset({"depicting", "showing", "portraying", "of", "by", "made", "painted", "that", "which",
                         "with", "as", "from", "to", "in", "and"})


def _one_gift(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is one thing given as a gift: in the singular after "with a"/"with
    an" (and at most one plain word), with a verb of presenting earlier in the clause: "presented the
    host with a lacquer painting", "presenting the rector with an old Russian film" name one object
    handed over, no field (round 31a; the guidelines: tokens of one event). "Presented a plan for
    cooperation in lacquer painting", "presented the museum with lacquer paintings" (no article, a
    plural) and "with a painting exhibition" (the match is not the head) are untouched. Read for works
    of culture only (review 38): "presented Laos with a hospital", "with a research reactor" give a
    facility of a field, its cooperation."""
    if not _singular_surface(view, j) or (j < len(keys) and keys[j].isalpha() and keys[j] not in _AFTER_GIFT):
        return False
    a = i - 1
    if a >= 0 and keys[a] not in ("a", "an") and keys[a].isalpha() and not view.caps[a]:
        a -= 1  # one plain word: "with a small lacquer painting"
    if a < 1 or keys[a] not in ("a", "an") or keys[a - 1] != "with":
        return False
    for k in range(a - 2, max(-1, a - 2 - _GIVING_SPAN), -1):
        if keys[k] in _PRESENTING:
            return True
        if keys[k] in (".", ";", ":"):
            return False
    return False



_TEACHERS = frozenset({"teacher", "lecturer"})  # keys: the people who teach someone (probe 24)
_PERSONS_OWNERS = frozenset({"his", "her", "their"})  # a person's own, not a body's "its"


def _own_teachers(keys: list[str], i: int, j: int, trie: PhraseTrie) -> bool:
    """True if teachers or lecturers are someone's own, after "his", "her" or "their" and at most one
    plain adjective: "welcomed by their teachers", "keep in touch with their Russian teachers" name who
    taught those people, no field (probe 24). Not after a verb of training ("help the provinces train
    their teachers": the field) and not other people of study ("their students")."""
    if j != i + 1 or keys[i] not in _TEACHERS:
        return False
    t = i - 1
    if t >= 0 and keys[t] not in _PERSONS_OWNERS and keys[t].isalpha() and keys[t] not in _NOT_PLAIN:
        t -= 1
    if t < 0 or keys[t] not in _PERSONS_OWNERS:
        return False
    return not (t > 0 and _in_class(trie, "train_verb", keys, t - 1) == t)


def _past_act(view: TextView, k: int) -> bool:
    """True if the word at key ``k`` is a past verb of an act, not of study (probe 24)."""
    word = view.surface(k, k + 1).lower()
    if view.caps[k] or word in _STUDY_DONE:
        return False
    return word in _PAST_ACTS or (word.endswith("ed") and len(word) > 4)


_HELP_REACH = 4  # keys from "with"/"in" to the field it names ("with the restoration of artefacts")


def _helped_institution(keys: list[str], i: int, j: int, sector: str, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is a plural institution of the class ``helped_institution``
    that a verb of helping takes as its object (over an article, a possessive or one capitalised
    adjective) when "with" or "in" after it names the field of the same sector: "help Vietnamese
    museums with the restoration of artefacts", "assist Lao schools in language teaching" tell who
    is helped; the field is named after them (round 25a). "Help Lao hospitals with new equipment"
    (no field after) and "support museums and theatres" are untouched."""
    if _in_class(trie, "helped_institution", keys, i) != j or j >= len(keys) or keys[j] not in ("with", "in"):
        return False
    t = i - 1
    if t >= 0 and (keys[t] in _ARTICLES or keys[t] in _OWNERS or view.caps[t] and not view.initial[t]):
        t -= 1
    if t < 0 or keys[t] not in _HELPS:
        return False
    for u in range(j + 1, min(len(keys), j + 1 + _HELP_REACH)):
        if keys[u] in _SENTENCE_END:
            return False
        hit = trie.longest(keys, u)
        if hit is not None and hit[1][0] == sector:
            return True
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


#: probe 34p9: visitors whose "security and safety" during a stay is their guarding, as an event's
_GUARDED_PEOPLE = frozenset({"delegation", "guest", "visitor", "delegate", "participant"})


def _event_security(keys: list[str], i: int, j: int) -> bool:
    """True if the match ``keys[i:j]`` is bare "security" (at the start of its sentence or after an
    article) before "at"/"around"/"for", an article and an event or venue (``_GUARDED``): "Security
    at the forum was tight" tells one event's guarding, no field (probe 16). Probe 34p3: "of" too,
    "police were deployed to ensure the security of the event". "Information security at the United
    Nations", "security cooperation at the summit", "the security of the region" are untouched."""
    if keys[i:j] != ["security"] or j + 2 >= len(keys):
        return False
    if i > 0 and keys[i - 1] not in _SENTENCE_END and keys[i - 1] not in _ARTICLES:
        return False
    if j + 4 < len(keys) and keys[j] == "and" and keys[j + 1] == "safety":
        j += 2  # probe 34p9: "the security and safety of the Vietnamese delegation during its stay"
        if keys[j] in ("of", "for") and keys[j + 1] in _ARTICLES:
            t = j + 2 + (keys[j + 2] not in _GUARDED and keys[j + 2] not in _GUARDED_PEOPLE)  # one adjective
            return t < len(keys) and (keys[t] in _GUARDED or keys[t] in _GUARDED_PEOPLE)
    if keys[j] not in ("at", "around", "for", "of"):
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


# Round 23a: words of athletes that make a "training camp" sport ("joint training camps for the national
# wrestling team"); without one it names no field ("a training camp for police officers"), as the old
# exclusion from education had it.
_SPORTS_CUES = frozenset({"team", "athlete", "player", "coach", "squad", "sport", "sportsman", "olympic",
                          "game", "football", "tournament", "championship", "competition"}) | frozenset(
    # round 24d: athletes named by their sport ("send its young swimmers to training camps")
    "swimmer wrestler gymnast boxer rower cyclist runner sprinter skier skater judoka fencer archer "
    "weightlifter footballer".split())


#: round 30d: keys before "training camps" within which a sports word names the field already
_CAMP_BACK = 8
#: round 30d: sports words that name people, not the field (keys, plurals folded)
_SPORTS_PEOPLE = frozenset({"athlete", "sportsman", "sportspeople", "player", "coach"})


def _sports_camp(keys: list[str], i: int, j: int, hits: list) -> bool:
    """True if the term "training camps" at ``keys[i:j]`` names sport as a field of its own: a word of
    athletes (``_SPORTS_CUES``) in its sentence ("joint training camps for the national wrestling and
    gymnastics teams") and no sports mention before it in that sentence, which names the field already
    ("host sports teams from Primorye for winter training camps": one mention, "sports").
    "A training camp for police officers" keeps no field."""
    a, b = _sentence_start(keys, i), _sentence_end(keys, j)
    # round 30d: only a field word close before names the field already; athletes (a person, no field)
    # and a field named in another clause ("a plan on sports ..., under which athletes will attend
    # training camps") leave the camps their own mention
    if any(h[0] == "tourism_sports" and max(a, i - _CAMP_BACK) <= h[1] < i and keys[h[2] - 1] not in _SPORTS_PEOPLE
           for h in hits[-4:]):
        return False
    return any(keys[t] in _SPORTS_CUES for t in range(a, b) if not i <= t < j)


#: probe 37p3: a modal or adverb between athletes and their "train" ("athletes will also train")
_TRAIN_AUX = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "also", "then",
                        "to", "be", "are", "were", "is", "was", "still", "regularly", "jointly"})
_TRAIN_AUX_SPAN = 3  # keys of _TRAIN_AUX between the athletes and the verb


def _athletes_train(keys: list[str], i: int, j: int) -> bool:
    """True if the education match ``keys[i:j]`` is the verb "train" whose subject is athletes
    (a word of ``_SPORTS_PEOPLE`` or named by their sport, right before it or across a few modals and
    adverbs): "young athletes would train at Russian sports schools", "the wrestlers will train in
    Kazan" are sport, whose words ("athletes", "sports schools") are the mentions. "Russia would
    train 100 engineers", "the coach training programme" keep education."""
    if j - i != 1 or keys[i] not in ("train", "training", "trained"):
        return False
    t = i - 1
    while t >= 0 and i - t <= _TRAIN_AUX_SPAN and keys[t] in _TRAIN_AUX:
        t -= 1
    if t < 0 or t == i - 1 and keys[i] == "training":  # "athlete training" is a noun: the field's own
        return False
    return keys[t] in _SPORTS_PEOPLE or keys[t] in _SPORTS_CUES - {"game", "football", "tournament",
                                                                  "championship", "competition", "olympic"}


#: review 52: words before "launch services" that make "launch" the verb ("Viettel will launch services in Laos")
_LAUNCH_VERB_BEFORE = frozenset({"to", "will", "would", "can", "could", "may", "might", "shall", "should", "must",
                                 "not", "and", "plans", "plan"})
#: review 52: what is diagnosed outside medicine ("diagnosing the bottlenecks of the economy")
_DIAGNOSED_NON_HEALTH = frozenset({"bottleneck", "problem", "weakness", "shortcoming", "economy", "market", "cause",
                                   "obstacle", "difficulty", "challenge", "situation"})


def _launch_verb(keys: list[str], i: int, j: int) -> bool:
    """Review 52: True if the match "launch services" has a modal, "to" or "and" right before it, so that
    "launch" is the verb of starting ("Viettel will launch services in Laos"); "offer Vietnam launch
    services" (the noun of putting satellites into orbit, probe 37p2) stays."""
    return j - i == 2 and keys[i] == "launch" and i > 0 and keys[i - 1] in _LAUNCH_VERB_BEFORE


def _diagnosing_non_health(keys: list[str], i: int, j: int) -> bool:
    """Review 52: True if the bare match "diagnosing" has within three keys after it a thing diagnosed
    outside medicine (``_DIAGNOSED_NON_HEALTH``: "experts are diagnosing the bottlenecks of the economy");
    "testing and diagnosing COVID-19" (probe 37p5) and "diagnosing diseases" stay."""
    return keys[i:j] == ["diagnosing"] and any(k in _DIAGNOSED_NON_HEALTH for k in keys[j:j + 3])


# r28e (_vessels_of_story): warships as the ships of the story, no field of defence
#: vessel nouns of the defence lexicon, as keys (plurals folded)
_WAR_VESSELS = frozenset({"warship", "submarine", "frigate", "corvette", "destroyer"})
#: collective nouns of ships before "of" ("a detachment of warships")
_FLOTILLAS = frozenset({"detachment", "group", "squadron", "flotilla", "convoy", "pair", "fleet"})


def _vessels_of_story(keys: list[str], i: int, j: int, view: TextView | None) -> bool:
    """True if the vessel match ``keys[i:j]`` ("warships", "submarines") names the ships of the
    story, not arms as a field: after a collective noun and "of" ("a detachment of Pacific Fleet
    warships") or after a class name ("operates Kilo-class submarines": one model) (r28e).
    "Cooperation in building warships", "Russia will supply warships" and warships that call
    regularly ("Warships have docked at the port regularly": port calls, round 24d) are untouched."""
    if keys[j - 1] not in _WAR_VESSELS:
        return False
    a = i - 1
    while a >= 0 and a >= i - 3 and keys[a] not in ("of", "the", "a") and keys[a].isalpha() and (
        keys[a] not in _FLOTILLAS or (view is not None and view.caps[a])  # probe 28: "Pacific Fleet" is a name
    ):
        a -= 1  # modifiers of the ships ("Pacific Fleet", "Russian")
    if a >= 1 and keys[a] == "of" and keys[a - 1] in _FLOTILLAS:
        return True
    return (view is not None and i >= 2 and keys[i - 1] == "class" and view.caps[i - 2]
            and view.text[view.ends[i - 2] : view.starts[i - 1]] in ("-", "\u2011"))


# r28i: what a patrol guards when it is nature, not the border or the sea: the field is its purpose's
#: (as keys: they are singular, so "fires" written as a word never matched)
_NATURE_GUARDED = frozenset(key_stream("pollution environment river forest fire wildlife poaching logging")[2])


def _nature_patrols(keys: list[str], j: int) -> bool:
    """r28i: True if the patrols at ``keys[:j]`` are for nature: "joint patrols to protect the river
    from pollution", "patrols against illegal logging" (environment, no security). "Joint patrols
    along the border", "joint patrols against smuggling" stay."""
    if keys[j - 1] not in ("patrol", "patrols"):
        return False
    for t in range(j, min(len(keys), j + 10)):
        if keys[t] in (",", ";", ".", "and"):
            return False
        if keys[t] in _NATURE_GUARDED and any(keys[u] in ("protect", "against", "prevent") for u in range(j, t)):
            return True
    return False


# r26b: a model code of capitals and a number ("VVER-1200", "AP1000", "Su-30"): a product's name
_MODEL_CODE = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*[- ]?\d+[A-Za-z]*")


def _model_technology(keys: list[str], i: int, j: int, view: TextView | None) -> bool:
    """True if "technology" at ``keys[i:j]`` follows a product's model code: "a plant based on the
    proven VVER-1200 technology", "the AP1000 technology" name one design, no field of science and
    technology. "5G technology", "nuclear technology" and "cooperation in technology" keep theirs."""
    if view is None or j - i != 1 or keys[i] != "technology" or i == 0:
        return False
    for a in (i - 1, i - 2):
        if a >= 0 and _MODEL_CODE.fullmatch(view.surface(a, i)):
            return True
    return False



# Probe 25 (_ones_work): one person's work, a biography, no field of cooperation: a word of work after
# "his", "her" or "whose" ("His invention helps sort fruit", "whose research on plasma physics spans
# four decades"), and the fields that work is on ("plasma physics" there). "Their research" (two
# sides may share it), "Russia's research" and "joint research" stay the field.
_OWN_WORKS = frozenset({"research", "invention", "discovery", "work", "study", "laboratory", "lab",
                        "experiment", "thesis", "dissertation", "innovation"})  # keys: singular
_PERSON_OWNERS = frozenset({"his", "her", "whose"})
_WORK_TOPICS = frozenset({"on", "in", "into", "of", "about"})
_WORK_SPAN = 4  # keys between the work and a field it is on ("research on small satellites")


def _ones_work(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """True if the science match ``keys[i:j]`` is one person's work or its topic: a word of
    :data:`_OWN_WORKS` right after "his", "her" or "whose" (probe 25: "his invention", "whose research
    on plasma physics"), or a match after such a work and "on", "in", "into", "of" or "about", over at
    most :data:`_WORK_SPAN` keys of plain words and joiners ("whose research on small satellites").
    Untouched: "their joint research", "Vietnam's research institutes", "research on plasma physics"
    (no owner) and "he proposed research on AI" (the pronoun is the subject, not an owner)."""
    if i > 0 and keys[i] in _OWN_WORKS and keys[i - 1] in _PERSON_OWNERS and j == i + 1:
        return True  # r37e: the work word alone; "whose research reactor" names a thing, no one's work
    t = i - 1
    while t >= 2 and i - t <= _WORK_SPAN:
        if keys[t] in _WORK_TOPICS:
            return keys[t - 1] in _OWN_WORKS and keys[t - 2] in _PERSON_OWNERS
        if not (keys[t].isalpha() or keys[t] == ",") or view.caps[t]:
            return False
        t -= 1
    return False


_REMIT_OPENERS = (("in", "charge", "of"), ("responsible", "for"))
_REMIT_REACH = 4  # keys between the opener and the field ("in charge of international cooperation in education")


def _remit_of_post(keys: list[str], i: int, trie: PhraseTrie, view: TextView | None = None) -> bool:
    """r27a: True if the match at key ``i`` is the remit of a post or a body: "in charge of" or
    "responsible for" right after a noun of a post or body (class ``remit_holder``; or after "who
    is/was" that follows one),
    or a name and "who is", with at most a few plain words between ("the Russian deputy minister in
    charge of energy", "Kuzmenko, who is in charge of defence cooperation at the ministry", "the
    official responsible for education at the embassy", "the state corporation in charge of atomic
    energy"): a title or a body's description, as "Minister of Energy" is (guidelines: sector words
    in a title). Not a remit given to the sides ("the two ministers will be in charge of energy
    cooperation": no post noun before), nor a verb's object ("thanked the minister for energy")."""
    for opener in _REMIT_OPENERS:
        n = len(opener)
        for o in range(max(0, i - _REMIT_REACH - n), i - n + 1):
            if tuple(keys[o : o + n]) != opener:
                continue
            if not all(k.isalpha() or k == "," for k in keys[o + n : i]):
                continue
            h, named = o - 1, False
            if h >= 1 and keys[h] in ("is", "was", "are", "were") and keys[h - 1] == "who":
                h -= 3 if h >= 3 and keys[h - 2] == "," else 2
                # "Kuzmenko, who is in charge of defence cooperation at the ministry": the person's post
                named = h >= 0 and view is not None and view.caps[h] and keys[h].isalpha()
            if h >= 0 and (named or _in_class(trie, "remit_holder", keys, h) == h + 1
                           or _titled_body(keys, h, trie, view)) and not _joint_body(keys, h):
                return True
    return False


_TITLE_BODY_REACH = 10  # keys of the body a post is "of" ("Deputy Secretary of the General Council of the ... party")
_TITLE_BODY_WORDS = frozenset({"of", "the", "and", "party"})


def _titled_body(keys: list[str], h: int, trie: PhraseTrie, view: TextView | None) -> bool:
    """r32e: True if key ``h`` ends the named body of a post ("Deputy Secretary of the General Council
    of the United Russia party in charge of international affairs"): a post noun (class
    ``remit_holder``) then "of" and only capitalised words, "of", "the", "and" or "party" up to key
    ``h``. The remit is still the post's; a body that only acts ("the Secretary of the Council met
    firms in charge of energy projects": a lower-case verb) ends the walk."""
    if view is None:
        return False
    for t in range(h, max(-1, h - _TITLE_BODY_REACH), -1):
        if t < h and keys[t + 1] == "of" and _in_class(trie, "remit_holder", keys, t) == t + 1:
            return True
        if not (view.caps[t] and keys[t].isalpha() or keys[t] in _TITLE_BODY_WORDS):
            return False
    return False


#: review 29 (_joint_body): words that make a body both sides' ("a joint committee", "the intergovernmental
#: commission", "the two ministries"), or one the sides set up now (the founding participles of
#: ``_FOUNDED`` and their present: "set up a committee", "establish a working group")
_BOTH_SIDES_BODY = frozenset({"joint", "intergovernmental", "bilateral", "two", "both"})
_SETTING_UP = _FOUNDED | frozenset({"establish", "create", "form", "formed", "launch", "launched"})
_JOINT_REACH = 3  # keys before the body noun ("set up a committee", "a new joint commission")


def _joint_body(keys: list[str], h: int) -> bool:
    """Review 29: True if the post or body noun at key ``h`` is one of both sides or one the sides set
    up, a word of :data:`_BOTH_SIDES_BODY` or :data:`_SETTING_UP` in the :data:`_JOINT_REACH` keys before
    it ("a joint committee in charge of energy cooperation", "the two ministries in charge of energy
    cooperation will meet", "set up a committee responsible for energy cooperation"): the field its
    remit names is the sides' cooperation, no title. "The deputy minister in charge of energy" is
    untouched."""
    return any(keys[t] in _BOTH_SIDES_BODY or keys[t] in _SETTING_UP
               # r33e: the two sides' bodies after "between their" ("a hotline between their units
               # responsible for high-tech crime"); "talks between the minister in charge of energy" stays
               or keys[t] == "their" and t >= 1 and keys[t - 1] == "between"
               for t in range(max(0, h - _JOINT_REACH), h))


# r27b: the place right after a passive of teaching, "taught in/at <a count or words> schools"
_TAUGHT_PLACE_SPAN = 3


def _taught_where(keys: list[str], i: int, hits: list) -> bool:
    """True if key ``i`` (a school noun) is where the teaching just named happens: "in" or "at" and
    up to :data:`_TAUGHT_PLACE_SPAN` plain words after a mention ending in "taught" ("Russian is now
    taught in 14 Vietnamese schools"): one mention of teaching, not a second one of schools."""
    if not hits or hits[-1][0] != "education" or keys[hits[-1][2] - 1] != "taught":
        return False
    t = hits[-1][2]
    return t < i and keys[t] in ("in", "at") and i - t - 1 <= _TAUGHT_PLACE_SPAN and all(
        keys[x].isalnum() for x in range(t + 1, i))


# r27d (_trainees_of): the verb of training (class ``train_verb``) and the people it trains (classes
# ``trainee`` and ``occupation``); the trained are one mention with the training
# ("train doctors, engineers and teachers"), not a second mention of education
#: r27d: words that may stand between the verb and the people it trains ("more high-quality", "40 young")
#: (no possessive: "train its human resources" is one span of the list rule of an owned object)
_TRAINEE_MODIFIERS = frozenset(key_stream("of more new young qualified skilled high quality highly language "
                                          "and the a")[2]) | _TRAINED_OPENERS


#: r29e: verbs and nouns of teaching whose learners follow after "to"/"for" ("teaching Russian to pupils")
_TEACHING = frozenset(key_stream("teach teaches taught teaching")[2])
_TAUGHT_REACH = 4  # keys from the teaching word to "to"/"for" (the language or subject taught between)


def _taught_learners(keys: list[str], i: int) -> bool:
    """r29e: True if the education match at key ``i`` follows "to"/"for" (and at most two modifiers)
    after a word of teaching (:data:`_TEACHING`): "teaching Russian to high school pupils" names whom the
    teaching (the mention) is for, one mention. "send teachers to schools", "scholarships for students"
    (no teaching word) and "teaching is a bridge for cooperation in education" (a preposition between:
    the field, no learners) stay."""
    for a in range(i - 1, max(-1, i - 4), -1):
        if keys[a] in ("to", "for"):
            return any(keys[t] in _TEACHING for t in range(max(0, a - _TAUGHT_REACH), a))
        if not keys[a].isalpha() or keys[a] in _PHRASE_ENDS:
            return False
    return False


def _trainees_of(keys: list[str], i: int, trie: PhraseTrie, view: TextView | None,
                 sector: str = "education") -> bool:
    """True if the education word at ``i`` names the people a preceding "train"/"training" trains,
    over at most six words that are numbers, names (Russian, Chinese), modifiers of the trained
    ("high-quality", "more") or other occupations of one list (r27d): "training high-quality human
    resources", "train doctors, engineers and teachers", "training Chinese-language teachers" are one
    mention of training; so is an art that names the trained ("train ballet dancers and musicians").
    "expand training and send more teachers" (a verb between), "teachers trained in Russia" (the verb
    after) and "train musicians for the ballet theatre" keep their words."""
    if sector == "education" and _taught_learners(keys, i):
        return True
    if _in_class(trie, "trainee", keys, i) == i and not (
        sector == "culture" and _in_class(trie, "occupation", keys, i + 1) == i + 2
    ):  # an art that names the trained ("train ballet dancers") is part of the training too
        return False
    for t in range(i - 1, max(-1, i - 8), -1):
        k = keys[t]
        if _in_class(trie, "train_verb", keys, t) == t + 1:
            return True
        if k.isdigit() or k == "," or k in _TRAINEE_MODIFIERS or _in_class(trie, "occupation", keys, t) == t + 1:
            continue
        if view is not None and k.isalpha() and view.caps[t] and not view.initial[t]:
            continue
        return False
    return False


#: r27d: people who like a field ("film lovers", "ballet fans"): an audience, no field of cooperation
_FANS = frozenset(key_stream("lovers fans enthusiasts buffs aficionados goers admirers")[2])


def _fans_of(keys: list[str], j: int, view: TextView | None) -> bool:
    """True if the match is followed by a noun of its fans (r27d): "attended by 500 film lovers", "music
    fans attended" name an audience, no field. "film festival", and fans before a noun they modify
    ("football fan exchanges": the exchanges are the field), stay."""
    if j >= len(keys) or keys[j] not in _FANS:
        return False
    return view is None or not _before_noun(keys, j + 1, view)


#: r27d: adjectives of a field before "exchange(s)": "cultural exchange between the two peoples" is the
#: culture mention; the exchange between the peoples is its parties, no second (people) mention
_FIELD_EXCHANGE_ADJECTIVES = frozenset(key_stream("cultural educational academic scientific sports sporting "
                                                  "artistic literary tourism trade economic")[2])


def _exchange_of_field(keys: list[str], i: int) -> bool:
    """True if the people term "exchange(s) between the (two) peoples" at ``i`` follows an adjective of
    another field (r27d): "cultural exchange between the two peoples" is one culture mention. "exchanges
    between the two peoples" alone and "people-to-people exchanges" stay people."""
    return i >= 1 and keys[i] == "exchange" and keys[i - 1] in _FIELD_EXCHANGE_ADJECTIVES


_SUBJECT_SPAN = 3  # r28d: keys from "in" to the subject of a programme ("in petroleum engineering")


def _programme_without_subject(keys: list[str], j: int, trie: PhraseTrie) -> bool:
    """r28d: True if "programmes in" (ending at key ``j``) is not followed by a subject of study
    (class ``discipline``) within ``_SUBJECT_SPAN`` keys: "Russian programmes in petroleum engineering"
    are schooling, "programmes in Vietnam", "programmes in energy" and "programmes in law
    enforcement" name no study."""
    n = len(keys)
    for t in range(j, min(n, j + _SUBJECT_SPAN)):
        e = _in_class(trie, "discipline", keys, t)
        if e > t:
            hit = trie.longest(keys, t)
            return hit is not None and hit[0] > e  # a longer term of a field: "law enforcement"
        if not keys[t].isalpha() or keys[t] in ("and", "or"):
            break
    return True


def _study_places(term: str) -> bool:
    """r28d: True if the lexicon's ``term`` is study places by who pays for them ("state-funded
    places"), read by the check "places-of"; review 31: the lexicon lists them (no copy here), and
    the places with their schools after ("state-funded places at universities") end otherwise."""
    return term.rsplit(" ", 1)[-1] == "places"


#: probe 28: places of care, worship or parking (keys, singular) whose places are beds or spaces, no
#: study ("state-funded places in care homes", "places at the city's kindergartens", "for the elderly")
_NOT_STUDY_PLACES = frozenset(key_stream(
    "home homes hospital clinic hospice shelter orphanage kindergarten nursery creche crèche temple pagoda "
    "church mosque parking garage car elderly pensioner patient"
)[2])
_PLACE_OPENERS = frozenset({"in", "at", "for"})
_NOT_STUDY_REACH = 4  # keys after "in" to the place's noun ("in the province's nursing homes")


def _places_of(keys: list[str], j: int) -> bool:
    """r28d: True if "of" follows study places (:func:`_study_places`, ending at key ``j``): "state-funded
    places of worship", "places of interest" are sites, no study places ("state-funded places for
    Vietnamese applicants" stays). Probe 28: so are places "in", "at" or "for" a place of care, worship
    or parking (:data:`_NOT_STUDY_PLACES`): "state-funded places in care homes" ("in Russian universities"
    stays)."""
    if j >= len(keys):
        return False
    if keys[j] == "of":
        return True
    if keys[j] not in _PLACE_OPENERS:
        return False
    for t in range(j + 1, min(len(keys), j + 1 + _NOT_STUDY_REACH)):
        if keys[t] in _NOT_STUDY_PLACES:
            return True
        if not keys[t].isalpha() or keys[t] in _PLACE_OPENERS or keys[t] == "and":
            return False
    return False


#: probe 28: verbs of flight (keys) that make migrants people fleeing or displaced, no labour
#: ("migrants fled the fighting", "migrants displaced by the floods", "fleeing migrants")
_FLIGHT = frozenset(key_stream("flee fled fleeing flees escape escaped escaping displaced evacuated uprooted "
                               "stranded")[2])
_FLIGHT_LINKS = frozenset(key_stream("who that had have has were are was being")[2])  # "migrants who had fled"


def _fleeing_migrants(keys: list[str], i: int, j: int) -> bool:
    """probe 28: True if the migrants at keys ``i:j`` flee or are displaced: a verb of :data:`_FLIGHT`
    right before them ("displaced migrants", "fleeing migrants") or after them over at most two words of
    :data:`_FLIGHT_LINKS` ("migrants fled", "migrants who had fled"). "Migrants who left to work in
    Russia" and "migrants flew to Moscow" stay labour."""
    if i > 0 and keys[i - 1] in _FLIGHT:
        return True
    t = j
    while t < len(keys) and t - j < 2 and keys[t] in _FLIGHT_LINKS:
        t += 1
    return t < len(keys) and keys[t] in _FLIGHT


_BUSINESS_VERBS = _ECONOMY_MOVES | _SUBJECT_AUXILIARIES  # probe 28: verbs after a field's business


def _field_business(i: int, j: int, sector: str, prev, view: TextView) -> bool:
    """r28g: True if "business" at keys ``i:j`` follows right after a match of another sector (``prev``:
    sector, start, end) and heads its phrase: "its traditional hydrocarbons business", "tourism
    businesses reopened" are the trade of that field, one mention of it, no economy of their own
    ("energy and business ties", "Vietnamese businesses", "trains business leaders" stay)."""
    if prev is None or prev[2] != i or prev[0] == sector:
        return False
    # probe 28: a verb of change or an auxiliary after "business" ends its phrase, which
    # _before_noun reads as a noun ("its hydrocarbons business grew", "tourism business has recovered")
    return (j < len(view.keys) and view.keys[j] in _BUSINESS_VERBS) or not _before_noun(view.keys, j, view)


def _field_festival(i: int, sector: str, prev) -> bool:
    """r30g: True if "festival" at key ``i`` follows right after a match of another sector (``prev``:
    sector, start, end): "a science festival", "a youth festival" are events of that field, one
    mention of it, no culture of their own (as the lexicon's "sports festival"; "a film festival",
    "a festival of Russian culture", "science and the arts festival" stay)."""
    return prev is not None and prev[2] == i and prev[0] != sector


def _olympiad_subject(keys: list[str], i: int, view: TextView) -> bool:
    """r30g: True if the match at key ``i`` is the subject of an olympiad ("olympiads in physics",
    "an olympiad in mathematics and chemistry"): a school contest of that subject, education, no
    science of its own ("research in physics", "cooperation in physics" stay)."""
    t = i - 1
    while t >= 2 and i - t <= _OLYMPIAD_LIST and keys[t] not in ("in", "on") and (
        keys[t].isalpha() and not view.caps[t] or keys[t] == ","
    ):
        t -= 1  # a later member of the list of subjects ("in mathematics and chemistry")
    return t >= 1 and keys[t] in ("in", "on") and keys[t - 1] == "olympiad"


_OLYMPIAD_LIST = 4  # keys back over a list of subjects to "in" after "olympiad"


# r30g: the words before "and education" that make it a party's publicity work (Vietnamese "tuyên giáo",
# the Commission for Information and Education; Chinese "publicity")
_PUBLICITY_WORDS = frozenset({"information", "propaganda", "publicity"})


def _publicity_bodies(keys: list[str], i: int, j: int) -> bool:
    """r30g: True if "education" at keys ``i:j`` follows "information and" (or "propaganda and",
    "publicity and") and a noun of a body follows ("the two Parties' information and education
    agencies", "propaganda and education boards"): a party's publicity bodies, no schooling
    ("cooperation in information and education", "the education agencies" stay)."""
    return (i >= 2 and keys[i - 1] == "and" and keys[i - 2] in _PUBLICITY_WORDS
            and j < len(keys) and keys[j] in _BODY_NOUNS)


# r29h: nouns of the places where the people of a field are ("pupils of a border school", "holidaymakers
# in coastal resorts") and the prepositions that tie them to those people
_PEOPLES_PLACES = frozenset({"schools", "resorts"})
_PLACE_TIES = frozenset({"of", "in", "at"})
# the tie each place takes: pupils "of" a school (not "students at Russian universities", which the set
# counts twice), holidaymakers "in" or "at" resorts
_PLACE_TIE_OF = {"school": frozenset({"of"}), "resort": frozenset({"in", "at"})}


def _place_of_people(keys: list[str], i: int, sector: str, trie: PhraseTrie) -> bool:
    """True if the place noun at key ``i`` follows a term of its own sector naming people, tied by
    "of", "in" or "at" with at most an article and one plain word between ("pupils of a border
    school", "holidaymakers in coastal resorts"): the place says where those people are, one
    mention with them; a place after a field or an activity stays ("cooperation in schools", "study
    at Russian universities")."""
    t = i - 1
    if t >= 0 and keys[t] not in _PLACE_TIES and keys[t] not in ("a", "an", "the"):
        t -= 1  # one modifier ("border", "coastal")
    if t >= 0 and keys[t] in ("a", "an", "the"):
        t -= 1
    if t < 1 or keys[t] not in _PLACE_TIE_OF.get(keys[i], _PLACE_TIES):
        return False
    for u in range(max(0, t - 3), t):
        best = trie.longest(keys, u)
        if best is not None and best[0] == t and best[1][0] == sector and keys[t - 1] in _PEOPLE_WORDS:
            return True
    return False


# the people of a field whose place may follow them (learners, holidaymakers), folded keys
_PEOPLE_WORDS = frozenset({"pupil", "student", "schoolchildren", "learner", "holidaymaker", "tourist",
                           "vacationer", "cadet"})


# r29h: folded keys of armed forces ("the two armies", "the Armed Forces of Russia", "the militaries")
_ARMED_FORCES = frozenset({"army", "military", "navy", "armed", "militia"})
_ARMIES_REACH = 8  # keys after "between" to the first armed force named


def _between_armies(keys: list[str], j: int) -> bool:
    """True if the match ending at key ``j`` goes on "between" armed forces ("a friendship exchange
    between the Việt Nam People's Army and the Armed Forces of Russia", "between the two militaries"):
    ties of armies are defence, no people-to-people exchange ("friendship exchanges between the two
    peoples", "with Russian cities" stay)."""
    if j >= len(keys) or keys[j] != "between":
        return False
    for t in range(j + 1, min(len(keys), j + 1 + _ARMIES_REACH)):
        if keys[t] in _ARMED_FORCES:
            return True
        if keys[t] in ("and", ",", ".", ";"):
            return False
        if keys[t] == "of":
            return False  # review 34: "between veterans of the two armies": people, the armies only own them
    return False


# r29i: people whose requests to a party or a deputy are their own local needs, as keys ("proposals from
# voters on roads"); the words of such requests. Review 34: no "citizens", who ask a state, theirs or
# another, about ties too ("requests from citizens about tourism, visas and flights to Vietnam")
_CONSTITUENTS = frozenset(key_stream("voters residents constituents electors")[2])
_REQUESTS = frozenset(key_stream("proposals complaints requests petitions wishes")[2])
_REQUEST_SPAN = 8  # keys from "on"/"about" to the last field of the request
_REQUEST_BREAKS = frozenset({"with", "in", "for", "to", "of", "between", "cooperation"})  # a tie, no list
_REQUEST_TIES = frozenset({"with", "between", "cooperation"})  # review 34: in or right after the match, a tie


def _constituents_request(keys: list[str], i: int, j: int) -> bool:
    """r29i: True if the match at key ``i`` is what constituents ask for: "<request> from <voters> on/about"
    and a list of plain words up to the match ("the People's Programme, which collects proposals from
    voters on roads, schools and clinics", "complaints from voters about hospitals"): the needs of
    one country's voters a party or a deputy hears, no field of cooperation. "Proposals on energy and
    trade" (no voters) and "cooperation with voters' associations on education" are untouched."""
    if any(k in _REQUEST_TIES for k in keys[i : j + 1]):
        return False  # review 34: a tie in or right after the match ("on education cooperation with Russia")
    for t in range(i - 1, max(2, i - _REQUEST_SPAN) - 1, -1):
        if keys[t] in ("on", "about"):
            return keys[t - 1] in _CONSTITUENTS and keys[t - 2] == "from" and t >= 3 and keys[t - 3] in _REQUESTS
        if not (keys[t].isalpha() or keys[t] == ",") or keys[t] in _REQUEST_BREAKS:
            return False  # a list only: "on cooperation with Vietnam in education" asks for ties
    return False


_STAGE_OBJECT_REACH = 3  # review 33: keys after the verb to its work ("co-stage a new production")


def _stages_no_work(keys: list[str], j: int, trie: PhraseTrie) -> bool:
    """review 33: True if no work of the stage (the lexicon's class ``stage_work``) follows the staging
    verb ending at ``j`` within :data:`_STAGE_OBJECT_REACH` keys of its clause: "the navies will jointly
    stage naval exercises", "co-staged a business forum" are events, no art. "theatres would co-stage
    productions", "jointly stage a new ballet" keep their culture."""
    for t in range(j, min(len(keys), j + _STAGE_OBJECT_REACH)):
        if not keys[t].isalnum():
            return True
        if _in_class(trie, "stage_work", keys, t) > t:
            return False
    return True


#: r30a: nouns of a state's authority shared out or checked before "of power(s)" ("the division of
#: powers", "the control of power"): power as office, as in the lexicon's "exercise of power". Not
#: "distribution" or "transfer", which also move electricity.
_AUTHORITY_OF = frozenset({"division", "separation", "control", "branches", "organs", "seizure", "concentration",
                           "decentralisation", "decentralization", "delegation"})
#: r30a: what may follow such a bare "power": a preposition, a conjunction or the clause's end; a noun
#: after it ("the control of power output") makes it electricity again
_AFTER_AUTHORITY = frozenset({"in", "between", "among", "within", "to", "and", "at", "by", "over", "from", "for",
                              "of", "with", "on"})


#: r30i: verbs that check or seize authority, right before a bare "power" ("controlling power",
#: "abuse power", "seized power"); not verbs that also move electricity ("supply", "export", "share")
_AUTHORITY_VERBS = frozenset({"control", "controls", "controlled", "controlling", "abuse", "abuses", "abused",
                              "abusing", "seize", "seizes", "seized", "seizing", "wield", "wields", "wielded",
                              "wielding", "usurp", "usurped", "usurping"})
#: Review 37: of those, the ones a grid also does ("the operator controls power to the provinces"):
#: authority only where the noun phrase closes ("controlling power and ..."), not before "to"/"in"
_GRID_VERBS = frozenset({"control", "controls", "controlled", "controlling"})
#: Review 37: what closes the phrase after a verb of authority and "power" besides punctuation
_AFTER_GRID_VERB = frozenset({"and", "or", "over"})


def _power_as_authority(keys: list[str], i: int, j: int) -> bool:
    """r30a: True if the bare "power" or "powers" at ``i:j`` follows "of" and a noun of authority
    (:data:`_AUTHORITY_OF`) and ends its noun phrase: "the division of powers between the federal
    centre and the regions", "the control of power in personnel work" are office, no energy; "the
    control of power output", "exports of power to Vietnam" keep it. r30i: also right after a verb of
    authority (:data:`_AUTHORITY_VERBS`): "experience in controlling power and ..." ("controlling power
    output" keeps it)."""
    if j != i + 1 or i < 1:
        return False
    closed = j >= len(keys) or not keys[j].isalnum()
    if keys[i - 1] in _GRID_VERBS:  # review 37: "controls power to the provinces" is the grid's
        return closed or keys[j] in _AFTER_GRID_VERB
    if keys[i - 1] in _AUTHORITY_VERBS:
        # review 37: "officials who abuse power will be punished": a function word closes it too
        # ("seized power plants" keeps the energy)
        return closed or keys[j] in _AFTER_AUTHORITY or keys[j] in load_stopwords()
    if i >= 2 and keys[i - 1] == "of" and keys[i - 2] == "abuse":
        pass  # "abuse of power"
    elif i < 2 or keys[i - 1] != "of" or keys[i - 2] not in _AUTHORITY_OF:
        return False
    return closed or keys[j] in _AFTER_AUTHORITY


#: r30i: field words that, right after "political", name a discipline of party and ideological work
#: ("political economy", "political science"), no field of cooperation. Not "education": r29b keeps
#: "political education in schools" (civics) and makes it party work only of a group
_POLITICAL_DISCIPLINES = frozenset({"economy", "science", "sciences"})


def _political_discipline(keys: list[str], i: int, j: int) -> bool:
    """r30i: True if the bare field word at ``i:j`` follows "political" and names its discipline:
    "textbooks on party history and political economy", "courses in political science" (the set
    gives such subjects to the party or to the course, optional). "political and
    economic ties", "the political economy's growth" read otherwise: only the word right after."""
    return j == i + 1 and i >= 1 and keys[i - 1] == "political" and keys[i] in _POLITICAL_DISCIPLINES


#: r30a: fields of work that "youth" before their term only qualifies (not the events of young
#: people, festivals and games, which the set counts as people)
_YOUTH_FIELDS = frozenset({"economy", "labour", "science_technology", "education", "health", "environment"})
#: r31e: a side of young players ("youth team", "youth squads"; keys fold the plural)
_YOUTH_TEAMS = frozenset({"team", "squad"})


def _youth_of_a_field(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView | None = None) -> bool:
    """r30a: True if the bare "youth" at ``i:j`` modifies a term of a field of work right after it
    (:data:`_YOUTH_FIELDS`): "youth entrepreneurship", "youth employment" name that field for young
    people, one mention. "Youth exchanges", "a youth forum", "youth and sports" and the events of young
    people ("a youth festival", "youth games": culture, sport) keep their people. Probe 35p4: a hyphen
    right after "youth" makes it a member of a compound list, as "and" does ("youth-student exchanges":
    youth and student exchanges), kept."""
    if j != i + 1 or j >= len(keys):
        return False
    if view is not None and view.text[view.ends[i] : view.starts[j]] in ("-", "\u2010", "\u2011"):
        return False
    if keys[j] in _YOUTH_TEAMS and not (j + 1 < len(keys) and keys[j + 1] == "building"):
        # r31e: "a match with a local youth team": a sports side of young players; review 39: not
        # "youth team-building camps" (activities of young people)
        return True
    best = trie.longest(keys, j)
    return best is not None and best[1][0] in _YOUTH_FIELDS


#: r30b: the verbs and nouns of a post people hold ("hold senior posts in", "held key positions in")
_HOLD_VERBS = frozenset(key_stream("hold holds held holding occupy occupies occupied occupying")[2])
_POSTS = frozenset(key_stream("posts positions roles jobs offices seats")[2])
_POSTS_REACH = 8  # keys back from the field to the verb of holding
#: r30b: spheres of a career, no field of cooperation, that a field word may stand with in a list
_SPHERES = frozenset(key_stream("government governments academia administration")[2])
#: r31f: kinds of body that employ people, after a field word ("posts in research institutes"), keys
_EMPLOYER_BODIES = frozenset(key_stream("institute institution centre center laboratory agency company corporation "
                                        "firm university school hospital organisation organization")[2])


def _posts_held(keys: list[str], i: int, j: int) -> bool:
    """r30b: True if the match ``keys[i:j]`` stands in a list with a sphere of careers
    (:data:`_SPHERES`) where people hold posts ("graduates hold senior posts in the country's government
    and industry", "alumni held key positions in academia and business"): where they work, no field
    of cooperation. A named field stays ("hold leading positions in the oil and gas industries"), as
    do "create jobs in industry" (no verb of holding) and "cooperation in government and industry".
    r31f: so does a field word that only says which bodies employ them ("now hold key posts in
    ministries, research institutes and major corporations": a body noun follows it); "cooperation
    between research institutes" has no posts held."""
    n = len(keys)
    if not (i >= 2 and keys[i - 1] in ("and", "or", ",") and keys[i - 2] in _SPHERES) and not (
        j + 1 < n and keys[j] in ("and", "or", ",") and keys[j + 1] in _SPHERES
    ) and not (j < n and keys[j] in _EMPLOYER_BODIES):
        return False
    t = i - 1
    while t >= 0 and i - t <= _POSTS_REACH and keys[t] not in _SENTENCE_END and keys[t] != ";":
        if keys[t] == "in" and t >= 2 and keys[t - 1] in _POSTS:
            # review 35: the posts are the verb's object, over modifiers only ("held talks on positions
            # in government and trade" holds talks, no posts)
            return any(keys[v] in _HOLD_VERBS and not any(k in _PREPOSITIONS for k in keys[v + 1 : t - 1])
                       for v in range(max(0, t - 4), t - 1))
        t -= 1
    return False


# --- round 30e (heldout80) ---------------------------------------------------------------------------


def _river_owns_field(view: TextView | None, j: int, trie: PhraseTrie) -> bool:
    """True if the river ending a match of care at key ``j`` owns, by a possessive, a term of the
    environment right after it: "the protection of the Red River's water environment" is one mention,
    the term after (the set quotes "water environment"). "The protection of the Mekong River's
    resources" (no term after) keeps the whole phrase."""
    if view is None or j >= len(view.keys) or not view.possessive(j):
        return False
    for k in (j, j + 1):  # the term, or one word that modifies it ("water environment")
        hit = trie.longest(view.keys, k) if k < len(view.keys) else None
        if hit is not None and hit[1][0] == "environment":
            return True
    return False


# round 30d (_language_as_modifier): words that may follow a language learned ("study Russian at school",
# "learn Vietnamese quickly", "learn English and Korean"), as keys; any other plain word after it makes
# the language a modifier of a noun ("study Russian proposals"), no language learned
_LANGUAGE_FOLLOWERS = frozenset(
    "at in on for from with and or as to by since during under through via while before after until so "
    "online language well hard together abroad there here every each this next more better further "
    "that which who".split()
)


def _language_as_modifier(keys: list[str], j: int, trie: PhraseTrie) -> bool:
    """True if the language learned ending at key ``j`` ("{study_verb} {language_name}") modifies a
    noun after it: "will study Russian proposals", "learn Chinese lessons", and over a list of
    languages sharing the noun, "study Vietnamese and Russian proposals" (review 36). "Pupils study
    Russian at school", "learn Vietnamese quickly", "learn English and Korean", "study Russian." are
    untouched (round 30d)."""
    if j + 1 < len(keys) and keys[j] in ("and", "or", ","):
        after = _in_class(trie, "language_name", keys, j + 1)
        if after > j + 1:
            j = after  # review 36: the last language of the list decides
    if j >= len(keys):
        return False
    k = keys[j]
    return k.isalpha() and k not in _LANGUAGE_FOLLOWERS and not k.endswith("ly")



# --- review 36 ----------------------------------------------------------------------------------------


def _place_modifies_noun(view: TextView | None, j: int) -> bool:
    """review 36: True if the place word ending a match at key ``j`` ("border", "river") is in the
    singular before a plain noun it modifies: "protect the border residents", "the protection of the
    Red River dykes" are the residents and the dykes, no guarding of borders or care of a river
    ("protect the land borders", "the protection of the Mekong River" stay)."""
    # (the words that may end a finished object, round 30d's, are no noun: "protect the shared border together")
    return (view is not None and _singular_surface(view, j) and _before_noun(view.keys, j, view)
            and view.keys[j] not in _LANGUAGE_FOLLOWERS)


#: review 36: sectors whose match right before "piracy" (or a few keys before it in its clause) makes it
#: the copying of works ("music piracy", "the film industry suffers from piracy"), no crime at sea
_WORKS_SECTORS = frozenset({"culture", "science_technology"})
_WORKS_BACK = 6  # keys back from "piracy" to the end of a match of works


def _piracy_of_works(keys: list[str], i: int, hits: list) -> bool:
    """review 36: True if a match of culture or technology ends within :data:`_WORKS_BACK` keys before
    "piracy" at key ``i`` in its sentence: "music piracy", "the film industry suffers from piracy"
    (the copying of works; the lexicon excludes "software piracy", "film piracy"). "The navies will
    cooperate in the fight against piracy", "cooperation in culture and the fight against piracy"
    (another member of a list) stay."""
    a = _sentence_start(keys, i)
    return any(h[0] in _WORKS_SECTORS and max(a, i - _WORKS_BACK) <= h[2] <= i
               and not _LIST_BREAKS.intersection(keys[h[2] : i]) for h in hits[-3:])


_LIST_BREAKS = frozenset({"and", "or", ",", ";"})  # review 36: another member of a list ("culture and the fight against piracy")


#: r30k: verbs of a degree one person has won (keys: "holds" folds to "hold"), and the degrees
_EARN_VERBS = frozenset(key_stream("earned earn earns earning received receive receives obtained obtain "
                                   "obtains got defended holds hold held holding completed")[2])
_DEGREES = frozenset(key_stream("doctorate doctorates phd phds degree degrees diploma diplomas")[2])
_DEGREE_OWNERS = frozenset({"a", "an", "his", "her", "their", "the"})
_SUBJECT_SPAN = 3  # plain words between "in" and the field word ("in veterinary science")


def _earned_degree_subject(keys: list[str], i: int) -> bool:
    """r30k: True if the field word at ``i`` is the subject of a degree someone earned: "who earned a
    doctorate in veterinary science", "she holds a PhD in economics", "received his master's degree in
    nuclear physics" (a life's story, no field of cooperation). A degree two sides open ("launch a
    joint master's degree in artificial intelligence", "offer degrees in nuclear engineering") stays."""
    for t in range(i - 1, max(-1, i - 1 - _SUBJECT_SPAN - 1), -1):
        if keys[t] == "in":
            break
        if not keys[t].isalpha():
            return False
    else:
        return False
    d = t - 1
    if d < 0 or keys[d] not in _DEGREES:
        return False
    d -= keys[d - 1] in ("master", "bachelor", "doctoral", "doctor") if d > 0 else 0
    return _earned_before(keys, d)


def _earned_before(keys: list[str], d: int) -> bool:
    """True if a verb of earning and "a"/"his"/"their" stand right before key ``d`` ("who earned a
    (master's) degree", "received their diplomas"): one person's degree, the test of r30k's subject
    of a degree and r33a's degree earned (:func:`_earned_degree`)."""
    return d >= 2 and keys[d - 1] in _DEGREE_OWNERS and keys[d - 2] in _EARN_VERBS


def _weather_winds(view: TextView | None, i: int, j: int) -> bool:
    """True if the energy word "wind" stands alone in the plural ("turbines designed for coastal
    winds", "seasonal winds bring rain"): the air that blows, weather, no wind power. The field is
    singular ("wind power", "wind and solar", "wind farms" are other terms and stay)."""
    return view is not None and j == i + 1 and view.surface(i, j).lower() == "winds"


_WEAPON_FIGURE_SPAN = 3  # review 40: keys back from "weapons" to its copula or "as" ("are the sharp weapons")
_WEAPON_FIGURE_AIMS = frozenset({"of", "in", "against", "for"})  # what a figurative weapon serves or fights


def _weapon_figure(view: TextView | None, i: int, j: int) -> bool:
    """r31d: True unless the defence word "weapons" stands in the plural: arms are a field ("a major
    buyer of Russian weapons"), "a weapon" is a figure ("the sharp weapon of the party", "a powerful
    weapon against poverty"). Keys fold plurals, so the surface decides; with no text, no field.
    Review 40: weapons predicated of something (after a copula or "as", over an article and plain
    adjectives) and aimed by a preposition are a figure in the plural too ("literature and the arts
    are sharp weapons of the party", "used as weapons in trade"); "Russia is buying weapons" (a
    verb's -ing) and "these are modern weapons made in Russia" stay."""
    if view is None or view.surface(j - 1, j).lower() != "weapons":
        return True
    keys = view.keys
    if j >= len(keys) or keys[j] not in _WEAPON_FIGURE_AIMS:
        return False
    for t in range(i - 1, max(-1, i - 1 - _WEAPON_FIGURE_SPAN), -1):
        if keys[t] in _COPULAS or keys[t] == "as":
            return True
        if not keys[t].isalpha() or view.caps[t] or keys[t].endswith(("ing", "ed")):
            return False
    return False


def _course_venue(keys: list[str], j: int, trie: PhraseTrie, view: TextView) -> bool:
    """Review 38: True if "for courses in" ending at key ``j`` is followed by a place, not a subject: an
    article or possessive, a number, or a capitalised word that is no language ("room for courses in Đà
    Nẵng", "land for courses in the new sports complex": golf or race courses). "For courses in
    engineering", "for courses in Russian" stay."""
    if j >= len(keys):
        return False
    if keys[j] in _ARTICLES or keys[j] in _OWNERS or not keys[j].isalpha():
        return True
    return view.caps[j] and _in_class(trie, "language_name", keys, j) == j


#: r31g: words of states acting together before "the international arena" in its clause (keys)
_ARENA_WORK = frozenset(key_stream("together cooperate cooperation coordinate coordination cooperating "
                                   "coordinating cooperated coordinated support supported closely jointly")[2])
_ARENA_SPAN = 8  # keys back from the arena to such a word


def _arena_standing(keys: list[str], i: int) -> bool:
    """r31g: True if no word of states acting together (``_ARENA_WORK``) stands in the clause within
    ``_ARENA_SPAN`` keys before the arena at key ``i``: "enjoys deserved prestige in the international
    arena", "a growing position in the international arena" tell a country's standing, no field. "Work
    together effectively on the international arena", "coordinate closely in the international arena" stay."""
    for t in range(i - 1, max(-1, i - 1 - _ARENA_SPAN), -1):
        if keys[t] in (",", ";", ".", ":"):
            return True
        if keys[t] in _ARENA_WORK:
            return False
    return True


#: r31h: nouns of what past meetings produced ("the outcomes of high-level meetings": keys)
_EVENT_RESULTS = frozenset(key_stream("outcome outcomes result results")[2])
#: r31h: the last keys of diplomacy terms that name meetings held, the events themselves
_MEETING_HEADS = frozenset(key_stream("meetings visits talks contacts")[2])


def _results_of_meetings(keys: list[str], i: int, j: int) -> bool:
    """r31h: True if the meetings or visits at keys ``i:j`` follow "the outcomes/results of" (an
    article or "recent" between): "turn the outcomes of high-level meetings into projects" points at
    what past events agreed, no field of exchanges. "Maintain high-level meetings", "the results of
    cooperation in high-level visits" (no "of" right before) stay."""
    if keys[j - 1] not in _MEETING_HEADS:
        return False
    t = i - 1
    while t > 0 and keys[t] in ("the", "recent", "these", "those"):
        t -= 1
    return t > 0 and keys[t] == "of" and keys[t - 1] in _EVENT_RESULTS


# r32d: the offices that do consular work ("the consular agencies of the two countries were in close
# contact", "the embassy's consular section"): actors, no field (tuned parts: "the two consular
# departments" optional, e900); "consular services", "consular cooperation" stay the field
_CONSULAR_BODIES = frozenset({"agency", "office", "department", "section", "post"})


def _consular_body(keys: list[str], i: int, j: int) -> bool:
    """r32d: True if the bare "consular" at ``i`` names the kind of a body after it ("consular agencies")."""
    return _word_before_head(keys, i, j, ("consular",), _CONSULAR_BODIES)


# r33b: the kinds of shop a trade word names ("to meet Russian retail chains and distributors",
# "supplies to Russian retail chains"): the buyers, companies, neutral like "companies" (tuned parts:
# none required, one optional, one unmarked); "retail" and "wholesale" as a field stay ("move from
# small-scale retail to wholesale")
_SHOP_KINDS = frozenset({"chain", "store", "shop", "outlet", "giant"})


def _shop_kind(keys: list[str], i: int, j: int) -> bool:
    """r33b: True if the bare "retail" or "wholesale" at ``i`` names the kind of the shops after it."""
    return _word_before_head(keys, i, j, ("retail", "wholesale"), _SHOP_KINDS)


def _title_before_holder(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """r33a: True if the capitalised match ``keys[i:j]`` stands right before a lower-case title of
    names.yml and the holder's capitalised name or honorific ("Hospital director Dr Nguyễn Văn Lâm
    thanked the donors", "Energy director Ivan Petrov said"): the word of a person's title, no field
    (guidelines: sector words inside a person's title). Lead's round 42: a lower-case match before a
    name of two words too ("the company's commercial director Pavel Gorshkov said"). A title with no
    name after it ("the hospital director thanked ...") is read as before."""
    if j + 1 >= len(keys) or view.caps[j] or keys[j] not in load_names().titles:
        return False
    if not all(view.caps[t] for t in range(i, j)):
        # review 57: "major" after a lower-case field is the trade's firm ("Russian energy major Gazprom
        # Neft"), no person's rank
        return keys[j] not in _FIRM_TITLES and j + 2 < len(keys) and all(
            view.caps[t] and keys[t].isalpha() for t in (j + 1, j + 2))
    return view.caps[j + 1] and keys[j + 1].isalpha()


#: Review 57: title words of names.yml that name a firm after a lower-case field ("oil major")
_FIRM_TITLES = frozenset({"major"})


#: probe 35p8: singular nouns of a person of no office that a sector word may be ("tourist", "athlete",
#: "tour guide"), as keys
_HOLDER_NOUNS = frozenset({"tourist", "athlete", "guide", "sportsman", "sportswoman", "volunteer", "student",
                           "doctor", "teacher", "coach", "lecturer", "nurse", "surgeon", "physician", "engineer",
                           "trainee", "holidaymaker", "traveller", "traveler", "skier", "footballer", "player"})


def _occupation_before_holder(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """probe 35p8: True if the match ``keys[i:j]`` ends with a singular noun of a person of no office
    right before the holder's capitalised name of two words or more ("Russian tourist Svetlana
    Rodionova told reporters", "Tour guide Hoàng Thị Lan said", "Vietnamese athlete Trần Thị Mai"):
    what the speaker is, as a title (guidelines: sector words inside a person's title; the tuned
    parts leave "head coach Sergei Ignatiev" unmarked). A plural ("Russian tourists Nha Trang
    welcomed") or a noun with no name after it ("a Russian tourist said") is read as before."""
    if j + 1 >= len(keys) or keys[j - 1] not in _HOLDER_NOUNS or view.caps[j - 1] and j - 1 > i:
        return False
    if view.surface(j - 1, j).lower() != keys[j - 1]:
        return False  # keys fold the plural: "Russian tourists Nha Trang welcomed"
    return all(view.caps[t] and keys[t].isalpha() for t in (j, j + 1))


#: r33a: lower-case heads of a department or committee, as keys ("deputy head of the ... department")
_REMIT_HEADS = _BODY_HEADS | {"head", "chief", "director"}  # review 47: round 19's heads of a body, and more
_REMIT_BACK_KEYS = 8  # keys back from the body's noun to "<head> of" ("the Moscow city government's")


def _headed_remit(keys: list[str], i: int, view: TextView) -> bool:
    """r33a: True if the match at key ``i`` gives the remit of a body after "for"/"on" ("department
    for external relations") and a head's title holds that body: "<head> of", then the body's
    owner, at most :data:`_REMIT_BACK_KEYS` keys ("Yelena Kireyeva, a deputy head of the Moscow city
    government's department for external relations, noted"): a word of the person's title, no
    field. Without the head ("the department for external relations will host the talks") it stays."""
    if i < 3 or keys[i - 1] not in ("for", "on") or keys[i - 2] not in _BODY_NOUNS:
        return False
    for t in range(i - 3, max(0, i - 3 - _REMIT_BACK_KEYS), -1):
        if keys[t] == "of":
            return keys[t - 1] in _REMIT_HEADS
        if not (keys[t].isalpha() or keys[t] == "'s") or keys[t] in ("and", "who", "which"):
            return False
    return False


#: r33a: prepositions that place a person's appositive noun in an institution ("a postgraduate at ...")
_APPOSITIVE_PLACES = frozenset({"at", "of", "from"})


def _appositive_person(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """r33a: True if the match ``keys[i:j]`` is the noun of an apposition after a person's
    capitalised name, ", a/an", then "at"/"of"/"from" and an institution ("Nguyễn Thu Trang, a
    postgraduate at the Moscow Institute of Physics and Technology, said"): what the speaker is, as
    a title, no field. A match that modifies a noun ("Hà Nội, a tourism hub") or with no institution
    after it stays."""
    if i < 3 or keys[i - 1] not in ("a", "an") or keys[i - 2] != "," or not view.caps[i - 3]:
        return False
    if not keys[i - 3].isalpha() or j + 1 >= len(keys) or keys[j] not in _APPOSITIVE_PLACES:
        return False
    k = j + 1 + (keys[j + 1] == "the")
    return k < len(keys) and view.caps[k] and not (keys[j] == "from" and _bare_place(keys, k, view))


def _bare_place(keys: list[str], k: int, view: TextView) -> bool:
    """Review 47: True if a country, capital or city names.yml knows stands alone at key ``k``, no
    capitalised word after it ("Ivan Petrov, a tourist from Moscow, said"): where the person comes
    from, no institution that makes the noun a title (:func:`_appositive_person`); "a postgraduate
    from the Moscow Institute ..." names one."""
    names = load_names()
    places = _country_keys() | {place for place, _ in names.capitals + names.cities}
    return any(tuple(keys[k : k + len(p)]) == p and not (k + len(p) < len(keys) and view.caps[k + len(p)])
               for p in places)


def _earned_degree(keys: list[str], i: int, j: int) -> bool:
    """r33a: True if the match ``keys[i:j]`` ends in a degree one person or a group earned, right after
    a verb of earning and "a"/"his"/"their" ("Top graduate X, who earned a master's degree in civil
    engineering, said"; "the students received their diplomas"): a life's story or a ceremony, as the
    degree's subject is (r30k, :func:`_earned_degree_subject`). A degree two sides offer or open
    ("launch a joint master's degree", "offer master's degrees") stays."""
    return keys[j - 1] in _DEGREES and _earned_before(keys, i) and (
        keys[i] not in _SHARED_DEGREES and (i < 3 or keys[i - 3] not in _DEGREE_PROSPECTS))  # review 47


#: review 47: a degree two bodies award together ("students will earn a double degree from both
#: universities"): a programme of the two sides, no one person's story
_SHARED_DEGREES = frozenset({"joint", "double", "dual"})
#: review 47: words before the verb of earning that make the degree a prospect a programme offers
#: ("students will receive a bachelor's degree", "to earn a master's degree"), no life's story
_DEGREE_PROSPECTS = frozenset(key_stream("will would can could may might shall to")[2])


#: r33a: verbs of a body's size ("has some 50,000 students") and the words of about a number
_SIZE_VERBS = frozenset(key_stream("has have counts enrols enrolls")[2])
_ABOUT_WORDS = _APPROXIMATE - {"more", "than", "up", "to", "least", "at"}  # review 47: the one-word ones of _common
_LEARNER_KEYS = frozenset(key_stream("students learners pupils")[2])


def _body_size(keys: list[str], i: int, j: int) -> bool:
    """r33a: True if the match ``keys[i:j]`` is the learners of a body counted by its size: "has"
    (or "counts", "enrols"), at most one word of about, a number, then the learners and no
    "from" ("VNU ... has some 50,000 students"; the set marks such figures optional or leaves them:
    e518, e585): a description of the body, no exchange. Learners of a nation ("Russia has 5,000
    Vietnamese students"), or from a place, stay."""
    if j != i + 1 or keys[i] not in _LEARNER_KEYS or i < 2 or not keys[i - 1][:1].isdigit():
        return False
    if j < len(keys) and keys[j] == "from":
        return False
    t = i - 2
    if keys[t] in _ABOUT_WORDS:
        t -= 1
    return t >= 0 and keys[t] in _SIZE_VERBS and not _size_of_exchange(keys, t)


#: review 47: owners of a count of learners that are an exchange, no body described ("the joint
#: programme has 40 students this year"); and words between the owner and its verb ("Russia now has")
_EXCHANGE_OWNERS = frozenset(key_stream("programme program exchange scheme project course")[2])
_OWNER_ADVERBS = frozenset(key_stream("now currently already also still")[2])


def _size_of_exchange(keys: list[str], v: int) -> bool:
    """Review 47: True if the owner right before the size verb at key ``v`` (an adverb between at
    most) is a programme or an exchange, or a country names.yml knows ("The exchange has 30 students
    each year", "Russia now has 5,000 students in its universities"): learners of an exchange or of
    a nation, which :func:`_body_size` keeps; "VNU ... has some 50,000 students" is a body's size."""
    t = v - 1 - (v >= 2 and keys[v - 1] in _OWNER_ADVERBS)
    if t < 0:
        return False
    return keys[t] in _EXCHANGE_OWNERS or any(
        t + 1 >= len(c) and tuple(keys[t + 1 - len(c) : t + 1]) == c for c in _country_keys())


#: probe 34p2: what may end a clause right after its verb (the clause has no object)
_CLAUSE_ENDS = frozenset(key_stream(". , ; in at on during every each while when near there here now")[2])
#: probe 34p2: verb forms of schooling and care that may stand with no object
_PLACE_VERBS = frozenset(key_stream("train trains trained study studies studied treated cured")[2])


def _where_clause_verb(keys: list[str], i: int, j: int) -> bool:
    """Probe 34p2: True if the match ``keys[i:j]`` is one verb of schooling or care with no object,
    at the end of a clause opened by "where" at most four keys before it ("visited the schools
    where Lao officers train in Vietnam", "the hospital where he was treated"): what the place is
    for, a venue described, no field. "Where Russian specialists train Vietnamese engineers" (an
    object follows) and "help Laos train officers" (no "where") stay."""
    if j != i + 1 or keys[i] not in _PLACE_VERBS or (j < len(keys) and keys[j] not in _CLAUSE_ENDS):
        return False
    for t in range(i - 1, max(i - 5, -1), -1):
        if keys[t] == "where":
            return True
        if keys[t] in (".", ",", ";"):
            return False
    return False


#: probe 34p2: nouns of words and language ("medical terminology": the wording of a field)
_WORDING_NOUNS = frozenset(key_stream("terminology vocabulary dictionary dictionaries glossary glossaries")[2])


def _field_wording(keys: list[str], j: int) -> bool:
    """Probe 34p2: True if the adjective match ending before key ``j`` qualifies a noun of words and
    language ("a seminar on Russian medical terminology": a language course's content; the set marks
    it education, optional: e1381). "Medical equipment" stays."""
    return j < len(keys) and keys[j] in _WORDING_NOUNS


#: probe 34p2: words that make bookings trips ("tour bookings", "hotel bookings")
_TRIP_WORDS = frozenset(key_stream("tour tours travel holiday holidays hotel hotels flight flights trip trips")[2])


def _bookings_nowhere(keys: list[str], i: int, j: int, view) -> bool:
    """Probe 34p2: True if the match ``keys[i:j]`` ("bookings") names no trip: no place after "to" or
    "for" ("bookings to Vietnam", "bookings for Nha Trang": e1450, required) and no word of travel
    before ("tour bookings"). "The carrier will add flights if bookings remain strong" is the
    carrier's own trade (e1265: unmarked)."""
    if i > 0 and keys[i - 1] in _TRIP_WORDS:
        return False
    if j + 1 < len(keys) and keys[j] in ("to", "for"):
        # review 50: over an article to the place or season's name ("bookings for the Tet holiday")
        p = j + 1 + (keys[j + 1] == "the" and j + 2 < len(keys))
        if view.surface(p, p + 1)[:1].isupper():
            return False
    return True


#: probe 34p7: words that make a plant's power unit a reactor's ("nuclear", "atomic", "reactor")
_NUCLEAR_UNIT_WORDS = frozenset(key_stream("nuclear atomic reactor reactors")[2])
_UNIT_NOUNS = frozenset(key_stream("unit units")[2])
_NUCLEAR_UNIT_REACH = 8  # keys after "unit(s)" (and 4 before "power") a nuclear word may stand


def _nuclear_power_unit(keys: list[str], i: int, j: int) -> bool:
    """Probe 34p7: True if the match ``keys[i:j]`` ("power") names a power unit of a nuclear plant: "unit"
    or "units" after it and a nuclear word near it in the same sentence ("the first power unit of a
    nuclear power plant", "floating power units and small modular reactors": e353 marks them nuclear,
    not energy; the nuclear plant gives its own mention). "The second power unit of the Vung Ang thermal
    power plant" stays energy."""
    if j >= len(keys) or keys[j] not in _UNIT_NOUNS:
        return False
    for t in range(i - 1, max(-1, i - 5), -1):
        if keys[t] in _SENTENCE_END:
            break
        if keys[t] in _NUCLEAR_UNIT_WORDS:
            return True
    for t in range(j + 1, min(len(keys), j + 1 + _NUCLEAR_UNIT_REACH)):
        if keys[t] in _SENTENCE_END:
            break
        if keys[t] in _NUCLEAR_UNIT_WORDS:
            return True
    return False
