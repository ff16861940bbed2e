"""The mentions table: candidates by an Aho–Corasick automaton, then the rules around them.

:func:`automaton_windows` cuts a text to the parts where mentions may be (one pyahocorasick scan),
:func:`automaton_text` runs :func:`framing.sectors.matcher.match_text` on them, and
:func:`find_sector_mentions` builds one row per mention of each document, its sentence, speaker and
side joined from the sentences table (:data:`MENTION_COLUMNS`).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, repeat

import numpy as np
import pandas as pd

from framing.errors import AnalysisError, check_choice, check_int, require_columns
from framing.lexicons.actors import as_actors
from framing.lexicons.matching import (
    KeyScanner,
    anchor_keys,
    folding_to,
    key_stream,
    pattern_keys,
    scan_fold,
    surface_variants,
)
from framing.lexicons.names import TextView, load_names
from framing.lexicons.sectors import Lexicon, as_lexicon
from framing.lexicons.wordlists import load_stopwords
from framing.sectors.matcher import _match_view, _per_lexicon, match_text
from framing.speakers import speakers_of_document
from framing.tokens import sentence_spans

__all__ = [
    "automaton_text",
    "automaton_windows",
    "find_sector_mentions",
    "rejected_mentions",
    "MENTION_COLUMNS",
    "REJECTED_COLUMNS",
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

#: Columns of the table of candidates that gave no mention (:func:`rejected_mentions`), in order.
REJECTED_COLUMNS = ["doc_id", "sector", "start", "end", "term", "check", "text"]


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
    pieces = {k - 1 for k in set(map(bisect_right, repeat(cuts, len(places)), places))}  # C-level bisects
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


def rejected_mentions(docs: pd.DataFrame, *, lexicon=None) -> pd.DataFrame:
    """Why a sector word was not counted: one row per candidate that gave no mention.

    Each document's text is matched whole (as ``method="reference"`` of
    :func:`find_sector_mentions`, which gives the same mentions), with ``match_text(...,
    rejected=[])``: every candidate that a named check of :data:`framing.sectors.checks.CHECKS`,
    ``no-link`` or an exclusion of the lexicon dropped is a row. Computing it changes no mention.
    A candidate is dropped where it starts: its later words may still be counted in a mention
    that starts after it ("The CPV values cooperation with the United Russia Party": "CPV values
    cooperation" is no-link, "cooperation with the United Russia Party" is a mention).

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table (:func:`framing.load_corpus`); uses ``doc_id`` and ``text``.
    lexicon : Lexicon or path, optional
        Default=None: the packaged lexicon (:func:`framing.lexicons.load_lexicon`); give the one
        the mentions table was built with.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`REJECTED_COLUMNS`, sorted by doc_id (corpus order), then start (ties in the
        order the matcher dropped them): ``doc_id``; ``sector`` (lexicon id of the candidate, ""
        for an exclusion, which has none); ``start``, ``end`` (int character offsets into the
        document's ``text``, the offsets of the mentions table); ``term`` (the lexicon term or
        pattern that matched, or the exclusion); ``check`` (the name of the check that dropped it:
        a row of :data:`framing.sectors.checks.CHECKS`, ``no-link``: a term whose "with" or party
        words are not linked, or ``exclusion``); ``text`` (``doc_text[start:end]``).

    See Also
    --------
    find_sector_mentions : the mentions that were counted.
    framing.sectors.match_text : the same audit on one text.

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p", "p"],
    ...                      "text": ["The Ministry of Education signed a deal.",
    ...                               "Ships reached the port of Vladivostok."]})
    >>> rejected_mentions(docs)[["doc_id", "start", "end", "text", "check"]].values.tolist()
    [['a', 16, 25, 'Education', 'inside-name'], ['b', 18, 22, 'port', 'named-place']]
    """
    lex = as_lexicon(lexicon)
    texts = _check_texts(docs)
    rows: list[tuple] = []
    for doc_id, text in zip(docs["doc_id"], texts, strict=True):
        why: list = []
        _match_view(TextView(text), lex, why)
        why.sort(key=lambda row: row[1])  # stable: ties keep the matcher's order
        rows.extend(
            (doc_id, sector or "", start, end, term, check, text[start:end])
            for sector, start, end, term, check in why
        )
    out = pd.DataFrame(rows, columns=REJECTED_COLUMNS)
    out["start"] = out["start"].astype("int32")
    out["end"] = out["end"].astype("int32")
    return out


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
