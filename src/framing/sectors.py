"""Sector mentions: which sectors of cooperation a report names, where, and in whose mouth.

The sector lexicon is data (``framing/lexicons/sectors.yml``; its header documents the format and the
matching rules; :func:`framing.lexicons.load_lexicon` reads it). :func:`match_sectors` matches it
over the folded key stream of a text with the one phrase trie of :mod:`framing.lexicons.matching`,
so the cost grows with the number of tokens, not with the number of phrases. :func:`automaton_text`
(the default of :func:`find_sector_mentions`) gives the same mentions: one Aho–Corasick scan
(pyahocorasick) finds the candidates, and the rules run only on the sentences that hold them.
Every mention keeps ``doc_id`` and ``start``/``end`` offsets into ``docs.text``; its sentence,
speaker and side come from the sentences table (:func:`framing.speakers.attribute_speakers`),
joined by ``sentence_id``.

Beyond the terms, each text's :class:`DocumentContext` applies general rules, one pass each over the
keys (:mod:`framing.lexicons.names`, data in ``names.yml``): sector words inside names of institutions,
companies, events and titles are no mentions ("Ministry of Industry and Trade", "Russian Energy
Week"), nor are those before an office ("the energy minister") or in a bracket that repeats a name
("(LNG)"); the ``{party}`` slot takes any party the text names ("Lao People's Revolutionary Party",
an acronym it defines, "the two Communist Parties"); a list sharing a head noun gives one mention per
member ("political and economic ties"). The ``rule`` column says what matched.

Tables
------
mentions (:func:`find_sector_mentions`)
    :data:`MENTION_COLUMNS`: doc_id, period, sector, start, end, surface, paragraph_id, sentence_id,
    speaker, side, rel_position, rule (the term or rule that matched, for audit).

Concordances of words and of sector mentions are in :mod:`framing.concordance`.
"""

from __future__ import annotations

import re
import weakref
from array import array
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, compress

import numpy as np
import pandas as pd

from framing.errors import AnalysisError, check_choice, check_int, require_columns
from framing.lexicons.actors import as_actors
from framing.lexicons.matching import (
    KeyScanner,
    PhraseTrie,
    anchor_keys,
    folding_to,
    key_stream,
    pattern_keys,
    scan_fold,
    surface_variants,
)
from framing.lexicons.names import (
    SpanClass,
    TextView,
    alias_brackets,
    load_names,
    party_spans,
    proper_name_spans,
)
from framing.lexicons.sectors import Lexicon, WordClass, as_lexicon
from framing.lexicons.wordlists import load_stopwords
from framing.speakers import speakers_of_document
from framing.tokens import sentence_spans

__all__ = [
    "match_sectors",
    "match_text",
    "match_keys",
    "automaton_text",
    "automaton_windows",
    "document_context",
    "DocumentContext",
    "find_sector_mentions",
    "MENTION_COLUMNS",
]

#: Columns of the mentions table, in order.
MENTION_COLUMNS = [
    "doc_id",
    "period",
    "sector",
    "start",
    "end",
    "surface",
    "paragraph_id",
    "sentence_id",
    "speaker",
    "side",
    "rel_position",
    "rule",
]

# Keys that may join two matches of one sector into one mention ("security and defence").
_COORD = frozenset({",", "and", "or", "&", "/", "as", "well", "the", "plus"})
# Keys that may stand between the members of a list sharing a head noun.
_LIST_JOIN = frozenset({",", "and", "or", "/", "&", "as", "well"})
_LIST_SPAN = 8  # keys scanned for the shared head noun after a list's first member
_SENTENCE_END = frozenset({".", "!", "?", ";", ":", "(", ")"})


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
        blocked[i:j] = [True] * (j - i)
    for o, _, c in alias_brackets(view):
        blocked[o : c + 1] = [True] * (c + 1 - o)
    trie = lex.trie
    static = trie.classes.get("party")
    if static is not None:
        trie = trie.with_classes({"party": SpanClass(party_spans(view, names, static=static))})
    return DocumentContext(trie, blocked, view, names.offices)


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
    """Keys where a match (:attr:`Lexicon.first_keys`) or a list (its modifiers) may start."""
    return _per_lexicon(lex, "start_keys", lambda x: frozenset(x.first_keys).union(x.list_heads.root))


def _office_around(keys: list[str], i: int, j: int, offices) -> bool:
    """True if keys ``i:j`` name the field of an office: "energy minister", "ministry of health"."""
    if j < len(keys) and offices.longest(keys, j) is not None:
        return True
    k = i - 1
    if k >= 0 and keys[k] == "the":
        k -= 1
    if k >= 1 and keys[k] == "of":
        for a in range(max(0, k - 2), k):
            hit = offices.longest(keys, a)
            if hit is not None and hit[0] == k:
                return True
    return False


def _rule(term: str, how: str | None = None) -> str:
    if how is not None:
        return f"{how}:{term}"
    return f"party-relation:{term}" if "{party}" in term else f"term:{term}"


def _list_head(keys: list[str], i: int, lexicon: Lexicon):
    """A list member sharing the head noun of a later member: (end, sector, term) or None.

    "political and economic ties": at "political", the modifier of the term "political ties",
    with "ties" after the next member of the list.
    """
    hit = lexicon.list_heads.longest(keys, i)
    if hit is None:
        return None
    a, by_head = hit
    n = len(keys)
    if a >= n or keys[a] not in _LIST_JOIN:
        return None
    prev_word = False
    for k in range(a, min(n, a + _LIST_SPAN)):
        key = keys[k]
        if key in _SENTENCE_END:
            return None
        if prev_word and key in by_head:
            sector, term = by_head[key]
            return a, sector, term
        prev_word = key not in _LIST_JOIN and any(ch.isalnum() for ch in key)
    return None


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
        ``party-relation:<term>``, ``list-head:<term>``; joined by " + " for merged matches.
    """
    trie = context.trie if context is not None else lexicon.trie
    first = lexicon.first_keys  # keys a match may start with, and places of a party's name
    n = len(keys)
    anywhere = _slot_starts(trie, keys)
    # Patterns opening with a slot are tried only where a phrase of its class may start: at the
    # places above, or at a first key of a trie class ("{relation} with ...").
    class_firsts = frozenset().union(*(c.root for c in trie.root_classes() if isinstance(c, PhraseTrie)))
    literal = trie.without_root_slots()
    # Only the keys where a match or a list may start are visited (a C-level filter), in order.
    places = list(compress(range(n), map(_start_keys(lexicon).__contains__, keys)))
    if anywhere:
        places = sorted(anywhere.union(places))
    blocked = context.blocked if context is not None else None
    hits: list[list] = []
    i = 0
    for at in places:
        if at < i:
            continue  # inside a match already taken
        i = at
        if i in anywhere:
            best = trie.longest(keys, i)
        elif keys[i] in first:
            best = (trie if keys[i] in class_firsts else literal).longest(keys, i)
        else:
            best = None
        how = None
        if best is None:
            head = _list_head(keys, i, lexicon)
            if head is not None:
                best, how = (head[0], (head[1], head[2])), "list-head"
        if best is None:
            continue
        j, (sector, term) = best
        if sector is None:  # an exclusion consumes its tokens and gives no mention
            i = j
            continue
        if context is not None:
            if all(blocked[i:j]) and term not in lexicon.name_terms:
                i = j  # inside a name, a title or an alias bracket
                continue
            if _office_around(keys, i, j, context.offices):
                i = j
                continue
            if term.endswith("{party}") and context.view.possessive(j):
                i += 1  # "ties between the CPRF's youth wing": the relation is not with the party
                continue
        rule = _rule(term, how)
        prev = hits[-1] if hits else None
        if prev is not None and prev[0] == sector and all(k in _COORD for k in keys[prev[2] : i]):
            prev[2] = j  # "security and defence": one mention
            prev[3] = f"{prev[3]} + {rule}"
        else:
            hits.append([sector, i, j, rule])
        i = j
    return [tuple(h) for h in hits]


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


# ---------------------------------------------------------------------------------------------
# Matching at automaton speed
# ---------------------------------------------------------------------------------------------

# Classes that document_context replaces in each text (their phrases are found there).
_DYNAMIC_CLASSES = frozenset({"party"})
# A full stop that ends a word of two letters or more and is followed by a space: the key "." of
# its own (no abbreviation "U.S.", no number "1.5"), after which nothing of the matcher reaches.
_STOP = re.compile(r"\.(?=\s)")


@lru_cache(maxsize=1)
def _bracket() -> re.Pattern:
    """A bracket that may give a short name ("(LPRP)"), in any spelling that folds to "(...)"."""
    o, c = re.escape(folding_to("(")), re.escape(folding_to(")"))
    return re.compile(rf"[{o}]([^{o}{c}]*)[{c}]")


def _automaton_plan(lex: Lexicon) -> KeyScanner | None:
    """The candidate scanner of a lexicon (built once per lexicon), or None if a text cannot be cut
    into independent sentences for it (a pattern holding "." or made of slots alone)."""
    return _per_lexicon(lex, "scanner", _build_plan)


def _build_plan(lex: Lexicon) -> KeyScanner | None:
    names = load_names()
    # An exclusion matters only where it takes the keys of a term, whose anchor is found anyway.
    entry = anchor_keys(
        lex.trie, _DYNAMIC_CLASSES, skip=lambda payload: payload[0] is None, common=load_stopwords()
    )
    scanner = None
    if entry is not None:
        used = pattern_keys(lex.trie) | pattern_keys(lex.list_heads) | pattern_keys(names.offices)
        if "." not in used | names.connectors | names.party_modifiers:
            scanner = KeyScanner(entry | lex.list_heads.first_keys())
    return scanner


def automaton_windows(text: str, lexicon=None) -> list[tuple[int, int]]:
    """The parts of ``text`` where sector mentions may be: ``(start, end)`` character spans.

    A text is cut after each full stop that ends a word and is followed by a space: no rule of the
    matcher reaches across one (no term, name, list, office or party holds a "."). The pieces that
    hold a candidate (:class:`framing.lexicons.matching.KeyScanner`: one key of each term, its
    longest word that is no stopword, or the modifier of a list) are kept, and so is each piece
    with a bracket whose word comes back later: a short name defined in brackets ("Lao People's
    Revolutionary Party (LPRP)") names the party for the rest of the text. Neighbouring pieces are
    merged.

    Parameters
    ----------
    text : str
        Any text.
    lexicon : Lexicon or path, optional
        Default=None: the packaged lexicon.

    Returns
    -------
    list of (int, int)
        In text order, not overlapping; ``[(0, len(text))]`` when the lexicon cannot be cut.

    Examples
    --------
    >>> text = "Talks went well. Energy ties grew. Trade too."
    >>> [text[a:b] for a, b in automaton_windows(text)]
    [' Energy ties grew. Trade too.']
    """
    lex = as_lexicon(lexicon)
    scanner = _automaton_plan(lex)
    if scanner is None:
        return [(0, len(text))]
    places = scanner.positions(text)
    if not places:
        return []
    cuts = [0]
    for m in _STOP.finditer(text):
        p = m.start()
        if p > 1 and text[p - 1].isalnum() and text[p - 2].isalnum():
            cuts.append(p + 1)
    cuts.append(len(text))
    pieces = {bisect_right(cuts, p) - 1 for p in places}
    last = max(pieces)
    folded = anchors = None
    for m in _bracket().finditer(text):
        at = bisect_right(cuts, m.start()) - 1
        if at >= last or at in pieces:
            continue
        inside = key_stream(m.group(1))[2]
        if len(inside) != 1:
            continue  # a short name is one token between the brackets
        if folded is None:
            folded, anchors = scan_fold(text)
        rest = folded if anchors is not None else folded[m.end() :]
        if any(v in rest for v in surface_variants(inside[0])):
            pieces.add(at)  # the short name may come back: its definition is needed
    out: list[list[int]] = []
    for k in sorted(pieces):
        if out and out[-1][1] == cuts[k]:
            out[-1][1] = cuts[k + 1]
        else:
            out.append([cuts[k], cuts[k + 1]])
    return [(a, b) for a, b in out]


def automaton_text(text: str, lexicon=None) -> list[tuple[str, int, int, str]]:
    """Sector mentions of one text, the rules applied only around candidates: (sector, start,
    end, rule), the same as :func:`match_text`.

    One Aho–Corasick scan finds the candidates (:func:`automaton_windows`); the matcher
    (:func:`match_text`: key stream, names, parties, exclusions, lists) runs once on the pieces
    that hold them, put end to end (the pieces between reach none of its rules), and the offsets
    are mapped back. A text without candidates costs one scan.

    Parameters
    ----------
    text : str
        Any text.
    lexicon : Lexicon or path, optional
        Default=None: the packaged lexicon.

    Examples
    --------
    >>> automaton_text("Talks went well. Political and economic ties grew.")
    [('diplomacy', 17, 26, 'list-head:political ties'), ('economy', 31, 39, 'term:economic')]
    """
    return _automaton_hits(text, as_lexicon(lexicon))[0]


# Above this share of the text in windows, the whole text is matched rather than its windows put
# end to end: the windows would be tokenized, and the text again for its speakers.
_WHOLE_WITH_SPEAKERS = 0.6
_WHOLE = 0.9


def _automaton_hits(text: str, lex: Lexicon, whole: float = _WHOLE) -> tuple[list[tuple[str, int, int, str]], TextView | None]:
    """:func:`automaton_text`, and the :class:`TextView` of the whole text when it was built (else
    None).

    When the windows hold more than ``whole`` of the text, the whole text is matched (same
    mentions: the pieces between windows reach no rule) and its view is returned for reuse.
    """
    windows = automaton_windows(text, lex)
    if not windows:
        return [], None
    if sum(b - a for a, b in windows) > whole * len(text):  # nearly all of it: no need to cut
        view = TextView(text)
        return _match_view(view, lex), view
    part = "".join(text[a:b] for a, b in windows)
    at = list(accumulate(b - a for a, b in windows))  # end of each window in `part`
    shift = [a - (e - (b - a)) for (a, b), e in zip(windows, at, strict=True)]
    out = []
    for sector, i, j, rule in match_text(part, lexicon=lex):
        d = shift[bisect_right(at, i)]
        out.append((sector, i + d, j + d, rule))
    return out, None


def _empty_mentions() -> pd.DataFrame:
    out = pd.DataFrame({c: pd.Series(dtype=object) for c in MENTION_COLUMNS})
    for c in ("start", "end", "paragraph_id", "sentence_id"):
        out[c] = out[c].astype("int32")
    out["rel_position"] = out["rel_position"].astype(float)
    for c in ("doc_id", "period"):
        out[c] = out[c].astype("category")
    return out


def _doc_mentions(text: str, lex: Lexicon, actors, spans=None, who=None, method="automaton") -> list[tuple]:
    """Mentions of one text: (sector, start, end, surface, paragraph_id, sentence_id, speaker,
    side, rel_position, rule) tuples in text order.

    ``spans`` are the document's sentences (paragraph_id, start, end) and ``who`` their (speaker,
    side), when the sentences table is already built; otherwise both are found here, speakers only
    up to the last sentence with a mention (a sentence's speaker depends on those before it).
    ``method``: "automaton" (:func:`automaton_text`) or "reference" (:func:`match_text` on the
    whole text).
    """
    if method == "automaton":
        # the whole text's view if it was built; speakers need its keys, so cut less eagerly then
        hits, view = _automaton_hits(text, lex, _WHOLE_WITH_SPEAKERS if who is None else _WHOLE)
    else:
        hits = _match_view(view := TextView(text), lex)
    if not hits:
        return []  # no sentences or speakers needed
    if spans is None:
        spans = list(sentence_spans(text))
    s_starts = [s0 for _, s0, _ in spans]
    found = [
        (sector, start, end, max(bisect_right(s_starts, start) - 1, 0), rule)
        for sector, start, end, rule in hits
    ]
    if who is None:
        last = found[-1][3]
        who = [
            (speaker, side)
            for speaker, side, _ in speakers_of_document(
                text,
                [(s0, s1) for _, s0, s1 in spans[: last + 1]],
                actors=actors,
                view=view,
            )
        ]
    n = max(len(text), 1)
    return [
        (sector, start, end, text[start:end], spans[k][0], k, *who[k][:2], start / n, rule)
        for sector, start, end, k, rule in found
    ]


def _check_texts(docs: pd.DataFrame) -> list[str]:
    require_columns(docs, ["doc_id", "text"], "docs")
    texts = list(docs["text"])
    for doc_id, t in zip(docs["doc_id"], texts, strict=True):
        if not isinstance(t, str):
            raise AnalysisError(f"document {doc_id!r}", f"text is {type(t).__name__}, not a string")
    return texts


def find_sector_mentions(
    docs: pd.DataFrame,
    *,
    lexicon=None,
    actors=None,
    sentences: pd.DataFrame | None = None,
    method: str = "automaton",
    n_jobs: int | None = 1,
    chunk_size: int = 2000,
) -> pd.DataFrame:
    """Mentions table: one row per sector mention in each document.

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table (:func:`framing.load_corpus`); uses ``doc_id``, ``period``, ``text``.
    lexicon : Lexicon or path, optional
        Default=None: the packaged lexicon (:func:`framing.lexicons.load_lexicon`).
    actors : Actors or path, optional
        The study's actors (default=None: the packaged grammar alone); unused when ``sentences``
        carries speakers.
    sentences : pandas.DataFrame, optional
        The sentences table with ``speaker`` and ``side`` (:func:`framing.speakers.attribute_speakers`)
        of the same documents. Given, mentions take their sentence, speaker and side from it
        (joined by ``sentence_id``) and nothing is split or attributed again (default=None: found
        here, only for documents with mentions).
    method : {"automaton", "reference"}, default="automaton"
        How each text is matched: "automaton" scans it once with an Aho–Corasick automaton and
        applies the rules only to the sentences that hold candidates (:func:`automaton_text`);
        "reference" applies them to the whole text (:func:`match_text`). Same table either way.
    n_jobs : int or None, default=1
        Deprecated and ignored: mentions are found in this process (parallelism belongs to the
        analysis as a whole). Still checked (a whole number of at least 1, or None).
    chunk_size : int, default=2000
        Deprecated and ignored, as ``n_jobs``.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`MENTION_COLUMNS`, sorted by doc_id (corpus order), start (mentions never
        overlap, so no two share a start): ``doc_id``, ``period`` (categoricals), ``sector``
        (lexicon id), ``start``, ``end`` (int character offsets into the document's ``text``;
        ``text[start:end] == surface``), ``surface``, ``paragraph_id``, ``sentence_id`` (as
        :func:`framing.tokens.split_sentences`), ``speaker``, ``side``, ``rel_position``
        (``start / len(text)``, 0-1), ``rule`` (what matched: ``term:<term>``,
        ``party-relation:<term>``, ``list-head:<term>``, joined by " + " when one mention joins
        several matches).

    See Also
    --------
    sector_kwic : the mentions in context.
    framing.stats.sector_summary : counts and rates per group.

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"],
    ...                      "text": ["Both sides agreed to expand cooperation in energy."]})
    >>> find_sector_mentions(docs)[["sector", "surface", "side"]].values.tolist()
    [['energy', 'energy', 'joint']]
    """
    if n_jobs is not None:
        check_int("n_jobs", n_jobs, minimum=1)
    check_int("chunk_size", chunk_size, minimum=1)
    check_choice("method", method, ("automaton", "reference"))
    lex = as_lexicon(lexicon)
    texts = _check_texts(docs)
    periods = docs["period"] if "period" in docs else pd.Series([""] * len(docs), index=docs.index)
    if sentences is not None:
        require_columns(
            sentences, ["doc_id", "paragraph_id", "sentence_id", "start", "end", "speaker", "side"],
            "sentences",
        )
        by_doc = _sentences_by_doc(sentences)
        per_doc = (
            _doc_mentions(t, lex, None, *by_doc.get(d, ([], [])), method=method)
            for d, t in zip(docs["doc_id"], texts, strict=True)
        )
        return _mentions_frame(docs, periods, per_doc)
    act = as_actors(actors)
    per_doc = (_doc_mentions(t, lex, act, method=method) for t in texts)
    return _mentions_frame(docs, periods, per_doc)


def _sentences_by_doc(sentences: pd.DataFrame) -> dict:
    """doc_id -> (spans, who): each document's sentences (paragraph_id, start, end) by
    sentence_id, and their (speaker, side)."""
    out: dict = {}
    cols = ["doc_id", "sentence_id", "paragraph_id", "start", "end", "speaker", "side"]
    ordered = sentences[cols].sort_values(["doc_id", "sentence_id"], kind="mergesort")
    for doc_id, pid, s0, s1, speaker, side in zip(
        ordered["doc_id"], ordered["paragraph_id"], ordered["start"], ordered["end"],
        ordered["speaker"], ordered["side"], strict=True,
    ):
        spans, who = out.setdefault(doc_id, ([], []))
        spans.append((int(pid), int(s0), int(s1)))
        who.append((speaker, side))
    return out


def _mentions_frame(docs: pd.DataFrame, periods, per_doc) -> pd.DataFrame:
    """The mentions table from each document's mention tuples (an iterable, consumed once).

    Documents come in corpus order and mentions in text order without overlaps, so the rows are
    already sorted by doc, start (and sector). Columns are filled as compact arrays and equal
    surfaces share one string, so that a corpus of 100,000 reports fits in modest memory.
    """
    doc_codes = pd.Categorical(docs["doc_id"]).codes if len(docs) else []
    doc_cats = pd.Categorical(docs["doc_id"]).categories
    period_cat = pd.Categorical(periods)
    doc_code, period_code = array("i"), array("i")
    starts, ends, pids, sids = array("i"), array("i"), array("i"), array("i")
    rel = array("d")
    sectors: list[str] = []
    surfaces: list[str] = []
    speakers: list[str] = []
    sides: list[str] = []
    rules: list[str] = []
    same: dict[str, str] = {}
    for dcode, pcode, found in zip(doc_codes, period_cat.codes, per_doc, strict=True):
        if not found:
            continue
        n = len(found)
        doc_code.extend([dcode] * n)
        period_code.extend([pcode] * n)
        for sector, a, b, surface, pid, sid, speaker, side, r, rule in found:
            sectors.append(sector)
            starts.append(a)
            ends.append(b)
            surfaces.append(same.setdefault(surface, surface))
            pids.append(pid)
            sids.append(sid)
            speakers.append(speaker)
            sides.append(side)
            rel.append(r)
            rules.append(same.setdefault(rule, rule))
    if not sectors:
        return _empty_mentions()

    def ints(values):
        return np.frombuffer(values, dtype=np.intc).astype("int32", copy=False)

    doc_order = list(dict.fromkeys(docs["doc_id"]))
    doc_id = pd.Categorical.from_codes(ints(doc_code), categories=doc_cats)
    return pd.DataFrame(
        {
            "doc_id": doc_id.reorder_categories(doc_order)
            if len(doc_order) == len(doc_cats)
            else doc_id,
            "period": pd.Categorical.from_codes(
                ints(period_code), categories=period_cat.categories
            ).reorder_categories(list(dict.fromkeys(periods))),
            "sector": sectors,
            "start": ints(starts),
            "end": ints(ends),
            "surface": surfaces,
            "paragraph_id": ints(pids),
            "sentence_id": ints(sids),
            "speaker": speakers,
            "side": sides,
            "rel_position": np.frombuffer(rel, dtype=np.float64).copy(),
            "rule": rules,
        },
        columns=MENTION_COLUMNS,
    )
