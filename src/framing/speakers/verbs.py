"""A reporting verb after a subject (``_verb_after``), with what may stand between them and what
makes a verb no report of speech (a reduced passive, a tribute, a count, an urging of a group)."""

from __future__ import annotations

from framing.lexicons.counts import is_count
from framing.lexicons.names import is_word
from framing.lexicons.wordlists import ARTICLES as _ARTICLES
from framing.speakers._common import _APPOSITION, _skip_fillers
from framing.speakers.document import _Document

#: r29g: articles that open a description in apposition ("the state agency that ...")
_GROUP_NOUN_WORDS = 2  # lower-case words a group urged may hold before its head ("travel companies")


def _side_group(doc: _Document, t: int, b: int) -> bool:
    """True if a side word at key ``t`` describes a lower-case plural noun and "to" follows
    ("called on Russian investors to pour capital"): people urged to act, not a person visited
    ("called on Russian President X")."""
    hit = doc.side_at.get(t)
    u = hit[0] if hit is not None else b
    # round 15: lists of sides and of plural nouns ("called on Vietnamese and Russian cities and
    # provinces to sign"): urged as one group
    while u + 1 < b and doc.keys[u] == "and" and u + 1 in doc.side_at:
        u = doc.side_at[u + 1][0]
    while (u + 2 < b and not doc.caps[u] and is_word(doc.keys[u]) and doc.keys[u + 1] in ("and", ",")
           and doc.view.surface(u, u + 1).lower().endswith("s") and not doc.caps[u + 2] and is_word(doc.keys[u + 2])):
        u += 2
    # round 23a: a noun of a few lower-case words ("called on Russian travel companies to add"): walk
    # to its last word before "to"
    for _ in range(_GROUP_NOUN_WORDS):
        if u + 2 < b and doc.keys[u + 1] != "to" and not doc.caps[u + 1] and is_word(doc.keys[u + 1]):
            u += 1
    if u + 1 >= b or doc.caps[u] or not is_word(doc.keys[u]) or doc.keys[u + 1] != "to":
        return False
    return doc.view.surface(u, u + 1).lower().endswith("s")


# Prepositions of time and place: "spoke" right before one reports an act, not words ("spoke in
# favour of", "spoke about", "spoke highly of" do report them).
_WHEN_WHERE = frozenset({"after", "before", "at", "during"})
# probe 35p4: "on the" and a noun of an occasion's edge or time is a place or time too ("spoke on the
# sidelines of the forum", "spoke on the eve of the visit"); "spoke on the issue" still reports words.
# Keys fold plurals, so the singular keys are listed beside the plurals.
_ON_OCCASION = frozenset({"sideline", "sidelines", "margin", "margins", "eve", "occasion"})


# What a visitor offers at a memorial: "offered incense", "offered flowers" is a rite, not an offer
# of words ("offered to help", "offered support" still report).
# probe 26: keys fold the plural ("flowers" is the key "flower"), so the singular keys are listed
_TRIBUTES = frozenset({"incense", "flower", "flowers", "wreath", "wreaths"})
# r31g: what two sides exchange by sending it, an act that reports no words ("exchanged messages of
# congratulations", "exchanged New Year greetings"); "exchanged views" reports what they said
_CORRESPONDENCE = frozenset({"message", "messages", "letter", "letters", "greeting", "greetings", "cable",
                             "cables", "telegram", "telegrams", "congratulation", "congratulations", "gift",
                             "gifts", "wishes"})


#: r29d: words opening a relative clause on a noun of the apposition ("..., which borders China,")
_RELATIVES = frozenset({"which", "where", "whose", "who"})
# Lower-case words inside the name a title's apposition goes on with past a comma: "and", "of", and
# (round 24b) a body's place under another ("Department of Quality, Processing and Market Development
# under the Ministry of Agriculture and Environment,")
_NAME_LINKS = frozenset({"and", "of", "&", "the", "under", "for"})


# Review 22: "expected" before these opens a passive clause ("X, expected in Moscow next week, ..."):
# as a verb of speech it takes a clause or an object ("He expected more visitors")
_EXPECTED_PASSIVE = frozenset({"to", "in", "at", "on", "by", "for", "from", "next", "later", "soon"})


def _reduced_passive(doc: _Document, t: int, b: int) -> bool:
    """True if the verb of speech at key ``t``, right after the subject's comma, opens a passive
    clause that another comma closes: "The delegation, expected in Hà Nội next week, will ...",
    "X, said to be the largest, ..." (a participle before "to be/have"). The subject's own verb
    comes after that clause (review 22); "X, Director of Y, said to reporters, ..." stays a verb."""
    keys = doc.keys
    if t + 2 >= b:
        return False
    if not (keys[t] == "expected" and keys[t + 1] in _EXPECTED_PASSIVE
            or keys[t + 1] == "to" and keys[t + 2] in ("be", "have")):
        return False
    return any(keys[u] == "," for u in range(t + 2, min(b, t + _APPOSITION)))


_PASSIVE_AUX = frozenset({"was", "were", "is", "are"})


#: r29e: verbs of accepting an invitation whose owner stands between ("accepted Nam's invitation")
_ACCEPTING = frozenset({"accepted", "accepts", "accept"})
_INVITERS = frozenset({"his", "her", "their", "its"})  # "accepted his invitation"
# r31d: "extended" reports speech only when what is extended is said ("extended greetings to",
# "extended an invitation", "extended his thanks"); "extended visa-free stays", "extended the
# agreement", "extended a loan" are acts. Keys fold plurals ("greetings" = "greeting").
_EXTENDED_WORDS = frozenset({"greeting", "greetings", "congratulation", "congratulations", "invitation", "thank",
                             "thanks", "gratitude", "condolence", "condolences", "sympathy", "wish", "wishes",
                             "welcome", "appreciation", "regard", "regards", "support", "compliment", "compliments"})
_EXTENDED_SPAN = 6  # keys of its object ("extended the warmest New Year greetings")
# review 40: support given in kind or money is a deed, not words ("extended financial support worth ...")
_GIVEN_SUPPORT = frozenset({"financial", "material", "technical", "humanitarian", "military", "economic"})
_INVITER_SPAN = 4  # keys of the owner between the verb and "invitation" ("his Vietnamese counterpart's")


def _described_body(doc: _Document, t: int, b: int) -> bool:
    """True if a description after an article opens at key ``t``: a lower-case word ("the state
    agency"), or (review 33) a side's adjective before one ("the Russian state corporation"); a
    capitalised name ("the Ministry of ...") is no description."""
    if not doc.caps[t]:
        return True
    hit = doc.side_at.get(t)
    return hit is not None and hit[0] < b and not doc.caps[hit[0]]


def _extends_words(keys, t: int, b: int) -> bool:
    """r31d: True if a word of what is said (:data:`_EXTENDED_WORDS`) is the object of "extended"
    from key ``t``, before the clause ends; review 40: not support in kind (:data:`_GIVEN_SUPPORT`)."""
    for u in range(t, min(b, t + _EXTENDED_SPAN)):
        if keys[u] == "support" and keys[u - 1] in _GIVEN_SUPPORT:
            return False  # review 40: support in kind or money, given
        if keys[u] in _EXTENDED_WORDS:
            return True
        if keys[u] in (",", ";", ".", "that", "which"):
            return False
    return False


_POSTING = frozenset({"wrote", "writes", "write", "posted", "posts", "post"})  # probe 35p3
_POSTED_WHERE = 7  # probe 35p3: keys of the place written in ("on his official Telegram channel")


def _verb_after(doc: _Document, k: int, b: int):
    """End of a reporting verb after the subject ending at ``k`` (or None)."""
    keys, act = doc.keys, doc.act
    if k + 2 < b and keys[k] == "(" and (c := next((j for j in range(k + 2, min(b, k + 4)) if keys[j] == ")"), None)):
        k = c + 1  # r27c: a short form in brackets after the body ("the ... Service (Rosstat) reported")
    for _ in range(2):
        if k < b and keys[k] == "," and act.verbs.longest(keys, _skip_fillers(doc, k + 1, b)) is not None and not (
            _reduced_passive(doc, _skip_fillers(doc, k + 1, b), b)
        ):
            # the comma closing an apposition the subject took in: "The head of the delegation,
            # Deputy Director Hoang Van Dung, expressed"
            k += 1
        elif k < b and keys[k] == ",":  # apposition: "Medvedev, Chairman of URP, said"
            close = next((j for j in range(k + 1, min(b, k + _APPOSITION)) if keys[j] == ","), None)
            if close is None:
                return None
            if close == k + 2 and keys[k + 1].isdigit() and act.verbs.longest(keys, _skip_fillers(doc, close + 1, b)) is None:
                # r36e: an age before the apposition ("Nguyễn Thu Hà, 21, a student from Hải Phòng,
                # said"): the next turn reads the apposition from the age's comma
                k = close
                continue
            while True:
                # a name's list goes on past a comma: "a former Deputy Minister of Culture, Sports
                # and Tourism, recalled" (capitalised words and "and" up to the next comma)
                u = close + 1
                while u < b and (doc.caps[u] and is_word(keys[u]) or keys[u] in _NAME_LINKS):
                    u += 1
                if u == close + 1 or u >= b or keys[u] != ",":
                    break
                close = u
            if close + 1 < b and keys[close + 1] in _RELATIVES:
                # r29d: a relative clause on the apposition (its noun or the person), to the comma before the verb:
                # "X, Vice Chairman of Khanh Hoa Province, which receives most visitors, said"
                end = next((j for j in range(close + 2, min(b, close + _APPOSITION)) if keys[j] == ","), None)
                if end is not None and act.verbs.longest(keys, _skip_fillers(doc, end + 1, b)) is not None:
                    close = end
            k = close + 1
            if (close + 2 < b and keys[close + 1] in _ARTICLES and _described_body(doc, close + 2, b)
                    and act.verbs.longest(keys, _skip_fillers(doc, k, b)) is None):
                # r29g: a second apposition describing the body of the first ("X, deputy head of
                # Roskino, the state agency that promotes films abroad, noted"): the next turn of the
                # loop reads it from its comma ("X, head of Y, and Z agreed" is no apposition)
                k = close
        k = _skip_fillers(doc, k, b)
    verb = act.verbs.longest(keys, k)
    if verb is None and k + 3 < b and keys[k] in _PASSIVE_AUX and keys[k + 1] in act.adverbs:
        # spk15: an adverb inside a passive of speech: "was also quoted as saying", "was later
        # quoted by Indian media": the verb phrase read without it
        hit = act.verbs.longest([keys[k], *keys[k + 2 : min(b, k + 8)]], 0)
        if hit is not None and hit[0] > 1:
            verb = (k + 1 + hit[0], hit[1])
    if verb is None and k + 2 < b and keys[k] in _ACCEPTING:
        # r29e: "accepted Nam's invitation", "accepted his counterpart's invitation": the owner of the
        # invitation between, as "accepted the invitation" (actors.yml) is a reply of the subject
        t = next((t for t in range(k + 2, min(b, k + 2 + _INVITER_SPAN)) if keys[t] == "invitation"), None)
        if t is not None and (doc.view.possessive(t) or keys[t - 1] in _INVITERS):
            verb = (t + 1, True)
    if verb is None and k + 3 < b and keys[k] in _POSTING and keys[k + 1] in ("on", "in"):
        # probe 35p3: "wrote on social media that", "wrote on his Telegram channel that", "posted on
        # the embassy's website that": a place of writing between the verb and "that" ("wrote that"
        # is listed); "wrote a letter" and "wrote on the board" (no "that") stay deeds, and so does a
        # place then an object ("wrote on the board the names of pupils that ...": a second article)
        t = next((t for t in range(k + 2, min(b, k + 2 + _POSTED_WHERE)) if keys[t] in ("that", ",", ";", '"')), None)
        if t is not None and keys[t] == "that" and not any(keys[u] in _ARTICLES or keys[u] == "of" for u in range(k + 3, t)):
            verb = (t + 1, True)
    if verb is not None and keys[k].startswith("extend") and verb[0] == k + 1 and not _extends_words(keys, k + 1, b):
        return None  # r31d: "Vietnam extended visa-free stays": an act, nothing said
    if verb is not None and keys[k] == "forecast" and doc.view.surface(k, k + 1).lower().endswith("s"):
        return None  # r27c: keys fold plurals: "Russian forecasts were cut" is the noun, no verb
    if verb is not None and keys[k] in ("read", "reads") and verb[0] == k + 2 and keys[k + 1] == "that":
        return None  # review 26: "The minister read that letter aloud": a subject here is a speaker,
        # who reads a text out; "read that" is the wording of a document (attribution._document_speaks)
    if verb is not None and keys[k] == "spoke" and verb[0] == k + 1 and verb[0] + 1 < b and (
        keys[verb[0]] in _WHEN_WHERE and keys[verb[0] + 1] != "length"
        or keys[verb[0]] == "on" and verb[0] + 2 < b and keys[verb[0] + 1] == "the"
        and keys[verb[0] + 2] in _ON_OCCASION
    ):
        return None  # "X spoke after a meeting", "spoke at the ceremony": the act of speaking, no words
    if verb is not None and keys[k] == "spoke" and verb[0] == k + 1 and _listener_then_when(keys, verb[0], b):
        return None  # r29f: "X spoke to TASS after meeting a delegation": the same act, a listener between
    if verb is not None and _call_only(doc, k, verb[0], b):
        # r28g: "The two presidents last spoke by telephone in September": a call held, no words,
        # unless a reporting verb follows in the same predicate ("spoke by phone and agreed ...")
        return _said_after_rite(doc, verb[0], b)
    if verb is not None and (_tribute(doc, k, verb[0], b) or _correspondence(doc, k, verb[0], b)):
        # "offered incense at the relic site": a tribute paid, no words, unless a reporting verb
        # follows in the same predicate ("offered flowers and said ties were strong")
        return _said_after_rite(doc, verb[0], b)
    if verb is not None and keys[k] == "called" and verb[0] < b and keys[verb[0]] == "on" and (
        verb[0] + 1 < b and doc.caps[verb[0] + 1] and not _side_group(doc, verb[0] + 1, b)
        and not _body_urged(doc, verb[0] + 1, b)
    ):
        return None  # "called on External Affairs Minister X": a visit ("called on X to ...": urged)
    if verb is not None and keys[k] == "called" and verb[0] + 1 < b and keys[verb[0]] == "on" and (
        not doc.caps[verb[0] + 1] and not _urged_to(doc, verb[0] + 1, b)
    ):
        # probe 34p9: "called on a family of four in the province": a visit to people no "to" and
        # verb urges on, unless a reporting verb follows ("called on a family and said ...")
        return _said_after_rite(doc, verb[0], b)
    if verb is None or keys[k].startswith("welcom") and (any(
        keys[t] in _RECEIVED_PEOPLE and not (
            doc.view.possessive(t + 1) and t + 1 < b and keys[t + 1] not in _GUEST_PARTS)
        for t in range(verb[0], _object_head_end(keys, verb[0], min(b, verb[0] + 5)))
    ) or _count_at(doc, verb[0], b) or _person_welcomed(doc, verb[0], b) or _pronoun_welcomed(doc, verb[0], b)):
        # "welcomed a delegation", "received the visitor": nothing said, unless a reporting verb
        # follows in the same predicate ("welcomed the visitor and briefed him on ..."); "welcomed
        # the delegation's visit" welcomes the visit, a view
        if verb is None and k < b and keys[k] not in act.receiving_verbs and _past_act(doc, k):
            # "The two governors attended the opening of ..., and agreed to ...": a second
            # predicate of the same subject after "and" reports what it said; without a comma
            # ("signed a plan and agreed to ...") not a verb of receiving ("toured the port and
            # welcomed ...": a reception, no speech)
            for t in range(k + 1, b - 1):
                if keys[t] in (";", '"', "that", "who", "which"):
                    return None
                if keys[t] == "and":
                    v = _skip_fillers(doc, t + 1, b)
                    hit = act.verbs.longest(keys, v)
                    if hit is not None and _tribute(doc, v, hit[0], b):
                        continue  # probe 26: "watched a film and offered flowers": a tribute, no words
                    if hit is not None and (keys[t - 1] == "," or keys[v] not in act.receiving_verbs):
                        return hit[0]
            return None
        if verb is None and (k >= b or keys[k] not in act.receiving_verbs):
            return None  # nothing follows the subject ("..., Deputy Minister X" ends the text)
        for t in range(k + 1, min(b, k + 12)):
            if keys[t] in (",", ";", '"', "that", "who", "which"):
                return None
            if keys[t] == "and":
                hit = act.verbs.longest(keys, _skip_fillers(doc, t + 1, b))
                return hit[0] if hit is not None else None
        return None
    return verb[0]


def _listener_then_when(keys: list[str], t: int, b: int) -> bool:
    """r29f: True if "to", a listener of at most three words ("TASS", "reporters", "the press") and a
    word of :data:`_WHEN_WHERE` follow key ``t`` ("spoke to TASS after meeting ..."); a topic first
    ("spoke to TASS about the payments") is words reported."""
    if t >= b or keys[t] != "to":
        return False
    for u in range(t + 2, min(b, t + 5)):
        if keys[u] in _WHEN_WHERE:
            return True
        if not keys[u].isalnum() or keys[u] in ("about", "on", "that", "of"):
            return False
    return False


# r28g: verbs of talking that, before the means of a call, report the call and not what was said
_TALKING = frozenset({"spoke", "talked", "speak", "talk", "spoken"})
_CALL_MEANS = frozenset({"telephone", "phone", "video", "videoconference", "videolink", "hotline"})
_CALL_NOUNS = frozenset({"link", "call", "conversation"})  # review 31: after the means ("via video link about")


def _call_only(doc: _Document, k: int, e: int, b: int) -> bool:
    """True if the verb at keys ``k:e`` is one of talking followed by the means of a call ("spoke by
    telephone", "talked over the phone", "spoke via video link"): the act of a call; "spoke about
    trade by telephone" and "discussed by telephone the agreements" report words, and so (review 31)
    does a topic after the means ("spoke by telephone about the situation", as the same words in the
    other order)."""
    keys = doc.keys
    if keys[k] not in _TALKING or e + 1 >= b or keys[e] not in ("by", "over", "on", "via"):
        return False
    t = e + 1 + (keys[e + 1] in ("the", "a"))
    if t >= b or keys[t] not in _CALL_MEANS:
        return False
    u = t + 1 + (t + 1 < b and keys[t + 1] in _CALL_NOUNS)
    return u >= b or keys[u] != "about"


def _tribute(doc: _Document, k: int, e: int, b: int) -> bool:
    """True if the verb at keys ``k:e`` is "offered" and a tribute (``_TRIBUTES``) follows within three
    keys (over "a", "floral", "fresh"): "offered incense at the relic site", "and offered flowers at
    the monument" pay a tribute and report no words ("offered to help", "offered condolences" do)."""
    keys = doc.keys
    return keys[k] == "offered" and any(
        keys[t] in _TRIBUTES for t in range(e, min(b, e + 3))
        if all(keys[u] in ("a", "floral", "fresh") for u in range(e, t)))


def _correspondence(doc: _Document, k: int, e: int, b: int) -> bool:
    """R31g: True if the verb at keys ``k:e`` is "exchanged" and a noun of ``_CORRESPONDENCE``
    follows within three keys ("exchanged messages", "exchanged Tết greetings", "exchanged
    congratulatory letters"): messages sent, no words reported, as a tribute paid."""
    keys = doc.keys
    if keys[k] != "exchanged":
        return False
    for t in range(e, min(b, e + 3)):
        if keys[t] in _CORRESPONDENCE:
            return True
        if not is_word(keys[t]) or keys[t] in ("view", "views", "of", "on", "opinion", "opinions", "experience"):
            return False
    return False


#: probe 34p9: words after "to" that make it a preposition, no infinitive ("presented gifts to them")
_TO_OBJECTS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "them", "him", "this", "these",
                         "those", "all", "each", "every"})


def _urged_to(doc: _Document, u: int, b: int) -> bool:
    """Probe 34p9: True if "to" and a lower-case word of no article or pronoun follows key ``u`` in the
    sentence ("called on the two sides to expand trade", "called on businesses of both countries to
    invest"): people urged to act. "Called on a family of four in the province" (no such "to") and
    "called on veterans, presenting gifts to them" are a visit."""
    keys = doc.keys
    return any(keys[t] == "to" and not doc.caps[t + 1] and is_word(keys[t + 1]) and keys[t + 1] not in _TO_OBJECTS
               and not keys[t + 1].isdigit() for t in range(u, b - 1))


def _said_after_rite(doc: _Document, t: int, b: int):
    """End of a reporting verb after "and" later in the predicate of a rite ending at key ``t`` ("offered
    flowers and said ...", not a second rite), or None: the rite reports no words."""
    keys, act = doc.keys, doc.act
    for u in range(t, b - 1):
        if keys[u] in (";", '"', "that", "who", "which"):
            return None
        if keys[u] == "and":
            v = _skip_fillers(doc, u + 1, b)
            hit = act.verbs.longest(keys, v)
            if hit is not None and not _tribute(doc, v, hit[0], b):
                return hit[0]
    return None


def _body_urged(doc: _Document, u: int, b: int) -> bool:
    """True if the capitalised run at key ``u`` after "called on" names no person and "to" follows
    it (round 23b): "He also called on United Russia to use its majority ..." urges a body; one
    calls on a person to visit ("called on External Affairs Minister X")."""
    e = doc._caps_run_end(u, b)
    if any(doc.person_at(t, t) is not None for t in range(u, e)):
        return False
    # r30c: a place's name before a plural noun of a few lower-case words ("called on Novosibirsk
    # firms to invest", "called on Kazan travel companies to add"): a group urged, as with a side word
    g = e
    while g < b and g - e < _GROUP_NOUN_WORDS and doc.keys[g] != "to" and not doc.caps[g] and is_word(doc.keys[g]):
        g += 1
    if g > e and not doc.view.surface(g - 1, g).lower().endswith("s"):
        return False
    return g < b and doc.keys[g] == "to"


# Nouns of people a verb of welcoming receives ("welcomed a delegation", r32f: "welcomed the scientists at
# a ceremony", "welcomed the crew"): a reception, no words (keys: plurals folded)
_RECEIVED_PEOPLE = frozenset({"delegation", "delegations", "visitor", "guest", "scientist", "researcher", "expert",
                              "specialist", "team", "crew", "sailor", "student", "participant", "delegate"})


def _person_welcomed(doc: _Document, t: int, b: int) -> bool:
    """Probe 33p1: True if the object at key ``t`` of a verb of welcoming is a person named (after
    title words): "welcomed Russian State Duma Deputy Chairman Igor Belov" receives a guest, no
    words ("welcomed Putin's proposal", the person's possessive, welcomes a view)."""
    hit = doc.title_skip(t, b)
    if hit is None:
        return _office_welcomed(doc, t, b)
    if hit[1] < b and doc.view.possessive(hit[1]):
        return False
    # title words only before the name: capitalised, or "of", "the", "and" inside the title ("Chairman of
    # the State Duma X"); "welcomed the state visit of X" welcomes a visit, a view
    return all(doc.caps[u] or doc.keys[u] in ("of", "the", "and") for u in range(t, hit[0]))


def _office_welcomed(doc: _Document, t: int, b: int) -> bool:
    """Probe 35p2: True if the object at key ``t`` of a verb of welcoming is an office of a side with no
    name: "the", a side's word, then a capitalised title ("welcomed the Vietnamese Minister of Planning
    and Investment on April 17") receives a guest, as a person named does; not the office's
    possessive ("welcomed the Russian President's proposal": a view) nor a body ("the Russian
    Government")."""
    keys = doc.keys
    if not (t + 2 < b and keys[t] == "the" and t + 1 in doc.side_at):
        return False
    u = doc.side_at[t + 1][0]
    if not (u < b and doc.caps[u] and keys[u] in doc.names.titles and keys[u] not in _ARTICLES):
        return False
    e = u
    while e < b and (doc.caps[e] and is_word(keys[e]) or keys[e] in ("of", "and") and e + 1 < b and doc.caps[e + 1]):
        e += 1
    return not doc.view.possessive(e)  # e > u: the title has a word


#: probe 35p7: the object pronouns that can only be a person ("welcomed him at Nội Bài airport"); "them"
#: and "it" may be proposals ("welcomed them"), a view
_PERSON_OBJECTS = frozenset({"him", "her"})


def _pronoun_welcomed(doc: _Document, t: int, b: int) -> bool:
    """Probe 35p7: True if the object at key ``t`` of a verb of welcoming is "him" or "her" (not a
    possessive "her"): a guest received, no words ("Trần Minh Đức welcomed him at Nội Bài airport";
    "welcomed her proposal" welcomes a view)."""
    if t >= b or doc.keys[t] not in _PERSON_OBJECTS:
        return False
    if doc.keys[t] == "her" and t + 1 < b and doc.keys[t + 1].isalpha() and doc.keys[t + 1] not in _AFTER_OBJECT:
        return False  # "welcomed her proposal": the possessive
    return True


#: words that may follow the object "her" (a place, a time, a joined verb)
_AFTER_OBJECT = frozenset({"at", "in", "on", "to", "and", "with", "as", "during", "upon", "warmly", "back"})


# Nouns of people after a guest's possessive: "welcomed the delegation's head" still receives a
# guest ("welcomed the delegation's visit" welcomes the visit, a view).
_GUEST_PARTS = frozenset({"head", "leader", "member", "group", "team", "chief", "delegation"})


def _object_head_end(keys: list[str], t: int, b: int) -> int:
    """Where the object opened at key ``t`` leaves its head, at the first "of" after a word that is no
    group of people ("welcomed the contribution of the scientists": the contribution is welcomed, a
    view; review 44), or ``b``; "a group of experts", "the crew of the ship" go on."""
    for u in range(t + 1, b):
        if keys[u] == "of" and keys[u - 1] not in _RECEIVED_PEOPLE and keys[u - 1] not in _GUEST_PARTS:
            return u
    return b


# Words before a number that counts ("more than 2 million", "about 500", "up to 40").
_QUANTIFIERS = frozenset({"more", "than", "over", "about", "nearly", "almost", "some", "around", "roughly", "up", "to"})


def _count_at(doc: _Document, t: int, b: int) -> bool:
    """True if a number of things opens the object at key ``t``: "welcomed some 2 million
    holidaymakers" counts arrivals, it reports no words ("welcomed the 20 percent rise" and
    "welcomed 2025 as a year of ..." do)."""
    keys = doc.keys
    for u in range(t, min(b, t + 4)):
        if keys[u] in _QUANTIFIERS:
            continue
        # a share or a span of years is no count of people ("welcomed 2 percent growth", "150 years")
        unit = u + 1 < b and keys[u + 1] in ("percent", "per", "%", "years", "year")
        return is_count(keys[u]) and not unit  # no year: "welcomed 2025 as ..."
    return False


#: r32e: past tenses of acts that do not end in "-ed" ("Lâm met Zyuganov and conveyed the congratulations
#: of ...": a second predicate after "and" reports speech as after "visited")
_IRREGULAR_PAST_ACTS = frozenset({"met", "paid", "made", "took", "saw", "led", "sent", "gave", "went"})


def _past_act(doc: _Document, k: int) -> bool:
    """True if key ``k`` is a verb in the past tense, lower case: "witnessed", "visited", "met"."""
    surface = doc.view.surface(k, k + 1)
    return surface.isalpha() and surface.islower() and (surface.endswith("ed") or surface in _IRREGULAR_PAST_ACTS)
