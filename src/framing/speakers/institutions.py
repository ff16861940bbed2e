"""Subjects that are bodies, not people (see :mod:`framing.speakers`, "Institutions"): ministries,
embassies and consulates, offices and press services, spokespeople, organisations and their
executives, parties, members of an association, local governments; and the side each takes (the
side word it was named with, its owner, the person named before, the place it governs)."""

from __future__ import annotations

from bisect import bisect_left

from framing.lexicons.actors import JOINT
from framing.lexicons.names import is_word
from framing.lexicons.wordlists import VISIT_VERBS
from framing.speakers._common import (
    _ANY_ORGANISATION,
    _DETERMINERS,
    _LEVEL_PLACES,
    _LEVEL_WORDS,
    _PLURAL_QUANTIFIERS,
    _VOICES,
    _caps_end,
    _marked_vietnamese,
    _positions_before,
    _skip_fillers,
    _vietnamese_marks,
    _vietnamese_spelling,
)
from framing.speakers.document import _Document
from framing.speakers.verbs import _verb_after

_CITY_LEVELS = frozenset({"municipal", "city", "capital"})  # probe 28: levels a capital is a place of


def _local_side(doc: _Document, level: str, k: int):
    """The side of the place of ``level`` ("regional": a region, republic, oblast, ...) the text
    named last before key ``k`` with a side: "the Republic of Tatarstan" (a side's seat after
    "of"), "Vietnam's Bac Ninh Province" (a side word before its name); None if none."""
    keys, places = doc.keys, _LEVEL_PLACES.get(level, frozenset())
    found = doc.level_places
    for t in reversed(found[: bisect_left(found, k)]):
        if keys[t] not in places:
            continue
        if not doc.caps[t] and not (t + 1 < doc.n and keys[t + 1] == "of"):
            # probe 38p2: a place in lower case after its name ("China's Yunnan province") before a person
            # whose title holds the level ("Chairman of the provincial People's Committee Hồ Tiến Dũng"):
            # the level is that person's place, as before the lower-case places were read
            later = [p for p in doc.people if level in p.title and t < p.first < k and p.side is not None]
            if later:
                return max(later, key=lambda p: p.first).side
        if t + 2 < doc.n and keys[t + 1] == "of":
            hit = doc.side_at.get(t + 2 + (keys[t + 2] == "the"))
            if hit is not None:
                return hit[1]
            if doc.caps[t + 2] and is_word(keys[t + 2]) and t + 2 not in doc.side_cover:
                # round 24d: "the south-central province of Khánh Hòa": a place of no side word
                # after "of", read by its spelling as below
                e = t + 2
                while e + 1 < doc.n and doc.caps[e + 1] and is_word(keys[e + 1]) and e + 1 not in doc.side_cover \
                        and e - t < 4:
                    e += 1
                side = _side_by_spelling(doc, doc.view.surface(t + 2, e + 1), {keys[t]})
                if side is not None:
                    return side
        for v in range(t - 1, max(-1, t - 5), -1):
            if v in doc.side_cover:
                return doc.side_at[doc.side_cover[v]][1]
            if not (doc.caps[v] and is_word(keys[v])):
                break
        if t > 0 and doc.caps[t - 1] and is_word(keys[t - 1]) and t - 1 not in doc.side_cover:
            # "the Primorye Territory": a place of no side word; in a text of two sides, one of
            # them the side whose names are spelled the Vietnamese way, the place is that side's if
            # spelled so, else the other's
            v = t - 1
            while v > 0 and doc.caps[v - 1] and is_word(keys[v - 1]) and v - 1 not in doc.side_cover and t - v < 3:
                v -= 1
            surface = doc.view.surface(v, t)
            # probe 39p2: a place written with Vietnamese marks is Việt Nam's also in a text that names
            # only another side ("Quảng Ninh province welcomed 1.2 million Chinese visitors ..., the
            # provincial Department of Tourism said"), as a body so named is (:func:`_marked_origin`)
            return _side_by_spelling(doc, surface, {keys[t]}) or _marked_origin(doc, surface)
    if level in _CITY_LEVELS:
        # probe 28: a city's body ("the municipal Department of Health" after "Hà Nội has opened ..."):
        # the capital the text named last, when it named no city of the level
        last = max((a for a in doc.capital_at if a < k), default=None)
        if last is not None:
            return doc.capital_at[last][1]
    return None


def _marked_origin(doc: _Document, surface: str):
    """probe 37p3: the side whose names are spelled the Vietnamese way (``origin_sides``), when ``surface``
    is written with Vietnamese marks ("the Kiên Giang Department of Tourism"); None otherwise. One
    reading for a body named in full and for "the department" that points back to it. probe 38p2: also
    a name whose first words are Vietnamese syllables written with only the acute and grave accents that
    other languages share ("the Khánh Hòa People's Committee"), and, in home copy of that side (its agency
    filing from a place of it, ``home_side``), one written without marks ("NHA TRANG (VNA) - The Khanh
    Hoa People's Committee said ...")."""
    origin = doc.act.origin_sides.get("vietnamese")
    if _vietnamese_marks(surface):
        return origin
    if origin is not None and _vietnamese_spelling(surface, opening=True) and (
            not surface.isascii() or doc.home_side == origin):
        return origin
    return None


def _level_body_side(doc: _Document, level: str, k: int):
    """Round 24b: the side of a body named after a level of government ("the provincial Department of
    Tourism"): the place of that level named before key ``k`` (:func:`_local_side`), else the one side
    of the people whose title holds the level; r30k: with neither, the dateline's place, its side
    known or spelled the Vietnamese way with its marks; probe 37p6: the dateline's place also when the
    text names its country nowhere, in home copy (``home_side``: "NHA TRANG (VNA) - Khanh Hoa received
    310,000 Russian holidaymakers ..., the provincial Department of Tourism said"). None if the people
    of the level are of two sides."""
    side = _local_side(doc, level, k)
    if side is not None:
        return side
    sides = {p.side for p in doc.people if level in p.title and p.side is not None}
    if sides:
        return sides.pop() if len(sides) == 1 else None
    marked = _marked_vietnamese(doc.dateline)
    return doc.dateline_side or doc.home_side or (_side_by_spelling(doc, doc.dateline) if marked else None)


def _side_by_spelling(doc: _Document, name: str, kinds=frozenset()):
    """The side of a place ``name`` of no side word, in a text that names the side whose names are
    spelled the Vietnamese way: that side's if spelled so (round 24d: however many sides the text
    names), else, in a text of two sides, the other's; else None. probe 35p1: in a text that names
    only that side, a place of ``kinds`` of local government names.yml ``local_kinds`` gives one
    country ("the Irkutsk regional ministry", "the Khabarovsk Territory") is of that country."""
    origin = doc.act.origin_sides.get("vietnamese")
    two = set(doc.side_counts)
    if origin not in two:
        return None
    if _vietnamese_spelling(name) or _vietnamese_marks(name):
        return origin
    if len(two) == 1:
        countries = {doc._kind_countries[k] for k in kinds if k in doc._kind_countries} - {origin}
        return countries.pop() if len(countries) == 1 else None
    return (two - {origin}).pop() if len(two) == 2 else None


def _members_of(doc: _Document, k: int, b: int):
    """"Members of the association pledged ...": the members of a body named before with a side
    word ("the Association of Vietnamese Businesses in Russia") speak for its side, as "the
    ministry said" does; (end, "role", (label, side)) or None."""
    keys = doc.keys
    if keys[k] != "member" or not doc.view.surface(k, k + 1).lower().endswith("s") or k + 2 >= b or keys[k + 1] != "of":
        return None
    t = k + 2 + (keys[k + 2] == "the")
    if t >= b or doc.caps[t] or keys[t] not in doc.names.heads:
        return None
    if doc.act.verbs.longest(keys, _skip_fillers(doc, t + 1, b)) is None:
        return None
    side = doc.institution_side(keys[t], k)
    return (t + 1, "role", (doc.view.surface(k, t + 1), side)) if side is not None else None


def _the_party(doc: _Document, k: int, b: int):
    """"..., the party said" after "The CPRF held its congress": "the party" (one, lower case)
    before a verb of speech is the party named last: its sentence's, else the nearest earlier
    sentence's that names one, when they are of one side (end, "role", (label, side)); None with
    no verb, no party named, parties of two sides there, or another word ("the party's")."""
    keys = doc.keys
    if keys[k] != "the" or k + 2 > b or keys[k + 1] != "party" or doc.caps[k + 1] or doc.sentence is None:
        return None
    if doc.view.surface(k + 1, k + 2).lower() != "party" or doc.view.possessive(k + 2):
        return None  # "the parties" (keys fold plurals), "the party's press service"
    if doc.act.verbs.longest(keys, _skip_fillers(doc, k + 2, b)) is None:
        return None
    view = doc.view
    spans = doc._party_names  # review 55: the spans discovery caches per document
    named = {x for a, ends in spans.items() for x in range(a, max(ends))}
    # the sentence's own parties before the phrase, else those of the nearest earlier sentence
    # that names one: a party of one side only ("The CPV received letters from the CPRF ... The
    # party said": two sides' parties, no one party)
    sides: set = set()
    for x in range(k - 1, -1, -1):
        if x in doc.side_at and x in named:
            sides.add(doc.side_at[x][1])
        if view.initial[x] and sides:
            break
    side = sides.pop() if len(sides) == 1 else None
    return (k + 2, "role", (doc.view.surface(k, k + 2), side)) if side is not None else None


def _party_named_at(doc: _Document, u: int, b: int):
    """r38b: (end, side) of a party named at key ``u`` ("the Communist Party of Vietnam", "United
    Russia") whose name holds one side word, or None ("the party", a party of no side word)."""
    t = u + (u < b and doc.keys[u] == "the")
    spans = doc._party_names  # review 55: the spans discovery caches per document
    ends = [e for e in spans.get(t, ()) if e <= b]
    if not ends:
        return None
    e = max(ends)
    sides = {doc.side_at[x][1] for x in range(t, e) if x in doc.side_at}
    return (e, sides.pop()) if len(sides) == 1 else None


def _guest_party(doc: _Document, k: int, b: int):
    """Probe 38p4: "The guest party said", "the host party noted": in VNA copy "party" after "guest",
    "visiting" or "host" is that side of the meeting, as "the guest side" is (end, "role", (label,
    side)): the side of the person seen visiting or hosting; for the host with nobody seen hosting, the
    dateline's side (round 19's "the host side"). None with no verb of speech after it ("the guest party
    delegation toured"), "the guest party's", or nobody seen in that role."""
    keys = doc.keys
    if keys[k] != "the" or k + 3 > b or keys[k + 1] not in ("guest", "visiting", "host") or keys[k + 2] != "party":
        return None
    if doc.view.surface(k + 2, k + 3).lower() != "party" or doc.view.possessive(k + 3):
        return None  # "the guest parties" (keys fold plurals), "the guest party's delegation"
    if doc.act.verbs.longest(keys, _skip_fillers(doc, k + 3, b)) is None:
        return None
    side = _host_or_guest_side(doc, {keys[k + 1]})
    return (k + 3, "role", (doc.view.surface(k, k + 3), side)) if side else None


#: keys that make a subject the host or the guest of the meeting ("the host side", "the guest delegation")
_HOST_MARKS = frozenset({"host", "hosts"})
_GUEST_MARKS = frozenset({"guest", "guests", "visiting"})


def _host_or_guest_side(doc: _Document, marks: set[str]):
    """The side of the host or the guest that a subject's keys ``marks`` name ("the host side", "the
    guest delegation", "the guest party"): the side of the person seen hosting or visiting; for the
    host with nobody seen hosting, the dateline's side (round 19); None otherwise. Review 54: one
    reading for the subjects' groups and probe 38p4's :func:`_guest_party`, which wrote a second."""
    for who, own in ((doc.host, _HOST_MARKS), (doc.guest, _GUEST_MARKS)):
        if who is not None and doc.people[who].side and not own.isdisjoint(marks):
            return doc.people[who].side
    if doc.host is None and doc.dateline_side is not None and "host" in marks:
        return doc.dateline_side  # round 19: "the host side" with nobody seen hosting
    return None


def _body_spokesman(doc: _Document, k: int, b: int):
    """"A Roscosmos spokesperson confirmed" after "Roscosmos head Yury Borisov": a body of no side
    word speaks for the side of the person whose title named it right before the name, or for the
    side of the actors file's group whose phrase is the body (end, "role", (label, side)); after
    "a"/"an", a body nothing ties to a side gives the side None (the narrator's side, but a voice
    "the spokesman" may name again); None when no verb of speech follows, the body is a side's
    name, or "the" may point back to a person the role was given ("The Party official said")."""
    keys, caps = doc.keys, doc.caps
    if keys[k] not in ("a", "an", "the") or k + 3 >= b or not caps[k + 1] or keys[k + 2] not in _VOICES:
        return None
    if k + 1 in doc.side_cover or doc.act.verbs.longest(keys, _skip_fillers(doc, k + 3, b)) is None:
        return None
    if k + 1 in doc.capital_at or doc.city_at(k + 1) is not None:
        return None  # probe 35p1: "A Moscow official said": a place, no body (the role phrase reads it)
    # the body's earlier mentions, found in one scan: both tests below read them
    seen = [t for t in range(k - 1, -1, -1) if keys[t] == keys[k + 1] and caps[t]]
    named = {
        doc.side_at[doc.side_cover[u]][1] for t in seen if t > 0 for u in (t, t - 1) if u in doc.side_cover
    }  # "the Communist Party of Việt Nam", "the United Russia Party": a side's name holds or opens it
    if len(named) > 1:
        return None  # "The Party official" after the names of two sides' parties: no one body
    for t in seen:
        for u in range(t + 1, min(doc.n, t + 4)):
            hit = doc.person_at(u, u)
            if hit is not None and doc.people[hit[1]].side is not None:
                return k + 3, "role", (doc.view.surface(k, k + 3), doc.people[hit[1]].side)
            if not (caps[u] or doc._titleish(u)):
                break
    side = next((v for t in seen if (v := _visited_by_guest(doc, t)) is not None), None)
    label = doc.view.surface(k, k + 3)
    if side is not None:
        return k + 3, "role", (label, side)
    hit = doc.act.subjects.longest(keys, k + 1)
    if hit is not None and hit[0] == k + 2 and hit[1][0] == "group":
        group = doc.act.groups[hit[1][1]]
        if group["resolve"] == "none" and group["side"] not in (None, JOINT):
            return k + 3, "role", (label, group["side"])  # a body the actors file gives a side
    if keys[k] == "the":
        return None  # "The Party official said": a role the text may have given to someone named
    # "A Petrovietnam spokesman told TASS": a body nothing ties to a side speaks, of no known side
    # (both countries' agencies interview the other's firms); it stays the voice that "the
    # spokesman" names next (_resolve_document)
    return k + 3, "role", (label, None)


_GUESTS = frozenset({"guest", "visitor", "delegation"})


def _visited_by_guest(doc: _Document, t: int):
    """The host's side when the body named at key ``t`` is what a guest visited ("the Vietnamese
    guest visited the Rostec state corporation": a guest abroad visits the host's bodies), or None.

    The guest is a guest word after a side word ("the Vietnamese delegation") or the document's
    guest, in the sentence before the verb; the host's side is the host's, else the side the
    document names most after the guest's (none on a tie)."""
    keys = doc.keys
    u = t - (t > 0 and keys[t - 1] == "the")
    if u < 1 or keys[u - 1] not in VISIT_VERBS:
        return None
    start = doc._sentence_start(u - 1)
    guest = next((doc.side_at[doc.side_cover[w - 1]][1] for w in range(start + 1, u - 1)
                  if keys[w] in _GUESTS and w - 1 in doc.side_cover), None)
    if guest is None and doc.guest is not None and any(doc.guest in doc._people_at(w) for w in range(start, u - 1)):
        guest = doc.people[doc.guest].side
    if guest is None:
        return None
    if doc.host is not None and doc.people[doc.host].side not in (None, guest):
        return doc.people[doc.host].side
    ranked = sorted((s for s in doc.side_counts if s != guest), key=lambda s: -doc.side_counts[s])
    if ranked and (len(ranked) == 1 or doc.side_counts[ranked[0]] > doc.side_counts[ranked[1]]):
        return ranked[0]
    return None


#: r29a: participles of "state-owned", "state-run" before an organisation's noun (keys)
_STATE_HELD = frozenset({"owned", "run", "controlled"})
_TRADE_WORDS = 3  # r30g: words of a firm's trade before its noun ("oil and gas")


def _organisation_voice(doc: _Document, k: int, b: int, verb: bool = True):
    """An organisation the text gave a side, or those who speak for it, as a subject: (end, "role",
    (label, side)) or None. "a company spokesperson said", "the company's press service said",
    "the group's CEO said", "the company said" (the organisation of that noun named last with a
    side); "a spokesman for the state corporation said"; "Novatek said", "Novatek's press service
    said", "A spokesman for Novatek said" (the name, given a side before: "Novatek, a Russian
    firm"). An organisation the text gives no side gives none ("Rosatom is back. A spokesman for
    the state corporation said"). With ``verb`` False (default=True) the phrase needs no verb of
    speech after it but must end its clause ("..., according to the company.")."""
    keys, caps = doc.keys, doc.caps
    t = k + (keys[k] in ("a", "an", "the") or keys[k] in _PLURAL_QUANTIFIERS)
    hit = doc.side_at.get(t)
    if keys[k] in _PLURAL_QUANTIFIERS and hit is not None and hit[0] < b and not doc.view.surface(hit[0], hit[0] + 1).lower().endswith("s"):
        hit = None  # r31k: "Several Vietnamese firms said": a quantifier only before a plural noun
    if hit is not None and hit[0] + 1 < b and keys[hit[0]] == "state" and not caps[hit[0]] and (
        keys[hit[0] + 1] in doc.act.organisations
    ):
        hit = (hit[0] + 1, hit[1])  # probe 27: "the Russian state corporation said": a firm of that state
    elif hit is not None and hit[0] + 2 < b and keys[hit[0]] == "state" and not caps[hit[0]] and (
        keys[hit[0] + 1] in _STATE_HELD and keys[hit[0] + 2] in doc.act.organisations
    ):
        hit = (hit[0] + 2, hit[1])  # r29a: "the Russian state-owned company said", as "state corporation"
    if hit is not None and hit[0] < b and keys[hit[0]] not in doc.act.organisations:
        # r30g: its trade between the state and the noun ("the Russian state-owned oil company said",
        # "the Vietnamese oil and gas group said"): lower-case words of a field, the firm of that state
        u = hit[0] + (keys[hit[0]] == "state" and hit[0] + 1 < b and keys[hit[0] + 1] in _STATE_HELD) * 2
        v = u
        while v < b and v - u < _TRADE_WORDS and not caps[v] and keys[v].isalpha() and keys[v] not in doc.act.organisations:
            v += 1
        if u < v < b and keys[v] in doc.act.organisations and not caps[v] and keys[u] != "and" and keys[v - 1] != "and":
            hit = (v, hit[1])
    if hit is not None and hit[0] < b and not caps[hit[0]] and keys[hit[0]] in doc.act.organisations and (
        hit[0] + 1 >= b or keys[hit[0] + 1] not in ("of", "for")
    ):
        # round 24c: "the Russian manufacturer expects", "a Vietnamese firm said": an organisation
        # named by its country's adjective takes that side (guidelines, Side), whoever it is
        end = hit[0] + 1
        if end < b and doc.view.possessive(end) and keys[end] in _OFFICE:
            # r26b: its office speaks for it ("the Russian company's press service told TASS")
            while end < b and keys[end] in _OFFICE:
                end += 1
        elif verb and end < b and caps[end] and is_word(keys[end]) and doc.person_at(end, end) is None:
            # review 22: "the Russian company Novatek said": the firm's name after its head
            named = min(_caps_end(doc, end), b)
            if named - end <= 3 and not doc.view.possessive(named - 1):
                end = named
        if not verb:
            return (end, "role", (doc.view.surface(k, end), hit[1])) if end >= b or keys[end] in (",", ".", ";") else None
        if _verb_after(doc, end, b) is None:  # review 22: past an apposition ("a Vietnamese firm, X, said")
            return None
        return end, "role", (doc.view.surface(k, end), hit[1])
    if t + 1 < b and keys[t] == "state" and not caps[t] and keys[t + 1] in doc.act.organisations:
        t += 1  # probe 27: "the state corporation's press service": its kind, a firm of the state
    if not doc.organisations and not (keys[k] == "the" and t < b and keys[t] in _ANY_ORGANISATION):
        return None
    side = None
    if t < b and keys[t] in _VOICES and t + 2 < b and keys[t + 1] in ("for", "of"):
        # "a spokesman for the state corporation", "a representative of Novatek"
        u = t + 2 + (keys[t + 2] == "the")
        v = u
        while v < b and v - u < 3 and not caps[v] and is_word(keys[v]) and keys[v] not in doc.act.organisations:
            v += 1
        if v < b and not caps[v] and keys[v] in doc.act.organisations:
            side, end = doc.organisation_by_noun(keys[v], k), v + 1
        elif v == u and v < b and caps[v]:
            end = doc._caps_run_end(v, b)
            side = doc.organisation_side(v, end, k)
        else:
            return None
    elif t < b and not caps[t] and keys[t] in doc.act.organisations and t > k:
        # "a company spokesperson", "the company's press service", "the group's CEO", "the company"
        side, end = doc.organisation_by_noun(keys[t], k), t + 1
        if side is None and keys[k] == "the" and keys[t] in _ANY_ORGANISATION:
            side = _executive_side(doc, k)
    elif t < b and caps[t] and is_word(keys[t]):
        end = doc._caps_run_end(t, b)
        # r26b: named with its side right here too ("Vietnam's X said", "the X press service said"
        # of a firm named bare in an agency's copy)
        side = doc.organisation_side(t, end, t + 1)
    else:
        return None
    if side is None:
        return None
    # those who speak for it: "spokesperson", "'s press service", "'s CEO", "Director General"
    # (not "of", "for" nor a side word: "A group of Russian students said" are no group's voice)
    while end < b and end - t < 8 and (keys[end] in _VOICES or keys[end] in _OFFICE or doc._titleish(end)) and (
        keys[end] not in ("of", "for", "and") and end not in doc.side_cover
    ):
        if doc.person_at(end, end) is not None:
            return None  # "Zarubezhneft Director General Pavel Yermishin": a person, who has his own side
        end += 1
    if verb and end > t and (keys[end - 1] in _OFFICE or keys[end - 1] in _VOICES):
        end = _office_seat(doc, end, b)
    if not verb:
        return (end, "role", (doc.view.surface(k, end), side)) if end >= b or keys[end] in (",", ".", ";") else None
    if doc.act.verbs.longest(keys, _skip_fillers(doc, end, b)) is None:
        return None
    return end, "role", (doc.view.surface(k, end), side)


def _office_seat(doc: _Document, t: int, b: int) -> int:
    """r28g: the key after where an office sits ("Aeroflot's representative office in Hà Nội said":
    "in" and a capitalised place of at most four words) when a verb of speech follows it, else
    ``t``: the body's office speaks still, its seat is no speaker."""
    keys = doc.keys
    if t + 1 >= b or keys[t] != "in" or not doc.caps[t + 1]:
        return t
    u = t + 1
    while u < b and u - t <= 4 and doc.caps[u] and is_word(keys[u]):
        u += 1
    return u if doc.act.verbs.longest(keys, _skip_fillers(doc, u, b)) is not None else t


# Title words of a company's manager: "the company" after one of them spoke is his company.
_EXECUTIVES = frozenset({"director", "director-general", "ceo", "executive", "manager"})


def _executive_side(doc: _Document, k: int):
    """The side of the person named last before key ``k`` when his title is a company manager's
    ("Zarubezhneft Deputy Director General Oleg Strelnikov told TASS ... The company's press service
    said"): "the company" of a text that gave no company a side is his; None otherwise (after a
    minister or an envoy, or a director of a ministry's department)."""
    last = max(((max((m for m in p.mentions if m < k), default=-1), p) for p in doc.people),
               key=lambda x: x[0], default=(-1, None))
    p = last[1]
    if last[0] < 0 or p is None or p.side is None or not (p.title & _EXECUTIVES):
        return None
    if p.title & {"ministry", "department", "minister", "ambassador", "embassy"}:
        return None
    return p.side


_OFFICE = frozenset({"press", "service", "office", "spokesman", "spokeswoman", "spokesperson", "aide",
                     "secretariat", "administration",
                     # spk15: "Putin's press secretary", "the ministry's representative"
                     "secretary", "representative"})  # who speaks for a person ("X's press service")


def _bare_owner_side(doc: _Document, u: int, before: int):
    """Round 24d: the side of "the <noun>'s" owner at key ``u`` ("the fleet's press service") when the
    text named before key ``before`` a capitalised run ending in that noun with no side word in it
    ("a detachment of Pacific Fleet warships"): the country of the copy's agency (r26a: TASS filed
    from Hanoi names Russia's fleet bare), else of its dateline, as news names its own country's
    bodies bare ("the ministry said" in spk14); a country in the possessive before the name owns it
    ("Russia's Pacific Fleet": r28e); else None."""
    keys, caps = doc.keys, doc.caps
    home = doc.agency_side or doc.dateline_side
    if caps[u] or not is_word(keys[u]) or keys[u] in doc.act.organisations:
        return None  # review 24: a firm named bare ("Toyota Motor Corporation") may be of any country
    for x in range(before - 1, -1, -1):
        if keys[x] != keys[u] or not caps[x]:
            continue
        v = x
        while v > 0 and x - v < 4 and caps[v - 1] and is_word(keys[v - 1]):
            v -= 1
        if any(y in doc.side_cover for y in range(max(0, v - 1), x + 2)):
            e = doc.side_at[v][0] if v in doc.side_at else None
            if e is not None and e <= x and doc.view.possessive(e):
                # r28e: "Russia's Pacific Fleet ... the fleet's press service said": the country
                # that owns the body, in the possessive, gives its side
                return doc.side_at[v][1]
            return None  # a side word names it: that side's, read elsewhere
        if home is None:
            return None
        if any(doc._foreign_mark(y) for y in range(v, x)):
            return None  # review 24: "the Indian Navy": a country of no side names it
        return home
    return _event_host_side(doc, u, before)


#: r33c: events whose press service speaks for the host, where the copy is filed from
_HOSTED_EVENTS = frozenset({"forum", "festival", "conference", "exhibition", "fair"})


def _event_host_side(doc: _Document, u: int, before: int):
    """r33c: the side of "the <event>'s" owner at key ``u`` ("the forum's press service") when the
    text named that event before key ``before`` in lower case ("joined an international youth forum
    ... on Russky Island"): an event's press service is the host's, the country the copy is filed from
    (its dateline), when the agency is of that country too or of none; else None."""
    keys = doc.keys
    if keys[u] not in _HOSTED_EVENTS or doc.dateline_side is None or doc.agency_side not in (None, doc.dateline_side):
        return None
    named = [x for x in range(before) if keys[x] == keys[u] and not doc.caps[x]]
    if not named or any(_held_in_other_side(doc, x, before) for x in named):
        return None
    return doc.dateline_side


def _held_in_other_side(doc: _Document, x: int, before: int) -> bool:
    """Review 48: True if "in" and a place of a side other than the dateline's follow the event at
    key ``x`` within a few keys ("joined an investment forum in Hà Nội", TASS from Moscow): the host
    is that place's, not the country the copy is filed from."""
    for t in range(x + 1, min(before, x + 4)):
        if place := _place_after_in(doc, t):
            return place[1] != doc.dateline_side
    return False


def _place_after_in(doc: _Document, t: int):
    """The side's place or capital (as ``side_at`` / ``capital_at`` hold it) right after an "in" at
    key ``t`` ("in Hà Nội", "in Moscow"), else None: one reading for a ministry's place (round 24c)
    and an event's (review 48)."""
    return (doc.side_at.get(t + 1) or doc.capital_at.get(t + 1)) if doc.keys[t] == "in" else None


#: the words after "the party's" that speak for the party: its offices, and (probe 35p7) its website
_PARTY_VOICES = _OFFICE | frozenset({"website"})


def _office_then_speech(doc: _Document, k: int, t: int, b: int, reach: int):
    """The end of the lower-case office words (:data:`_OFFICE`) from key ``t`` on, at most ``reach``
    keys after ``k`` ("the fleet's press service"), if a verb of speech follows them; else None."""
    keys, start = doc.keys, t
    while t < b and t - k <= reach and not doc.caps[t] and keys[t] in _OFFICE:
        t += 1
    if t > start:
        t = _office_seat(doc, t, b)
    return None if doc.act.verbs.longest(keys, _skip_fillers(doc, t, b)) is None else t


#: r30b: the one who heads a body, after the body's possessive ("the theater's artistic director said")
_BODY_CHIEFS = frozenset({"director", "head", "chief", "manager", "rector", "curator"})


def _chief_then_speech(doc: _Document, t: int, b: int):
    """r30b: the end of a body's chief from key ``t`` on (up to two lower-case words before a word
    of :data:`_BODY_CHIEFS`: "artistic director", "general director"), if a verb of speech follows;
    else None."""
    keys, u = doc.keys, t
    while u < b and u - t < 2 and not doc.caps[u] and is_word(keys[u]) and keys[u] not in _BODY_CHIEFS:
        u += 1
    if u >= b or doc.caps[u] or keys[u] not in _BODY_CHIEFS:
        return None
    u += 1
    return None if doc.act.verbs.longest(keys, _skip_fillers(doc, u, b)) is None else u


def _bare_owner_office(doc: _Document, k: int, b: int):
    """"the fleet's press service said": the office of a body the text named capitalised with no side
    word, in copy filed from a side's country (:func:`_bare_owner_side`), or (r30b) its chief ("the
    theater's artistic director said", :func:`_chief_then_speech`): (end, "role", (label, side)) or None."""
    keys = doc.keys
    if (keys[k] == "the" and k + 4 < b and not doc.caps[k + 1] and keys[k + 1] in _LOCAL_LEVELS
            and keys[k + 2] in _LOCAL_GOVERNMENTS and doc.view.possessive(k + 3) and keys[k + 3] in _OFFICE):
        # probe 35p1: "the city administration's press service said", as "according to" it reads (r32i):
        # the place of that level named before, else the copy's agency's country
        t = _office_then_speech(doc, k, k + 3, b, 5)
        side = (_local_side(doc, keys[k + 1], k) or _local_government_home(doc)) if t is not None else None
        return (t, "role", (doc.view.surface(k, t), side)) if side is not None else None
    if keys[k] != "the" or k + 3 >= b or not doc.view.possessive(k + 2):
        return None
    t = _office_then_speech(doc, k, k + 2, b, 4) if keys[k + 2] in _OFFICE else _chief_then_speech(doc, k + 2, b)
    if t is None:
        return None
    side = _bare_owner_side(doc, k + 1, k)
    if side is None and keys[k + 1] == "government" and not doc.caps[k + 1] and keys[k + 2] in _OFFICE:
        # probe 38p7: "the government's press service said": the government of the person the
        # sentence names first, else of the dateline's country (:func:`_bare_government_side`)
        side = _bare_government_side(doc, k + 1)
    return (t, "role", (doc.view.surface(k, t), side)) if side is not None else None


def _party_office(doc: _Document, k: int, b: int):
    """Probe 27: "the party's press service said" (reported, noted ...): the party its sentence names
    before it, else the one the nearest earlier sentence names first, as "according to the party's
    press service" (:func:`_party_side`): (end, "role", (label, side)) or None."""
    keys = doc.keys
    if (keys[k] != "the" or k + 3 >= b or keys[k + 1] != "party" or doc.caps[k + 1]
            or not doc.view.possessive(k + 2) or keys[k + 2] not in _PARTY_VOICES or doc.sentence is None):
        return None
    if keys[k + 2] == "website":
        # probe 35p7: "..., the party's website said": a party's site speaks for it, as "the CPRF
        # website said" does (actors.yml ``sources``, probe 27)
        v = _skip_fillers(doc, k + 3, b)
        t = k + 3 if doc.act.verbs.longest(keys, v) is not None else None
    else:
        t = _office_then_speech(doc, k, k + 2, b, 4)
    if t is None:
        return None
    side = _party_side(doc, k, t, doc.sentence)
    return (t, "role", (doc.view.surface(k, t), side)) if side is not None else None


def _office_named_before(doc: _Document, k: int, b: int):
    """"the press service said" after "the United Russia press service said": an office with no
    owner is the one the text named before with a side word right before it (end, "role", (label,
    side)); None if the text named none so, or no verb of speech follows."""
    keys = doc.keys
    if keys[k] != "the" or k + 1 >= b or doc.caps[k + 1] or keys[k + 1] not in _OFFICE:
        return None
    if k + 5 < b and keys[k + 1 : k + 5] == ["press", "service", "of", "the"] and not doc.caps[k + 5]:
        # r36a: "the press service of the district said" is "the district's press service said"
        # (:func:`_bare_owner_office`): the body of that noun the text named before
        t = k + 6
        if doc.act.verbs.longest(keys, _skip_fillers(doc, t, b)) is None:
            return None
        side = _bare_owner_side(doc, k + 5, k)
        return (t, "role", (doc.view.surface(k, t), side)) if side is not None else None
    t = _office_then_speech(doc, k, k + 1, b, 3)
    if t is None:
        return None
    words = keys[k + 1 : t]
    if words in (["press", "service"], ["press", "office"]):
        # r24e: "the press service said" after "the airline's press service told TASS": the owner
        # of the press service named last, as "According to the press service" (spk14); review 31:
        # that reading covers a side word before it and a bare owner's (round 24d, r28g) too, one rule
        # probe 35p3: "the press office said" after "the Russian ministry's press office reported"
        side = _press_service_owner(doc, k, words[1])
        return (t, "role", (doc.view.surface(k, t), side)) if side is not None else None
    for u in range(k - 1, 0, -1):
        if keys[u : u + len(words)] == words and u - 1 in doc.side_cover:
            return t, "role", (doc.view.surface(k, t), doc.side_at[doc.side_cover[u - 1]][1])
        if keys[u : u + len(words)] == words and u >= 2 and keys[u - 2] == "the" and doc.view.possessive(u):
            # round 24d: "the fleet's press service said" named before, of a body of no side word
            side = _bare_owner_side(doc, u - 1, u - 2)
            if side is not None:
                return t, "role", (doc.view.surface(k, t), side)
            break
    return None


def _persons_office(doc: _Document, k: int, b: int):
    """"Petrov's press service said", "Khôi's office reported": those who speak for a person named
    before take that person's side (end, "role", (label, side)); None if no person with a side, no
    such word after the possessive ("Petrov's visit was confirmed") or no verb of speech."""
    keys = doc.keys
    hit = doc.person_at(k, k)
    if hit is None or hit[0] >= b or not doc.view.possessive(hit[0]) or doc.people[hit[1]].side is None:
        return None
    t = hit[0]
    while t < b and t - hit[0] < 3 and keys[t] in _OFFICE:
        t += 1
    if t == hit[0] or doc.act.verbs.longest(keys, _skip_fillers(doc, t, b)) is None:
        return None
    return t, "role", (doc.view.surface(k, t), doc.people[hit[1]].side)


def _sources_in(doc: _Document, k: int, b: int, *, spoken: bool = True):
    """spk15: "Sources in the Russian Foreign Ministry told TASS", "sources in the ministry said":
    unnamed insiders speak for the body they are in, when it has a side (a side word in its name,
    or the body of that head the text named before with one) (end, "role", (label, side)); None
    otherwise ("Diplomatic sources said": no body, no side). ``spoken=False``: no verb of speech need
    follow (the sources after "learned from", :func:`_learned_from_sources`)."""
    keys, at = doc.keys, k
    if keys[k] in ("a", "an", "one") and k + 1 < b and keys[k + 1] == "source":
        k += 1  # probe 35p3: "A source in the Russian government told TASS"
    if keys[k] not in ("sources", "source") or k + 3 >= b or keys[k + 1] not in ("in", "at", "within"):
        return None
    v = k + 2 + (keys[k + 2] == "the")
    if v in doc.side_at:
        side, end = doc.side_at[v][1], doc._caps_run_end(doc.side_at[v][0], b)
        while end + 1 < b and keys[end] in ("of", "and", "for") and doc.caps[end + 1]:
            end = doc._caps_run_end(end + 1, b)
        if end < b and not doc.caps[end] and keys[end] in doc.act.sources:
            end += 1  # probe 35p3: a body named by a lower-case noun ("the Russian government")
    elif keys[k + 2] == "the" and not doc.caps[k + 3]:
        found = _body_named_before(doc, k + 2, b, subject=True)
        if found is None:
            return None
        side, end = found[1], k + 4
    elif keys[k + 2] == "the" and doc.caps[k + 3]:
        # r28h: "Sources in the Security Council told TASS" after "the Russian Security Council":
        # the same capitalised name the text gave before with a side word
        end = doc._caps_run_end(k + 3, b)
        side = _name_side_before(doc, keys[k + 3 : end], k)
    else:
        return None
    if side is None or spoken and doc.act.verbs.longest(keys, _skip_fillers(doc, end, b)) is None:
        return None
    return end, "role", (doc.view.surface(at, end), side)


def _learned_from_sources(doc: _Document, a: int, b: int):
    """probe 33p4: "TASS learned from a source in the Russian government that ...": a news agency
    that opens the sentence and learned something from sources in a body of one side reports their
    words, as "Sources in the ... told TASS" (:func:`_sources_in`): (label, side) of the sources, or
    None ("TASS learned that ...": the agency's own report; "from sources" of no body: no side)."""
    keys = doc.keys
    hit = doc.act.agencies.longest(keys, a) if a < b and doc.caps[a] else None
    if hit is None:
        return None
    t = hit[0] + (hit[0] < b and keys[hit[0]] in ("has", "had"))
    if not (t + 3 < b and keys[t] == "learned" and keys[t + 1] == "from"):
        return None
    k = t + 2 + (keys[t + 2] in ("a", "an", "its"))
    found = _sources_in(doc, k, b, spoken=False) if k < b else None
    return None if found is None else found[2]


def _name_side_before(doc: _Document, name: list, before: int):
    """r28h: the side of the capitalised ``name`` (keys) where the text named it before key ``before``
    right after a side word ("the Russian Security Council"); None if it never did."""
    keys, n = doc.keys, len(name)
    if not n:
        return None
    for t in range(before - n, 0, -1):
        if keys[t : t + n] == name and doc.caps[t] and t - 1 in doc.side_cover:
            return doc.side_at[doc.side_cover[t - 1]][1]
    return None


def _body_office(doc: _Document, k: int, b: int):
    """Spk14: the office of a named body speaks for the body's side: "the Russian Foreign Ministry's
    press service said", "The press service of the Federation Council reported" (end, "role",
    (label, side)); None when the body has no side (:func:`_named_institution`), no office word
    follows its possessive, or no verb of speech follows."""
    keys = doc.keys
    t = k + (keys[k] == "the")
    if t < b and not doc.caps[t] and keys[t] in _OFFICE:  # "the press service of <body>"
        while t < b and t - k <= 3 and not doc.caps[t] and keys[t] in _OFFICE:
            t += 1
        if t + 1 >= b or keys[t] != "of":
            return None
        inst = _named_institution(doc, t + 1, b)
        if inst is None:
            # r30f: a body the copy named bare with its press service ("the press service of the
            # Pacific Fleet" in TASS copy: discovery's organisations give it the agency's country)
            w = t + 1 + (keys[t + 1] == "the")
            inst = next(((e, "role", ("", side)) for a, e, _, side in doc.organisations
                         if a == w and side is not None), None)
        end = inst[0] if inst is not None else None
        if end is not None and end + 2 < b and keys[end] == "in" and doc.caps[end + 1]:
            # p34p7: "the press service of the Russian Embassy in Vietnam reported": the place the
            # body sits in stands between its name and the verb
            end = doc._caps_run_end(end + 1, b)
    else:  # "<body>'s press service"
        inst = _named_institution(doc, k, b)
        if inst is None or inst[0] >= b or not doc.view.possessive(inst[0]):
            return None
        end = inst[0]
        while end < b and end - inst[0] < 3 and keys[end] in _OFFICE:
            end += 1
        if end == inst[0]:
            return None
    if inst is None or inst[2][1] is None or doc.act.verbs.longest(keys, _skip_fillers(doc, end, b)) is None:
        return None
    return end, "role", (doc.view.surface(k, end), inst[2][1])


def _adjective_at(doc: _Document, u: int, e: int) -> bool:
    """True if the side word at keys ``u:e`` is a side's adjective before the word it modifies
    ("Russian holidaymakers"); "Laos," folds as "Lao" does but is the country (round 22a)."""
    return " ".join(doc.keys[u:e]) in doc.act.origin_sides and e < doc.n and doc.keys[e].isalpha()


def _listed_with_another(doc: _Document, a: int, k: int) -> bool:
    """True if a side named by its name in keys ``a:k`` stands in a list with another capitalised
    name ("flocked to Vietnam and Laos", "Vietnam, Laos and Cambodia"): two countries, so "the country's" after
    them is either (review 15: the narrator's). "Lao and Russian officials met in Vietnam" names
    one country by its name."""
    keys = doc.keys
    for u in range(a, k):
        if u not in doc.side_at or _adjective_at(doc, u, doc.side_at[u][0]):
            continue
        e = doc.side_at[u][0]
        if e + 1 < k and keys[e] == "and" and doc.caps[e + 1] and keys[e + 1].isalpha() and e + 1 not in doc.side_at:
            return True  # "Vietnam and Laos"
        if e + 2 < k and keys[e] == "," and doc.caps[e + 1] and keys[e + 1].isalpha() and keys[e + 2] in ("and", ","):
            return True  # "Vietnam, Laos and Cambodia" (not "in Vietnam, Russian tourists ...")
        if u >= 2 and keys[u - 1] == "and" and doc.caps[u - 2] and keys[u - 2].isalpha() and u - 2 not in doc.side_at:
            return True  # "Laos and Vietnam"
    return False


def _country_named(doc: _Document, a: int, k: int, by_name: bool = False):
    """The one side "the country's" stands for, named in keys ``a:k`` before it ("Vietnam's GDP grew
    ..., according to the country's statistics office": Việt Nam), or None: one side named, or (round
    22a) one named by its name, not its adjective ("Russian holidaymakers visited Vietnam"); none
    when that name stands in a list with another ("Russia sent vaccines to Vietnam and Laos", review
    15: the narrator's). Probe 39p3: one helper for "according to the country's ..." and the body as
    a subject (:func:`_named_institution`). Review 55: ``by_name``: a country named by its name only,
    never by its adjective (for a country named after the phrase)."""
    named = {doc.side_at[u][1] for u in range(a, k) if u in doc.side_at}
    if len(named) > 1 or by_name:
        named = {doc.side_at[u][1] for u in range(a, k) if u in doc.side_at
                 and not _adjective_at(doc, u, doc.side_at[u][0])}
    if len(named) == 1 and not _listed_with_another(doc, a, k):
        return named.pop()
    return None


def _named_institution(doc: _Document, k: int, b: int):
    """An institution as a subject: (end, "role", (label, side)) or None. A name that opens with
    a side word and ends with a head is that side's ("Vietnam Oil and Gas Group said"); a
    capitalised name with no side word ("Rosatom said") is the side the text tied an earlier mention
    of it to ("Russia's Rosatom", "Russian state corporation Rosatom", "Rosatom Director General X"
    with X of a known side)."""
    keys = doc.keys
    t = k + (keys[k] == "the")
    if t == k + 1 and t < b and not doc.caps[t] and (keys[t] in _BODY_HEADS or keys[t] in _WATCHDOGS):
        # probe 10: "The association said ..." after "the Vietnam Association of ...": the body of
        # that head the text named last, when its name holds one side's word
        found = _body_named_before(doc, k, b, subject=True)
        return (k + 2, "role", found) if found is not None else None
    capital = keys[t] == "capital" and doc.view.possessive(t + 1)  # probe 28: "the capital's Department of ..."
    if t + 1 < b and not doc.caps[t] and (keys[t] in doc.act.local_levels or capital) and doc.caps[t + 1]:
        # round 24b: "the provincial Department of Tourism reported": a level of government before a
        # capitalised body, as after "according to", takes the side of the place of that level named
        # before, else of the people whose title holds the level, if they are of one side
        e = t + 1
        while e < b and (doc.caps[e] and is_word(keys[e]) or keys[e] in ("of", "and", "for")) and e - t < 10:
            e += 1
        while e > t + 1 and not doc.caps[e - 1]:
            e -= 1
        if any(keys[x] in doc.names.heads for x in range(t + 1, e)):
            side = _level_body_side(doc, keys[t], k)
            return (e, "role", (doc.view.surface(k, e), side)) if side is not None else None
    if t + 1 < b and t == k + 1 and keys[t] == "country" and doc.view.possessive(t + 1) and doc.caps[t + 1]:
        # probe 39p3: "Vietnam's GDP grew ..., the country's General Statistics Office said", "The
        # country's Health Ministry said Vietnam ...": a capitalised body with a head after "the
        # country's" is of the one country its sentence names (:func:`_country_named`), as after
        # "according to" (tuned parts: 3 of 3 such sources of the country named)
        e = t + 1
        while e < b and (doc.caps[e] and is_word(keys[e]) or keys[e] in ("of", "and", "for")) and e - t < 10:
            e += 1
        while e > t + 1 and not doc.caps[e - 1]:
            e -= 1
        if keys[e - 1] in doc.names.heads or doc._state_body_head(e - 1):
            start = doc._sentence_start(k)
            side = _country_named(doc, start, k) if start < k else None
            if side is None and start == k:
                # the body opens the sentence: the country named after it by its name (review 55: not
                # "The country's Health Ministry said Russian experts would arrive" after "Vietnam
                # received Russian vaccines": the adjective after it is the topic's, not the body's)
                side = _country_named(doc, e, b, by_name=True)
            return (e, "role", (doc.view.surface(k, e), side)) if side is not None else None
    if t in doc.side_at:  # "Vietnam Oil and Gas Group said", "the Russian Railways company reported"
        e = doc.side_at[t][0]
        while e < b and (doc.caps[e] and is_word(keys[e]) or keys[e] in ("of", "and", "for")) and e - t < 10:
            e += 1
        while e > t and not doc.caps[e - 1]:
            e -= 1
        # its head last, or before its field ("the Vietnam National Authority of Tourism")
        head = e - 1 if e > doc.side_at[t][0] else None
        if head is not None and keys[head] not in doc.names.heads and not doc._state_body_head(head):
            head = next((x for x in range(doc.side_at[t][0], e - 2) if keys[x + 1] in ("of", "for")), None)
        if head is not None and (keys[head] in doc.names.heads or doc._state_body_head(head)):
            # r36a: a command of its armed forces too ("Russia's Pacific Fleet said", "the press
            # service of Russia's Eastern Military District")
            return e, "role", (doc.view.surface(k, e), doc.side_at[t][1])
        if e > doc.side_at[t][0] and e + 2 < b and keys[e] == "(" and keys[e + 2] == ")" and doc.caps[e + 1]:
            # r29f: a name given its short form in brackets is a body's, whatever its last word
            # ("Vietnam Electricity (EVN) said"); the side word alone ("Vietnam (VN)") is none
            return e + 3, "role", (doc.view.surface(k, e), doc.side_at[t][1])
        return None
    found = _head_of_country(doc, k, t, b)
    if found is not None:
        return found
    e = t
    while e < b and e - t < 4 and doc.caps[e] and is_word(keys[e]) and e not in doc.side_cover:
        e += 1
    # spk15: "General" opens a title ("General Director X") and a state body ("the General
    # Statistics Office"); the body's head word tells them apart
    state = keys[t] in _STATE_WORDS and doc.dateline_side is not None and keys[e - 1] in _STATE_HEADS
    if e == t or doc.person_at(t, t) is not None or keys[t] in doc.person_titles and not state:
        return None
    placed = _place_opened_body(doc, t, e)
    if placed is not None:
        return placed[0], "role", (doc.view.surface(k, placed[0]), placed[1])
    inner = _caps_end(doc, e)
    if e in doc.side_at and inner < b and inner - e < 6 and keys[inner - 1] in doc.names.heads and not any(
        u in doc.side_at for u in range(doc.side_at[e][0], inner)
    ):
        # "the Pushkin State Russian Language Institute said": one side's word inside the name
        return inner, "role", (doc.view.surface(k, inner), doc.side_at[e][1])
    surface = doc.view.surface(t, e)
    label = _marked_body_end(doc, t, e, b)  # r30h: on to its head ("the Bien Dong Petroleum Operating Company")
    if e + 2 < b and keys[e] == "of" and keys[e - 1] in doc.names.heads and not _vietnamese_marks(surface):
        # r36g: an organ "of" a body whose name is spelled with Vietnamese marks ("the Central Committee
        # of the Hồ Chí Minh Communist Youth Union announced"): the owner's spelling, to the owner's end
        v = e + 1 + (keys[e + 1] == "the")
        x = doc._caps_run_end(v, b)
        if x > v and _vietnamese_marks(doc.view.surface(v, x)) and keys[x - 1] in doc.names.heads and not any(
                u in doc.side_cover or doc.person_at(u, u) is not None for u in range(v, x)):
            surface, label = doc.view.surface(v, x), x
    if _vietnamese_marks(surface) or _vietnamese_spelling(surface, opening=True) and keys[label - 1] in doc.names.heads:
        # "the Lạng Sơn Department of ...", "the Lang Son Department": a name spelled the Vietnamese
        # way takes the one side of the document's people whose names are spelled so; without marks
        # only when an institution's head ends it ("Hong Kong", "Hun Sen", "Ban Ki-moon" are none)
        marked = {p.side for p in doc.people if p.side is not None and _vietnamese_spelling(p.name)}
        if not marked and any(keys[x] in doc.names.heads for x in range(t, label)) and (
            origin := _marked_origin(doc, surface)
        ) is not None:
            # probe 37p3: nobody named spelled so, and a body's name written with Vietnamese marks ("...,
            # the Kiên Giang Department of Tourism said" in copy that names only the Russian guests): the
            # side whose names are spelled so, as its people would give it
            marked = {origin}
        if len(marked) == 1:
            if keys[label - 1] in doc.names.heads:
                # probe 37p3: on past the body's field after "of" ("the Kiên Giang Department of Tourism said")
                label = _state_body_end(doc, label, b)
            end = label
            if end + 2 < b and keys[end] == "(":
                # r30h: its short form in brackets ("the Biển Đông Petroleum Operating Company
                # (Biển Đông POC) announced"): the verb of speech comes after it
                close = next((x for x in range(end + 2, min(b, end + 6)) if keys[x] == ")"), None)
                if close is not None and all(doc.caps[x] and is_word(keys[x]) for x in range(end + 1, close)):
                    end = close + 1
            return end, "role", (doc.view.surface(k, label), marked.pop())
    name = keys[t:e]
    for u in reversed(_positions_before(keys, name[0], t)):  # speed: only where the name's first key stands
        if keys[u : u + len(name)] != name:
            continue
        w = u + len(name)
        if w + 1 < doc.n and keys[w] == "of":
            # spk14: "The State Bank said" after "the State Bank of Việt Nam": the short form of a
            # body the text named in full with its country right after "of"
            w += 1 + (keys[w + 1] == "the")
            if w in doc.side_at:
                return e, "role", (doc.view.surface(k, e), doc.side_at[w][1])
        if u >= 2 and keys[u - 1] == "(" and keys[u + len(name) : u + len(name) + 1] == [")"]:
            # an acronym defined after a name: "Vietnam Electricity (EVN)" is the side's whose
            # word opens the name; probe 22: a name longer than _ACRONYM_NAME_REACH keys is read
            # as far back as a body's name reaches ("the Việt Nam Association of Seafood Exporters
            # and Producers (VASEP)") only when the shorter reach finds no side ("Zarubezhneft and
            # the Vietnam Oil and Gas Group (Petrovietnam)" keeps the nearer name)
            for reach in (_ACRONYM_NAME_REACH, _BODY_NAME_REACH):
                v = u - 2
                while v > 0 and (doc.caps[v - 1] and is_word(keys[v - 1]) or keys[v - 1] in doc.names.connectors) and (
                    u - v < reach
                ):
                    v -= 1
                while v < u and v not in doc.side_at and (not doc.caps[v] or keys[v] in _DETERMINERS):
                    v += 1
                if v in doc.side_at and doc.side_at[v][0] < u - 1:
                    return e, "role", (doc.view.surface(k, e), doc.side_at[v][1])
        for v in range(u - 1, max(-1, u - 5), -1):  # "Russia's Rosatom", "Russian state corporation X"
            if v in doc.side_cover:
                return e, "role", (doc.view.surface(k, e), doc.side_at[doc.side_cover[v]][1])
            if keys[v] in (",", ".", ";", '"', "(", ")"):
                break
        for v in range(u + len(name), min(doc.n, u + len(name) + 6)):  # "Rosatom Director General X"
            hit = doc.person_at(v, v)
            if hit is not None and doc.people[hit[1]].side is not None:
                return e, "role", (doc.view.surface(k, e), doc.people[hit[1]].side)
            if not (doc.caps[v] and is_word(keys[v])):
                break
    if state:
        # spk14: "the Federal Customs Service", "the State Bank", "the Federation Council" with no
        # side word, in copy filed from a side's country, are that country's own bodies, as
        # :func:`_home_ministry` reads a bare ministry
        end = _state_body_end(doc, e, b)
        return end, "role", (doc.view.surface(k, end), doc.dateline_side)
    return _apposed_institution(doc, t, b)


_MARKED_NAME_REACH = 8  # r30h: keys of a body's name spelled the Vietnamese way ("Biển Đông Petroleum Operating Company")


def _marked_body_end(doc: _Document, t: int, e: int, b: int) -> int:
    """r30h: the end of a body's name spelled the Vietnamese way that opens at key ``t`` and was read
    to ``e`` (four words): on to a body's head if the capitalised run reaches one within
    ``_MARKED_NAME_REACH`` keys ("the Biển Đông Petroleum Operating Company"), else ``e``."""
    end = min(_caps_end(doc, e), b)
    if end > e and end - t <= _MARKED_NAME_REACH and doc.keys[end - 1] in doc.names.heads and not any(
            u in doc.side_cover or doc.person_at(u, u) is not None for u in range(e, end)):
        return end
    return e


# r26a: heads of a local body named by its place ("Nanning Customs": keys fold plurals, "custom")
_PLACE_BODY_HEADS = frozenset({"custom", "university", "academy", "council", "police", "government"})
# Review 27: heads of one body's seat in a place ("the Hanoi Office of the World Bank")
_SEATS = frozenset({"office", "bureau"})


# r28g: plural nouns of the firms and people of a place who report on it ("Hotels in Nha Trang
# reported occupancy of 80 per cent", "Exporters in Russia said"); keys fold the plural
_PLACED_GROUPS = frozenset({"hotel", "firm", "company", "business", "enterprise", "exporter", "importer",
                            "farmer", "retailer", "producer", "trader", "resort", "carrier", "airline"})


def _placed_group(doc: _Document, k: int, b: int):
    """r28g: "Hotels in Nha Trang reported ...": a plural noun of firms or producers (:data:`_PLACED_GROUPS`)
    placed "in" a side's country or a listed city (names.yml ``capitals``, ``cities``) as the
    subject of a verb of speech speaks for that side: (end, "role", (label, side)) or None ("Hotels
    in Bali reported": no side; "hotels in Nha Trang were full": no speech)."""
    keys = doc.keys
    t = k + (keys[k] == "the")
    if t + 2 >= b or keys[t] not in _PLACED_GROUPS or keys[t + 1] != "in" or not doc.caps[t + 2]:
        return None
    if not doc.view.surface(t, t + 1).lower().endswith("s"):
        return None  # one firm is a name's word or someone's own ("a hotel in Nha Trang")
    u = t + 2
    end = doc.side_at[u][0] if u in doc.side_at else doc.capital_at[u][0] if u in doc.capital_at else None
    side = doc.side_at[u][1] if u in doc.side_at else doc.capital_at[u][1] if u in doc.capital_at else None
    if end is None:
        for city, country in doc.names.cities:
            if tuple(keys[u : u + len(city)]) == city:
                hit = doc.act.side_words.longest(list(country), 0)
                if hit is not None and hit[0] == len(country) and hit[1]:
                    end, side = u + len(city), hit[1]
                break
    if end is None or doc.act.verbs.longest(keys, _skip_fillers(doc, end, b)) is None:
        return None
    return end, "role", (doc.view.surface(k, end), side)


def _place_opened_body(doc: _Document, t: int, e: int):
    """r26a: (end, side) of a body whose capitalised name at keys ``t:e`` opens with a place of a
    side and goes on to a body's head: a listed capital or city ("Nanning Customs", "the Moscow
    City Council"), or a place the text tied to a side before ("south China's Guangxi ... the
    Guangxi Department of Commerce", "Dak Lak Province, Vietnam ... the Dak Lak Police"); None
    otherwise (no head: "Nanning Airport" is no speaker's, nor a place of no side)."""
    keys, caps = doc.keys, doc.caps
    h = next((x for x in range(t + 1, e) if keys[x] in _BODY_HEADS or keys[x] in _PLACE_BODY_HEADS), None)
    if h is None:
        return None
    if keys[h] in _SEATS and h + 2 < doc.n and keys[h + 1] == "of" and caps[h + 2]:
        return None  # review 27: "the Moscow Bureau of Reuters": another body's seat in the place, not the place's
    end = _state_body_end(doc, e, doc.n) if keys[e - 1] in _BODY_HEADS | _PLACE_BODY_HEADS else e
    place = tuple(keys[t:h])
    if t in doc.capital_at and doc.capital_at[t][0] <= h:  # "the Moscow City Council"
        return end, doc.capital_at[t][1]
    for city, country in doc.names.cities:
        if place[: len(city)] == city:
            hit = doc.act.side_words.longest(list(country), 0)
            return (end, hit[1]) if hit is not None and hit[0] == len(country) and hit[1] else None
    for u in reversed(_positions_before(keys, place[0], t)):
        w = u + len(place)
        if tuple(keys[u:w]) != place or not caps[u]:
            continue
        if u - 1 in doc.side_cover and doc.view.possessive(u):  # "China's Guangxi"
            return end, doc.side_at[doc.side_cover[u - 1]][1]
        if w + 1 < doc.n and keys[w] == "," and w + 1 in doc.side_at:  # "Lạng Sơn, Vietnam"
            return end, doc.side_at[w + 1][1]
        tied = _place_tied(doc, u, w)
        if tied is not None:
            return end, tied
    return _place_by_spelling(doc, t, h, end)


def _place_tied(doc: _Document, u: int, w: int):
    """probe 38p2: the side the text tied the place named at keys ``u:w`` to with its level: "the
    Vietnamese province of Bình Dương", "Champasak province of Laos"; None otherwise."""
    keys, places = doc.keys, _LEVEL_WORDS
    if u >= 3 and keys[u - 1] == "of" and keys[u - 2] in places and u - 3 in doc.side_cover:
        return doc.side_at[doc.side_cover[u - 3]][1]
    if w + 2 < doc.n and keys[w] in places and keys[w + 1] == "of" and w + 2 in doc.side_at:
        return doc.side_at[w + 2][1]
    return None


def _place_by_spelling(doc: _Document, t: int, h: int, end: int):
    """probe 38p2: (end, side) of a body named by a place the text ties to no side ("The Bình Dương
    delegation said", "The Guangxi Department of Commerce said", "the Sverdlovsk delegation" after
    "the Sverdlovsk region"): a place spelled the Vietnamese way with its marks, or in that side's home
    copy without them, is of the side whose names are spelled so (:func:`_marked_origin`); another is
    read as a place of local government is (:func:`_side_by_spelling`, with the kinds of local
    government the text named it with: "the Sverdlovsk region"), else, in home copy of another side
    (Xinhua filed from Nanning), of that side; None otherwise, and for a name of common words ("the
    Foreign Investment Agency") or of a place the text names nowhere else."""
    surface = doc.view.surface(t, h)
    origin = _marked_origin(doc, surface)
    if origin is not None:
        return end, origin
    keys, place = doc.keys, doc.keys[t:h]
    if _vietnamese_spelling(surface) or any(x in doc.domain or x in _STATE_WORDS for x in place):
        return None  # "the Foreign Investment Agency", "the National Statistics Office": no place
    named = [u for u in _positions_before(keys, place[0], doc.n)
             if keys[u : u + len(place)] == place and doc.caps[u] and u != t]
    if not named:
        return None  # a place the text names only in the body's name
    kinds = {keys[u + len(place)] for u in named if u + len(place) < doc.n and keys[u + len(place)] in _LEVEL_WORDS}
    side = _side_by_spelling(doc, surface, kinds)
    if side is None and doc.home_side is not None and doc.home_side != doc.act.origin_sides.get("vietnamese"):
        side = doc.home_side
    return (end, side) if side is not None else None


# spk14: words opening the name of a country's own state body, and the heads such a name ends in
# r27c: "central" ("the Central Bank (CBR) said": the country's own central bank, bare in its own copy)
_STATE_WORDS = frozenset({"federal", "federation", "state", "national", "central",
                          # spk15: "the General Statistics Office", "the General Administration of Customs"
                          "general"})


def _state_body_end(doc: _Document, e: int, b: int) -> int:
    """spk15: the end of a state body's name past its field after "of" ("the National Bureau of
    Statistics", "the General Department of Customs"): capitalised words only, a few at most."""
    keys = doc.keys
    if e + 1 < b and keys[e] == "of" and doc.caps[e + 1] and e + 1 not in doc.side_at:
        end = e + 1
        while end < b and end - e < 5 and doc.caps[end] and is_word(keys[end]) and end not in doc.side_at:
            end += 1
        return end
    return e
_STATE_HEADS = frozenset({"service", "agency", "council", "bank", "committee", "commission", "duma", "assembly",
                          "inspectorate", "administration", "office", "bureau", "department", "authority"})


# round 23b: the head may follow one or two capitalised words ("the Central Committee of ..."); r32b:
# or three ("the State Capital Investment Corporation of Việt Nam", "the Joint Stock Commercial Bank of ...")
_HEAD_REACH = 4


_REMIT_WORDS = 6  # probe 35p3: keys of a body's remit after its head ("for External Relations")


def _head_of_country(doc: _Document, k: int, t: int, b: int, lead: bool = False):
    """(end, "role", (label, side)) of an institution named at key ``t`` (``k`` its article) that
    opens with its head and gives its country after "of" (review 14 leftovers); None if not one.
    With ``lead``, only a head after one to three capitalised words ("the Central Committee of ...")."""
    # round 23b: the head may follow one or two capitalised words ("the Central Committee of the
    # Communist Party of Việt Nam (CPV) has sent a message")
    keys = doc.keys
    h = next((x for x in range(t, min(b - 1, t + _HEAD_REACH)) if not (doc.caps[x] and is_word(keys[x])) or keys[x] in doc.names.heads), t)
    if lead and h == t:
        return None
    o = h + 1
    if o + 3 < b and keys[o] == "(" and keys[o + 2] == ")" and doc.caps[o + 1]:
        o += 3  # r32b: its short form before "of" ("the State Capital Investment Corporation (SCIC) of Việt Nam")
    remit = False
    if o + 2 < b and keys[o] in ("for", "on") and doc.caps[o + 1] and doc.caps[h]:
        # probe 35p3: the body's remit between its head and "of" ("the Commission for External
        # Relations of the Communist Party of Vietnam Central Committee said")
        r = o + 1
        while r < b and r - o < _REMIT_WORDS and (doc.caps[r] and is_word(keys[r]) or keys[r] == "and"):
            r += 1
        if r < b and keys[r] == "of" and doc.caps[r - 1]:
            o, remit = r, True
    if doc.caps[t] and keys[h] in doc.names.heads and doc.caps[h] and o < b and keys[o] == "of":
        # review 14 leftovers: a name that opens with its head and gives its country after "of"
        # ("the Association of Tour Operators of Russia said", "the Association of Russian Banks"):
        # an institution takes its country's side (guidelines, Side), when the name holds one side
        e = t if o == h + 1 else o
        while e < b and (doc.caps[e] and is_word(keys[e]) or keys[e] in ("of", "and", "for") or (
            keys[e] == "the" and keys[e - 1] == "of" and (h > t or remit)  # round 23b: "... of the Communist Party"
        )) and e - t < 12 + (o - h - 1 if remit else 0):
            e += 1
        while e > t and not doc.caps[e - 1]:
            e -= 1
        sides = {doc.side_at[u][1] for u in range(h + 2, e) if u in doc.side_at}
        if len(sides) == 1:
            label = doc.view.surface(k, e)
            if e + 2 < b and keys[e] == "(" and keys[e + 2] == ")":
                e += 3  # its short name in brackets: "... of Russia (ATOR) said"
            return e, "role", (label, sides.pop())
    return None


def _apposed_institution(doc: _Document, t: int, b: int):
    """(end, "role", (label, side)) of a body named in full at key ``t`` ("the Ministry of Science
    and Higher Education said") that an earlier sentence named, whole, in the title apposition of a
    person of a side ("Irina Koltsova, head of the international department of the Ministry of
    Science and Higher Education, told ..."): that person's side; else None."""
    keys, caps = doc.keys, doc.caps
    e = t
    while e < b and (caps[e] and is_word(keys[e]) or keys[e] in ("of", "and", "for")) and e - t < 10:
        e += 1
    while e > t and not caps[e - 1]:
        e -= 1
    name = keys[t:e]
    # a name of three words or more with an institution's head: "the Ministry" alone is any ministry
    if e - t < 3 or not any(w in doc.names.heads for w in name):
        return None
    ends = {end: ps for end, ps in doc.mention_at.values() if len(ps) == 1}
    label = doc.view.surface(t - (t > 0 and keys[t - 1] == "the"), e)
    for u in range(t - 1, -1, -1):
        after = u + len(name)
        if keys[u:after] != name or after < doc.n and caps[after] and is_word(keys[after]):
            continue
        for c in range(u - 1, max(-1, u - 14), -1):
            if keys[c] in (".", ";", '"'):
                break
            if keys[c] != ",":
                continue
            ps = ends.get(c)
            if ps is not None and doc._apposition_title(c) and doc.people[ps[0]].side is not None:
                return e, "role", (label, doc.people[ps[0]].side)
            break
    return None


def _home_ministry(doc: _Document, t: int, end: int, b: int):
    """(end, "role", (label, side)) of a ministry named in full with no side word ("..., the
    Ministry of Foreign Affairs said") in a report filed from a side's country or capital: that
    side's own ministry, as the copy of the place names its own government's bodies bare; else None.

    Not a ministry with a side word (read before), nor one in a report with no dateline of a side
    unless its name ends with its country ("the Ministry of Energy of the Russian Federation said",
    round 24c), nor "the ministry" alone (of no name: see :func:`_source`)."""
    keys, caps = doc.keys, doc.caps
    # probe 37p6: home copy filed from the agency's own country is that country's also when the text
    # names it nowhere ("The Ministry of National Defence said General X held talks with the Russian ...")
    home = doc.dateline_side or doc.home_side
    if (end > t + 1 and keys[end - 1] == "ministry" and all(caps[u] and is_word(keys[u]) for u in range(t, end))
            and not any(u in doc.side_at for u in range(t, end)) and home is not None
            and not (end + 1 < b and keys[end] == "of")):
        # r27c: a ministry named by its field before the head ("The Finance Ministry said") with no
        # side word, in copy filed from a side's country: that country's own, as one "of" its field
        return end, "role", (doc.view.surface(t - (t > 0 and keys[t - 1] == "the"), end), home)
    if end + 1 >= b or keys[end] != "of" or not caps[end + 1]:
        return None
    e = end
    while e + 1 < b and (keys[e] in ("of", "and", "for") or _portfolio_comma(doc, e, b)):
        # round 24c: "of the Russian Federation": an article after "of" opens the country's name
        f = e + 1 + (keys[e] == "of" and keys[e + 1] == "the" and e + 2 < b)
        if not (caps[f] and is_word(keys[f])):
            break
        e = f + 1
        while e < b and caps[e] and is_word(keys[e]):
            e += 1
    side = home
    # the ministry's own country named after it ("of Russia", "in Moscow") is its side, not the dateline's
    named = {doc.side_at[u][1] for u in range(end, e) if u in doc.side_at}
    if side is None and not named:
        return None  # round 24c: a country named in the name needs no dateline
    if e + 1 < b and (place := _place_after_in(doc, e)):
        named.add(place[1])
        e = place[0]
    if len(named) > 1:
        return None
    if named:
        side = named.pop()
    return e, "role", (doc.view.surface(t - (t > 0 and keys[t - 1] == "the"), e), side)


_PORTFOLIO_SPAN = 6  # probe 38p6: keys from a comma in a ministry's name to the "and" of its last field


def _portfolio_comma(doc: _Document, e: int, b: int) -> bool:
    """probe 38p6: True if the comma at key ``e`` joins the fields of one ministry's name, a list of
    capitalised words that an "and" and a capitalised word close before any other comma ("the
    Ministry of Labour, Invalids and Social Affairs said", "the Department of Labour, Invalids and
    Social Affairs said"); "the Ministry of Health, Tran said" (no "and"), "the Ministry of Health, and
    Tran said" (no capitalised word right after the comma) and "According to the Ministry of Health,
    Soviet and Russian universities have trained ..." (a side word: the next clause's subject, heldout127)
    are none."""
    keys, caps = doc.keys, doc.caps
    if keys[e] != "," or not (caps[e + 1] and is_word(keys[e + 1])):
        return False
    for u in range(e + 1, min(b - 1, e + _PORTFOLIO_SPAN)):
        if u in doc.side_at or u in doc.side_cover:
            return False
        if keys[u] == "and":
            return caps[u + 1] and is_word(keys[u + 1]) and u + 1 not in doc.side_at
        if not (caps[u] and is_word(keys[u])):
            return False
    return False


# Round 23a: heads of bodies that "the <head>" points back to as a source ("according to the service").
_BODY_HEADS = frozenset({"service", "department", "agency", "authority", "ministry", "office", "bureau",
                         "administration", "directorate", "inspectorate", "committee", "commission",
                         "association", "corporation", "company", "centre", "center", "institute",
                         # round 24d: "..., the bank said" after "the Export-Import Bank of Korea said"
                         "bank", "fund", "foundation",
                         # r32g: "..., according to the university." after "National Research Nuclear University MEPhI"
                         "university", "academy"})
# r27a: the press's common nouns for a regulating body ("..., the watchdog said" after "the Federal
# Service for Veterinary ... Surveillance"): they point back to the last body of a regulator's head
# r29f: "the agency" is the press's word for any such body, whatever its head ("Russia's Federal Service
# for Veterinary ... Surveillance (Rosselkhoznadzor) has allowed ..., the agency said"), an "Agency" too
_WATCHDOGS = frozenset({"watchdog", "regulator", "agency"})
_REGULATOR_HEADS = ("service", "agency", "authority", "administration", "inspectorate", "directorate", "commission")
_BODY_NAME_REACH = 12  # keys of a capitalised name before its head ("Federal Service for ...")
_ACRONYM_NAME_REACH = 8  # keys of a name read first before its acronym in brackets ("Vietnam Electricity (EVN)")


def _body_named_before(doc: _Document, k: int, b: int, subject: bool = False):
    """(label, side) of "the <head>" at ``k`` closing an "according to" source ("..., according to
    the service.") that points back to the last capitalised body of that head the text named, when
    that name holds one side's word, or one stands right before it: "Russia's Federal Service for
    Veterinary and Phytosanitary Surveillance (Rosselkhoznadzor) has approved ..." then "...,
    according to the service" -> russia. A head the text named with no side, or never named
    capitalised, gives None (the narrator's, as before)."""
    keys = doc.keys
    head = keys[k + 1] if k + 1 < b else ""
    if (head not in _BODY_HEADS and head not in _WATCHDOGS) or (
        not subject and k + 2 < b and keys[k + 2] not in (",", ".", ";")
    ):
        return None
    heads = _REGULATOR_HEADS if head in _WATCHDOGS else (head,)
    found = sorted(u for h in heads for u in _positions_before(keys, h, k))
    for u in reversed(found):
        if not doc.caps[u]:
            continue
        if head in _WATCHDOGS:
            head = keys[u]
        v = u
        while v > 0 and u - v < _BODY_NAME_REACH and (doc.caps[v - 1] and is_word(keys[v - 1]) or keys[v - 1] in ("of", "and", "for") or (
            keys[v - 1] == "-" and v > 1 and doc.caps[v - 2]
        )):
            v -= 1  # r28i: across a dash inside the name ("the Việt Nam–Russia Friendship Association")
        e = _caps_end(doc, u + 1) if u + 1 < doc.n else u + 1
        pair = next((doc.side_cover[d] for x in range(v, u) if x in doc.side_cover and doc.side_cover[x] == x
                     and (d := doc._dash_before(x)) is not None), None)
        if pair is not None:
            # r28i: a body of two sides joined by a dash takes the side its name puts first, as
            # in a person's title ("Vietnam–Russia Friendship Association": Việt Nam's)
            return doc.view.surface(k, k + 2), doc.side_at[pair][1]
        for _ in range(2):  # r26a: "the Association of Tour Operators of Russia": two "of"s
            if e + 1 < doc.n and keys[e] == "of" and doc.caps[e + 1]:
                e = _caps_end(doc, e + 1)  # round 24d: "the Export-Import Bank of Korea": its country after "of"
        sides = {doc.side_at[x][1] for x in range(max(0, v - 1), e) if x in doc.side_at}
        if not sides and head == "ministry" and u + 1 < doc.n and keys[u + 1] == "of" and doc.dateline_side:
            # spk14: "The ministry said" after a bare "Ministry of Economic Development" in copy
            # filed from a side's country: that country's ministry, as :func:`_home_ministry` reads it
            sides = {doc.dateline_side}
        if not sides and keys[v + (keys[v] == "the")] in _STATE_WORDS and head in _STATE_HEADS and doc.dateline_side:
            # spk15: "the office said" after a bare "General Statistics Office": the filing
            # country's own body, as the full name is read (:func:`_named_institution`)
            sides = {doc.dateline_side}
        if not sides and v > 0 and not doc.caps[v - 1] and keys[v - 1] in doc.act.local_levels and not any(
                x in doc.side_cover for x in range(v, e)):
            # probe 37p6: "The department said" after "the provincial Department of Tourism": a body
            # named after a level of government is that level's place's, as its full name is read
            level = _level_body_side(doc, keys[v - 1], k)
            sides = {level} if level is not None else set()
        # probe 37p6: the press service of "the <head>" speaks for the body in an agency's copy also
        # when the text names the agency's country nowhere (r26b's firm named bare: "Kazan Federal
        # University has enrolled ..., the university's press service said" in Sputnik copy)
        press = k + 3 < b and keys[k + 2] == "press" and doc.view.possessive(k + 2)
        home = doc.agency_side or (doc.copy_side if press else None)
        if not sides and not any(x in doc.side_cover for x in range(max(0, v - 1), e)) and home:
            # r32g: a body named bare in an agency's copy is of the agency's country, as its press
            # service is (r26b): "..., according to the university." after "the National Research
            # Nuclear University MEPhI" in TASS copy; a name opening with a place of a side ("the
            # Hanoi University of ...") is that place's, one spelled the Vietnamese way is none
            w = v + (keys[v] == "the")
            placed = _place_opened_body(doc, w, e)
            if placed is not None:
                sides = {placed[1]} if placed[1] else set()
            elif not _vietnamese_spelling(doc.view.surface(w, u), opening=True):
                sides = {home}
        w = v + (keys[v] == "the")
        if not sides and w < u and (origin := _marked_origin(doc, doc.view.surface(w, u))) is not None:
            # probe 37p3: "The department said" after "the Kiên Giang Department of Tourism": a name
            # written with Vietnamese marks is of the side whose names are spelled so, as read in full
            sides = {origin}
        return (doc.view.surface(k, k + 2), sides.pop()) if len(sides) == 1 else None
    return None


#: r32i: a local government named by its level alone ("the regional government", "the city
#: administration"), as keys
_LOCAL_GOVERNMENTS = frozenset({"government", "administration", "authority", "authorities"})
_LOCAL_LEVELS = frozenset({"regional", "provincial", "city", "municipal", "territorial", "local", "district"})


def _local_government_home(doc: _Document):
    """p34p7: the side of a local government named by its level alone ("the provincial government's
    press service") when no place of that level was named with a side before: the copy's agency's
    country, also when the text names it nowhere, else the dateline's (a press service is a home
    body's habit, r26b). One reading for :func:`_press_service_owner` and ``subjects._subject``."""
    return doc.agency_side or doc.copy_side or doc.dateline_side


def _bare_government_side(doc: _Document, u: int):
    """Probe 38p7: the side of "the government" named bare in lower case at key ``u`` ("Russian Prime
    Minister X will visit ..., the government's press service said"): the government of the person
    with a side its sentence names first before it, as "according to the ministry" reads
    (``sentence_side``), else of the country the copy is filed from (its dateline, when the text names
    it); None if neither. Review 54: a head of government named there first ("Vietnamese Ambassador X
    met Russian Prime Minister Y, the government's press service said" is Russia's government)."""
    a = doc._sentence_start(u)
    return doc.first_side_between(a, u, "prime") or doc.first_side_between(a, u) or doc.dateline_side


def _press_service_owner(doc: _Document, k: int, office: str = "service"):
    """The side of the owner of the press service the text named last before key ``k``: a side's
    name before it ("the Kremlin press service"), or a possessive noun of an institution the text
    named with a side word ("the council's press service" after "the Russian Security Council");
    None if the last one has no such owner. probe 35p3: ``office="office"`` reads a press office."""
    keys = doc.keys
    for u in range(k - 2, 0, -1):
        if keys[u] != "press" or keys[u + 1] != office:
            continue
        owner = u - 2 if u >= 2 and doc.view.possessive(u - 1) else u - 1
        if keys[u + 2 : u + 3] == ["of"]:
            # spk14: "the press service of the Russian Foreign Ministry": the side of the body
            inst = _named_institution(doc, u + 3, doc.n)
            if inst is None:
                # r30h: a body the copy named bare ("the press service of the Pacific Fleet", "of the
                # Federal Security Service"): discovery's organisations give it its side, as the
                # sentence that named it (r30f)
                w = u + 3 + (keys[u + 3 : u + 4] == ["the"])
                return next((side for a, _, _, side in doc.organisations if a == w), None)
            return inst[2][1]
        if keys[owner] in ("the", "a"):
            continue  # r28g: "the press service said" again names no owner: the one named before it
        if owner in doc.side_cover:
            return doc.side_at[doc.side_cover[owner]][1]
        if owner >= 1 and owner - 1 in doc.side_cover and (
                keys[owner] in doc.act.organisations or not doc.caps[owner] and is_word(keys[owner])):
            # r26b: "the Russian company's press service"; r30j: any body in lower case after its side
            # word ("the Russian government's press service", "the Vietnamese ministry's press service")
            return doc.side_at[doc.side_cover[owner - 1]][1]
        if (owner >= 2 and keys[owner] in _LOCAL_GOVERNMENTS and keys[owner - 1] in _LOCAL_LEVELS
                and keys[owner - 2] == "the" and not doc.caps[owner - 1]):
            # r32i: "the regional government's press service" in TASS copy from Vladivostok: a local
            # government named by its level alone is the home country's, as its bodies named bare are;
            # review 45: unless the text named a place of that level before ("Vietnam's Bac Ninh
            # Province ..., the provincial government's press service"), read as the speaker is (round 17)
            # p34p7: the copy's agency's country also when the text names it nowhere (as the subject reads it)
            return _local_side(doc, keys[owner - 1], owner) or _local_government_home(doc)
        lead = owner - 1 - (owner >= 2 and keys[owner - 1] == "state")  # probe 27: "the state corporation's"
        if lead >= 0 and keys[lead] == "the" and not doc.caps[owner]:
            if keys[owner] in doc.act.organisations:  # r26a: "the airline's press service": the firm's
                side = doc.organisation_by_noun(keys[owner], owner)
                if side is None and keys[owner] in _ANY_ORGANISATION:
                    side = _executive_side(doc, owner)  # probe 27: as "the company's press service said"
                return side
            side = doc.institution_side(keys[owner], owner)
            if side is None and doc.view.possessive(u):
                # r28g: "According to the press service" after "the fleet's press service said":
                # the bare owner's side, as "the press service said" reads it (round 24d)
                side = _bare_owner_side(doc, owner, lead)
            if side is None and keys[owner] == "government" and lead == owner - 1 and doc.view.possessive(u):
                # probe 38p7: "the press service said" after "the government's press service said"
                side = _bare_government_side(doc, owner)
            return side
        if doc.caps[owner]:
            # spk14: "the Federation Council's press service": the side of the named body, if the
            # text ties it to one (:func:`_named_institution`)
            v = owner
            while v > 0 and owner - v < 6 and doc.caps[v - 1] and is_word(keys[v - 1]):
                v -= 1
            if v >= 2 and keys[v - 1] in ("of", "for") and doc.caps[v - 2]:
                # probe 35p3: "the Russian Ministry of Agriculture's press office": the name whole
                v -= 1
                while v > 0 and owner - v < 8 and doc.caps[v - 1] and is_word(keys[v - 1]):
                    v -= 1
            inst = _named_institution(doc, v, doc.n)
            if inst is not None and inst[0] == owner + 1:
                return inst[2][1]
            return doc.organisation_side(v, owner + 1, owner + 1)  # r26b: a firm given a side
        return None
    return None


_DELEGATIONS = frozenset({"delegation", "delegations"})  # r29i: after a party's name, its guests


def _party_side(doc: _Document, k: int, t: int, sentence: tuple[int, int]):
    """The side of "the party" at keys ``k:t``: a party's name first ("CPRF", "the Communist Party
    of Vietnam", "the United Russia party"), else any side word; in its sentence before the phrase
    (the subject: "United Russia held talks, according to the party's press service"), else in the
    nearest earlier sentence that has one, the first there (its subject or topic); None if none.
    A country's side word counts last, as a country and its party are one side."""
    view = doc.view
    # where the text names a party (as the sector matcher finds them: "CPRF", "United Russia")
    spans = doc._party_names  # review 55: the spans discovery caches per document
    named = {x: (a, max(ends)) for a, ends in spans.items() for x in range(a, max(ends))}

    def party(x: int) -> bool:
        return x in named

    keys = doc.keys

    def guest(x: int, start: int) -> bool:
        # r29i: a party that only names a delegation ("A delegation of the CPV attended the congress
        # of the United Russia party, the party's press service said") is the guest, not the party
        # that speaks; the host party named after it is
        x, e = named.get(x, (x, doc.side_at[x][0]))  # the party's whole name ("Communist Party of Vietnam")
        before = keys[max(start, x - 3) : x]
        return "delegation" in before and "of" in before or e < k and keys[e] in _DELEGATIONS

    def first_host(hits: list[int], start: int):
        return doc.side_at[next((x for x in hits if not guest(x, start)), hits[0])][1]

    for wanted in (party, lambda x: True):
        hits = [x for x in range(sentence[0], k) if x in doc.side_at and wanted(x)]
        if hits:
            return first_host(hits, sentence[0])
        hits = []
        for x in range(sentence[0] - 1, -1, -1):
            if x in doc.side_at and wanted(x):
                hits.insert(0, x)
            if view.initial[x] and hits:  # review 34: the guest rule in the earlier sentence too
                return first_host(hits, x)
        if hits:
            return first_host(hits, 0)
    return None


def _host_institution(doc: _Document, k: int, b: int):
    """A capitalised institution with no side word that ends a sentence as its source ("...,
    according to the Foreign Investment Agency."): the host country's office, as news copy names
    its own country's agencies bare and another's with the country ("the Russian Federal Customs
    Service"); (end, "role", (label, side)) of the document's host, or with no host of the first
    person of a known side the report names (copy opens with its own country's official), or None."""
    keys = doc.keys
    t = k + (k < b and keys[k] == "the")
    e = t
    while e < b and (doc.caps[e] and is_word(keys[e]) or keys[e] in ("of", "and", "for")) and e not in doc.side_cover:
        e += 1
    end = e
    if end < b and keys[end] == "(":  # an acronym in brackets after the name: "(FIA)"
        end = next((c + 1 for c in range(end + 1, min(b, end + 4)) if keys[c] == ")"), end)
    if e == t or keys[e - 1] not in doc.names.heads and not (e - t > 2 and keys[t] in doc.names.heads and keys[t + 1] == "of"):
        return None  # round 24d: or a head first, before "of" ("the Department of Overseas Labour")
    if end < b - 1 and not (keys[end] == "," and keys[t] in doc.names.heads and "of" not in keys[t + 2 : e]):
        # round 24d: a body named by its head alone, before "of", may close its clause by a comma
        # ("According to the Department of Overseas Labour, ..."); one named by a place before its
        # head ("the Guangxi Department of Commerce") may be the other country's, as one whose owner
        # follows a second "of" (review 24: "the Department of Tourism of Irkutsk")
        return None
    if doc.host is not None:
        side = doc.people[doc.host].side
    else:  # no reception: the report's first person of a known side is the copy's own country's
        side = min((p for p in doc.people if p.side is not None), key=lambda p: p.first, default=None)
        side = side.side if side is not None else None
    if side is None:
        return None
    return e, "role", (doc.view.surface(k, e), side)
