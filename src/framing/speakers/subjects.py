"""What the subject of a reporting verb names: a person (by name, title or role), a pronoun, a
pair ("both sides", "the ministers of the two countries"), joint leaders, a country, "the
organisers", or a body (:mod:`framing.speakers.institutions`).

``_subject`` is the entry point: (end, kind, value) of the subject at key ``k``; the rules
it tries run in the order it lists them."""

from __future__ import annotations

from framing.lexicons.actors import JOINT
from framing.lexicons.names import is_word, load_names
from framing.lexicons.wordlists import MONTHS
from framing.speakers._common import (
    _BE,
    _FUNCTION,
    _LEVEL_PLACES,
    _PLACE_ABBREVIATIONS,
    _PLACE_HEADS,
    _PLACE_WORDS,
    _ROLE_KIN,
    _SINGULAR_S,
    _VOICES,
    _caps_end,
    _positions_before,
    _ref_side,
    _skip_fillers,
    _vietnamese_marks,
    _vietnamese_spelling,
)
from framing.speakers.document import _Document
from framing.speakers.institutions import (
    _LOCAL_GOVERNMENTS,
    _OFFICE,
    _PLACE_BODY_HEADS,
    _apposed_institution,
    _bare_owner_office,
    _body_office,
    _body_spokesman,
    _guest_party,
    _head_of_country,
    _home_ministry,
    _host_or_guest_side,
    _local_government_home,
    _local_side,
    _members_of,
    _named_institution,
    _office_named_before,
    _organisation_voice,
    _party_named_at,
    _party_office,
    _persons_office,
    _placed_group,
    _side_by_spelling,
    _sources_in,
    _the_party,
)
from framing.speakers.verbs import _verb_after

#: probe 37p6: what speaks for "the Government" after it: its offices and its news site
_GOVERNMENT_OUTLETS = _OFFICE | frozenset({"news", "portal", "website"})
_ORGANISERS = frozenset({"organiser", "organizer"})  # keys fold plurals: "organisers" is "organiser"
_ORGANISED = frozenset({"organised", "organized", "co-organised", "co-organized"})
# r32h: active verbs of staging an event, whose subject is its organiser ("X held a roadshow ..., the
# organisers said")
_STAGED = frozenset({"held", "hosted", "staged", "holds", "hosts", "stages"})


#: probe 33p2: verbs of receiving a guest ("hosted a reception for the CPRF delegation"), and how many
#: keys after the verb the delegation may stand
_RECEIVING = frozenset({"hosted", "received", "welcomed"})
_RECEIVED_SPAN = 8


def _received_delegation_side(doc: _Document, k: int):
    """Probe 33p2: the side of the delegation received before key ``k`` when no guest person is known
    ("X hosted a reception for the CPRF delegation. ... The guest thanked him"): a receiving verb
    (:data:`_RECEIVING`) and, within :data:`_RECEIVED_SPAN` keys in its sentence, "delegation" after a
    side word; the last such before ``k``, None if none (the guest is then resolved as before)."""
    keys, found = doc.keys, None
    for v in range(k):
        if keys[v] not in _RECEIVING:
            continue
        for w in range(v + 1, min(k, v + 1 + _RECEIVED_SPAN)):
            if keys[w] in (".", "!", "?", ";"):
                break
            if keys[w] == "delegation" and w - 1 in doc.side_cover:
                found = doc.side_at[doc.side_cover[w - 1]][1]
                break
            u = w + 2 + (w + 2 < k and keys[w + 2] == "the")
            if keys[w] == "delegation" and w + 2 < k and keys[w + 1] == "from" and u in doc.side_at:
                found = doc.side_at[u][1]  # probe 34p5: "a delegation from Russia's Primorsky region"
                break
            # p34p10: "a delegation of the United Russia party", "a delegation from Moscow": a side
            # after "of", a capital after "from" or "of" (the capital's body: "of the Moscow branch")
            hit = (doc.side_at.get(u) if keys[w + 1] == "of" else None) or (
                doc.capital_at.get(u) if keys[w + 1] in ("from", "of") else None) if w + 2 < k else None
            if keys[w] == "delegation" and hit is not None:
                found = hit[1]
                break
    return found


def _organisers_side(doc: _Document, k: int, end: int):
    """The side of "the organisers" at keys ``k:end``: the one side the clause after "organised"
    names anywhere in the text ("organised with support from the Russian Embassy"); else, when the
    text names no one who organised the event, the dateline's ("SPIEF ..., the organisers said" from
    ST. PETERSBURG: the event's host, as "the host side" with nobody seen hosting); None otherwise,
    and the group's side stays (both sides: "co-organised by the Youth Union and the Communist Youth
    League of China")."""
    keys = doc.keys
    if end - k != 2 or keys[k] != "the" or keys[k + 1] not in _ORGANISERS:
        return None
    # r32h: in the source's own sentence, one who held or hosted the event before it is the organiser
    # ("Vietnam's tourism authority held a roadshow in Kazan ..., the organisers said"): the side its
    # subject opens with, when one; a passive ("was held") names nobody
    start = doc._sentence_start(k)
    for t in range(start + 1, k):
        if keys[t] in _STAGED and keys[t - 1] not in _BE and keys[t - 1] != ",":
            before = {doc.side_at[u][1] for u in range(start, t) if u in doc.side_at}
            # review 45: another side named with "with" after the verb shares the act ("Vietnam held
            # talks with Russia on the festival"): no one organiser; a place after "in" is no party
            withs = {doc.side_at[w][1] for u in range(t + 1, k - 2) if keys[u] == "with"
                     and (w := u + 1 + (keys[u + 1] == "the")) in doc.side_at}
            if len(before) == 1 and withs <= before:
                return before.pop()
            break
    # spk8: the text may say who organised the event after the source too ("A week of Russian cinema
    # opened ..., the organisers told TASS. ... The week, organised with support from the Russian
    # Embassy ..."): the sides its clause names, up to a comma or the sentence's end; one side is
    # the organisers' when every body it joins ("and the", "together with") has it; two sides, a
    # body of none ("co-organised by the Youth Union and the ... of China") or none after "by" leave
    # both sides (the group's own)
    for t in (t for t in range(doc.n - 1) if keys[t] in _ORGANISED):
        if keys[t + 1] != "by" and t > 0 and keys[t - 1] not in _BE and keys[t - 1] != ",":
            # review 14: an active "organised" names who did ("The Vietnamese embassy in Russia
            # organised a reception" from MOSCOW): the side its subject opens with; co-organisers of
            # two sides leave both sides
            before = [doc.side_at[u][1] for u in range(doc._sentence_start(t), t) if u in doc.side_at]
            if before and (keys[t].startswith("co-") or keys[t - 1] == "co"):  # keys may split "co-"
                return before[0] if len(set(before)) == 1 else None
            if before:
                return before[0]
        u, parts = t + 1, [set()]
        while u < doc.n and keys[u] not in (",", ".", ";", "!", "?") and not doc.view.initial[u]:
            if keys[u] in ("and", "together") and u + 1 < doc.n and keys[u + 1] in ("the", "with"):
                parts.append(set())
            if u in doc.side_at:
                parts[-1].add(doc.side_at[u][1])
            u += 1
        sides = set().union(*parts)
        if len(sides) == 1 and all(parts):
            return sides.pop()
        if sides or keys[t + 1] == "by":
            return None
    return doc.dateline_side




def _placed_level(doc: _Document, k: int, end: int):
    """probe 35p1: the side of the place a local body's phrase names before its level ("The Primorye
    regional ministry ... said", "the Irkutsk regional government"): read by its spelling, or by the
    kinds of local government of that level (names.yml ``local_kinds``), as a place named before
    with its kind is (:func:`_local_side`); None if the phrase names no place."""
    keys = doc.keys
    t = k + (keys[k] == "the")
    a = t
    while t < end and doc.caps[t] and is_word(keys[t]) and t not in doc.side_cover:
        t += 1
    if t == a or t >= end or keys[t] not in doc.act.local_levels:
        return None
    return _side_by_spelling(doc, doc.view.surface(a, t), _LEVEL_PLACES.get(keys[t], frozenset()))


def _first_of(doc: _Document, k: int, b: int, *rules):
    """The answer of the first of ``rules`` (subject rules: ``rule(doc, k, b)``) that has one, or None."""
    return next((found for rule in rules if (found := rule(doc, k, b)) is not None), None)


def _role_office(doc: _Document, k: int, b: int):
    """spk15: the voice of a person named by a role: "the president's press secretary said", "the
    ambassador's spokesperson told" speak for the person the role names (end, "role", (label,
    side)); None when the role names nobody with a side, or no office word and verb follow."""
    keys = doc.keys
    if keys[k] != "the":
        return None
    u = next((u for u in range(k + 2, min(b, k + 6)) if doc.view.possessive(u)), None)
    if u is None:
        return None
    t = u
    while t < b and t - u < 3 and keys[t] in _OFFICE:
        t += 1
    if t == u or doc.act.verbs.longest(keys, _skip_fillers(doc, t, b)) is None:
        return None
    owner = _subject(doc, k, u)  # the role itself, read up to its possessive
    if owner is None or owner[0] != u or owner[1] != "role":
        return None
    # probe 16: a body's own voice ("the Vietnamese embassy's press service", "the ministry's press
    # service" after the text named it with a side word) speaks for the body, as a person's does
    side = doc.people[owner[2][1]].side if owner[2][0] == "discovered" else owner[2][1]
    return (t, "role", (doc.view.surface(k, t), side)) if side is not None else None


def _subject(doc: _Document, k: int, b: int):
    """A subject starting at key ``k``: (end, kind, value) or None.

    kind: "people" (tuple of person refs), "group" (index), "pronoun", "continuation", "role"
    (person ref, or (label, side) when nobody fits), "sides" (tuple of side ids).
    A person ref is ("known", name) or ("discovered", index).
    """
    keys, act = doc.keys, doc.act
    if k + 2 < b and keys[k] in _PLACE_ABBREVIATIONS and keys[k + 1] == "." and doc.caps[k] and doc.caps[k + 2]:
        k += 2  # r24e: "St. Petersburg Governor X said": the dot of a place's abbreviation ends nothing
    if k >= b:
        return None
    if keys[k] in _GROUP_PARTS and k + 3 < b and keys[k + 1] == "of" and keys[k + 2] == "the":
        # probe 35p8: "Many of the students said", "Some of the alumni recalled": the part speaks
        # as the whole named after "of the" does
        found = _subject(doc, k + 2, b)
        return found if found is not None and found[1] in ("role", "group", "sides") else None
    if keys[k] in act.pronouns and not _full_name_at(doc, k):
        if keys[k] in ("he", "she") and k + 3 < b and keys[k + 1] == "and" and keys[k + 2] in ("his", "her"):
            # probe 37p7: "He and his Vietnamese counterpart agreed ...": the pronoun and a counterpart
            # of a side word are one subject (the attribution gives the pair, joint, when the sides differ)
            role = doc.role_at(k + 2, b)
            if role is not None and role[2][-1] == "counterpart" and role[1] is not None:
                return role[0], "pronoun", keys[k]
        return k + 1, "pronoun", keys[k]
    hit = act.continuations.longest(keys, k)
    if hit:
        return hit[0], "continuation", None
    hit = act.subjects.longest(keys, k)
    if hit is not None and hit[1][0] == "group":
        organisers = _organisers_side(doc, k, hit[0])
        if organisers is not None:
            return hit[0], "role", (doc.view.surface(k, hit[0]), organisers)
        longer = None
        if hit[0] < b and is_word(keys[hit[0]]) and not doc.caps[hit[0]] and _verb_after(doc, hit[0], b) is None:
            # spk11: a group phrase that is only the start of a longer pair ("the two heads" of "the
            # two heads of government agreed", "the two party" of "the two party leaders noted")
            longer = _pair_subject(doc, k, b)
        if longer is not None:
            return longer
        if act.groups[hit[1][1]]["resolve"] == "speakers":
            # probe 35p2: "The leaders of the two parties highlighted ...": the pair's phrase goes on
            # with the pair of bodies it is of, as "the ministers of the two countries"
            return _of_both(doc, hit[0], b), "group", hit[1][1]
        return hit[0], "group", hit[1][1]
    found = _first_of(doc, k, b, _pair_subject, _joint_leaders, _officials_of_both, _two_bodies, _people_of_body)
    if found is not None:
        return found
    alone = 2 if keys[k] == "the" and k + 1 < b and keys[k + 1] == "two" else 1 if keys[k] == "both" else 0
    if alone and k + alone < b and act.verbs.longest(keys, _skip_fillers(doc, k + alone, b)):
        # "The two discussed ...", "Both agreed ...": "the two" or "both" alone, right before a verb
        # of speech, is the pair of people who spoke last, as "the two ministers"
        pair = next((g for g, item in enumerate(act.groups) if item["resolve"] == "speakers"), None)
        if pair is not None:
            return k + alone, "group", pair
    found = _first_of(doc, k, b, _persons_office, _office_named_before, _bare_owner_office, _party_office)
    if found is not None:
        return found
    refs = []
    t = k
    while True:
        found = doc.title_skip(t, b)
        if found is None:
            break
        _, end, ref = found
        refs.append(ref)
        t = end
        if t < b and keys[t] == "and":
            nxt = doc.title_skip(t + 1, b)
            if nxt is not None:
                t += 1
                continue
        break
    if refs:
        pair = _named_and_counterpart(doc, refs, t, b)
        if pair is not None:
            return pair
        return t, "people", tuple(refs)
    if not doc.caps[k] and keys[k] in act.side_groups and doc.view.surface(k, k + 1).lower().endswith("s"):
        # "Menon offered credit, officials said" (no determiner): the side of the person who opens
        # the sentence as the subject of a past act; a person who is only its topic gives none
        # ("Putin will visit Hà Nội next year, officials said")
        side = _acting_subject_side(doc)
        if side is not None and act.verbs.longest(keys, _skip_fillers(doc, k + 1, b)) is not None:
            return k + 1, "role", (doc.view.surface(k, k + 1), side)
    found = _first_of(doc, k, b, _organisation_voice, _members_of, _body_spokesman, _the_party, _guest_party, _body_office,
                      _role_office, _sources_in, _placed_group)
    if found is not None:
        return found
    # round 23b: "The Central Committee of the Communist Party of Việt Nam (CPV) has sent ...": a body
    # named in full with its country, before any role word inside its name ("Communist") is read
    found = _head_of_country(doc, k, k + (keys[k] == "the"), b, lead=True)
    if found is not None:
        return found
    found = _people_named_before(doc, k, b)
    if found is not None:
        return found
    role = doc.role_at(k, b)
    if role is not None:
        end, side, words = role
        # "the chargé d'affaires" is one person: an "s" that belongs to the singular
        plural = doc.view.surface(end - 1, end).lower().endswith("s") and words[-1] not in _SINGULAR_S
        if side is not None and words[-1] in act.side_groups and doc.caps[end - 1]:
            # an institution's name: "the Russian Ministry of Energy reported", "the Lao Ministry of
            # Industry and Commerce said"
            t = end
            while t + 1 < b and keys[t] in ("of", "and", "for") and doc.caps[t + 1] and is_word(keys[t + 1]):
                t += 2
                while t < b and doc.caps[t] and is_word(keys[t]):
                    t += 1
            end = t
        of = next((t for t in range(k + 1, end) if keys[t] == "of"), None)
        if side is None and of is not None and _plural_word(doc, of - 1):
            # spk11: "The heads of government agreed", "the heads of delegation noted": the role's
            # noun before "of" is plural, so the two people who spoke last, as "the ministers"
            pair = next((g for g, item in enumerate(act.groups) if item["resolve"] == "speakers"), None)
            if pair is not None:
                return _of_both(doc, end, b), "group", pair
        # keys fold plurals: "the official" is one person, "the officials" a side
        group = words[-1] in act.side_groups and (plural or words[-1] not in act.generic_roles)
        if side is not None and (plural or group):
            return end, "role", (doc.view.surface(k, end), side)  # "the Russian side", "party heads"
        if (
            plural and side is None and not group and words[-1] not in ("guest", "visitor", "host")
            and (words[-1] not in act.trades or sum(words[-1] in p.title for p in doc.people) >= 2)
        ):
            # "The diplomats discussed", "the ministers agreed": the two people who spoke last;
            # "the transport ministers of the two countries agreed": one of each, the same pair
            if not doc.caps[end - 1] and not any(words[-1] in p.title for p in doc.people) and (
                side := _one_group_side(doc, words, k)
            ) is not None and act.verbs.longest(keys, _skip_fillers(doc, end, b)) is not None:
                # probe 38p1: "The rectors said" after "a delegation of Vietnamese university rectors"
                # and nobody named so titled: the side the report brought them in with, as 35p8's
                # students (a role in lower case: "Both Deputy Prime Ministers" stays round 14's)
                return end, "role", (doc.view.surface(k, end), side)
            pair = next((g for g, item in enumerate(act.groups) if item["resolve"] == "speakers"), None)
            if pair is not None:
                return _of_both(doc, end, b), "group", pair
        if plural and side is None and words[-1] in act.trades:
            # probe 35p8: "The students said", "Many of the students said" after "45 Vietnamese
            # students": the side the report gave the same people when it brought them in
            side = _group_named_before(doc, words, k)
            if side is not None and act.verbs.longest(keys, _skip_fillers(doc, end, b)) is not None:
                return end, "role", (doc.view.surface(k, end), side)
            return None  # "The scientists said": people the report does not name
        if group:
            # "the host side", "the guest delegation": the side of the host or the guest
            # (round 19: "the host side" with nobody seen hosting: the dateline's side)
            side = _host_or_guest_side(doc, set(keys[k:end]))
            if side:
                return end, "role", (doc.view.surface(k, end), side)
            # "the ministry said": the side of the institution of that name the text named last
            # with a side word; not the side of a person the sentence names ("Chernyshenko's visit
            # was confirmed, the ministry said": the visitor is the topic, not the source)
            # r27a: not a body named in full ("the Ministry of Public Security"): its own name, read
            # below, tells whose it is, not the last body of its head named with a side word
            in_full = doc.caps[end - 1] and end + 1 < b and keys[end] == "of" and doc.caps[end + 1]
            side = doc.institution_side(words[-1], k) if not in_full else None
            if side is None and words[-1] == "ministry" and not doc.caps[end - 1] and doc.dateline_side is not None:
                # spk14: "The ministry said" after a bare "Ministry of Economic Development" in copy
                # filed from a side's country: that country's ministry, as :func:`_home_ministry` reads it
                # speed: C-level search for the last "ministry" before (review 22), no scan per key
                last = next((t for t in reversed(_positions_before(keys, "ministry", k)) if t > 0), None)
                if last is not None and doc.caps[last] and last + 1 < k and keys[last + 1] == "of":
                    side = doc.dateline_side
            if side is None and keys[k] == "the" and end == k + 2 and not doc.caps[k + 1]:
                # probe 35p1: "The ministry said" after "The Primorye regional ministry of ... said":
                # the local body of that noun named last, with its place and level
                last = next((t for t in reversed(_positions_before(keys, words[-1], k)) if t > 1), None)
                if last is not None and not doc.caps[last] and keys[last - 1] in doc.act.local_levels:
                    a = last - 1
                    while a > 0 and doc.caps[a - 1] and is_word(keys[a - 1]):
                        a -= 1
                    side = _placed_level(doc, a, last + 1) if a < last - 1 else None
            if side is None and words[-1] == "government" and keys[k] == "the" and end == k + 2 and doc.caps[k + 1]:
                # probe 37p6: "the Government" capitalised and bare, in home copy (the agency's country
                # filed from a place of it), is that country's, as a bare ministry is (_home_ministry):
                # "PM X received Y, the Government portal reported" in VNA copy from Hanoi
                side = doc.home_side
                if side is not None:
                    while end < b and keys[end] in _GOVERNMENT_OUTLETS:
                        end += 1  # "the Government's news portal", "the Government press office"
                    if act.verbs.longest(keys, _skip_fillers(doc, end, b)) is None:
                        return None
                    return end, "role", (doc.view.surface(k, end), side)
            level = doc.modifiers & doc.act.local_levels
            if side is None and level:
                # "the regional government's press service reported": the side of the region named
                # last before ("The Republic of Tatarstan and Vietnam's Bac Ninh Province ...")
                # (each level in sorted order: a set's own order follows string hashing, per process)
                side = next((s for s in (_local_side(doc, lv, k) for lv in sorted(level)) if s is not None), None)
                if side is None:
                    side = _placed_level(doc, k, end)
                if side is None and words[-1] in _LOCAL_GOVERNMENTS and end + 1 < b and doc.view.possessive(end) and (
                    keys[end] in _OFFICE
                ):
                    # p34p7: "Primorye will launch ..., the regional government's press service said" with no
                    # place of that level named with a side before: the copy's agency's country (a press
                    # service is a home body's habit, r26b), else the dateline's, as r32i reads "the press
                    # service" after it
                    side = _local_government_home(doc)
                if side is not None:
                    if end < b and doc.view.possessive(end):
                        while end < b and keys[end] in _OFFICE:
                            end += 1  # "'s press service"
                    while end + 1 < b and keys[end] in ("of", "and") and not doc.caps[end + 1] and (
                        keys[end + 1] in doc.domain
                    ):
                        end += 2  # "the regional ministry of industry and trade"
                    if end + 1 < b and "of" in keys[k : end + 1] and act.verbs.longest(keys, _skip_fillers(doc, end, b)) is None:
                        # probe 35p1: "the Primorye regional ministry of international relations said":
                        # the ministry's field in lower case runs on to the verb
                        u = next((u for u in range(end + 1, min(b, end + 5))
                                  if act.verbs.longest(keys, _skip_fillers(doc, u, b)) is not None), None)
                        if u is not None and all(not doc.caps[x] and is_word(keys[x]) for x in range(end, u)):
                            end = u
                    return end, "role", (doc.view.surface(k, end), side)
            if side is None and words[-1] == "ministry" and not plural:
                # "the defence ministry said" after "Defence Minister Rajiv Menon": the ministry of
                # the ministers whose title holds its field, when they are of one side
                field = {keys[t] for t in range(k, end - 1) if not doc.caps[t] and keys[t] in doc.domain}
                # r28g: "the ministry" bare, with no ministry named, after "Lao Minister of Education
                # and Sports X": the ministers' ministry, all ministers named before of one side
                bare = keys[k] == "the" and end == k + 2 and not doc.caps[end - 1]
                sides = {p.side for p in doc.people if p.first < k and "minister" in p.title
                         and (field and field <= p.title or bare and "prime" not in p.title)}
                # (one of no side: which ministry is unsure)
                side = sides.pop() if len(sides) == 1 else None
                if side is None and len(sides) > 1 and bare and doc.sentence is not None:
                    # p34p7: "Russian Minister X held talks with Vietnamese Minister Y, the ministry's press
                    # service reported": ministers of two sides, the ministry of the one its sentence opens with
                    opener = doc.title_skip(doc.sentence[0], k)
                    if opener is not None and opener[0] < k and opener[2][0] == "discovered":
                        p = doc.people[opener[2][1]]
                        side = p.side if "minister" in p.title and "prime" not in p.title else None
            if side is None and words[-1] in _MISSIONS:
                # "the consulate added" after "Vietnamese Consul General X": the mission its head
                # named last before leads, when no mission was named with a side word
                side = next((p.side for p in sorted(doc.people, key=lambda p: -p.first)
                             if p.first < k and p.side and _MISSIONS[words[-1]] in p.title), None)
            if side is not None:
                return end, "role", (doc.view.surface(k, end), side)
            if doc.caps[k + (keys[k] == "the")]:
                # "The Ministry of Science and Higher Education said": a body named in a person's title
                found = _apposed_institution(doc, k + (keys[k] == "the"), b)
                if found is None and words[-1] == "ministry" and not plural:
                    found = _home_ministry(doc, k + (keys[k] == "the"), end, b)
                return found
            return None  # "the ministry": a source of no known side (see _source)
        if keys[k] in ("a", "an"):
            # "A student said", "an official said": an article is no name, and "a" brings someone
            # new, not a person named before; only a side word tells whose ("a Russian official"),
            # or the institution the role is of ("A representative of the Hà Nội People's Committee")
            of = next((x for x in range(k + 2, min(b - 1, end + 1)) if keys[x] in ("of", "for")), None)
            if side is None and of is not None:
                v = of + 1 + (keys[of + 1] == "the")
                inst = _named_institution(doc, of + 1, b) or _bare_home_ministry(doc, of + 1, b)
                if v in doc.side_at:  # "a spokesman for the Russian Ministry of Culture"
                    side, e = doc.side_at[v][1], doc._caps_run_end(doc.side_at[v][0], b)
                    while e + 1 < b and keys[e] in ("of", "and", "for") and doc.caps[e + 1]:
                        e = doc._caps_run_end(e + 1, b)
                    end = max(end, e)
                elif inst is not None:
                    end, side = max(end, inst[0]), inst[2][1]
            if side is None and of is None and end == k + 3 and keys[k + 2] in _VOICES and (
                keys[k + 1] in act.side_groups and not doc.caps[k + 1]
            ):
                # probe 35p4: "a ministry spokesman said" after "the Russian Health Ministry said": the
                # voice of the body of that noun the text named last with a side word, as "the
                # ministry said" reads it ("a company spokesman" of no body named so stays no one's)
                side = doc.institution_side(keys[k + 1], k)
            while of is not None and end + 1 < b and keys[end] in ("of", "and", "for") and doc.caps[end + 1]:
                # spk15: "a representative of the Lao Ministry of Education and Sports briefed": the
                # body's name runs on past the side word the role phrase took in
                end = doc._caps_run_end(end + 1, b)
            return (end, "role", (doc.view.surface(k, end), side)) if side is not None else None
        if side is None and words[-1] in ("guest", "visitor") and doc.guest is None:
            # (probe 34p5: "The visitors said" too, a delegation's members)
            # probe 33p2: "The guest thanked him" after "X hosted a reception for the CPRF delegation":
            # the received delegation's side, not the host, the only person named
            guest_side = _received_delegation_side(doc, k)
            p = doc.resolve_role(k, side, words)
            if guest_side is not None and (p is None or doc.people[p].side != guest_side):
                return end, "role", (doc.view.surface(k, end), guest_side)
        p = doc.resolve_role(k, side, words)
        if side is None and not plural and keys[k] == "the" and words[-1] in _UNNAMED_DIPLOMATS and (
            p is None or (words[-1] == "ambassador" and not doc.people[p].title & _ROLE_KIN["diplomat"])
        ) and (unnamed := _unnamed_diplomat_side(doc, words[-1], k)) is not None:
            # probe 39p1: "X hosted a reception for the Russian Ambassador. The ambassador pledged":
            # nobody titled so is named, the ambassador (or mission) named with a side word is
            # meant, not the host named last; "the diplomat" may be any person of foreign affairs
            # named before (a deputy foreign minister at an embassy's reception), so only with nobody
            return end, "role", (doc.view.surface(k, end), unnamed)
        if (p is not None and end + 1 < b and keys[end] == "from" and doc.caps[end + 1] and is_word(keys[end + 1])
                and end + 1 not in doc.side_at):
            # "The guest from Đà Nẵng invited ...": the place its holder came from, then the verb
            # (not a side's name, which _subject reads as a side: "the guest from Russia")
            e = doc._caps_run_end(end + 1, b)
            if act.verbs.longest(keys, _skip_fillers(doc, e, b)) is not None:
                end = e
        if p is not None:
            if end + 1 < b and keys[end] == "and" and (other := doc.role_at(end + 1, b)) is not None:
                # "The host and the guest agreed", "The envoy and the Russian executive discussed"
                q = doc.resolve_role(end + 1, other[1], other[2])
                if q in (None, p) and {words[-1], other[2][-1]} == {"host", "guest"}:
                    # probe 12: nobody seen receiving ("X held talks with Y"), and both roles fell
                    # on one person: the pair is that person and the one of the other side the
                    # report opens with
                    q = next((o for o in doc._opening_people() if doc.people[o].side is not None
                              and doc.people[o].side != doc.people[p].side), None)
                if q is not None and q != p:
                    return other[0], "people", (("discovered", p), ("discovered", q))
            return end, "role", ("discovered", p)
        if side is None and p is None and not plural and keys[k] == "the" and words[-1] in _MISSION_HEADS:
            side = _mission_side(doc, _MISSION_HEADS[words[-1]], k)
        if side is None and words[-1] == "host" and doc.host is None:
            # "the hosts" with no person of the dateline's side named (probe 34p5: the place visited first)
            side = doc.visited_side(k) or doc.dateline_side
        if side is None and doc.modifiers & act.local_levels:
            end, side = _local_leader(doc, k, end, b, tuple(words))
        if side is not None:
            return end, "role", (doc.view.surface(k, end), side)
        if keys[k] == "the" and end == k + 2 and words[-1] in _VOICES and any(
            keys[t] == words[-1] and doc.caps[t - 1] and keys[t - 2] in ("a", "an", "the") for t in range(2, k)
        ):
            # '"...," the spokesman said' after "A Petrovietnam spokesman told TASS" and nobody so
            # titled: that body's voice, of a side or not (_resolve_document keeps it)
            return end, "role", (doc.view.surface(k, end), None)
        return None
    sides = []
    t = k + 1 if keys[k] == "the" and k + 1 in doc.side_at else k  # "the Kremlin said"
    pair = _city_pair(doc, t, b)
    if pair is not None:
        return pair
    while t < b and (t in doc.side_at or t in doc.capital_at):  # "Beijing said": a capital as subject
        e, side = doc.side_at.get(t) or doc.capital_at[t]
        sides.append(side)
        t = e
        if t < b and keys[t] == "and" and (t + 1 in doc.side_at or t + 1 in doc.capital_at):
            t += 1
            continue
        if t + 1 < b and keys[t] == "," and t + 1 in doc.side_at and not sides[1:]:
            # p34p1: a headline's pair joined by a comma ("Vietnam, Cuba pledge stronger ties in
            # ...") is both sides, as "Vietnam and Cuba pledge" is; a verb must follow (below)
            t += 1
            continue
        break
    if sides and (t >= b or not doc.caps[t] or not is_word(keys[t])):
        if len(sides) == 1:  # "the Kremlin press service said", "Russian officials said"
            u = _source_end(doc, t, b)
            if u > t and u + 1 < b and keys[u] == "in" and u + 1 in doc.side_at:
                # r32h: a side's body placed in the other country stays its side's ("the Vietnamese
                # trade mission in Russia said", "Vietnamese officials in Moscow said")
                u = doc.side_at[u + 1][0]
            if u > t and act.verbs.longest(keys, _skip_fillers(doc, u, b)) is not None:
                t = u
        return t, "sides", tuple(sides)
    return _named_institution(doc, k, b)


def _source_end(doc: _Document, t: int, b: int) -> int:
    """The key after a side's source named in lower case right after its side word at key ``t``
    ("Russian officials", "the Kremlin press service"), or ``t``. Probe 38p3: up to two plain
    lower-case words of its remit may stand before the source noun ("Russian transport police said",
    "Vietnamese tourism officials said"); the run ends at its last source noun, and a word of a
    remit with no source noun after it ("Russian transport firms") is none."""
    keys, act = doc.keys, doc.act
    u = end = t
    while u < b and u - t < 3 and not doc.caps[u]:
        if keys[u] in act.sources:
            end = u + 1
        elif not is_word(keys[u]) or keys[u] in _FUNCTION or act.verbs.longest(keys, u) is not None:
            break
        u += 1
    return end


def _city_pair(doc: _Document, t: int, b: int):
    """probe 37p3: two cities of two sides (names.yml ``cities``, ``capitals``) joined by "and" as the
    subject, a reporting verb after them: (end, "sides", their sides), as "Việt Nam and China agreed"
    ("Hải Phòng and Vladivostok agreed to open a container line": both). One city, or two of one
    side, is None (the rules after read them)."""
    keys = doc.keys

    def place(u):
        if u >= b:
            return None
        return doc.side_at.get(u) or doc.capital_at.get(u) or doc.city_at(u)

    first = place(t)
    if first is None or doc.side_at.get(t) is not None and doc.capital_at.get(t) is None and doc.city_at(t) is None:
        return None  # a country first is the loop's
    e = first[0]
    if e < b and keys[e] in _PLACE_UNITS:
        e += 1
    if not (e + 1 < b and keys[e] == "and"):
        return None
    second = place(e + 1)
    if second is None or second[1] == first[1]:
        return None
    end = second[0]
    if end < b and keys[end] in _PLACE_UNITS:
        end += 1
    if doc.act.verbs.longest(keys, _skip_fillers(doc, end, b)) is None:
        return None
    return end, "sides", (first[1], second[1])


#: probe 37p3: a city's unit word after its name ("Hải Phòng City and Vladivostok"), as keys
_PLACE_UNITS = frozenset({"city", "province", "region", "territory", "oblast"})


#: probe 35p8: people of no office named in a plural of no "s" ("the alumni", "the young people"), as keys
_PLURAL_PEOPLE = (("alumni",), ("young", "people"))
#: probe 35p8: words of a part of a group before "of the" ("Many of the students said")
_GROUP_PARTS = frozenset({"many", "some", "most", "several", "all", "none", "one", "two", "three"})


def _people_named_before(doc: _Document, k: int, b: int):
    """probe 35p8: "The alumni recalled", "The young people said": (end, "role", (label, side)) of
    people of no office in a plural of no "s" (no role of actors.yml: "People's Committee" is no
    title) with the side the report gave them before (:func:`_group_named_before`), or None."""
    if doc.keys[k] != "the":
        return None
    for words in _PLURAL_PEOPLE:
        e = k + 1 + len(words)
        if tuple(doc.keys[k + 1 : e]) == words and doc.act.verbs.longest(doc.keys, _skip_fillers(doc, e, b)) is not None:
            side = _group_named_before(doc, words, k)
            return (e, "role", (doc.view.surface(k, e), side)) if side is not None else None
    return None


def _group_named_before(doc: _Document, words: tuple, k: int):
    """probe 35p8: the side of people of a trade with no office ("students", "alumni", "young
    people") where the report brought them in before key ``k`` with a side word right before them
    ("45 Vietnamese students", "Lao exchange students", "young people from Hải Phòng" of a place
    of that side), the nearest such; None when nothing before gives them a side ("The students
    said" alone: people the report does not place)."""
    return next(_group_sides(doc, words, k), None)


def _group_sides(doc: _Document, words: tuple, k: int):
    """The sides :func:`_group_named_before` reads, one for each time the report brought the people
    ``words`` in before key ``k`` with one, nearest first (review 54: all of them, for probe 38p1's
    plural roles)."""
    keys, n = doc.keys, len(words)
    for t in range(k - n, 0, -1):
        if tuple(keys[t : t + n]) != words:
            continue
        for u in (t, t - 1):  # right before, or one lower-case word between ("Lao exchange students")
            a = doc.side_cover.get(u - 1)
            if a is not None and doc.side_at[a][0] == u and not (u == t - 1 and (doc.caps[u] or not is_word(keys[u]))):
                yield doc.side_at[a][1]
                break
        else:
            e = t + n
            if e + 1 < len(keys) and keys[e] in ("from", "of") and (e + 1 in doc.side_at or e + 1 in doc.capital_at):
                yield (doc.side_at.get(e + 1) or doc.capital_at[e + 1])[1]  # "students from Laos"
            elif e + 1 < len(keys) and keys[e] == "from" and doc.caps[e + 1]:
                # "young people from Hải Phòng": a place spelled with Vietnamese marks is of that origin
                f = _caps_end(doc, e + 1)
                origin = doc.act.origin_sides.get("vietnamese")
                if origin is not None and _vietnamese_marks(doc.view.surface(e + 1, f)):
                    yield origin


def _one_group_side(doc: _Document, words: tuple, k: int):
    """Review 54: the side probe 38p1's plural role ("The rectors said") takes from the people the
    report brought in before key ``k`` (:func:`_group_sides`), when they came in with that side only
    and no counterparts of another side met them; None otherwise ("a delegation of Vietnamese
    university rectors met Russian rectors", "Vietnamese rectors met their Russian counterparts":
    both sides, round 14's pair)."""
    sides = set(_group_sides(doc, words, k))
    if len(sides) != 1:
        return None
    side = sides.pop()
    for t in _positions_before(doc.keys, "counterpart", k):
        a = doc.side_cover.get(t - 1)
        if a is not None and doc.side_at[a][1] != side:
            return None
    return side


def _named_and_counterpart(doc: _Document, refs: list, t: int, b: int):
    """probe 35p4: "Foreign Minister X and his Russian counterpart agreed ...": a named person and
    "his/her" counterpart of another side's word, as the subject of one verb, are both sides
    ((end, "sides", (side of X, side of the counterpart)) or None). The counterpart may go unnamed;
    a counterpart of the person's own side, or of no side word, is no pair here."""
    keys = doc.keys
    if len(refs) != 1 or not (t + 1 < b and keys[t] == "and" and keys[t + 1] in ("his", "her")):
        return None
    role = doc.role_at(t + 1, b)
    if role is None or role[2][-1] != "counterpart" or role[1] is None:
        return None
    how, value = refs[0]
    mine = _ref_side(doc, how, value)
    if mine is None or mine == role[1] or _verb_after(doc, role[0], b) is None:
        return None
    return role[0], "sides", (mine, role[1])


def _local_leader(doc: _Document, k: int, end: int, b: int, words: tuple):
    """spk15: (end, side) of a local role nobody holds ("the provincial leader"): the side of the
    place it names after "of" ("the provincial leader of Bà Rịa–Vũng Tàu said") or the place its
    sentence opens with ("In Xiengkhouang, the provincial leader thanked ..."), by the place's
    spelling (:func:`_side_by_spelling`); (end, None) when neither is named."""
    keys, caps = doc.keys, doc.caps
    if end + 1 < b and keys[end] == "of" and caps[end + 1] and end + 1 not in doc.side_cover:
        e = end + 1
        while e < b and e - end < 6 and (caps[e] and is_word(keys[e]) or keys[e] in ("-", "–") and e + 1 < b and caps[e + 1]):
            e += 1
        side = _side_by_spelling(doc, doc.view.surface(end + 1, e))
        return _remember_local(doc, words, k, e, side) if side is not None else (end, None)
    a = (doc.sentence or (k, b))[0]
    if a + 2 < k and keys[a] == "in" and caps[a + 1] and a + 1 not in doc.side_cover and not (
            keys[a + 1] in MONTHS or keys[a + 1] in doc.act.time_words):  # review 26: "In March, ...": a time
        e = a + 1
        while e < k and caps[e] and is_word(keys[e]):
            e += 1
        if keys[e] == ",":
            # review 26: a capital has its country's side ("In Hanoi, the city leader"), whatever its spelling
            side = doc.capital_at[a + 1][1] if a + 1 in doc.capital_at else _side_by_spelling(
                doc, doc.view.surface(a + 1, e))
            if side is not None:
                return _remember_local(doc, words, k, end, side)
    # the same local role again ("The provincial leader added ..."): the one placed before
    before = [(t, sd) for t, sd in doc._local_roles.get(words, ()) if t < k]
    return end, (before[-1][1] if before else None)


def _remember_local(doc: _Document, words: tuple, k: int, end: int, side: str):
    """Keep where a local role was placed and its side, for the same role named again."""
    placed = doc._local_roles.setdefault(words, [])
    if (k, side) not in placed:
        placed.append((k, side))
    return end, side


_MISSIONS = {"embassy": "ambassador", "consulate": "consul"}  # a diplomatic mission: its head's title
_MISSION_HEADS = {v: k for k, v in _MISSIONS.items()}  # probe 34p4: a head's title: the mission


def _mission_side(doc: _Document, mission: str, k: int):
    """probe 34p4: "The ambassador said" with nobody so titled in the report: the side of the one
    mission of that kind the report named before key ``k`` with a side word ("the Russian Embassy",
    "the Embassy of Russia"), or None (none, or missions of two sides)."""
    keys = doc.keys
    found = set()
    for t in _positions_before(keys, mission, k):
        if t > 0 and t - 1 in doc.side_cover:
            found.add(doc.side_at[doc.side_cover[t - 1]][1])
        elif t + 2 < k and keys[t + 1] == "of":
            v = t + 2 + (keys[t + 2] == "the")
            if v in doc.side_at:
                found.add(doc.side_at[v][1])
    return found.pop() if len(found) == 1 else None


#: probe 39p1: roles of a diplomat, and the keys that name an unnamed holder or his mission before
_UNNAMED_DIPLOMATS = {"ambassador": ("ambassador", "embassy"), "envoy": ("ambassador", "embassy", "consulate"),
                      "diplomat": ("ambassador", "embassy", "consulate")}


def _unnamed_diplomat_side(doc: _Document, role: str, k: int):
    """probe 39p1: "the ambassador" or "the diplomat" when no diplomat is named as a person before key
    ``k``: the one side of the ambassadors and missions the report named before with a side word ("a
    reception for the Russian Ambassador", "the Russian Consulate General told TASS"), or None."""
    found = {side for key in _UNNAMED_DIPLOMATS[role] if (side := _mission_side(doc, key, k)) is not None}
    return found.pop() if len(found) == 1 else None


_BOTH = (("of", "the", "two"), ("of", "both"))
# spk14: "the heads of the two delegations/parliaments/commissions" are a pair as "of the two ministries"
_PAIRED = frozenset({"country", "side", "nation", "government", "party", "ministry", "delegation", "parliament",
                     "commission", "committee"})


def _full_name_at(doc: _Document, k: int) -> bool:
    """True if a name of two words or more starts at key ``k``: "He Wei said" names the Chinese
    ambassador He Wei, no "he"."""
    hit = doc.mention_at.get(k)
    return hit is not None and hit[0] > k + 1


def _of_both(doc: _Document, end: int, b: int) -> int:
    """The end of "of the two countries" or "of both sides" after a plural role ending at key
    ``end`` ("the ministers of the two countries"), else ``end``."""
    for words in _BOTH:
        t = end + len(words)
        if t < b and tuple(doc.keys[end:t]) == words and doc.keys[t] in _PAIRED and (
            doc.keys[t] not in _PAIRED_IF_NAMED or _named_of_two_sides(doc, t)
        ):
            return t + 1
    return end


# Review 22: bodies one country often has two of ("the National Assembly's Foreign Affairs Committee
# and Economic Committee"): "the two committees" are one per side only when the text named them so
_PAIRED_IF_NAMED = frozenset({"committee", "commission"})


def _named_of_two_sides(doc: _Document, t: int) -> bool:
    """True if the text before key ``t`` named bodies of the head at ``t`` with side words of two
    sides within a few keys before the head ("the Vietnamese commission ... the Russian Commission
    for ..."), so "the heads of the two commissions" are one of each (review 22)."""
    keys = doc.keys
    found = set()
    for u in _positions_before(keys, keys[t], t):  # speed: only where the head stands
        for x in range(u - 1, max(-1, u - 6), -1):
            if x in doc.side_at:
                found.add(doc.side_at[x][1])
                break
            if keys[x] in (",", ".", ";", "and"):
                break
    return len(found) >= 2


#: probe 34p9: capitalised words of a kind of body that qualify a pair as lower-case words do ("the two
#: Party delegations pledged", "the two Government delegations agreed"): no name ("the two Koreas")
_PAIR_BODY_WORDS = frozenset({"party", "government", "state", "parliament", "parliamentary", "army", "youth"})


def _pair_subject(doc: _Document, k: int, b: int):
    """A pair as subject: (end, "group", index) of the group that resolves to the last two speakers,
    or None ("The two deputy chiefs of diplomacy agreed", "both envoys noted").

    A plural subject opened by "the two" or "both", of lower-case words or title words ("the two
    Vice Ministers agreed"), right before a reporting verb; a name is no pair ("the two Koreas").
    """
    keys, act = doc.keys, doc.act
    if keys[k] == "the" and k + 1 < b and keys[k + 1] == "two":
        t0 = k + 2
    elif keys[k] == "both":
        t0 = k + 1
    else:
        return None
    group = next((g for g, item in enumerate(act.groups) if item["resolve"] == "speakers"), None)
    if group is None:
        return None
    for t in range(t0 + 1, min(b, t0 + 6)):
        if (doc.caps[t - 1] and keys[t - 1] not in doc.names.titles and keys[t - 1] not in _PAIR_BODY_WORDS
                ) or not is_word(keys[t - 1]) or keys[t - 1] in act.verbs:
            return None
        if act.verbs.longest(keys, _skip_fillers(doc, t, b)) is not None:
            return t, "group", group
    return None


def _officials_of_both(doc: _Document, k: int, b: int):
    """r26b: people of both sides as a plural subject, right before a reporting verb: (end,
    "group", index of the group of both sides) or None. "Russian and Vietnamese officials agreed"
    (two side adjectives of two sides, then a plural role or side group); "officials from the two
    countries said", "experts of both sides noted" (a plural role or side group, "of" or "from",
    then a phrase of the group of both sides)."""
    keys, act = doc.keys, doc.act
    group = next((g for g, item in enumerate(act.groups) if item["side"] == JOINT and item["resolve"] == "none"), None)
    t = k + (keys[k] == "the")
    if group is None or t >= b:
        return None
    first = doc.side_at.get(t)
    if first is not None and first[0] + 1 < b and keys[first[0]] == "and":
        second = doc.side_at.get(first[0] + 1)
        if second is None or second[1] == first[1]:
            return None
        t = second[0]  # "Russian and Vietnamese officials"
        end = _plural_people(doc, t, b)
        # probe 34p4: a field before the plural role ("the Vietnamese and Russian transport ministers
        # agreed", "oil and gas experts"): at most three lower-case words that are no reporting verb
        for skip in (1, 2, 3):
            if end is not None or t + skip >= b:
                break
            if any(doc.caps[u] or not keys[u].isalpha() or act.verbs.longest(keys, u) is not None
                   for u in range(t, t + skip)):
                break
            end = _plural_people(doc, t + skip, b)
    else:
        if t > k:
            return None  # "the ministers of both sides": the two people named (round 16's pair)
        end = _plural_people(doc, t, b)
        if end is None or end + 1 >= b or keys[end] not in ("of", "from"):
            return None
        hit = act.subjects.longest(keys, end + 1)
        if hit is None or hit[1][0] != "group" or act.groups[hit[1][1]]["side"] != JOINT:
            return None  # "officials of the ministry", "officials from Hanoi"
        end = hit[0]
    if end is None or (act.verbs.longest(keys, _skip_fillers(doc, end, b)) is None and not _speech_participle(doc, end)):
        return None
    return end, "group", group


def _two_bodies(doc: _Document, k: int, b: int):
    """r26b: two bodies of two sides joined by "and", right before a reporting verb: (end, "group",
    index of the group of both sides) or None. "The Ministry of Science and Technology and the Russian
    Science Foundation (RSF) on Thursday announced ..." (a ministry named bare in Hà Nội copy, and a
    Russian body). Bodies of one side, one of no side, and people are none."""
    keys, act = doc.keys, doc.act
    if k + 3 >= b or not (doc.caps[k] or keys[k] == "the") or keys[k] == "and":
        return None
    for j in range(k + 2, min(b - 1, k + _BODY_SPAN)):
        if keys[j] != "and" or not (doc.caps[j + 1] or keys[j + 1] == "the"):
            continue
        first = _subject(doc, k, j)
        if first is None or first[0] != j or first[1] != "role" or first[2][0] in ("known", "discovered"):
            continue
        second = _subject(doc, j + 1, b)
        if second is None or second[1] != "role" or second[2][0] in ("known", "discovered"):
            continue  # an "and" inside the first name ("the Ministry of Science and Technology")
        if None in (first[2][1], second[2][1]) or first[2][1] == second[2][1]:
            return None
        end = second[0]
        if end < b and keys[end] == "(":  # "(RSF)": the short form
            end = next((t + 1 for t in range(end, min(b, end + 4)) if keys[t] == ")"), end)
        group = next((g for g, item in enumerate(act.groups) if item["side"] == JOINT and item["resolve"] == "none"), None)
        if group is None or act.verbs.longest(keys, _skip_fillers(doc, end, b)) is None:
            return None
        return end, "group", group
    return None


_BODY_SPAN = 12  # keys of the first body's name, up to its "and"


def _speech_participle(doc: _Document, t: int) -> bool:
    """True if key ``t`` is the participle in -ing of a reporting verb ("hailing", "praising",
    "saying", "noting": the verb's past form is a reporting verb, or the participle is one of
    speech), as in "..., with officials of both countries hailing it as a model"."""
    key = doc.keys[t] if t < doc.n else ""
    if not key.endswith("ing") or len(key) < 6:
        return False
    if key in ("saying", "telling"):
        return True
    stem = key[:-3]
    # "hailing": "hailed", "praising": "praised"; probe 33p1: a stem ending in "e" takes "d" alone
    # ("agreeing": "agreed", as "..., with both sides agreeing to ...")
    forms = [stem + "ed"] + ([stem + "d"] if stem.endswith("e") else [])
    return any(doc.act.verbs.longest([f], 0) is not None for f in forms)


def _plural_people(doc: _Document, t: int, b: int):
    """The end of a plural lower-case role or side group at key ``t`` ("officials", "experts",
    "scientists", "representatives"), or None."""
    if t >= b or (doc.caps[t] and not doc.view.initial[t]) or not doc.view.surface(t, t + 1).lower().endswith("s"):
        return None
    if doc.keys[t] in doc.act.side_groups:
        return t + 1
    role = doc.act.roles.longest(doc.keys, t)
    return role[0] if role is not None and role[0] == t + 1 else None


def _joint_leaders(doc: _Document, k: int, b: int):
    """Leaders of two places as subject: (end, "group", index) of the group of both sides, (end,
    "role", (label, side)) when both places are of one side, or None ("Leaders of Điện Biên
    province and Laos's Phongsaly province agreed").

    A plural role ("leaders", "officials", "representatives") then "of", a name, "and" and another
    name, right before a reporting verb; the two names are of two different sides (a side word
    each, or a name spelled with Vietnamese marks for the side of that origin).
    """
    keys, act = doc.keys, doc.act
    t = k + (keys[k] == "the")
    if not (t + 1 < b and keys[t + 1] == "of" and act.roles.longest(keys, t) is not None):
        t = _bodies_before_of(doc, t, b)  # probe 38p4: "The central banks of Việt Nam and Russia agreed"
        if t is None:
            return None
    if not doc.view.surface(t, t + 1).lower().endswith("s"):
        return None  # one leader of two places is no pair
    group = next((g for g, item in enumerate(act.groups) if item["side"] == JOINT and item["resolve"] == "none"), None)
    if group is None:
        return None
    sides: list[set] = [set(), set()]  # the sides of the places before and after "and"
    marked = [False, False]  # a name spelled the Vietnamese way ("Lạng Sơn", "Lang Son")
    unplaced = [False, False]  # such a spelling without marks nor a place word ("Hong Kong")
    joined = 0
    for u in range(t + 2, min(b, t + 20)):
        if u in doc.side_at:
            sides[joined].add(doc.side_at[u][1])
        elif doc.caps[u] and _vietnamese_spelling(doc.view.surface(u, _caps_end(doc, u)), opening=True):
            # without marks only a place by its word ("province of Lang Son", "Lang Son province"):
            # "Hong Kong" is two syllables of that spelling too
            e = _caps_end(doc, u)
            if (_vietnamese_marks(doc.view.surface(u, e)) or keys[e - 1] in _PLACE_WORDS
                    or e < b and keys[e] in _PLACE_WORDS or u >= 2 and keys[u - 1] == "of" and keys[u - 2] in _PLACE_WORDS):
                marked[joined] = True
            else:
                unplaced[joined] = True
        if keys[u] == "and":
            if joined:
                return None
            joined = 1
            continue
        if joined and not doc.caps[u] and act.verbs.longest(keys, _skip_fillers(doc, u, b)) is not None:
            # two different sides, one a place of each: "the Russian Ministry of Energy and Rosatom",
            # "Russian firms and banks" are one side's; a place of no side word whose name is spelled
            # the Vietnamese way is of that origin's side
            origin = act.origin_sides.get("vietnamese")
            for x in (0, 1):
                if not sides[x] and marked[x] and origin is not None:
                    sides[x].add(origin)
            if all(len(x) == 1 for x in sides) and sides[0] != sides[1]:
                return u, "group", group
            one = sides[0] | sides[1]
            if any(unplaced[x] and not sides[x] and not marked[x] for x in (0, 1)) and one != {origin}:
                return None  # "Officials of Hong Kong and Russia's Primorye region": not Russia's alone
            if len(one) == 1:  # "Representatives of Russian firms and banks said": that side's
                return u, "role", (doc.view.surface(k, u), one.pop())
            return None
        if keys[u] in (",", ";", '"', ".") or act.verbs.longest(keys, u) is not None:
            return None
    return None


def _bodies_before_of(doc: _Document, t: int, b: int) -> int | None:
    """Probe 38p4: the key of a head noun of institutions (names.yml's heads: "banks", "agencies",
    "ministries") right before "of", after at most two lower-case words of its kind ("the central
    banks of Việt Nam and Russia", "the customs agencies of ..."), for :func:`_joint_leaders` to read
    the two places after it as it reads "the leaders of ..."; None otherwise (a capitalised name,
    "the Ministries of Industry and Trade"; a side word before it, "the Russian banks"; a verb)."""
    keys, heads = doc.keys, load_names().heads
    for p in range(t, min(b - 1, t + 3)):
        if keys[p] in heads and keys[p + 1] == "of" and not doc.caps[p]:
            return p
        if doc.caps[p] or not keys[p].isalpha() or p in doc.side_at or doc.act.verbs.longest(keys, p) is not None:
            return None
    return None


def _acting_subject_side(doc: _Document):
    """The side of the person who opens the sentence being parsed and is the subject of a verb in
    the past right after the name ("Menon offered Vietnam credit, ..."), or None ("Putin will
    visit ...", "Chernyshenko's visit ...")."""
    if doc.sentence is None:
        return None
    a, b = doc.sentence
    hit = doc.person_at(a, a)
    if hit is None or doc.people[hit[1]].side is None or hit[0] >= b:
        return None
    verb = doc.view.surface(hit[0], hit[0] + 1)
    if not (verb.islower() and verb.endswith("ed")) or doc.view.possessive(hit[0]):
        return None
    return doc.people[hit[1]].side


def _plural_word(doc: _Document, t: int) -> bool:
    """True if the word at key ``t`` is written in the plural ("heads": its key folds the "s")."""
    word = doc.view.surface(t, t + 1).lower()
    return word.endswith("s") and word != doc.keys[t] and doc.keys[t] not in _SINGULAR_S


def _bare_home_ministry(doc: _Document, k: int, b: int):
    """r37c: a ministry named in full with no side word after "of"/"for" a person or people
    ("Representatives of the Ministry of Industry and Trade reported", "a spokesperson for the
    Ministry of Education and Training"), in copy filed from a side's country: that country's own
    (:func:`institutions._home_ministry`), as the ministry alone would be; None otherwise."""
    t = k + (k < b and doc.keys[k] == "the")
    if t + 1 >= b or doc.keys[t] != "ministry" or not doc.caps[t]:
        return None
    return _home_ministry(doc, t, t + 1, b)


#: r38b: a group a body sends, speaking for it as its people do ("a delegation from the ministry")
_SENT_GROUPS = frozenset({"delegation", "team", "mission"})


def _people_of_body(doc: _Document, k: int, b: int):
    """r29e: plural people "of" or "from" a body speak for the body's side, as "a representative of
    the ministry" does: "Officials of the Russian Ministry of Transport proposed ...", "Experts from
    the Pingxiang Customs in China's Guangxi region said ...". The body's own name gives the side
    (:func:`_named_institution`), else a body named bare (capitalised, ending in a head) and placed
    "in" a side's country or a place of it. (end, "role", (label, side)) or None: no side ("officials
    of the ministry", "officials from Lạng Sơn") or no verb of speech after it."""
    keys = doc.keys
    end = _plural_people(doc, k, b)
    t = k + (k < b and keys[k] in ("a", "the"))
    if end is None and t < b and keys[t] in _SENT_GROUPS and not doc.caps[t]:
        end = t + 1  # r38b: "a delegation from the Russian Ministry of Labour told ...": one group, sent
    if end is None or end + 2 >= b or keys[end] not in ("of", "from"):
        return None
    u = end + 1
    found = _named_institution(doc, u, b) or _bare_home_ministry(doc, u, b)
    party = _party_named_at(doc, u, b) if found is None or found[2][1] is None else None
    if found is not None and found[2][1] is not None:
        e, side = found[0], found[2][1]
    elif party is not None:
        e, side = party  # r38b: "Officials of the Communist Party of Vietnam said": the party's side
    else:
        t = u + (keys[u] == "the")
        e = _caps_end(doc, t)
        head = keys[e - 1] in doc.names.heads or keys[e - 1] in _PLACE_BODY_HEADS  # "Customs", "University"
        if not (t < e <= b and e - t <= 5 and head and e + 1 < b and keys[e] == "in"):
            return None
        hit = doc.side_at.get(e + 1)
        if hit is None:
            return None
        side, e = hit[1], hit[0]
        if doc.view.possessive(e):  # "in China's Guangxi Zhuang Autonomous Region": the place of it
            e = _caps_end(doc, e)
            e += e < b and keys[e] in _PLACE_HEADS and not doc.caps[e]  # "... Guangxi region"
    if side is None or e >= b or doc.act.verbs.longest(keys, _skip_fillers(doc, e, b)) is None:
        return None
    return e, "role", (doc.view.surface(k, e), side)
