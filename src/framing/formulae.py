"""Diplomatic formulae: the set phrases that recur across reports, where they appear and where they stop.

Official readouts are built from set phrases ("Comprehensive Strategic Partnership", "the
traditional friendship between the two countries", "exchanged views on international and regional
issues of mutual concern"). :func:`formulae` finds the recurring word sequences of an
:class:`~framing.analysis.Analysis`, with every occurrence's document, character offsets and
speaker; :func:`formula_summary` gives one row per formula; :func:`corpus_formulae` counts the same
formulae on a corpus too large for a tokens table (no offsets beyond the counts, no speakers).

The rules
---------
Words
    A sequence is made of the word tokens of :func:`framing.tokenize` (a multi-word name of the
    entity list, such as "Comprehensive Strategic Partnership" or "Việt Nam", is one token),
    matched on their folded form (``norm``: case, diacritics, quote and dash variants folded).
    Punctuation is kept inside a sequence and must match ("the two Parties, States and peoples" is
    not "the two Parties States and peoples"), but it never counts as a word and never starts or
    ends a sequence. ``n_words`` counts the words as written (a name counts its words: "the
    Comprehensive Strategic Partnership" has four), and ``min_words`` and ``max_words`` apply to
    it; ``is_name`` marks a formula that is one name of the entity list, alone or after an
    article.
Sentences
    A sequence never crosses a sentence end.
Edges (``edges="content"``)
    A formula starts with a content word (not a stopword) or an article ("the", "a", "an") and ends
    with a content word: "the two parties", not "between the two" or "the two parties and".
    ``edges="any"`` drops the rule (any word may start or end a formula).
Recurring
    A sequence recurs when it occurs in at least ``min_docs`` reports and ``min_count`` times.
Maximal
    A recurring sequence is not reported when every one of its occurrences continues the same way,
    on the left or on the right, into a longer sequence: it is then part of that sequence, not a
    formula of its own. The continuation is read up to the next word a formula may start (on the
    left) or end (on the right) with, so "Comprehensive Strategic Partnership between Việt Nam
    and Russia", preceded by "the" wherever it occurs, is reported as "the Comprehensive ...". A
    sequence longer than ``max_words`` words is not reported (a stretch that long is a
    carried-over statement: see :func:`framing.alignment.align_statements`), nor are its parts,
    unless they also occur elsewhere.
Alone
    A formula that lies inside a longer reported formula is reported again only where it also
    recurs on its own: its occurrences outside every longer reported formula must themselves reach
    ``min_docs`` reports and ``min_count`` occurrences. The counts (``n_docs``, ``n_occurrences``,
    ...) are of all its occurrences; ``n_alone`` (and the ``alone`` column of each occurrence) says
    how many lie outside longer formulae.
Change
    Over the groups of the study in their order (periods by date): **persistent** = in every group;
    **new** = absent from the first group, and in every group from its first appearance to the
    last; **dropped** = in every group from the first to its last appearance, and absent from the
    last group; **intermittent** = any other pattern. With two groups, a formula of the later group
    only is new, one of the earlier group only is dropped. The counts behind the label:
    ``reports_before`` (reports in the groups before its first appearance: it occurs in none of
    them), ``reports_span`` (reports in the groups from its first to its last appearance, of which
    ``n_docs`` contain it) and ``reports_after``.
Variants
    Two formulae are variants when they share a core: a run of consecutive words holding at least
    ``core_words`` words (3 by default) and two content words, punctuation ignored ("the two
    parties" in "the two Parties, States and peoples" and "the two parties and peoples"); the cores
    of a formula are the shortest such runs from each of its words. Formulae are taken in rank
    order: one that shares a core with the leading (best-ranked) formula of a ``variant_group``
    joins the best-ranked such group, any other leads a new group, numbered in order. So a group
    never grows through a chain of formulae that have nothing in common with its leader.
Order
    By spread: groups, then reports; then length (the longer, more specific formula first), then
    occurrences, then the folded text. ``formula_id`` is the rank.

Scale
-----
Each word and each punctuation gap gets a 64-bit hash of its folded form (BLAKE2b); the hash of an
n-word sequence is computed from that of its (n-1)-word prefix (a polynomial modulo 2**64), and
sequences are counted length by length in hash tables (:func:`pandas.factorize`; the reports
each occurs in by chunks of whole documents), keeping for length n only the positions where both
(n-1)-word parts recur (a sequence cannot recur more than its parts). Time and memory grow
linearly with the corpus and no two documents are compared.
:func:`corpus_formulae` tokenizes by chunks of documents (in ``n_jobs`` processes). Two different
sequences of one length share a hash with probability about k**2 / 2**65 for k distinct
sequences (3e-6 for ten million).

Examples
--------
>>> import pandas as pd, framing
>>> docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "period": ["p1", "p2", "p3"], "text": [
...     "Both sides praised the traditional friendship between the two countries.",
...     "He hailed the traditional friendship between the two countries. Trade grew fast.",
...     "Trade grew fast."]})
>>> table = formula_summary(formulae(framing.analyse(docs)))
>>> table[["formula", "n_docs", "first_group", "last_group", "status"]].values.tolist()
[['the traditional friendship between the two countries', 2, 'p1', 'p2', 'dropped'], ['Trade grew fast', 2, 'p2', 'p3', 'new']]
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import pandas as pd

from framing.errors import check_choice, check_int, require_columns
from framing.lexicons.wordlists import ARTICLES as _ARTICLES

__all__ = [
    "formulae",
    "formula_summary",
    "corpus_formulae",
    "FORMULA_COLUMNS",
    "OCCURRENCE_COLUMNS",
    "STATUSES",
    "ARTICLES",
    "DISPLAY_SAMPLE",
]

#: Columns of one formula (:func:`formula_summary`, :func:`corpus_formulae`), in order.
FORMULA_COLUMNS = [
    "formula_id",
    "formula",
    "key",
    "n_words",
    "is_name",
    "n_docs",
    "n_groups",
    "n_occurrences",
    "n_alone",
    "first_group",
    "first_date",
    "last_group",
    "last_date",
    "status",
    "reports_before",
    "reports_span",
    "reports_after",
    "variant_group",
]
#: Columns of one occurrence, after the formula's columns (:func:`formulae`); ``group`` is
#: replaced by the analysis's grouping column (``period`` by default).
OCCURRENCE_COLUMNS = [
    "doc_id",
    "group",
    "date",
    "paragraph_id",
    "sentence_id",
    "start",
    "end",
    "text",
    "alone",
    "speaker",
    "side",
]
#: The change labels, in the order they are tested.
STATUSES = ("persistent", "new", "dropped", "intermittent")
#: Occurrences read to choose a formula's displayed form (its most frequent form among them).
DISPLAY_SAMPLE = 50
#: Function words a formula may start with under ``edges="content"``.
ARTICLES = _ARTICLES  # one list with the sector and speaker rules (framing.lexicons.wordlists)

# Odd 64-bit multipliers (the golden ratio and MurmurHash3/SplitMix64 constants): polynomial base
# and mixers of the sequence and context hashes.
_BASE = np.uint64(0x9E3779B97F4A7C15)
_GAP = np.uint64(0xC2B2AE3D27D4EB4F)
_MIX = np.uint64(0xBF58476D1CE4E5B9)
_K1 = np.uint64(0x94D049BB133111EB)
_K2 = np.uint64(0x165667B19E3779F9)


# ---------------------------------------------------------------------------------------------
# The word stream: one entry per word token, the corpus in document order
# ---------------------------------------------------------------------------------------------


@dataclass
class _Stream:
    """The words of a corpus as arrays (one entry per word token, documents in order)."""

    wcode: np.ndarray  # int32: index into vocab (folded form)
    gcode: np.ndarray  # int32: index into gaps (punctuation between this word and the next; 0 = none)
    vocab: list
    gaps: list  # gaps[0] == ""
    doc: np.ndarray  # int32 or int64: document index
    seg: np.ndarray  # int64: sentence key, equal within one sentence of one document
    sentence_id: np.ndarray  # int32 or int64
    content: np.ndarray  # bool: not a stopword
    article: np.ndarray  # bool: "the", "a", "an"
    entity: np.ndarray  # bool: a name of the entity list
    n_written: np.ndarray  # int8: words as written (a multi-word name counts its words)
    start: np.ndarray  # int32 or int64: character offsets into the document's text
    end: np.ndarray

    def __len__(self) -> int:
        return len(self.wcode)


def _hash_strings(strings, person: bytes) -> np.ndarray:
    """A 64-bit BLAKE2b hash of each string (the same in every process and run)."""
    out = np.fromiter(
        (
            int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8, person=person).digest(), "little")
            for s in strings
        ),
        dtype=np.uint64,
        count=len(strings),
    )
    return out


def _stream_from_tokens(tokens: pd.DataFrame, doc_index: dict) -> _Stream:
    """The word stream of a tokens table (:func:`framing.tokenize`), in the order of ``doc_index``."""
    t = tokens
    from framing.stats.sectors import column_codes

    codes, names = column_codes(t["doc_id"])  # per distinct document, not per row
    doc_all = pd.Series(names, dtype=object).map(doc_index).to_numpy(dtype=np.int64)[codes]
    order = np.lexsort((t["token_id"].to_numpy(), doc_all))
    t = t.iloc[order]
    doc_all = doc_all[order]
    punct = t["is_punct"].to_numpy(dtype=bool)
    word = ~punct
    norms = t["norm"].to_numpy(dtype=object)
    wcode, vocab = pd.factorize(norms[word])
    n = int(word.sum())
    # punctuation after word k (and before word k + 1) is the gap of word k
    after = np.cumsum(word) - 1
    gcode = np.zeros(n, dtype=np.int64)
    gaps = [""]
    keep = punct & (after >= 0)
    if keep.any():
        # the punctuation of one gap is a contiguous run of rows (``after`` never decreases)
        key, vals = after[keep], norms[keep]
        first = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
        size = np.diff(np.r_[first, len(key)])
        joined = vals[first]
        for i in np.flatnonzero(size > 1):
            joined[i] = "".join(vals[first[i] : first[i] + size[i]])
        codes, uniques = pd.factorize(joined)
        gaps += list(uniques)
        gcode[key[first]] = codes + 1
    sid = t["sentence_id"].to_numpy(dtype=np.int64)[word]
    doc = doc_all[word]
    normw = norms[word]
    surfaces = t["surface"].to_numpy(dtype=object)[word]
    entity = t["is_entity"].to_numpy(dtype=bool)[word] if "is_entity" in t.columns else np.zeros(n, bool)
    return _Stream(
        wcode=wcode.astype(np.int32),
        gcode=gcode.astype(np.int32),
        vocab=list(vocab),
        gaps=gaps,
        doc=doc,
        seg=(doc << 32) | sid,
        sentence_id=sid,
        content=~t["is_stop"].to_numpy(dtype=bool)[word],
        article=np.isin(normw, list(ARTICLES)),
        entity=entity,
        n_written=_written_words(surfaces),
        start=t["start"].to_numpy(dtype=np.int64)[word],
        end=t["end"].to_numpy(dtype=np.int64)[word],
    )


def _written_words(surfaces: np.ndarray) -> np.ndarray:
    """Words written in each surface form (1 at least), counted once per distinct form."""
    codes, uniques = pd.factorize(surfaces)
    per = np.fromiter((len(x.split()) or 1 for x in uniques), dtype=np.int8, count=len(uniques))
    return per[codes]


def _text_words(text: str, entities, stop) -> tuple:
    """The words of one text: folded forms, gaps, sentence ids, content flags, offsets."""
    from framing.normalize import is_punct
    from framing.tokens import sentence_spans, tokenize_text

    sents = [s0 for _, s0, _ in sentence_spans(text)]
    norms, gaps, sids, content, starts, ends, names, written = [], [], [], [], [], [], [], []
    k = 0
    for start, end, surface, norm, _stem, is_ent, _etype in tokenize_text(text, entities):
        while k + 1 < len(sents) and sents[k + 1] <= start:
            k += 1
        if is_punct(norm):
            if gaps:
                gaps[-1] += norm
            continue
        norms.append(norm)
        gaps.append("")
        sids.append(k)
        content.append(is_ent or norm not in stop)
        starts.append(start)
        ends.append(end)
        names.append(is_ent)
        written.append(len(surface.split()) or 1)
    return norms, gaps, sids, content, starts, ends, names, written


def _chunk_words(texts: list, stopwords) -> tuple:
    """The words of a chunk of texts as local codes (run in a worker process)."""
    from framing.lexicons.wordlists import load_entities, load_stopwords

    entities = load_entities()
    stop = load_stopwords() if stopwords is None else stopwords
    vocab: dict = {}
    gapv: dict = {"": 0}
    wc, gc, sid, content, start, end, lengths, names, written = [], [], [], [], [], [], [], [], []
    for text in texts:
        norms, gaps, sids, cont, st, en, nm, wr = _text_words(text, entities, stop)
        wc.extend(vocab.setdefault(w, len(vocab)) for w in norms)
        gc.extend(gapv.setdefault(g, len(gapv)) for g in gaps)
        sid.extend(sids)
        content.extend(cont)
        start.extend(st)
        end.extend(en)
        names.extend(nm)
        written.extend(wr)
        lengths.append(len(norms))
    return (
        list(vocab),
        np.asarray(wc, dtype=np.int32),
        list(gapv),
        np.asarray(gc, dtype=np.int32),
        np.asarray(sid, dtype=np.int32),
        np.asarray(content, dtype=bool),
        np.asarray(start, dtype=np.int32),
        np.asarray(end, dtype=np.int32),
        np.asarray(lengths, dtype=np.int64),
        np.asarray(names, dtype=bool),
        np.asarray(written, dtype=np.int8),
    )


def _chunk_words_of(texts: list, *, stopwords=None):
    """:func:`_chunk_words` of one partition (a chunk of texts)."""
    return _chunk_words(texts, stopwords)


def _stream_from_texts(texts: list, *, stopwords=None, n_jobs: int = 1, chunk_size: int = 1000) -> _Stream:
    """The word stream of raw texts, tokenized by chunks of documents (partitions of a Dask bag:
    in this process when ``n_jobs`` is 1, on ``n_jobs`` local processes otherwise)."""
    from framing.scale import map_partitions

    chunks = [texts[i : i + chunk_size] for i in range(0, len(texts), chunk_size)]
    where = "processes" if n_jobs > 1 and len(chunks) > 1 else "sync"
    parts = map_partitions(
        _chunk_words_of, chunks, scheduler=where, desc="formulae", num_workers=n_jobs,
        stopwords=stopwords,
    )
    vocab: dict = {}
    gapv: dict = {"": 0}
    columns: dict = {k: [] for k in ("wcode", "gcode", "sid", "content", "start", "end", "lens", "entity", "written")}
    for lv, wc, lg, gc, sid, content, start, end, lens, nm, wr in parts:
        wmap = np.fromiter((vocab.setdefault(w, len(vocab)) for w in lv), dtype=np.int32, count=len(lv))
        gmap = np.fromiter((gapv.setdefault(g, len(gapv)) for g in lg), dtype=np.int32, count=len(lg))
        for key, value in (
            ("wcode", wmap[wc] if len(wc) else wc), ("gcode", gmap[gc] if len(gc) else gc), ("sid", sid),
            ("content", content), ("start", start), ("end", end), ("lens", lens), ("entity", nm),
            ("written", wr),
        ):
            columns[key].append(value)
    del parts
    empty = {"content": bool, "entity": bool, "written": np.int8, "lens": np.int64}
    cat = {
        k: (np.concatenate(v) if v else np.zeros(0, dtype=empty.get(k, np.int32))) for k, v in columns.items()
    }
    del columns
    lens = cat["lens"]
    doc = np.repeat(np.arange(len(lens), dtype=np.int32), lens)
    vocab_list = list(vocab)
    article_codes = np.array([i for i, w in enumerate(vocab_list) if w in ARTICLES], dtype=np.int32)
    return _Stream(
        wcode=cat["wcode"],
        gcode=cat["gcode"],
        vocab=vocab_list,
        gaps=list(gapv),
        doc=doc,
        seg=(doc.astype(np.int64) << 32) | cat["sid"],
        sentence_id=cat["sid"],
        content=cat["content"],
        article=np.isin(cat["wcode"], article_codes),
        entity=cat["entity"],
        n_written=cat["written"],
        start=cat["start"],
        end=cat["end"],
    )


# ---------------------------------------------------------------------------------------------
# Finding the formulae: counts length by length, maximality, the sub-sequence rule
# ---------------------------------------------------------------------------------------------


#: Positions counted at a time (whole documents) when counting the reports a sequence occurs in.
CHUNK_POSITIONS = 1 << 16


def _doc_frequency(codes: np.ndarray, doc: np.ndarray, k: int) -> np.ndarray:
    """Number of documents each of ``k`` codes occurs in; ``doc`` is non-decreasing (document order).

    Counted by chunks of whole documents: the distinct (code, document) pairs of a chunk are found
    in a small hash table, and no pair can recur in another chunk.
    """
    n = len(codes)
    firsts = []
    start = 0
    while start < n:
        stop = min(start + CHUNK_POSITIONS, n)
        if stop < n:  # end the chunk with a whole document
            stop = int(np.searchsorted(doc, doc[stop - 1], side="right"))
        d0, span = int(doc[start]), int(doc[stop - 1]) - int(doc[start]) + 1
        pairs = pd.unique(codes[start:stop] * span + (doc[start:stop] - d0))
        firsts.append(pairs // span)
        start = stop
    return np.bincount(np.concatenate(firsts), minlength=k) if firsts else np.zeros(k, dtype=np.int64)


def _recurring(h: np.ndarray, doc: np.ndarray, min_docs: int, min_count: int):
    """For hashes at positions (in document order): (recurs?, local code of each position)."""
    codes, uniques = pd.factorize(h)
    codes = codes.astype(np.int64, copy=False)
    k = len(uniques)
    count = np.bincount(codes, minlength=k)
    if min_docs <= 1:
        return (count >= min_count)[codes], codes
    often = (count >= max(min_count, min_docs))[codes]  # a code in fewer places is in fewer documents
    df = np.zeros(k, dtype=np.int64)
    if often.any():
        df = _doc_frequency(codes[often], doc[often], k)
    return ((df >= min_docs) & (count >= min_count))[codes], codes


def _context(s: _Stream, W, G, stop_at: np.ndarray, pos: np.ndarray, step: int):
    """Hash of the words next to ``pos`` (``step`` -1: to the left, +1: to the right), read up to and
    including the first word where ``stop_at`` holds; ``edge`` where the sentence ends first."""
    n_words = len(s)
    h = np.zeros(len(pos), dtype=np.uint64)
    edge = np.zeros(len(pos), dtype=bool)
    home = s.seg[pos]
    cur = pos.copy()
    active = np.arange(len(pos))
    while len(active):
        nxt = cur[active] + step
        inside = (nxt >= 0) & (nxt < n_words)
        nxt = np.clip(nxt, 0, max(n_words - 1, 0))
        inside &= s.seg[nxt] == home[active]
        edge[active[~inside]] = True
        active, nxt = active[inside], nxt[inside]
        gap = G[nxt] if step < 0 else G[nxt - 1]
        h[active] = h[active] * _MIX + W[nxt] * _K1 + gap * _K2
        cur[active] = nxt
        active = active[~stop_at[nxt]]
    return h, edge


def _maximal(s: _Stream, W, G, can_start, can_end, pos: np.ndarray, codes: np.ndarray, n: int) -> np.ndarray:
    """Which positions belong to a sequence that does not always continue the same way."""
    left, left_edge = _context(s, W, G, can_start, pos, -1)
    right, right_edge = _context(s, W, G, can_end, pos + n - 1, +1)
    frame = pd.DataFrame(
        {
            "c": codes,
            "le": left_edge,
            "l": left.view(np.int64),
            "re": right_edge,
            "r": right.view(np.int64),
        }
    )
    g = frame.groupby("c", sort=False).agg(
        le=("le", "any"), l0=("l", "min"), l1=("l", "max"), re=("re", "any"), r0=("r", "min"), r1=("r", "max")
    )
    ok = (g["le"] | (g["l0"] != g["l1"])) & (g["re"] | (g["r0"] != g["r1"]))
    return np.isin(codes, g.index[ok].to_numpy())


def _find(s: _Stream, *, min_words, max_words, min_docs, min_count, edges):
    """The formulae of a word stream: occurrence arrays (position, length, formula, alone)."""
    n_words = len(s)
    empty = np.zeros(0, dtype=np.int64)
    if n_words == 0:
        return empty, empty, empty, np.zeros(0, dtype=bool)
    W = _hash_strings(s.vocab, b"framing-word")[s.wcode]
    G = _hash_strings(s.gaps, b"framing-gap")
    G[0] = 0
    G = G[s.gcode]
    if edges == "any":
        can_start = can_end = np.ones(n_words, dtype=bool)
    else:
        can_start, can_end = s.content | s.article, s.content
    written = np.concatenate([[0], np.cumsum(s.n_written, dtype=np.int64)])
    h = W.copy()
    cand = np.arange(n_words, dtype=np.int64)
    levels = []
    wpow, gpow = _BASE, _GAP
    with np.errstate(over="ignore"):
        for n in range(1, max_words + 1):
            if n > 1:
                cand = cand[cand + n - 1 < n_words]
                cand = cand[s.seg[cand + n - 1] == s.seg[cand]]
                if not len(cand):
                    break
                h[cand] = h[cand] + W[cand + n - 1] * wpow + G[cand + n - 2] * gpow
                wpow, gpow = wpow * _BASE, gpow * _BASE
            rec, codes = _recurring(h[cand], s.doc[cand], min_docs, min_count)
            found, codes = cand[rec], codes[rec]
            if not len(found):
                break
            size = written[found + n] - written[found]
            listable = can_start[found] & can_end[found + n - 1] & (size >= min_words) & (size <= max_words)
            if listable.any():
                pos, c = found[listable], codes[listable]
                keep = _maximal(s, W, G, can_start, can_end, pos, c, n)
                levels.append((n, pos[keep], c[keep]))
            # both (n)-word parts of an (n + 1)-word sequence must recur
            flag = np.zeros(n_words + 1, dtype=bool)
            flag[found] = True
            cand = found[flag[found + 1]]
    # the sub-sequence rule, longest first
    reach = np.full(n_words, -1, dtype=np.int64)
    out_pos, out_len, out_fid, out_alone = [], [], [], []
    next_id = 0
    for n, pos, c in reversed(levels):
        if not len(pos):
            continue
        alone = reach[pos] < pos + n
        codes, uniques = pd.factorize(c)
        codes = codes.astype(np.int64, copy=False)
        k = len(uniques)
        n_alone = np.bincount(codes[alone], minlength=k)
        alone_docs = _doc_frequency(codes[alone], s.doc[pos[alone]], k)
        keep = (alone_docs >= min_docs) & (n_alone >= min_count)
        if not keep.any():
            continue
        new_id = np.full(k, -1, dtype=np.int64)
        new_id[keep] = next_id + np.arange(int(keep.sum()))
        next_id += int(keep.sum())
        sel = keep[codes]
        p = pos[sel]
        out_pos.append(p)
        out_len.append(np.full(len(p), n, dtype=np.int64))
        out_fid.append(new_id[codes[sel]])
        out_alone.append(alone[sel])
        ends = np.full(n_words, -1, dtype=np.int64)
        np.maximum.at(ends, p, p + n)
        reach = np.maximum.accumulate(np.maximum(reach, ends))
    if not out_pos:
        return empty, empty, empty, np.zeros(0, dtype=bool)
    return (
        np.concatenate(out_pos),
        np.concatenate(out_len),
        np.concatenate(out_fid),
        np.concatenate(out_alone),
    )


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------


def _key(s: _Stream, pos: int, n: int) -> str:
    """The folded text of the sequence at ``pos``: words and punctuation separated by spaces."""
    parts = []
    for k in range(pos, pos + n):
        parts.append(s.vocab[s.wcode[k]])
        if k < pos + n - 1 and s.gcode[k]:
            parts.append(s.gaps[s.gcode[k]])
    return " ".join(parts)


def _core_keys(s: _Stream, pos: int, n: int, core_words: int) -> list:
    """The cores of a formula: from each of its words, the shortest run of words holding at least
    ``core_words`` words as written and two content words."""
    codes = s.wcode[pos : pos + n].tolist()
    content = s.content[pos : pos + n].tolist()
    written = s.n_written[pos : pos + n].tolist()
    cores = []
    for i in range(n):
        words = kept = 0
        for j in range(i, n):
            words += written[j]
            kept += content[j]
            if words >= core_words and kept >= 2:
                cores.append(tuple(codes[i : j + 1]))
                break
    return cores


def _variant_groups(cores: list, rank: np.ndarray) -> np.ndarray:
    """Variant group of each formula (1-based): in rank order, a formula joins the best-ranked group
    whose leading formula shares a core with it, or leads a new group."""
    leader_of_core: dict = {}
    group = np.zeros(len(cores), dtype=np.int64)
    n_groups = 0
    for f in np.argsort(rank, kind="stable"):
        joined = [leader_of_core[c] for c in cores[f] if c in leader_of_core]
        if joined:
            group[f] = min(joined)
            continue
        n_groups += 1
        group[f] = n_groups
        for c in cores[f]:
            leader_of_core.setdefault(c, n_groups)
    return group


def _display_forms(occ: dict, sample: np.ndarray, texts: list, n_formulae: int) -> np.ndarray:
    """Each formula's most frequent form as written among its first :data:`DISPLAY_SAMPLE`
    occurrences (``sample``; ties: the earliest), a bracket it opens closed ("(CPV" -> "(CPV)")."""
    fid = occ["fid"][sample]
    forms = pd.DataFrame(
        {
            "fid": fid,
            "text": [
                _balanced(texts[d][a:b], texts[d], b)
                for d, a, b in zip(occ["doc"][sample], occ["start"][sample], occ["end"][sample], strict=True)
            ],
        }
    )
    counts = forms.groupby(["fid", "text"], sort=False).size().rename("k").reset_index()
    best = counts.sort_values(["fid", "k"], ascending=[True, False], kind="stable").drop_duplicates("fid")
    return best.set_index("fid")["text"].reindex(range(n_formulae)).to_numpy(dtype=object)


def _balanced(form: str, text: str, end: int) -> str:
    """``form`` with the bracket that closes it in the text ("(CPV" -> "(CPV)"), for display."""
    if "(" not in form and "[" not in form and "{" not in form:
        return form
    for opening, closing in _BRACKETS.items():
        if form.count(opening) > form.count(closing) and text[end : end + 1] == closing:
            return form + closing
    return form


_BRACKETS = {"(": ")", "[": "]", "{": "}"}
#: Day number standing for a missing date.
_NO_DAY = np.iinfo(np.int64).max // 2


def _days(dates) -> np.ndarray:
    """Dates as day numbers since 1970-01-01 (:data:`_NO_DAY` where missing)."""
    d = pd.to_datetime(pd.Series(list(dates)), errors="coerce")
    days = d.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]").astype(np.int64)
    return np.where(d.isna().to_numpy(), _NO_DAY, days)


def _iso_days(days: np.ndarray) -> np.ndarray:
    """Day numbers as ``YYYY-MM-DD`` strings ("" for a missing date)."""
    distinct, at = np.unique(days, return_inverse=True)  # each day written once, then shared
    ok = np.abs(distinct) != _NO_DAY
    out = np.full(len(distinct), "", dtype=object)
    out[ok] = np.datetime_as_string(distinct[ok].astype("datetime64[D]"), unit="D").astype(object)
    return out[at.reshape(-1)]


def _tables(s: _Stream, found, *, texts, doc_groups, doc_days, groups, core_words):
    """(formula table, occurrence arrays in rank-free formula order then text order)."""
    pos, length, fid, alone = found
    n_formulae = int(fid.max()) + 1 if len(fid) else 0
    order = np.argsort(fid * (len(s) + 1) + pos, kind="stable")
    pos, length, fid, alone = pos[order], length[order], fid[order], alone[order]
    doc = s.doc[pos].astype(np.int64)
    occ = {
        "fid": fid,
        "doc": doc,
        "pos": pos,
        "n": length,
        "start": s.start[pos].astype(np.int64),
        "end": s.end[pos + length - 1].astype(np.int64),
        "alone": alone,
        "group_index": doc_groups[doc],
        "day": doc_days[doc],
    }
    if n_formulae == 0:
        return pd.DataFrame(columns=FORMULA_COLUMNS), occ
    firsts = np.flatnonzero(np.concatenate([[True], fid[1:] != fid[:-1]]))
    rep_pos, rep_n = pos[firsts], length[firsts]
    written = np.concatenate([[0], np.cumsum(s.n_written, dtype=np.int64)])
    n_words = written[rep_pos + rep_n] - written[rep_pos]
    # one name of the entity list, alone or after an article ("the United Russia Party")
    is_name = s.entity[rep_pos + rep_n - 1] & ((rep_n == 1) | ((rep_n == 2) & s.article[rep_pos]))
    keys = [_key(s, int(p), int(n)) for p, n in zip(rep_pos, rep_n, strict=True)]
    rank_in_formula = np.arange(len(fid)) - firsts[fid]
    display = _display_forms(occ, rank_in_formula < DISPLAY_SAMPLE, texts, n_formulae)
    new_doc = np.concatenate([[True], (fid[1:] != fid[:-1]) | (doc[1:] != doc[:-1])])
    n_groups_all = max(len(groups), 1)
    present = np.zeros((n_formulae, n_groups_all), dtype=bool)
    present[fid, occ["group_index"]] = True
    first = present.argmax(axis=1)
    last = n_groups_all - 1 - present[:, ::-1].argmax(axis=1)
    reports = np.bincount(doc_groups, minlength=n_groups_all)
    cum = np.concatenate([[0], np.cumsum(reports)])
    status = np.full(n_formulae, "intermittent", dtype=object)
    span_full = present.sum(axis=1) == last - first + 1
    status[span_full & (first > 0) & (last == n_groups_all - 1)] = "new"
    status[span_full & (first == 0) & (last < n_groups_all - 1)] = "dropped"
    status[present.all(axis=1)] = "persistent"
    day = occ["day"]
    at_first = occ["group_index"] == first[fid]
    at_last = occ["group_index"] == last[fid]
    first_day = np.full(n_formulae, _NO_DAY, dtype=np.int64)
    np.minimum.at(first_day, fid[at_first], day[at_first])
    last_day = np.full(n_formulae, -_NO_DAY, dtype=np.int64)
    np.maximum.at(last_day, fid[at_last], np.where(day[at_last] == _NO_DAY, -_NO_DAY, day[at_last]))
    summary = pd.DataFrame(
        {
            "fid": np.arange(n_formulae),
            "formula": display,
            "key": keys,
            "n_words": n_words,
            "is_name": is_name,
            "n_docs": np.bincount(fid[new_doc], minlength=n_formulae),
            "n_groups": present.sum(axis=1),
            "n_occurrences": np.diff(np.concatenate([firsts, [len(fid)]])),
            "n_alone": np.bincount(fid[alone], minlength=n_formulae),
            "first_group": [groups[i] for i in first],
            "first_date": _iso_days(first_day),
            "last_group": [groups[i] for i in last],
            "last_date": _iso_days(last_day),
            "status": status,
            "reports_before": cum[first],
            "reports_span": cum[last + 1] - cum[first],
            "reports_after": cum[-1] - cum[last + 1],
        }
    )
    summary = summary.sort_values(
        ["n_groups", "n_docs", "n_words", "n_occurrences", "key"],
        ascending=[False, False, False, False, True],
        kind="stable",
    ).reset_index(drop=True)
    summary["formula_id"] = np.arange(1, n_formulae + 1)
    rank = np.empty(n_formulae, dtype=np.int64)
    rank[summary["fid"].to_numpy()] = summary["formula_id"].to_numpy()
    cores = [_core_keys(s, int(p), int(n), core_words) for p, n in zip(rep_pos, rep_n, strict=True)]
    variant = _variant_groups(cores, rank)
    summary["variant_group"] = variant[summary["fid"].to_numpy()]
    for col in ("n_words", "n_docs", "n_groups", "n_occurrences", "n_alone", "reports_before",
                "reports_span", "reports_after", "variant_group", "formula_id"):
        summary[col] = summary[col].astype(np.int64)
    occ["formula_id"] = rank[fid]
    return summary, occ


def _check_options(min_words, max_words, min_docs, min_count, core_words, edges) -> None:
    check_int("min_words", min_words, minimum=1)
    check_int("max_words", max_words, minimum=min_words)
    check_int("min_docs", min_docs, minimum=1)
    check_int("min_count", min_count, minimum=1)
    check_int("core_words", core_words, minimum=2)
    check_choice("edges", edges, ("content", "any"))


def formulae(
    analysis,
    *,
    min_words: int = 3,
    max_words: int = 10,
    min_docs: int = 2,
    min_count: int = 2,
    core_words: int = 3,
    edges: str = "content",
) -> pd.DataFrame:
    """Recurring word sequences across reports, one row per occurrence (see the module's rules).

    Parameters
    ----------
    analysis : Analysis
        The analysis (:func:`framing.analyse`): its tokens, sentences (speakers), documents
        (dates) and groups.
    min_words : int, default=3
        Shortest formula, in words (punctuation does not count; a multi-word name is one word).
    max_words : int, default=10
        Longest formula, in words; longer repeated stretches are carried-over statements.
    min_docs : int, default=2
        Reports a sequence must occur in to recur (1: repeats within one report count too).
    min_count : int, default=2
        Occurrences a sequence must have to recur.
    core_words : int, default=3
        Length of the core that makes two formulae variants (at least two content words).
    edges : {"content", "any"}, default="content"
        "content": a formula starts with a content word or an article and ends with a content
        word; "any": any word may start or end one.

    Returns
    -------
    pandas.DataFrame
        One row per occurrence, formulae in rank order (``formula_id``), occurrences in document
        order: the formula's columns (:data:`FORMULA_COLUMNS`: ``formula`` its most frequent
        form as written (among its first :data:`DISPLAY_SAMPLE`), ``is_name`` (a name of the entity
        list, alone or after an article), ``key`` the folded words and punctuation, counts, first and last group
        and date, ``status`` with the counts behind it, ``variant_group``), then the occurrence's
        (:data:`OCCURRENCE_COLUMNS`: ``doc_id``, its group under the analysis's grouping column,
        ``date``, ``paragraph_id``, ``sentence_id``, ``start``, ``end`` (``text[start:end]`` is the
        occurrence, in ``text``), ``alone`` (outside every longer formula), ``speaker``, ``side``
        of its sentence). Dates are ``YYYY-MM-DD`` ("" without a date column).

    See Also
    --------
    formula_summary : one row per formula.
    corpus_formulae : the same counts for a corpus without a tokens table.

    Examples
    --------
    >>> import pandas as pd, framing
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"], "text": [
    ...     "They met at a mutually convenient time. Trade grew.",
    ...     "Both agreed to meet again at a mutually convenient time."]})
    >>> table = formulae(framing.analyse(docs))
    >>> table[["formula", "doc_id", "start", "end", "status"]].values.tolist()
    [['a mutually convenient time', 'a', 12, 38, 'persistent'], ['a mutually convenient time', 'b', 29, 55, 'persistent']]
    >>> docs.text[0][12:38]
    'a mutually convenient time'
    """
    _check_options(min_words, max_words, min_docs, min_count, core_words, edges)
    docs, tokens, sentences = analysis.docs, analysis.tokens, analysis.sentences
    require_columns(tokens, ["doc_id", "sentence_id", "token_id", "start", "end", "norm", "is_punct",
                             "is_stop"], "tokens")
    require_columns(sentences, ["doc_id", "sentence_id", "paragraph_id", "speaker", "side"], "sentences")
    by = analysis.by
    doc_ids = docs["doc_id"].astype(str).tolist()
    doc_index = {d: i for i, d in enumerate(doc_ids)}
    groups = list(analysis.groups)
    gindex = {g: i for i, g in enumerate(groups)}
    doc_groups = docs[by].astype(str).map(gindex).to_numpy(dtype=np.int64)
    doc_days = _days(docs["date"]) if "date" in docs.columns else np.full(len(docs), _NO_DAY)
    s = _stream_from_tokens(tokens, doc_index)
    found = _find(s, min_words=min_words, max_words=max_words, min_docs=min_docs,
                  min_count=min_count, edges=edges)
    texts = docs["text"].tolist()
    summary, arrays = _tables(
        s, found, texts=texts, doc_groups=doc_groups, doc_days=doc_days, groups=groups, core_words=core_words,
    )
    columns = FORMULA_COLUMNS + [by if c == "group" else c for c in OCCURRENCE_COLUMNS]
    if summary.empty:
        return pd.DataFrame(columns=columns)
    # Rows in their final order first (formula, document, offset; a stable sort), then each
    # column of the sentence and of the formula taken by position: one table of occurrences
    # rather than a copy per merge and sort (millions of rows on a large corpus).
    order = np.lexsort((arrays["start"], arrays["doc"], arrays["formula_id"]))
    occ = pd.DataFrame({k: np.asarray(v)[order] for k, v in arrays.items()})
    del arrays, order
    occ["date"] = _iso_days(occ["day"].to_numpy())
    seen: dict[str, str] = {}  # one string object per distinct wording
    occ["text"] = [
        seen.setdefault(w, w)
        for w in (texts[d][a:b] for d, a, b in zip(occ["doc"], occ["start"], occ["end"], strict=True))
    ]
    del seen
    occ["doc_id"] = [doc_ids[d] for d in occ["doc"]]
    occ[by] = [groups[g] for g in occ["group_index"]]
    occ["sentence_id"] = s.sentence_id[occ["pos"].to_numpy()]
    who = sentences[["doc_id", "sentence_id", "paragraph_id", "speaker", "side"]].copy()
    who["doc_id"] = who["doc_id"].astype(str)
    who["sentence_id"] = who["sentence_id"].astype(np.int64)
    at = pd.MultiIndex.from_frame(who[["doc_id", "sentence_id"]]).get_indexer(
        pd.MultiIndex.from_frame(occ[["doc_id", "sentence_id"]])
    )
    if (at >= 0).all():
        for col in ("paragraph_id", "speaker", "side"):
            occ[col] = who[col].take(at).set_axis(occ.index)  # the dtype kept
    else:  # a sentence missing: the merge says which (as before)
        occ = occ.merge(who, on=["doc_id", "sentence_id"], how="left", validate="many_to_one")
    row = np.empty(len(summary), dtype=np.int64)
    row[summary["fid"].to_numpy()] = np.arange(len(summary))
    at = row[occ["fid"].to_numpy()]
    for col in summary.columns:
        if col != "fid":
            occ[col] = summary[col].take(at).set_axis(occ.index)
    for col in ("paragraph_id", "sentence_id", "start", "end"):
        occ[col] = occ[col].astype(np.int64)
    return occ[columns]


def formula_summary(table: pd.DataFrame) -> pd.DataFrame:
    """One row per formula of a :func:`formulae` table, with the documents it occurs in.

    Parameters
    ----------
    table : pandas.DataFrame
        The occurrences (:func:`formulae`).

    Returns
    -------
    pandas.DataFrame
        :data:`FORMULA_COLUMNS` plus ``doc_ids`` (the reports it occurs in, in order, separated
        by "; ") and ``n_variants`` (formulae in its variant group), in rank order.

    Examples
    --------
    >>> import pandas as pd, framing
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"], "text": [
    ...     "Oil and gas grew.", "Oil and gas fell."]})
    >>> formula_summary(formulae(framing.analyse(docs)))[["formula", "n_docs", "doc_ids"]].values.tolist()
    [['Oil and gas', 2, 'a; b']]
    """
    require_columns(table, FORMULA_COLUMNS + ["doc_id"], "formulae table")
    if table.empty:
        return pd.DataFrame(columns=FORMULA_COLUMNS + ["doc_ids", "n_variants"])
    summary = table.drop_duplicates("formula_id")[FORMULA_COLUMNS].reset_index(drop=True)
    docs = table.groupby("formula_id", sort=False)["doc_id"].agg(lambda d: "; ".join(dict.fromkeys(map(str, d))))
    summary["doc_ids"] = summary["formula_id"].map(docs)
    summary["n_variants"] = summary.groupby("variant_group")["formula_id"].transform("size").astype(np.int64)
    return summary.sort_values("formula_id", kind="stable").reset_index(drop=True)


def corpus_formulae(
    docs: pd.DataFrame,
    *,
    by: str = "period",
    order=None,
    min_words: int = 3,
    max_words: int = 10,
    min_docs: int = 2,
    min_count: int = 2,
    core_words: int = 3,
    edges: str = "content",
    stopwords=None,
    n_jobs: int = 1,
    chunk_size: int = 1000,
) -> pd.DataFrame:
    """The formulae of a corpus too large for a tokens table: one row per formula.

    The same rules and the same counts as :func:`formula_summary` (:func:`formulae` (analysis))
    with the packaged entity list, without building the tokens or sentences tables: the texts are
    tokenized by chunks of ``chunk_size`` documents (partitions of a Dask bag, on ``n_jobs`` local
    processes when more than one; :func:`framing.scale.map_partitions`) into arrays of word codes, and counted as described in the module's "Scale" section.

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table (:func:`framing.load_corpus`): ``doc_id``, ``text``, the column ``by`` and,
        if present, ``date``.
    by : str, default="period"
        Column that groups documents.
    order : sequence of str, optional
        Order of the groups (default=None: by earliest date when every document has one, else by
        first appearance).
    min_words, max_words, min_docs, min_count, core_words : int, default=3, 10, 2, 2, 3
        As in :func:`formulae`.
    edges : {"content", "any"}, default="content"
        As in :func:`formulae`.
    stopwords : iterable of str, optional
        Folded stopwords (default=None: the packaged list).
    n_jobs : int, default=1
        Worker processes for tokenizing.
    chunk_size : int, default=1000
        Documents per chunk.

    Returns
    -------
    pandas.DataFrame
        :data:`FORMULA_COLUMNS`, in rank order.

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"], "text": [
    ...     "Oil and gas grew.", "Oil and gas fell."]})
    >>> corpus_formulae(docs)[["formula", "n_docs", "status"]].values.tolist()
    [['Oil and gas', 2, 'persistent']]
    """
    from framing.analysis import group_order
    from framing.config import Study

    _check_options(min_words, max_words, min_docs, min_count, core_words, edges)
    check_int("n_jobs", n_jobs, minimum=1)
    check_int("chunk_size", chunk_size, minimum=1)
    require_columns(docs, ["doc_id", "text", by], "docs")
    groups = list(group_order(docs, Study(group_by=by, groups=tuple(order or ()))))
    gindex = {g: i for i, g in enumerate(groups)}
    doc_groups = docs[by].astype(str).map(gindex).to_numpy(dtype=np.int64)
    doc_days = _days(docs["date"]) if "date" in docs.columns else np.full(len(docs), _NO_DAY)
    texts = docs["text"].tolist()
    if stopwords is not None:
        from framing.normalize import fold

        stopwords = frozenset(fold(w) for w in stopwords)
    s = _stream_from_texts(texts, stopwords=stopwords, n_jobs=n_jobs, chunk_size=chunk_size)
    found = _find(s, min_words=min_words, max_words=max_words, min_docs=min_docs,
                  min_count=min_count, edges=edges)
    summary, _ = _tables(s, found, texts=texts, doc_groups=doc_groups, doc_days=doc_days,
                         groups=groups, core_words=core_words)
    if summary.empty:
        return pd.DataFrame(columns=FORMULA_COLUMNS)
    return summary[FORMULA_COLUMNS]
