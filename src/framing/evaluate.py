"""Evaluation: sector mentions and speakers scored against a hand-annotated set.

An evaluation set is a folder (``data/evaluation`` of the checkout; its ``README.md`` documents the
format) holding:

* ``reports/``: report files, loaded with :func:`framing.load_corpus`;
* ``study.yml``: the sides of the set (:func:`framing.config.load_study`);
* ``documents.csv``: ``doc_id`` and ``split`` (``tune``, ``heldout`` or ``heldout2``), besides the usual
  metadata; two part names that differ only by case, spaces or punctuation are a typo, refused;
* ``annotations.csv``: the gold mentions, ``doc_id, quote, occurrence, sector, side, optional, note``;
* ``speakers.csv``: who voices each sentence that has a speaker, ``doc_id, quote, occurrence,
  speaker, side``;
* optionally ``second/``: a second, independent annotation of some reports, in the same columns
  (:func:`agreement`).

A quote is located in the report *file* (its ``occurrence``-th case-sensitive occurrence, the date
line included) and mapped to the body that :func:`framing.load_corpus` keeps (``text``; the date
line, the dateline and the agency credit are stripped), so gold and predicted offsets index the same
string.

Scoring (:func:`align_mentions`, :func:`score`):

* a predicted mention is a true positive when it overlaps a required gold mention of the same sector
  that no earlier prediction took (each gold mention is matched at most once);
* a prediction overlapping an *optional* gold mention of its sector is neither right nor wrong, and an
  optional mention that is missed is no miss;
* every other prediction is a false positive, every unmatched required mention a false negative;
* side accuracy is the share of true positives whose predicted side (the side of the sentence's
  speaker) equals the gold side; speaker accuracy is the same per sentence, for the sentences that
  have a gold speaker and for all sentences (a sentence without one belongs to the narrator).

Examples
--------
>>> import pandas as pd
>>> gold = pd.DataFrame({"doc_id": ["d", "d"], "sector": ["energy", "economy"], "start": [0, 20],
...                      "end": [6, 25], "side": ["joint", "joint"], "optional": [False, False],
...                      "quote": ["energy", "trade"]})
>>> pred = pd.DataFrame({"doc_id": ["d"], "sector": ["energy"], "start": [0], "end": [6],
...                      "side": ["joint"], "surface": ["energy"]})
>>> s = score(align_mentions(pred, gold))
>>> s.overall["precision"], s.overall["recall"], s.overall["side_accuracy"]
(1.0, 0.5, 1.0)
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from framing.config import PROJ_ROOT, Study, load_study
from framing.corpus import load_corpus, parse_report, read_report_text
from framing.errors import AnalysisError, CorpusError, require_columns

__all__ = [
    "EVALUATION_DIR",
    "TUNE",
    "HELD_OUT",
    "EvaluationSet",
    "Scores",
    "load_evaluation",
    "locate_quote",
    "align_mentions",
    "align_speakers",
    "score",
    "evaluate",
    "format_scores",
    "SECOND_DIR",
    "Agreement",
    "agreement",
    "format_agreement",
]

#: The project's evaluation set.
EVALUATION_DIR = PROJ_ROOT / "data" / "evaluation"
#: The part rules are tuned on; every other part is held out: "heldout", or "heldout" and a suffix
#: for later rounds ("heldout2"), scored after the tune part in the order of their names. Another
#: set may name its parts as it likes ("test", "dev"); a set without splits is one held-out part.
#: Two names that differ only by case, spaces or punctuation ("Tune" and "tune", "held-out" and
#: "heldout") are a typo, not two parts: :func:`load_evaluation` refuses them.
TUNE = "tune"
HELD_OUT = "heldout"
_PART_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


def _is_part(name: str) -> bool:
    return name != "all" and _PART_NAME.fullmatch(name) is not None


def _loose_name(name: str) -> str:
    """A part name without case, spaces or punctuation: "Tune", "tune " and "t-une" are "tune"."""
    return re.sub(r"[\W_]+", "", name.casefold())


def _check_part_names(names: list[str], path: Path) -> None:
    """Refuse a split (``names``: documents.csv's column, in row order) that is no part name, or
    that differs from another part's name or from ``tune`` or ``heldout`` only by case, spaces or
    punctuation: "heldout2" and "heldout3" are two parts, "Tune" and "tune" one mistyped."""
    known = {_loose_name(n): n for n in (TUNE, HELD_OUT)}
    seen: dict[str, tuple[str, str]] = {}
    for line, name in enumerate(names, start=2):  # line 1 is the header
        if not _is_part(name):
            raise CorpusError(
                path, f"line {line}: split must be a part name (tune, heldout, heldout2, test, ...; not 'all'), not {name!r}"
            )
        loose = _loose_name(name)
        first, where = seen.setdefault(loose, (name, f"line {line}"))
        if first == name and known.get(loose, name) != name:
            first, where = known[loose], "the evaluator's name"
        if first != name:
            raise CorpusError(
                path, f"line {line}: split {name!r} differs from {first!r} ({where}) only by case, spaces or "
                "punctuation: a typo? (one part, one name)"
            )


def _part_order(name: str) -> tuple:
    # tune, heldout, heldout2, ..., heldout10, then any other part by name
    rank = 0 if name == TUNE else 1 if name.startswith(HELD_OUT) else 2
    return (rank, len(name) if rank == 1 else 0, name)

_GOLD_COLUMNS = ["doc_id", "quote", "occurrence", "sector", "side", "optional", "note"]
_SPEAKER_COLUMNS = ["doc_id", "quote", "occurrence", "speaker", "side"]
NARRATOR = "narrator"


@dataclass(frozen=True)
class EvaluationSet:
    """A loaded evaluation set (see :func:`load_evaluation`).

    Attributes
    ----------
    docs : pandas.DataFrame
        The corpus table (:func:`framing.load_corpus`) with a ``split`` column.
    gold : pandas.DataFrame
        One row per gold mention: doc_id, sector, start, end (offsets into ``docs.text``), quote,
        side, optional (bool), note.
    speakers : pandas.DataFrame
        One row per sentence with a gold speaker: doc_id, start, end (the quote's offsets into
        ``docs.text``), quote, speaker, side.
    study : Study
        The set's study file (its sides).
    folder : Path
        Where the set was read.
    """

    docs: pd.DataFrame
    gold: pd.DataFrame
    speakers: pd.DataFrame
    study: Study
    folder: Path


@dataclass
class Scores:
    """Scores of one part of an evaluation set (see :func:`score`).

    Attributes
    ----------
    sectors : pandas.DataFrame
        One row per sector: gold (required gold mentions), found (predictions scored), tp, fp, fn,
        precision, recall, f1, side_n (true positives), side_right, side_accuracy.
    overall : dict
        The same figures over every sector.
    speakers : dict
        ``n_speaker_sentences``, ``speaker_side_right``, ``speaker_side_accuracy`` (sentences with a
        gold speaker), ``n_sentences``, ``sentence_side_right``, ``sentence_side_accuracy`` (all
        sentences).
    errors : pandas.DataFrame
        One row per error: doc_id, kind (``false positive``, ``missed``, ``side``, ``speaker``),
        sector, quote, predicted, gold, speaker, rule.
    """

    sectors: pd.DataFrame
    overall: dict
    speakers: dict = field(default_factory=dict)
    errors: pd.DataFrame = field(default_factory=pd.DataFrame)


def _read_csv(path: Path, columns: list[str], required: list[str]) -> pd.DataFrame:
    if not path.is_file():
        raise CorpusError(path, "missing (an evaluation set needs it)")
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, quoting=csv.QUOTE_MINIMAL)
    except UnicodeDecodeError as err:
        raise CorpusError(path, f"not UTF-8 text (byte {err.start}); save it as UTF-8") from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        raise CorpusError(path, f"not a readable CSV table: {str(err).splitlines()[0]}") from None
    missing = [c for c in required if c not in table.columns]
    if missing:
        raise CorpusError(path, f"missing column(s) {', '.join(missing)}")
    for c in columns:
        if c not in table.columns:
            table[c] = ""
    return table


def locate_quote(raw: str, quote: str, occurrence: int) -> int:
    """Offset of the ``occurrence``-th (1 = first) case-sensitive occurrence of ``quote`` in ``raw``.

    Occurrences may overlap and may sit inside longer words, as ``str.find`` finds them.

    Parameters
    ----------
    raw : str
        The whole report file.
    quote : str
        The text to find.
    occurrence : int
        Which occurrence, 1-based.

    Returns
    -------
    int
        The offset, or -1 if there are fewer occurrences.

    Examples
    --------
    >>> locate_quote("trade, trade", "trade", 2)
    7
    """
    pos = -1
    for _ in range(occurrence):
        pos = raw.find(quote, pos + 1)
        if pos < 0:
            return -1
    return pos


# Characters an annotator's copy may change: the quote marks, apostrophes and dashes that matching
# folds together (framing.normalize), each standing for all of its kind; spaces and line ends below.
def _loose_classes() -> dict:
    from framing.normalize import PUNCT_VARIANTS

    return {
        c: "[" + "".join(map(re.escape, group)) + "]" for group in PUNCT_VARIANTS.values() for c in group
    }


_LOOSE = _loose_classes()


def _locate(raw: str, quote: str, occurrence: int) -> tuple[int, int]:
    """(start, end) of the quote's occurrence in ``raw``, or (-1, -1).

    Exact first (:func:`locate_quote`); failing that, a quote copied with other quote marks, dashes or
    spacing ("CPV's" for "CPV’s", one space for a line break) is found where it is the same text.
    """
    pos = locate_quote(raw, quote, occurrence)
    if pos >= 0:
        return pos, pos + len(quote)
    parts = []
    for word in re.split(r"(\s+)", quote.strip()):
        if word.isspace():
            parts.append(r"\s+")
        else:
            parts.append("".join(_LOOSE.get(c, re.escape(c)) for c in word))
    if not parts or parts == [""]:
        return -1, -1
    # overlapping occurrences count, as str.find counts them in the exact search
    found = [m.span(1) for m in re.finditer("(?=(" + "".join(parts) + "))", raw)]
    return found[occurrence - 1] if 0 < occurrence <= len(found) else (-1, -1)


def _to_body(rows: pd.DataFrame, raws: dict, bodies: dict, path: Path, what: str) -> pd.DataFrame:
    """Offsets of each row's quote in its document's body (start, end)."""
    starts, ends = [], []
    for line, (doc_id, quote, occ) in enumerate(
        zip(rows["doc_id"], rows["quote"], rows["occurrence"], strict=True), start=2
    ):
        where = f"{path.name} line {line}"
        if doc_id not in raws:
            raise CorpusError(path, f"line {line}: unknown doc_id {doc_id!r}")
        try:
            n = int(occ) if str(occ).strip() else 1  # blank: the first occurrence
        except ValueError:
            raise CorpusError(path, f"line {line}: occurrence {occ!r} is not a whole number") from None
        pos, end = _locate(raws[doc_id], quote, n) if quote.strip() else (-1, -1)
        if pos < 0:
            raise CorpusError(path, f"line {line}: {what} {quote!r} occurrence {n} not in {doc_id}")
        body_start, body = bodies[doc_id]
        start = pos - body_start
        if start < 0 or end - body_start > len(body):
            raise CorpusError(where, f"{what} {quote!r} is outside the body of {doc_id} (dateline or credit)")
        starts.append(start)
        ends.append(end - body_start)
    out = rows.copy()
    out["start"] = pd.Series(starts, index=rows.index, dtype="int64")
    out["end"] = pd.Series(ends, index=rows.index, dtype="int64")
    return out


def _report_texts(docs: pd.DataFrame, reports) -> tuple[dict, dict]:
    """Each report's file text and (body start, body): gold quotes are found in the file and mapped
    to the body (:func:`load_evaluation`, :func:`agreement`)."""
    raws, bodies = {}, {}
    for doc_id, name in zip(docs["doc_id"], docs["file"], strict=True):
        raw = read_report_text(Path(reports) / name)
        parsed = parse_report(raw, Path(reports) / name)
        raws[doc_id], bodies[doc_id] = raw, (parsed["body_start"], parsed["text"])
    return raws, bodies


def load_evaluation(folder: str | os.PathLike | None = None) -> EvaluationSet:
    """Load an evaluation set: reports, splits, gold mentions and gold speakers, with offsets.

    Parameters
    ----------
    folder : str or PathLike, optional
        The set's folder (default=None: :data:`EVALUATION_DIR`, ``data/evaluation``).

    Returns
    -------
    EvaluationSet

    Raises
    ------
    CorpusError
        A missing file or column, an unknown doc_id, a quote that is not in its report or lies
        outside the body, a document without a split, a split that is no part name, or one that
        differs from another part's name (or from ``tune``, ``heldout``) only by case, spaces or
        punctuation ("Tune", "held-out": a typo; "heldout2" and "heldout3" are two parts); the
        message names the file, the row and both names.

    Notes
    -----
    Without ``documents.csv``, or without its ``split`` column, every report is in one part,
    ``heldout``. A blank ``occurrence`` means the first.
    """
    folder = Path(folder) if folder is not None else EVALUATION_DIR
    study = load_study(folder / "study.yml")
    reports = study.corpus if study.corpus is not None else folder / "reports"
    docs = load_corpus(reports, metadata=study.metadata)
    meta_path = folder / "documents.csv"
    meta = _read_csv(meta_path, ["doc_id", "split"], ["doc_id"]) if meta_path.is_file() else None
    if meta is None or (meta["split"] == "").all():
        split = dict.fromkeys(docs["doc_id"], HELD_OUT)  # a set without splits: one held-out part
    else:
        split = dict(zip(meta["doc_id"].str.strip(), meta["split"].str.strip(), strict=True))
        _check_part_names(list(meta["split"].str.strip()), meta_path)
    unknown = sorted(set(docs["doc_id"]) - set(split))
    if unknown:
        raise CorpusError(meta_path, f"no split for {', '.join(unknown)}")
    docs = docs.assign(split=docs["doc_id"].map(split))
    raws, bodies = _report_texts(docs, reports)

    ann_path = folder / "annotations.csv"
    gold = _read_csv(ann_path, _GOLD_COLUMNS, ["doc_id", "quote", "sector", "side"])
    gold = _to_body(gold, raws, bodies, ann_path, "quote")
    gold["optional"] = gold["optional"].str.strip().str.lower().isin(["yes", "true", "1"])
    gold = gold[["doc_id", "sector", "start", "end", "quote", "side", "optional", "note"]]

    sp_path = folder / "speakers.csv"
    speakers = _read_csv(sp_path, _SPEAKER_COLUMNS, ["doc_id", "quote", "speaker", "side"])
    speakers = _to_body(speakers, raws, bodies, sp_path, "quote")
    speakers = speakers[["doc_id", "start", "end", "quote", "speaker", "side"]]
    return EvaluationSet(
        docs=docs, gold=gold.reset_index(drop=True), speakers=speakers.reset_index(drop=True),
        study=study, folder=folder,
    )


def _col(df: pd.DataFrame, name: str, default="") -> list:
    return list(df[name]) if name in df.columns else [default] * len(df)


def align_mentions(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Pair predicted mentions with gold mentions.

    Parameters
    ----------
    predicted : pandas.DataFrame
        The mentions table (:func:`framing.find_sector_mentions`): doc_id, sector, start, end,
        side (and surface, speaker, rule when present).
    gold : pandas.DataFrame
        Gold mentions: doc_id, sector, start, end, side, optional (and quote).

    Returns
    -------
    pandas.DataFrame
        One row per prediction and per unmatched gold mention: doc_id, sector, outcome (``tp``,
        ``fp``, ``fn``, ``optional``), start, end, quote (the gold quote, or the predicted surface
        of a false positive), predicted (side), gold (side), speaker, rule.
    """
    require_columns(predicted, ["doc_id", "sector", "start", "end", "side"], "predicted mentions")
    require_columns(gold, ["doc_id", "sector", "start", "end", "side", "optional"], "gold mentions")
    gold_by: dict = {}
    g_quote = _col(gold, "quote")
    for k, (d, s, a, b, side, opt) in enumerate(
        zip(gold["doc_id"].astype(str), gold["sector"], gold["start"], gold["end"], gold["side"],
            gold["optional"], strict=True)
    ):
        gold_by.setdefault((d, s), []).append([int(a), int(b), side, bool(opt), g_quote[k], False])
    rows = []
    surfaces, speakers, rules = _col(predicted, "surface"), _col(predicted, "speaker"), _col(predicted, "rule")
    order = sorted(
        range(len(predicted)),
        key=lambda k: (str(predicted["doc_id"].iloc[k]), int(predicted["start"].iloc[k])),
    )
    p_doc = list(predicted["doc_id"].astype(str))
    p_sec, p_a, p_b, p_side = (list(predicted[c]) for c in ("sector", "start", "end", "side"))
    for k in order:
        d, s, a, b = p_doc[k], p_sec[k], int(p_a[k]), int(p_b[k])
        cands = [g for g in gold_by.get((d, s), []) if g[0] < b and a < g[1]]
        hit = next((g for g in cands if not g[3] and not g[5]), None)
        if hit is not None:
            hit[5] = True
            rows.append((d, s, "tp", hit[0], hit[1], hit[4], p_side[k], hit[2], speakers[k], rules[k]))
        elif any(g[3] for g in cands):
            opt = next(g for g in cands if g[3])
            rows.append((d, s, "optional", a, b, opt[4], p_side[k], opt[2], speakers[k], rules[k]))
        else:
            rows.append((d, s, "fp", a, b, surfaces[k], p_side[k], "", speakers[k], rules[k]))
    for (d, s), items in gold_by.items():
        for a, b, side, opt, quote, used in items:
            if not opt and not used:
                rows.append((d, s, "fn", a, b, quote, "", side, "", ""))
    cols = ["doc_id", "sector", "outcome", "start", "end", "quote", "predicted", "gold", "speaker", "rule"]
    out = pd.DataFrame.from_records(rows, columns=cols)
    return out.sort_values(["doc_id", "start", "outcome"], kind="mergesort").reset_index(drop=True)


def align_speakers(sentences: pd.DataFrame, speakers: pd.DataFrame) -> pd.DataFrame:
    """The gold and predicted side of every sentence.

    Parameters
    ----------
    sentences : pandas.DataFrame
        The sentences table with speakers (:func:`framing.attribute_speakers`): doc_id,
        sentence_id, start, end, text, speaker, side (and rule when present).
    speakers : pandas.DataFrame
        Gold speakers: doc_id, start (an offset inside the sentence), speaker, side. A sentence
        without a row is the narrator's.

    Returns
    -------
    pandas.DataFrame
        One row per sentence: doc_id, sentence_id, text, speaker, predicted, gold_speaker, gold,
        has_speaker (bool), rule.
    """
    require_columns(sentences, ["doc_id", "sentence_id", "start", "end", "speaker", "side"], "sentences")
    require_columns(speakers, ["doc_id", "start", "speaker", "side"], "gold speakers")
    by_doc: dict = {}
    for d, a, who, side in zip(speakers["doc_id"].astype(str), speakers["start"], speakers["speaker"],
                               speakers["side"], strict=True):
        by_doc.setdefault(d, []).append((int(a), who, side))
    rows = []
    texts, rules = _col(sentences, "text"), _col(sentences, "rule")
    for k, (d, sid, a, b, who, side) in enumerate(
        zip(sentences["doc_id"].astype(str), sentences["sentence_id"], sentences["start"],
            sentences["end"], sentences["speaker"], sentences["side"], strict=True)
    ):
        hit = next(((w, s) for pos, w, s in by_doc.get(d, []) if a <= pos < b), None)
        g_who, g_side = hit if hit is not None else (NARRATOR, NARRATOR)
        rows.append((d, int(sid), texts[k], who, side, g_who, g_side, hit is not None, rules[k]))
    cols = ["doc_id", "sentence_id", "text", "speaker", "predicted", "gold_speaker", "gold",
            "has_speaker", "rule"]
    return pd.DataFrame.from_records(rows, columns=cols)


def _ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def _figures(g: pd.DataFrame) -> dict:
    tp = int((g["outcome"] == "tp").sum())
    fp = int((g["outcome"] == "fp").sum())
    fn = int((g["outcome"] == "fn").sum())
    tps = g[g["outcome"] == "tp"]
    right = int((tps["predicted"] == tps["gold"]).sum())
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return {
        "gold": tp + fn, "found": tp + fp, "tp": tp, "fp": fp, "fn": fn,
        "precision": p, "recall": r, "f1": _ratio(2 * p * r, p + r) if tp else 0.0,
        "side_n": tp, "side_right": right, "side_accuracy": _ratio(right, tp),
    }


def score(aligned: pd.DataFrame, sentences: pd.DataFrame | None = None, *, sectors=None) -> Scores:
    """Precision, recall and side accuracy per sector and overall, and the list of errors.

    Parameters
    ----------
    aligned : pandas.DataFrame
        :func:`align_mentions` output.
    sentences : pandas.DataFrame, optional
        :func:`align_speakers` output (default=None: no speaker scores).
    sectors : sequence of str, optional
        Sector order of the table (default=None: as they occur).

    Returns
    -------
    Scores
    """
    order = list(sectors) if sectors is not None else list(dict.fromkeys(aligned["sector"]))
    order += [s for s in dict.fromkeys(aligned["sector"]) if s not in order]
    table = pd.DataFrame(
        [{"sector": s, **_figures(aligned[aligned["sector"] == s])} for s in order],
        columns=["sector", "gold", "found", "tp", "fp", "fn", "precision", "recall", "f1", "side_n",
                 "side_right", "side_accuracy"],
    )
    overall = _figures(aligned)
    errors = []
    for r in aligned.itertuples(index=False):
        if r.outcome == "fp":
            errors.append((r.doc_id, "false positive", r.sector, r.quote, r.predicted, "", r.speaker, r.rule))
        elif r.outcome == "fn":
            errors.append((r.doc_id, "missed", r.sector, r.quote, "", r.gold, "", ""))
        elif r.outcome == "tp" and r.predicted != r.gold:
            errors.append((r.doc_id, "side", r.sector, r.quote, r.predicted, r.gold, r.speaker, r.rule))
    sp: dict = {}
    if sentences is not None and len(sentences):
        has = sentences[sentences["has_speaker"]]
        right = int((has["predicted"] == has["gold"]).sum())
        all_right = int((sentences["predicted"] == sentences["gold"]).sum())
        sp = {
            "n_speaker_sentences": len(has), "speaker_side_right": right,
            "speaker_side_accuracy": _ratio(right, len(has)),
            "n_sentences": len(sentences), "sentence_side_right": all_right,
            "sentence_side_accuracy": _ratio(all_right, len(sentences)),
        }
        for r in sentences[sentences["predicted"] != sentences["gold"]].itertuples(index=False):
            quote = " ".join(str(r.text).split())
            quote = quote if len(quote) <= 70 else quote[:67] + "..."
            errors.append((r.doc_id, "speaker", "", quote, r.predicted, r.gold,
                           f"{r.speaker} (gold: {r.gold_speaker})", r.rule))
    cols = ["doc_id", "kind", "sector", "quote", "predicted", "gold", "speaker", "rule"]
    return Scores(table, overall, sp, pd.DataFrame.from_records(errors, columns=cols))


def evaluate(
    folder: str | os.PathLike | None = None, *, split: str = "all", lexicon=None, actors=None,
    without_diacritics: bool = False,
) -> dict[str, Scores]:
    """Run the analysis on an evaluation set and score it, per split.

    Parameters
    ----------
    folder : str or PathLike, optional
        The set's folder (default=None: ``data/evaluation``).
    split : str, default="all"
        ``"tune"``, ``"heldout"``, a later held-out part (``"heldout2"``) or ``"all"``.
        Which part to score: ``"all"`` scores every part the set has, each separately.
    lexicon, actors : optional
        Passed to :func:`framing.analyse` (default=None: the set's study file decides).
    without_diacritics : bool, default=False
        Score the set as VNA English and TASS would spell it: reports and gold quotes with their
        diacritics removed (:func:`framing.normalize.strip_marks`; "Tô Lâm" -> "To Lam"). Offsets
        are unchanged, so the gold stays where it was. A robustness check of the speaker rules,
        which otherwise read a Vietnamese name partly by its letters.

    Returns
    -------
    dict of str -> Scores
        ``{"tune": ..., "heldout": ..., "heldout2": ...}`` for ``"all"`` (the parts the set has), else
        the one split.

    Raises
    ------
    AnalysisError
        A ``split`` that is neither ``"all"`` nor a part of the set (the message lists the parts).
    CorpusError
        A malformed set (:func:`load_evaluation`).
    """
    from framing.analysis import analyse

    if split != "all" and not _is_part(split):
        raise AnalysisError("split", f"must be all or a part name (tune, heldout, heldout2, ...), not {split!r}")
    ev = load_evaluation(folder)
    if without_diacritics:
        ev = _without_diacritics(ev)
    present = sorted(set(ev.docs["split"]), key=_part_order)
    if split != "all" and split not in present:
        raise AnalysisError("split", f"{ev.folder} has no part {split!r}; its parts: {', '.join(present)}")
    parts = present if split == "all" else [split]
    out = {}
    for part in parts:
        docs = ev.docs[ev.docs["split"] == part].reset_index(drop=True)
        ids = set(docs["doc_id"])
        a = analyse(docs.drop(columns=["split"]), study=ev.study, lexicon=lexicon, actors=actors)
        aligned = align_mentions(a.mentions, ev.gold[ev.gold["doc_id"].isin(ids)])
        sentences = align_speakers(a.sentences, ev.speakers[ev.speakers["doc_id"].isin(ids)])
        out[part] = score(aligned, sentences, sectors=a.lexicon.sectors)
    return out


def _without_diacritics(ev: EvaluationSet) -> EvaluationSet:
    """The set with diacritics stripped from texts and gold (one character for one: same offsets)."""
    from framing.normalize import strip_marks

    def strip(df: pd.DataFrame, cols: list[str]) -> pd.DataFrame:
        return df.assign(**{c: df[c].map(strip_marks) for c in cols if c in df.columns})

    return EvaluationSet(
        docs=strip(ev.docs, ["text", "title", "participants", "dateline", "place"]),
        gold=strip(ev.gold, ["quote"]),
        speakers=strip(ev.speakers, ["quote", "speaker"]),
        study=ev.study,
        folder=ev.folder,
    )


def _fmt(x: float) -> str:
    return "  -  " if x != x else f"{x:5.3f}"  # NaN: nothing to score


def format_scores(scores: dict[str, Scores], *, errors: bool = True) -> str:
    """Scores as plain text: one table per split, the speaker scores, then the errors.

    Parameters
    ----------
    scores : dict of str -> Scores
        :func:`evaluate` output.
    errors : bool, default=True
        List every error (doc, quote, predicted vs gold side, speaker, rule).
    """
    lines = []
    for part, s in scores.items():
        o = s.overall
        lines.append(f"== {part}: {o['gold']} required mentions, {o['found']} predicted (optional ones aside)")
        lines.append(f"{'sector':20s} {'gold':>5s} {'found':>5s} {'tp':>4s} {'fp':>4s} {'fn':>4s} "
                     f"{'precision':>9s} {'recall':>6s} {'side':>6s}")
        for r in [*s.sectors.to_dict("records"), {"sector": "overall", **o}]:
            lines.append(
                f"{r['sector']:20s} {r['gold']:5d} {r['found']:5d} {r['tp']:4d} {r['fp']:4d} {r['fn']:4d} "
                f"{_fmt(r['precision']):>9s} {_fmt(r['recall']):>6s} {_fmt(r['side_accuracy']):>6s}"
            )
        if s.speakers:
            sp = s.speakers
            lines.append(
                f"speakers: side right in {sp['speaker_side_right']}/{sp['n_speaker_sentences']} sentences "
                f"with a speaker ({_fmt(sp['speaker_side_accuracy']).strip()}), "
                f"{sp['sentence_side_right']}/{sp['n_sentences']} of all sentences "
                f"({_fmt(sp['sentence_side_accuracy']).strip()})"
            )
        if errors and len(s.errors):
            lines.append(f"-- errors ({part}): {len(s.errors)}")
            for r in s.errors.itertuples(index=False):
                sides = f"{r.predicted or '-'} vs gold {r.gold or '-'}"
                extra = f"  [{r.speaker}; {r.rule}]" if (r.speaker or r.rule) else ""
                lines.append(f"  {r.doc_id:42s} {r.kind:14s} {r.sector:18s} {r.quote!r}  {sides}{extra}")
        lines.append("")
    return "\n".join(lines)


#: Where a set keeps a second, independent annotation of some of its reports (:func:`agreement`).
SECOND_DIR = "second"


@dataclass
class Agreement:
    """How far two annotations of one part agree, and the system against each (see :func:`agreement`).

    Attributes
    ----------
    mentions : pandas.DataFrame
        One row per comparison: ``comparison`` (``second vs first``: the second annotation's required
        mentions scored against the first as gold; ``first vs second``; ``system vs first``;
        ``system vs second``; ``system vs both``: against the mentions both annotations require, any
        other annotated mention counting as optional), then gold, found, tp, fp, fn, precision,
        recall, f1, side_accuracy, as :class:`Scores` ``overall``.
    speakers : dict
        Sides per sentence (a sentence without a speaker row is the narrator's): ``n_sentences``,
        ``same_side``, ``kappa`` (Cohen's kappa over the side labels), ``n_either`` (sentences with a
        speaker row in either annotation), ``same_side_either``.
    docs : list of str
        The documents compared.
    """

    mentions: pd.DataFrame
    speakers: dict
    docs: list


def _kappa(a: list, b: list) -> float:
    """Cohen's kappa of two labellings of the same items: (p_o - p_e) / (1 - p_e) (Cohen 1960)."""
    n = len(a)
    if n == 0:
        return float("nan")
    p_o = sum(x == y for x, y in zip(a, b, strict=True)) / n
    labels = sorted(set(a) | set(b))
    p_e = sum((a.count(k) / n) * (b.count(k) / n) for k in labels)
    return float("nan") if p_e == 1 else (p_o - p_e) / (1 - p_e)


def agreement(
    folder: str | os.PathLike | None = None, second: str | os.PathLike | None = None, *,
    split: str = "all", lexicon=None, actors=None,
) -> dict[str, Agreement]:
    """Agreement of a second, independent annotation with the set's gold, per part.

    How well two people agree on the same reports bounds what any matcher can score against one of
    them: a system that misses only what the annotators disagree on still loses those points. Each part
    with documents in the second annotation is compared both ways, and the system is scored against
    each annotation and against the mentions both require.

    Parameters
    ----------
    folder : str or PathLike, optional
        The evaluation set (default=None: ``data/evaluation``).
    second : str or PathLike, optional
        The second annotation: a folder with ``annotations.csv`` and ``speakers.csv`` in the set's
        columns, quotes located in the set's reports; optionally ``documents.csv`` (a ``doc_id``
        column) listing the reports it covers, else every report it has a row for (default=None:
        ``<folder>/second``).
    split : str, default="all"
        The part to compare, or ``"all"``: every part that has documents in the second annotation.
    lexicon, actors : optional
        Passed to :func:`framing.analyse` for the system's mentions and the sentences
        (default=None: the set's study file decides).

    Returns
    -------
    dict of str -> Agreement

    Raises
    ------
    CorpusError
        A malformed set or second annotation, a report it names that the set lacks, or rows of a
        report its ``documents.csv`` does not list.
    AnalysisError
        A second annotation of no report of the set, or a ``split`` it has no report of (the
        message lists its parts).

    Notes
    -----
    Mentions are paired as :func:`align_mentions` pairs a prediction with gold (same sector, spans
    overlapping); the compared annotation's optional mentions are left out, the gold's optional ones
    are neither hits nor misses. So "second vs first" precision is not "first vs second" recall when
    the two mark different mentions optional. "System vs both" is lenient on both counts: a
    mention only one annotator requires is neither hit nor miss, so its recall counts only what
    both require and its precision only what neither marked; its side is the first annotation's.
    Pairwise F1 is the usual agreement measure for span
    annotation (Hripcsak & Rothschild 2005); sides per sentence get Cohen's kappa.

    Examples
    --------
    >>> scores = agreement()  # doctest: +SKIP
    >>> scores["heldout13"].mentions.set_index("comparison").loc["second vs first", "f1"]  # doctest: +SKIP
    """
    from framing.analysis import analyse

    if split != "all" and not _is_part(split):
        raise AnalysisError("split", f"must be all or a part name (tune, heldout, heldout2, ...), not {split!r}")
    ev = load_evaluation(folder)
    second = Path(second) if second is not None else ev.folder / SECOND_DIR
    raws, bodies = _report_texts(ev.docs, ev.study.corpus if ev.study.corpus is not None else ev.folder / "reports")
    ann_path, sp_path = second / "annotations.csv", second / "speakers.csv"
    gold2 = _read_csv(ann_path, _GOLD_COLUMNS, ["doc_id", "quote", "sector", "side"])
    gold2 = _to_body(gold2, raws, bodies, ann_path, "quote")
    gold2["optional"] = gold2["optional"].str.strip().str.lower().isin(["yes", "true", "1"])
    speakers2 = _to_body(_read_csv(sp_path, _SPEAKER_COLUMNS, ["doc_id", "quote", "speaker", "side"]),
                         raws, bodies, sp_path, "quote")
    listed = second / "documents.csv"
    annotated = set(gold2["doc_id"]) | set(speakers2["doc_id"])
    covered = set(_read_csv(listed, ["doc_id"], ["doc_id"])["doc_id"].str.strip()) if listed.is_file() else annotated
    unknown = sorted(covered - set(ev.docs["doc_id"]))
    if unknown:
        raise CorpusError(listed, f"unknown doc_id {unknown[0]!r}")
    unlisted = sorted(annotated - covered)
    if unlisted:  # rows of a report the list leaves out would be dropped without a word
        raise CorpusError(listed, f"no row for {unlisted[0]!r}, which {second} annotates")
    parts = sorted({p for d, p in zip(ev.docs["doc_id"], ev.docs["split"], strict=True) if d in covered},
                   key=_part_order)
    if not parts:
        raise AnalysisError("second", f"{second} annotates no report of {ev.folder}")
    if split != "all":
        if split not in parts:
            raise AnalysisError("split", f"{second} has no report of part {split!r}; its parts: {', '.join(parts)}")
        parts = [split]
    out = {}
    for part in parts:
        docs = ev.docs[(ev.docs["split"] == part) & ev.docs["doc_id"].isin(covered)].reset_index(drop=True)
        ids = set(docs["doc_id"])
        g1 = ev.gold[ev.gold["doc_id"].isin(ids)].reset_index(drop=True)
        g2 = gold2[gold2["doc_id"].isin(ids)].reset_index(drop=True)
        a = analyse(docs.drop(columns=["split"]), study=ev.study, lexicon=lexicon, actors=actors)
        both = pd.concat([g1.assign(optional=~_required_in_both(g1, g2)), g2.assign(optional=True)],
                         ignore_index=True)
        rows = []
        for name, pred, gold in (
            ("second vs first", g2[~g2["optional"]], g1), ("first vs second", g1[~g1["optional"]], g2),
            ("system vs first", a.mentions, g1), ("system vs second", a.mentions, g2),
            ("system vs both", a.mentions, both),
        ):
            o = _figures(align_mentions(pred.reset_index(drop=True), gold))
            rows.append({"comparison": name, **{k: o[k] for k in (
                "gold", "found", "tp", "fp", "fn", "precision", "recall", "f1", "side_accuracy")}})
        s1 = align_speakers(a.sentences, ev.speakers[ev.speakers["doc_id"].isin(ids)])
        s2 = align_speakers(a.sentences, speakers2[speakers2["doc_id"].isin(ids)])
        either = s1["has_speaker"] | s2["has_speaker"]
        same = s1["gold"] == s2["gold"]
        sp = {"n_sentences": len(s1), "same_side": int(same.sum()),
              "kappa": _kappa(list(s1["gold"]), list(s2["gold"])),
              "n_either": int(either.sum()), "same_side_either": int((same & either).sum())}
        out[part] = Agreement(pd.DataFrame(rows), sp, sorted(ids))
    return out


def _required_in_both(g1: pd.DataFrame, g2: pd.DataFrame) -> pd.Series:
    """For each row of g1: required, and overlapping a required row of g2 of the same sector."""
    req2: dict = {}
    for d, s, a, b, opt in zip(g2["doc_id"], g2["sector"], g2["start"], g2["end"], g2["optional"], strict=True):
        if not opt:
            req2.setdefault((d, s), []).append((int(a), int(b)))
    return pd.Series(
        [not opt and any(x < b and a < y for x, y in req2.get((d, s), []))
         for d, s, a, b, opt in zip(g1["doc_id"], g1["sector"], g1["start"], g1["end"], g1["optional"], strict=True)],
        index=g1.index, dtype=bool,
    )


def format_agreement(result: dict[str, Agreement]) -> str:
    """:func:`agreement` output as plain text: one table per part and the speaker sides.

    Parameters
    ----------
    result : dict of str -> Agreement
        :func:`agreement` output.

    Returns
    -------
    str
        The text, one block per part, each ending with a blank line.
    """
    lines = []
    for part, ag in result.items():
        lines.append(f"== {part}: {len(ag.docs)} reports annotated twice")
        lines.append(f"{'comparison':18s} {'gold':>5s} {'found':>5s} {'tp':>4s} {'fp':>4s} {'fn':>4s} "
                     f"{'precision':>9s} {'recall':>6s} {'f1':>6s} {'side':>6s}")
        for r in ag.mentions.to_dict("records"):
            lines.append(
                f"{r['comparison']:18s} {r['gold']:5d} {r['found']:5d} {r['tp']:4d} {r['fp']:4d} {r['fn']:4d} "
                f"{_fmt(r['precision']):>9s} {_fmt(r['recall']):>6s} {_fmt(r['f1']):>6s} "
                f"{_fmt(r['side_accuracy']):>6s}"
            )
        sp = ag.speakers
        lines.append(
            f"sentence sides: same in {sp['same_side']}/{sp['n_sentences']} sentences (Cohen's kappa "
            f"{_fmt(sp['kappa']).strip()}), {sp['same_side_either']}/{sp['n_either']} of those with a "
            f"speaker in either annotation"
        )
        lines.append("")
    return "\n".join(lines)
