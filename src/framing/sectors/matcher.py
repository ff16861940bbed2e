"""The mention loop: each text's :class:`DocumentContext` and :func:`match_keys`, which applies the rules.

:func:`match_keys` finds the lexicon's terms over the folded key stream of a text (leftmost-longest,
with the one phrase trie of :mod:`framing.lexicons.matching`) and asks the rule modules whether each
match is a mention: :mod:`~framing.sectors.party`, :mod:`~framing.sectors.cadres`, :mod:`~framing.sectors.fields`,
:mod:`~framing.sectors.places`, :mod:`~framing.sectors.figures` and :mod:`~framing.sectors.lists`.
It runs in stages, one function each: the candidate at a place (:func:`_candidate`), exclusions
(:func:`_exclusion`), the ordered table of named checks (:mod:`framing.sectors.checks`) and the
merge with the mention before (:func:`_merge_or_append`). :func:`match_text` and
:func:`match_sectors` are its entry points for one text; ``match_text(..., rejected=[])`` also says
which check dropped each word that gave no mention.
"""

from __future__ import annotations

import weakref
from itertools import compress

from framing.lexicons.matching import PhraseTrie
from framing.lexicons.names import (
    SpanClass,
    TextView,
    acronym_brackets,
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
    _POINTING,
    _in_class,
)
from framing.sectors.cadres import (
    _party_course,
    _party_work,
    _trained_people,
    _training_at_party_school,
    _training_back,
)
from framing.sectors.checks import (
    _VISIT_EXCHANGES,
    EARLY_CHECKS,
    LATE_CHECKS,
    _doctrine_without_party,
)
from framing.sectors.fields import (
    _exclusion_outrun,
    _exclusion_waived,
    _name_broken,
    _office_at_a_time,
    _studying_subject,
)
from framing.sectors.figures import _train_vehicle
from framing.sectors.lists import (
    _adjective_member,
    _after_left_head,
    _after_study_head,
    _and_other,
    _coordinated,
    _exchange_member,
    _gerund_after_noun,
    _handling_head,
    _hyphen_compound,
    _left_out_head,
    _link_of_field,
    _list_head,
    _middle_modified_member,
    _modified_member,
    _modifier_member,
    _modifies_other,
    _named_examples,
    _object_of_field,
    _origin_member,
    _parallel_member,
    _plain_member,
    _possessed_head,
    _range_member,
    _second_predicate,
    _subject_takes_courses,
    _through_channels,
    _trained_object,
    _training_in,
    _unmatched_member,
    _verb_owned_object,
    _young_kinds,
)
from framing.sectors.party import (
    _delegations_kind,
    _exchanges_with_party,
    _linked,
    _others_delegations,
    _parties_hold_exchanges,
    _party_before_colon,
    _party_clause,
    _party_exchanges_back,
    _party_matter,
    _party_near,
    _party_sentence,
    _plain_after_with,
    _relation_of,
    _relation_of_list,
    _relations_joined,
    _two_sides_after_organ,
    _without_links,
)

__all__ = ["match_sectors", "match_text", "match_keys", "document_context", "DocumentContext"]


_WITH_WORDS = "{relation} with {word} {word}"  # terms whose {word} slots take plain words only


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
    for o, c in acronym_brackets(view):  # round 28c: "(VN–EAEU FTA)" repeats the name before it
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
        # r28h: "between", where "and between" repeats a relation with parties (:func:`_between_again`)
        return frozenset(x.first_keys).union(x.list_heads.root, events, courses, _POINTING, ("counterpart", "between"))

    return _per_lexicon(lex, "start_keys", build)


def _rule(term: str, how: str | None = None) -> str:
    if how is not None:
        return f"{how}:{term}"
    return f"party-relation:{term}" if "{party}" in term else f"term:{term}"


# Round 23b: an exchange of visits (checks._VISIT_EXCHANGES), as one of delegations, is a party's
# in a party sentence.


# Probe 9: delegations named by their kind, a word of one field ("exchange youth delegations").
_KIND_DELEGATIONS = frozenset({"exchange {word} delegations", "exchange of {word} delegations",
                               "exchanged {word} delegations",  # fix 10: the past tense too
                               "exchange of {word} officials"})  # r31h: "exchanges of customs officials": economy


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


def match_keys(
    keys: list[str], lexicon: Lexicon, *, context: DocumentContext | None = None, rejected: list | None = None
) -> list[tuple[str, int, int, str]]:
    """Mentions in a key sequence: (sector, first key, end key, rule), leftmost-longest.

    Neighbouring matches of one sector joined only by coordinating keys ("and", ",", "/", ...)
    become one mention; an exclusion consumes its keys and gives no mention. A list whose members
    share a head noun gives one mention per member ("political and economic ties": ``political``
    as in "political ties", then ``economic``). With a ``context``, matches inside names, alias
    brackets and office titles are skipped, the ``{party}`` slot takes any party the text names,
    and a relation to a party that owns what follows ("ties between the CPRF's youth wing") is no
    party relation.

    The loop runs in stages, one function each: the best candidate at a place
    (:func:`_candidate`), an exclusion (:func:`_exclusion`), the reading without link words
    (:func:`_without_link_words`), the named checks of :mod:`framing.sectors.checks` (two ordered
    tables, with the delegation readings between them), and the merge with the hit before
    (:func:`_merge_or_append`).

    Parameters
    ----------
    keys : list of str
        Matching keys (:func:`framing.lexicons.matching.key_stream`).
    lexicon : Lexicon
        The compiled lexicon.
    context : DocumentContext, optional
        The text's context (:func:`document_context`; default=None: the keys alone).
    rejected : list, optional
        Default=None: no audit. A list to which every candidate that gives no mention is appended
        as ``(sector, first key, end key, term, check)``: ``check`` is the name of the row of
        :data:`framing.sectors.checks.CHECKS` that dropped it, ``"no-link"`` (a term whose "with"
        or party words are not linked, with no other reading there) or ``"exclusion"`` (an
        exclusion of the lexicon consumed the keys; ``sector`` is None). The mentions are the same
        with or without it.

    Returns
    -------
    list of (str, int, int, str)
        Sector, first key, end key and the rule that matched: ``term:<term>``,
        ``party-relation:<term>``, ``list-head:<term>``, ``party-work:<pattern>`` (a verb of
        party work and its object, or a relation between party bodies: :func:`_party_work`) and
        ``party-sentence:<term>`` (a delegation exchange in a sentence that names a party:
        :func:`_party_sentence`) and ``party-clause:<pattern>`` (a party actor and a relation in one
        clause that names two parties: :func:`_party_clause`), ``young-kinds:<pattern>`` (an exchange
        of the young of two or more kinds: :func:`framing.sectors.lists._young_kinds`); joined by
        " + " for merged matches.
    """
    s = _Scan(keys, lexicon, context)
    trie, view = s.trie, s.view
    # Only the keys where a match or a list may start are visited (a C-level filter), in order.
    places = list(compress(range(len(keys)), map(_start_keys(lexicon).__contains__, keys)))
    if s.anywhere:
        places = sorted(s.anywhere.union(places))
    i = 0
    for at in places:
        if at < i:
            continue  # inside a match already taken
        i = at
        # 1. The candidate: a lexicon term or a party-work, party-course, party-clause or list-head reading.
        best, how, clause = _candidate(s, i)
        if best is None:
            continue
        j, (sector, term) = best
        # 2. Readings that change the candidate (kept as code: they rewrite sector, rule or span).
        if sector == "education" and term == "train" and _train_vehicle(keys, i, view):
            sector, how = "transport", "train-vehicle"  # round 24b: "ships and trains", "one train a week"
        elif sector == "party" and "{doctrine}" in term and _doctrine_without_party(s, keys, i, j, sector, term, how) and (
            shorter := _schooling_inside(s, i, j)
        ):
            # review 37: with no party near, teaching a doctrine is schooling ("The university will teach
            # Marxism to foreign students"): the education term it opens with is read, not dropped with it
            j, (sector, term) = shorter
        if sector is None:  # an exclusion consumes its tokens and gives no mention
            at, best, consumed = _exclusion(s, i, j, term)
            if best is None:
                if consumed and rejected is not None:
                    rejected.append((None, i, j, term, "exclusion"))
                i = at
                continue
            j, (sector, term) = best
        if (term.startswith(_WITH_WORDS) and not _plain_after_with(keys, i, j)) or (
            term.startswith(_PARTY_WORDS) and not _linked(keys, i, j, trie)
        ):
            best, how = _without_link_words(s, i, sector, how, clause)
            if best is None:
                if rejected is not None:
                    rejected.append((sector, i, j, term, "no-link"))
                i += 1
                continue
            j, (sector, term) = best
        # 3. The named checks (framing.sectors.checks), in order: the first that applies moves the
        # scan on and the candidate gives no mention. Between the two tables, the delegation
        # readings may change the sector and the rule, so they stay code here.
        moved = EARLY_CHECKS.run(s, i, j, sector, term, how, rejected)
        if moved is not None:
            i = moved
            continue
        if sector == "diplomacy" and ("delegation" in term or term in _VISIT_EXCHANGES) and not _others_delegations(keys, j, trie) and (
            _party_sentence(keys, i, trie, view) or (context is not None and _two_sides_after_organ(keys, i, trie, view))
            # r32j: a party matter of the same sentence ("to exchange delegations and to organise
            # seminars on party building"), a party named before it
            or (_party_matter(keys, i, trie) and _party_near(keys, i, trie, view))
        ):
            sector, how = "party", "party-sentence"  # "the two Parties ... exchange delegations"
        elif sector == "diplomacy" and term in _KIND_DELEGATIONS and (kind := _delegations_kind(keys, j, trie)):
            sector, how = kind, "delegations-kind"  # "exchange youth delegations": people
        moved = LATE_CHECKS.run(s, i, j, sector, term, how, rejected)  # a new check: a row at its end
        if moved is not None:
            i = moved
            continue
        # Readings after the checks that change the sector and the rule (so code, as the delegation
        # readings above): probe 21.
        if sector == "diplomacy" and (
            ("delegation" in term and _party_before_colon(keys, i, trie, view)) or _exchanges_with_party(keys, j, trie, view)
            or _parties_hold_exchanges(keys, i, j, trie, view)  # r29b: "the two parties maintain high-level exchanges"
        ):
            sector, how = "party", "party-sentence"  # "the parties' plan: exchanges of delegations, ...",
            # "high-level exchanges between the two Parties"
        if sector == "education" and keys[j - 1] in ("training", "course") and _training_at_party_school(keys, i, trie, view):
            sector, how = "party", "party-school-course"  # "to the Academy of Politics for short-term training"
        # 4. A mention: joined to the one before of its sector, or a new one.
        _merge_or_append(s, i, j, sector, term, how)
        i = j
    return [tuple(h) for h in s.hits]


def _schooling_inside(s: _Scan, i: int, j: int):
    """Review 37: the longest education term of literal keys that opens a term ``keys[i:j]`` and
    ends before ``j`` ("teach" in "teach {doctrine}"), as ``(end, (sector, term))``, else None."""
    for e in reversed(s.literal.ends(s.keys, i)):
        got = s.literal.longest(s.keys[i:e], 0) if e < j else None
        if got is not None and got[0] == e - i and got[1][0] == "education":
            return e, got[1]
    return None


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
    ``party-work``, ``party-course``, ``party-clause``, ``young-kinds``, ``list-head``); ``clause`` is the
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
    if context is not None and (best is None or best[1][0] == "education"):
        back = _training_back(keys, i, trie, s.hits)
        if back is not None and (best is None or back >= best[0]):  # r27b: the party training just told of
            best, how = (back, ("party", "{cadre_training} ... {trained_staff}")), "party-work"
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
    if view is not None and keys[i] == "exchange":
        young = _young_kinds(keys, i, view)  # r34a: "exchanges of young entrepreneurs, students and volunteers"
        if young is not None and (best is None or young > best[0]):
            best, how = (young, ("people", "exchanges of young {kinds}")), "young-kinds"
    if best is None:
        head = _list_head(keys, i, s.lexicon)
        if head is not None:
            best, how = (head[0], (head[1], head[2])), "list-head"
    return best, how, clause


def _exclusion(s: _Scan, i: int, j: int, term: str):
    """An exclusion matched at keys ``i:j``: ``(at, best, consumed)``. Where it consumes its keys,
    ``(j, None, True)``; where it is set aside, the key where the scan goes on (``(at, None,
    False)``: the terms inside or a longer term are read); where the people it trains are a
    field's ("training security staff"), ``(i, best, False)`` with ``best`` the term read instead,
    as ``(end, (sector, term))``."""
    keys, trie = s.keys, s.trie
    if s.context is not None and term[:1].isupper() and _name_broken(i, j, s.view):
        return i + 1, None, False  # r29d: "Vietnam's electricity": no company's name, the terms inside are read
    if s.context is not None and _exclusion_waived(keys, i, j, trie, s.view):
        return i + 1, None, False  # "the festivals, exhibitions and film weeks": the terms inside are read
    if _in_class(trie, "open_exclusion", keys, i) == j and (
        inside := _exclusion_outrun(keys, i, j, trie, s.lexicon.excluded.get(term, ()))
    ) is not None:
        return inside, None, False  # fix 10: "in good health care": the longer term read from its start
    if s.context is not None and _office_at_a_time(keys, i, j) and (best := trie.longest(keys[i : j - 1], 0)):
        if best[1][0] is not None:  # review 45: "a trade mission in March": the field it opens with
            return i, (i + best[0], best[1]), False
    if _in_class(trie, "trained_exclusion", keys, i) == j and _trained_people(keys, i, trie):
        best = trie.longest(keys[i : j - 1], 0)  # fix 10: "training security staff": the
        if best is None or best[1][0] is None:  # people trained are the field's
            return j, None, True
        return i, (i + best[0], best[1]), False
    return j, None, True


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
    if best is None and (head := _list_head(s.keys, i, s.lexicon)) is not None:
        # rounds 30e and 30g: no party linked to the noun, but a list of modifiers sharing it ("party
        # and state relations", "through party and parliamentary channels"), read as "political and
        # economic ties" is
        best, how = (head[0], (head[1], head[2])), "list-head"
    return best, how


def _merge_or_append(s: _Scan, i: int, j: int, sector, term: str, how) -> None:
    """Join the match at keys ``i:j`` to the hit before it when both are of one sector and only a
    coordination, a relation, an origin or another list link stands between ("security and
    defence": one mention, its rules joined by " + "); else append it as a new hit."""
    keys, lexicon, context, hits = s.keys, s.lexicon, s.context, s.hits
    rule = _rule(term, how)
    prev = hits[-1] if hits else None
    if prev is not None and prev[0] == sector and not _modifies_other(keys, j, sector, lexicon, prev) and (
        not _second_predicate(keys, prev, i, s.trie)) and (
        context is None or not _gerund_after_noun(keys, prev, i, context.view)) and (
        _coordinated(keys[prev[2] : i], names=term in lexicon.name_terms and prev[3].split(":", 1)[-1] in lexicon.name_terms)
        or _relation_of(prev, keys[prev[2] : i])
        or _relation_of_list(prev, keys[prev[2] : i])  # r33b
        or _relations_joined(prev, keys[prev[2] : i], term)  # r32j
        or (context is not None and _named_examples(keys, prev[2], i, context.view))  # r32j
        or (context is not None and _origin_member(keys, prev[2], i, context.view))
        or (context is not None and _after_left_head(keys, prev[2], i, j, context.view))  # r29d
        or (context is not None and _possessed_head(keys, prev[2], i, context.view))  # r30c
        or (context is not None and _handling_head(keys, prev[2], i, context.view))  # probe 35p4
        or (context is not None and _plain_member(keys, prev[2], i, prev, context.view))
        or (context is not None and how is None and _modified_member(
            keys, prev[1], prev[2], i, j, context.view, lexicon.common_keys, s.trie))  # cls11
        or (sector == "education" and _studying_subject(keys, prev[2], i, s.trie))
        or _after_study_head(keys, prev[2], i, sector)  # round 30d
        or (context is not None and _trained_object(keys, prev, i, j, sector, context.view))  # round 30d
        or _training_in(keys, prev, i, sector)  # probe 34p6
        or _verb_owned_object(keys, prev, i, s.trie)
        or _subject_takes_courses(keys, prev, i, j)  # r32i
        or _through_channels(keys, prev, i, j)  # r32i
        or _and_other(keys[prev[2] : i])
        or _exchange_member(keys, prev[2], i)  # r28e
        or _link_of_field(keys, prev, i)  # r28h
        or (context is not None and _object_of_field(keys, prev, i, context.view))  # r33b
        or _range_member(keys, prev[2], i, j)
        or (context is not None and _hyphen_compound(prev[2], i, context.view))  # r27c
        or (context is not None and how is None and _parallel_member(
            keys, prev, prev[2], i, j, lexicon.common_keys, s.trie))  # r27c
        or (context is not None and _adjective_member(keys, prev[2], i, j, context.view))  # r33a
        or (context is not None and _unmatched_member(keys, prev[2], i, sector, context.view, lexicon))  # probe 39p6
        or (context is not None and how is None and _modifier_member(keys, prev[2], i, context.view, lexicon))  # probe 41p1
        or (context is not None and _left_out_head(keys, prev[2], i, j, context.view, lexicon))  # probe 41p1
        or (context is not None and how is None and _middle_modified_member(
            keys, prev[2], i, j, sector, context.view, lexicon))  # probe 41p1
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


def match_text(text: str, *, lexicon=None, stream=None, rejected=None) -> list[tuple[str, int, int, str]]:
    """Sector mentions of one text with the rule that matched each: (sector, start, end, rule).

    With a list ``rejected``, also why a sector word gave no mention: each candidate a named check
    dropped (:data:`framing.sectors.checks.CHECKS`) is appended as (sector, start, end, term,
    check); see :func:`match_keys`.

    Parameters
    ----------
    text : str
        Any text.
    lexicon : Lexicon or path, optional
        Default=None: the packaged lexicon.
    stream : tuple, optional
        ``key_stream(text)`` if already computed (default=None).
    rejected : list, optional
        Default=None: no audit. A list to which the candidates that gave no mention are appended,
        as (sector, start, end, term, check) with character offsets into ``text``.

    Examples
    --------
    >>> match_text("Political and economic ties grew.")
    [('diplomacy', 0, 9, 'list-head:political ties'), ('economy', 14, 22, 'term:economic')]

    Why a word was not counted:

    >>> why = []
    >>> match_text("The Ministry of Education signed a deal.", rejected=why)
    []
    >>> why
    [('education', 16, 25, 'education', 'inside-name')]
    >>> why = []
    >>> match_text("Ships reached the port of Vladivostok.", rejected=why)
    []
    >>> why
    [('transport', 18, 22, 'ports', 'named-place')]
    """
    return _match_view(TextView(text, stream), as_lexicon(lexicon), rejected)


def _match_view(view: TextView, lex: Lexicon, rejected: list | None = None) -> list[tuple[str, int, int, str]]:
    """:func:`match_text` of a text's :class:`TextView` (which its speakers may reuse)."""
    ctx = document_context(view.text, lex, view=view)
    starts, ends = view.starts, view.ends
    why = None if rejected is None else []
    out = [(s, starts[i], ends[j - 1], r) for s, i, j, r in match_keys(view.keys, lex, context=ctx, rejected=why)]
    if why:
        rejected.extend((s, starts[i], ends[j - 1], term, check) for s, i, j, term, check in why)
    return out
