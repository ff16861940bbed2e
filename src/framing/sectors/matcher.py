"""The mention loop: each text's :class:`DocumentContext` and :func:`match_keys`, which applies the rules.

:func:`match_keys` finds the lexicon's terms over the folded key stream of a text (leftmost-longest,
with the one phrase trie of :mod:`framing.lexicons.matching`) and asks the rule modules whether each
match is a mention: :mod:`~framing.sectors.party`, :mod:`~framing.sectors.cadres`, :mod:`~framing.sectors.fields`,
:mod:`~framing.sectors.places`, :mod:`~framing.sectors.figures` and :mod:`~framing.sectors.lists`.
:func:`match_text` and :func:`match_sectors` are its entry points for one text.
"""

from __future__ import annotations

import weakref
from itertools import compress

from framing.lexicons.matching import PhraseTrie, key_stream
from framing.lexicons.names import (
    SpanClass,
    TextView,
    alias_brackets,
    capitalised_runs,
    load_names,
    party_spans,
    proper_name_spans,
)
from framing.lexicons.sectors import Lexicon, WordClass, as_lexicon
from framing.lexicons.wordlists import load_stopwords
from framing.sectors._common import (
    _PARTY_WORDS,
    _PHRASE_ENDS,
    _POINTING,
    _PREPOSITIONS,
    _in_class,
    _other_field,
    _sentence_start,
)
from framing.sectors.cadres import (
    _discipline_after,
    _discipline_before,
    _labour_union_within,
    _others_school,
    _party_course,
    _party_discipline,
    _party_sender,
    _party_unit_in,
    _party_work,
    _people_of_body,
    _trained_people,
)
from framing.sectors.fields import (
    _actor_not_field,
    _addressed_body,
    _exclusion_outrun,
    _exclusion_waived,
    _expertise,
    _headed_body,
    _localities_as_partners,
    _occupation,
    _office_around,
    _on_behalf_of,
    _outside_forum,
    _own_country_localities,
    _owned_ventures,
    _owners_between,
    _pointed_back,
    _served_as,
    _singular,
    _sports_camp,
    _study_elsewhere,
    _studying_subject,
    _thanked_institution,
    _trained_in_field,
)
from framing.sectors.figures import (
    _carrier_route,
    _counted,
    _dated_year,
    _diagnosed_field,
    _domestic,
    _economy_moves,
    _in_regular_service,
    _issues_solved,
    _measured_amount,
    _noun_as_verb,
    _number_of,
    _oil_drilling,
    _oil_exploration,
    _one_flight,
    _one_object,
    _one_performance,
    _own_efforts,
    _predicate_figure,
    _quoted_figure,
    _quoted_name,
    _scene_cause,
    _topic_of_work,
    _tourist_market,
    _train_vehicle,
    _venue_public,
)
from framing.sectors.lists import (
    _and_other,
    _coordinated,
    _level_of,
    _list_head,
    _modified_member,
    _modifies_other,
    _origin_member,
    _plain_member,
    _range_member,
    _verb_owned_object,
)
from framing.sectors.party import (
    _appraised_as,
    _delegations_kind,
    _hyphen_participle,
    _infinitive_alone,
    _linked,
    _modifies_noun,
    _one_party_and_other,
    _one_partys_aid,
    _organ_after,
    _others_delegations,
    _party_body_remit,
    _party_clause,
    _party_context,
    _party_exchanges_back,
    _party_from,
    _party_near,
    _party_owns,
    _party_sentence,
    _party_slot,
    _party_state_people,
    _plain_after_with,
    _relation_of,
    _two_sides_after_organ,
    _with_party_after,
    _without_links,
)
from framing.sectors.places import (
    _named_place,
    _place_after,
    _place_in_range,
    _place_named_before,
    _stall_kind,
)

__all__ = ["match_sectors", "match_text", "match_keys", "document_context", "DocumentContext"]


_WITH_WORDS = "{relation} with {word} {word}"  # terms whose {word} slots take plain words only
# What one exchanges as a verb: "the cadre exchanges views with farmers" is no cadre exchange.
_EXCHANGED = frozenset({"view", "opinion", "idea"})
# Cadres sent to courses: a party's only in a sentence that names a party or holds a party term
# (review 15: "the ministry sent its officials to courses on customs procedures" is schooling)
_CADRES_SENT = frozenset({"{cadre} for courses", "{cadre} to courses", "{cadre} for {word} courses",
                          "{cadre} for {word} training"})


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


def _rule(term: str, how: str | None = None) -> str:
    if how is not None:
        return f"{how}:{term}"
    return f"party-relation:{term}" if "{party}" in term else f"term:{term}"


_CADRE_HEADS = frozenset({"official", "cadre"})


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
# building in private businesses"): where the party works, not a field (framing.sectors.cadres._party_unit_in).
_FIRMS = frozenset({"enterprises", "businesses"})
_PEOPLE_BODIES = frozenset({"organisation", "organization", "society", "association", "union"})


# Probe 9: delegations named by their kind, a word of one field ("exchange youth delegations").
_KIND_DELEGATIONS = frozenset({"exchange {word} delegations", "exchange of {word} delegations",
                               "exchanged {word} delegations"})  # fix 10: the past tense too


# Review 21: cls11's terms of a party's people exchanged or gathered with no delegation word between
_PEOPLE_GATHERED = frozenset({"exchange {party_cadre}", "exchange {word} {party_cadre}", "forum of {party_cadre}"})
_THEORY_NOUNS = frozenset({"theoretical {study_word}", "{issue_word} of theory"})  # party theory by other nouns


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
    s = _Scan(keys, lexicon, context)
    trie, view, literal, hits = s.trie, s.view, s.literal, s.hits
    blocked = s.blocked
    # Only the keys where a match or a list may start are visited (a C-level filter), in order.
    places = list(compress(range(len(keys)), map(_start_keys(lexicon).__contains__, keys)))
    if s.anywhere:
        places = sorted(s.anywhere.union(places))
    i = 0
    for at in places:
        if at < i:
            continue  # inside a match already taken
        i = at
        best, how, clause = _candidate(s, i)
        if best is None:
            continue
        j, (sector, term) = best
        if sector == "education" and term == "train" and _train_vehicle(keys, i, view):
            sector, how = "transport", "train-vehicle"  # round 24b: "ships and trains", "one train a week"
        if sector is None:  # an exclusion consumes its tokens and gives no mention
            i, best = _exclusion(s, i, j, term)
            if best is None:
                continue
            j, (sector, term) = best
        if (term.startswith(_WITH_WORDS) and not _plain_after_with(keys, i, j)) or (
            term.startswith(_PARTY_WORDS) and not _linked(keys, i, j, trie)
        ):
            best, how = _without_link_words(s, i, sector, how, clause)
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
        if context is not None and _place_in_range(keys, i, j, context.view):
            i = j  # round 25b: "from Cát Tiên National Park to the coral reefs of Khánh Hòa": the scene
            continue
        if context is not None and _named_place(keys, i, j, trie, context.view):
            i = j  # "the port of Vladivostok": a place named, not transport as a field
            continue
        if _study_elsewhere(keys, i, j, trie, view):
            i += 1  # round 19: "studying in detail": examining, no schooling
            continue
        if _owned_ventures(keys, i, j, trie, view):
            i = j  # probe 19: "the joint ventures Vietsovpetro and Rusvietpetro": firms, no field
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
        if term.endswith("{youth_group}") and view is not None and view.possessive(j):
            i = j  # review 25: "tours of the children's hospital": the children own the place visited
            continue
        if sector == "culture" and (_one_performance(keys, i, view) or _stall_kind(keys, j)):
            i = j  # round 25a: "a performance of traditional music", "a cuisine corner": one item of an event
            continue
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
        if _measured_amount(keys, i, j, view) or (sector == "economy" and _economy_moves(keys, i, j, view)):
            i = j  # probe 18: "oil prices fell", "Japan's economy shrank": a figure of a market or of
            continue  # one country, no field
        if context is not None and _place_named_before(keys, i, j, context.view):
            i = j  # round 24c: "the Hải Lăng economic zone": a place's name, the scene
            continue
        if term == "industry" and prev is not None and prev[0] != sector and prev[2] == i and (
            j == len(keys) or not keys[j].isalpha() or keys[j] in _PHRASE_ENDS
            or keys[j] in _PREPOSITIONS or keys[j] == "as"  # round 21: "the film industry as well"
        ):
            i = j  # round 18: "the oil and gas industries of": the head noun of the field just named
            continue  # ("defence industry cooperation" keeps its industry: a modifier)
        _merge_or_append(s, i, j, sector, term, how)
        i = j
    return [tuple(h) for h in hits]


class _Scan:
    """What every stage of one :func:`match_keys` call reads: the keys, the tries, the text's
    context and the hits so far (a list of ``[sector, first key, end key, rule]``)."""

    __slots__ = ("keys", "lexicon", "context", "trie", "literal", "view", "blocked", "first", "class_firsts",
                 "anywhere", "hits")

    def __init__(self, keys: list[str], lexicon: Lexicon, context: DocumentContext | None):
        self.keys, self.lexicon, self.context = keys, lexicon, context
        trie = self.trie = context.trie if context is not None else lexicon.trie
        self.view = context.view if context is not None else None
        self.blocked = context.blocked if context is not None else None
        self.first = lexicon.first_keys  # keys a match may start with, and places of a party's name
        self.anywhere = _slot_starts(trie, keys)
        # Patterns opening with a slot are tried only where a phrase of its class may start: at the
        # places above, or at a first key of a trie class ("{relation} with ...").
        self.class_firsts = frozenset().union(*(c.root for c in trie.root_classes() if isinstance(c, PhraseTrie)))
        self.literal = trie.without_root_slots()
        self.hits: list[list] = []


def _candidate(s: _Scan, i: int):
    """The best match starting at key ``i``: ``(best, how, clause)``, ``best`` as ``(end, (sector,
    term))`` or None; ``how`` names the reading that won (None for a lexicon term, or
    ``party-work``, ``party-course``, ``party-clause``, ``list-head``); ``clause`` is the
    party-clause reading at ``i`` (or None), which :func:`_without_link_words` may fall back on."""
    keys, trie, view, context = s.keys, s.trie, s.view, s.context
    if i in s.anywhere:
        best = trie.longest(keys, i)
    elif keys[i] in s.first:
        best = (trie if keys[i] in s.class_firsts else s.literal).longest(keys, i)
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
        back = _party_exchanges_back(keys, i, trie, s.hits)
        if back is not None:  # round 22b: "such exchanges" after a sentence of party exchanges
            best, how = (back, ("party", "such {exchanges}")), "party-work"
    clause = None
    if context is not None and (best is None or best[1][0] == "party"):
        clause = _party_clause(keys, i, trie, view, s.blocked)
        if clause is not None and (best is None or clause[0] > best[0] or (
            clause[0] == best[0] and how is None and best[1][1].startswith(_PARTY_WORDS)
        )):  # the same span: the clause reading needs no link words
            best, how = (clause[0], ("party", clause[1])), "party-clause"
    if best is None:
        head = _list_head(keys, i, s.lexicon)
        if head is not None:
            best, how = (head[0], (head[1], head[2])), "list-head"
    return best, how, clause


def _exclusion(s: _Scan, i: int, j: int, term: str):
    """An exclusion matched at keys ``i:j``: ``(next key, None)`` where it consumes its keys or is
    set aside (the scan goes on at the next key), or ``(i, best)`` where the people it trains are a
    field's ("training security staff": ``best`` as ``(end, (sector, term))``)."""
    keys, trie = s.keys, s.trie
    if s.context is not None and _exclusion_waived(keys, i, j, trie, s.view):
        return i + 1, None  # "the festivals, exhibitions and film weeks": the terms inside are read
    if _in_class(trie, "open_exclusion", keys, i) == j and (
        inside := _exclusion_outrun(keys, i, j, trie, s.lexicon.excluded.get(term, ()))
    ) is not None:
        return inside, None  # fix 10: "in good health care": the longer term read from its start
    if _in_class(trie, "trained_exclusion", keys, i) == j and _trained_people(keys, i, trie):
        best = trie.longest(keys[i : j - 1], 0)  # fix 10: "training security staff": the
        if best is None or best[1][0] is None:  # people trained are the field's
            return j, None
        return i, (i + best[0], best[1])
    return j, None


def _without_link_words(s: _Scan, i: int, sector, how, clause):
    """The reading at key ``i`` when a term's "with" words or party words are not linked:
    "relations with all the main political parties" is words, not a list ("ties with firms and
    parties" is no relation with the parties alone); in "the CPRF leaders discussed cooperation"
    a noun, not a verb, follows the party. The longest other match here, if any ("Party-to-Party
    links", "CPV ties and ..."), or the party-clause reading if longer: ``(best, how)``, ``best``
    None if there is none."""
    best = _without_links(s.keys, i, s.trie, s.literal if s.keys[i] in s.first else None, sector)
    if clause is not None and (best is None or clause[0] > best[0]):
        best, how = (clause[0], ("party", clause[1])), "party-clause"  # the clause reading
    return best, how


def _merge_or_append(s: _Scan, i: int, j: int, sector, term: str, how) -> None:
    """Join the match at keys ``i:j`` to the hit before it when both are of one sector and only a
    coordination, a relation, an origin or another list link stands between ("security and
    defence": one mention, its rules joined by " + "); else append it as a new hit."""
    keys, lexicon, context, hits = s.keys, s.lexicon, s.context, s.hits
    rule = _rule(term, how)
    prev = hits[-1] if hits else None
    if prev is not None and prev[0] == sector and not _modifies_other(keys, j, sector, lexicon, prev) and (
        _coordinated(keys[prev[2] : i], names=term in lexicon.name_terms and prev[3].split(":", 1)[-1] in lexicon.name_terms)
        or _relation_of(prev, keys[prev[2] : i])
        or (context is not None and _origin_member(keys, prev[2], i, context.view))
        or (context is not None and _plain_member(keys, prev[2], i, prev, context.view))
        or (context is not None and how is None and _modified_member(
            keys, prev[1], prev[2], i, j, context.view, lexicon.common_keys, s.trie))  # cls11
        or (sector == "education" and _studying_subject(keys, prev[2], i, s.trie))
        or _verb_owned_object(keys, prev, i, s.trie)
        or _and_other(keys[prev[2] : i])
        or _range_member(keys, prev[2], i, j)
    ):
        prev[2] = j  # "security and defence": one mention
        prev[3] = f"{prev[3]} + {rule}"
    else:
        hits.append([sector, i, j, rule])


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
