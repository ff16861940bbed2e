"""Quotations across sentences (a quote that spans sentences is its speaker's), "both sides" and
"the two ... agreed" after a pair, and sentences a narrator frames."""

from __future__ import annotations

from bisect import bisect_left

from framing.lexicons.actors import NARRATOR
from framing.speakers._common import _LED_BY, _QUOTES, _positions_before
from framing.speakers.document import _Document


def _quotation_pairs(doc: _Document, spans) -> list[tuple[int, int]]:
    """(k, m) of each quotation running over sentences k to m: sentence k holds an odd number of
    quote marks, the last an opening one (a space or the text's start before it: 'The 12" pipes'
    is no quotation), and the next sentence m that holds a mark holds an odd number too. The
    newswire habit of opening each paragraph of a long quotation anew ('"We want more.' then
    '"Energy is key," he added.') leaves the first one open and pairs nothing; a mark that never
    closes makes no quotation."""
    keys, text, starts = doc.keys, doc.view.text, doc.view.starts
    quotes = _positions_before(keys, '"', doc.n)  # speed: the marks found once, cut per sentence
    marks = [quotes[bisect_left(quotes, a) : bisect_left(quotes, b)] for a, b in spans]
    out = []
    k = 0
    while k < len(spans):
        if len(marks[k]) % 2 == 0:
            k += 1
            continue
        c = starts[marks[k][-1]]
        if c > 0 and not text[c - 1].isspace():
            k += 1  # an inch mark or a closing one: opens nothing
            continue
        m = next((x for x in range(k + 1, len(spans)) if marks[x]), None)
        if m is None:
            break
        if len(marks[m]) % 2 == 0:
            k = m  # another quotation comes first: the open one never closes
            continue
        out.append((k, m))
        k = m + 1
    return out


def _quoted_sentences(doc: _Document, spans) -> set:
    """Sentences that are only the words of a quotation running over several sentences: their
    subjects are what the speaker talks about, not who speaks ('"The Vietnamese side has confirmed
    its interest. We are ...," he said.'). The sentences after the one that opens the quotation, up
    to the one that closes it (see _quotation_pairs), and the opening sentence too when it starts
    with the quote mark; the speaker comes from where the quotation opens or closes (see _quotes)."""
    keys = doc.keys
    out: set = set()
    for k, m in _quotation_pairs(doc, spans):
        out.update(range(k + 1, m))
        a = spans[k][0]
        if a < spans[k][1] and keys[a] == '"':
            out.add(k)
    return out


# fix 10: nouns of a pair of sides after "the two" / "both" ("the two sides", "both delegations")
_PAIR_HEADS = frozenset({"side", "country", "nation", "delegation", "leader", "minister", "party",
                         "government", "partner", "people", "head", "president", "official"})
_PAIR_OPEN = frozenset({"two", "both"})


# Review 19: prepositions capitalised only as a sentence's first word; sides after one are a
# place or a relation ("In Vietnam and Russia, ...", "Between Vietnam and Russia, ..."), no subject.
_OPENING_PREPOSITIONS = frozenset({"in", "at", "on", "between", "among", "across", "within", "from",
                                   "for", "with", "during", "after", "before", "under", "to", "by"})
_PAIR_LINKS = frozenset({",", "and", "of", "from", "the"})  # words of a pair's apposition or origin
_PAIR_REACH = 10  # keys of that apposition ("the two ministers, Sergey Lavrov and Sergei Shoigu,")


def _sides_after_pair(doc: _Document, t: int, b: int) -> set:
    """The sides named right after "the two <head>" / "both <head>" from key ``t``: side words and
    the sides of people named, over capitalised words and :data:`_PAIR_LINKS`, up to the subject's
    first other lower-case word ("The two ministers, Lavrov and Shoigu, arrived": Lavrov's and
    Shoigu's; "Both officials from the Russian embassy": russia; "The two sides agreed": none)."""
    keys, found, start = doc.keys, set(), t
    while t < b and t - start < _PAIR_REACH:
        person = doc.person_at(t, t)
        if t in doc.side_at:
            found.add(doc.side_at[t][1])
            t = doc.side_at[t][0]
        elif person is not None:
            if doc.people[person[1]].side is not None:
                found.add(doc.people[person[1]].side)
            t = max(person[0], t + 1)
        elif keys[t] in _PAIR_LINKS or doc.caps[t]:
            t += 1
        else:
            break
    return found


def _both_sides_subject(doc: _Document, a: int, b: int) -> bool:
    """True if the sentence ``a:b`` opens with a subject that names both sides: "the two sides",
    "both delegations", or two sides' names or adjectives joined by "and" before its first lower-case
    word of another kind ("Vietnam and Russia held talks", "Vietnamese and Russian officials met").
    A subject of one side ("Russian experts visited the plant") or sides named after the verb ("Petrov
    met Vietnamese officials") is not."""
    keys = doc.keys
    s = a
    while s < b and (keys[s] in _QUOTES or keys[s] == "the"):
        s += 1
    if s + 1 < b and keys[s] in _PAIR_OPEN and keys[s + 1] in _PAIR_HEADS:
        # review 17b: a pair of one side is no two sides ("The two ministers, Lavrov and Shoigu,",
        # "Both officials from the Russian embassy"): the guidelines' pair is "from different countries"
        return len(_sides_after_pair(doc, s + 2, b)) != 1
    sides, t = set(), s
    while t < b and t - s < 8:
        if t in doc.side_at:
            e, side = doc.side_at[t]
            sides.add(side)
            t = e
        elif keys[t] == "and" or doc.caps[t] and keys[t] not in _OPENING_PREPOSITIONS or keys[t] in _PAIR_HEADS:
            t += 1
        else:
            break
    return len(sides) >= 2 and "and" in keys[s:t]


def _narrated_subject(doc: _Document, a: int, b: int):
    """The one person a sentence without speech has as its subject, at its start or after a leading
    phrase ("Sorokin later visited ...", "At a meeting with students, Sorokin handed over ..."), or
    None."""
    keys = doc.keys
    s = a
    while s < b and keys[s] in _QUOTES:
        s += 1
    if s < b and keys[s] in doc.act.openers:
        s = next((t + 1 for t in range(s, b) if keys[t] == ","), b)
    found = doc.title_skip(s, b) if s < b else None
    if found is None:
        # "The Lao delegation was headed by the institute's Deputy Director X.": the leader is
        # whom the next "he" or "she" means
        for t in range(a + 1, b - 1):
            if keys[t] == "by" and keys[t - 1] in _LED_BY:
                hits = [h for u in range(t + 1, b) if (h := doc.person_at(u, u)) is not None]
                # the leader ends the sentence, or only an apposition of his title follows ("led by
                # X, Vice Chairman of the provincial People's Committee.")
                if len(hits) == 1 and (hits[0][0] >= b - 1 or doc._apposition_title(hits[0][0])):
                    return ("discovered", hits[0][1])
        return None
    _, end, ref = found
    if end < b and keys[end] == "," and _apposition_closed(doc, end, b):
        return ref  # probe 34p3: "Ambassador X, head of Vietnam's mission to the UN, addressed ..."
    if end < b and keys[end] in ("and", ","):
        return None  # two people, or an apposition the rule does not read
    return ref


def _apposition_closed(doc: _Document, end: int, b: int) -> bool:
    """Probe 34p3: True if the comma at key ``end`` after a sentence's subject opens an apposition of
    his title (``doc._apposition_title``: ", head of Vietnam's Permanent Mission to the United
    Nations,") that a second comma closes before a lower-case word, the verb ("Ambassador X, head of
    ..., addressed a debate"), with no other person inside: the subject is still one person. "X, head
    of ..., and Y met" (two people) and an apposition that runs to the sentence's end are not."""
    if not doc._apposition_title(end):
        return False
    keys = doc.keys
    for c in range(end + 1, b - 1):
        if doc.person_at(c, c) is not None:
            return False
        if keys[c] == ",":
            return keys[c + 1].isalpha() and keys[c + 1] != "and" and not doc.view.caps[c + 1]
    return False


def _quotes(doc: _Document, spans, out: list) -> list:
    """A quotation over several sentences has one speaker: the one named where it opens or closes.

    '"We are ready. Trade will grow," Volkov said.': the first sentence is Volkov's too. A separate
    quotation goes the same way: a sentence that is one whole quotation (it opens with a quote
    mark, holds two and closes at its end), in the same paragraph right after a sentence whose
    named speaker has a quoted clause followed by a reporting verb, is that speaker's
    ('"We are ready," Volkov said. "Trade will grow."'); not after a scare quote ('Volkov called
    the talks "useful".') nor across a paragraph break.
    """
    pairs = _quotation_pairs(doc, spans)
    closes = {m for _, m in pairs}
    for k, m in pairs:
        who = next((out[x] for x in (k, m) if out[x][1] != NARRATOR), None)
        if who is not None:
            for x in range(k, m + 1):
                if out[x][1] == NARRATOR:
                    out[x] = (who[0], who[1], "quotation")
    # '"We are ready," Volkov said. "Trade will grow."': a sentence that is one whole quotation,
    # in the same paragraph right after a quotation with a named speaker, is that speaker's too
    keys, text, starts = doc.keys, doc.view.text, doc.view.starts
    for x in range(1, len(spans)):
        (a, b), (pa, pb) = spans[x], spans[x - 1]
        if out[x][1] != NARRATOR or out[x - 1][1] == NARRATOR or b - a < 3 or keys[a] != '"':
            continue
        marks = [t for t in range(a, b) if keys[t] == '"']
        last = b - 1 - (keys[b - 1] != '"')  # the closing mark, before or after the full stop
        if len(marks) != 2 or marks[-1] != last or not (
            _quoted_clause(doc, pa, pb) or (x - 1 in closes and _quoted_clause(doc, pa, pb, closing=True))
        ):  # '"We want more. Trade grew," he noted. "Energy is key."': the quotation before closes
            continue  # in the sentence before, then the reporting verb
        if "\n" in text[starts[pb - 1]:starts[a]]:
            continue  # a new paragraph may bring a new voice
        out[x] = (out[x - 1][0], out[x - 1][1], "quotation")
    return _open_paragraphs(doc, spans, out)


def _open_paragraphs(doc: _Document, spans, out: list) -> list:
    """Probe 38p5: the newswire habit of opening each paragraph of a long quotation anew and closing
    only the last ('"Laos is rich in hydropower.' then '"We invite investors," he said.'): a sentence
    that opens with a quote mark and holds no other, with nobody speaking in it, and the sentences
    without marks after it, are the words of the next sentence that holds a mark when that one opens
    with a quote mark too and closes a quoted clause of a known speaker. Read from the end, so a
    chain of such paragraphs takes the speaker of the one that closes. A mark that is never followed
    by a closed quotation, or one followed by a narrator's sentence, gives nothing."""
    keys = doc.keys
    marks = [sum(keys[t] == '"' for t in range(a, b)) for a, b in spans]
    for x in range(len(spans) - 2, -1, -1):
        a, b = spans[x]
        if out[x][1] != NARRATOR or marks[x] != 1 or b - a < 3 or keys[a] != '"':
            continue
        m = next((y for y in range(x + 1, len(spans)) if marks[y]), None)
        if m is None or out[m][1] == NARRATOR or keys[spans[m][0]] != '"':
            continue
        if not (marks[m] == 1 and out[m][2] == "quotation" or _quoted_clause(doc, *spans[m])):
            continue
        for y in range(x, m):
            if out[y][1] == NARRATOR:
                out[y] = (out[m][0], out[m][1], "quotation")
    return out


def _quoted_clause(doc: _Document, a: int, b: int, closing: bool = False) -> bool:
    """True if keys ``a:b`` hold a quoted clause: an opening and a closing mark with at least two
    words between, and a reporting verb after it ('"We are ready," Volkov said'), unlike a scare
    quote ('called the talks "useful"'). With ``closing`` (default=False), the sentence opens
    inside a quotation begun before it: its first mark closes it ('Trade grew," he noted.')."""
    keys = doc.keys
    marks = [t for t in range(a, b) if keys[t] == '"']
    if closing and marks and marks[0] > a:  # the quotation's words run up to its first mark
        return any(doc.act.verbs.longest(keys, t) is not None for t in range(marks[0] + 1, b))
    for o, c in zip(marks[::2], marks[1::2], strict=False):  # an unpaired last mark opens nothing
        if c - o > 2 and any(doc.act.verbs.longest(keys, t) is not None for t in range(c + 1, b)) or (
            # probe 10: '"...," the Russian prime minister continued.': a quote verb after the mark
            c - o > 2 and any(doc.act.quote_verbs.longest(keys, t) is not None for t in range(c + 1, b))
        ):
            return True
    return False
