"""When a sector word names a place of the story, not a field: the place-noun lists and the place rules.

A place visited or worked at ("visited a recycling factory", "Workers at the plant", "trained at
Korean hospitals"), a market where goods are sold, a named building or facility ("the Hanoi-Moscow
trade centre"), a place in apposition, a place's own name before a sector word ("the Hải Lăng
economic zone"), "with" or "between" and a place's name after a relation ("a sister relationship
with Tver"). The place-noun lists written by several rounds stand together at the top, each with
the rule it serves.
:func:`framing.sectors.fields._actor_not_field` and the table of :mod:`framing.sectors.checks` call
these rules.
"""

from __future__ import annotations

import functools

from framing.lexicons.matching import PhraseTrie, key_stream
from framing.lexicons.names import TextView, is_word, load_names
from framing.lexicons.wordlists import VISIT_VERBS, load_stopwords
from framing.sectors._common import (
    _APPROXIMATE,
    _ARTICLES,
    _OWNERS,
    _PHRASE_ENDS,
    _PREPOSITIONS,
    _SENTENCE_END,
    _SUBJECT_NEXT,
    _TIME_LINKS,
    _WHEN,
    _before_noun,
    _in_class,
    _name_after,
    _singular_surface,
    _word_before_head,
)

# ---------------------------------------------------------------------------------------------
# Place nouns: every list of nouns of places that the place rules read, in one table. Several
# rounds wrote them and each serves one rule, so they differ on purpose; all hold keys (singular).
# ---------------------------------------------------------------------------------------------

# _of_a_place ("the ... of the two countries") and framing.sectors.cadres._others_school: nouns of a
# country or its parts
_PLACE_NOUNS = frozenset({"country", "nation", "province", "city", "locality", "region"})  # keys are singular
#: probe 16 (_visited_works): places of work that a field's word names the kind of ("visited a
#: recycling factory", "toured a pharmaceutical plant")
#: round 28b: a company or firm visited is one too ("visited a technology company in Haidian";
#: "invest in technology companies" keeps the field)
_WORKS = frozenset({"factory", "plant", "shipyard", "mill", "workshop", "refinery", "company", "firm"})
#: probe 26 (_visited_works, transport words only): stops of transport ("visited the Đồng Đăng railway
#: station", "at a bus terminal") are one place of the story; "build a railway station" and "the
#: railway station project" keep the field, and other fields keep theirs ("at the oil depot", "the LNG
#: terminal": review 16)
_STOPS = frozenset({"station", "terminal"})
#: probe 16 (_story_place): places of study, whose capitalised words before them are left to the
#: education rules
_STUDY_PLACES = frozenset({"school", "university", "college"})
# Round 24d (_visited_place, _right_after_at): places of care that, in the plural right after "at",
# are where people train or work ("trained at Korean hospitals")
_PLACES_AT = frozenset({"hospital", "clinic"})
#: Round 25b (_place_described): places of study and care in the singular that a field's word may
#: describe ("visited the military academy")
_DESCRIBED_PLACES = _STUDY_PLACES | _PLACES_AT | {"academy"}
#: Round 25a (fields._members_of_one): heads of the capitalised name of one place of study ("the Đà
#: Nẵng College of Culture and Arts")
_STUDY_HEADS = _STUDY_PLACES | {"academy", "institute", "conservatory", "lyceum", "gymnasium"}
#: Round 25a (_stall_kind): a stand at a fair or event that an art or a cuisine names the kind of
_STALLS = frozenset({"corner", "stall", "booth", "kiosk"})
#: probe 16 (_workers_of_a_place): places of work after "workers at/from" ("Workers at the plant",
#: "workers from a Moscow garment factory"): the people of one workplace, no labour migration
_WORKPLACES = frozenset({"plant", "factory", "shipyard", "mine", "site", "farm", "mill", "workshop", "company",
                         "firm", "enterprise", "hospital", "port", "airport", "station", "warehouse", "home",
                         "hotel", "restaurant", "centre", "center", "dock"})


# Round 24d (_named_facility): heads of one building or site that a field's word and a capitalised
# name before it describe ("the Hanoi-Moscow trade centre")
_FACILITY_HEADS = frozenset({"centre", "center", "complex"})
#: probe 20 (_named_facility) and probe 23 (_wild_place): dashes that join the places of one name
#: ("the Hà Nội–Moscow ...")
_NAME_DASHES = frozenset({"-", "–", "—"})
# Round 24d (_apposed_place): last words of a term that names one place when it describes a name
# before it
_APPOSED_PLACES = frozenset({"hospital", "port", "seaport", "airport", "school", "university", "college",
                             "museum", "reserve", "park"})


# Round 24c (_place_named_before): place nouns after a place's own name and a sector adjective ("the
# Hải Lăng economic zone"); not a corridor between places ("the Kunming – Lào Cai – Hải Phòng
# economic corridor", "the North–South transport corridor")
_NAMED_PLACE_NOUNS = frozenset({"zone", "park", "estate", "cluster", "complex", "site", "area"})
# r28f: "area" too: "toured the Dinh Vu port area", one named stretch of a city the story is in
# probe 20: "site" too: "the Wat Phou heritage site" is one sight a delegation tours, named by its
# own name; "heritage sites" (plural) and "protect the heritage of the site" keep culture


def _place_after(keys: list[str], j: int, view: TextView) -> bool:
    """True if "with" or "between" and a capitalised name follow key ``j`` ("a sister relationship
    with Tver"), not a common noun ("with a resort in Bali")."""
    return _name_after(keys, j, view, ("with", "between"))


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


_AT_PLACE = frozenset({"at", "from", "near", "off", "outside"})  # r26a: where the story is ("invest in" is no place)
_PLACE_OFFICES = frozenset({"administration", "authority", "office", "official", "director"})  # r26a


def _name_goes_on(keys: list[str], t: int, view: TextView) -> bool:
    """True if the capitalised word at key ``t`` ends a name of two or more words ("Nội Bài", "Noi
    Bai"): a place's own name, not a country's adjective however it ends (probe 25); a sentence's
    first "At" or "From" is no part of it."""
    return (t > 0 and view.caps[t - 1] and keys[t - 1].isalpha() and keys[t - 1] not in _AT_PLACE
            and keys[t - 1] not in _ARTICLES and not view.possessive(t))


def _named_place(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is a term of the class ``named_place`` followed by "of" and a
    capitalised name inside the sentence, or after a place's own capitalised name (not a sentence's
    first word, nor a country's adjective: r26a), in the singular: "the port of Hai Phong", "Cam Ranh
    port" name one place (the scene, or where goods go), not the field; "ports of Vietnam and
    Russia", "ports of the two countries", "a Russian port" and "the port's capacity" stay."""
    if _in_class(trie, "named_place", keys, i) != j or view.caps[i]:
        return False
    if view.surface(j - 1, j).lower().endswith("s"):
        return False  # plural: the ports of a country are a field
    t = i - 1
    if t >= 0 and view.caps[t] and keys[t].isalpha() and not view.initial[t] and not (
        view.surface(t, t + 1).lower().endswith(_DEMONYM_ENDINGS) and not _name_goes_on(keys, t, view)
    ):
        # r26a: its own name before it, where the story happens ("arrived at Cam Ranh port") or whose
        # office speaks ("the Pingxiang port administration"); "upgrade the Vũng Áng port" stays a project
        a = t
        while a > 0 and view.caps[a - 1] and keys[a - 1].isalpha() and not view.initial[a] and (
            keys[a - 1] not in _AT_PLACE
        ):  # probe 25: a sentence's first "At" is no part of the name ("At Haneda airport, he said")
            a -= 1
        a -= a > 0 and keys[a - 1] == "the"
        if j < len(keys) and keys[j] in _PLACE_OFFICES:
            return True
        if a > 0 and keys[a - 1] in _AT_PLACE and not (
            _before_noun(keys, j, view) and view.surface(j, j + 1).lower().endswith("s")
        ):  # review 27: not before a plural noun ("investment from Vladivostok port operators"): the
            return True  # port's business ("docked at Cam Ranh port yesterday" stays the scene)
    if j + 1 >= len(keys) or keys[j] != "of":
        return False
    return view.caps[j + 1] and not view.initial[j + 1] and keys[j + 1].isalpha()


_RANGE_SPAN = 8  # round 25b: keys between "from" and "to" in a range of places
_RANGE_WORDS = 2  # lower-case words of the place's noun around the match ("the mangrove forests")
_RANGE_ENDS = frozenset({"of", "to", "from"})


def _place_in_range(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is followed by "of" and a capitalised name (one place: "the coral
    reefs of Khánh Hòa") and is one end of a range of places whose other end is a capitalised name:
    "from Cát Tiên National Park to the coral reefs of Khánh Hòa", "from the mangrove forests of Cà
    Mau to Hạ Long Bay": where something went, the scene, not the field (round 25b). "Protect the
    coral reefs of Khánh Hòa", "from education to climate change" and "from Hanoi to the localities"
    (no place named after the term) are untouched."""
    n = len(keys)
    e = j  # over the other words of a term cut in two ("mangrove" + "forests")
    while e < n and e - j < _RANGE_WORDS and keys[e].isalpha() and not view.caps[e] and keys[e] not in _RANGE_ENDS:
        e += 1
    if e + 1 >= n or keys[e] != "of" or not view.caps[e + 1]:
        return False
    a, plain = i - 1, 0
    while a >= 0 and (keys[a] in _ARTICLES or plain < _RANGE_WORDS and keys[a].isalpha() and not view.caps[a]
                      and keys[a] not in _RANGE_ENDS):
        plain += keys[a] not in _ARTICLES
        a -= 1
    if a < 1:
        return False
    if keys[a] == "to":  # the other end before: "from <Name> ... to the <term> of <Name>"
        for t in range(a - 1, max(-1, a - 1 - _RANGE_SPAN), -1):
            if keys[t] in _SENTENCE_END or keys[t] == ",":
                return False
            if keys[t] == "from":
                return t + 1 < a and view.caps[t + 1] and _a_name_ends(keys, t + 1, view)
        return False
    if keys[a] != "from":
        return False
    t = e + 1  # the other end after: "from the <term> of <Name> to <Name>"
    while t < n and t - e <= _RANGE_SPAN and view.caps[t]:
        t += 1
    return t + 1 < n and keys[t] == "to" and view.caps[t + 1] and _a_name_ends(keys, t + 1, view)


def _a_name_ends(keys: list[str], t: int, view: TextView) -> bool:
    """True if the capitalised words from key ``t`` are a name, not an adjective of a plain noun after
    them (review 25: "to Vietnamese offshore blocks", "from Russian universities" are kinds, so the
    range is of fields, not of places)."""
    while t < len(keys) and view.caps[t]:
        t += 1
    return not _before_noun(keys, t, view)


# cls10: verbs whose object is a place the story happens at ("visited the port"), as keys
_VISITS = VISIT_VERBS | {"visiting", "touring"}  # and the gerunds ("while touring the port")
_VISIT_SPAN = 10  # keys between the verb and the place ("visited the Cam Ranh port and a military hospital";
# round 24f: "tour an industrial park and a newly built provincial hospital")
_VISIT_SPAN_NAMES = 30  # round 28b: keys back to the verb when capitalised names stand between
_PLACE_MODIFIERS = 2  # lower-case words before the place after "at" ("at the local district hospital")


def _stall_kind(keys: list[str], j: int) -> bool:
    """True if the culture match ending at key ``j`` names the kind of one stand right after it
    (``_STALLS``): "a Vietnamese cuisine corner", "a calligraphy corner" are places at an event, no
    field (round 25a; e505 marks the corner optional). "Vietnamese cuisine is popular", "cuisine and
    music exchanges" are untouched."""
    return j < len(keys) and keys[j] in _STALLS


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
    return _story_place(keys, i, j, view) or _home_to(keys, i, view, names=True)


#: r29c, r29f: what a place "is home to" describes the place, no field of cooperation: the object
#: is read back to "home to" over at most this many keys
_HOME_TO_REACH = 6
_HOME_TO_BEFORE = frozenset({"is", "was", "are", "were", "remains", ",", "also"})  # r29f: before "home to"


def _home_to(keys: list[str], i: int, view: TextView, *, names: bool = False) -> bool:
    """True if the match at key ``i`` is in the object of "home to": a description of the place.

    "Home to" follows a copula or a comma (review 32: with ``names`` too). By default (r29f, any
    field) only plain lower-case words or numbers stand between ("Tomsk ... is home to six state universities", ", home to large
    engineering plants,"); a capital stops it ("home to a growing Vietnamese community" stays), and
    so does a verb's "home to" ("brought the students home to Hanoi"). With ``names`` (r29c, one
    place visited), articles and capitalised names are read over, with at most two plain words
    ("toured the Temple of Literature, home to Việt Nam's first university", "Tomsk, home to the
    oldest university in Siberia"). "Support the university" and "cooperation with the university"
    are untouched."""
    plain = 0
    for t in range(i - 1, max(0, i - _HOME_TO_REACH - 2), -1):
        if keys[t] == "to":  # review 32: names too only after a copula or a comma, no verb's "home to"
            return keys[t - 1] == "home" and t >= 2 and keys[t - 2] in _HOME_TO_BEFORE
        if not names:
            if view.caps[t] or not keys[t].isalnum():
                return False
            continue
        if keys[t] in _ARTICLES or view.caps[t] and is_word(keys[t]):
            continue
        plain += 1
        if plain > 2 or not keys[t].isalpha() or keys[t] in _PHRASE_ENDS:
            return False
    return False



def _visited_works(keys: list[str], i: int, j: int, view: TextView, stops: bool = False) -> bool:
    """True if the match ``keys[i:j]`` names the kind of one place of work right after it (``_WORKS``,
    in the singular) that is visited or where someone is, by the signs of :func:`_story_place`:
    "visited a recycling factory", "at a pharmaceutical plant" are places of the story, no field
    (probe 16). With ``stops`` (a transport word), also a station or terminal (``_STOPS``: probe 26).
    "Build a recycling plant", "investment in a pharmaceutical factory" and terms that hold the noun
    ("power plant") are untouched."""
    if j >= len(keys) or not (keys[j] in _WORKS or stops and keys[j] in _STOPS) or not _singular_surface(view, j + 1):
        return False
    if keys[j] in _STOPS and _departs_from(keys, i, view):
        return True  # r31j: "a freight train left Lào Cai railway station"
    return _story_place(keys, i, j + 1, view, near=False)  # "near the gas plant" keeps the gas (agreed errors 8)


#: r31j (_departs_from): verbs of leaving a stop, whose object is where the story starts
_DEPARTS = frozenset({"left", "leaves", "leaving", "departed", "departs", "departing"})


def _departs_from(keys: list[str], i: int, view: TextView) -> bool:
    """r31j: True if a verb of leaving (``_DEPARTS``, "from" allowed after it) stands before the stop's
    kind word at key ``i``, over an article and a capitalised name: "the train left Lào Cai railway
    station", "the bus departed from the Mỹ Đình bus station" are one place of the story. "Upgrade
    Lào Cai railway station" and "the war left the railway sector in ruins" (no stop) are untouched."""
    a = i - 1
    while a >= 0 and view.caps[a] and is_word(keys[a]) and i - a <= _NAME_WORDS:
        a -= 1
    if a >= 0 and keys[a] in _ARTICLES:
        a -= 1
    if a >= 0 and keys[a] == "from":
        a -= 1
    return a >= 0 and keys[a] in _DEPARTS


#: probe 20 (_one_room): rooms and halls of one building that a field's word names the kind of
_ROOMS = frozenset({"hall", "auditorium", "room", "foyer", "lobby", "stage"})


def _one_room(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` names the kind of one room or hall right after it (``_ROOMS``,
    in the singular) after "the" (over a capitalised name): "The cinema hall was decorated with
    lanterns", "in the concert hall of the Conservatory", "the Bolshoi exhibition hall" are where the
    event is, no field (probe 20; as :func:`_visited_works` for places of work). "Build a concert
    hall", "cinema halls in Laos" and "the cinema industry" are untouched."""
    if j >= len(keys) or keys[j] not in _ROOMS or not _singular_surface(view, j + 1):
        return False
    if j + 1 < len(keys) and not view.caps[j + 1] and _before_noun(keys, j + 1, view):
        return False  # "the concert hall project": the room modifies a noun
    a = i - 1
    while a >= 0 and view.caps[a] and keys[a].isalpha() and not view.initial[a]:
        a -= 1
    if keys[j] == "stage" and not (a >= 1 and keys[a - 1] in ("on", "onto")):
        return False  # review 27: a stage is a phase ("the investment stage of the project") unless one stands on it
    return a >= 0 and keys[a] == "the"


#: probe 16: words of time after a place that it does not modify ("worked at the hospital since 2010")
_PLACE_TIME = frozenset({"since", "until", "till", "during", "later", "earlier"})
_AT = frozenset({"at", "near"})  # probe 16: "a hotel near the airport" is a place, as "at the airport"
#: Probe 24: words of where after a place that head no noun of it ("visited a school near the border gate",
#: "toured a school where pupils sang")
_WHERE_AFTER = frozenset({"near", "beside", "behind", "opposite", "outside", "inside", "next", "where"})
_NAME_WORDS = 4  # capitalised words of a place's name after "at" ("at Cam Ranh International airport")


def _story_place(keys: list[str], i: int, j: int, view: TextView, near: bool = True) -> bool:
    """The signs of :func:`_visited_place` for the place at keys ``i:j``: the object of a verb of
    visiting, or after "at" (probe 16: also over the capitalised words of its name, "docked at Hải
    Phòng port", except for places of study, and before a word of time, "at the hospital since
    2010"); ``near`` also reads "near" as "at", not for :func:`_visited_works`)."""
    if j < len(keys) and keys[j] not in _WHEN and keys[j] not in _PLACE_TIME and keys[j] not in _WHERE_AFTER \
            and not view.caps[j] and _before_noun(
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
    if a >= 1 and keys[a] == "at" and keys[a + 1] in ("a", "an") and keys[a - 1] in _HELD_AT and not (
        j < len(keys) and keys[j] in ("of", "for") and not _owner_named(keys, j, view)
    ):
        return True  # probe 35p5: "the talks were held at a clinic of the Russian Ministry of Health": the venue
    # probe 15: people "from" one place ("pupils from a local school read poems"): where they come from;
    # not "graduated from a school of fine arts" (a kind of school)
    if a >= 1 and keys[a] == "from" and keys[a + 1] in _ARTICLES and not (j < len(keys) and keys[j] in ("of", "for")):
        return True
    spent = 0
    for t in range(i - 1, max(-1, i - 1 - _VISIT_SPAN_NAMES), -1):
        # round 28b: the words of a capitalised name ("the Party School of the CPC Central Committee
        # (National Academy of Governance) and a technology company") spend none of the span
        u = t + 2 if keys[t] == "of" and keys[t + 1] == "the" else t + 1  # "of the CPC"
        in_name = view.caps[t] or keys[t] in ("(", ")") or (
            keys[t] in ("of", "the") and u < len(keys) and view.caps[u])
        spent += not in_name
        if spent > _VISIT_SPAN:
            return False
        if in_name:
            continue
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
# (its places: _PLACES_AT, in the table of place nouns at the top)


def _right_after_at(keys: list[str], i: int, view: TextView) -> bool:
    """True if "at" stands before key ``i`` over articles and at most ``_PLACE_MODIFIERS`` words that
    are capitalised or plain lower-case adjectives ("at Korean hospitals", "at the local clinics")."""
    a, plain = i - 1, 0
    while a >= 0 and (keys[a] in _ARTICLES or (plain < _PLACE_MODIFIERS and keys[a].isalpha() and keys[a] != "at"
                                               and keys[a] not in _PHRASE_ENDS and keys[a] not in _PREPOSITIONS)):
        plain += keys[a] not in _ARTICLES
        a -= 1
    return a >= 0 and keys[a] == "at"


#: probe 35p5: verbs of an event held or a stay before "at a"/"at an" and one place: the venue ("the
#: talks were held at a clinic", "the meeting took place at a university", "stayed at a hotel")
_HELD_AT = frozenset({"held", "place", "stayed", "hosted", "convened", "organised", "organized", "gathered"})


def _owner_named(keys: list[str], j: int, view: TextView) -> bool:
    """Probe 35p5: True if "of" at key ``j`` opens a capitalised name, over "the" ("a clinic of the
    Russian Ministry of Health"); "a school of fine arts" names a kind."""
    t = j + 1 + (j + 1 < len(keys) and keys[j + 1] == "the")
    return keys[j] == "of" and t < len(keys) and view.caps[t]


def _named_owner(keys: list[str], a: int, j: int, view: TextView) -> bool:
    """True if "the" follows "at" (key ``a``) and "of" at key ``j`` opens a capitalised name: "at the
    general hospital of Nghệ An Province" is one place of a named owner, while "at a school of fine
    arts" names a kind of school."""
    return keys[a + 1] == "the" and keys[j] == "of" and j + 1 < len(keys) and view.caps[j + 1]


#: probe 16: people and bodies of a place ("the airport's general director", "the press service of
#: the airport"): the place owns them, an actor (keys are singular)
_PLACE_PEOPLE = frozenset({"director", "head", "chief", "service", "staff", "management", "administration",
                           "spokesman", "spokeswoman", "spokesperson", "employee", "worker", "leader",
                           "leadership", "representative", "manager", "official", "crew", "operator",
                           # r30b: "the theater's press office told TASS": the place speaks, no field
                           "office"})


#: probe 35p5: verbs of intent of one place as the subject (keys: "wants" folds to "want"); review 51: not a
#: modal ("the new port will open in 2026", "the port can handle 50,000 tonnes" name the field)
_PLACE_INTENT = frozenset({"want", "plan", "hope", "intend", "aim", "expect"})


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
    # probe 35p5: also a verb of intent, not of "be" ("the port wants to handle"; "the port will be
    # expanded" is what is done to it, the field); review 51: a place that ends the text ("Vietnam opens
    # new port" in a headline) has no verb after it
    acts = v == j and v < n and keys[v] in _PLACE_INTENT and not (v + 1 < n and keys[v + 1] in ("be", "not"))
    if acts or v < n and keys[v].isalpha() and not view.caps[v] and view.surface(v, v + 1).lower().endswith("ed"):
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


_WORKPLACE_SPAN = 4  # words between the article and the workplace ("a Moscow garment factory")


def _past_verb(word: str) -> bool:
    """True if ``word`` reads as a verb in the past ("finished", "unloaded"), not one in "-eed" ("need")."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


def _workers_of_a_place(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the labour match ``keys[i:j]`` is a noun for people at work (class ``worker``) with
    no origin before it, followed by "at"/"from"/"of", an article and a place of work
    (``_WORKPLACES``) within ``_WORKPLACE_SPAN`` words: "Workers at the plant showed him", "workers
    from a Moscow garment factory took part" are the people of one workplace (probe 16). "Vietnamese
    workers at Korean factories", "workers at foreign firms" (no article) and "the rights of
    workers" are untouched. So (round 28c) is a workplace before the workers and a verb in "-ed" after
    them ("dock workers finished the job late", "factory workers cheered the guests"); not "Vietnamese
    factory workers earned more" (an origin) nor "factory workers need training"."""
    if _in_class(trie, "worker", keys, i) != j or j + 2 >= len(keys):
        return False
    if i > 0 and keys[i - 1] in _WORKPLACES and _past_verb(view.surface(j, j + 1).lower()):
        # round 28c: "dock workers finished the job": a workplace's people in one past act
        return not (view.caps[i - 1] and not view.initial[i - 1]) and not (
            i > 1 and view.caps[i - 2] and keys[i - 2] not in _SENTENCE_END and keys[i - 2] not in _ARTICLES)
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


#: probe 26 (_workers_of_an_event): deeds told in a relative clause after workers that make them the
#: people of one past event ("who died during the construction", "who took part in building the
#: plant", "who helped build"), as keys; "lost" only with "their lives" ("who lost their jobs" is labour)
_EVENT_DEEDS = frozenset({"died", "perished", "killed", "took", "helped", "built", "constructed", "participated",
                          "lost"})
_PEOPLE_LIST_SPAN = 5  # keys from the workers to "who" over a list ("workers, engineers and veterans who")


_ATTENDEE_SPAN = 12  # keys back from the people to "attended by" over a list of who came
_ATTENDEE_JOINS = (_APPROXIMATE - {"at", "to"}) | {",", "and"}  # "about 1,500"; "at", "to" open a phrase


def _attendee(keys: list[str], i: int) -> bool:
    """True if "attended by" stands before key ``i`` over a list of people (words, numbers, commas,
    "and", and "of" before a name): "The ceremony was attended by about 1,500 employees and veterans
    of the venture" names who came, no labour migration (round 28b). A clause or a preposition
    between ("attended by officials who discussed jobs for Vietnamese workers") stops the list, and so
    does a participle (review 30: "attended by firms hiring Vietnamese workers")."""
    for t in range(i - 1, max(0, i - 1 - _ATTENDEE_SPAN), -1):
        if keys[t] == "by":
            return keys[t - 1] == "attended"
        if not (keys[t] in _ATTENDEE_JOINS or keys[t][:1].isdigit() or keys[t].isalpha()
                and keys[t] not in _PHRASE_ENDS and keys[t] not in _PREPOSITIONS and keys[t] not in ("who", "which", "that")):
            return False
        if len(keys[t]) > 5 and keys[t].endswith("ing"):
            return False  # review 30: "attended by firms hiring workers": a participle's object, no attendee
    return False


def _workers_of_an_event(keys: list[str], i: int, j: int, trie: PhraseTrie) -> bool:
    """True if the labour match ``keys[i:j]`` is a noun for people at work (class ``worker``), alone or
    in a list of people ("workers, engineers and veterans"), before "who" (or "who had"/"who were") and a
    deed of one past event (``_EVENT_DEEDS``): "the workers who died during the construction", "workers,
    engineers and veterans who took part in building the plant", "the 168 workers who lost their lives"
    are the people of that event, no labour migration (probe 26). "Vietnamese workers who come to work
    in Russia", "workers who lost their jobs", "workers whose contracts had expired" are untouched."""
    if _in_class(trie, "worker", keys, i) != j:
        return False
    if _attendee(keys, i):
        return True
    if i > 0 and keys[i - 1][:1].isdigit() and (keys[j : j + 2] == ["took", "part"] or keys[j : j + 1] == ["participated"]):
        # probe 28: a count of workers with no origin, subject of taking part ("Over 300 employees took
        # part in the drills"): the people of one event ("200 Vietnamese workers took part" stays labour)
        return True
    t, n = j, len(keys)
    while t < n and t < j + _PEOPLE_LIST_SPAN and keys[t] != "who":
        if not (keys[t] in (",", "and") or keys[t].isalpha() and keys[t] not in _PHRASE_ENDS
                and keys[t] not in _PREPOSITIONS):
            return False  # "workers in Russia who ...": a place, not a list of people
        t += 1
    if t + 1 >= n or keys[t] != "who":
        return False
    t += 1 + (keys[t + 1] in ("had", "were", "was", "have"))
    if t >= n or keys[t] not in _EVENT_DEEDS:
        return False
    if keys[t] == "took":
        return t + 1 < n and keys[t + 1] == "part"
    if keys[t] == "lost":
        return keys[t + 1 : t + 3] == ["their", "live"]  # "lives" folds to "live"
    return keys[t] != "killed" or keys[t - 1] in ("were", "was")


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
    while a >= 0 and (view.caps[a] and keys[a].isalpha() or keys[a] in _NAME_DASHES and a > 0 and view.caps[a - 1]):
        a -= 1  # probe 20: over the dashes of a name of two places ("the Hà Nội–Moscow business centre")
    if keys[j] == "complex" and a == i - 2:
        return False  # review 23: one country's or region's word ("the Russian energy complex") names its industry
    # r30c: only "the" names one place; "open a Vietnamese trade promotion centre" plans a kind of body
    return a < i - 1 and a >= 0 and keys[a] == "the"


_APPOSITION_SPAN = 3  # plain words between "the" and the place ("the country's oldest nature reserve")


def _apposition_article(keys: list[str], i: int, view: TextView) -> int:
    """Key of the article that opens an apposition to a capitalised name ending right before ", the"/
    ", a", over at most ``_APPOSITION_SPAN`` plain words before key ``i`` ("Bạch Mai Hospital, a leading
    hospital"), or -1 when none (shared by :func:`_apposed_place` and :func:`_apposed_body`, review 38)."""
    a = i - 1
    while a >= 0 and i - a <= _APPOSITION_SPAN and keys[a].isalpha() and not view.caps[a] and keys[a] not in _ARTICLES \
            and keys[a] not in _PHRASE_ENDS and keys[a] not in _PREPOSITIONS:
        a -= 1
    return a if a >= 2 and keys[a] in _ARTICLES and keys[a - 1] == "," and view.caps[a - 2] else -1


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
    a = _apposition_article(keys, i, view)
    return a > 0 and (not _fronted_phrase(keys, a - 1) or "," in keys[j : j + _APPOSITION_SPAN + 1])



#: round 31a: heads of a body that an apposition may name by its field ("the party's youth wing")
_APPOSED_BODIES = frozenset({"wing", "league", "union", "organisation", "organization", "association", "corporation"})


def _apposed_body(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is the field of one body that an apposition gives the capitalised
    name before it: right before a singular head of :data:`_APPOSED_BODIES` and a comma, after an article
    or a possessive opened by a comma ("The Young Guard, the party's youth wing, held ...", "Rosatom, the
    state nuclear corporation, said"): the body is the actor, as its name would be (round 31a).
    "Exchanges between the party's youth wing and the youth union" (no apposition) and "Komsomol, which
    works with youth," are untouched."""
    n = len(keys)
    if j + 1 >= n or keys[j] not in _APPOSED_BODIES or keys[j + 1] != "," or not _singular_surface(view, j + 1):
        return False
    # keys drop a possessive "'s": "the party's youth wing" is scanned as "the party youth wing"
    return _apposition_article(keys, i, view) > 0

_NEAR = frozenset({"near", "next", "opposite", "beside", "behind"})  # round 30d: where a building stands


def _former_place(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """True if the singular place ``keys[i:j]`` (last word in :data:`_APPOSED_PLACES`) is what a building
    once was: an article, "former" and at most ``_APPOSITION_SPAN`` words before it ("the museum,
    housed in a former colonial boarding school", "the hotel is a former hospital"): a building of the
    story, no field (round 30d). "The former school director" (the place modifies a noun) and "former
    students" (no place) are untouched."""
    if keys[j - 1] not in _APPOSED_PLACES or not _singular_surface(view, j):
        return False
    if j < len(keys) and not view.caps[j] and keys[j] not in _PREPOSITIONS and keys[j] not in _NEAR \
            and _before_noun(keys, j, view):
        return False
    a = i - 1
    while a >= 0 and i - a <= _APPOSITION_SPAN and keys[a] != "former" and keys[a].isalpha() \
            and keys[a] not in _ARTICLES and keys[a] not in _PREPOSITIONS:  # "a former French primary school"
        a -= 1
    return a >= 1 and keys[a] == "former" and keys[a - 1] in _ARTICLES


_FRONTED_SPAN = 8  # keys back from a comma to the preposition opening its sentence ("At the forum in Hanoi,")


def _fronted_phrase(keys: list[str], c: int) -> bool:
    """True if the comma at key ``c`` closes a phrase that opens its sentence with a preposition ("In
    Đà Nẵng, a hospital will be built"): what follows is the clause's subject, no apposition, unless
    a comma closes it (review 23)."""
    t = c - 1
    while t > 0 and c - t < _FRONTED_SPAN and keys[t - 1] not in _SENTENCE_END and keys[t - 1] != ",":
        t -= 1
    return (t == 0 or keys[t - 1] in _SENTENCE_END) and (keys[t] in _PREPOSITIONS or keys[t] in _TIME_LINKS)


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
    if _singular_surface(view, j) and _named_market(keys, i, view):
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


_MARKET_NAME_WORDS = 4  # probe 22: capitalised words of a marketplace's own name ("the Đồng Xuân market")
#: review 28: words of a region named by its point of the compass or its sea ("the Far East market", "the
#: Middle East market", "the Gulf market"): a region's trade, as a country's is, no marketplace
_REGION_WORDS = frozenset({"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest",
                           "far", "middle", "gulf"})


@functools.cache
def _country_keys() -> frozenset:
    """Keys of the countries names.yml knows (those its capitals and seats stand for)."""
    names = load_names()
    return frozenset(country for _, country in names.capitals + names.seats)


def _named_market(keys: list[str], i: int, view: TextView) -> bool:
    """True if "market" at key ``i`` follows a place's own capitalised name (at most
    ``_MARKET_NAME_WORDS`` words, not a sentence's first word): "the Đông Kinh market in Lạng Sơn
    city", "visited the Bắc Ninh market" are one marketplace (probe 22). A country's adjective, a
    country ("the Việt Nam market") or a bloc's acronym ("the EAEU market", "the US market") before it
    is the trade of that economy: "the Russian market", "the Indian market" keep the field, as does a
    region named by its point of the compass or its sea ("the Far East market", review 28)."""
    a = i
    while (a > 0 and i - a < _MARKET_NAME_WORDS and view.caps[a - 1] and keys[a - 1].isalpha()
           and keys[a - 1] not in _ARTICLES and not view.initial[a]):
        a -= 1
    if a == i or view.initial[a] or keys[a - 1] in _NAME_DASHES or any(d in view.surface(a, i) for d in "-–—"):
        return False  # a region joined by a dash is a market of trade ("the Asia-Pacific market")
    words = [view.surface(t, t + 1) for t in range(a, i)]
    if any(w.isupper() for w in words) or words[-1].lower().endswith(_DEMONYM_ENDINGS):
        return False
    if any(k in _REGION_WORDS for k in keys[a:i]):
        return False  # review 28: "the Far East market", "the Middle East market": a region's trade
    return tuple(keys[a:i]) not in _country_keys()


def _sides_acronym(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is one word in capitals (an acronym of a field: "FTA") after a
    pair of capitalised names joined by a dash, the sides of a deal ("the Việt Nam–EAEU FTA had cut
    duties"): an acronym is written in capitals wherever it stands, so the capitalised run names the
    sides, not an institution (probe 22). Not in a bracket ("(FTA)", "(VN–EAEU FTA)": an alias) nor before another
    capitalised word or a number ("the Việt Nam–EAEU FTA Council", "Arctic LNG 2": names)."""
    if j - i != 1 or i < 3 or not view.surface(i, j).isupper() or keys[i - 1] == "(":
        return False
    if j < len(keys) and keys[j] == ")" and "(" in keys[max(0, i - 4) : i]:
        return False  # round 28c: "... Free Trade Agreement (VN–EAEU FTA)": a bracket repeats the name
    if j < len(keys) and (view.caps[j] or keys[j][:1].isdigit()):
        return False
    a = i - 1
    while a > 0 and i - a <= _MARKET_NAME_WORDS and view.caps[a]:
        if keys[a - 1] in _NAME_DASHES and view.caps[a - 2 if a >= 2 else 0]:
            return True
        a -= 1
    return False


# Round 24c: business copy names places, products and service starts with sector words.
# A sector adjective between a place's own name and a place noun is part of that place's name ("the
# Hải Lăng economic zone", "the Vorsino industrial park"): one place, the scene, not the field. Not
# after a country's adjective ("a Russian industrial park" is a kind of park in that country) nor in
# the plural ("Vietnamese industrial parks", "border economic zones").
# (its place nouns: _NAMED_PLACE_NOUNS, in the table at the top)
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


def _place_described(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is one word of a field (class ``place_field``: "military",
    "medical") right before one place of study or care in the singular (``_DESCRIBED_PLACES``) that
    the story happens at, by the signs of :func:`_story_place` (the object of a verb of visiting,
    after "at", or "from the"): "visited the military academy", "graduated from the military
    academy", "their years at the military school" name one place, not the field (round 25b).
    "Exchanges between military academies" (plural) and "build a military hospital" are untouched."""
    if j >= len(keys) or _in_class(trie, "place_field", keys, i) != j or keys[j] not in _DESCRIBED_PLACES:
        return False
    return _singular_surface(view, j + 1) and _story_place(keys, i, j + 1, view)


#: probe 34p3 (_schooled_at): verbs of one person's schooling before "at"/"from" and one place of study
_SCHOOLED = frozenset({"studied", "studying", "graduated", "graduating", "enrolled", "trained"})
#: review 50: forms of "be" before the verb that make the schooling today's, no life story ("200
#: Vietnamese cadets are studying at a Russian military academy", "officers are trained at ...")
_SCHOOLING_NOW = frozenset({"am", "is", "are", "being", "been"})
_SCHOOLED_REACH = 3  # keys from "at"/"from" to the field word (an article and a demonym: "at a Soviet")


def _schooled_at(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """Probe 34p3: True if the match ``keys[i:j]`` is one word of a field (class ``place_field``:
    "military", "medical") right before one place of study in the singular (``_DESCRIBED_PLACES``),
    reached over an article and capitalised words (a demonym: "Soviet", "Russian") from "at"/"from"
    after a verb of one's schooling (``_SCHOOLED``): "studied at a Soviet military academy in the
    1970s", "graduated from a Russian medical university" tell a life story, no field (round 25b's
    :func:`_place_described` stops at "a" and at a capitalised word). "Studied at a school of fine
    arts" (the kind told after "of"/"for"), "military academies" (plural) and "exchanges between
    military academies" are untouched."""
    if j >= len(keys) or _in_class(trie, "place_field", keys, i) != j or keys[j] not in _DESCRIBED_PLACES:
        return False
    if not _singular_surface(view, j + 1) or (j + 1 < len(keys) and keys[j + 1] in ("of", "for")):
        return False
    a = i - 1
    while a >= 0 and i - a <= _SCHOOLED_REACH and (keys[a] in _ARTICLES or view.caps[a] and keys[a].isalpha()):
        a -= 1
    if a < 1 or keys[a] not in ("at", "from") or keys[a - 1] not in _SCHOOLED:
        return False
    v = a - 2 - (a >= 3 and keys[a - 2].endswith("ly"))  # over one adverb ("are currently studying")
    return v < 0 or keys[v] not in _SCHOOLING_NOW


# probe 23: where one is; r28f: "from" too, where something comes from ("emissions from the forests of
# Cát Tiên National Park": the emissions are the field, the forests one named place)
_WILD_PREPOSITIONS = frozenset({"in", "into", "across", "through", "near", "at", "from"})
_WILD_MODIFIERS = 2  # probe 23: lower-case words before the place ("the watershed forests")


def _wild_place(keys: list[str], i: int, j: int, trie: PhraseTrie, view: TextView) -> bool:
    """True if the match ``keys[i:j]`` is a place of nature (class ``wild_place``: "forests", "river
    basin") named as where the story is: after its own name ("Tomsk's forests cover 60 percent",
    "climate adaptation in the Red River basin"), or before "of"/"in" and a name, itself after a
    preposition of place or a verb of visiting ("species in the forests of Cao Bang", "visited a forest
    in Vangvieng district"). Not after a word of care (class ``nature_care``): "protect Tomsk's
    forests", "the protection of the forests of Cao Bang" name the field (probe 23)."""
    if _in_class(trie, "wild_place", keys, i) != j:
        return False
    a, plain = i - 1, 0  # the word before the place, over its name, articles and modifiers
    while a >= 0 and (keys[a] in _ARTICLES or view.caps[a] and keys[a].isalpha() and not view.initial[a]
                      or keys[a] in _NAME_DASHES  # a name of two rivers ("the Kỳ Cùng–Zuojiang river basin")
                      or plain < _WILD_MODIFIERS and keys[a].isalpha() and not view.caps[a]
                      and keys[a] not in _WILD_PREPOSITIONS and _in_class(trie, "nature_care", keys, a) == a):
        plain += not view.caps[a] and keys[a] not in _ARTICLES
        a -= 1
    if a >= 0 and _in_class(trie, "nature_care", keys, a) > a:
        return False
    t = i - 1
    if t >= 0 and view.caps[t] and keys[t].isalpha() and not view.initial[t] and not (
        view.surface(t, t + 1).lower().endswith(_DEMONYM_ENDINGS)
    ):
        return True  # its own name before it
    if j + 1 >= len(keys) or keys[j] not in ("of", "in") or not view.caps[j + 1] or view.initial[j + 1]:
        return False
    return a >= 0 and keys[a] in _WILD_PREPOSITIONS or _story_place(keys, i, j, view)


# Probe 25 (_scene_place): one road, bridge, port, airport or station where the story happens, after a
# preposition of place and "the" ("drove along the road to the port", "moored near the bridge", "At the
# airport, he told reporters"): the scene, no transport as a field. Keys are singular; the surface
# must be too ("ports of the two countries" stay).
_SCENE_PLACES = frozenset({"road", "bridge", "port", "seaport", "airport", "station", "terminal", "pier",
                           "quay", "street", "highway"})
_SCENE_PREPOSITIONS = frozenset({"at", "along", "across", "near", "over", "past", "beside", "by", "outside",
                                 "off", "onto", "towards", "toward", "around", "down", "up", "from", "under"})
#: "on the road", "on the street": a way one is on; "work on the bridge" is a project, so only these
_ON_WAYS = frozenset({"road", "street", "highway"})
#: verbs of going whose "to the <place>" is where one goes ("drove to the port"), as keys
_GOING = frozenset("go went going come came coming drive drove driving travel travelled traveled travelling "
                   "traveling walk walked walking head headed heading return returned returning move moved "
                   "continue continued proceed proceeded".split())
#: r28e: verbs that take the place left or reached as their object ("after leaving the port", "reached
#: the airport"): where the story happens, as keys
_LEAVING = frozenset("leave leaves left leaving reach reached reaching enter entered entering exit exited".split())
_SCENE_WORDS = 2  # lower-case words between "the" and the place ("along the new road")


#: probe 39p3: keys of an event held somewhere, right before "at" ("took place at", "was held at")
_HELD_AT = frozenset({"place", "held", "hosted", "staged", "organised", "organized"})
_VENUE_NAME_WORDS = 4  # capitalised words of the venue's place before the match ("the Hải Phòng container terminal")


def _venue_of_event(keys: list[str], i: int, view: TextView) -> bool:
    """Probe 39p3: True if the match at key ``i`` (ending in a word of :data:`_SCENE_PLACES`, one or two
    keys) is where an event was held: "took place at" / "was held at" (:data:`_HELD_AT`), "the", a
    capitalised place's name or none, then the match ("The ceremony took place at the Hải Phòng
    container terminal"): the venue, no transport as a field. Untouched: "invest in the container
    terminal", "the two sides agreed to build a container terminal" (no event held at it)."""
    t = i - 1
    while t > 0 and i - 1 - t < _VENUE_NAME_WORDS and view.caps[t] and not view.initial[t] and keys[t] != "the":
        t -= 1
    return t >= 2 and keys[t] == "the" and keys[t - 1] == "at" and keys[t - 2] in _HELD_AT


def _scene_place(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """True if the one-word match at ``i`` (a word of :data:`_SCENE_PLACES`, singular) follows "the"
    (and at most :data:`_SCENE_WORDS` lower-case words) after a preposition of place ("near the
    bridge", "along the new road", "at the airport"), "on" for a way ("on the road to the border
    gate") or "to" after a verb of going or another such place of the scene ("drove to the port", "along
    the road to the port"), or the object of a verb of leaving or reaching ("after leaving the port":
    r28e): where the story happens (probe 25). Untouched: "invest in the port", "upgrade the road",
    "the road project" (a noun after it), "ports of the two countries" and "access to the port"."""
    if j - i <= 2 and keys[j - 1] in _SCENE_PLACES and _singular_surface(view, j) and _venue_of_event(keys, i, view):
        return True  # probe 39p3: "the ceremony took place at the Hải Phòng container terminal"
    if j != i + 1 or keys[i] not in _SCENE_PLACES or not _singular_surface(view, j) or view.caps[i]:
        return False
    if i >= 2 and keys[i - 1] == "the" and keys[i - 2] in _LEAVING and (
        j >= len(keys) or not keys[j].isalpha() or keys[j] in _PREPOSITIONS or keys[j] in ("the", "a", "an")
    ):
        return True  # r28e: "after leaving the port the ships will hold an exercise"
    if j < len(keys) and keys[j] not in _PREPOSITIONS and keys[j] not in _SCENE_PREPOSITIONS and _before_noun(keys, j, view):
        return False  # "along the road network", "near the port area" is read as a project or field
    if i >= 1 and view.possessive(i) and keys[i - 1].isalpha() and not view.caps[i - 1] and j < len(keys) and (
        keys[j] in _SUBJECT_NEXT
    ):
        return True  # "the region's airport would add a flight": one place's facility acting, an actor
    t = i - 1
    while t > 0 and i - 1 - t < _SCENE_WORDS and keys[t].isalpha() and keys[t] != "the" and keys[t] not in _OWNERS and not view.caps[t]:
        t -= 1
    if t >= 1 and keys[t] in _OWNERS and keys[t - 1] == "on":
        # probe 39p3: a way one is on, after an owner as after "the" ("stood by Việt Nam on its long road
        # to independence"); only "on" ("invest in its port", "at its airport" are read as before)
        return keys[i] in _ON_WAYS
    if t < 1 or keys[t] != "the":
        return False
    p = keys[t - 1]
    if p in _SCENE_PREPOSITIONS:
        return True
    if p == "on":
        return keys[i] in _ON_WAYS
    # "to" after a verb of going, or after a place that is itself the scene ("along the road to the
    # port"); "the expressway is the main road to the port" keeps its port (round 21)
    return p == "to" and t >= 2 and (keys[t - 2] in _GOING or _scene_place(keys, t - 2, t - 1, view))


# Probe 25 (_trip): a vehicle a delegation takes, no transport as a field: "travelled by train to
# Hekou" (a verb of travelling before "by"), "took the metro", "boarded a river boat" (a verb of boarding
# and an article before the match)
#: verbs of a trip made, in the past (goods "go by rail" and "will travel by train" too: round 24c), as keys
_TRAVELLING = frozenset("travelled traveled journeyed commuted".split())
_BOARDING = frozenset("take took taking taken board boarded boarding ride rode riding catch caught "
                      "catching".split())


#: r29e: who takes one trip of the story when "fly directly" follows them ("the delegation will fly
#: directly to Moscow", "he flies direct to Hà Nội"): a delegation or a person by title or pronoun;
#: carriers, passengers and tourists flying directly are an air link (keys fold plurals)
_TRIP_TAKERS = frozenset("delegation team he she minister president premier leader ambassador chairman "
                         "chairwoman secretary governor official envoy".split())
_TRIP_TAKER_REACH = 5  # keys back from "fly" to its subject ("the delegation will then fly ...")
#: review 33: words between a subject and its "fly" (modals, adverbs, "to be able to"): read over to
#: reach the subject itself, the nearest noun before them
_FLY_AUXILIARIES = frozenset(key_stream("will would can could may might shall should must to be able also then now "
                                        "soon later not")[2])
_NAME_WORDS = 4  # review 33: capitalised words of a person's name after the title ("Prime Minister Phạm Minh Chính")


def _trip_taker_before(keys: list[str], i: int, view: TextView | None = None) -> bool:
    """r29e: True if the subject of "fly" at key ``i`` is a trip taker (:data:`_TRIP_TAKERS`): "The
    delegation will fly directly to Moscow" is a trip; "residents to be able to fly here directly",
    "Aeroflot flies direct to Phú Quốc" are an air link. Review 33: the subject is the nearest word
    before "fly" past :data:`_FLY_AUXILIARIES` (or a title before a capitalised name), not any trip
    taker of the clause: "the minister wants Russian tourists to fly directly" is an air link."""
    t = i - 1
    while t >= 0 and i - t <= _TRIP_TAKER_REACH and keys[t] in _FLY_AUXILIARIES:
        t -= 1
    for _ in range(_NAME_WORDS):
        if t < 0 or view is None or not view.caps[t] or not keys[t].isalpha() or keys[t] in _TRIP_TAKERS:
            break
        t -= 1  # a name after its title: "President Putin", "Minister Phạm Minh Chính"
    return t >= 0 and keys[t] in _TRIP_TAKERS


def _trip(keys: list[str], i: int, j: int, view: TextView | None = None) -> bool:
    """True if the transport match ``keys[i:j]`` is how people of the story went: "by" and a vehicle
    right after a verb of travelling ("the delegations travelled by train"; "goods go by rail" stays), or the match after an article
    after a verb of boarding ("took the metro", "boarded the ship"). Untouched: "goods carried by
    train", "freight by rail", "take the railway cooperation further" (no article before a vehicle's
    single word: the match must follow the article right away and be one or two words)."""
    if keys[i] == "by":
        return i > 0 and keys[i - 1] in _TRAVELLING or _taker_arrived_by(keys, i, j)
    if keys[i] == "fly":
        return _trip_taker_before(keys, i, view)
    if _came_by(keys, i) and j - i <= 2 and not any(k in _NOT_RIDDEN for k in keys[i:j]):
        return True
    return i >= 2 and keys[i - 1] in ("the", "a", "an") and keys[i - 2] in _BOARDING and j - i <= 2


#: probe 39p3: keys from "by" back to the verb of arriving (a place between: "arrived in Vladivostok by
#: train"), and from the verb back to its subject ("A delegation of the Vietnamese province of Quảng Ninh")
_ARRIVED_REACH = 5
_SUBJECT_REACH = 12
#: probe 39p3: words of goods carried, as keys; one of them nearer the verb than a trip taker makes
#: "by rail" freight ("the first shipment of the delegation's goods arrived by rail")
_CARRIED_GOODS = frozenset("good cargo shipment container freight product consignment batch wagon".split())
#: probe 39p3: keys that open or end a clause before the verb's subject is reached
_CLAUSE_OPENERS = frozenset(". ; : that which where when while after before because and or".split())


def _taker_arrived_by(keys: list[str], i: int, j: int) -> bool:
    """Probe 39p3: True if "by" and a vehicle at keys ``i:j`` follow a verb of arriving or leaving
    (:data:`_ARRIVING`) at most :data:`_ARRIVED_REACH` keys before, a place between, whose subject in
    the sentence is a trip taker (:data:`_TRIP_TAKERS`: "A delegation of the Vietnamese province of
    Quảng Ninh arrived in Vladivostok by train from Khabarovsk"): how people went, no transport.
    Untouched: "the goods arrived in Moscow by rail" (goods nearer the verb), "the cargo will travel by
    rail" (no verb of arriving), a match of freight or a route (:data:`_NOT_RIDDEN`)."""
    if j - i > 2 or any(k in _NOT_RIDDEN for k in keys[i:j]):
        return False
    v = next((u for u in range(i - 1, max(-1, i - 1 - _ARRIVED_REACH), -1) if keys[u] in _ARRIVING), None)
    if v is None or any(keys[u] in (",", ".", ";", "and") for u in range(v + 1, i)):
        return False
    for u in range(v - 1, max(-1, v - 1 - _SUBJECT_REACH), -1):
        if keys[u] in _CLAUSE_OPENERS or keys[u] in _CARRIED_GOODS:
            return False  # "the delegation said that coffee arrived by rail": another clause's subject
        if keys[u] in _TRIP_TAKERS:
            return True
    return False


#: review 29: words of freight or of a route in a match, no vehicle one rides ("the shipment arrived on a
#: direct freight train", "goods came by the new rail line": transport; "by a special flight" is a trip)
_NOT_RIDDEN = frozenset({"freight", "cargo", "container", "line", "route", "corridor", "link", "network"})
#: probe 27: verbs of a person's arrival or departure, in the past, as keys
_ARRIVING = frozenset("arrived flew landed came returned left departed".split())


#: determiners of the vehicle people rode; r29e: demonstratives too ("flew home on such flights")
_RIDE_DETERMINERS = frozenset({"a", "an", "the", "such", "these", "those", "this", "that"})


def _came_by(keys: list[str], i: int) -> bool:
    """True if the match at key ``i`` follows "by" or "on" and an article (and at most one more word)
    right after a verb of travelling or arriving: "Sun arrived in Hanoi by a special flight" (a
    place between the verb and "by" too: at most four keys), "the minister flew in on a chartered
    plane" (probe 27). Untouched: "goods arrived by rail" reads "by" right before the match (above),
    "flights arrived on time" (the match before the verb)."""
    t = i - 1
    if t >= 0 and keys[t] not in _RIDE_DETERMINERS and keys[t].isalpha():
        t -= 1  # one modifier: "a special flight"
    if t < 1 or keys[t] not in _RIDE_DETERMINERS or keys[t - 1] not in ("by", "on", "aboard"):
        return False
    return any(keys[u] in _ARRIVING or keys[u] in _TRAVELLING for u in range(max(0, t - 6), t - 1))


# Probe 27 (_armed_logistics): the supply of armed forces is no transport as a field: "a logistics base
# of the Soviet Navy", "the fleet's logistics support point", "naval logistics"
#: words of armed forces, as keys (plurals folded)
_ARMED = frozenset("navy naval fleet military army armed troop force warship".split())
#: nouns a logistics of armed forces names (a base, a point of support)
_LOGISTICS_SITES = frozenset("base support point facility".split())


def _armed_logistics(keys: list[str], i: int, j: int) -> bool:
    """True if the match ``keys[i:j]`` is "logistics" of armed forces: a word of :data:`_ARMED` right
    before it ("naval logistics"), or a noun of :data:`_LOGISTICS_SITES` after it and a word of armed
    forces in the next few keys of the phrase ("a logistics base of the Soviet Navy"). Untouched: "a
    logistics base in Hai Phong", "logistics hubs", "logistics and the navy's visit" (probe 27)."""
    if keys[i:j] != ["logistic"]:  # keys fold plurals
        return False
    if i > 0 and keys[i - 1] in _ARMED:
        return True
    if j >= len(keys) or keys[j] not in _LOGISTICS_SITES:
        return False
    for t in range(j + 1, min(len(keys), j + 6)):
        if keys[t] in _ARMED:
            return True
        if not keys[t].isalpha() or keys[t] in ("and", "in", "at", "near"):
            return False
    return False


# r28h: the parts a building is made of ("comprises lecture halls, a library and a sports ground"):
# verbs of composition, and the nouns of a facility after a field word
# r29e: "houses"/"contains" list a building's rooms too ("Its building houses a library, a cinema hall")
_COMPOSED_OF = frozenset(key_stream("comprises comprise comprising comprised consists consisting includes including "
                                    "houses contains containing")[2])
_FACILITY_NOUNS = frozenset(key_stream("ground grounds field fields hall halls court courts pitch pitches room rooms")[2])
_PARTS_REACH = 20  # keys back in the sentence to the verb of composition (over the list of parts)


def _fields_of_a_list(hits: list, keys: list[str], i: int, j: int) -> bool:
    """Lead's round 39: True if "field(s)" after the word at keys ``i:j`` closes a list of fields whose
    member before it is a sector's mention ending right before "and", "or" or a comma: "including in the
    energy, education and culture fields" names fields of cooperation, no sports ground. "The school
    comprises lecture halls, a library and sports fields" (no field before "and") stays a building part."""
    if j >= len(keys) or keys[j] not in ("field", "fields") or i < 2 or keys[i - 1] not in ("and", "or", ","):
        return False
    return bool(hits) and hits[-1][2] == i - 1


def _building_part(keys: list[str], j: int) -> bool:
    """True if the field word ending at key ``j`` only names a facility ("a sports ground", "a sports
    hall") listed among a building's parts after a verb of composition (``_COMPOSED_OF``) in its
    sentence: "The school comprises lecture halls, a library, dormitories and a sports ground" names
    no field. "Investors build hotels and sports facilities", "cooperation includes sports" keep it
    (no facility noun after, or no verb of composition). Review 31: nor a gerund right after the
    verb ("the agreement includes building sports halls", "upgrading sports grounds"): the grounds are
    what is built, a project of the field, no part listed."""
    if j >= len(keys) or keys[j] not in _FACILITY_NOUNS:
        return False
    for t in range(j - 1, max(-1, j - _PARTS_REACH), -1):
        if keys[t] in _COMPOSED_OF and (keys[t] != "house" or _houses_verb(keys, t)):
            return not keys[t + 1].endswith("ing")
        if keys[t] in (".", ";", "!", "?"):
            return False
    return False


def _houses_verb(keys: list[str], t: int) -> bool:
    """review 33: True if the key "house" at ``t`` is the verb ("its building houses a library"), an
    article or a number right after it; the noun ("the opera house will host a concert hall
    performance", "an opera house and concert halls") lists no parts."""
    return t + 1 < len(keys) and (keys[t + 1] in _ARTICLES or keys[t + 1][:1].isdigit())


def _pronoun_it(keys: list[str], i: int, view: TextView) -> bool:
    """r29c: True if the match at key ``i`` opens with the key "it" not written "IT": the pronoun
    ("made it industry practice"), not the acronym of information technology ("IT specialists")."""
    return keys[i] == "it" and view.surface(i, i + 1) != "IT"


# r29g: the words of armed defence whose object may be one named place
_DEFENCE_WORDS = frozenset(key_stream("defence defense")[2])


# r31b: what one defends in argument, not by arms, as keys
_DEFENDED_IDEAS = frozenset(key_stream("truth memory values")[2])


def _defended_idea(keys: list[str], j: int) -> bool:
    """r31b: True if "defence of" after the match ending at ``j`` takes an idea (``_DEFENDED_IDEAS``),
    at most one word between ("the defence of historical truth", "the defence of traditional
    values"): an argument upheld, no armed defence ("the defence of the Fatherland" stays)."""
    if j >= len(keys) or keys[j] != "of":
        return False
    return any(t < len(keys) and keys[t] in _DEFENDED_IDEAS for t in (j + 1, j + 2))


def _defended_place(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """True if the one-word match at ``i`` is "the defence of" a capitalised place name with no
    article ("set during the defence of Hà Nội in 1946", "veterans of the defence of Leningrad"):
    a battle for a city, history recalled, no field of cooperation (guidelines: background).
    Untouched: "the defence of the Fatherland" (an article: the country's defence as a policy),
    "the defence of Việt Nam's sovereignty" (a possessive: what is defended is a right),
    "the defence of Vietnamese airspace" (an adjective before a noun), "cooperation in defence of the
    region" and "defence of Russia" without "the"."""
    if j != i + 1 or keys[i] not in _DEFENCE_WORDS:
        return False
    if _defended_idea(keys, j):
        return True  # r31b: "the defence of historical truth", "in defence of traditional values"
    if i < 1 or keys[i - 1] != "the":
        return False
    if j + 1 >= len(keys) or keys[j] != "of" or not view.caps[j + 1] or not keys[j + 1].isalpha():
        return False
    t = j + 1
    while t + 1 < len(keys) and view.caps[t + 1] and keys[t + 1].isalpha():
        t += 1  # the whole name ("Hà Nội", "Ho Chi Minh City")
    if tuple(keys[j + 1 : t + 1]) in _country_keys():
        return False  # review 33: "the defence of Russia is a priority": a country's defence, the field
    return not view.possessive(t + 1) and not _before_noun(keys, t + 1, view)


#: review 33: verbs of aiming before "at markets": the markets are the trade aimed at, no marketplace
_AIMING = frozenset(key_stream("aim aims aimed aiming target targets targeted targeting look looks looked "
                               "looking eye eyes eyed eyeing geared directed")[2])


def _marketplaces(keys: list[str], i: int, view: TextView | None) -> bool:
    """r29e: True if the match at key ``i`` is "markets" written right after "at" with no article: the
    marketplaces where people work or shop ("parents work long hours at markets and in shops",
    "workers employed ... at markets in Moscow"), a place, no trade. "access to the Russian market",
    "sold at the markets of the EAEU" (an article), "at market prices" and (review 33) markets aimed
    at ("exporters are looking at markets in Africa", :data:`_AIMING`) stay."""
    if i > 1 and keys[i - 2] in _AIMING:
        return False
    return i > 0 and keys[i - 1] == "at" and view is not None and view.surface(i, i + 1).lower() == "markets"


def _country_adjective(view: TextView, t: int) -> bool:
    """True if the word of key ``t`` is capitalised and ends as a country's adjective does
    (:data:`_DEMONYM_ENDINGS`: "Vietnamese", "Russian", "Lao"): "Local", "Foreign", "Many" are not."""
    return view.caps[t] and view.keys[t].isalpha() and view.surface(t, t + 1).lower().endswith(_DEMONYM_ENDINGS)


#: r30c (_kind_of_settlement): singular nouns of a settlement a field's word may name the kind of
_SETTLEMENT_KINDS = frozenset({"town", "city", "township"})


def _kind_of_settlement(keys: list[str], j: int, view: TextView) -> bool:
    """True if the match ending at key ``j`` names the kind of one settlement right after it, a
    lower-case singular "town" or "city" (r30c, as the exclusion "port city"): "home to the
    Akademgorodok research town", "Zelenograd, a science city near Moscow", "Tomsk, a university
    town" describe a place, no field. "research towns of the two countries" (plural), "research in
    the city" and a term that holds the noun ("smart city") are untouched."""
    return (j < len(keys) and keys[j] in _SETTLEMENT_KINDS and not view.caps[j]
            and _singular_surface(view, j + 1))



#: r30k: buildings that "business" may name the kind of ("a business centre": offices to rent)
_BUSINESS_BUILDINGS = frozenset(key_stream("centre center building complex tower")[2])
#: r30k: prepositions of place before the building's article ("on the ground floor of a ...")
_BUILDING_PLACE = frozenset({"at", "in", "of", "inside", "into", "from", "near", "on"})


def _business_building(keys: list[str], i: int, j: int) -> bool:
    """r30k: True if the bare "business" at ``i:j`` names the kind of one building a place phrase
    points at: "on the ground floor of a business centre", "a meeting at the business complex"
    (the venue, no field). "Opened a business centre to support firms" (no place phrase) and "the
    Hà Nội – Moscow business centre" (a name) stay."""
    return (_word_before_head(keys, i, j, ("business",), _BUSINESS_BUILDINGS)
            and i >= 2 and keys[i - 1] in ("a", "the") and keys[i - 2] in _BUILDING_PLACE)


#: r31g: nouns of a place where an event is held, whose kind a field word before them names
_EVENT_VENUES = frozenset(key_stream("venue venues hall halls")[2])


def _event_venue(keys: list[str], view: TextView, i: int, j: int) -> bool:
    """r31g: True if the match ``keys[i:j]`` names the kind of one venue (``_EVENT_VENUES``) that a
    name or a place phrase points at: "the attack on the Crocus City Hall concert venue", "a fire at
    a concert hall in the city" (the place, no field). "Build a new concert hall" (no place phrase)
    and "concerts and exhibitions" stay; review 40: so do venues in the plural, a country's field
    ("artists performed in Russian concert halls"; keys fold plurals, so the surface decides)."""
    if j >= len(keys) or keys[j] not in _EVENT_VENUES or i < 1 or view.surface(j, j + 1).lower().endswith("s"):
        return False
    caps = view.caps
    if caps[i - 1] and keys[i - 1].isalpha():
        return True  # a named venue: "the Luzhniki sports venue"
    return i >= 2 and keys[i - 1] in ("a", "the") and keys[i - 2] in _BUILDING_PLACE


#: review 38: the kinds of locality (keys) a counted tie's subject ends on ("Vietnamese localities")
_LOCALITY_NOUNS = _PLACE_NOUNS - {"country", "nation"}
#: lead's round 40a: places that bare "twinning" joins as a verb ("twinning border districts")
_TWINNED_PLACES = _PLACE_NOUNS | {"district", "town", "village", "commune", "capital", "municipality"}
_NOUN_MARKS = _ARTICLES | _OWNERS  # "their twinning", "the twinning": the noun


def _twinning_of_no_places(keys: list[str], j: int, view) -> bool:
    """Lead's round 40a: True if bare "twinning" ending at key ``j`` goes on with "of" ("the twinning
    of the two wards was approved" may be a merger; the twinning of places in pairs or of border
    villages has terms of its own) or, as a verb, with a lower-case noun that is no place ("proposed
    twinning schools": the schools' partnership). "seek twinning with a Vietnamese province",
    "suggested twinning Hải Phòng with Vladivostok", "the anniversary of their twinning" stay."""
    if j >= len(keys):
        return False
    if keys[j] == "of":
        return True
    if j >= 2 and keys[j - 2] in _NOUN_MARKS:
        return False  # "their twinning next year": the noun, no verb with an object
    if keys[j] in _NOUN_MARKS and j + 1 < len(keys):
        j += 1  # review 56: the verb's object after its article or owner ("twinning their universities")
    word = view.surface(j, j + 1)
    place = keys[j] in _TWINNED_PLACES or j + 1 < len(keys) and keys[j + 1] in _TWINNED_PLACES  # "border districts"
    return word[:1].islower() and word.isalpha() and keys[j] not in load_stopwords() and not place
_LOCALITY_TIE_SPAN = 8  # round 31a: keys back from a tie "with" localities to its subject, in the clause


def _tie_with_counted_localities(keys: list[str], i: int, prev) -> bool:
    """round 31a: True if the tie "with" a kind of locality at key ``i`` (people terms "{relation} with
    {locality_side} regions") has for its subject a people mention already found in its clause within
    ``_LOCALITY_TIE_SPAN`` keys (``prev``: sector, start, end of the last hit): "Vietnamese localities
    would set up more links with Russian regions" is one tie of localities, which the set marks once
    (on "localities"). "Russian regions should step up their links with Vietnamese provinces" (no
    mention before) and "Youth exchanges and cooperation with Russian regions" (the mention before is no
    locality, review 38) are untouched."""
    if prev is None or prev[0] != "people" or prev[2] > i or i - prev[2] > _LOCALITY_TIE_SPAN:
        return False
    if keys[prev[2] - 1] not in _LOCALITY_NOUNS:
        return False  # review 38: "youth exchanges and cooperation with Russian regions" are two mentions
    return not any(k in (".", ";", ",") for k in keys[prev[2]:i])


#: r31b: the nouns of a place's role that a field's adjective may describe ("an industrial centre",
#: "a major cultural hub"), as keys
_ROLE_NOUNS = frozenset(key_stream("centre center hub city town capital powerhouse")[2])
#: r36b: kinds of place written in lower case after the place's name ("the Sverdlovsk region")
_PLACE_KINDS = frozenset(key_stream("region province city oblast territory republic krai district")[2])
_ROLE_MODIFIERS = 2  # r31b: lower-case words between the article and the field word ("a major old ...")


def _place_role(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """r31b: True if the one-word match at ``i`` is the adjective of a role noun (``_ROLE_NOUNS``) in
    an apposition to a capitalised place name: "Yaroslavl, an industrial centre on the Volga, ...",
    "Kazan, a major cultural hub, ..." describe the place, no field of cooperation. Untouched: "build
    an industrial centre in Hà Nam" (no name and comma before the article), "In Hà Nội, an industrial
    centre will open" (the name is the scene), "However, a cultural centre will open" (review 38: a
    connective opens the sentence), "a centre of industrial cooperation" (the field word is not before
    the noun)."""
    if j != i + 1 or j >= len(keys) or keys[j] not in _ROLE_NOUNS or view.caps[i]:
        return False
    a = i - 1
    while a >= 0 and i - a <= _ROLE_MODIFIERS and keys[a] not in ("a", "an") and keys[a].isalpha() \
            and not view.caps[a]:
        a -= 1  # "a major industrial centre"
    if a < 2 or keys[a] not in ("a", "an") or keys[a - 1] != ",":
        return False
    t = a - 2
    if t >= 1 and keys[t] in _PLACE_KINDS and not view.caps[t] and view.caps[t - 1] and keys[t - 1].isalpha():
        t -= 1  # r36b: a place named with its kind in lower case ("the Sverdlovsk region, a major industrial centre")
    if not (view.caps[t] and keys[t].isalpha()):
        return False
    for k in keys[j : j + _FRONTED_SPAN]:
        if k == ",":
            return True  # the apposition closes: "Yaroslavl, an industrial centre on the Volga, hosted ..."
        if k in _SENTENCE_END:
            break
    # review 38: a comma after a sentence's opening phrase is no apposition ("In Hà Nội, an industrial
    # centre will open" as in _apposed_place; "However, a cultural centre will open": one word opens)
    return not _fronted_phrase(keys, a - 1) and not (t == 0 or keys[t - 1] in _SENTENCE_END)


_REMIT_BRACKET_WORDS = 8  # keys of a bracket that spells out a body's remit


def _name_remit_bracket(keys: list[str], i: int, j: int, view: TextView) -> bool:
    """r32d: True if the match ``keys[i:j]`` lies in a bracket of capitalised words right after a
    body's name ending in a head ("the UN General Assembly's First Committee (Disarmament and
    International Security)"): the bracket spells out the name, no field. A lower-case bracket ("the
    Committee (on defence and security)") or one after a common noun ("two fields (Energy and Trade)")
    stays."""
    o = i - 1
    while o >= 0 and i - o <= _REMIT_BRACKET_WORDS and keys[o] != "(":
        o -= 1
    if o < 1 or keys[o] != "(" or not view.caps[o - 1] or keys[o - 1] not in load_names().heads:
        return False
    connectors = load_names().connectors
    c = o + 1
    while c < len(keys) and c - o <= _REMIT_BRACKET_WORDS and keys[c] != ")":
        if not (view.caps[c] or keys[c] in connectors or not is_word(keys[c])):
            return False
        c += 1
    return c < len(keys) and keys[c] == ")" and c >= j


def _titled_relation(keys: list[str], i: int, view: TextView) -> bool:
    """True if the relation at key ``i`` is capitalised inside a sentence: the title of a body named
    for it ("the Inter-Parliamentary Commission for Cooperation between the State Duma and the
    National Assembly", r32i), no relation of the story; "closer ties between the State Duma and the
    National Assembly" and "Cooperation between ..." opening a sentence stay."""
    return view.caps[i] and not view.initial[i]


# Review 45: the chambers of one state's parliament, as pairs of keys (class named_legislature);
# a relation between two of them is that state's own business, no tie between two countries
_ONE_PARLIAMENT = frozenset({("state", "duma"), ("federation", "council"), ("federal", "assembly")})


def _one_parliament_relation(keys: list[str], i: int, j: int) -> bool:
    """True if the relation ``i:j`` joins two chambers of one parliament (:data:`_ONE_PARLIAMENT`):
    "cooperation between the State Duma and the Federation Council" (review 45); "ties between the
    State Duma and the National Assembly" stays."""
    return len({(keys[t], keys[t + 1]) for t in range(i, j - 1)} & _ONE_PARLIAMENT) >= 2
