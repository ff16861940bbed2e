"""People found in the text: a capitalised name after a title, before an apposition that opens
with a title, after a role word, between commas after a role with a side word (see
:mod:`framing.speakers`, "People found in the text"); organisations the text gives a side.

:class:`Person` is one such person; ``_Discovery`` holds the rules that find them and their titles, as
methods of the document (:mod:`framing.speakers.document`)."""

from __future__ import annotations

from functools import cached_property

from framing.lexicons.names import capitalised_runs, is_word, party_spans
from framing.lexicons.sectors import load_lexicon
from framing.lexicons.wordlists import MONTHS, SHORT_MONTHS
from framing.speakers._common import (
    _ANY_ORGANISATION,
    _APPOSITION,
    _BRACKET_NAME,
    _FUNCTION,
    _LED_BY,
    _ORGANISATION_KINDS,
    _PLACE_ABBREVIATIONS,
    _PLACE_HEADS,
    _PLACE_WORDS,
    _SHORT_FORMS,
    _SINGULAR_S,
    _SYLLABLE,
    _TITLE_PLAIN,
    _TITLE_SCAN,
    _first_keys,
    _short_form_stop,
    _skip_fillers,
    _vietnamese_marks,
    _vietnamese_spelling,
    _vietnamese_syllables,
)

#: round 28b (_titled_body): heads of a country's office abroad that names.yml's heads lack
_POST_BODIES = frozenset({"representation"})
_TITLED_BODY_SPAN = 6  # capitalised words back from the body's head to the person's title
#: review 55: organisation nouns that after a side's possessive name what the firm is to that side ("Vietnam's
#: largest arms supplier": a supplier to Việt Nam), not its own side (probe 39p3's possessive apposition)
_TO_POSSESSOR = frozenset({"supplier"})
_POST_PLACE_WORDS = 4  # probe 39p3: capitalised words of a post's place before the comma and the name ("in Ho Chi Minh City, X,")
# spk15: prepositions that open a sentence before a place ("In Xiengkhouang, the governor said"):
# a capitalised run they open is no person's name
_NO_NAME_OPENERS = frozenset({"in", "at", "on", "during", "after", "before", "from", "within", "under", "upon"})
# spk15: "the provincial leader of X", "the city chief of X": X is the place led, no person
_LOCAL_LEADERS = frozenset({"leader", "leaders", "head", "chief", "authorities", "leadership"})
# probe 34p8: singular nouns of a person by what they do or study, after a side word in an apposition
# (", a Lao graduate in electrical engineering, said"): no office, but the person and the side
_PERSON_NOUNS = frozenset({
    "student", "graduate", "alumnus", "alumna", "trainee", "intern", "teacher", "lecturer", "researcher",
    "scientist", "scholar", "engineer", "doctor", "nurse", "worker", "volunteer", "veteran", "expert",
    "entrepreneur", "businessman", "businesswoman", "trader", "farmer", "journalist", "artist", "resident",
})
# r27b: a relative clause that gives a post stands for a title in apposition ("Konstantin Orlov,
# who heads the international commission of United Russia, said"); "who is/was" needs a title next
# (keys are folded: "heads" is "head"); "who led" the delegation or the talks as well
_OFFICE_VERBS = frozenset({"head", "headed", "chair", "chaired", "chairs", "lead", "leads", "led", "direct", "directs", "directed"})

#: r28f: last words (keys) of a firm's name that open with a side word ("Russian Railways", "Vietnam
#: Airlines", "Vietnam Maritime Corporation"): a firm, whose "the company" points back to it; review
#: 31: the organisation nouns of :data:`_ORGANISATION_KINDS` and the trades a name may end with
_FIRM_HEADS = frozenset({"railway", "airway", "shipping", "line"}).union(*_ORGANISATION_KINDS)


#: r28e: grades of a naval rank ("Captain 1st Rank", "Captain Second Rank"), as keys
_RANK_GRADES = frozenset("1st 2nd 3rd first second third".split())
#: probe 34p4: a lower-case unit of a body named in a person's title ("Head of Novatek's Asia-Pacific
#: division Kirill Zhdanov"): the capitalised words before it are the body's, the name after it the person's
_BODY_UNITS = frozenset({"division", "department", "unit", "branch", "office", "subsidiary", "directorate",
                         "bureau", "section"})

class Person:
    """A person the text names, with a side and how the side was found.

    Attributes
    ----------
    name : str
        The name as first written in full ("Ivan Sokolov").
    keys : tuple of str
        Its matching keys.
    side : str or None
        A side id of the study, or None when nothing tells it.
    how : str
        What gave the side: ``known``, ``title``, ``delegation``, ``apposition``, ``origin``,
        ``role``, ``organisation``, ``document`` (or "" when unknown).
    title : set of str
        Keys of the title words around the first full mention (for roles: "minister").
    first : int
        Key index of the first mention.
    order : int
        Order of appearance.
    origin : str
        Short-form usage of the name's origin (``given``, ``surname``, ``any``), or "".
    """

    __slots__ = ("name", "keys", "side", "how", "title", "first", "order", "origin", "mentions")

    def __init__(self, name, keys, first, order):
        self.name, self.keys, self.first, self.order = name, keys, first, order
        self.side, self.how, self.title, self.origin = None, "", set(), ""
        self.mentions: list[int] = []

    def __repr__(self) -> str:
        return f"Person({self.name!r}, side={self.side!r}, how={self.how!r})"


# r30h: heads of a state body whose press service speaks ("the press service of the Federal Security
# Service"), and how many keys its name may span with its acronym and "of"/"for" parts
_STATE_BODY_HEADS = frozenset({"service", "directorate", "agency", "administration", "inspectorate", "department",
                               "committee", "ministry", "authority"})
_STATE_BODY_REACH = 16
# r31d: heads of a command of the armed forces, bodies as a ministry is ("the press service of the
# Eastern Military District", "of the Aerospace Forces Command"); "district" only after "military",
# else it is a place ("the Ba Dinh District")
_MILITARY_BODY_HEADS = frozenset({"command", "forces", "fleet", "flotilla"})


class _Discovery:
    """Rules of a document that find the people it names (methods of ``_Document``)."""

    def _organisation_people(self) -> None:
        """A person of no side whose title names an organisation the text gave a side takes it
        ("Russian energy company Zarubezhneft ... Zarubezhneft Director General Pavel Yermishin"):
        before the document's most-named side (rule 7), which may be another's."""
        names = {tuple(self.keys[a:e]): side for a, e, _, side in self.organisations}
        if not names:
            return
        keys, caps = self.keys, self.caps
        for p in self.people:
            if p.side is not None or p.how == "known":
                continue
            t = p.first - 1
            while t >= 0 and p.first - t <= _TITLE_SCAN and (caps[t] and is_word(keys[t]) or self._titleish(t)):
                side = next((side for name, side in names.items() if tuple(keys[t : t + len(name)]) == name), None)
                if side is not None:
                    p.side, p.how = side, "organisation"
                    break
                t -= 1

    @cached_property
    def organisations(self) -> list[tuple[int, int, str, str]]:
        """(start, end, noun, side) of each organisation the text names with a side, in order: a
        side word, up to three lower-case words and a noun of ``organisations`` before the name
        ("Russian energy company Zarubezhneft", "the Vietnamese firm Sovico"); a side's possessive
        before the name ("Vietnam's Sovico Group"); an apposition after it ("Novatek, a Russian
        firm,"). ``noun`` is the organisation noun the text used ("company"), else the name's last
        word when it is one ("Group"), else "". A person's name is no organisation."""
        keys, caps, nouns, n = self.keys, self.caps, self.act.organisations, self.n
        found = {}
        for i, (e, side) in sorted(self.side_at.items()):
            if i in self.seat_at:
                continue
            t = e
            while t < n and t - e < 3 and not caps[t] and is_word(keys[t]) and keys[t] not in nouns:
                t += 1
            if t + 1 < n and not caps[t] and keys[t] in nouns and caps[t + 1] and is_word(keys[t + 1]):
                end = self._caps_run_end(t + 1, n)
                if end - t <= 5 and self.person_at(t + 1, t + 1) is None:
                    found[t + 1] = (end, keys[t], side)  # "Russian energy company Zarubezhneft"
                continue
            if (t < n and not caps[t] and keys[t] in nouns and i > 0 and keys[i - 1] == "the"
                    and (t + 1 >= n or not caps[t + 1])):
                # r30g: "the Russian state-owned oil company said": the firm of the story by its side
                # and trade, no name after; "the company" after it is that firm
                found.setdefault(i, (t + 1, keys[t], side))
                continue
            if e < n and self.view.possessive(e) and caps[e] and is_word(keys[e]) and e not in self.side_cover:
                end = self._caps_run_end(e, n)
                # r30f: a name followed by a lower-case organisation noun is a firm even when it opens
                # with a field's word ("Russia's Power Machines company"; "Russia's Energy Minister X" stays)
                firm = end < n and not caps[end] and keys[end] in nouns
                if end - e <= 5 and self.person_at(e, e) is None and (firm or not self._titleish(e)) and (
                    keys[end - 1] not in _PLACE_HEADS and (end >= n or caps[end] or keys[end] not in _PLACE_HEADS)
                ):  # r29e: "Russia's Kaluga Region" is a place of the side, no organisation; so is
                    # "Vietnam's Quang Tri province" (r30h: the place noun in lower case after it)
                    noun = keys[end - 1] if keys[end - 1] in nouns else keys[end] if firm else ""
                    found[e] = (end, noun, side)  # "Vietnam's Sovico Group"
                continue
            if e < n and caps[i] and caps[e] and is_word(keys[e]) and not self.view.possessive(e):
                end = self._caps_run_end(e, n)
                if end - e <= 2 and keys[end - 1] in _FIRM_HEADS and self.person_at(e, e) is None:
                    # r28f: a firm named by its side and its trade ("Russian Railways", "Vietnam
                    # Airlines"): "the company" after it is that firm
                    found[i] = (end, keys[end - 1] if keys[end - 1] in nouns else "", side)
                    continue
            # probe 39p3: the side's possessive opens the apposition as "a" does ("Rosneft, Russia's
            # largest oil company,")
            lead = (2 if i >= 3 and keys[i - 1] in ("a", "an") and keys[i - 2] == ","
                    else 1 if i >= 2 and keys[i - 1] == "," and self.view.possessive(e) and not caps[e] else 0)
            if lead and caps[i - lead - 1] and is_word(keys[i - lead - 1]):
                if not any(keys[u] in nouns and not caps[u] for u in range(e, min(n, e + 4))):
                    continue  # "Novatek, a Russian firm,": the apposition names an organisation noun
                if lead == 1 and any(keys[u] in _TO_POSSESSOR for u in range(e, min(n, e + 4))):
                    continue  # review 55: "Rosoboronexport, Vietnam's largest arms supplier,": the side's supplier, another side's firm
                u = i - lead - 1
                while u > 0 and i - lead - 1 - u < 5 and caps[u - 1] and is_word(keys[u - 1]) and not self.view.initial[u]:
                    u -= 1
                if self.person_at(u, u) is None and u not in self.side_cover:
                    noun = next(keys[v] for v in range(e, min(n, e + 4)) if keys[v] in nouns)
                    found[u] = (i - lead, noun, side)
        if self.copy_side is not None:
            self._press_service_firms(found)
        return [(a, e, noun, side) for a, (e, noun, side) in sorted(found.items())]

    def _named_side(self, found: dict, name: list[str], before: int):
        """probe 28: the side of the organisation ``name`` that ``found`` (start -> (end, noun, side))
        holds before key ``before``, or None."""
        return next((side for a, (e, _, side) in sorted(found.items(), reverse=True)
                     if a < before and self.keys[a:e] == name and side is not None), None)

    def _bare_name(self, v: int, e: int) -> bool:
        """True if keys ``v:e`` are a capitalised name of no side, country, person, title or
        news agency (a firm or body named bare: "Roscosmos", "Zarubezhneft")."""
        keys = self.keys
        return 0 < e - v <= 4 and all(self.caps[u] and is_word(keys[u]) for u in range(v, e)) and not any(
            u in self.side_cover or u in self.seat_at or self._foreign_mark(u) or self._titleish(u)
            or self.person_at(u, u) is not None for u in range(v, e)
        ) and self.act.agencies.longest(keys, v) is None and not any(
            self.international_at(u) is not None for u in range(v, e))  # "the WHO press service": no home body

    def _held_elsewhere(self, a: int, e: int) -> bool:
        """Review 37: True if a key of ``a:e`` is a side's word, a seat of government or a person
        (rules of their own read those), as r30h's two name readings below ask."""
        return any(u in self.side_cover or u in self.seat_at or self.person_at(u, u) is not None for u in range(a, e))

    def _state_body_end(self, w: int, e: int):
        """r30h: the end of a state body's capitalised name from key ``w`` (caps run to ``e``) whose
        last word is a body's head ("Federal Security Service", "Border Directorate of the Federal
        Security Service (FSB) for the Primorye Territory"): over an acronym in brackets and "of"/"for"
        [the] and another capitalised run, at most ``_STATE_BODY_REACH`` keys; None if no such head ends
        a run, or a side word, person or seat of government is in it (those have rules of their own)."""
        keys, caps, n = self.keys, self.caps, self.n
        end = e if self._state_body_head(e - 1) else None
        u = e
        while u < n and u - w < _STATE_BODY_REACH:
            if keys[u] == "(" and u + 2 < n and caps[u + 1] and keys[u + 2] == ")":
                u += 3
            elif keys[u] in ("of", "for") and u + 1 < n:
                v = u + 1 + (keys[u + 1] == "the")
                x = self._caps_run_end(v, n)
                if x == v:
                    break
                u = x
                if self._state_body_head(u - 1) or end is not None:
                    end = u
            else:
                break
        if end is None or end - w > _STATE_BODY_REACH or self._held_elsewhere(w, end):
            return None
        return end

    def _military_body(self, v: int, u: int) -> bool:
        """r31d: True if keys ``v:u`` are a command of the armed forces named bare before its press
        service ("the Eastern Military District's press service"), as after "the press service of"."""
        keys = self.keys
        return (keys[u - 1] in _MILITARY_BODY_HEADS or keys[u - 1] == "district" and keys[u - 2] == "military") and (
            not self._held_elsewhere(v, u))

    def _state_body_head(self, i: int) -> bool:
        """True if key ``i`` ends a state body's name: a head of :data:`_STATE_BODY_HEADS`, or
        (r31d) of a military command (:data:`_MILITARY_BODY_HEADS`, "Military District")."""
        keys = self.keys
        return keys[i] in _STATE_BODY_HEADS or keys[i] in _MILITARY_BODY_HEADS or (
            keys[i] == "district" and i > 0 and keys[i - 1] == "military")

    def _aliased_name(self, v: int, e: int) -> bool:
        """r30h: True if keys ``v:e`` are a name of two words or more followed by its alias in brackets
        ("Power Machines (Silovye Mashiny) has shipped ..."): a firm's name even when it opens with a
        field's word, which alone could be a title ("Power Minister X"); its last word must be none."""
        keys, caps = self.keys, self.caps
        return 2 <= e - v <= 4 and e + 1 < self.n and keys[e] == "(" and caps[e + 1] and not self._titleish(e - 1) and (
            all(caps[u] and is_word(keys[u]) for u in range(v, e))) and not self._held_elsewhere(v, e)

    def international_at(self, i: int):
        """Review 28 leftover: the end of the name of an intergovernmental body opening at key ``i``
        (actors.yml ``international_bodies``: "IAEA", "World Bank"), else None. A one-word name
        shorter than five letters counts only in capitals ("WHO", not "Who")."""
        hit = self.act.international_bodies.longest(self.keys, i) if self.caps[i] else None
        if hit is None:
            return None
        word = self.view.surface(i, i + 1)
        return None if hit[0] == i + 1 and len(word) < 5 and not word.isupper() else hit[0]

    def _of_international_body(self, p: Person) -> bool:
        """Review 28 leftover: True if the title before the first full mention of ``p`` or the
        apposition after it names an intergovernmental body ("IAEA Director General X", "Director
        General of the IAEA X", "X, Director General of the IAEA,", "X, an economist at the World
        Bank,"): a person of no country. A post "to" the body is a country's ("Russia's Permanent
        Representative to the UN X", "Ambassador to UNESCO X")."""
        keys, caps, initial = self.keys, self.caps, self.view.initial

        def owned(u: int) -> bool:
            if self.international_at(u) is None:
                return False
            b = u - 1 - (u > 0 and keys[u - 1] == "the")
            return not (b >= 0 and keys[b] == "to")

        t = p.first - 1
        while t >= 0 and p.first - t <= _TITLE_SCAN and (
            caps[t] and is_word(keys[t]) or self._titleish(t) or keys[t] in ("of", "the", "at")
        ):
            if owned(t):
                return True
            if initial[t]:
                break
            t -= 1
        e = p.first + len(p.keys)
        if e < self.n and keys[e] == "," and tuple(keys[p.first : e]) == tuple(p.keys):
            for u in range(e + 1, min(self.n, e + 13)):
                if keys[u] == "," or initial[u]:
                    break
                if owned(u):
                    return True
        return False

    def _press_service_firms(self, found: dict) -> None:
        """r26b: in a national agency's copy (``copy_side``), a body or firm named bare whose press
        service speaks is of the agency's country, as an agency names its own country's firms bare
        ("the Roscosmos press service said", "Glavkosmos's press service" in TASS copy; "Zarubezhneft
        plans ..., the company's press service told TASS": the firm the sentence opens with, when
        the text named no organisation with a side before). A press service is a Russian-language
        habit of home bodies; a firm of a side word is found above."""
        keys, caps, view = self.keys, self.caps, self.view
        for u in range(1, self.n - 1):
            if keys[u] != "press" or keys[u + 1] != "service" or caps[u]:
                continue
            w = u + 3 + (u + 3 < self.n and keys[u + 3] == "the")
            if u + 2 < self.n and keys[u + 2] == "of" and w < self.n and caps[w]:
                # r30f: "the press service of the Pacific Fleet said", as "the Pacific Fleet's press service"
                e = self._caps_run_end(w, self.n)
                if not self._bare_name(w, e):
                    e = self._state_body_end(w, e)  # r30h: "of the Federal Security Service (FSB) for ..."
                if e is not None and (self._bare_name(w, e) or e - w > 1):
                    found.setdefault(w, (e, "", self._named_side(found, keys[w:e], w) or self.copy_side))
                    continue
            v = u
            while v > 0 and u - v < 4 and caps[v - 1] and is_word(keys[v - 1]) and not view.initial[v]:
                v -= 1
            if v < u and (self._bare_name(v, u) or self._military_body(v, u)):
                # probe 28: a firm the text gave a side before keeps it ("Russian carrier Aeroflot ...
                # Aeroflot's press service said" in VNA copy: Russia's, not the agency's country)
                side = self._named_side(found, keys[v:u], v)
                found.setdefault(v, (u, "", side or self.copy_side))  # "the Roscosmos press service"
                continue
            noun = keys[u - 1]
            lead, side = u - 2, self.copy_side
            if lead >= 1 and lead in self.side_cover and keys[lead - 1] == "the":
                # probe 28: "the Russian company's press service": the side word's side, over the agency's
                side, lead = self.side_at[self.side_cover[lead]][1], lead - 1
            if (v < u or u < 2 or noun not in self.act.organisations or keys[lead] != "the"
                    or not view.possessive(u) or any(a < u for a in found)):
                continue
            s = self._sentence_start(u)  # "the company's press service": the sentence's subject
            e = self._caps_run_end(s, u)
            if e > s and (self._bare_name(s, e) or self._aliased_name(s, e)) and keys[e] not in ("and", ","):
                found.setdefault(s, (e, noun, side))

    def organisation_side(self, a: int, e: int, before: int):
        """The side of the organisation named ``keys[a:e]`` that the text gave a side before key
        ``before`` (see :attr:`organisations`), or None."""
        name = self.keys[a:e]
        return next((side for s, t, _, side in reversed(self.organisations)
                     if s < before and self.keys[s:t] == name), None)

    def _new_of_noun(self, noun: str, a: int, b: int) -> bool:
        """Review 27: True if keys ``a:b`` (from a firm named by another noun of its kind to "the
        <noun>") introduce something else by ``noun``: "a group of students", "a group": "the group"
        is then that, not the firm ("Rosneft ... a group of students visited ... The group said")."""
        keys = self.keys
        return any(keys[x] == noun and not self.caps[x] and (keys[x - 1] in ("a", "an") or x + 1 < b and keys[x + 1] == "of")
                   for x in range(max(a, 1), b))

    def organisation_by_noun(self, noun: str, before: int):
        """The side of the organisation of noun ``noun`` ("the company", "the group") named last
        before key ``before`` with a side, or None: the one named last, when several were. "The
        company" and "the firm" are any organisation ("Novatek, a Russian firm ... a company
        spokesperson") when none of that noun was named and those named are of one side."""
        before_k = [(kind, side) for s, _, kind, side in reversed(self.organisations) if s < before]
        exact = next((side for kind, side in before_k if kind == noun), None)
        if exact is None:  # r26a: a noun of the same kind ("the airline" for "flag carrier X"), one side
            same = next((k for k in _ORGANISATION_KINDS if noun in k), frozenset())
            kin = [(t, side) for s, t, kind, side in self.organisations if s < before and kind in same]
            if len({side for _, side in kin}) == 1 and not self._new_of_noun(noun, max(kin)[0], before):
                exact = kin[0][1]
        if exact is None and noun in _ANY_ORGANISATION and len({side for _, side in before_k}) == 1:
            return before_k[0][1]
        return exact

    def _names_over_heads(self) -> None:
        """A country's last word alone that is also a word of a person's name is that person: in
        "Trịnh Hoài Nam ... Nam said", "Nam" is the deputy prime minister, not "Việt Nam" (nobody
        writes the country so); "Korea" alone stays the country when no one is so named."""
        words = {k for p in self.people for k in p.keys}
        drop = {i for i in self._heads_alone if self.keys[i] in words}
        if drop:
            for i in drop:
                del self.side_at[i]
            self.side_cover = {t: a for a, (e, _) in self.side_at.items() for t in range(a, e)}

    # -- people ----------------------------------------------------------------------------------

    def _date_at(self, t: int) -> bool:
        """True if key ``t`` is a time word or a month; a short month only before a number ("Jun
        4", "Jun. 4"), as "Jun" or "Mar" may be a name ("Minister Wang Jun on June 4", and a
        sentence-final "... Vice Minister Wang Jun.")."""
        key = self.keys[t]
        if key in self.act.time_words or key in MONTHS:
            return True
        if key not in SHORT_MONTHS:
            return False
        nxt = t + 2 if t + 1 < self.n and self.keys[t + 1] == "." else t + 1
        return nxt < self.n and self.keys[nxt][:1].isdigit()

    def _titleish(self, i: int) -> bool:
        k = self.keys[i]
        names = self.names
        return (
            k in self.act.titles or k in names.titles or k in names.heads or k in self.domain
            or k in self.act.roles or i in self.side_at or self._rank_grade(i) or self._joined_in(i)
        )

    def _joined_in(self, i: int) -> bool:
        """r32e: True if key ``i`` is the "in" of a hyphened title between two title words
        ("Pravda's editor-in-chief X told TASS", "commander-in-chief"); a free "in" ("the office in
        Hà Nội said") is none."""
        if self.keys[i] != "in" or not 0 < i < self.n - 1:
            return False
        keys = self.keys
        return (self.view.surface(i - 1, i + 2).lower() == f"{keys[i - 1]}-in-{keys[i + 1]}"
                and self._titleish(i - 1) and self._titleish(i + 1))

    def _rank_grade(self, i: int) -> bool:
        """True if key ``i`` is the grade of a naval rank or its "Rank" ("Captain *1st Rank* Dmitry
        Orlov", "Captain *Second Rank*"): part of the title before a name (r28e); "rank" alone is a
        verb or a noun ("the ties rank among", "a rank of")."""
        keys = self.keys
        if keys[i] in _RANK_GRADES:
            return i + 1 < self.n and keys[i + 1] == "rank" and self.caps[i + 1] and i > 0 and self.caps[i - 1]
        return keys[i] == "rank" and self.caps[i] and i > 1 and keys[i - 1] in _RANK_GRADES and self.caps[i - 2]

    def _person_title(self, t: int) -> bool:
        """True if key ``t`` is a person's title word, singular ("Minister", not "Ministers'")."""
        if self.keys[t] not in self.person_titles:
            return False
        surface = self.view.surface(t, t + 1).lower()
        return not surface.endswith(("s", "s'", "s\u2019")) or surface in ("ms", "mrs", "mr") or (
            self.keys[t] in _SINGULAR_S)

    def _segments(self, i: int, j: int):
        """Name segments of a capitalised run: (start, end, a person's title before it in the run).

        Tokens are titles (T: title, domain and role words), side words (S), connectors and
        joiners (C) or name words (N); a segment is a maximal run of name words that ends the run or
        is followed by "and" or "," and another title ("... Trần Quốc Hưng and Russian Deputy ...").
        """
        keys, caps = self.keys, self.caps
        # a date ends the run: "President Vladimir Putin on Friday"
        j = next((t for t in range(i, j) if self._date_at(t)), j)
        while j > i and not (caps[j - 1] and is_word(keys[j - 1])):
            j -= 1
        cls = []
        t = i
        # "Consul General in Đà Nẵng Igor Malyshkin": after a person's title and "in", a place of
        # the other spelling (Vietnamese syllables, then a name that is not; or the reverse) opens
        # the run and belongs to the title
        post = self._post_place(i, j) or self._post_place_comma(i, j)
        if post:
            cls.extend("T" * (post - i))
            t = post
        side_at, capital_at = self.side_at, self.capital_at
        while t < j:
            side = side_at.get(t)
            if side is not None:
                cls.extend("S" * (min(side[0], j) - t))
                t = min(side[0], j)
                continue
            place = capital_at.get(t)
            if place is not None:  # "Ambassador in Hà Nội Ivan Petrov": the post's place, no name
                cls.extend("T" * (min(place[0], j) - t))
                t = min(place[0], j)
                continue
            city = self.city_at(t) if t > i else None
            if city is not None and j - city[0] >= 2:
                # probe 35p1: "Governor of Saint Petersburg Nikolai Vetrov": a listed city inside the
                # run, two words at least after it, is the post's place, no name ("Nguyễn Thị Huế"
                # ends with the city's word: a name)
                cls.extend("T" * (city[0] - t))
                t = city[0]
                continue
            if keys[t] in _PLACE_ABBREVIATIONS and caps[t] and t + 2 < j and keys[t + 1] == "." and caps[t + 2]:
                cls.extend("TTT")  # probe 22: "of St. Petersburg" before the name: the post's place
                t += 3
                continue
            body = self.international_at(t)
            if body is not None:  # review 28 leftover: "Ambassador to the UN Vasily Nebenzya": the post's body, no name
                cls.extend("T" * (min(body, j) - t))
                t = min(body, j)
                continue
            if t > i and _short_form_stop(keys, caps, t):
                cls.append(cls[-1])  # r36f: the full stop of a title written short is of the title ("Prof. X")
            elif not caps[t] or not is_word(keys[t]):
                cls.append("C")  # a connector ("of", "and") or a joiner: connectors are lower-case
            elif _vietnamese_marks(self.view.surface(t, t + 1)) or (
                keys[t] == "the" and cls and cls[-1] == "N" and t + 1 < j and caps[t + 1] and is_word(keys[t + 1])
            ):
                # English titles carry no Vietnamese marks, and a capitalised "The" between two
                # name words is a name word too: "Thế" of "Lê Thế Hùng" (or "Le The Hung") is no "the"
                cls.append("N")
            elif self._person_title(t):
                cls.append("P")
            elif cls and keys[t] in _PLACE_WORDS and j - t > 2:
                # round 25a: "Secretary of ... Kien Giang Province Do Thanh Binh": a place word ends
                # the place of the title; the name words after it are the person
                cls.append("T")
            elif self._titleish(t) and (keys[t] not in self.names.heads or (cls and cls[-1] in "TS") or (
                cls and cls[-1] == "P" and (len(cls) == 1 or cls[-2] != "P") and keys[t - 1].endswith("al")
            )):
                cls.append("T")  # a head after a title word ends an institution: "Party School"; probe
                # 35p7: also after a post word in "-al" that follows no other post, an adjective of the
                # body ("the United Russia party's General Council Andrei Belyakov"); "Consul General X"
                # has no head after it, "Minister Park Min-soo" no "-al"
            else:
                cls.append("N")
            t += 1
        out = []
        t = 0
        # "Russian Ambassador in Hà Nội Ivan Petrov": the run after a title and "in" a capital is titled
        # (round 19: or a country, "Russian Ambassador in Vietnam Gennady Bezdetko")
        titled = bool(post) or (i in self.capital_at or i in self.side_at) and self._post_in(i)
        while t < len(cls):
            if cls[t] != "N":
                titled = titled or cls[t] == "P"
                t += 1
                continue
            a = t
            while t < len(cls) and cls[t] == "N":
                t += 1
            # a person named after a titled name and "and" (see below)
            paired = titled and t + 1 < len(cls) and keys[i + t] == "and" and cls[t + 1] == "N" and (
                self._named_by_origin(i + a, i + t, whole=True)
            )
            if t == len(cls):
                out.append((i + a, i + t, titled, "end"))
            elif titled and a > 0 and keys[i + a - 1] == "of" and keys[i + t] == "and" and t + 1 < len(cls) and (
                cls[t + 1] == "T" and keys[i + t + 1] in self.domain and not self._person_title(i + t + 1)
            ):  # round 22a: "Minister of Planning and Investment Bounkham Vongsakda": a word of the
                # portfolio before "and" and a field word, no person; the title still names the run's end
                continue
            elif titled and keys[i + t] == "of" and (
                ("S" in cls[t + 1 : t + 3] and all(c in "CS" for c in cls[t + 1 :]))
                or (a > 0 and cls[a - 1] == "P" and t - a >= 2 and keys[i + t - 1] not in self.names.heads)
            ):  # "Vice Governor Wang Jianhua of China", "Governor Ivan Petrov of Primorye Territory": a
                # name right after a title, then where the person is from
                out.append((i + a, i + t, titled, "of"))
                titled = False
            elif titled and a > 0 and cls[a - 1] in "PT" and keys[i + t] == "to" and "P" in cls[t + 1 : t + 4]:
                # r31g: "Prime Minister X to Prime Minister Y" (messages sent, one pair after
                # another): a titled name, then "to" and the addressee's title, is a person
                out.append((i + a, i + t, titled, "to"))
                titled = False
            elif keys[i + t] == "of" and self._titled_name_of(i, a, t, cls):
                # review 15: "Counsellor Mạc Đình Thiêm of the Vietnamese Embassy in Russia", "Trade
                # Counsellor ...", "the counsellor ...": any title word before the name, which its
                # spelling shows to be one, and the body the person is of after it
                out.append((i + a, i + t, titled, "of"))
                titled = False
            elif cls[t] == "C" and keys[i + t] in ("and", ",") and t + 1 < len(cls) and (
                cls[t + 1] in "TSP"
                or (a > 0 and (cls[a - 1] == "P" or titled and cls[a - 1] == "T") and keys[i + t] == "and" and cls[t + 1] == "N")
                or paired
                or (titled and a > 0 and cls[a - 1] == "P" and keys[i + t] == "and" and t + 2 < len(cls)
                    and keys[i + t + 1] == "the" and cls[t + 2] in "TSP")  # probe 33p4: "... and the Vietnamese Consul General Y"
                or (a > 0 and cls[a - 1] in "PS" and keys[i + t] == "," and titled)
                or (a == 0 and keys[i + t] == "," and self._title_of_before(i) is not None)
            ):  # "... Secretary Roberto Molina Ortega and Lê Thành Công", "Deputy Head of the Economic
                # Commission Lương Thị Hạnh and Nikolai Voronin": two people; "Meeting with
                # Deputy Secretary ... of United Russia Andrei Kozlov, Hải briefed him": a titled name;
                # "talks with Head of its Publicity Department Wang Lihua, Hào said": the title
                # before the run names the first segment, the comma ends it; "... Inspection
                # Commission Lê Văn Hào and Anna X, Head of ...": after an institution's name, a
                # name of three words with the marks of its origin is one person, "and" another
                out.append((i + a, i + t, titled, "and"))
                # the name after "and" shares a title that ends in an institution's name ("signed
                # by Deputy Head of the Commission Lương Thị Hạnh and Nikolai Voronin, coordinator
                # of ..."), or is a Vietnamese name after one (``paired``): both are people; after a
                # person's title it needs one of its own
                titled = paired or (
                    titled and a > 0 and cls[a - 1] == "T" and keys[i + t] == "and" and cls[t + 1] == "N"
                )
        return out

    def _titled_name_of(self, i: int, a: int, t: int, cls: list) -> bool:
        """True if the name words ``a:t`` of the run at ``i`` (classes ``cls``) follow a title: a
        title word in the run ("Trade Counsellor X of ..."), a word the name's spelling leaves out
        of it ("Counsellor X of ..."), or a lower-case noun after an article right before the run
        ("the counsellor X of ..."); and are a name of three words or more by the spelling of their
        origin (:meth:`_named_by_origin`), "of" after them: a person, then the body they are of."""
        keys = self.keys
        if t - a < 2 or keys[i + t - 1] in self.names.heads or not self._named_by_origin(i + a, i + t):
            return False
        if a > 0:
            return cls[a - 1] in "PT"
        if self._name_span(i, i + t)[0] > i:
            return True
        return i > 1 and not self.caps[i - 1] and keys[i - 1].isalpha() and keys[i - 2] in ("the", "a", "an")

    def _caps_run_end(self, u: int, b: int) -> int:
        """The end of the capitalised words from key ``u``, before ``b``."""
        while u < b and self.caps[u] and is_word(self.keys[u]):
            u += 1
        return u

    def _titled_body(self, t: int) -> bool:
        """True if key ``t`` is the capitalised head of a body ("Office", "Representation") that a
        person's title names a few capitalised words before: "Trade Counsellor at the Russian Trade
        Representation in Việt Nam Andrei Kuzmin" (round 28b), whose "in" opens the post's place.
        A body with no title before it ("the Russian Trade Representation in Việt Nam") is none."""
        keys = self.keys
        if not (self.caps[t] and (keys[t] in self.names.heads or keys[t] in _POST_BODIES)):
            return False
        for u in range(t - 1, max(-1, t - 1 - _TITLED_BODY_SPAN), -1):
            if self._person_title(u) and self.caps[u]:
                return True
            if not (self.caps[u] or keys[u] in ("of", "the", "at", "to")):
                return False
        return False

    def _post_in(self, i: int) -> bool:
        """True if "in" before key ``i`` opens the place of a person's post: right after a title
        ("Ambassador in Hà Nội X"), after a title and its country (rounds 28a, 28c: "Consul General of
        Russia in Đà Nẵng X") or after a titled body (round 28b: "Trade Counsellor at the Russian Trade
        Representation in Việt Nam X"). Review 30: one test for a capital or country run and for a
        run of place and name, which had drifted apart ("... Representation in Vietnam X" was missed)."""
        return i > 1 and self.keys[i - 1] == "in" and (
            self._person_title(i - 2) or self._title_in_before(i) or self._titled_body(i - 2))

    def _post_place(self, i: int, j: int) -> int:
        """Where the name starts in a run ``i:j`` that follows a person's title and "in" and opens with
        the place of the post ("Consul General in Đà Nẵng Igor Malyshkin", "in Da Nang Igor
        Malyshkin", "in Vladivostok Nguyễn Văn Hùng"); 0 if the run is not one.

        The place and the name are told apart by their spelling: the place is the run's longest
        opening of Vietnamese syllables when two words or more that are not follow, or the words
        before a closing name of three Vietnamese syllables or more when the run opens with a word that
        is not one. A run of one spelling is left alone (no place can be told from the name).
        """
        if not self._post_in(i):
            return 0
        words = [self.view.surface(t, t + 1) for t in range(i, j)]
        if any(not is_word(self.keys[t]) or not self.caps[t] for t in range(i, j)):
            return 0
        # round 25a: "Consul General in HCM City Aleksey Popov": a place word ends the post's place
        # when two name words or more follow it
        head = next((n for n in range(1, len(words) - 1) if self.keys[i + n] in _PLACE_WORDS), 0)
        if head and len(words) - head - 1 >= 2 and not any(self.keys[t] in _PLACE_WORDS for t in range(i + head + 1, j)):
            return i + head + 1
        lead = _vietnamese_syllables(" ".join(words))
        if lead >= 2 and len(words) - lead >= 2 and _vietnamese_syllables(" ".join(words[lead:])) == 0:
            return i + lead
        if lead == 0:
            tail = next((n for n in range(1, len(words)) if _vietnamese_spelling(" ".join(words[n:]))), 0)
            if tail and len(words) - tail >= 3:
                return i + tail
        return 0

    def _post_place_comma(self, i: int, j: int) -> int:
        """Probe 39p3: where the name starts in a run ``i:j`` after a person's title and "in" that
        holds the place of the post, a comma and the name ("The Russian Consul General in Ho Chi Minh
        City, Alexei Karpov, said", "... in Da Nang, X,"): the capitalised words before the comma
        (at most :data:`_POST_PLACE_WORDS`) are the place, the two or more after it, which end the
        run, the name; 0 if the run is not one (a capital or country before the comma is read as
        before: ``capital_at``, ``side_at``)."""
        if i in self.capital_at or i in self.side_at or not self._post_in(i):
            return 0
        c = next((t for t in range(i, j) if self.keys[t] == ","), None)
        if c is None or not 0 < c - i <= _POST_PLACE_WORDS or j - c - 1 < 2:
            return 0
        if any(not self.caps[t] or not is_word(self.keys[t]) for t in (*range(i, c), *range(c + 1, j))):
            return 0
        return c + 1

    def _apposition_title(self, b: int) -> bool:
        """True if an apposition opening with a title follows key ``b`` (", general secretary of",
        ", a national general secretary of"), or a relative clause giving a post (", who heads the
        ... commission", ", who is deputy head of")."""
        keys = self.keys
        if b >= self.n or keys[b] != ",":
            return False
        k = b + 1
        if k + 1 < self.n and keys[k] == "who":
            if keys[k + 1] in _OFFICE_VERBS:
                # "who head", "who lead": a plural subject, no one person
                return self.view.surface(k + 1, k + 2).lower() not in ("head", "lead", "chair", "direct")
            if keys[k + 1] not in ("is", "was"):
                return self._post_after_relative(k + 1)
            k += 2
        if k + 2 < self.n and keys[k].isdigit() and keys[k + 1] == "," and not self.caps[k + 2]:
            k += 2  # probe 35p8: "X, 21, a student at ...": the age before the apposition, as verbs._verb_after reads it
        if k + 2 < self.n and keys[k] == "from" and self.caps[k + 1] and is_word(keys[k + 1]):
            # probe 35p8: "X, 23, from Laos, said", "X, from Champasak, told reporters": where the person
            # comes from, then a verb of speech after the comma that closes it
            e = k + 1
            while e < self.n and self.caps[e] and is_word(keys[e]):
                e += 1
            return e + 1 < self.n and keys[e] == "," and self.act.verbs.longest(keys, e + 1) is not None
        if k < self.n and keys[k] in ("a", "an", "the"):
            if k + 4 < self.n and keys[k] != "the" and keys[k + 1].isdigit() and keys[k + 2] == "year" and keys[k + 3] == "old":
                k += 3  # probe 35p8: ", a 92-year-old veteran,": the age (keys "92 year old") before the noun
            if keys[k] != "the" and self._person_by_side(k + 1):
                return True
            k += 1
        for t in range(k, min(self.n, k + 3)):
            if keys[t] in ("the", "of", ",", "and") or not is_word(keys[t]):
                return False
            if keys[t] in self.person_titles:
                # r24e: a plural is no title of one person but the subject of a new clause
                # ("Professor X, its members are ready to ..."; "X, its chairman, said" stays)
                word = self.view.surface(t, t + 1).lower()
                return not (word.endswith("s") and word != keys[t] and keys[t] not in _SINGULAR_S)
        return False

    def _post_after_relative(self, k: int) -> bool:
        """Probe 39p3: True if the relative clause from key ``k`` (after "who") closes with a comma
        and the person's post follows as the main verb: "Nguyễn Thị Hoa, who studied economics in
        Moscow in the 1980s, now chairs the ... Association" (a verb of :data:`_OFFICE_VERBS` in the
        singular, after "now" or "currently"), as "X, who chairs the ..., said" gives it. Untouched:
        "X, who studied in Moscow, said" (no post), "the veterans, who fought ..., lead" (plural)."""
        keys = self.keys
        c = next((t for t in range(k, min(self.n, k + _APPOSITION)) if keys[t] in (",", ".", ";")), None)
        if c is None or keys[c] != ",":
            return False
        u = c + 1
        if u < self.n and keys[u] in ("now", "currently"):
            u += 1
        return u < self.n and keys[u] in _OFFICE_VERBS and self.view.surface(u, u + 1).lower() not in (
            "head", "lead", "chair", "direct")

    def _person_by_side(self, k: int) -> bool:
        """probe 34p8: True if keys from ``k`` (after "a" / "an" of an apposition) are a side word and a
        singular noun of a person by what they do or study, at most one lower-case word before each
        (", a Lao graduate in electrical engineering,", ", a young Vietnamese student,", ", a Chinese
        railway engineer,"): the apposition gives the person and the side as a title would."""
        keys, caps = self.keys, self.caps
        t = k + (k + 1 < self.n and not caps[k] and is_word(keys[k]) and k + 1 in self.side_at)
        hit = self.side_at.get(t)
        if hit is None:
            return False
        u = hit[0]
        u += u + 1 < self.n and not caps[u] and is_word(keys[u]) and keys[u + 1] in _PERSON_NOUNS and not caps[u + 1]
        return u < self.n and not caps[u] and keys[u] in _PERSON_NOUNS

    def _role_before(self, a: int) -> bool:
        """True if a role word or "led by" stands right before key ``a`` ("counterpart Nguyen Van An",
        "a delegation led by Anjali Desai"), or a title in lower case before the name's run ("head
        of the CPC Central Committee's Publicity Department Wang Lihua")."""
        keys = self.keys
        k = a - 1
        if k >= 1 and keys[k] == "by" and keys[k - 1] in _LED_BY:
            return True
        if k >= 0 and not self.caps[k] and self.act.roles.longest(keys, k) is not None:
            return True
        if k >= 1 and not self.caps[k] and is_word(keys[k]) and self.view.possessive(k) and self._person_title(k - 1):
            return True  # "Primorye Governor's adviser Svetlana Pridatko": a post under a titled person
        if k >= 0 and keys[k] == ",":  # "the chairman of the Belaya Rus party, Oleg Martynyuk"
            for t in range(k - 1, max(0, k - 10), -1):
                if keys[t] in (",", ".", ";", '"') or self.view.initial[t]:
                    break
                if not self.caps[t] and keys[t] in self.person_titles and (
                    keys[t - 1] in ("the", "a") or self.view.possessive(t) and not self.caps[t - 1]
                    or self._modified_title(t)
                ):  # also after a body's possessive: "the institute's vice-rector, Irina Belova"
                    return True
        if k >= 0 and keys[k] in ("party", "parties"):  # "Chairman of the United Russia party Dmitry X"
            for t in range(k - 1, max(-1, k - _TITLE_SCAN), -1):
                if self.caps[t] and is_word(keys[t]):
                    if self._person_title(t):
                        return True
                    continue
                if keys[t] not in self.names.connectors and keys[t] not in ("-", "\u2013"):
                    break  # r28i: a party's name joined by a dash ("A Just Russia – For Truth party X")
        if self._title_of_before(a) is not None or self._body_member(k):
            return True
        if self._unit_of_titled_body(k):
            return True
        if a in self.side_at and self._title_in_before(a):
            return True  # "President of the Association of Vietnamese in the Russian Federation X"
        while k >= 0 and keys[k] in ("the", "of"):
            k -= 1
        return k >= 0 and k < a - 1 and not self.caps[k] and keys[k] in self.person_titles

    def _unit_of_titled_body(self, k: int) -> bool:
        """probe 34p4: True if key ``k`` is a lower-case unit of a body ("division", "department")
        after a capitalised title, "of" and the body's capitalised name, possessive or adjective,
        with at most one lower-case word before the unit ("Head of Novatek's Asia-Pacific division",
        "Director of Rosneft's international department"): the name after it is the person's."""
        keys, caps = self.keys, self.caps
        if k < 3 or caps[k] or keys[k] not in _BODY_UNITS:
            return False
        lower = 0
        for t in range(k - 1, max(0, k - 8), -1):
            if keys[t] == "of" and caps[t - 1] and self._person_title(t - 1):
                return t < k - 1 and caps[t + 1] or keys[t + 1] == "the"
            if keys[t] == "the" or caps[t] and is_word(keys[t]):
                continue
            if is_word(keys[t]) and not lower and t == k - 1:
                lower += 1
                continue
            return False
        return False

    def _title_in_before(self, a: int) -> bool:
        """True if the run at key ``a`` follows "in" (or "in the") right after a run that a person's
        title opens ("President of the Association of Vietnamese in the Russian Federation X"): the
        country where the body is, then the name."""
        keys = self.keys
        k = a - 1 - (a > 0 and keys[a - 1] == "the")
        if k < 1 or keys[k] != "in":
            return False
        for t in range(k - 1, max(-1, k - 1 - _TITLE_SCAN), -1):
            if self._person_title(t) and self.caps[t] and (t == 0 or self.view.initial[t] or not self.caps[t - 1]
                                                           or self._opens_run(t - 1)):
                return True
            if not (self.caps[t] and is_word(keys[t]) or keys[t] in ("of", "the", "and")):
                return False
        return False

    def _opens_run(self, u: int) -> bool:
        """True if key ``u`` is the last of at most two capitalised words that open their run (at the
        text's start, a sentence's start or after a lower-case word): a title's first words ("*Trade*
        Representative of Russia in Vietnam X", probe 27)."""
        keys, caps = self.keys, self.caps
        for v in range(u, max(-1, u - 2), -1):
            if not (caps[v] and is_word(keys[v])) or v in self.side_at:
                return False
            if v == 0 or self.view.initial[v] or not caps[v - 1]:
                return True
        return False

    def _body_member(self, k: int) -> bool:
        """True if key ``k`` is a lower-case "member" right after a body's capitalised name, the
        way news copy titles a legislator or a party official ("State Duma member X", "Politburo
        member X"); not "a member", "members" or "member of"."""
        return (
            0 < k < self.n - 1 and self.keys[k] == "member" and not self.caps[k]
            and self.caps[k - 1] and is_word(self.keys[k - 1]) and self.caps[k + 1]
        )

    def _quotes_speaker(self, a: int, b: int) -> bool:
        """True if keys ``a:b`` are a name of two words or more with an origin, right after a closing
        quotation and right before a reporting verb: '"Ties are strong," Tô Lâm said' (the quote's own
        reporting clause names a person, title or not); no side's or capital's name ("Hà Nội")."""
        keys = self.keys
        if b - a < 2 or a < 2 or keys[a - 1] not in ('"', "'") or keys[a - 2] != ",":
            return False
        if any(t in self.side_cover or t in self.capital_at for t in range(a, b)):
            return False
        s, e, origin = self._name_span(a, b)
        return bool(origin) and (s, e) == (a, b) and self.act.verbs.longest(keys, _skip_fillers(self, b, self.n)) is not None

    def _apposed_role(self, a: int):
        """A role phrase with a side word, then a comma right before the name at key ``a``: "the
        Russian ambassador, Gennady Bezdetko", "Vietnam's ambassador to Russia, Đặng Minh Khôi".
        (title key, side) of the phrase, or None. A side after "to" or "in" is where the post is."""
        keys, n_back = self.keys, 8
        c = a - 1
        if c < 1 or keys[c] != ",":
            return None
        start = c - 1
        while start > 0 and c - start < n_back and keys[start - 1] not in (",", ".", ";", '"', "(") and not self.view.initial[start]:
            start -= 1
        t = start
        if keys[t] in ("the", "a", "an"):
            t += 1
        hit = self.side_at.get(t)
        if hit is None or not (t == start or t > start and keys[start] in ("the", "a", "an") or self.view.possessive(hit[0])):
            return None
        title = hit[0]
        if not (title < c and not self.caps[title] and self._person_title(title)):
            return None
        # the rest up to the comma: where the post is ("to Russia", "in Moscow") and nothing else
        u = title + 1
        while u < c and keys[u] in ("to", "in") and (u + 1 in self.side_at or u + 1 in self.capital_at):
            u = (self.side_at.get(u + 1) or self.capital_at[u + 1])[0]
        return (title, hit[1]) if u == c else None

    def _title_of_before(self, a: int):
        """Key of a title followed by "of" a few lower-case words before the run at key ``a``:
        "head of its international commission Sergei X", "Head of its Organisation Department Wu
        X" (the possessive breaks the capitalised run); None if none. A verb, a preposition other
        than "of" or a punctuation mark between them stops the scan ("the head of the team met X")."""
        keys, caps = self.keys, self.caps
        k = a - 1
        # the side's name right before the person: "... branch of United Russia X"
        side = next((s for s in range(max(0, a - 4), a) if self.side_at.get(s, (None,))[0] == a), a)
        if side > 1 and keys[side - 1] == "of" and keys[side - 2] in self.act.body_units:
            # "Secretary of the Moscow city branch of United Russia X": the unit of a side's body
            # (its branch, chapter) and "of" stand before the run, which opens with the side's name
            k = side - 2
        elif k >= 3 and keys[k] in self.act.body_units and keys[k - 1] == "the" and keys[k - 2] == "of" and self._person_title(k - 3):
            return k - 3  # "Secretary of the branch Valentina Orlova": the unit the text named before
        elif k >= 0 and keys[k] in self.act.body_units:
            return None  # a unit is a title's last word only before "of" and its side
        elif k >= 2 and keys[k] == "the" and keys[k - 1] == "of" and not caps[k - 2] and keys[k - 2] in self.names.heads:
            # lead's round 42: a lower-case body "of the" run ("First Secretary of the Ulyanovsk regional
            # committee of the Communist Party of the Russian Federation (CPRF) Gennady Ryabtsev")
            k -= 2
        elif k >= 1 and caps[k] and is_word(keys[k]) and keys[k - 1] == "of":
            k -= 1  # lead's round 42: "... division of Novatek Kirill Zhdanov": the body's word before the name
        if k < 0 or caps[k] or not is_word(keys[k]) or keys[k] in _FUNCTION:
            return None  # the run must follow a lower-case noun or possessive directly
        minister = self._minister_of_fields(k)
        if minister is not None:
            return minister
        plain, seen_of = 0, False
        for t in range(k, max(-1, a - 1 - _TITLE_SCAN // 2), -1):
            key = keys[t]
            if not is_word(key):
                return None
            if key in self.person_titles and t + 1 < a and keys[t + 1] == "of" and self._person_title(t):
                return t
            if key == "for" and seen_of and t > 0 and self._person_title(t - 1) and plain:
                # "Director for international business of Rosatom X": the field of the post
                # between the title and "of" its body
                return t - 1
            seen_of = seen_of or key == "of"
            if caps[t] or key in ("of", "its", "his", "her", "their", "the"):
                continue
            plain += 1  # "international cooperation commission": three plain words at most, the last a head
            if plain > _TITLE_PLAIN or key in _FUNCTION or (
                # probe 10: a level of government before the body's name ("Chairman of the
                # provincial People's Committee X") is the title's, as a head or unit is
                t == k and key not in self.names.heads and key not in self.act.body_units
                and not (key in self.act.local_levels and caps[a])
            ):
                return None
        return None

    def _named_by_origin(self, a: int, b: int, whole: bool = False) -> bool:
        """A name of three words or more with a surname and the spelling of its origin ("La Đức
        Nghĩa", "La Duc Nghia") is a person, title or not; with ``whole`` (default=False), also one
        that ends the segment, surname first, alone or after an institution's head ("...
        Commission La Duc Nghia")."""
        s, e, origin = self._name_span(a, b)
        surface = self.view.surface(s, e)
        plain = whole and e == b and (s == a or self.keys[s - 1] in self.names.heads)
        return bool(origin) and e - s >= 3 and (_vietnamese_spelling(surface) or plain)

    def _acronym(self, t: int) -> bool:
        """r27a: True if key ``t`` is a body's abbreviation (two to six capitals: "FCS", "GACC") before a
        word that is not one: "Deputy Head of the FCS Andrei Tikhonov" names the body, then the person,
        as a head ends an institution ("Publicity Department Wang Lihua"); not a name in capitals
        ("ANDREI TIKHONOV" of a headline: the next word is capitals too)."""
        word = self.view.surface(t, t + 1)
        if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()) or t + 1 >= self.n:
            return False
        return not self.view.surface(t + 1, t + 2).isupper()

    def _open_surname_alone(self, adjective: str, s: int) -> bool:
        """probe 37p7: True if the two words at key ``s`` ("Wang Ning, Party chief of Yunnan province,
        said", "said Chen Gang") are a name of an origin whose surname list is open (pinyin), its
        surname none that another origin's list holds once folded ("Dong Jun": Đồng; "Cao", "Tang")
        and its second word no institution's head ("Sun Group")."""
        keys = self.keys
        # written in plain letters, as English copy writes pinyin: "Lạng Sơn" (a province whose folded
        # "lang" is a pinyin surname) is no Chinese name
        return (adjective in self.names.open_origins and keys[s + 1] not in self.names.heads
                and self.caps[s + 1] and is_word(keys[s + 1]) and self.view.surface(s, s + 2).isascii()
                and not any(keys[s] in names for adj, _short, names in self.names.origins if adj != adjective))

    def _name_span(self, a: int, b: int) -> tuple[int, int, str]:
        """The name inside a segment, and the origin it shows ("" if none)."""
        keys = self.keys
        # the origin's middle name second of the last three or four words: the name is of that
        # origin, its surname listed or not ("Phí Thị Ngân", "Phi Thi Ngan"; "Khiếu Thị Mai Hoa",
        # not "Mai Hoa"), when the surname is listed or every word is a Vietnamese syllable (the
        # packaged middle name is Vietnamese): "Anna Thi Smith" is of no origin by it
        for adjective, middles in self.names.origin_middles:
            surnames = next((names for adj, _short, names in self.names.origins if adj == adjective), frozenset())
            for s in (b - 3, b - 4):
                if s >= a and keys[s + 1] in middles and all(self.caps[t] and is_word(keys[t]) for t in range(s, b)) and (
                    keys[s] in surnames or _vietnamese_spelling(self.view.surface(s, b))
                ):
                    return s, b, adjective
        # r30k: a surname before an institution's head is the place the body is named after
        # ("Thái Nguyên University Phạm Hồng Quang", "Thái Bình Hospital ..."): the name follows the
        # head, when two words at least follow it
        lo = max((t + 1 for t in range(a, b - 2) if keys[t] in self.names.heads), default=a)
        for adjective, _short, surnames in self.names.origins:
            for s in range(lo, b):
                if keys[s] in surnames or (s + 1 < b and f"{keys[s]} {keys[s + 1]}" in surnames):
                    length = b - s
                    surface = self.view.surface(s, b)
                    # two words at the segment's start: only when spelled the Vietnamese way,
                    # marks or not ("Tô Lâm", "To Lam"; not "Dong Jun")
                    if length >= 3 or _vietnamese_spelling(surface) or length == 2 and s > a:
                        return s, min(b, s + 5), adjective
                    if length == 2 and self._open_surname_alone(adjective, s):
                        return s, b, adjective
                    break
        # r24e: the last three words each one Vietnamese syllable, one at least with its marks
        # ("Đầu Thanh Tùng"): of the origin whose middle names are such syllables, its surname
        # listed or not (no English, Russian or pinyin name carries the marks; "Dau Thanh Tung"
        # unmarked stays of no origin, as "Anna Thi Smith")
        s = b - 3
        if s >= a and all(self.caps[t] and is_word(keys[t]) for t in range(s, b)):
            surface = self.view.surface(s, b)
            if _vietnamese_marks(surface) and _vietnamese_spelling(surface):
                marked = next((adj for adj, middles in self.names.origin_middles
                               if any(_SYLLABLE.fullmatch(m) for m in middles)), None)
                if marked is not None:
                    return s, b, marked
        # after the last word of an institution: "Publicity Department Wang Lihua"
        # "Minister Park Min-soo": a surname may look like a head; not after "of" in the title
        # ("Secretary of its General Council Andrei Turin": an institution's last word)
        after_of = any(keys[t] == "of" for t in range(max(0, a - 4), a))
        first = a + 1 if b - a <= 3 and not after_of else a
        if after_of and a > 0 and keys[a - 1] == "and" and b - a == 3:
            # "Minister of Energy and Mines Phonesavanh Douangdy": the second field of the title
            return a + 1, b, ""
        last = max((t for t in range(first, b - 1) if keys[t] in self.names.heads or self._acronym(t)), default=a - 1)
        # lead's round 39: a party's name before the person ends it too, as a head does ("Leader of A Just
        # Russia – For Truth Sergei Mironov": not "Truth Sergei Mironov"), two words at least left
        last = max([last] + [e - 1 for s0, ends in self._party_names.items() if s0 < b for e in ends if a < e <= b - 2])
        # lead's round 42: a title's "of" names a body first ("Director General of Rosatom Alexei
        # Likhachev", "CEO of Novatek Leonid Mikhelson"): the word right after it is the body's,
        # not the person's, when two words at least are left for the name
        # review 57: a title's or a body's "of" only ("On behalf of Pavel Sergeyevich Gorshkov": a name whole)
        of = a - 1 if keys[a - 1] == "of" else a - 2 if keys[a - 1] == "the" and keys[a - 2] == "of" else -1
        body = a + 1 if of > 0 and b - a >= 3 and self._titled_of(of - 1) else a
        return max(last + 1, b - 3, body), b, ""

    def _titled_of(self, t: int) -> bool:
        """Review 57: True if key ``t``, right before an "of", is a person's title or a body's word
        ("Director General of Rosatom", "the Asia-Pacific division of Novatek"), not a phrase's word
        ("on behalf of", "the visit of")."""
        return self._person_title(t) or self.keys[t] in self.names.heads or self.keys[t] in self.act.body_units

    @cached_property
    def _party_names(self) -> dict[int, list[int]]:
        """Where the text names a party (:func:`framing.lexicons.names.party_spans` with the lexicon's
        ``party`` class): key -> the keys where the name may end."""
        return party_spans(self.view, self.names, static=load_lexicon().trie.classes.get("party"))

    def _discover(self) -> None:
        keys, act = self.keys, self.act
        by_keys: dict[tuple, int] = {}
        self._name_ends: set = set()
        for i, j in self._runs():
            for a, b, titled, _ in self._segments(i, j):
                if not (titled or self._apposition_title(b) or self._role_before(i)
                        or self._named_by_origin(a, b, whole=True) or self._apposed_role(a) is not None
                        or self._possessed_apposed(a)
                        or self._quotes_speaker(a, b)):
                    continue
                if any(self._date_at(t) for t in range(a, b)):
                    continue  # "on Friday, ...", "on April 18"
                if b < self.n and self._unit_of_titled_body(b):
                    continue  # probe 34p4: "Head of Novatek's Asia-Pacific division X": the body's name
                if self._field_of_body(i, a):
                    # probe 33p7: "the Russian Federal Service for Veterinary Surveillance": the field
                    # after a body's head and "for" is the body's name, no person ("... and the
                    # Russian Federal Service for ... agreed" after another body)
                    continue
                s, e, origin = self._name_span(a, b)
                after_head = titled and e - s >= 2 and (keys[s - 1] in self.names.heads or self._acronym(s - 1))
                if a > 0 and keys[a - 1] == "the" and not ((origin or after_head) and s > a):
                    # "the Plain of Jars", "Secretary of the Điện Biên ...": a place, not a person;
                    # but "member of the Secretariat Trần Cẩm Tú": a surname after the institution,
                    # and "Vice Rector of the Novosibirsk Mining University Vadim Orlov": a name of
                    # two words or more after a titled institution's head
                    continue
                if keys[s] in _NO_NAME_OPENERS and e - s >= 2 and self.view.surface(s, s + 1).isascii():
                    # r31b: a word with marks ("Ôn Thị Diệu Linh") is a surname, no preposition
                    continue  # spk15: "In Xiengkhouang, the provincial leader ...": a place after a preposition
                r = s
                while r > 1 and r > s - 6 and (self.caps[r - 1] or keys[r - 1] in ("–", "-")):
                    r -= 1  # "Bà Rịa–Vũng Tàu": a place's name joined by a dash
                if (r > 2 and keys[r - 1] == "of" and keys[r - 2] in _LOCAL_LEADERS
                        and any(keys[t] in act.local_levels for t in range(max(0, r - 4), r - 2))):
                    continue  # spk15: "the provincial leader of Bà Rịa–Vũng Tàu": the province, not a name
                if b - a == 1 and (self._known_short(keys[a]) or not (titled and self._person_title(a - 1))):
                    continue  # one word: a person named before, or right after a title only
                if b - a == 1 and keys[a - 1] in self.names.given_titles and not (
                    a > 1 and (keys[a - 2] == "the" or self._titleish(a - 2))
                ):
                    continue  # "Dean Acheson": a given name, not the title of a dean
                if keys[e - 1] in self.names.heads or any(keys[t] in self.names.heads for t in range(s + 1, e)):
                    continue  # "the Youth Union's Central Committee": an institution
                if e - s >= 2 and self._tail_of_named(tuple(keys[s:e])):
                    continue  # r26a: "Lan Anh" of "Nguyễn Thị Lan Anh" named before: that person
                if e < self.n and keys[e] in ("party", "parties") and not self.caps[e]:
                    continue  # r28i: "Leader of the A Just Russia – For Truth party": the party's name
                if e < self.n and keys[e] in _PLACE_WORDS and not self.caps[e]:
                    continue  # review 14 leftovers: "leaders of Nghệ An province": a place, not a person
                name_keys = tuple(keys[s:e])
                known = act.subjects.longest(keys, s)
                if known is not None and known[1][0] == "person" and known[0] >= e:
                    # the actors file knows the person; its title is not the next name's
                    # ("Foreign Minister Lê Hoài Trung and Ivan Petrov, a businessman")
                    self._name_ends.add(known[0] - 1)
                    continue
                p = by_keys.get(name_keys)
                if p is None:
                    p = len(self.people)
                    by_keys[name_keys] = p
                    person = Person(self.view.surface(s, e), name_keys, s, p)
                    person.origin = origin
                    self.people.append(person)
                    self._side_of(person, i, s, e)
                    self._name_ends.add(e - 1)
                elif self.people[p].side is None:
                    self._side_of(self.people[p], i, s, e)

    def _field_of_body(self, i: int, a: int) -> bool:
        """probe 33p7: True if key ``a`` opens the field a body's head names after "for", right after
        "for" or after "for", capitalised words and "and" ("Service for Veterinary Surveillance",
        "Service for Veterinary and Phytosanitary Surveillance"), in a run (from ``i``) with no
        person's title before the body ("Deputy Head of the Commission for ... X" is a person)."""
        keys = self.keys
        u = a - 1
        if u > 0 and keys[u] == "and":
            u -= 1
            while u > 0 and self.caps[u] and is_word(keys[u]) and a - u < 6:
                u -= 1
        return u > 0 and keys[u] == "for" and keys[u - 1] in self.names.heads and not any(
            keys[t] in self.names.titles for t in range(i, u - 1))

    def _interim_at(self, t: int) -> int:
        """r29d: the number of keys of "a.i." or "ad interim" at key ``t`` (0 if none): a post held
        for the time being, between a title and the name ("Chargé d'Affaires a.i. Ivan Petrov")."""
        keys = self.keys
        if t < self.n and keys[t] == "a.i.":
            return 1
        return 2 if t + 1 < self.n and keys[t] == "ad" and keys[t + 1] == "interim" else 0

    def _runs(self):
        """Capitalised runs, two joined across a bracket between them: "Deputy Minister of
        Construction (MOC) Nguyễn Hữu Tuấn", "Vice Governor of Yunnan Province (China) Wang Jianhua"."""
        keys = self.keys
        runs = list(capitalised_runs(self.view, self.names))
        out = []
        x = 0
        while x < len(runs):
            i, j = runs[x]
            while x + 1 < len(runs):
                c = next((c for c in range(j + 2, min(len(keys), j + 4)) if keys[c] == ")"), None)
                if keys[j] == "(" and c is not None and runs[x + 1][0] == c + 1 and all(
                    is_word(keys[u]) and not self.caps[u] for u in range(j + 1, c)
                ) and self._person_title(j - 1):
                    # "Colonel (retired) Ivan Petrov": a rank's lower-case note in brackets
                    j, x = runs[x + 1][1], x + 1
                    continue
                gap = self._interim_at(j)
                if gap and runs[x + 1][0] == j + gap and self._person_title(j - 1):
                    j, x = runs[x + 1][1], x + 1  # r29d: "Chargé d'Affaires a.i. Ivan Petrov": one run
                    continue
                if runs[x + 1][0] == j + 1 and self._rank_grade(j):
                    j, x = runs[x + 1][1], x + 1  # r28e: "Captain 1st Rank Dmitry Orlov": one run
                    continue
                if runs[x + 1][0] == j + 1 and _short_form_stop(keys, self.caps, j, _SHORT_FORMS):
                    # probe 22: a place's name across its abbreviation's full stop ("Vice Governor of
                    # St. Petersburg Kirill Polyakov"), one run as "Saint Petersburg" is
                    j, x = runs[x + 1][1], x + 1
                    continue
                if x + 2 >= len(runs):
                    break
                (bi, bj), (ni, nj) = runs[x + 1], runs[x + 2]
                if keys[j] == "(" and bi == j + 1 and keys[bj] == ")" and bj - bi <= _BRACKET_NAME and (
                    ni == bj + 1 or (ni == bj + 2 and keys[bj + 1] in ("of", "for") and self._person_title(bi))
                ):
                    # r31i: or a bracketed title, then "of"/"for" and the rest of the title ("Member of
                    # the Board (Minister) for Trade of the Eurasian Economic Commission Rustam X")
                    j, x = nj, x + 2
                else:
                    break
            for a, b in self._split_at_dates(i, j):
                out.extend(self._split_after_titled_name(a, b))
            x += 1
        return out

    def _split_after_titled_name(self, i: int, j: int):
        """r37b: a run cut at a comma that ends a titled person's name, when nothing after it continues a
        title's list (no "and", "of", "&"): "with Russian Deputy Minister of Energy Aleksei Voronin, Hưng
        chaired the talks" gives the minister and "Hưng". "Minister of Labour, Invalids and Social Affairs
        X" and "the Ministers of Foreign Affairs, of Finance" stay one run."""
        keys = self.keys
        for c in range(i + 2, j - 1):
            if keys[c] != "," or any(keys[u] in ("and", "of", "&") for u in range(c + 1, j)):
                continue
            name = range(c - 2, c)  # two name words right before the comma, no title ("Director General, X")
            if any(self._person_title(u) for u in range(i, c - 2)) and all(
                    self.caps[u] and self.keys[u] not in self.person_titles for u in name):
                return [(i, c), (c + 1, j)]
        return [(i, j)]

    def _split_at_dates(self, i: int, j: int):
        """A run cut at its dates, the parts after them kept: "Hà Nội on April 2 for Chairman of
        the Russian Federation Council Valentina Orlova" gives "Hà Nội" and "Chairman ... Orlova"."""
        keys, caps = self.keys, self.caps
        a = i
        for t in range(i, j):
            if t < a or not self._date_at(t):
                continue
            if t > a:
                yield a, t
            a = t + 1
            while a < j and not (caps[a] and is_word(keys[a]) and not self._date_at(a)):
                a += 1  # the day, "for", "on": up to the next capitalised word
        if a < j:
            yield a, j

    def _known_short(self, key: str) -> bool:
        return any(key in p.keys for p in self.people)

    def _tail_of_named(self, name_keys: tuple) -> bool:
        """r26a: True if ``name_keys`` (two words or more) end a longer name named before: a
        Vietnamese given name of two syllables ("Lan Anh" of "Nguyễn Thị Lan Anh")."""
        n = len(name_keys)
        return any(len(p.keys) > n and p.keys[-n:] == name_keys for p in self.people)

    def _minister_of_fields(self, k: int):
        """Probe 34p5: key of "minister" when keys up to ``k`` are "minister of" and lower-case field
        words joined by "and" or commas, a ministry's portfolio written in lower case before the
        name ("the deputy minister of energy and mines Khamsing X", "Lao deputy minister of education
        and sports X"); None otherwise. The portfolio has no head noun, so the general scan
        (a body's head last) does not take it."""
        keys, caps = self.keys, self.caps
        words = 0
        for t in range(k, max(0, k - 8), -1):
            key = keys[t]
            if key == "of":
                m = t - 1
                ok = words and m >= 0 and keys[m] == "minister" and not caps[m] and self._person_title(m)
                return m if ok else None
            if key in (",", "and"):
                if t == k:
                    return None
                continue
            if caps[t] or not is_word(key) or key in _FUNCTION:
                return None
            words += 1
        return None

    def _possessed_apposed(self, a: int) -> bool:
        """r31j: True if the name at key ``a`` follows a comma after a body's officer
        (:meth:`_possessed_title`): "Aeroflot's regional director for Asia, Dmitry Orlov, told"
        (a place before the comma may join the name's run, so this looks from the name itself)."""
        keys = self.keys
        if a < 2 or keys[a - 1] != ",":
            return False
        for t in range(a - 2, max(-1, a - 10), -1):
            if keys[t] in (",", ".", ";", '"', "(") or (self.view.initial[t] and t > 0):
                return False
            if keys[t] in self.person_titles and self._possessed_title(t):
                return True
        return False

    def _possessed_title(self, t: int) -> bool:
        """r31j: True if the title at key ``t`` (capitalised or not) follows a named body's possessive,
        with at most two lower-case words between and no side word ("Aeroflot's regional director
        for Asia, X", "RUDN's Vice-Rector for international affairs, X"): the body's officer, named
        between commas ("Russia's ambassador, X" too, its side from the side rules); a plain noun
        before the comma is none ("Aeroflot's pilots, X")."""
        keys = self.keys
        if not self._person_title(t):
            return False
        for v in range(t, max(0, t - 3), -1):
            if self.view.possessive(v):
                return (self.caps[v - 1]
                        and all(is_word(keys[u]) and not self.caps[u] and keys[u] not in _FUNCTION
                                and u not in self.side_cover for u in range(v, t)))
        return False

    def _modified_title(self, t: int) -> bool:
        """r24e: True if up to two words, no side word among them, stand between "the"/"a" and the
        title at key ``t`` ("the provincial Agriculture delegate, X", "a senior party official, X")."""
        keys = self.keys
        for u in (t - 2, t - 3):
            if u >= 0 and keys[u] in ("the", "a", "an"):
                return all(is_word(keys[v]) and v not in self.side_cover and keys[v] not in _FUNCTION
                           for v in range(u + 1, t))
        return False

    def _known_people(self) -> None:
        """People the actors file names, as people of the document too (how = "known"), so that
        roles find them ("the Party leader", "the host", "the visitor"); their mentions are the
        actors file's names and aliases, their title the words before the first one."""
        keys = self.keys
        by_name: dict[str, int] = {}
        firsts = _first_keys(self.act.subjects)
        hits = {i: hit for i in range(self.n) if self.caps[i] and (firsts is None or keys[i] in firsts)
                and (hit := self.act.subjects.longest(keys, i)) is not None and hit[1][0] == "person"}
        # a name of two words or more the document writes: a given name alone ("Lâm") names a
        # person of the actors file only in a document that names him in full ("Tô Lâm")
        self._in_full = {hit[1][1] for i, hit in hits.items() if hit[0] - i > 1}
        # probe 33p5: a role of the actors file ("the envoy", "the foreign minister") names its person
        # only in a report that names him (name or alias); elsewhere it is a role of the report's own
        # people ("Chinese Ambassador Wang Jian ... The envoy pledged")
        self._named_known = named = {hit[1][1] for i, hit in hits.items() if keys[i] != "the"}
        hits = {i: hit for i, hit in hits.items() if keys[i] != "the" or hit[1][1] in named}
        rivals = self._given_name_rivals()
        last_full: dict[str, int] = {}  # where each known person was last named in full
        i = 0
        while i < self.n:
            hit = hits.get(i)
            if hit is None or self._inside_name(i, hit[0]) or self._given_alone(i, hit):
                i += 1
                continue
            end, (_, name) = hit
            if end - i > 1:
                last_full[name] = i
            elif not (i > 0 and keys[i - 1] in self.person_titles | self.act.titles) and any(
                last_full.get(name, -1) < r < i for r in rivals.get(keys[i], ())
            ):
                # "Tô Lâm ... Deputy Minister Vũ Lâm said ... Lâm added": a given name both share
                # is the one named in full last (no title before it to tell)
                i += 1
                continue
            p = by_name.get(name)
            if p is None:
                p = by_name[name] = len(self.people)
                person = Person(name, tuple(keys[i:end]), i, p)
                self.people.append(person)
                self._side_of(person, i, i, end)
                person.side, person.how = self.act.people.get(name), "known"
            self._known_at[i] = (end, p)
            i = end
