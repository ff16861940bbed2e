"""The per-sentence loop (``_resolve_document``) that decides each sentence's speaker, side and
rule, with pronouns, continuations, groups, interviews and documents that speak;
:func:`attribute_speakers` and :func:`speakers_of_document`."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import groupby
from operator import itemgetter

import pandas as pd

from framing.errors import require_columns
from framing.lexicons.actors import JOINT, NARRATOR, as_actors
from framing.lexicons.matching import key_stream
from framing.lexicons.names import TextView
from framing.speakers._common import _SINGULAR, _VOICES, _ref_side, _skip_fillers
from framing.speakers.document import _Document
from framing.speakers.institutions import _learned_from_sources
from framing.speakers.quotes import (
    _both_sides_subject,
    _narrated_subject,
    _quoted_sentences,
    _quotes,
)
from framing.speakers.resolution import _LEGISLATURES
from framing.speakers.speech import _parse
from framing.speakers.subjects import _subject
from framing.speakers.verbs import _verb_after
from framing.tokens import SENTENCE_COLUMNS

#: Columns of the table returned by :func:`attribute_speakers`.
SPEAKER_COLUMNS = [*SENTENCE_COLUMNS, "speaker", "side", "rule"]

_NOBODY = (NARRATOR, NARRATOR, NARRATOR)
# Documents that carry their author's words ("The letter affirmed ...", "the statement says");
# a plan, treaty or agreement two parties sign holds what they will do, no one's words.
_WORDED_DOCUMENTS = frozenset({"statement", "letter", "message", "declaration", "communique", "document", "telegram",
                               "review", "report"})
# r29c: verbs of what a document holds, read as its author's words only with a worded document as
# their subject ("The statement lists trade as a priority", "The document also covers education");
# keys, plural -s folded ("lists" -> "list"); pairs are a verb and its particle ("sets out").
_CONTENT_VERBS = frozenset({"list", "listed", "cover", "covered", "envisage", "envisaged", "stipulate",
                            "stipulated", "specify", "specified", "include", "included", "contain", "contained"})
_CONTENT_VERB_PAIRS = frozenset({("set", "out"), ("set", "forth"), ("spell", "out"), ("spelled", "out"),
                                 ("spelt", "out"), ("provide", "for"), ("provided", "for")})


def _content_verb(keys, v: int, b: int) -> bool:
    """r29c: True if a verb of a document's content opens keys ``v:b`` ("lists", "sets out")."""
    return v < b and (keys[v] in _CONTENT_VERBS or v + 1 < b and (keys[v], keys[v + 1]) in _CONTENT_VERB_PAIRS)


def _rule(form: str, kind: str) -> str:
    """The rule column: the form of speech, and what the subject was when it was no name."""
    if kind == "people":
        return form
    name = "country" if kind == "sides" else kind
    return name if form == "subject+verb" else f"{form}:{name}"


def _person_label(doc: _Document, refs) -> tuple[list[str], list]:
    names, sides = [], []
    for how, value in refs:
        names.append(value if how == "known" else doc.people[value].name)
        sides.append(_ref_side(doc, how, value))
    return names, sides


def _label(doc: _Document, refs) -> tuple[str, str]:
    names, sides = _person_label(doc, refs)
    order = {}
    for (how, value), name in zip(refs, names, strict=True):
        if how == "discovered" and doc.people[value].how == "known":
            how, value = "known", name
        order[name] = (0, doc.act.order.get(value, 0)) if how == "known" else (1, doc.people[value].order)
    uniq = sorted(set(names), key=lambda x: order[x])
    known = {s for s in sides if s is not None}
    if None in sides and not known:
        side = NARRATOR
    elif len(known) == 1:
        side = known.pop()
    else:
        side = JOINT
    return " and ".join(uniq), side


def _people_in(doc: _Document, a: int, b: int) -> tuple:
    """The people (refs, in order of mention) the keys ``a:b`` name."""
    return tuple(("discovered", i) for i, p in enumerate(doc.people) if any(a <= m < b for m in p.mentions))


def _titled_pair_subject(doc: _Document, a: int, b: int) -> bool:
    """Probe 34p3 (review 50: named apart from ``subjects._pair_subject``, another rule): True if the
    sentence at keys ``a:b`` opens with two people joined by "and", each
    after his title ("Vietnamese Deputy Foreign Minister X and Russian Deputy Foreign Minister Y
    co-chaired the dialogue."): its subject is the pair, whom a "they" right after means (as probe
    33p7's "X held talks with Y. They agreed ...")."""
    first = doc.title_skip(a, b) if a < b else None
    if first is None or first[1] >= b or doc.keys[first[1]] != "and":
        return False
    second = doc.title_skip(first[1] + 1, b)
    return second is not None and second[2] != first[2]


def _principal_of(doc: _Document, side: str):
    """The first person of ``side`` named in the opening of the document, or None."""
    return next((("discovered", p) for p in doc.principals if doc.people[p].side == side), None)


def _last_pair(doc: _Document, persons: list, principals: set) -> list:
    """The two people who spoke last, the document's principals first (fewer when there are not two)."""
    recent: list = []
    for ppl in reversed(persons):
        for p in ppl:
            if p not in recent:
                recent.append(p)
    main = [p for p in recent if p in principals or p[0] == "known" or doc.people[p[1]].how == "known"]
    if len(main) < 2 and len(recent) < 2:
        # one of the two the report opens with has not spoken yet: the principals
        main += [p for p in sorted(principals) if p not in main]
    return main[:2] if len(main) >= 2 else recent[:2]


# r31g: a qualifier of a pair that names the body its two members lead ("the two parliamentary
# leaders" are the chairs of the legislatures, not the presidents who spoke last): title words.
_PAIR_KINDS = {
    "parliamentary": _LEGISLATURES, "legislative": _LEGISLATURES, "parliament": _LEGISLATURES,
    "foreign": frozenset({"foreign"}), "defence": frozenset({"defence", "defense"}),
    "defense": frozenset({"defence", "defense"}),
}


def _opens_clause(keys: list[str], a: int, t: int) -> bool:
    """Review 40: True if key ``t`` opens the clause from ``a``, after "the" or nothing: at ``a`` or
    after a comma ("Both ministers", ", the two leaders"), not inside a phrase ("attended by both")."""
    s = t - 1 if t > a and keys[t - 1] == "the" else t
    return s == a or keys[s - 1] == ","


def _kind_pair(doc: _Document, a: int, b: int) -> list:
    """R31g: the two people named last before key ``a`` whose titles fit the qualifier of "the two
    <qualifier> <plural>" or "both <qualifier> <plural>" opening the sentence's subject, or []
    when no qualifier of ``_PAIR_KINDS`` stands there or fewer than two people fit. Review 40: the
    pair opens a clause (the sentence, or after a comma), so "in talks attended by both foreign
    ministers, the two presidents agreed" is the presidents'."""
    keys = doc.keys
    t = next((t for t in range(a, min(b, a + 8)) if keys[t] in ("two", "both") and _opens_clause(keys, a, t)), None)
    if t is None:
        return []
    kinds = next((_PAIR_KINDS[keys[u]] for u in range(t + 1, min(b, t + 3)) if keys[u] in _PAIR_KINDS), None)
    if kinds is None:
        return []
    fit = [(max(m for m in p.mentions if m < a), x) for x, p in enumerate(doc.people)
           if p.title & kinds and any(m < a for m in p.mentions)]
    if len(fit) < 2:
        return []
    return [("discovered", x) for _, x in sorted(sorted(fit, reverse=True)[:2], key=lambda f: doc.people[f[1]].order)]


def _pronoun_and_counterpart(doc: _Document, a: int, b: int, pronoun: str, mine: str):
    """probe 37p7: the side of "his/her <side word> counterpart" when the sentence at keys ``a:b``
    opens "He and his Vietnamese counterpart <verb of speech>" and ``pronoun`` ("he", "she"), read as
    a person of side ``mine``, is of another side; else None. A counterpart of no side word, or of
    the person's own side, is no pair ("He and his counterpart toured ...": no verb of speech)."""
    keys = doc.keys
    if pronoun not in ("he", "she") or mine in (NARRATOR, JOINT) or not (
            a + 3 < b and keys[a] == pronoun and keys[a + 1] == "and" and keys[a + 2] in ("his", "her")):
        return None
    role = doc.role_at(a + 2, b)
    if role is None or role[2][-1] != "counterpart" or role[1] in (None, mine):
        return None
    return role[1] if _verb_after(doc, role[0], b) is not None else None


def _resolve_document(doc: _Document, spans: list[tuple[int, int]]) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    persons: list[tuple] = []  # person refs behind each sentence's speaker
    principals = {("discovered", p) for p in doc.principals}
    narrated = None  # the person the previous sentence is about when nobody spoke in it
    narrated_role = None  # probe 35p5: (label, side) of a role nobody holds that the sentence before is about
    quoted = _quoted_sentences(doc, spans)
    author = None  # (label, side) of the last document the text gave an author
    named_document = False  # r28g: a worded document named in an earlier sentence
    voice = None  # (label, side, word) of a spokesman no person names who spoke last ("A Rostec spokesman")
    for x, (a, b) in enumerate(spans):
        parsed = _parse(doc, a, b) if x not in quoted else None
        who: tuple = ()
        if parsed is None:
            res = _NOBODY
        else:
            kind, value, form = parsed
            rule = _rule(form, kind)
            if kind == "pronoun" and value in doc.act.impersonal_pronouns:
                # "The Liberal Party promised ... It also called for ...": "it" is never a person,
                # only a party, institution or country that spoke in the sentence right before, and
                # not a document that sentence names ("welcomed the treaty. It calls for ...")
                ok = bool(out) and out[-1][1] != NARRATOR and not persons[-1] and _it_speaks(
                    doc, spans[x - 1], (a, b), value
                )
                res = (out[-1][0], out[-1][1], rule) if ok else _NOBODY
            elif kind in ("pronoun", "continuation"):
                prev = next((r for r in reversed(out) if r[1] != NARRATOR), None)
                prev_who = next((w for w in reversed(persons) if w), ())
                if out and out[-1][1] != NARRATOR:
                    if not (value in ("he", "she") and not persons[-1] and prev_who
                            and _label(doc, prev_who[:1])[1] == out[-1][1]):
                        # "The Vietnamese side wishes ... He suggested": "he" is the side's person
                        # who spoke before, not the side
                        prev, prev_who = out[-1], persons[-1]
                    else:
                        prev_who = prev_who[:1]
                        prev = _label(doc, prev_who)
                elif narrated is not None and value in _SINGULAR:
                    # "Sorokin visited the mausoleum. He said ...": the subject of the sentence before
                    prev_who = (narrated,)
                    prev = _label(doc, prev_who)
                elif narrated_role is not None and value in ("he", "she"):
                    # probe 35p5: "The Russian ambassador presented gifts to pupils. He said ...": a
                    # role of one side nobody holds, the subject of the sentence before
                    prev, prev_who = narrated_role, ()
                if value in _SINGULAR and len(prev_who) > 1:
                    # "he" after "Belov shared Tâm's view": one person, the subject
                    prev_who = prev_who[:1]
                    name, side = _label(doc, prev_who)
                    prev = (name, side)
                if value not in _SINGULAR and value in doc.act.pronouns and len(prev_who) == 1:
                    # "They agreed ..." after one person spoke: "they" is no single person, but the
                    # two principal people who spoke last ("The two deputy ministers signed ...")
                    pick = _last_pair(doc, persons, principals)
                    if len(pick) >= 2:
                        prev_who = tuple(pick)
                        prev = _label(doc, prev_who)
                if (value not in _SINGULAR and value in doc.act.pronouns and out and not persons[-1]
                        and out[-1][1] not in (NARRATOR, JOINT) and out[-1][0].lower().endswith(" side")):
                    # "The Russian side expressed ... The Vietnamese side welcomed ... They agreed":
                    # "they" is no single side, but both when the speaker before was the other side
                    other = next((out[t] for t in range(len(out) - 2, -1, -1) if out[t][1] != NARRATOR), None)
                    if other is not None and other[1] not in (JOINT, out[-1][1]):
                        prev, prev_who = ("both sides", JOINT), ()
                if (value not in _SINGULAR and value in doc.act.pronouns and out and out[-1][1] == NARRATOR
                        and _both_sides_subject(doc, *spans[x - 1])):
                    # fix 10: "Vietnam and Russia held talks. They agreed ...", "Both delegations
                    # visited a plant. They agreed ...": "they" is the subject of the sentence before,
                    # both sides, not whoever spoke last
                    prev, prev_who = ("both sides", JOINT), ()
                elif (value not in _SINGULAR and value in doc.act.pronouns and out and out[-1][1] == NARRATOR
                        and (narrated is not None or _titled_pair_subject(doc, *spans[x - 1]))):
                    # probe 33p7: "Deputy Minister X held talks with Lao Deputy Minister Y. They agreed
                    # ...": with nobody speaking before, "they" is the people the sentence before names,
                    # when they are exactly two of two sides (both, joint); probe 34p3 (and 34p6, the same rule): also after "X
                    # and Y co-chaired ...", two people as the subject of the sentence before
                    named = _people_in(doc, *spans[x - 1])
                    if len(named) == 2:
                        pair = _label(doc, named)
                        if pair[1] == JOINT:
                            prev, prev_who = pair, named
                res = (prev[0], prev[1], rule) if prev is not None else _NOBODY
                who = prev_who if prev is not None else ()
                theirs = _pronoun_and_counterpart(doc, a, b, value, res[1])
                if theirs is not None:
                    # probe 37p7: "He and his Vietnamese counterpart agreed ...": the person "he" is
                    # and a counterpart of another side's word, one subject (joint), as "X and his
                    # Russian counterpart agreed" (probe 35p4)
                    res, who = (f"{res[1]} and {theirs}", JOINT, rule), ()
            elif kind == "people":
                name, side = _label(doc, value)
                res, who = (name, side, rule), value
            elif kind == "role":
                if value[0] == "discovered" and voice is not None and voice[2] not in doc.people[value[1]].title and any(
                    doc.keys[t] == "the" and doc.keys[t + 1] == voice[2] for t in range(a, b - 1)
                ):
                    # '"...," the spokesman said.' after "A Rostec spokesman told TASS ...": the
                    # voice that spoke last, not a person of another title named before
                    res = (voice[0], voice[1], rule)
                elif value[0] == "discovered":
                    name, side = _label(doc, (value,))
                    res, who = (name, side, rule), (value,)
                elif value[1] is None:
                    # a voice of no known side: "A Petrovietnam spokesman told TASS" is the body's
                    # (narrator side); "the spokesman said" with nobody so titled is the voice
                    # before, while no one else spoke between
                    named = value[0].split()
                    if named[1][:1].isupper():
                        res = (value[0], NARRATOR, rule)
                    elif voice is not None and named[-1].lower() == voice[2]:
                        res = (voice[0], voice[1], rule)
                    else:
                        res = _NOBODY
                else:
                    res = (value[0], value[1], rule)
            elif kind == "sides":
                refs = [_principal_of(doc, s) for s in dict.fromkeys(value)]
                if all(r is not None for r in refs):
                    name, side = _label(doc, refs)
                    who = tuple(refs)
                else:
                    name = " and ".join(dict.fromkeys(value))  # the sides, when no person fits
                    side = value[0] if len(set(value)) == 1 else JOINT
                res = (name, side if len(set(value)) == 1 else JOINT, rule)
            else:
                g = doc.act.groups[value]
                res = (g["label"], g["side"], rule)
                if g["resolve"] == "speakers":
                    pick = _kind_pair(doc, a, b) or _last_pair(doc, persons, principals)
                    if len(pick) >= 2:
                        who = tuple(pick)
                        name, side = _label(doc, who)
                        res = (name, side, rule)
                    elif doc.keys[a] == "both":
                        # "Both Deputy Prime Ministers said" with no two people to take: nobody
                        # known, not both sides ("Vietnam's two Deputy Prime Ministers ...")
                        res = _NOBODY
                elif g["resolve"] == "side":
                    match = next(
                        (p for ppl in reversed(persons) for p in ppl if _label(doc, (p,))[1] == g["side"]),
                        None,
                    )
                    if match is not None:
                        who = (match,)
                        name, side = _label(doc, who)
                        res = (name, side, rule)
        if x not in quoted and res[1] == NARRATOR and voice is not None and voice[2] == "source" and (
                _the_voice_speaks(doc, a, b)):
            res = (voice[0], voice[1], "role")  # probe 35p3: "The source said ..." after "A source in the ... told"
        if x not in quoted and res[1] == NARRATOR and (learned := _learned_from_sources(doc, a, b)) is not None:
            res = (learned[0], learned[1], "learned-from")  # probe 33p4: "TASS learned from a source in ..."
        if x not in quoted:
            own = _document_author(doc, a, b, res)
            if res[1] == NARRATOR and own is not None and own[1] == JOINT and _according_document(doc, a, b):
                res = (own[0], own[1], "document")  # "..., according to a joint statement"
            elif (res[1] == NARRATOR or res[2] == "inverted" and _signed_subject(doc, a, b)) and own is not None and (
                    _document_speaks(doc, a, b)):
                # r33c: "The message, signed by CPRF Chairman X, described Trọng as ...": the document
                # as the subject speaks, not a person named later in its words
                # spk15: the document that speaks names its writer itself ("The joint communique
                # stated", "The message from the Communist Party of Cuba said", "X's message affirmed")
                res = (own[0], own[1], "document")
            elif res[1] == NARRATOR and author is not None and (
                # probe 10: "According to the statement, ..." after the text named its author
                _document_speaks(doc, a, b) or _according_document(doc, a, b) or (
                    out and out[-1][2] == "document" and parsed is not None and parsed[0] == "pronoun"
                    and parsed[1] in doc.act.impersonal_pronouns
                )
            ):
                # "The letter affirmed ...", "Under the document, ...", then "It expressed ...":
                # a document's words are its author's
                res = (author[0], author[1], "document")
            elif (author is not None or not named_document) and _the_document(doc, a, b) and (
                res[1] == NARRATOR or res[2] in ("group", "country")
            ) and (_document_speaks(doc, a, b, content=False) or _according_document(doc, a, b)):
                # r28g: "the statement reads", "According to the statement, the sides ..." (the sides
                # are what it reports, not who speaks): its author's words; with no document named
                # before, the statement of the body that spoke last (else of whoever of one side
                # spoke last), as an agency quotes the release it reports
                # r32e: not "Under the document, ..." with no author named: the provisions of a paper
                # signed ("have signed a memorandum ..., X told TASS. Under the document, ..."), whose
                # reporter did not write it
                src = author or (None if _under_document(doc, a, b) else _last_body(out, persons))
                if src is not None:
                    res = author = (src[0], src[1], "document")
                    own = None
            if own is not None:
                author = own
            elif res[2] != "document" and _names_document(doc, a, b):
                author = None  # a document of unknown author was named: an older author's ends
        named_document = named_document or _names_document(doc, a, b)
        for how, value in who:
            if how == "discovered":
                doc.people[value].mentions.append(a)
        out.append(res)
        persons.append(who)
        if x not in quoted:  # a quotation's words do not change whom the story is about
            narrated = _narrated_subject(doc, a, b) if res[1] == NARRATOR else None
            narrated_role = _narrated_role(doc, a, b) if res[1] == NARRATOR and narrated is None else None
            if narrated_role is not None and narrated_role[0] == "discovered":
                narrated, narrated_role = narrated_role, None  # "the Russian minister" named before
            word = res[0].rsplit(" ", 1)[-1].lower()
            if {"source", "sources"} & set(res[0].lower().split()[:2]):
                word = "source"  # probe 35p3: "the source(s) said" next
            if res[0] != NARRATOR and not who and word in _VOICES:
                voice = (res[0], res[1], word)  # of a side or not: "the spokesman" may name it next
            elif res[1] != NARRATOR and res[0] != (voice or ("",))[0]:
                voice = None  # another speaker came between
    return _quotes(doc, spans, _answers(doc, spans, out))


def _narrated_role(doc: _Document, a: int, b: int):
    """Probe 35p5: (label, side) of the one role of a side nobody in the text holds that opens a
    sentence without speech as its subject, right before a lower-case verb ("The Russian ambassador
    presented gifts to pupils at the hospital."), or None: whom the next "he" or "she" means. A role
    qualified by more than its noun that points back to a person named before gives that person's
    ref ("discovered", index) instead (a bare "The minister" may be either of two ministers).
    A plural role ("The Russian officials toured"), a role of no side ("The ambassador visited") and a
    role after a leading phrase are not read."""
    keys = doc.keys
    if a >= b or keys[a] != "the":
        return None
    found = _subject(doc, a, b)
    if found is None or found[1] != "role":
        return None
    end = found[0]
    if end >= b or doc.view.caps[end] or not keys[end].isalpha():
        return None
    if found[2][0] == "discovered":
        # a qualified role only ("the Russian minister"): a bare "The minister" may be either of two
        return found[2] if end - a > 2 else None
    label, side = found[2]
    if side in (None, NARRATOR, JOINT):
        return None
    return None if doc.view.surface(end - 1, end).lower().endswith("s") else (label, side)


def _the_voice_speaks(doc: _Document, a: int, b: int) -> bool:
    """probe 35p3: True if keys ``a:b`` hold "the source(s)" (a voice no person names) followed by a
    verb of speech ("The source said ...", "..., the sources told TASS") or after "according to"
    ("According to the source, ...")."""
    keys = doc.keys
    for t in range(a, b - 1):
        if keys[t] == "the" and keys[t + 1] in ("source", "sources"):
            if t - 2 >= a and keys[t - 2] == "according" and keys[t - 1] == "to":
                return True
            if doc.act.verbs.longest(keys, _skip_fillers(doc, t + 2, b)) is not None:
                return True
    return False


# spk14: labels of an interview printed as questions and answers ("Question: ..." / "Answer: ...")
_INTERVIEW_LABELS = (("question", "answer"), ("q", "a"))


def _answers(doc: _Document, spans, out: list) -> list:
    """An interview printed as questions and answers: the paragraph an answer label opens
    ("Answer: Our relations are developing.") is the words of the person the report names in the
    sentence holding "interview" ("Ambassador X has given an interview to TASS"); only sentences
    with no speaker of their own, and only when the report also has the question label."""
    keys, text, starts = doc.keys, doc.view.text, doc.view.starts
    opens = [(keys[a], keys[a + 1]) if b - a > 2 and keys[a + 1] == ":" else None for a, b in spans]
    label = next((ans for q, ans in _INTERVIEW_LABELS if (q, ":") in opens and (ans, ":") in opens), None)
    if label is None:
        return _named_answers(doc, spans, out, opens)
    who = None
    for a, b in spans:
        if "interview" in keys[a:b]:
            who = _first_person(doc, a, b)
            break
    if who is None:
        return out
    name, side = _label(doc, (("discovered", who),))
    inside = False
    for x, (a, _b) in enumerate(spans):
        if opens[x] is not None and opens[x][0] in (label, *(q for q, ans in _INTERVIEW_LABELS if ans == label)):
            inside = opens[x][0] == label
        elif x and "\n" in text[starts[spans[x - 1][1] - 1]:starts[a]]:
            inside = False  # the answer ends with its paragraph
        if inside and out[x][1] == NARRATOR:
            out[x] = (name, side, "interview")
    return out


def _named_answers(doc: _Document, spans, out: list, opens: list) -> list:
    """probe 16: an interview whose labels are the asker and the person ("TASS: How do you see ...?"
    / "Son: The potential is huge."): the paragraph a known person's name and a colon open is that
    person's words, only when another paragraph opens with a label of no person (the question)."""
    text, starts = doc.view.text, doc.view.starts
    named = [doc.person_at(a, a) if o is not None else None for o, (a, _b) in zip(opens, spans, strict=True)]
    named = [h[1] if h is not None and h[0] == a + 1 else None for h, (a, _b) in zip(named, spans, strict=True)]
    if all(n is None for n in named) or not any(o is not None and n is None for o, n in zip(opens, named, strict=True)):
        return out
    who = None
    for x, (a, _b) in enumerate(spans):
        if opens[x] is not None:
            who = named[x]  # a question's label ends the answer before
        elif x and "\n" in text[starts[spans[x - 1][1] - 1]:starts[a]]:
            who = None  # the answer ends with its paragraph
        if who is not None and out[x][1] == NARRATOR:
            name, side = _label(doc, (("discovered", who),))
            out[x] = (name, side, "interview")
    return out


def _names_document(doc: _Document, a: int, b: int) -> bool:
    """True if keys ``a:b`` name a worded document in the singular ("a joint statement"); r28h: not
    papers counted in the plural ("witnessed the exchange of eleven cooperation documents"), which
    are signed, not read from, so "The statement notes ..." after them is still the older author's
    (review 31: one test for r28h and r28g, which both asked whether a document was named)."""
    keys = doc.keys
    return any(keys[t] in _WORDED_DOCUMENTS and not doc.view.surface(t, t + 1).lower().endswith("s")
               for t in range(a, b))


def _the_document(doc: _Document, a: int, b: int) -> bool:
    """r28g: True if the first worded document of keys ``a:b`` is definite and bare ("the
    statement"), not "a statement", "a joint statement" nor "the Kremlin's statement"."""
    keys = doc.keys
    t = next((t for t in range(a, b) if keys[t] in _WORDED_DOCUMENTS), None)
    return t is not None and t > a and keys[t - 1] == "the" and not doc.view.possessive(t)


def _last_body(out: list, persons: list):
    """r28g: (label, side) of the last speaker of one side that is a body (no person behind it:
    "the Kremlin press service"), else of the last speaker of one side; None if nobody spoke."""
    spoke = [(r, w) for r, w in zip(out, persons, strict=True) if r[1] not in (NARRATOR, JOINT)]
    body = next((r for r, w in reversed(spoke) if not w), None)
    pick = body or (spoke[-1][0] if spoke else None)
    return (pick[0], pick[1]) if pick is not None else None


def _under_document(doc: _Document, a: int, b: int) -> bool:
    """r32e: True if the sentence of keys ``a:b`` opens with "Under the <document>," (its provisions)."""
    keys = doc.keys
    return b - a > 4 and keys[a] == "under" and keys[a + 1] == "the" and keys[a + 2] in _WORDED_DOCUMENTS


def _document_speaks(doc: _Document, a: int, b: int, *, content: bool = True) -> bool:
    """True if a document speaks in the sentence of keys ``a:b``: "the <document>" (a few
    lower-case words between: "The 40-point document") as a clause's subject before a reporting
    verb ("The letter affirmed", "the statement says"), or the sentence opens with "Under the
    <document>," or "In the <document>,". r29c: with ``content``, also a verb of what it holds ("The
    statement lists ..."), which the caller takes only when the text named the document's author
    ("adopted a joint statement"), never from whoever spoke last: "The document covers ..." after
    "the two officials signed a plan" is the signed paper, the narrator's."""
    keys, act = doc.keys, doc.act
    if b - a > 4 and keys[a] in ("under", "in") and keys[a + 1] == "the" and keys[a + 2] in _WORDED_DOCUMENTS and keys[a + 3] == ",":
        return True
    for s in [a] + [c + 1 for c in range(a, b - 1) if keys[c] in (",", '"')]:
        if s >= b or keys[s] != "the":
            continue
        t = s + 1
        while t < b and t - s <= 4 and keys[t] not in _WORDED_DOCUMENTS and not doc.caps[t]:
            t += 1
        if t >= b or keys[t] not in _WORDED_DOCUMENTS:
            continue
        v = _skip_fillers(doc, _past_put_out(doc, _past_correspondent(doc, t + 1, b), b), b)
        if act.verbs.longest(keys, v) is not None or content and _content_verb(keys, v, b):
            return True
        if keys[s - 1] == '"' and act.quote_verbs.longest(keys, v) is not None:
            return True  # probe 10: '"...," the message reads.': a quote verb right after the quotation
        if (hit := act.quote_verbs.longest(keys, v)) is not None and hit[0] < b and keys[hit[0]] in (":", '"'):
            return True  # probe 38p5: 'The joint statement reads: "..."': the quote verb opens its words
    for s in range(a + 2, b - 2):  # r27b: '"...," reads the message signed by X': the verb first
        # r31d: a reporting verb too ('"...," said the statement, signed by X')
        hit = act.quote_verbs.longest(keys, s) or act.verbs.longest(keys, s)
        if keys[s - 1] == '"' and keys[s - 2] == "," and hit is not None:
            t = hit[0]
            if t + 1 < b and keys[t] == "the" and keys[t + 1] in _WORDED_DOCUMENTS:
                return True
    # r29c: a relative clause on the document its writer speaks in ("X sent a message to Y, in
    # which he highlighted ...", "a letter in which she thanked ..."): a pronoun and a reporting verb
    for t in range(a, b - 3):
        if keys[t] in _WORDED_DOCUMENTS:
            for k in range(t + 1, min(b - 3, t + 14)):
                if keys[k] == "in" and keys[k + 1] == "which" and keys[k + 2] in act.pronouns:
                    if act.verbs.longest(keys, _skip_fillers(doc, k + 3, b)) is not None:
                        return True
                    break
            break
    # spk15: a person's document as the subject: "Tô Lâm's message to the LPRP affirmed ..."
    return any(
        keys[t] in _WORDED_DOCUMENTS and doc.view.possessive(t)
        and act.verbs.longest(keys, _skip_fillers(doc, _past_correspondent(doc, t + 1, b), b)) is not None
        for t in range(a, b)
    )


def _signed_subject(doc: _Document, a: int, b: int) -> bool:
    """r33c: True if the sentence of keys ``a:b`` opens with a document and its signatory between
    commas ("The message, signed by CPRF Chairman X, described ..."): the document is the subject."""
    keys = doc.keys
    return _comma_signed_by(keys, a + 2, b) and keys[a] == "the" and keys[a + 1] in _WORDED_DOCUMENTS


def _comma_signed_by(keys: list[str], k: int, b: int) -> bool:
    """Review 48: True if ", signed by" opens at key ``k`` with a key left before ``b`` ("the message,
    signed by CPRF Chairman X, ..."): r31d's signatory between commas, read once for r33c's subject
    document, its correspondent and its sender."""
    return k + 3 < b and keys[k] == "," and keys[k + 1] == "signed" and keys[k + 2] == "by"


# probe 35p6: participles of a document put out or adopted, with the phrase of when or where before
# its verb ("The joint statement adopted at the end of the visit said ...")
_PUT_OUT_DOCUMENT = frozenset({"adopted", "issued", "released", "published", "posted"})


def _past_put_out(doc: _Document, k: int, b: int) -> int:
    """probe 35p6: the key of the reporting verb after a participle of putting out at ``k`` and a
    short phrase without a comma ("The joint statement adopted at the end of the visit said", "the
    statement issued after the talks noted"), else ``k``."""
    keys, act = doc.keys, doc.act
    if k >= b or keys[k] not in _PUT_OUT_DOCUMENT:
        return k
    for x in range(k + 1, min(b, k + 12)):
        if keys[x] in (",", ";", ":", '"', "that", "which", "who"):
            return k
        if act.verbs.longest(keys, x) is not None:
            return x
    return k


def _past_correspondent(doc: _Document, k: int, b: int) -> int:
    """spk15: the key after "to" or "from" and a capitalised name at ``k`` ("The message from the
    Communist Party of Cuba said", "message to the LPRP affirmed"), else ``k``."""
    keys = doc.keys
    at = k
    if _comma_signed_by(keys, k, b):
        # r33c: "The message, signed by CPRF Chairman X, described ...": past the signatory between commas
        c = next((x for x in range(k + 3, min(b, k + 16)) if keys[x] == ","), None)
        return c + 1 if c is not None else at
    if k + 2 < b and keys[k] == "signed" and keys[k + 1] == "by":
        k += 1  # r27b: "the message signed by CPRF Chairman X said"
    elif k + 1 >= b or keys[k] not in ("to", "from"):
        return k
    e = k + 1 + (keys[k + 1] == "the")
    start = e
    while e < b and e - start < 10 and (doc.caps[e] or keys[e] in ("of", "and", "'s") and e + 1 < b and doc.caps[e + 1]):
        e += 1
    return e if e > start else at


def _according_document(doc: _Document, a: int, b: int) -> bool:
    """True if "according to" in the sentence of keys ``a:b`` names a document ("according to a
    joint statement released on ..."); data and figures are no document."""
    keys, act = doc.keys, doc.act
    for k in range(a, b):
        hit = act.according.longest(keys, k)
        if hit is not None:
            t = hit[0]
            if t < b and keys[t] in ("a", "an", "the"):
                t += 1
            if t < b and keys[t] == "joint":
                t += 1
            return t < b and keys[t] in _WORDED_DOCUMENTS
    return False


def _document_author(doc: _Document, a: int, b: int, res: tuple):
    """(label, side) of the author of a document the sentence of keys ``a:b`` names, or None: a
    joint one is both sides' ("a joint statement"); otherwise the speaker of the sentence ("the
    Embassy said in a statement") or its subject ("The CPRF Central Committee has sent a letter")."""
    keys = doc.keys
    t = next((t for t in range(a, b) if keys[t] in _WORDED_DOCUMENTS), None)
    if t is None:
        return None
    if t > a and keys[t - 1] == "joint":
        return "both sides", JOINT
    sender = _sender(doc, t, b)
    if sender is not None:
        return sender
    if t + 1 < b and keys[t + 1] in ("from", "by") or any(
        keys[k] in doc.act.obtaining_verbs for k in range(max(a, t - 4), t)
    ):
        return None  # "a letter from farmers", "received a letter": someone else wrote it
    if res[1] != NARRATOR:
        return res[0], res[1]
    subj = _subject(doc, a, b)
    if subj is None and keys[a] in _LEADING_PHRASE_WORDS:
        # probe 35p7: "On the occasion of the CPRF's anniversary, the CPV Central Committee sent a
        # message ...": the subject after a leading phrase closed by a comma before the document
        c = next((u for u in range(a + 2, t) if keys[u] == ","), None)
        subj = _subject(doc, c + 1, b) if c is not None else None
    if subj is None or subj[0] > t or not any(keys[k] in doc.act.authoring_verbs for k in range(subj[0], t)):
        return None  # the subject wrote it ("sent a letter"), not only spoke of it ("criticised the statement")
    kind, value = subj[1], subj[2]
    if kind == "people" or kind == "role" and value[0] == "discovered":
        return _label(doc, value if kind == "people" else (value,))
    if kind == "role":
        return value[0], value[1]
    if kind == "sides" and len(set(value)) == 1:
        return value[0], value[0]
    return None


#: probe 35p7: words that open a leading phrase before a sentence's subject ("On the occasion of ...,",
#: "To mark ...,", "Ahead of ...,")
_LEADING_PHRASE_WORDS = frozenset({"on", "at", "in", "to", "for", "during", "ahead", "after", "before"})


def _sender(doc: _Document, t: int, b: int):
    """spk15: (label, side) of the writer a document at key ``t`` names itself: its owner before
    it ("Tô Lâm's message to ..."), or the person or side-worded body after "from" ("a letter of
    congratulations from Chairman ... Zyuganov", "The message from the Communist Party of Cuba");
    None when it names neither ("a letter from farmers")."""
    keys = doc.keys
    if doc.view.possessive(t):
        for v in range(max(0, t - 6), t):
            hit = doc.person_at(v, t)
            if hit is not None and hit[0] == t:
                return _label(doc, (("discovered", hit[1]),))
    u = t + 1
    if u + 1 < b and keys[u] == "of" and not doc.caps[u + 1]:
        u += 2  # "a letter of congratulations from ..."
    if _comma_signed_by(keys, u, b):
        u += 1  # r31d: "the statement, signed by ... X,": the same signatory between commas
    if u + 2 < b and keys[u] == "signed" and keys[u + 1] == "by":
        u += 1  # r27b: "the message signed by CPRF Chairman X": its signatory wrote it
    if u + 1 >= b or not (keys[u] == "from" or keys[u] == "by" and keys[u - 1] == "signed"):
        return None
    w = u + 1 + (keys[u + 1] == "the")
    if w in doc.side_at:  # "from the Communist Party of Cuba", "from the Russian Embassy"
        e = doc.side_at[w][0]
        while e < b and doc.caps[e] and e - w < 8:
            e += 1
        who = _first_person(doc, doc.side_at[w][0], e)  # r33c: "signed by CPRF Chairman X": the person
        if who is not None:
            return _label(doc, (("discovered", who),))
        return doc.view.surface(u + 1, e), doc.side_at[w][1]
    # "from Chairman of the ... Committee of the CPRF X"
    who = _first_person(doc, u + 1, min(b, u + 16), (",", ";", "on", "who", "which"))
    return _label(doc, (("discovered", who),)) if who is not None else None


def _first_person(doc: _Document, a: int, b: int, stops: tuple[str, ...] = ()):
    """The index of the first person named at a key of ``a:b`` before any key of ``stops``, else
    None: one scan for an interview's guest, a document's signatory (r33c) and its sender."""
    for v in range(a, b):
        if doc.keys[v] in stops:
            return None
        hit = doc.person_at(v, v)
        if hit is not None:
            return hit[1]
    return None


def _medium(doc: _Document, t: int) -> bool:
    """True if the document at key ``t`` is only how its subject spoke: "said in a statement", "in
    its statement" (then "It added ..." is still the subject, whose words the statement holds)."""
    return t >= 2 and doc.keys[t - 1] in ("a", "an", "its", "their") and doc.keys[t - 2] == "in"


def _it_speaks(doc: _Document, before: tuple[int, int], sentence: tuple[int, int], pronoun: str) -> bool:
    """True if ``pronoun`` ("it") opening ``sentence`` may be the speaker of the sentence ``before``.

    Not when the sentence before names a document "it" may stand for ("The ministry welcomed
    the treaty. It calls for ..."; not "said in a statement", the subject's own), nor when its verb is in the present tense (a lower-case word
    ending in -s other than "was" and "has"): an institution's words are reported in the past, a
    text's content in the present ("It also calls for ...").
    """
    keys = doc.keys
    if any(keys[t] in doc.act.documents and not _medium(doc, t) for t in range(*before)):
        return False
    a, b = sentence
    t = next((t for t in range(a, b) if keys[t] == pronoun), None)
    if t is None:
        return True
    k = _skip_fillers(doc, t + 1, b)
    if k >= b:
        return True
    verb = doc.view.surface(k, k + 1)
    # a lower-case word ending in -s is a present tense ("calls"); "was" and "has" are not
    return not (
        verb.isalpha() and verb.islower() and verb.endswith("s") and not verb.endswith("ss")
        and verb not in ("was", "has")
    )


# p34p1: a dateline left at the head of a sentence ("HA NOI – Viet Nam and Laos have agreed ...",
# "Hanoi (VNA) – Minister X said ...", "NDO – President X said ...": a report whose loader kept it, a
# second story in one file) is no subject: the sentence is read from after it. The place is in
# capitals before a dash, or any place with the agency in brackets or slashes; "Russia ready to build
# ... – Rosatom chief" (a headline's attribution) is no dateline.
_HEAD_DATELINE = re.compile(
    r"\s*(?P<place>[^\W\d_][^\s,()\[\]/\u2013\u2014]*(?:[ \t\u00a0]+[^\W\d_][^\s,()\[\]/\u2013\u2014]*){0,3}?)"
    r"(?:,[ \t\u00a0]*[^\W\d_]{3,9}\.?[ \t\u00a0]+\d{1,2})?[ \t\u00a0]*"
    r"(?P<agency>\([^\W\d_][^()\n]{0,14}\)|\.?[ \t\u00a0]*/[^\W\d_][^/\n]{0,14}/\.?)?"
    r"[ \t\u00a0]*(?:\u2014|\u2013|--?)[ \t\u00a0]+(?=[^\W\d_])"
)


def _past_dateline(text: str, s0: int, s1: int) -> int:
    """Where a sentence's words start, past a dateline at its head (``_HEAD_DATELINE``)."""
    m = _HEAD_DATELINE.match(text, s0, s1)
    if m is None or not (m.group("agency") or (m.group("place").isupper() and len(m.group("place")) > 2)):
        return s0
    return m.end()


def _key_spans(starts: list[int], spans) -> list[tuple[int, int]]:
    return [(bisect_left(starts, s0), bisect_left(starts, s1)) for s0, s1 in spans]


def attribute_speakers(sentences: pd.DataFrame, *, actors=None, datelines=None, agencies=None) -> pd.DataFrame:
    """The sentences table with the speaker, side and attribution rule of each sentence.

    Parameters
    ----------
    sentences : pandas.DataFrame
        Sentences table (:func:`framing.tokens.split_sentences`): each document's sentences as one
        run, in order; uses ``doc_id``, ``start``, ``end`` and ``text``.
    actors : Actors, path or list of paths, optional
        The study's actors (default=None: the packaged grammar alone, which names no person;
        :func:`framing.lexicons.load_actors`). Sides of people found in the text come from the
        sides the actors were loaded with (``load_actors(..., sides=study.sides)``).
    datelines : mapping of str to str, optional
        Each document's dateline by ``doc_id`` (the corpus table's ``dateline`` column), a clue to
        the host (see :func:`speakers_of_document`); default=None: none.
    agencies : mapping of str to str, optional
        Each document's news agency by ``doc_id`` (the corpus table's ``agency`` column: "TASS",
        "VNA"), whose country names its own bodies bare (see :func:`speakers_of_document`);
        default=None: none.

    Returns
    -------
    pandas.DataFrame
        The sentences columns plus ``speaker`` (a name such as "Tô Lâm", two names joined by
        " and ", a group label such as "both sides", or "narrator"), ``side`` (a side id of the
        study, "joint" or "narrator") and ``rule`` (which rule attributed it: ``subject+verb``,
        ``inverted``, ``according-to``, ``view``, ``pronoun``, ``continuation``, ``group``,
        ``role``, ``country``, ``passive``, ``where``, ``quoted-as``, ``interview``, ``narrator``, or
        ``<form>:<subject>`` such as ``inverted:pronoun``).

    Examples
    --------
    >>> from framing.tokens import split_sentences
    >>> docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"],
    ...                      "text": ["Both sides agreed to meet. Prices rose."]})
    >>> attribute_speakers(split_sentences(docs))[["speaker", "side", "rule"]].values.tolist()
    [['both sides', 'joint', 'group'], ['narrator', 'narrator', 'narrator']]
    """
    require_columns(sentences, ["doc_id", "text"], "sentences")
    act = as_actors(actors)
    out = sentences.copy()
    speakers: list[str] = []
    sides: list[str] = []
    rules: list[str] = []
    has_offsets = "start" in out.columns and "end" in out.columns
    cols = ["doc_id", "text", "start", "end", "paragraph_id"] if has_offsets else ["doc_id", "text"]
    rows = zip(*(out[c] if c in out.columns else [0] * len(out) for c in cols), strict=True)
    datelines = datelines or {}
    agencies = agencies or {}
    for doc_id, run in groupby(rows, key=itemgetter(0)):
        run = list(run)
        if has_offsets:
            text, spans = _rebuild(run)
        else:
            pieces, spans, pos = [], [], 0
            for r in run:
                pieces.append(r[1])
                spans.append((pos, pos + len(r[1])))
                pos += len(r[1]) + 1
            text = " ".join(pieces)
        place, agency = datelines.get(doc_id), agencies.get(doc_id)
        for speaker, side, rule in speakers_of_document(
            text, spans, actors=act, dateline=place if isinstance(place, str) else "",
            agency=agency if isinstance(agency, str) else "",
        ):
            speakers.append(speaker)
            sides.append(side)
            rules.append(rule)
    out["speaker"] = pd.Series(speakers, index=out.index, dtype=object)
    out["side"] = pd.Series(sides, index=out.index, dtype=object)
    out["rule"] = pd.Series(rules, index=out.index, dtype=object)
    return out


def _rebuild(run: list[tuple]) -> tuple[str, list[tuple[int, int]]]:
    """A document's text from its sentences, at their offsets (gaps: spaces, a line per paragraph)."""
    size = max(int(r[3]) for r in run)
    chars = [" "] * size
    last_pid = None
    spans = []
    prev_end = 0
    for _, text, s0, s1, pid in run:
        s0, s1 = int(s0), int(s1)
        if last_pid is not None and pid != last_pid and s0 > prev_end:
            chars[prev_end] = "\n"
        chars[s0:s1] = text
        spans.append((s0, s1))
        last_pid, prev_end = pid, s1
    return "".join(chars), spans


def speakers_of_document(
    text: str, spans, *, actors=None, stream=None, view=None, dateline: str = "", agency: str = ""
) -> list[tuple[str, str, str]]:
    """(speaker, side, rule) of each sentence of one document.

    Parameters
    ----------
    text : str
        The document text (all of it: people are found in the whole text).
    spans : sequence of (start, end)
        Sentence offsets into ``text``, in order (:func:`framing.tokens.sentence_spans`); may stop
        before the last sentence.
    actors : Actors or path, optional
        Default=None: the packaged grammar alone.
    stream : tuple, optional
        ``framing.lexicons.matching.key_stream(text)`` if already computed (default=None).
    view : TextView, optional
        ``TextView(text, stream)`` if already built, as the sector matcher does (default=None);
        read only, so one view serves both.
    dateline : str, optional
        The place the report was filed from (the corpus table's ``dateline``: "MOSCOW", "HÀ NỘI");
        when nothing else tells who hosts, "the host" and "the host side" are the side whose
        country or capital it names (default="": no clue).
    agency : str, optional
        The copy's news agency (the corpus table's ``agency``: "TASS", "VNA"); a body named bare
        ("the fleet's press service") is of its country before the dateline's (default="": none).

    Returns
    -------
    list of (str, str, str)
    """
    act = as_actors(actors)
    if view is None:
        view = TextView(text, stream if stream is not None else key_stream(text))
    spans = [(_past_dateline(text, s0, s1), s1) for s0, s1 in spans]
    return _resolve_document(_Document(view, act, dateline, agency), _key_spans(view.starts, spans))
