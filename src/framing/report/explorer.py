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

import pandas as pd

from framing.errors import AnalysisError
from framing.io import write_text
from framing.lexicons.matching import key_stream, slot_pattern
from framing.normalize import fold

__all__ = ["explorer_data", "render_explorer", "write_explorer", "sector_word_hints", "RATE_BASE"]

#: Rates in the page are per this many word tokens (tokens that are not punctuation), as in
#: :func:`framing.stats.keyness`.
RATE_BASE = 1000
#: Terms seen fewer times than this (both periods together) are plotted but not tested.
TESTED_MIN_COUNT = 2


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


def explorer_data(analysis, *, reference: str | None = None, target: str | None = None) -> dict:
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

    Returns
    -------
    dict
        Keys: ``periods`` (every group, in order); ``pair`` ([index of the reference, index of the
        target] in ``periods``); ``docs`` (doc_id, period, pk = index of its group, title, date,
        place, text), in group order; ``period_docs`` (per group); ``words`` (word tokens per
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
    periods = [str(g) for g in analysis.groups]
    ia, ib = periods.index(pa), periods.index(pb)
    rank = {g: i for i, g in enumerate(periods)}
    by = analysis.by
    docs = analysis.docs.copy()
    docs["period"] = docs[by].astype(str)
    docs["_rank"] = docs["period"].map(rank)
    keys = ["_rank", "date", "doc_id"] if "date" in docs else ["_rank", "doc_id"]
    docs = docs.sort_values(keys, kind="mergesort").reset_index(drop=True)
    in_pair = set(docs.loc[docs["period"].isin([pa, pb]), "doc_id"].astype(str))

    def of_pair(table):
        return table[table["doc_id"].astype(str).isin(in_pair)]

    doc_rows = []
    doc_index = {}
    for i, r in enumerate(docs.itertuples(index=False)):
        doc_index[str(r.doc_id)] = i
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
    sents = analysis.sentences
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
    words = tokens[~tokens["is_punct"].astype(bool)]
    group_words = words[by].astype(str).value_counts()
    n_words = [int(group_words.get(p, 0)) for p in periods]

    def rate(count, k):
        return _num(RATE_BASE * count / n_words[k]) if n_words[k] else None

    # Terms: keyness of the target against the reference, over their documents only.
    # Every term is plotted (min_count=1), but p_adjusted is taken from the project's default test
    # set (terms seen at least twice): a term seen once cannot be key and would only dilute the
    # Benjamini-Hochberg adjustment. Counts, G2, p_value, log ratio and z do not depend on the set.
    pair_tokens = of_pair(tokens)
    key = keyness(pair_tokens, target=pb, reference=pa, by=by, min_count=1)
    tested = keyness(pair_tokens, target=pb, reference=pa, by=by, min_count=TESTED_MIN_COUNT)
    key["p_adjusted"] = key["term"].map(dict(zip(tested["term"], tested["p_adjusted"], strict=True)))
    key = key.sort_values("term", kind="mergesort").reset_index(drop=True)
    occ_by_stem: dict[str, list] = {}
    # the tokens keyness counts as terms: no stopwords, punctuation or numbers (entities always)
    content = tokens[~(tokens["is_stop"] | tokens["is_punct"] | tokens["is_number"]).astype(bool)]
    for r in content.itertuples(index=False):
        j = sent_index.get((str(r.doc_id), int(r.sentence_id)))
        if j is not None:
            occ_by_stem.setdefault(r.stem, []).append([j, int(r.start), int(r.end)])
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
    # terms of the other groups only: searchable, with their lines, not plotted
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
    lex = analysis.lexicon
    sector_colours = _sector_colours(lex)
    mentions = analysis.mentions
    side_names = set(scols["side"])
    sectors = []
    n = len(periods)
    for sid in lex.sectors:
        m = mentions[mentions["sector"].astype(str) == sid]
        count, sides, occ = [0] * n, [{} for _ in range(n)], []
        for r in m.itertuples(index=False):
            k = rank[str(getattr(r, by))]
            count[k] += 1
            side = _str(r.side)
            side_names.add(side)
            sides[k][side] = sides[k].get(side, 0) + 1
            j = sent_index.get((str(r.doc_id), int(r.sentence_id)))
            if j is None:
                continue
            o = [j, int(r.start), int(r.end)]
            if _str(r.speaker) != scols["speaker"][j] or side != scols["side"][j]:
                o += [_str(r.speaker), side]
            occ.append(o)
        sectors.append(
            {
                "id": sid,
                "label": str(lex.label(sid)),
                "count": count,
                "rate": [rate(count[k], k) for k in range(n)],
                "sides": sides,
                "occ": sorted(occ),
            }
        )

    doc_words = words["doc_id"].astype(str).value_counts()

    def described(k):
        return " and ".join(
            f"{d['doc_id']} ({int(doc_words.get(d['doc_id'], 0))} words)" for d in doc_rows if d["pk"] == k
        )

    if n == 2:
        groups_note = (
            f"Two periods, {len(doc_rows)} short documents: {pa} = {described(ia)}; {pb} = "
            f"{described(ib)}. "
        )
    else:
        groups_note = (
            f"{n} periods, {len(doc_rows)} documents ({sum(n_words):,} words). The sector view and "
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
    title = (
        f"Comparing {pa} with {pb}: terms, sectors and their contexts"
        if n == 2
        else f"{n} periods, {periods[0]} to {periods[-1]}: sectors, terms and their contexts"
    )
    formulae_data = _formulae_data(analysis, periods, rank, sent_index)
    alignment_data = _alignment_data(analysis, pa, pb, sent_index)
    streams = {d["doc_id"]: key_stream(d["text"]) for d in doc_rows}
    hints = _hint_data(analysis, streams)
    for s in sectors:
        s["colour"] = sector_colours[s["id"]]
        s["hints"] = [hints.get((s["id"], g)) for g in periods]
    return {
        "keys": _key_data(doc_rows, streams),
        "mentions": _mention_data(analysis, doc_index, sent_index, lex),
        "entities": _entity_data(tokens, sent_index),
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
    by_doc: dict[str, list] = {}
    for r in mentions.itertuples(index=False):
        by_doc.setdefault(str(r.doc_id), []).append((int(r.start), int(r.end), str(r.sector)))
    rows = []
    for doc_id, group, text in zip(
        analysis.docs["doc_id"].astype(str), analysis.docs[by].astype(str), analysis.docs["text"], strict=True
    ):
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


def _hint_data(analysis, streams) -> dict:
    """(sector, group) -> the hint the sector view prints: per word, where it is and what counts it."""
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
                    "occ": [[str(r.doc_id), int(r.start), int(r.end)] for r in wrows.itertuples(index=False)],
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
    for stem, rows in ent.groupby("stem", sort=True):
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


def _mention_data(analysis, doc_index, sent_index, lex) -> dict:
    """Every sector mention for the report view: doc (index), start, end, sector (index), rule, ..."""
    order = {s: i for i, s in enumerate(lex.sectors)}
    cols = {c: [] for c in "doc start end sector rule sent speaker side context".split()}
    rows = []
    for r in analysis.mentions.itertuples(index=False):
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


def _formulae_data(analysis, periods, rank, sent_index) -> dict:
    """The recurring formulae (:func:`framing.formulae.formulae`), the top :data:`MAX_FORMULAE` by spread."""
    from framing.formulae import formula_summary, formulae

    table = formulae(analysis)
    cols = {c: [] for c in "text status n_docs n_groups n_occurrences first last count occ".split()}
    total = 0
    if len(table):
        summary = formula_summary(table)
        total = len(summary)
        summary = summary.sort_values(
            ["n_docs", "n_groups", "n_occurrences", "formula_id"],
            ascending=[False, False, False, True],
            kind="mergesort",
        ).head(MAX_FORMULAE)
        by = analysis.by
        for r in summary.itertuples(index=False):
            occ_rows = table[table["formula_id"] == r.formula_id]
            count = [0] * len(periods)
            occ = []
            for o in occ_rows.itertuples(index=False):
                count[rank[str(getattr(o, by))]] += 1
                j = sent_index.get((str(o.doc_id), int(o.sentence_id)))
                if j is not None:
                    occ.append([j, int(o.start), int(o.end)])
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


def _alignment_data(analysis, pa, pb, sent_index) -> dict:
    """Statements of the target aligned with the reference (:func:`framing.alignment.align_statements`)."""
    from framing.alignment import align_statements

    table = align_statements(analysis, reference=pa, target=pb)
    cols = {c: [] for c in "label similarity paired changed shared removed added target reference".split()}

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
    js = _template("explorer.js").strip()
    script = f"\n{js}\n"
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    fixed = {
        "__CSS__": css,
        "__JS__": js,
        "__SCRIPT_HASH__": f"sha256-{digest}",
        "__VERSION__": html.escape(__version__),
        "__TITLE__": html.escape(data.get("title", "framing explorer")),
    }
    size = "size unknown"
    for _ in range(5):
        payload = json.loads(json.dumps(data))
        payload["note"] = [p.replace("__SIZE__", size) for p in payload.get("note", [])]
        values = dict(fixed, __DATA__=embed_json(payload))
        out = re.sub(r"__(CSS|JS|SCRIPT_HASH|VERSION|TITLE|DATA)__", lambda m, v=values: v[m.group(0)], page)
        new = f"{len(out.encode('utf-8')) / 1000:.0f} kB"  # decimal kB
        if new == size:
            break
        size = new
    return out


def write_explorer(
    analysis, out: str | os.PathLike, *, reference: str | None = None, target: str | None = None
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
    return write_text(out, render_explorer(explorer_data(analysis, reference=reference, target=target)))
