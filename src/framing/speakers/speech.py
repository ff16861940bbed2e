"""Reported speech in one sentence (see :mod:`framing.speakers`, "Reported speech"): a subject and
its verb (``_clause``), "according to" and other sources (``_source``), participles ("calling
for"), "quoted as saying", the passive agent, impersonal agreements; ``_parse`` tries them in turn."""

from __future__ import annotations

from framing.lexicons.actors import JOINT, NARRATOR
from framing.lexicons.names import is_word
from framing.lexicons.wordlists import ARTICLES, MONTHS
from framing.speakers._common import (
    _APPOSITION,
    _BE,
    _DETERMINERS,
    _LEVEL_PLACES,
    _QUOTES,
    _SINGULAR,
    _day_of_month,
    _first_keys,
    _past_year,
    _positions_before,
    _ref_side,
    _skip_fillers,
)
from framing.speakers.document import _Document
from framing.speakers.institutions import (
    _BODY_HEADS,
    _body_named_before,
    _country_named,
    _home_ministry,
    _host_institution,
    _local_side,
    _named_institution,
    _organisation_voice,
    _party_side,
    _press_service_owner,
)
from framing.speakers.sides import _DASHES  # review 50: one set of dashes (keys fold them to "-")
from framing.speakers.subjects import _speech_participle, _subject
from framing.speakers.verbs import _verb_after

_JOINING = frozenset({"and", "but", "while"})
_BACKING = frozenset({"backed", "supported", "endorsed", "seconded"})  # verbs of taking up another's idea


def _dated_before(doc: _Document, a: int, s: int, v: int, b: int) -> bool:
    """r26a: True if the clause whose verb ends at ``v`` (subject at ``s``, sentence at ``a``) is
    placed in a past year: "China and Vietnam agreed in 2024 to ...", "agreed last year", "In 2019,
    the two countries agreed ...": background the narrator reports, no speech of the meeting
    ("The two sides agreed to ...", "agreed on Monday" are)."""
    keys = doc.keys

    def year(t: int) -> bool:
        return t < b and len(keys[t]) == 4 and keys[t].isdigit() and keys[t][:2] in ("19", "20")

    u = v + (v < b and keys[v] == "back")
    if u + 1 < b and keys[u] == "in" and (year(u + 1) or keys[u + 1] in MONTHS and year(u + 2)):
        return True
    if u + 1 < b and keys[u] == "last" and keys[u + 1] == "year":
        return True
    return s >= a + 3 and keys[a] == "in" and year(a + 1) and keys[a + 2] == ","
_PROPOSALS = frozenset({"proposal", "idea", "suggestion", "initiative"})


_PLACE_LEVELS = {word: level for level, words in _LEVEL_PLACES.items() for word in sorted(words)}  # "republic": "regional"


#: r32c: words of a home place after its name ("worker X from Nghệ An province said")
_HOME_UNITS = frozenset({"province", "city", "region", "district", "commune", "village", "oblast"})


def _home_of_person(doc: _Document, t: int, b: int) -> int:
    """r32c: the key after "from" + a capitalised place and a word of :data:`_HOME_UNITS` ("from Nghệ
    An province") at key ``t`` (which holds "from"), or ``t`` when no capitalised place follows: the
    person's home stands between the name and the verb. "X from the ministry" is untouched."""
    e = doc._caps_run_end(t + 1, b)
    if e == t + 1:
        return t
    return e + (e < b and doc.keys[e] in _HOME_UNITS)


def _body_of_person(doc: _Document, t: int, b: int) -> int:
    """The key after "of" + a capitalised body ("of the Vietnamese Embassy") and the place it is
    in ("in Russia") at key ``t`` (which holds "of"), or ``t`` when no such body follows."""
    keys, caps = doc.keys, doc.caps
    e = t + 1 + (t + 1 < b and keys[t + 1] == "the")
    if e >= b or not (caps[e] and is_word(keys[e])):
        return t
    while e < b and ((caps[e] and is_word(keys[e])) or (keys[e] in ("of", "and", "for") and e + 1 < b and caps[e + 1])):
        e += 1
    if e + 1 < b and keys[e] in ("in", "at") and caps[e + 1] and is_word(keys[e + 1]):
        e += 1
        while e < b and caps[e] and is_word(keys[e]):
            e += 1
    return e


def _sharing_lead(doc: _Document, s: int):
    """Probe 34p6: the people of a leading "Sharing/Echoing <person>'s view," that ends right before
    the clause at key ``s`` ("Sharing Mẫn's view, Volodin said"), or None."""
    keys = doc.keys
    a = doc.sentence[0]
    if not (a + 3 < s and keys[a] in ("sharing", "echoing") and keys[s - 1] == ","):
        return None
    other = _subject(doc, a + 1, s)
    if other is None or other[1] != "people" or other[0] >= s or keys[other[0]] not in doc.act.view_nouns:
        return None
    if any(keys[t] == "," for t in range(other[0], s - 1)):
        return None  # the leading phrase goes on past the view ("Sharing Mẫn's view on trade, which ...,")
    return other[2]


def _clause(doc: _Document, s: int, b: int):
    """(kind, value, subject end) of a clause at ``s`` with a reporting verb, or None."""
    keys, act = doc.keys, doc.act
    # right after a closing quotation mark ('...," Belov continued'): verbs of going on report speech
    closed = s > 0 and keys[s - 1] == "," and s < b and keys[s] in ('"', "'")
    opened = s
    while s < b and keys[s] in _QUOTES:
        s += 1
    # round 20: ", and wished Vietnamese communists success" is a second verb of the subject before
    # the comma, whose object is no inverted subject ("..., said Tô Lâm" has no "and")
    joined = any(keys[t] in _JOINING for t in range(opened, s))
    subj = _subject(doc, s, b)
    if subj is not None:
        end, kind, value = subj
        if kind == "continuation":
            return kind, value, end
        v = _verb_after(doc, end, b)
        if v is not None and end < b and doc.view.possessive(end) and v - 1 == end:
            return None  # "Putin's wishes for peace were read out": the verb's word is the subject's noun
        if v is None and kind == "role" and end + 1 < b and keys[end] in ("in", "to"):
            # "the Russian Embassy in Hanoi said": where the body sits, a capital or a country,
            # stands between it and its verb; spk15: so does the country of a post ("The Russian
            # ambassador to Việt Nam on Monday praised", "The Vietnamese envoy to Moscow said")
            place = doc.capital_at.get(end + 1) or doc.side_at.get(end + 1)
            if place is None and end + 3 < b and keys[end + 1] == "the" and (hit := doc.side_at.get(end + 2)) \
                    and hit[0] < b and keys[hit[0]] == "capital":
                # r30b: "the Russian House in the Vietnamese capital said": a capital by its country's word
                place = (hit[0] + 1, hit[1])
            if place is not None:
                v = _verb_after(doc, place[0], b)
        if v is None and kind == "people" and end + 1 < b and keys[end] == "of":
            # round 22b: "Counsellor X of the Vietnamese Embassy in Russia told ...": the body the
            # person is of, and where it sits, stand between the name and the verb
            v = _verb_after(doc, _body_of_person(doc, end, b), b)
        if v is None and kind == "people" and end + 1 < b and keys[end] == "from":
            v = _verb_after(doc, _home_of_person(doc, end, b), b)
        if v is None and closed and (q := act.quote_verbs.longest(keys, _skip_fillers(doc, end, b))) is not None:
            v = q[0]
        if v is not None and kind in ("sides", "group") and _dated_before(doc, doc.sentence[0], s, v, b):
            return None  # r26a: "China and Vietnam agreed in 2024 to ...": background, the narrator's
        if v is not None and keys[v - 1] == "," and not (opened > doc.sentence[0] and keys[opened - 1] == ","):
            return None  # r27b: "held," speaks only between commas (", he held, prove"), not "Putin held, with X, talks"
        if v is not None:
            if kind == "people" and (lead := _sharing_lead(doc, s)) is not None and not set(lead) & set(value):
                # probe 34p6: "Sharing Mẫn's view, Volodin said ...": both hold the view, as
                # "Volodin shared Mẫn's view that ..."
                return "people", value + lead, end
            # "Belov shared Tâm's view that ...": both hold the view; probe 35p6: also "the host's
            # view" (a role that names a person) and "X said he shared Y's view that ..."
            if kind == "people" and (w := _shared_view_at(keys, v, b)) is not None:
                other = _subject(doc, w, b)
                if other is not None and other[0] < b and keys[other[0]] in act.view_nouns and (
                        other[1] == "people" or other[1] == "role" and other[2][0] == "discovered"):
                    theirs = other[2] if other[1] == "people" else (other[2],)
                    if not set(theirs) & set(value):
                        return "people", value + theirs, end
            if kind == "people" and keys[v - 1] in _BACKING:
                # "Kuprianov backed Thiêm's proposal to ...": one person's proposal the other
                # supports is what both hold, as a shared view
                other = _subject(doc, v, b)
                if other is not None and other[1] == "people" and other[0] < b and keys[other[0]] in _PROPOSALS:
                    return "people", value + other[2], end
            if keys[v - 1] in ("agreed", "concurred") and v + 2 < b and keys[v] == "with":
                # probe 9: "The Chinese guest agreed with his host that ...": both hold the view, as
                # "shared Tâm's view" ("agreed with Trạch's proposals" is one person's assent)
                other = _subject(doc, v + 1, b)  # "his host", "his Vietnamese counterpart": a role
                if other is not None and other[1] == "pronoun":
                    other = None  # "agreed with him": who "him" is, the subject may be
                mine = value if kind == "people" else (value,) if kind == "role" and value[0] == "discovered" else None
                if (other is not None and other[0] < b and keys[other[0]] == "that" and mine is not None
                        and (other[1] == "people" or other[1] == "role" and other[2][0] == "discovered")):
                    theirs = other[2] if other[1] == "people" else (other[2],)
                    if not set(theirs) & set(mine):
                        return "people", mine + theirs, end
            return kind, value, end
    verb = act.verbs.longest(keys, s) if not doc.caps[s] else None  # "..., said Tô Lâm"
    if verb is not None and keys[s] in act.receiving_verbs:
        verb = None  # r28e: "X, Secretary of ..., welcomed the Vietnamese delegation": whom X received, no inverted subject
    if verb is not None and not joined:
        subj = _subject(doc, verb[0], b)
        if subj is not None and subj[1] in ("people", "group", "role", "pronoun"):
            return subj[1], subj[2], subj[0]
    return None


_SHARING = ("shared", "echoed", "share", "shares")


def _shared_view_at(keys: list[str], v: int, b: int) -> int | None:
    """The key after a verb of sharing a view that ends at ``v`` ("Belov shared"), or that a subject
    pronoun reports after the verb ("X said he shared", "X said that she shares": probe 35p6);
    else None."""
    if keys[v - 1] in _SHARING:
        return v
    u = v + (v < b and keys[v] == "that")
    if u + 2 < b and keys[u] in ("he", "she") and keys[u + 1] in _SHARING:
        return u + 2
    return None


#: consistency 2: words of figures (keys, singular); figures "according to" a body's data are the
#: narrator's (guidelines: like official data), whoever gave them
_DATA_WORDS = frozenset({"data", "figure", "statistic", "estimate", "number"})

#: probe 27: papers a body or a person issues (keys): "a statement released by X" is X's voice
_PAPERS = frozenset({"statement", "release", "communique", "communiqué", "announcement", "notice"})


def _data_after(doc: _Document, e: int, b: int) -> bool:
    """True if a data word follows key ``e`` (a body's possessive end), past at most one lower-case
    word ("the ministry's statistics", "the ministry's latest figures")."""
    for x in range(e, min(b, e + 2)):
        if doc.keys[x] in _DATA_WORDS and not doc.caps[x]:
            return True
        if doc.caps[x] or not doc.keys[x].isalpha():
            return False
    return False


def _city_named_before(doc: _Document, a: int, k: int):
    """probe 37p3: the side of the last city (names.yml ``cities``, ``capitals``) the sentence of keys
    ``a:k`` names before an "according to the city's ..." ("Đà Nẵng received 90,000 visitors, according
    to the city's Department of Tourism": Việt Nam's, when the text names no country), or None."""
    side = None
    for t in range(a, k):
        hit = doc.city_at(t) or doc.capital_at.get(t)
        if hit is not None:
            side = hit[1]
    return side


def _source(doc: _Document, k: int, b: int, sentence: tuple[int, int]):
    """Who an "according to" phrase at ``k`` names: (kind, value) or None (the narrator)."""
    keys, act = doc.keys, doc.act
    if k < b and keys[k] in act.pronoun_forms:
        return "pronoun", keys[k]
    subj = _subject(doc, k, b)
    comma = next((t for t in range(k, subj[0]) if keys[t] == ","), None) if subj is not None else None
    if comma is not None and subj[1] == "people" and not (subj[0] < b and keys[subj[0]] == ","):
        # "According to the Russian minister, Sơn proposed ...": the comma ends the source, whose
        # name opens the clause after it (an apposition closes with a comma: "the minister, X, said")
        subj = _subject(doc, k, comma)
        b = comma
    if subj is not None and subj[1] == "role" and _data_after(doc, subj[0], b):
        return None  # consistency 2: "according to the Russian ministry's (latest) figures": its data
    if subj is not None and subj[1] in ("people", "pronoun", "role", "group"):
        return subj[1], subj[2]
    org = _organisation_voice(doc, k, b, verb=False)  # "according to the company", "... Novatek's press service"
    if org is not None:
        return org[1], org[2]
    t = k
    side = None
    if t + 2 < b and keys[t] == "the" and keys[t + 1] == "country" and doc.view.possessive(t + 2):
        # "according to the country's Health Ministry": the country the sentence named before
        named = _country_named(doc, sentence[0], k)
        if named is not None:
            side, t = named, t + 2
    elif t + 2 < b and keys[t] == "the" and keys[t + 1] in _PLACE_LEVELS and doc.view.possessive(t + 2):
        # "according to the republic's Ministry of Industry and Trade": the place of that level
        # named before ("the Republic of Tatarstan"), else, for a region, the region the text
        # named last as a seat of names.yml ("Deputy Prime Minister of Tatarstan X": only in a title)
        level = _PLACE_LEVELS[keys[t + 1]]
        side = _local_side(doc, level, k)
        if side is None and level == "regional":
            side = next((doc.side_at[u][1] for u in sorted(doc.seat_at, reverse=True) if u < k), None)
        if side is None and level in ("city", "municipal", "provincial"):
            side = doc.dateline_side  # round 28c: "HẢI PHÒNG — ... according to the city's Department of ..."
        if side is None and level in ("city", "municipal"):
            side = _city_named_before(doc, sentence[0], k)
        if side is not None:
            t += 2
    local = None  # "the provincial Department of ...": a level of government, not a name
    while t < b and keys[t] not in (",", ".", ";") and t - k < 10:
        if not doc.caps[t] and keys[t] in act.local_levels and t + 1 < b and doc.caps[t + 1]:
            local = keys[t]
            t += 1
            continue
        if keys[t] in _PAPERS and not doc.caps[t]:
            # probe 27: "according to a statement released by the Chinese Ministry of Commerce": the
            # one who issued the paper speaks (not figures: "figures released by X" below)
            by = next((x + 1 for x in range(t + 1, min(b, t + 4)) if keys[x] in ("by", "from")
                       or keys[x] == "of" and x == t + 1), None)
            issuer = _subject(doc, by, b) if by is not None and by < b else None
            if issuer is not None and issuer[1] in ("people", "role", "sides"):
                return issuer[1], issuer[2]
        if keys[t] in act.data_sources and keys[t] not in _DATA_WORDS and not doc.caps[t] and side is not None and (
            t + 1 >= b or keys[t + 1] in (",", ".", ";")
        ):
            # "according to the Vietnamese customs": the side's own body that keeps the data (not
            # its data: "according to the Vietnamese ministry's statistics" is the narrator's below)
            return "role", (doc.view.surface(k, t + 1), side)
        if keys[t] in act.data_sources and not doc.caps[t] and not (t + 1 < b and keys[t + 1] in act.sources):
            # (a data word before a source noun names a body: "the Vietnamese statistics office")
            # consistency 2: figures given by a data word ("according to figures released by
            # Petrovietnam", "data of the X Authority", "statistics from the X Department", "Russian
            # customs data") are the narrator's, like official data (guidelines, round 28f); a body
            # that is the source itself keeps its side ("according to the Vietnamese customs" above)
            if keys[t] in _DATA_WORDS:
                return None
            # "according to a report issued by X", "a survey by X": the body that put it out speaks
            # when the text tied it to a side; else nobody ("of" right after the word: "a report of X")
            by = next((x + 1 for x in range(t + 1, min(b, t + 4)) if keys[x] in ("by", "from")
                       or keys[x] == "of" and x == t + 1), None)
            inst = _named_institution(doc, by, b) if by is not None and by < b else None
            if inst is None and by is not None and by < b:
                inst = _host_institution(doc, by, b)
            return ("role", inst[2]) if inst is not None else None
        if keys[t] in act.documents and not doc.caps[t] and t + 3 < b and keys[t + 1] in _PUT_OUT and (
            keys[t + 2] in ("by", "on", "from")
        ):
            # r27a: "according to a statement posted on the GACC website", "a report issued by the
            # Russian ministry": the body that put the text out speaks, when the text tied it to a
            # side (as "a report issued by X" above); its website is its own
            u = t + 3
            if u + 3 < b and keys[u] == "the" and keys[u + 1] in _SITES and keys[u + 2] == "of":
                # probe 37p6: "posted on the website of the Ministry of Foreign Affairs": the site's owner
                u += 3
            inst = _named_institution(doc, u, b)
            if inst is None and u > t + 3:
                end = doc._caps_run_end(u + (keys[u] == "the"), b)
                inst = _home_ministry(doc, u + (keys[u] == "the"), end, b)
            return ("role", inst[2]) if inst is not None else None
        if not doc.caps[t] and keys[t] in _BODY_HEADS and t > k and doc.caps[t - 1] and is_word(keys[t - 1]):
            # r27a: a lower-case head after a body's own name ("the Agroexport centre of the Russian
            # Ministry of Agriculture"): the name goes on, to the body it belongs to
            t += 1
            continue
        if t in doc.side_at:
            side = side or doc.side_at[t][1]
        if keys[t] in act.sources or doc.caps[t] or keys[t] in act.data_sources:
            t += 1
            continue
        if keys[t] in _DETERMINERS or t in doc.side_at or keys[t] in ("of",) or (
            keys[t] == "and" and t > k and doc.caps[t - 1] and t + 1 < b and doc.caps[t + 1]
        ):  # "the Department of Industry and Trade"
            t += 1
            continue
        break
    if keys[k] == "the" and t <= k + 2:
        named = _body_named_before(doc, k, b)
        if named is not None:  # round 23a: "according to the service": the body named before
            return "role", named
    if t == k:
        return None
    label = doc.view.surface(k, t)
    if side is not None:
        return "role", (label, side)
    inst = _named_institution(doc, k, b)
    if inst is not None:  # "..., according to EVN": a name the text tied to a side
        return "role", inst[2]
    if local is not None:
        # "according to the provincial Department of ...": the side of the place of that level named
        # before (round 24d, as for the subject in :func:`_named_institution`), else of the people
        # whose title holds the same level ("Chairman of the provincial People's Committee X"), if one
        side = _local_side(doc, local, k)
        if side is not None:
            return "role", (label, side)
        sides = {p.side for p in doc.people if local in p.title and p.side is not None}
        if len(sides) == 1:
            return "role", (label, sides.pop())
    party = next((x for x in range(k, t) if keys[x] == "party" and not doc.caps[x]), None)
    if party is not None and (
        doc.view.possessive(party + 1) and party + 1 < t or party + 1 == t and (t >= b or keys[t] in (",", ".", ";"))
    ):
        # "according to the party's press service": the party the sentence names first, else
        # the one the nearest earlier sentence names first (its subject or topic)
        side = _party_side(doc, k, t, sentence)
        if side is not None:
            return "role", (label, side)
    if t == k + 3 and keys[k : t] == ["the", "press", "service"]:
        # "According to the press service, ..." after "..., the council's press service reported":
        # the press service the text named last, of the owner it named with it
        side = _press_service_owner(doc, k)
        if side is not None:
            return "role", (label, side)
    if any(keys[x] in act.sources for x in range(k, t)):
        # "according to the ministry": the side of the person the sentence names first
        side = doc.sentence_side()
        if side is not None:
            return "role", (label, side)
    inst = _host_institution(doc, k, b)
    return ("role", inst[2]) if inst is not None else None


# r27a: participles of a text put out by a body ("a statement posted on ...", "a report issued by ...")
_PUT_OUT = frozenset({"posted", "published", "released", "issued", "carried"})

# r29h: nouns of a worded document that may report a person's words ("According to the statement, X noted")
_REPORTING_DOCUMENTS = frozenset({"statement", "communique", "report", "readout", "release"})


def _worded_document(doc: _Document, t: int, b: int) -> bool:
    """True if the "according to" source starting at key ``t`` is a worded document ("the
    statement", "a press release", "the Kremlin's readout")."""
    keys = doc.keys
    for x in range(t, min(b, t + 4)):
        if keys[x] == ",":
            return False
        if keys[x] in _REPORTING_DOCUMENTS:
            return True
    return False


def _owned_document(doc: _Document, t: int, b: int) -> bool:
    """review 39: True if the "according to" source starting at key ``t`` names whose document it is by a
    capitalised word before the comma that closes it ("a Kremlin statement", "the Foreign Ministry's
    statement"); "the statement", "the joint statement" do not."""
    comma = next((x for x in range(t, b) if doc.keys[x] == ","), b)
    return any(doc.caps[x] for x in range(t, comma))


def _after_source(doc: _Document, t: int, b: int):
    """Review 34: (kind, value, until) of the clause after the comma that closes an opening "according
    to" source at key ``t`` ("According to a ministry statement, she urged ..."), or None; one reading
    for a source of no side and a worded document (r29h)."""
    comma = next((x for x in range(t, b) if doc.keys[x] == ","), None)
    return _clause(doc, comma + 1, b) if comma is not None else None


def _dash_source(doc: _Document, a: int, b: int):
    """p34p1: a headline's source after a closing dash ("Russia ready to build nuclear power plant in
    Vietnam – Rosatom chief", "Moscow, Hanoi to expand trade — Lavrov"): (kind, value, "inverted") of
    a person or role that ends the sentence, or None ("... – a new chapter" names nobody). The dash
    stands apart; one that joins two names ("the Việt Nam–China Year of ...") is no headline's."""
    keys, text, v = doc.keys, doc.view.text, doc.view
    end = b - 1 if b - 1 > a and keys[b - 1] in (".", "!", "?") else b
    d = next((k for k in range(end - 1, max(a + 2, end - 7), -1) if keys[k] in _DASHES
              and text[v.starts[k] - 1:v.starts[k]].isspace() and text[v.ends[k]:v.ends[k] + 1].isspace()), None)
    if d is None or d + 1 >= end or not ARTICLES.isdisjoint(keys[a:d]):
        # review 50: a headline drops its articles; one before the dash is prose, the dash an
        # apposition ("The award went to a Russian scholar – Professor X": no source)
        return None
    subj = _subject(doc, d + 1, end)
    if subj is None:
        ministry = _home_ministry(doc, d + 1, end, end)
        if ministry is not None and ministry[0] == end:
            # p34p7: "Russian oil companies eye new offshore blocks in Vietnam – Energy Ministry" in copy
            # filed from Moscow: the home ministry named by its field, as "the Energy Ministry said"
            return ministry[1], ministry[2], "inverted"
        # p34p7 a role named later by its title, or a body's name and a role ("– Atomstroy chief", p34p5)
        return _dash_source_named_later(doc, d + 1, end, b)
    if subj[0] == end and subj[1] == "sides" and d + 1 in doc.seat_at:
        # probe 35p3: a seat of government alone ("Putin, Tô Lâm to discuss oil and gas cooperation –
        # Kremlin") is its country's leadership speaking, as "the Kremlin said"; a country alone is not read so
        return subj[1], subj[2], "inverted"
    if subj[0] != end or subj[1] not in ("people", "role"):
        return None
    return subj[1], subj[2], "inverted"


_HEADS_ONLY = frozenset({"chief", "head", "leader", "top", "official", "boss"})  # say nothing of who
_LATER_SCAN = 80  # keys after the headline a body's first sentences take


def _dash_source_named_later(doc: _Document, c: int, end: int, b: int):
    """p34p7: a headline's bare source after its dash ("... – ambassador", "... – deputy minister",
    "... – Rosatom chief") is the first person named after the headline whose title holds its words
    (the body's "Russian Ambassador to Vietnam Sergei Belov said", "Rosatom Director General Yuri
    Fedin": a body's name just before the title counts); a general head word ("chief") asks for no
    word of its own. None when the words are no role ("– a new chapter") or nobody later fits."""
    keys = doc.keys
    words = keys[c:end]
    if not 1 <= len(words) <= 3 or not all(w.isalpha() for w in words) or words[-1] not in doc.act.titles:
        return None
    need = set(words) - _HEADS_ONLY
    if not need:
        return None
    for k in range(b, min(len(keys), b + _LATER_SCAN)):
        hit = doc.person_at(k, k)
        if hit is None:
            continue
        t = k
        while t > b and t > k - 8 and keys[t - 1].isalpha():
            t -= 1  # the title and a body's name before the person, to the clause's edge
        if need <= doc.people[hit[1]].title | set(keys[t:k]):
            return "people", (("discovered", hit[1]),), "inverted"
    return None


# lead's round 42: a time phrase that opens a sentence with no comma after it ("The next day Malyshev
# said ...", "Later he added ...", "On Friday the ministry said ..."): the subject follows it
_THEN = frozenset({"later", "earlier", "afterwards", "subsequently", "then", "today", "yesterday", "tomorrow"})
_RELATIVE_TIMES = frozenset({"next", "following", "same", "previous", "last", "this"})
_TIME_UNITS = frozenset({"day", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year"})


def _time_opening(doc: _Document, a: int, b: int) -> int:
    """The key after a time phrase that opens the sentence at ``a`` with no comma after it ("Later",
    "The next day", "On Friday", "On October 3", "In March 2025", "Last week"), else ``a``."""
    keys = doc.keys
    t = a
    if keys[t] in _THEN:
        t += 1
    elif keys[t] in ("last", "this", "next") and t + 2 < b and keys[t + 1] in _TIME_UNITS | doc.act.time_words:
        t += 2  # "Last week", "This morning", "Next Monday"
    elif keys[t] == "the" and t + 3 < b and keys[t + 1] in _RELATIVE_TIMES and keys[t + 2] in _TIME_UNITS:
        t += 3  # "The next day", "The following morning"
    elif keys[t] in ("on", "in") and t + 2 < b:
        u = t + 1
        if keys[u] == "the" and u + 2 < b and keys[u + 1] in _RELATIVE_TIMES and keys[u + 2] in _TIME_UNITS:
            u += 3  # "On the same day"
        elif keys[u] in doc.act.time_words:
            u += 1  # "On Friday"
        elif u + 1 < b and _day_of_month(keys[u], keys[u + 1]):
            u = _past_year(keys, u + 2, b)  # "On October 3", "On 3 October 2025"
        elif keys[u] in MONTHS:
            u = _past_year(keys, u + 1, b)  # "In March", "In March 2025"
        elif len(keys[u]) == 4 and keys[u].isdigit():
            u += 1  # "In 2024"
        else:
            return a
        t = u
    else:
        return a
    return t if t < b and keys[t] != "," else a


def _parse(doc: _Document, a: int, b: int):
    """(kind, value, rule) of the speaker of the sentence of keys ``a:b``, or None."""
    keys, act = doc.keys, doc.act
    doc.sentence = (a, b)
    according = act.according
    firsts = _first_keys(according)  # speed: only keys a source phrase starts with can give a hit
    for k in range(a, b):
        if firsts is not None and keys[k] not in firsts:
            continue
        hit = according.longest(keys, k)
        if hit is not None:
            if k > a and keys[k - 1] == ",":
                own = _relayed_words(doc, a, k)
                if own is not None:  # r29i: '"...," Long said, according to the press service'; review 34:
                    return own  # a source of no side relays them too ("X said ..., according to the ministry")
            src = _source(doc, hit[0], b, (a, b))
            if src is not None:
                if k == a and _worded_document(doc, hit[0], b):
                    # r29h: "According to the statement, Sorokin noted that ...": the document reports a
                    # person named in the clause after it, who voices the sentence (not "According to
                    # the minister, Russia exported ...", nor "According to the statement, trade grew");
                    # r31f: one person, not several ("Lavrov and Son exchanged views" is what they did
                    # together, which the document's author reports)
                    found = _after_source(doc, hit[0], b)
                    if found is not None and found[0] == "people" and len(found[1]) == 1:
                        return found[0], found[1], "subject+verb"
                    if found is not None and found[0] == "people" and not _owned_document(doc, hit[0], b):
                        # review 39: a document that names no owner ("the statement") is its author's,
                        # as for "According to the statement, the sides ..." (attribution reads it: a
                        # joint statement is both sides'); read as a role, it took a side of the people
                        # it reports. "a Kremlin statement" stays the Kremlin's.
                        return None
                return src[0], src[1], "according-to"
            if k == a or keys[k - 1] == ",":
                # "according to official data": the narrator's, unless the clause after it has a
                # speaker ("According to a ministry statement, she urged ...")
                found = _after_source(doc, hit[0], b) if k == a else None
                if found is not None and found[0] != "sides":
                    return found[0], found[1], "subject+verb"
                return None
    found = _impersonal_agreement(doc, a, b)
    if found is not None:
        return found
    found = _quoted_as_saying(doc, a, b)
    if found is not None:
        return found
    for k in range(a, b - 2):  # "In Huy's view", "in his words"
        if keys[k] == "in" and (k == a or keys[k - 1] == ","):
            if keys[k + 1] in act.pronoun_forms and keys[k + 2] in act.view_nouns:
                if k > a and _opening_person(doc, a, b):
                    break  # r37b: "Gusev said the regime, which, in his view, has helped ...": his own view
                return "pronoun", keys[k + 1], "view"
            subj = _subject(doc, k + 1, b)
            if subj is not None and subj[0] < b and keys[subj[0]] in act.view_nouns and subj[1] != "group":
                return subj[1], subj[2], "view"
            if keys[k + 1] == "the" and keys[k + 2] in act.view_nouns and k + 3 < b and keys[k + 3] == "of":
                subj = _subject(doc, k + 4, b)  # "In the view of the Chinese guest", "in the words of X"
                if subj is not None and subj[1] in ("people", "role", "pronoun"):
                    return subj[1], subj[2], "view"
    found = _as_put_it(doc, a, b)
    if found is not None:
        return found
    # probe 27: a quotation closed by "?" or "!" opens a clause as a comma does ('"Why not?" he asked')
    starts = [a] + [c + 1 for c in range(a, b - 1) if keys[c] == "," or (
        c > a and keys[c] in ('"', "'") and keys[c - 1] in ("?", "!") and not doc.caps[c + 1])]
    first, first_end = None, a
    for s in starts:
        if (s - 3 >= a and keys[s - 3] in ("in", "at") and doc.caps[s - 2] and is_word(keys[s - 2])
                and s in doc.side_at and doc.side_at[s][0] < b and keys[doc.side_at[s][0]] == ","):
            continue  # "The Vietnamese embassy in Moscow, Russia, said": the place's country, no subject
        if _outlet_reporting(doc, s, b):
            continue  # probe 12: "..., Nhân Dân reported": the outlet carrying the copy is its narrator
        relative = 0
        if s > a and s + 2 < b and keys[s] in ("at", "during") and keys[s + 1] == "which":
            relative = 2  # "... held a meeting, at which Ambassador X said ...": the clause's own subject
        elif s > a and s + 1 < b and keys[s] == "where":
            relative = 1
        found = _clause(doc, s + relative, b)
        if found is None and s == a and (t := _time_opening(doc, a, b)) > a:
            found = _clause(doc, t, b)  # lead's round 42: "The next day Malyshev said ..."
            if found is not None and found[0] not in ("people", "role", "pronoun"):
                found = None  # "In 2024 Russia and Vietnam agreed to ...": a record, the narrator's
        if found is None and not relative:
            found = _owned_titled_person(doc, s, b)
        if relative == 1 and found is not None and found[0] == "pronoun" and found[1] in _SINGULAR:
            # round 19: "Petrov attended a forum, where he urged ...": "he" is the subject of the
            # clause the "where" hangs on, whatever its gender; none if that is no person
            main = next((m for c in starts if c < s and (m := _subject(doc, c, s)) is not None), None)
            if main is not None and main[0] < s and main[1] in ("people", "role", "pronoun"):
                return main[1], main[2], "where"
        if found is None or relative and found[0] not in ("people", "role") and not (
            relative == 1 and found[0] in ("group", "sides")
        ):  # r32b: "..., where the sides agreed to ...": the sides named are the clause's subject
            continue  # "..., where it discussed the training of cadres": an event, no one named
        kind, value, until = found
        parsed = kind, value, "subject+verb" if s == a else "inverted"
        if first is None:
            first, first_end = parsed, until
            if kind not in ("sides", "group") and not _is_body(kind, value) and not _is_pair(kind, value) and (
                not _is_side_role(kind, value)
            ):
                if s == a and _is_person(kind, value) and not _own_words(doc, until, b):
                    closing = _closing_source(doc, starts, until, b)
                    if closing is not None:
                        return closing
                if s == a:
                    both = _other_voice(doc, starts, until, b, kind, value)
                    if both is not None:
                        return both
                return parsed
        elif _is_side_role(*first[:2]):
            if s >= first_end and kind in ("people", "role") and not _is_side_role(kind, value) and keys[s] not in _JOINING:
                # probe 16: "The Vietnamese side expressed gratitude ..., the ministry noted": the
                # source reporting what a side did voices the sentence
                return parsed
        elif _is_pair(*first[:2]):
            # a comma inside the pair's own titles ("Minister of Labour, Invalids and Social Affairs
            # X") opens no clause of its own
            if s >= first_end and (kind in ("people", "role") and not _is_pair(kind, value) or (
                kind == "sides" and len(set(value)) == 1  # probe 27: "..., the Kremlin press service said"
            )) and keys[s] not in _JOINING:
                # probe 16: "Putin and Xi discussed energy ..., Peskov told reporters": one person
                # reporting what two people did voices the sentence, as after "The two sides agreed"
                return parsed
        elif s > a and (_is_person(kind, value) if _is_body(*first[:2]) else kind in ("people", "role", "pronoun") or (
            # spk14: "Russia and Vietnam agreed ..., the Kremlin press service said": one side's
            # source reporting what both agreed voices the sentence, as a person does
            first[0] in ("sides", "group") and kind == "sides" and len(set(value)) == 1 and keys[s] not in _JOINING
            and s >= first_end  # p34p1: not the second of a pair joined by a comma ("Vietnam, Cuba pledge")
        )):
            # spk11: "The Russian side proposed a new air route, Viet said": a person reporting
            # after a body's clause voices the sentence, as after "The two sides agreed ..."
            # "Japan and Vietnam agreed ..., Minister Kenji Morimoto said", "The two sides agreed
            # ..., the deputy minister added", "The two sides, she noted, would set up ...": the
            # person speaks
            return parsed
    if first is not None and first[0] == "role" and first[2] == "subject+verb":
        # probe 35p2: a body or side first ("The Vietnamese side stressed ..., while the Russian side
        # affirmed ..."), as for a person above
        both = _other_voice(doc, starts, first_end, b, *first[:2])
        if both is not None:
            return both
    if first is None:
        found = _dash_source(doc, a, b)
        if found is not None:
            return found
        # a relative clause: "Việt met the chairman of the party, Oleg Martynyuk, who proposed ..."
        for k in range(a + 2, b - 1):
            if keys[k] == "who" and keys[k - 1] == ",":
                hit = next(((e, p) for t in range(max(a, k - 6), k - 1)
                            if (h := doc.person_at(t, t)) is not None for e, p in [h] if e == k - 1), None)
                if hit is None:
                    # "met Vilayvanh X, Head of the ... Commission, who proposed": the title in
                    # apposition stands between the name and the clause
                    c = _apposition_start(doc, a, k - 1)
                    if c is not None:
                        hit = next(((e, p) for t in range(max(a, c - 6), c)
                                    if (h := doc.person_at(t, t)) is not None for e, p in [h] if e == c), None)
                if hit is not None and act.verbs.longest(keys, _skip_fillers(doc, k + 1, b)) is not None:
                    return "people", (("discovered", hit[1]),), "relative"
        passive = _passive_agent(doc, a, b)
        if passive is not None:
            return passive
        said = _participle_speech(doc, a, b) or _with_speakers(doc, a, b) or _held_that(doc, a, b)
        if said is not None:
            return said
    return first


#: r31g: nouns of what a person holds or wishes, whose "that" clause is that person's words
#: ("The letter ended with the President's wish that ...", "It conveyed his hope that ...")
_HELD_NOUNS = frozenset({"wish", "hope", "belief", "conviction", "confidence", "desire", "expectation"})


def _opening_person(doc: _Document, a: int, b: int) -> bool:
    """r37b: True if the sentence at ``a`` opens with a person or role and a reporting verb ("Gusev said
    ..."), so that a pronoun's "in his view" later in it is that speaker's, not an earlier person's."""
    found = _clause(doc, a, b)
    return found is not None and found[0] in ("people", "role")


def _held_that(doc: _Document, a: int, b: int):
    """R31g: (kind, value, "view") for a person's possessive, a noun of ``_HELD_NOUNS`` and "that"
    in a sentence with no other speaker: the clause is what the person holds, as "In X's view".
    A country's or a body's wish ("Russia's hope that") is no person's and stays the narrator's."""
    keys, act = doc.keys, doc.act
    for k in range(a + 1, b - 1):
        if keys[k] not in _HELD_NOUNS or keys[k + 1] != "that":
            continue
        if any(act.verbs.longest(keys, t) is not None for t in range(a, k)):
            return None  # "X said he shared Y's hope that ...": a speaker the rules did not name
        if keys[k - 1] in act.pronoun_forms and keys[k - 1] != "their":
            return "pronoun", keys[k - 1], "view"
        for s in range(max(a, k - 6), k):
            subj = _subject(doc, s, b)
            if subj is not None and subj[0] == k and subj[1] in ("people", "role") and _is_person(subj[1], subj[2]):
                return subj[1], subj[2], "view"
    return None


def _with_speakers(doc: _Document, a: int, b: int):
    """r26b: (kind, value, "participle") for an absolute clause of speech after a comma, ", with
    <people> <participle of a reporting verb>": "The venture marked its anniversary, with leaders of
    both countries hailing it as a flagship" (both sides). Not people doing something else ("...,
    with officials of the two countries attending"), nor anything but people or both sides."""
    keys = doc.keys
    for c in range(a + 2, b - 3):
        if keys[c] != "," or keys[c + 1] != "with":
            continue
        found = _subject(doc, c + 2, b)
        if found is not None and found[1] in ("group", "people") and _speech_participle(doc, found[0]):
            return found[1], found[2], "participle"
    return None


#: review 29 (_own_words): verbs that report a person's own words, whoever relays them
_SAYING = frozenset({"said", "say", "says", "told", "tell", "tells"})
#: r37b: verbs that report what a person said, not what they did: their clause is their own words
#: too ("Hung, for his part, thanked the Russian side ... and proposed ..., the press service said");
#: acts stay the source's report ("X invited Putin to visit", "X visited", "X signed")
_SPOKEN = frozenset("""thanked proposed suggested stressed emphasised emphasized underlined underscored urged
    noted affirmed reaffirmed highlighted pledged expressed voiced praised hailed asked requested called
    recalled remarked added assured congratulated appreciated""".split())
_OWN_WORDS = _SAYING | _SPOKEN


def _own_words(doc: _Document, until: int, b: int) -> bool:
    """Review 29: True if the person's verb after key ``until`` reports their own words: a verb of
    saying (:data:`_SAYING`) or any verb with "that" after it ("To Lam said Vietnam valued ties, the
    Kremlin said", "X stressed that ..."): the person voices them and the source closing the
    sentence only relays them; an act ("X invited Putin to visit Hanoi, the Kremlin said") is the
    source's report (:func:`_closing_source`)."""
    v = _verb_after(doc, until, b)
    return v is not None and v < b and (doc.keys[v - 1] in _OWN_WORDS or doc.keys[v] == "that")


def _relayed_words(doc: _Document, a: int, e: int):
    """R29i: (kind, value, rule) of one person who voices their own words (:func:`_own_words`) in
    the clause before a closing "according to" at key ``e``: '"Ties are strong," Long said at the
    meeting, according to the press service' is Long's; the source only relays them, as a source's
    verb closing the sentence does (review 29). An act reported ("Long visited a school, according
    to the ministry") stays the source's."""
    keys = doc.keys
    for s in [a] + [c + 1 for c in range(a, e - 1) if keys[c] == ","]:
        got = _clause(doc, s, e)
        if got is not None and _is_person(got[0], got[1]) and _own_words(doc, got[2], e):
            return got[0], got[1], "subject+verb" if s == a else "inverted"
    return None


def _closing_source(doc: _Document, starts, after: int, b: int):
    """Probe 27: (kind, value, "inverted") of a body or one side's source whose verb closes the
    sentence after a person's clause ("To Lam invited Putin to visit Hanoi, the Kremlin said."): the
    source reporting what the person did voices the sentence, as after a pair (probe 16); None if
    no such source ends the sentence ("Putin said ..., the Kremlin's aide recalled on Friday" keeps
    the person: the verb must be the sentence's last word)."""
    keys = doc.keys
    for s in starts:
        if s <= after:
            continue
        got = _clause(doc, s, b)
        if got is None:
            continue
        kind, value, until = got
        if not (_is_body(kind, value) and not _is_side_role(kind, value) or kind == "sides" and len(set(value)) == 1):
            continue
        v = _verb_after(doc, until, b)
        if v is not None and (v >= b or keys[v] == "."):
            return kind, value, "inverted"
    return None


#: probe 35p2: words that join a second clause of speech to the first one's after a comma ("X
#: stressed ..., while the Russian side affirmed ...", "X spoke highly of ..., and Y pledged ...")
_SECOND_VOICE = frozenset({"while", "whereas", "and"})


def _voice_side(doc: _Document, kind, value):
    """The side of a person-like clause subject (people named, a role), or None when not one known."""
    if kind == "people":
        sides = {_ref_side(doc, how, v) for how, v in value}
        return sides.pop() if len(sides) == 1 else None
    if kind == "role":
        return doc.people[value[1]].side if value[0] == "discovered" else value[1]
    return None


def _other_voice(doc: _Document, starts, until: int, b: int, kind, value):
    """Probe 35p2: a second clause of speech of the other side after the first's: "Nam briefed his
    guest on ..., while Lyskov informed the host of ...", "The Vietnamese leader stressed ..., while
    the Russian side affirmed ...". Both voice the sentence (joint, as "X and Y agreed"): ("people",
    both refs, form) when both are people, else ("sides", (one, other), form); None when no such
    clause follows, its subject is a pronoun (the same person: ", and he added") or of the same side
    or of none; after "and" only two people (a body's or side's clause there is what it did)."""
    keys = doc.keys
    mine = _voice_side(doc, kind, value)
    if mine is None or mine in (NARRATOR, JOINT):
        return None
    for s in starts:
        if s < until or s >= b or keys[s] not in _SECOND_VOICE or keys[s - 1] != ",":
            continue
        found = _clause(doc, s, b)
        if found is None or found[0] not in ("people", "role"):
            continue
        if keys[s] == "and" and not (_is_person(kind, value) and _is_person(*found[:2])):
            # probe 16: "The Vietnamese side welcomed the plan, and the Russian side offered loans": after
            # "and" a body's or side's clause is what it did; only two people named speak in turn so
            continue
        theirs = _voice_side(doc, found[0], found[1])
        if theirs is None or theirs in (NARRATOR, JOINT, mine):
            continue
        refs = [value if kind == "people" else (value,) if value[0] == "discovered" else None,
                found[1] if found[0] == "people" else (found[1],) if found[1][0] == "discovered" else None]
        if refs[0] is not None and refs[1] is not None:
            return "people", refs[0] + refs[1], "subject+verb"
        return "sides", (mine, theirs), "subject+verb"
    return None


def _is_pair(kind, value) -> bool:
    """True for a subject of two or more people named ("Putin and Xi Jinping")."""
    return kind == "people" and len(value) > 1


def _is_side_role(kind, value) -> bool:
    """True for a side named as such ("the Vietnamese side", "the host side")."""
    return kind == "role" and isinstance(value[0], str) and value[0].lower().endswith(" side")


# Round 24b: participles of speech that hang on the clause before their comma ("X opened the
# conference, saying ...", "Y welcomed the guests, stressing that ..."): its subject speaks. As keys.
_SPEECH_PARTICIPLES = frozenset({"saying", "adding", "noting", "stressing", "stating", "emphasising",
                                 "emphasizing", "underlining", "affirming", "asserting", "explaining",
                                 # probe 17: the participles of a request or a proposal ("X sent a
                                 # message to Y, urging/calling for closer ties"); round 24f: a hope
                                 # voiced with a message sent ("X sent a message to the Duma, hoping that ...")
                                 "urging", "proposing", "suggesting", "reaffirming", "hoping", "wishing",
                                 # r28f: a commitment voiced with a paper issued ("X and Y issued a
                                 # joint statement, pledging to ..."): only before "to" or "that"
                                 "pledging", "vowing"})
_COMMITTING = frozenset({"pledging", "vowing"})
# Probe 17: "calling" speaks only with its preposition ("calling for", "calling on"), not "calling at" a port
_CALLING = frozenset({"for", "on", "upon"})
# Review 24: keys after "calling on" within which the "to" of a request comes ("calling on all
# sides concerned to ..."); without one it is a visit ("calling on President X at the Palace")
_CALL_REACH = 8


# Probe 17, review 22, round 24f: a sentence may open with a phrase before its subject ("On the same
# day, ...", "In Hà Nội, ...", "Earlier, ..."): actors.yml's openers, and these words, which open such
# a phrase only here (the subject finder reads the openers everywhere). As keys.
_OPENING_PHRASES = frozenset({"afterwards", "today", "yesterday", "also", "there"})


# spk15: participles that name something in words, with the word that opens the name they give:
# "calling Russia a trusted friend", "describing the talks as fruitful" (not "calling a meeting",
# "calling at the port": the name comes after an object of one to four keys)
_NAMING_PARTICIPLES = {"calling": frozenset({"a", "an"}), "describing": frozenset({"as"})}


def _naming_participle(doc: _Document, k: int, b: int) -> bool:
    """True if key ``k`` is a participle of naming (:data:`_NAMING_PARTICIPLES`) whose name word
    follows an object of one to four keys."""
    marks = _NAMING_PARTICIPLES.get(doc.keys[k])
    if marks is None or k + 1 >= b or doc.keys[k + 1] in marks or doc.keys[k + 1] in _CALLING | {"at", "in", "off"}:
        return False
    return any(doc.keys[t] in marks for t in range(k + 2, min(b, k + 6)))


def _participle_speech(doc: _Document, a: int, b: int):
    """(kind, value, "participle") if the sentence of keys ``a:b`` has a person (by name, role or
    pronoun) as the subject of its first clause and, after that clause's first comma, a participle
    of speech (:data:`_SPEECH_PARTICIPLES`): "Lao Deputy Prime Minister X opened the conference,
    saying ...". Not a body or a group ("The delegation toured the plant, saying ..." stays
    unread), nor a participle after a later comma ("X met Y, who chaired the talks, saying ..."),
    but for the comma of an opening phrase (:data:`_OPENING_PHRASES`: "In Hà Nội, X opened ...")."""
    keys = doc.keys
    c = next((t for t in range(a + 2, b - 1) if keys[t] == ","), None)
    if c is not None and (keys[a] in doc.act.openers or keys[a] in _OPENING_PHRASES) and keys[c + 1] not in _SPEECH_PARTICIPLES:
        # "On the same day, X sent ..., calling for ...", "In Hà Nội, X opened the fair, saying ...":
        # the clause begins after the opening phrase's comma
        a, c = c + 1, next((t for t in range(c + 3, b - 1) if keys[t] == ","), None)
    if c is not None and _naming_participle(doc, c + 1, b):
        pass  # spk15: "..., calling Russia a trusted friend", "..., describing the talks as fruitful"
    elif c is None or not (keys[c + 1] in _SPEECH_PARTICIPLES or keys[c + 1] == "calling" and keys[c + 2] in _CALLING):
        return None
    if keys[c + 1] in _COMMITTING and (c + 2 >= b or keys[c + 2] not in ("to", "that")):
        return None  # "signed the deal, pledging $2 billion": money promised, no words
    if keys[c + 1] == "hoping" and (c + 2 >= b or keys[c + 2] != "that"):
        return None  # "visited the school, hoping to see students": an aim, not a hope voiced
    if keys[c + 1] == "wishing" and c + 2 < b and keys[c + 2] == "to":
        return None  # review 24: "travelled to Hà Nội, wishing to learn more": an aim, as "hoping to"
    if keys[c + 1] == "calling" and keys[c + 2] in _CALLING and keys[c + 2] != "for" and not any(
        keys[v] == "to" and not doc.caps[v] for v in range(c + 3, min(b, c + 3 + _CALL_REACH))
    ):  # review 24: "calling on President X at the Palace" pays a visit; "calling on X to ..." asks
        return None  # (a lower-case "to": the key of "Tô" in a name is "to" as well)
    main = _subject(doc, a, c)
    if main is not None and main[1] == "sides" and main[0] < c and keys[c + 1] in _COMMITTING:
        return main[1], main[2], "participle"  # r28f: "Việt Nam and Russia issued ..., pledging to": both
    if main is None or main[1] not in ("people", "role", "pronoun") or main[0] >= c:
        return None
    if main[1] == "role" and _is_body(main[1], main[2]):
        return None
    return main[1], main[2], "participle"


# spk11: "It was agreed that ...", "It was also agreed at the talks to ...": an agreement with no
# subject is both sides' (only verbs of agreement: "It was noted/reported that ..." may be anyone's).
_AGREED = frozenset({"agreed", "consented"})
_IMPERSONAL_SPAN = 6  # keys from "agreed" to its "that"/"to" ("agreed at the talks that")
_IMPERSONAL_REPORTS = frozenset({"noted", "stressed", "emphasised", "emphasized", "underlined", "highlighted",
                                 "affirmed", "reaffirmed", "underscored", "said", "stated"})
_GATHERINGS = frozenset({"meeting", "talk", "conference", "session", "consultation", "negotiation", "dialogue",
                         "seminar", "workshop", "forum"})  # keys fold plurals: "talks" is "talk"


_GATHERING_WINDOW = 40  # keys either side of a gathering word to find the sentence that names it


def _gathering_of_one_side(doc: _Document, a: int) -> bool:
    """True if the last gathering named before key ``a`` (:data:`_GATHERINGS`) stands in a sentence
    naming one side only before it (or after its "between/with/of"), by its words or its people, and
    no pair anywhere ("two", "both", "joint"): "The
    Vietnamese Ministry of Industry and Trade held a conference on exports" makes "It was noted at
    the conference that ..." no words of both sides (review 22). Only run for that rare opening."""
    keys = doc.keys
    u = max((p[-1] for g in _GATHERINGS if (p := _positions_before(keys, g, a))), default=None)
    if u is None:
        return False
    lo = next((x + 1 for x in range(u - 1, max(-1, u - _GATHERING_WINDOW), -1) if keys[x] == "."), max(0, u - _GATHERING_WINDOW))
    hi = next((x for x in range(u + 1, min(a, u + _GATHERING_WINDOW)) if keys[x] == "."), min(a, u + _GATHERING_WINDOW))
    if any(keys[x] in ("two", "both", "joint", "bilateral") for x in range(lo, hi)):
        return False
    if u + 1 >= hi or keys[u + 1] not in ("between", "with", "of"):
        hi = u  # who held it stands before it; "a conference on exports to Russia" names a topic
    found = {doc.side_at[x][1] for x in range(lo, hi) if x in doc.side_at}
    found |= {doc.people[h[1]].side for x in range(lo, hi) if (h := doc.person_at(x, x)) is not None}
    found.discard(None)
    return len(found) == 1


def _impersonal_agreement(doc: _Document, a: int, b: int):
    """("group", both sides, "impersonal") for a sentence opening "It was (also) agreed (...) that/to"."""
    keys = doc.keys
    if b - a < 5 or keys[a] != "it" or keys[a + 1] not in ("was", "is", "has", "had"):
        return None
    v = a + 2
    while v < b and keys[v] in ("also", "further"):
        v += 1
    if keys[a + 1] in ("has", "had"):
        # review 19: only the passive has no subject; "It has agreed to buy ..." is a body's
        # active "it" (the company named before), not both sides
        if v >= b or keys[v] != "been":
            return None
        v += 1
    if v >= b:
        return None
    if keys[v] in _IMPERSONAL_REPORTS:
        # spk14: "It was stressed/noted at the meeting that ...": said by those at a meeting of both;
        # a bare "It was noted that ..." has no one named and stays the narrator's (spk11)
        t = v + 1
        if not (t + 3 < b and keys[t] in ("at", "during") and keys[t + 1] == "the" and keys[t + 2] in _GATHERINGS
                and keys[t + 3] == "that") or _gathering_of_one_side(doc, a):
            return None
    elif keys[v] not in _AGREED:
        return None
    if not any(keys[t] in ("that", "to") for t in range(v + 1, min(b, v + _IMPERSONAL_SPAN))):
        return None
    both = next((g for g, item in enumerate(doc.act.groups) if item.get("side") == "joint"), None)
    return None if both is None else ("group", both, "impersonal")


_AS_SAYING = frozenset({"saying", "stating", "telling", "noting", "remarking"})
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_REPORTERS = frozenset({"correspondent", "reporter", "journalist", "newspaper", "paper", "agency", "media"})


def _quoted_as_saying(doc: _Document, a: int, b: int):
    """Spk14: "A VNA correspondent quoted Kalinin as saying that ...": the one quoted speaks, not the
    reporter who quotes him; (kind, value, "quoted-as") or None."""
    keys = doc.keys
    for k in range(a + 1, b - 3):
        if keys[k] not in ("quoted", "cited"):  # spk15: "Interfax cited the minister as saying"
            continue
        objective = _OBJECT_PRONOUNS.get(keys[k + 1])  # "quoted him as saying": "he"
        subj = (k + 2, "pronoun", objective) if objective else _subject(doc, k + 1, b)
        if subj is not None and subj[0] + 2 < b and keys[subj[0]] == "," and keys[subj[0] + 1] == "as":
            # probe 38p5: "quoted the Vietnamese ambassador, Dang Van Khoa, as saying": the apposition
            # of the name closes with a comma before "as saying"
            subj = (subj[0] + 1, subj[1], subj[2])
        if (subj is not None and subj[1] in ("people", "role", "pronoun") and subj[0] + 1 < b
                and keys[subj[0]] == "as" and keys[subj[0] + 1] in _AS_SAYING):
            quoter = _subject(doc, a, k)
            if quoter is not None and _is_person(quoter[1], quoter[2]) and _REPORTERS.isdisjoint(keys[a:k]):
                # "Minister An quoted Hồ Chí Minh as saying ...": a speaker quoting speaks himself
                return quoter[1], quoter[2], "quoted-as"
            return subj[1], subj[2], "quoted-as"
    return None


# review 26: "put it" with a particle is a deed, not wording: "as the minister put it into practice",
# "as the board put it on hold" ("as he put it to reporters", "put it in his speech" stay words)
_PUT_PARTICLES = frozenset({"into", "on", "off", "forward", "aside", "away", "back", "down", "up", "out",
                            "together", "through", "onto"})


def _as_put_it(doc: _Document, a: int, b: int):
    """spk15: "As the Vietnamese minister put it, ...", "..., as Cabrisas put it at the opening":
    the one who put it speaks; (kind, value, "as-put") or None. Only at the sentence's start or
    after a comma, and only a person, a role or a pronoun ("as the saying goes" is nobody)."""
    keys = doc.keys
    for k in range(a, b - 3):
        if keys[k] != "as" or k > a and keys[k - 1] != ",":
            continue
        subj = _subject(doc, k + 1, b)
        if subj is None or subj[1] not in ("people", "role", "pronoun"):
            continue
        v = _skip_fillers(doc, subj[0], b)
        if v + 1 < b and keys[v] in ("put", "puts") and keys[v + 1] == "it" and (
                v + 2 >= b or keys[v + 2] not in _PUT_PARTICLES):
            return subj[1], subj[2], "as-put"
    return None


def _is_body(kind, value) -> bool:
    """True for a body or side named as a subject ("the Russian side", "the Vietnamese Embassy"),
    not a person known by a role ("the deputy minister")."""
    return kind == "role" and value[0] != "discovered"


def _is_person(kind, value) -> bool:
    """True for a subject that is one person: a name, a person's role, "he" or "she"."""
    return kind == "people" or kind == "role" and value[0] == "discovered" or kind == "pronoun" and value in _SINGULAR


_OWNERS = frozenset({"its", "their"})
_PARTNER_WORDS = frozenset({"with", "to", "between"})  # a side named after one is a partner


def _outlet_reporting(doc: _Document, s: int, b: int) -> bool:
    """Probe 12: a news agency or paper (actors.yml ``agencies``) as the subject of a reporting verb
    ("Xinhua reported", "..., the Nhân Dân newspaper said") reports, it does not speak for its
    country: not "VNA correspondent X said" (the verb's subject is the person)."""
    keys = doc.keys
    t = s + (s < b and keys[s] == "the")
    hit = doc.act.agencies.longest(keys, t) if t < b and doc.caps[t] else None
    if hit is None:
        return False
    e = hit[0]
    if e < b and keys[e] in _OUTLET_NOUNS:
        e += 1
    while e < b and keys[e] in doc.act.adverbs:
        e += 1
    return doc.act.verbs.longest(keys, e) is not None


_SITES = frozenset({"website", "portal"})  # probe 37p6: a body's site ("the website of the Ministry of ...")
_OUTLET_NOUNS = frozenset({"newspaper", "daily", "agency", "news", "website", "portal", "television", "radio"})


def _owned_titled_person(doc: _Document, s: int, b: int):
    """Round 20: "its Secretary X said", "their Chairman X noted": the body's own office holder.

    A possessive of a body before a capitalised title and a name is the person so titled; only a
    person counts, so "its ministry said" or "their delegations agreed" stay as they were. A
    lower-case role of one person ("its head said") that no named person took speaks for the body
    the sentence opens with (review 13).
    """
    keys, act = doc.keys, doc.act
    if s + 2 < b and keys[s] in _JOINING and keys[s + 1] in _OWNERS and not doc.caps[s + 2]:
        s += 1  # "..., and its head said"
    if s + 1 >= b or keys[s] not in _OWNERS:
        return None
    if not doc.caps[s + 1]:
        # review 13: "A delegation of the Communist Party of Vietnam attended the congress, and its
        # head said ...": one office holder of the body the sentence opens with (its first side
        # word; the sentence before when "Its head said" opens one), when no one so titled was named
        word = keys[s + 1]
        if word not in act.roles or word in act.side_groups or doc.view.surface(s + 1, s + 2).lower().endswith("s"):
            return None
        # probe 12: "The Commission ... will train diplomats, its head Thongsavanh Phomvihane said":
        # a lower-case title ("head", "deputy head", "general secretary") before a person's name is
        # that person, as a capitalised one is
        e = s + 1
        while e < b and not doc.caps[e] and (keys[e] in act.titles or keys[e] in act.roles) and e < s + 5:
            e += 1
        if e < b and e > s + 1 and doc.caps[e]:
            found = _clause(doc, e, b)
            return found if found is not None and found[0] == "people" else None
        if act.verbs.longest(keys, _skip_fillers(doc, s + 2, b)) is None:
            return None
        start = doc._sentence_start(s)
        if start == s and s > 0:
            start = doc._sentence_start(s - 1)
        # review 14: a side named after "with"/"to"/"between" is a partner ("Rosatom signed a deal
        # with Việt Nam. Its head said ..."), not the body's own
        stop = next((t for t in range(start, s) if keys[t] in _PARTNER_WORDS), s)
        side = next((doc.side_at[t][1] for t in range(start, stop) if t in doc.side_at), None)
        return ("role", (doc.view.surface(s, s + 2), side), s + 2) if side is not None else None
    found = _clause(doc, s + 1, b)
    return found if found is not None and found[0] == "people" else None


def _passive_agent(doc: _Document, a: int, b: int):
    """The agent of a verb of speech in the passive: "The centre was cited by both sides as a
    model", "The plan was praised by Petrov" (kind, value, "passive"); not "built by both sides"."""
    keys, act = doc.keys, doc.act
    for k in range(a + 1, b - 2):
        if keys[k] not in _BE:
            continue
        hit = act.verbs.longest(keys, _skip_fillers(doc, k + 1, b))
        if hit is None or hit[0] >= b or keys[hit[0]] != "by":
            continue
        subj = _subject(doc, hit[0] + 1, b)
        if subj is not None and subj[1] in ("people", "role", "group", "pronoun", "sides"):
            return subj[1], subj[2], "passive"
    return None


def _apposition_start(doc: _Document, a: int, k: int):
    """The comma that opens a title in apposition closed by the comma at key ``k`` (", Head of the
    LPRP Central Committee's Commission for Propaganda and Training,"): its key, or None. The title
    opens with a title word and holds no verb of speech and no other comma."""
    keys = doc.keys
    for c in range(k - 1, max(a, k - _APPOSITION) - 1, -1):
        if keys[c] == ",":
            t = c + 1
            if t < k and keys[t] in ("the", "a"):
                t += 1
            ok = t < k and keys[t] in doc.person_titles
            ok = ok and not any(doc.act.verbs.longest(keys, x) is not None for x in range(c + 1, k))
            return c if ok else None
        if keys[c] in (";", '"', "."):
            return None
    return None
