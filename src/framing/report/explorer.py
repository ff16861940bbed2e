"""A standalone, offline HTML explorer of a corpus: every group, and two of them compared.

:func:`write_explorer` writes ONE self-contained HTML file: hand-written JavaScript and CSS (in
``framing/templates``) are inlined, the data is embedded as JSON, nothing is fetched (a Content
Security Policy forbids it). The page has three parts:

* a term view in the manner of Scattertext: an SVG scatter of every content term placed by its count in
  the two periods (rank scale) or by log-odds z against total count, coloured by keyness, with the
  numbers on hover and a search box;
* a sector view: counts and rates per period for every sector of the lexicon, and the side whose speaker
  voices each mention;
* key words in context: clicking a term or a sector lists its lines from both periods side by side, the
  match highlighted, with each sentence's speaker and side and the character offsets of the match;
  a search for any word or phrase on folded keys (case, diacritics, apostrophes and plural endings
  folded as :func:`framing.lexicons.matching.key_stream` does; ``*`` for any letters), so phrases,
  acronyms and entities find their lines; a sector absent from a group says where its word went
  (:func:`sector_word_hints`: "energy" inside "nuclear energy", counted as Nuclear energy);
* a report view: a whole document with every sector mention marked in its sector's colour (from the
  lexicon) and each sentence underlined in the colour of its speaker's side (from the study);
* downloads made in the page (the current table as CSV, cells neutralised as
  :func:`framing.io.neutralise_cells` does; the current chart as standalone SVG), a group selector,
  and the view kept in the URL fragment (``#tab=sectors&group=...&term=...&sector=...&doc=...``).

Why hand-written JavaScript rather than Plotly or Bokeh: the file stays small (tens of kB instead of
3-4 MB of library), has no version to pin, and relies only on DOM and SVG features every browser has
had for a decade.

Every document's matching keys are embedded with their offsets (one vocabulary, indexes per
document), so the page searches what framing matches without a tokenizer of its own; only the
query is folded in JavaScript, by the same rules (tested against Python in Chromium).

At scale: the page embeds the per-document material (texts, sentences, keys, lines, mentions,
aligned statements) of at most :data:`MAX_CHARS` characters of reports; a larger corpus gets a
seeded sample stratified by group (:func:`sample_documents`), stated in the page's header, its note
and beside every list of lines, while every count, rate and statistic covers the whole corpus. The
script's lines for a sampled page sit between ``//#if sample`` and ``//#else``/``//#endif`` markers
in ``explorer.js`` (:func:`select_blocks`), so the page of a corpus embedded whole is unchanged.

Safety: the JSON block escapes ``<``, ``>``, ``&`` and U+2028/U+2029, so corpus text cannot end the
``<script>`` element; the page inserts every piece of corpus text with ``textContent``, never as HTML.
Determinism: keys are sorted, floats rounded to 6 significant digits, no timestamps.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import os
import re
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from framing.errors import AnalysisError
from framing.io import write_text
from framing.lexicons.matching import key_stream, slot_pattern
from framing.normalize import fold

__all__ = [
    "explorer_data", "render_explorer", "write_explorer", "sector_word_hints", "sample_documents",
    "RATE_BASE", "MAX_CHARS", "EXPLORER_TABLES",
]

#: Rates in the page are per this many word tokens (tokens that are not punctuation), as in
#: :func:`framing.stats.keyness`.
RATE_BASE = 1000
#: Terms seen fewer times than this (both periods together) are plotted but not tested.
TESTED_MIN_COUNT = 2
#: The page embeds the per-document material (texts for the report view, the keys the search runs
#: on, sentences, concordance lines, mentions, aligned statements) of documents holding at most
#: this many characters of text: all of a corpus that fits, else a seeded sample stratified by
#: group (:func:`sample_documents`). About 400 generated reports, a page of about 7 MB; every count,
#: rate and keyness statistic still covers the whole corpus.
MAX_CHARS = 1_000_000
#: Tables :func:`explorer_data` takes from its ``tables`` argument instead of computing them.
EXPLORER_TABLES = ("formulae", "statement-alignment", "keyness")


# ---------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------


def _num(x, sig: int = 6):
    """A JSON-safe, platform-stable number: ints stay ints, floats keep ``sig`` significant digits,
    NaN and infinities become null (JSON has no NaN)."""
    if x is None:
        return None
    if isinstance(x, bool):
        return x
    try:
        if pd.isna(x):
            return None
    except (TypeError, ValueError):
        pass
    if float(x).is_integer() and not isinstance(x, float) and abs(x) < 2**53:
        return int(x)
    x = float(x)
    if not math.isfinite(x):
        return None
    return float(f"{x:.{sig}g}")


def _str(x) -> str:
    return "" if x is None or (not isinstance(x, str) and pd.isna(x)) else str(x)


def _in(col: pd.Series, values: set) -> np.ndarray:
    """Which values of a column, as strings, are in ``values``: through the categories when the
    column is categorical (the tokens' doc_id: tens of millions of rows at scale)."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        hit = np.append(col.cat.categories.astype(str).isin(values), False)  # code -1 (missing): False
        return hit[col.cat.codes.to_numpy()]
    return col.astype(str).isin(values).to_numpy()


def _counts(col: pd.Series) -> dict:
    """str(value) -> rows, of one column (``value_counts`` without turning every row into a str)."""
    out: dict = {}
    for k, v in col.value_counts(sort=False).items():
        if v:
            out[str(k)] = out.get(str(k), 0) + int(v)
    return out


def _strs(col: pd.Series) -> pd.Series:
    """:func:`_str` of every value of a column, vectorised."""
    return col.astype(object).where(col.notna(), "").astype(str)


def sample_documents(analysis, *, max_chars: int | None = MAX_CHARS, seed: int | None = None) -> pd.Series:
    """The documents whose text the explorer embeds: all of them when their texts fit the budget,
    otherwise a seeded sample stratified by group.

    Each group gets a share of ``max_chars`` in proportion to its characters. Within a group the
    documents are taken in a seeded pseudo-random order (a hash of the seed and the doc_id, so a
    document keeps its place when others are added) while they fit the group's share; the first is
    always taken, so every group has lines. The order stops at the first document that does not
    fit, so short documents are not favoured.

    Parameters
    ----------
    analysis : Analysis
        The analysis (:func:`framing.analyse`): its ``docs`` (``doc_id``, ``text``, the grouping
        column).
    max_chars : int or None, default=MAX_CHARS
        Characters of text embedded at most (plus at most one document per group); None: every
        document.
    seed : int, optional
        Seed of the order (default=None: the study's ``random_state``).

    Returns
    -------
    pandas.Series
        Booleans indexed like ``analysis.docs``: True for the documents embedded.

    Examples
    --------
    >>> import framing
    >>> docs = pd.DataFrame({"doc_id": list("abcdef"), "period": ["p1"] * 3 + ["p2"] * 3,
    ...                      "text": ["Energy ties grew."] * 6})
    >>> a = framing.analyse(docs)  # 6 texts of 17 characters: 51 per group
    >>> sample_documents(a, max_chars=70, seed=0).tolist()  # 35 per group: two documents each
    [True, False, True, True, True, False]
    >>> bool(sample_documents(a).all())  # 102 characters fit MAX_CHARS: every document
    True
    """
    docs = analysis.docs
    chars = docs["text"].astype(str).str.len()
    if max_chars is None or int(chars.sum()) <= max_chars:
        return pd.Series(True, index=docs.index)
    seed = analysis.study.random_state if seed is None else int(seed)
    groups = docs[analysis.by].astype(str)
    total = float(chars.sum())
    rank = [
        hashlib.blake2b(f"{seed}\x00{doc_id}".encode(), digest_size=8).digest()
        for doc_id in docs["doc_id"].astype(str)
    ]
    share = {g: max_chars * float(n) / total for g, n in chars.groupby(groups).sum().items()}
    used = dict.fromkeys(share, 0)
    taken = dict.fromkeys(share, 0)
    full: set = set()
    keep = [False] * len(docs)
    sizes, names = chars.tolist(), groups.tolist()
    for i in sorted(range(len(docs)), key=lambda i: (rank[i], i)):
        g, n = names[i], sizes[i]
        if g in full:
            continue
        if taken[g] and used[g] + n > share[g]:
            full.add(g)  # stop here: skipping to shorter documents would favour them
            continue
        keep[i] = True
        used[g] += n
        taken[g] += 1
    return pd.Series(keep, index=docs.index)


def _sample_note(keep: pd.Series, groups: pd.Series, periods: list, seed: int, max_chars: int) -> dict:
    """What the page says about its sample: per group [embedded, total] and the sentence it prints."""
    per = [[int((keep & (groups == g)).sum()), int((groups == g).sum())] for g in periods]
    n, total = int(keep.sum()), len(keep)
    text = (
        f"This page embeds {n:,} of the {total:,} reports (their texts, sentences and mentions), drawn "
        f"at random within each group in proportion to its text, seed {seed}, {max_chars:,} characters "
        f"at most: the search, the concordance lines, the report view and the aligned statements cover "
        f"those {n:,}; every count, rate and keyness statistic covers all {total:,} (the term view plots "
        f"every term seen twice or more, and the terms seen once in those {n:,}). Use `framing kwic` "
        f"for lines from the whole corpus."
    )
    return {"docs": n, "of": total, "groups": per, "seed": seed, "max_chars": max_chars, "text": text}


def explorer_data(
    analysis,
    *,
    reference: str | None = None,
    target: str | None = None,
    max_chars: int | None = MAX_CHARS,
    seed: int | None = None,
    tables: dict | None = None,
) -> dict:
    """Everything the page shows, as a JSON-ready dict.

    Every group of the analysis is in the page: the sector view and the concordances show each
    group (in the analysis's order); the term view (the scatter, the keyness statistics and the
    lists of characteristic terms) compares two of them, the reference and the target.

    Parameters
    ----------
    analysis : Analysis
        The analysis (:func:`framing.analyse`); its docs (``doc_id``, ``text`` and, if present,
        ``date``, ``title``, ``place``), sentences, tokens, mentions and lexicon are used.
    reference, target : str, optional
        The groups the term view compares (default=None: the study's, else the first and the last
        group; see :func:`framing.report.tables.comparison`).
    max_chars : int or None, default=MAX_CHARS
        Budget of embedded text: a corpus whose texts are longer gets its per-document material
        (``docs``, ``period_docs``, ``sentences``, ``keys``, ``mentions``, the ``occ`` lists,
        ``other_terms``, ``entities``, the ``alignment`` rows) for a sample of its documents only
        (:func:`sample_documents`); None: every document. Counts, rates and statistics always
        cover every document.
    seed : int, optional
        Seed of that sample (default=None: the study's ``random_state``).
    tables : dict, optional
        Tables already computed for the same analysis and groups, by file stem (as
        :func:`framing.report.tables.analysis_tables` returns them): those of
        :data:`EXPLORER_TABLES` ("formulae", "statement-alignment" and "keyness") are used instead
        of computing them again (default=None: computed here).

    Returns
    -------
    dict
        Keys: ``periods`` (every group, in order); ``pair`` ([index of the reference, index of the
        target] in ``periods``); ``docs`` (doc_id, period, pk = index of its group, title, date,
        place, text), in group order; ``period_docs`` (per group); ``sample`` (only when a sample
        is embedded: ``docs``, ``of``, ``groups`` = [embedded, total] per group, ``seed``,
        ``max_chars`` and ``text``, the sentence the page shows); ``words`` (word tokens per
        group); ``sentences`` (columns doc = index into ``docs``, sid, start, end, speaker, side);
        ``terms``: the terms of the two groups compared (columns term, display, count_a, count_b,
        rate_a, rate_b [reference, target; per :data:`RATE_BASE` words], g2, p_value, p_adjusted,
        log_ratio, log_odds_z [> 0: more in the target], direction ["target" or "reference"],
        low_expected, occ = list of [sentence index, start, end] per occurrence in every group,
        offsets into the document's ``text``); ``other_terms`` (term, display, occ: the terms
        seen only in the other groups, searchable but not plotted); ``sectors`` (id, label, and
        per group: count, rate, sides {side: n}; occ, an occurrence carrying [..., speaker,
        side] when they differ from its sentence's; colour, from the lexicon or
        :data:`FALLBACK_SECTOR_COLOURS`; hints, per group: null, or where the sector's words
        occur uncounted when it has no mention there, see :func:`sector_word_hints`); ``keys``
        (vocab, and per document [key indexes, starts, ends] of
        :func:`~framing.lexicons.matching.key_stream`); ``mentions`` (columns doc, start, end,
        sector [index into ``sectors``], rule, sent, speaker, side, context); ``side_styles``
        (side -> [label, colour], from the study); ``entities`` (name, type, forms = the
        matching keys of each way of writing it, occ = [sentence index, start, end] of its
        tokens); ``sides``; ``title``, ``note``, ``footer``,
        ``rate_unit``, ``rate_unit_short``. Statistics come from :func:`framing.stats.keyness`
        (target against reference); ``p_adjusted`` is null for terms seen once in the two groups
        (not tested, see :data:`TESTED_MIN_COUNT`).

    Raises
    ------
    AnalysisError
        Fewer than two groups, or a requested group absent from the corpus.

    Examples
    --------
    >>> import framing
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"], "text": [
    ...     "Energy ties grew.", "Nuclear energy grew."]})
    >>> d = explorer_data(framing.analyse(docs))
    >>> d["periods"], [d["keys"]["vocab"][i] for i in d["keys"]["docs"][1][0]]
    (['p1', 'p2'], ['nuclear', 'energy', 'grew', '.'])
    >>> energy = next(s for s in d["sectors"] if s["id"] == "energy")
    >>> energy["count"], energy["hints"][1][0]["inside"]
    ([1, 0], [['Nuclear energy', 'nuclear', 'Nuclear energy', 1]])
    """
    from framing.report.tables import comparison
    from framing.stats.terms import keyness

    pair = comparison(analysis, reference=reference, target=target)
    if pair is None:
        raise AnalysisError("docs", f"the explorer compares two groups but the corpus has {len(analysis.groups)}")
    pa, pb = pair
    tables = tables or {}
    periods = [str(g) for g in analysis.groups]
    ia, ib = periods.index(pa), periods.index(pb)
    rank = {g: i for i, g in enumerate(periods)}
    by = analysis.by
    keep = sample_documents(analysis, max_chars=max_chars, seed=seed)
    sampled = not bool(keep.all())
    sample = None
    if sampled:
        sample = _sample_note(
            keep, analysis.docs[by].astype(str), periods,
            analysis.study.random_state if seed is None else int(seed), int(max_chars),
        )
    embedded = set(analysis.docs.loc[keep, "doc_id"].astype(str))

    def of_sample(table):
        """The rows of the embedded documents (all of them when the whole corpus is embedded)."""
        return table[_in(table["doc_id"], embedded)] if sampled else table

    sample_tokens = of_sample(analysis.tokens)

    docs = analysis.docs.copy()
    docs["period"] = docs[by].astype(str)
    docs["_rank"] = docs["period"].map(rank)
    keys = ["_rank", "date", "doc_id"] if "date" in docs else ["_rank", "doc_id"]
    docs = docs.sort_values(keys, kind="mergesort").reset_index(drop=True)
    in_pair = set(docs.loc[docs["period"].isin([pa, pb]), "doc_id"].astype(str))

    def of_pair(table):
        return table[_in(table["doc_id"], in_pair)]

    doc_rows = []
    doc_index = {}
    for r in of_sample(docs).itertuples(index=False):
        doc_index[str(r.doc_id)] = len(doc_rows)
        date = getattr(r, "date", None)
        doc_rows.append(
            {
                "doc_id": str(r.doc_id),
                "period": r.period,
                "pk": rank[r.period],
                "title": _str(getattr(r, "title", "")) or str(r.doc_id),
                "date": "" if date is None or pd.isna(date) else pd.Timestamp(date).strftime("%Y-%m-%d"),
                "place": _str(getattr(r, "place", "")),
                "text": r.text,
            }
        )
    period_docs = [
        [{k: d[k] for k in ("doc_id", "title", "date", "place")} for d in doc_rows if d["pk"] == k]
        for k in range(len(periods))
    ]

    # Sentences with their speakers: the unit every KWIC line shows.
    sents = of_sample(analysis.sentences)
    sents = sents.sort_values(["doc_id", "sentence_id"], key=_doc_order(doc_index), kind="mergesort")
    sent_index = {}
    scols = {"doc": [], "sid": [], "start": [], "end": [], "speaker": [], "side": []}
    for j, r in enumerate(sents.itertuples(index=False)):
        sent_index[(str(r.doc_id), int(r.sentence_id))] = j
        scols["doc"].append(doc_index[str(r.doc_id)])
        scols["sid"].append(int(r.sentence_id))
        scols["start"].append(int(r.start))
        scols["end"].append(int(r.end))
        scols["speaker"].append(_str(r.speaker))
        scols["side"].append(_str(r.side))

    tokens = analysis.tokens
    is_word = ~tokens["is_punct"].astype(bool).to_numpy()
    group_words = _counts(tokens[by][is_word])
    n_words = [int(group_words.get(p, 0)) for p in periods]

    def rate(count, k):
        return _num(RATE_BASE * count / n_words[k]) if n_words[k] else None

    # Terms: keyness of the target against the reference, over their documents only.
    # Every term is plotted (min_count=1), but p_adjusted is taken from the project's default test
    # set (terms seen at least twice): a term seen once cannot be key and would only dilute the
    # Benjamini-Hochberg adjustment. Counts, G2, p_value, log ratio and z do not depend on the set.
    pair_tokens = of_pair(tokens)
    key = keyness(pair_tokens, target=pb, reference=pa, by=by, min_count=1)
    tested = tables.get("keyness")
    if tested is None or not _same_totals(tested, key):
        tested = keyness(pair_tokens, target=pb, reference=pa, by=by, min_count=TESTED_MIN_COUNT)
    key["p_adjusted"] = key["term"].map(dict(zip(tested["term"], tested["p_adjusted"], strict=True)))
    key = key.sort_values("term", kind="mergesort").reset_index(drop=True)
    occ_by_stem: dict[str, list] = {}
    # the tokens keyness counts as terms: no stopwords, punctuation or numbers (entities always)
    content = sample_tokens
    content = content[~(content["is_stop"] | content["is_punct"] | content["is_number"]).astype(bool)]
    for r in content.itertuples(index=False):
        j = sent_index.get((str(r.doc_id), int(r.sentence_id)))
        if j is not None:
            occ_by_stem.setdefault(r.stem, []).append([j, int(r.start), int(r.end)])
    if sampled:
        # every tested term stays (the keyness table is complete); of the terms seen once, which
        # grow with the corpus and cannot be key, those of the embedded documents
        tested_here = key["count_reference"] + key["count_target"] >= TESTED_MIN_COUNT
        key = key[tested_here | key["term"].astype(str).isin(set(occ_by_stem))].reset_index(drop=True)
    tcols = {
        c: []
        for c in (
            "term display count_a count_b rate_a rate_b g2 p_value p_adjusted log_ratio "
            "log_odds_z direction low_expected occ"
        ).split()
    }
    for r in key.itertuples(index=False):
        ca, cb = int(r.count_reference), int(r.count_target)
        tcols["term"].append(str(r.term))
        tcols["display"].append(_str(r.display) or str(r.term))
        tcols["count_a"].append(ca)
        tcols["count_b"].append(cb)
        tcols["rate_a"].append(rate(ca, ia))
        tcols["rate_b"].append(rate(cb, ib))
        for c in ("g2", "p_value", "p_adjusted", "log_ratio", "log_odds_z"):
            tcols[c].append(_num(getattr(r, c)))
        tcols["direction"].append(_str(r.direction))
        tcols["low_expected"].append(bool(r.low_expected))
        tcols["occ"].append(sorted(occ_by_stem.get(str(r.term), [])))
    # terms of the other groups only: searchable, with their lines, not plotted (in a sampled
    # page, those seen in the sample)
    plotted = set(tcols["term"])
    others = sorted(set(occ_by_stem) - plotted)
    if others:
        from framing.tokens import display_forms

        shown = display_forms(content[content["stem"].isin(others)])
    ocols = {"term": [], "display": [], "occ": []}
    for stem in others:
        ocols["term"].append(str(stem))
        ocols["display"].append(_str(shown.get(stem, "")) or str(stem))
        ocols["occ"].append(sorted(occ_by_stem[stem]))

    # Sectors: every sector of the lexicon, with zero counts kept (an absence is a finding).
    # Counts and sides from every mention; lines from the embedded documents.
    lex = analysis.lexicon
    sector_colours = _sector_colours(lex)
    mentions = analysis.mentions
    m_sides = _strs(mentions["side"])
    side_names = set(_strs(analysis.sentences["side"])) | set(m_sides)
    tally = pd.DataFrame(
        {"sector": mentions["sector"].astype(str), "k": mentions[by].astype(str).map(rank), "side": m_sides}
    )
    tally = tally.groupby(["sector", "k", "side"], sort=False).size()
    occ_by_sector: dict[str, list] = {}
    for r in of_sample(mentions).itertuples(index=False):
        j = sent_index.get((str(r.doc_id), int(r.sentence_id)))
        if j is None:
            continue
        o = [j, int(r.start), int(r.end)]
        side = _str(r.side)
        if _str(r.speaker) != scols["speaker"][j] or side != scols["side"][j]:
            o += [_str(r.speaker), side]
        occ_by_sector.setdefault(str(r.sector), []).append(o)
    n = len(periods)
    counts: dict[str, tuple] = {}
    for (sid, k, side), c in tally.items():
        count, sides = counts.setdefault(sid, ([0] * n, [{} for _ in range(n)]))
        count[int(k)] += int(c)
        sides[int(k)][side] = int(c)
    sectors = []
    for sid in lex.sectors:
        count, sides = counts.get(sid, ([0] * n, [{} for _ in range(n)]))
        sectors.append(
            {
                "id": sid,
                "label": str(lex.label(sid)),
                "count": count,
                "rate": [rate(count[k], k) for k in range(n)],
                "sides": sides,
                "occ": sorted(occ_by_sector.get(sid, [])),
            }
        )

    group_docs = docs["period"].value_counts()
    doc_words = None if sampled else _counts(tokens["doc_id"][is_word])

    def described(k):
        if sampled:  # not every document: their number and words
            return f"{int(group_docs.get(periods[k], 0)):,} reports, {n_words[k]:,} words"
        return " and ".join(
            f"{d['doc_id']} ({int(doc_words.get(d['doc_id'], 0))} words)" for d in doc_rows if d["pk"] == k
        )

    n_docs = len(docs)
    if n == 2 and not sampled:
        groups_note = (
            f"Two periods, {n_docs} short documents: {pa} = {described(ia)}; {pb} = "
            f"{described(ib)}. "
        )
    else:
        shown = f"{n_docs:,}" if sampled else str(n_docs)  # (a whole corpus's note as it always was)
        groups_note = (
            f"{n} periods, {shown} documents ({sum(n_words):,} words). The sector view and "
            f"the concordances show every period; the term view compares two of them, {pa} "
            f"(reference: {described(ia)}) with {pb} (target: {described(ib)}). "
        )
    note = [
        groups_note + "(words = tokens that are not punctuation, stopwords included). "
        "With texts this short most terms occur once or "
        "twice, so read every rate beside its count, and treat differences in rare terms as "
        "anecdotes, not findings.",
        f"Keyness compares {pb} with {pa} (framing.stats): the colour is the "
        "log-odds z with an informative Dirichlet prior (Monroe et al. 2008), the test is G² "
        "(Fisher's exact test where an expected count is below 5) with p-values adjusted by "
        "Benjamini–Hochberg over the terms seen at least twice, and the log ratio gives the size of "
        "the difference. A term seen once is plotted but not tested. The KWIC lines show what lies "
        "behind each number.",
        "This page is one self-contained file (hand-written JavaScript, no libraries, no network): "
        "__SIZE__.",
    ]
    if sampled:
        note.insert(0, sample["text"])
    title = (
        f"Comparing {pa} with {pb}: terms, sectors and their contexts"
        if n == 2
        else f"{n} periods, {periods[0]} to {periods[-1]}: sectors, terms and their contexts"
    )
    formulae_data = _formulae_data(analysis, periods, rank, sent_index, table=tables.get("formulae"))
    alignment_data = _alignment_data(
        analysis, pa, pb, sent_index, table=tables.get("statement-alignment"),
        embedded=embedded if sampled else None,
    )
    streams = {d["doc_id"]: key_stream(d["text"]) for d in doc_rows}
    hints = _hint_data(analysis, streams, embedded=embedded if sampled else None)
    for s in sectors:
        s["colour"] = sector_colours[s["id"]]
        s["hints"] = [hints.get((s["id"], g)) for g in periods]
    out = {
        "keys": _key_data(doc_rows, streams),
        "mentions": _mention_data(of_sample(mentions), doc_index, sent_index, lex),
        "entities": _entity_data(sample_tokens, sent_index),
        "side_styles": _side_styles(analysis, sorted(side_names)),
        "formulae": formulae_data,
        "alignment": alignment_data,
        "title": title,
        "periods": periods,
        "pair": [ia, ib],
        "docs": doc_rows,
        "period_docs": period_docs,
        "words": n_words,
        "sentences": scols,
        "terms": tcols,
        "other_terms": ocols,
        "sectors": sectors,
        "sides": sorted(side_names),
        "note": note,
        "footer": "Made with framing (framing.report.explorer). Offsets are character positions in each "
        "document's text as loaded by framing.load_corpus.",
        "rate_unit": f"per {RATE_BASE:,} words",
        "rate_unit_short": f"/{RATE_BASE // 1000}k" if RATE_BASE % 1000 == 0 else f"/{RATE_BASE}",
    }
    if sampled:
        out["sample"] = sample
    return out


def _same_totals(tested, key) -> bool:
    """Whether a keyness table given by the caller counts the same two groups as ``key``."""
    cols = ["total_target", "total_reference"]
    if tested.empty or key.empty or not set(cols) <= set(tested.columns):
        return False
    return [int(tested[c].iloc[0]) for c in cols] == [int(key[c].iloc[0]) for c in cols]


#: Colours for sectors the lexicon gives none (Paul Tol's "muted" scheme), by position in the lexicon.
FALLBACK_SECTOR_COLOURS = (
    "#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499",
)
#: Side colours for sides the study does not colour.
FALLBACK_SIDE_COLOURS = ("#1F7F8C", "#A33B53", "#5A62B3", "#6B7A1F")

HINT_COLUMNS = [
    "sector", "group", "word", "doc_id", "start", "end", "inside", "inside_sector", "inside_start", "inside_end",
]


def sector_word_hints(analysis, *, streams: dict | None = None) -> pd.DataFrame:
    """Where a sector's own word occurs in a group without being counted for that sector.

    A sector with no mention in a group may still have its word in the text: "energy" inside
    "nuclear energy" (counted as Nuclear energy, the longest term wins), or inside a name the
    lexicon excludes. One row per such occurrence, for the groups where the sector has no mention.
    A sector's words are its one-word terms (their matching keys: case, diacritics, apostrophes
    and plural endings folded as in :func:`framing.lexicons.matching.key_stream`).

    Parameters
    ----------
    analysis : Analysis
        The analysis (:func:`framing.analyse`): its ``docs``, ``mentions`` and ``lexicon``.
    streams : dict, optional
        doc_id -> :func:`~framing.lexicons.matching.key_stream` of its text, if already computed
        (default=None: computed here).

    Returns
    -------
    pandas.DataFrame
        Columns ``sector`` (whose word it is), ``group``, ``word`` (the term as written in the
        lexicon), ``doc_id``, ``start``, ``end`` (the word: ``text[start:end]``), ``inside`` (the
        text of the mention that holds it, "" when no mention does: not counted at all),
        ``inside_sector`` (that mention's sector, "" if none), ``inside_start``, ``inside_end``
        (-1 if none). In document and text order, sectors in lexicon order.

    Examples
    --------
    >>> import framing
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"], "text": [
    ...     "Energy ties grew.", "They built nuclear energy plants."]})
    >>> h = sector_word_hints(framing.analyse(docs))
    >>> h[h["sector"] == "energy"][["group", "word", "start", "end", "inside", "inside_sector"]].values.tolist()
    [['p2', 'energy', 19, 25, 'nuclear energy', 'nuclear']]
    """
    lex = analysis.lexicon
    by = analysis.by
    words: dict[str, list[tuple[str, str]]] = {}  # key -> [(sector, term as written)]
    for sector in lex.sectors:
        seen = set()
        for term in lex.terms(sector):
            pattern = slot_pattern(term)[0]
            if len(pattern) == 1 and isinstance(pattern[0], str) and pattern[0] not in seen:
                seen.add(pattern[0])
                words.setdefault(pattern[0], []).append((sector, term))
    mentions = analysis.mentions
    counted = set(zip(mentions[by].astype(str), mentions["sector"].astype(str), strict=True))
    # only the groups where a sector with words has no mention need their documents read
    wanting = {
        g for g in analysis.docs[by].astype(str).unique()
        if any((g, sector) not in counted for pairs in words.values() for sector, _ in pairs)
    }
    docs = analysis.docs[analysis.docs[by].astype(str).isin(wanting)]
    in_docs = mentions[mentions["doc_id"].astype(str).isin(set(docs["doc_id"].astype(str)))]
    by_doc: dict[str, list] = {}
    for r in in_docs.itertuples(index=False):
        by_doc.setdefault(str(r.doc_id), []).append((int(r.start), int(r.end), str(r.sector)))
    rows = []
    ids, groups = docs["doc_id"].astype(str), docs[by].astype(str)
    for doc_id, group, text in zip(ids, groups, docs["text"], strict=True):
        starts, ends, keys = streams[doc_id] if streams and doc_id in streams else key_stream(text)
        spans = by_doc.get(doc_id, [])
        for start, end, key in zip(starts, ends, keys, strict=True):
            for sector, term in words.get(key, ()):
                if (group, sector) in counted:
                    continue
                holders = sorted(m for m in spans if m[0] <= start and end <= m[1])
                if any(m[2] == sector for m in holders):
                    continue
                h = holders[0] if holders else (-1, -1, "")
                inside = " ".join(text[h[0] : h[1]].split()) if holders else ""
                rows.append((sector, group, term, doc_id, start, end, inside, h[2], h[0], h[1]))
    order = {s: i for i, s in enumerate(lex.sectors)}
    rows.sort(key=lambda r: order[r[0]])  # stable: document and text order within a sector
    out = pd.DataFrame.from_records(rows, columns=HINT_COLUMNS)
    for c in ("start", "end", "inside_start", "inside_end"):
        out[c] = out[c].astype("int64")
    return out


def _hint_data(analysis, streams, embedded=None) -> dict:
    """(sector, group) -> the hint the sector view prints: per word, where it is and what counts it;
    its lines (``occ``) only from the ``embedded`` documents when given (a sampled page)."""
    table = sector_word_hints(analysis, streams=streams)
    lex = analysis.lexicon
    out: dict = {}
    for (sector, group), rows in table.groupby(["sector", "group"], sort=False):
        words = []
        for word, wrows in rows.groupby("word", sort=False):
            inside: dict = {}
            for r in wrows.itertuples(index=False):
                if not r.inside:
                    continue
                k = (fold(r.inside), r.inside_sector)
                if k not in inside:
                    inside[k] = [r.inside, r.inside_sector, str(lex.label(r.inside_sector)), 0]
                inside[k][3] += 1
            words.append(
                {
                    "word": str(word),
                    "n": len(wrows),
                    "inside": list(inside.values()),
                    "uncounted": int((wrows["inside"] == "").sum()),
                    "occ": [
                        [str(r.doc_id), int(r.start), int(r.end)]
                        for r in wrows.itertuples(index=False)
                        if embedded is None or str(r.doc_id) in embedded
                    ],
                }
            )
        out[(sector, group)] = words
    return out


def _entity_data(tokens, sent_index) -> dict:
    """The entities of the tokens table (multi-word names are one token): name, type, the matching
    keys of every way of writing it (its aliases in the packaged entity list and the forms seen),
    and its occurrences [sentence index, start, end], so a search for one form finds them all."""
    from framing.lexicons.wordlists import load_entities

    cols = {"name": [], "type": [], "forms": [], "occ": []}
    if "is_entity" not in tokens:
        return cols
    ent = tokens[tokens["is_entity"].astype(bool)]
    if ent.empty:
        return cols
    aliases: dict[str, list] = {}
    names: dict[str, str] = {}
    for pattern, e in load_entities().pairs:
        aliases.setdefault(e.key, []).append(" ".join(pattern))
        names.setdefault(e.key, e.name)
    for stem, rows in ent.groupby("stem", sort=True, observed=True):
        stem = str(stem)
        forms = {tuple(key_stream(f)[2]) for f in aliases.get(stem, [])}
        forms.update(tuple(key_stream(str(f))[2]) for f in rows["surface"])
        occ = []
        for r in rows.itertuples(index=False):
            j = sent_index.get((str(r.doc_id), int(r.sentence_id)))
            if j is not None:
                occ.append([j, int(r.start), int(r.end)])
        shown = rows["surface"].astype(str).value_counts()
        cols["name"].append(names.get(stem) or str(shown.index[0]))
        cols["type"].append(_str(rows["entity_type"].iloc[0]))
        cols["forms"].append(sorted(list(f) for f in forms if f))
        cols["occ"].append(sorted(occ))
    return cols


def _sector_colours(lex) -> dict:
    given = lex.colours()
    out, k = {}, 0
    for sid in lex.sectors:
        if sid in given:
            out[sid] = given[sid].upper()
        else:
            out[sid] = FALLBACK_SECTOR_COLOURS[k % len(FALLBACK_SECTOR_COLOURS)]
            k += 1
    return out


def _side_styles(analysis, present) -> dict:
    """Side id -> [label, colour]: the study's sides, the narrator and the joint side, then any other."""
    styles = {k: [str(v[0]), str(v[1] or "").upper()] for k, v in analysis.study.side_styles().items()}
    k = 0
    for side in present:
        if side not in styles:
            styles[side] = [side or "unattributed", ""]
    for side, style in styles.items():
        if not style[1]:
            style[1] = FALLBACK_SIDE_COLOURS[k % len(FALLBACK_SIDE_COLOURS)] if side else "#7B818C"
            k += bool(side)
    return styles


def _key_data(doc_rows, streams) -> dict:
    """Each document's matching keys with their offsets, the keys as indexes into one vocabulary."""
    vocab = sorted({k for d in doc_rows for k in streams[d["doc_id"]][2]})
    index = {k: i for i, k in enumerate(vocab)}
    docs = []
    for d in doc_rows:
        starts, ends, keys = streams[d["doc_id"]]
        docs.append([[index[k] for k in keys], list(starts), list(ends)])
    return {"vocab": vocab, "docs": docs}


def _mention_data(mentions, doc_index, sent_index, lex) -> dict:
    """Every sector mention of the embedded documents for the report view: doc (index), start, end,
    sector (index), rule, ..."""
    order = {s: i for i, s in enumerate(lex.sectors)}
    cols = {c: [] for c in "doc start end sector rule sent speaker side context".split()}
    rows = []
    for r in mentions.itertuples(index=False):
        d = doc_index.get(str(r.doc_id))
        if d is None or str(r.sector) not in order:
            continue
        rows.append((d, int(r.start), int(r.end), order[str(r.sector)], r))
    rows.sort(key=lambda t: t[:4])
    for d, start, end, k, r in rows:
        cols["doc"].append(d)
        cols["start"].append(start)
        cols["end"].append(end)
        cols["sector"].append(k)
        cols["rule"].append(_str(getattr(r, "rule", "")))
        j = sent_index.get((str(r.doc_id), int(r.sentence_id)))
        cols["sent"].append(-1 if j is None else j)
        cols["speaker"].append(_str(r.speaker))
        cols["side"].append(_str(r.side))
        cols["context"].append(_str(getattr(r, "context", "")))
    return cols


#: The formulae tab shows at most this many formulae, those spread over the most reports.
MAX_FORMULAE = 60


def _formulae_data(analysis, periods, rank, sent_index, table=None) -> dict:
    """The recurring formulae (:func:`framing.formulae.formulae`, or ``table`` if already computed),
    the top :data:`MAX_FORMULAE` by spread; counts from every occurrence, lines from the embedded
    documents."""
    from framing.formulae import FORMULA_COLUMNS, formulae

    if table is None:
        table = formulae(analysis)
    cols = {c: [] for c in "text status n_docs n_groups n_occurrences first last count occ".split()}
    total = 0
    if len(table):
        # one row per formula, as framing.formulae.formula_summary gives without its doc_ids (slow
        # at scale: a Python join per formula) and n_variants, which the page does not show
        summary = table.drop_duplicates("formula_id")[FORMULA_COLUMNS]
        summary = summary.sort_values("formula_id", kind="stable").reset_index(drop=True)
        total = len(summary)
        summary = summary.sort_values(
            ["n_docs", "n_groups", "n_occurrences", "formula_id"],
            ascending=[False, False, False, True],
            kind="mergesort",
        ).head(MAX_FORMULAE)
        by = analysis.by
        top = table[table["formula_id"].isin(set(summary["formula_id"]))]
        per_formula = dict(iter(top.groupby("formula_id", sort=False)))
        for r in summary.itertuples(index=False):
            occ_rows = per_formula[r.formula_id]
            count = [0] * len(periods)
            for k, c in occ_rows[by].astype(str).map(rank).value_counts().items():
                count[int(k)] = int(c)
            occ = []
            for doc_id, sid, start, end in zip(
                occ_rows["doc_id"].astype(str), occ_rows["sentence_id"], occ_rows["start"], occ_rows["end"],
                strict=True,
            ):
                j = sent_index.get((doc_id, int(sid)))
                if j is not None:
                    occ.append([j, int(start), int(end)])
            cols["text"].append(_str(r.formula))
            cols["status"].append(_str(r.status))
            cols["n_docs"].append(int(r.n_docs))
            cols["n_groups"].append(int(r.n_groups))
            cols["n_occurrences"].append(int(r.n_occurrences))
            cols["first"].append(_str(r.first_group))
            cols["last"].append(_str(r.last_group))
            cols["count"].append(count)
            cols["occ"].append(sorted(occ))
    return {"total": int(total), "max": MAX_FORMULAE, **cols}


def _alignment_data(analysis, pa, pb, sent_index, table=None, embedded=None) -> dict:
    """Statements of the target aligned with the reference (:func:`framing.alignment.align_statements`,
    or ``table`` if already computed for these groups).

    In a sampled page (``embedded``: the doc_ids embedded) only the statements of the embedded
    documents are kept (a target sentence there, or a dropped reference sentence there), and each
    carries its two sentences (``reference_doc_id``, ``reference_sentence_id``, ``reference_text``,
    and the same for ``target``; null where a side has none), since its partner may lie in a
    document not embedded.
    """
    from framing.alignment import align_statements

    same = table is not None and (
        table.empty or (set(table["reference"]), set(table["target"])) == ({pa}, {pb})
    )
    if not same:
        table = align_statements(analysis, reference=pa, target=pb)
    names = "label similarity paired changed shared removed added target reference"
    if embedded is not None:
        tdoc, rdoc = table["target_doc_id"], table["reference_doc_id"]
        mine = tdoc.astype(str).isin(embedded) & tdoc.notna()
        mine |= tdoc.isna() & rdoc.notna() & rdoc.astype(str).isin(embedded)
        table = table[mine]
        names += " reference_doc_id reference_sentence_id reference_text"
        names += " target_doc_id target_sentence_id target_text"
    cols = {c: [] for c in names.split()}

    def sentence(doc_id, sid):
        if doc_id is None or (not isinstance(doc_id, str) and pd.isna(doc_id)) or pd.isna(sid):
            return None
        return sent_index.get((str(doc_id), int(sid)))

    for r in table.itertuples(index=False):
        cols["label"].append(_str(r.label))
        cols["similarity"].append(_num(r.similarity))
        cols["paired"].append(bool(r.paired) if not pd.isna(r.paired) else False)
        cols["changed"].append(_num(r.changed))
        for c in ("shared", "removed", "added"):
            cols[c].append(_str(getattr(r, c)))
        cols["target"].append(sentence(r.target_doc_id, r.target_sentence_id))
        cols["reference"].append(sentence(r.reference_doc_id, r.reference_sentence_id))
        if embedded is not None:
            for side in ("reference", "target"):
                doc_id, sid, text = (getattr(r, f"{side}_{c}") for c in ("doc_id", "sentence_id", "text"))
                there = not (pd.isna(doc_id) or pd.isna(sid))
                cols[f"{side}_doc_id"].append(str(doc_id) if there else None)
                cols[f"{side}_sentence_id"].append(int(sid) if there else None)
                cols[f"{side}_text"].append(_str(text) if there else None)
    return {"groups": [pa, pb], **cols}


def _doc_order(doc_index):
    def key(col):
        if col.name == "doc_id":
            return col.astype(str).map(doc_index)
        return col

    return key


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")


def embed_json(data) -> str:
    """JSON for a ``<script type="application/json">`` block: sorted keys, compact, and ``<``, ``>``,
    ``&``, U+2028, U+2029 written as ``\\uXXXX`` so no text can close the element or start a comment."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group(0)], text)


def _template(name: str) -> str:
    return resources.files("framing").joinpath("templates", name).read_text(encoding="utf-8")


_BLOCK_IF, _BLOCK_ELSE, _BLOCK_END = "//#if sample", "//#else", "//#endif"


def select_blocks(js: str, sampled: bool) -> str:
    r"""The script for a page with or without a sample: the lines between ``//#if sample`` and
    ``//#else`` (or ``//#endif``) are kept only in a sampled page, those between ``//#else`` and
    ``//#endif`` only in a whole one; the marker lines go. A page of a whole corpus thus carries
    exactly the script it had before sampling existed (and no code it does not run).

    Examples
    --------
    >>> select_blocks("a\n//#if sample\nb\n//#else\nc\n//#endif\nd\n", sampled=False)
    'a\nc\nd\n'
    """
    out, state = [], None  # None: outside a block; True/False: inside, in the branch kept or not
    for line in js.splitlines(keepends=True):
        tag = line.strip()
        if tag == _BLOCK_IF and state is None:
            state = sampled
        elif tag == _BLOCK_ELSE and state is not None:
            state = not state
        elif tag == _BLOCK_END and state is not None:
            state = None
        elif tag in (_BLOCK_IF, _BLOCK_ELSE, _BLOCK_END):
            raise ValueError(f"explorer.js: misplaced {tag!r}")
        elif state is None or state:
            out.append(line)
    if state is not None:
        raise ValueError("explorer.js: a //#if sample block is not closed")
    return "".join(out)


def render_explorer(data: dict) -> str:
    """The page for :func:`explorer_data`'s dict, as one HTML string.

    ``__SIZE__`` in the note is replaced by the size of the finished file (found by iterating, since
    the number is part of the file).

    Parameters
    ----------
    data : dict
        :func:`explorer_data`'s dict.

    Returns
    -------
    str
        The page: one file, its script allowed by hash in the Content Security Policy.

    Examples
    --------
    >>> import framing
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"], "text": [
    ...     "Energy ties grew.", "Trade grew."]})
    >>> page = render_explorer(explorer_data(framing.analyse(docs)))
    >>> page.startswith("<!DOCTYPE html>"), "default-src 'none'" in page
    (True, True)
    """
    from framing import __version__

    page = _template("explorer.html")
    css = _template("explorer.css").strip()
    js = select_blocks(_template("explorer.js"), "sample" in data).strip()
    script = f"\n{js}\n"
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    fixed = {
        "__CSS__": css,
        "__JS__": js,
        "__SCRIPT_HASH__": f"sha256-{digest}",
        "__VERSION__": html.escape(__version__),
        "__TITLE__": html.escape(data.get("title", "framing explorer")),
    }
    # The data is serialised once, the note's __SIZE__ as a marker found nowhere else in it; the
    # size (plain ASCII, the same in JSON) then replaces the marker in the text.
    marker = "__SIZE__"
    note = data.get("note", [])
    payload = dict(data, note=[p.replace("__SIZE__", marker) for p in note])
    blob = embed_json(payload)
    while blob.count(marker) != sum(p.count(marker) for p in payload["note"]):
        marker = f"__SIZE_{hashlib.sha256(marker.encode()).hexdigest()[:12]}__"
        payload = dict(data, note=[p.replace("__SIZE__", marker) for p in note])
        blob = embed_json(payload)
    head, tail = re.split(r"__DATA__", page, maxsplit=1)
    slot = re.compile(r"__(CSS|JS|SCRIPT_HASH|VERSION|TITLE)__")
    head, tail = (slot.sub(lambda m: fixed[m.group(0)], part) for part in (head, tail))
    fixed_bytes = len(head.encode("utf-8")) + len(tail.encode("utf-8"))
    blob_bytes = len(blob.encode("utf-8")) - blob.count(marker) * len(marker)
    size = "size unknown"
    for _ in range(5):
        used = size
        new = f"{(fixed_bytes + blob_bytes + blob.count(marker) * len(used)) / 1000:.0f} kB"  # decimal kB
        if new == size:
            break
        size = new
    return head + blob.replace(marker, used) + tail


def write_explorer(
    analysis,
    out: str | os.PathLike,
    *,
    reference: str | None = None,
    target: str | None = None,
    max_chars: int | None = MAX_CHARS,
    seed: int | None = None,
    tables: dict | None = None,
) -> Path:
    """Write the standalone HTML explorer.

    Parameters
    ----------
    analysis : Analysis
        The analysis (:func:`framing.analyse`).
    out : str or PathLike
        Output file (its folder is created). Written atomically.
    reference, target : str, optional
        The groups compared (default=None: see :func:`explorer_data`).
    max_chars : int or None, default=MAX_CHARS
        Characters of text whose documents are embedded whole; a longer corpus gets a seeded sample
        stratified by group, which the page states (None: every document; see
        :func:`explorer_data`).
    seed : int, optional
        Seed of that sample (default=None: the study's ``random_state``).
    tables : dict, optional
        Tables already computed for this analysis and these groups, reused (default=None; see
        :func:`explorer_data`).

    Returns
    -------
    pathlib.Path
        ``out``. The same input gives a byte-identical file.

    Examples
    --------
    >>> import tempfile, pathlib, pandas as pd, framing
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"], "text": [
    ...     "Energy ties grew.", "Trade and energy ties grew."]})
    >>> path = write_explorer(framing.analyse(docs), pathlib.Path(tempfile.mkdtemp()) / "x.html")
    >>> html = path.read_text(encoding="utf-8")
    >>> "<script src=" in html, html.count("<script")
    (False, 2)
    """
    data = explorer_data(
        analysis, reference=reference, target=target, max_chars=max_chars, seed=seed, tables=tables
    )
    return write_text(out, render_explorer(data))
