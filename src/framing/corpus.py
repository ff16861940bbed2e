"""Corpus: raw report files -> one row per document.

A report file looks like the two VNA reports of the study::

     date 2025-10-10 HÀ NỘI — The Communist Party of ... in Pyongyang on Friday.

    The meeting took place ... — VNA/VNS

that is, a date-line marker ``date YYYY-MM-DD``, a dateline (``PLACE —``), the body in paragraphs
separated by blank lines, and the agency credit (``— VNA/VNS``). :func:`load_corpus` keeps the body
*exactly* as in the file (no normalisation), so that every offset computed later indexes the real
characters of the report.

An optional metadata table (``documents.csv``) adds a title, the place of the meeting, participants and
a period label; its date is cross-checked against the date line.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from pathlib import Path

import pandas as pd

from framing.errors import InputError

__all__ = ["CorpusError", "load_corpus", "parse_report", "default_corpus_path", "DOC_COLUMNS"]

#: Columns of the corpus table, in order.
DOC_COLUMNS = [
    "doc_id",
    "date",
    "period",
    "place",
    "title",
    "participants",
    "dateline",
    "agency",
    "file",
    "text",
]

METADATA_COLUMNS = {"doc_id", "file", "date", "period", "title", "place", "participants"}


class CorpusError(InputError):
    """Bad corpus input. ``str(err)`` is one line: ``<file>: <problem>``."""


# The date-line marker: optional BOM and blanks, the word "date", an ISO date.
_DATE_LINE = re.compile(r"\A\ufeff?[ \t]*date[ \t]+(?P<date>\S+)[ \t]*(?:\r?\n)?[ \t]*", re.IGNORECASE)
_ISO_DATE = re.compile(r"\A(\d{4})-(\d{2})-(\d{2})\Z")
# A dateline is a short place name in capitals followed by a dash: "HÀ NỘI —", "MOSCOW --".
_DATELINE = re.compile(r"(?P<place>[^\W\d_][^\n\u2014\u2013]{0,60}?)[ \t\u00a0]+(?:\u2014|\u2013|--)[ \t\u00a0]+")
# The agency credit at the very end: "— VNA/VNS" (any capitals, slashes and spaces).
_CREDIT = re.compile(r"[ \t\u00a0\r\n]*(?:\u2014|\u2013|--)[ \t\u00a0]*(?P<agency>[A-Z][A-Z/ .]{0,30}?)[ \t\u00a0\r\n]*\Z")


def default_corpus_path() -> Path:
    """The study corpus: ``$FRAMING_CORPUS`` if set, else ``data/raw`` of this checkout.

    Returns
    -------
    pathlib.Path
        A folder of report files.
    """
    env = os.environ.get("FRAMING_CORPUS")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[2]
    if (repo / "data" / "raw").is_dir():
        return repo / "data" / "raw"
    return Path.cwd() / "data" / "raw"


def _parse_date(value: str, where: str | os.PathLike, what: str) -> dt.date:
    m = _ISO_DATE.match(value.strip())
    if not m:
        raise CorpusError(where, f"malformed {what} {value.strip()!r} (expected YYYY-MM-DD)")
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise CorpusError(where, f"impossible {what} {value.strip()!r}") from None


def parse_report(raw: str, path: str | os.PathLike = "<string>") -> dict:
    """Split one decoded report into date, dateline, body and agency credit.

    Parameters
    ----------
    raw : str
        The whole file, decoded.
    path : str or PathLike
        Used in error messages only.

    Returns
    -------
    dict
        ``date`` (datetime.date), ``dateline`` (str, may be empty), ``agency`` (str, may be empty),
        ``text`` (the body exactly as in the file), ``body_start`` (offset of the body in ``raw``).

    Raises
    ------
    CorpusError
        No date line, a malformed or impossible date, or an empty body.
    """
    m = _DATE_LINE.match(raw)
    if not m:
        raise CorpusError(path, "missing date line (the file must start with 'date YYYY-MM-DD')")
    date = _parse_date(m["date"], path, "date")
    pos = m.end()
    dateline = ""
    d = _DATELINE.match(raw, pos)
    # Only a place written in capitals is a dateline; "The meeting — ..." is body text.
    if d and d["place"] == d["place"].upper():
        dateline = d["place"].strip()
        pos = d.end()
    rest = raw[pos:]
    agency = ""
    c = _CREDIT.search(rest)
    end = len(rest)
    if c:
        agency = c["agency"].strip()
        end = c.start()
    else:
        end = len(rest.rstrip())
    text = rest[:end]
    if not text.strip():
        raise CorpusError(path, "empty body (nothing between the dateline and the agency credit)")
    return {"date": date, "dateline": dateline, "agency": agency, "text": text, "body_start": pos}


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise CorpusError(path, f"cannot read file ({e.strerror})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise CorpusError(
            path, f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); re-save it as UTF-8"
        ) from None


def _read_metadata(path: Path) -> list[dict]:
    try:
        raw = _read_text(path)
        rows = list(csv.DictReader(raw.splitlines()))
    except csv.Error as e:
        raise CorpusError(path, f"malformed CSV ({e})") from None
    header = set(rows[0].keys()) if rows else set()
    if not rows:
        raise CorpusError(path, "metadata table has no rows")
    missing = {"doc_id", "file"} - header
    if missing:
        raise CorpusError(path, f"metadata table lacks column(s) {', '.join(sorted(missing))}")
    unknown = header - METADATA_COLUMNS - {None}
    if unknown:
        raise CorpusError(path, f"unknown metadata column(s) {', '.join(sorted(unknown))}")
    seen: dict[str, int] = {}
    for i, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            raise CorpusError(path, f"line {i}: wrong number of fields")
        doc_id = (row.get("doc_id") or "").strip()
        if not doc_id:
            raise CorpusError(path, f"line {i}: empty doc_id")
        if doc_id in seen:
            raise CorpusError(path, f"duplicate doc_id {doc_id!r} (lines {seen[doc_id]} and {i})")
        seen[doc_id] = i
        if not (row.get("file") or "").strip():
            raise CorpusError(path, f"line {i}: empty file name for doc_id {doc_id!r}")
    return rows


def _find_metadata(folder: Path) -> Path | None:
    own = folder / "documents.csv"
    if own.is_file():
        return own
    # The project layout keeps metadata beside the immutable raw folder: data/documents.csv.
    if folder.name == "raw" and (folder.parent / "documents.csv").is_file():
        return folder.parent / "documents.csv"
    return None


def load_corpus(path: str | os.PathLike | None = None, metadata: str | os.PathLike | None = None) -> pd.DataFrame:
    """Load a folder of reports into the corpus table.

    Parameters
    ----------
    path : str or PathLike, optional
        Folder of ``*.txt`` reports. Default: :func:`default_corpus_path` (``data/raw``).
    metadata : str or PathLike, optional
        Metadata CSV (columns ``doc_id, file`` required; ``date, period, title, place, participants``
        optional). Default: ``documents.csv`` in the folder, or beside a folder named ``raw``. Without
        one, documents load from their date lines alone (doc_id = file name without ``.txt``).

    Returns
    -------
    pandas.DataFrame
        One row per document, sorted by date then doc_id, with columns :data:`DOC_COLUMNS`:
        ``doc_id`` (str), ``date`` (datetime64), ``period`` (str, default year-month ``"2025-10"``),
        ``place`` (place of the meeting; the dateline if no metadata), ``title``, ``participants``
        (``"; "``-separated), ``dateline``, ``agency``, ``file`` (file name), ``text`` (the body exactly
        as in the file, without date line, dateline and agency credit; offsets index this string).

    Raises
    ------
    CorpusError
        Missing or empty folder, undecodable file, missing/malformed/impossible date, a date that
        disagrees with the metadata, duplicate doc ids, an empty body, a listed file that is missing.
    """
    folder = Path(path) if path is not None else default_corpus_path()
    if not folder.exists():
        raise CorpusError(folder, "corpus folder does not exist")
    if not folder.is_dir():
        raise CorpusError(folder, "corpus path is not a folder")
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".txt")
    meta_path = Path(metadata) if metadata is not None else _find_metadata(folder)
    if meta_path is not None and not meta_path.is_file():
        raise CorpusError(meta_path, "metadata table does not exist")
    meta_rows = _read_metadata(meta_path) if meta_path is not None else []
    if not files and not meta_rows:
        raise CorpusError(folder, "corpus folder holds no .txt documents")

    by_file = {r["file"].strip(): r for r in meta_rows}
    for name in by_file:
        if not (folder / name).is_file():
            raise CorpusError(folder / name, f"listed in {meta_path.name} but the file is missing")

    records = []
    owner: dict[str, Path] = {}
    for f in files:
        parsed = parse_report(_read_text(f), f)
        row = by_file.get(f.name, {})
        doc_id = (row.get("doc_id") or f.stem).strip()
        if doc_id in owner:
            raise CorpusError(f, f"duplicate doc_id {doc_id!r} (also {owner[doc_id].name})")
        owner[doc_id] = f
        date = parsed["date"]
        if (row.get("date") or "").strip():
            meta_date = _parse_date(row["date"], meta_path, f"date for {doc_id!r}")
            if meta_date != date:
                raise CorpusError(
                    f, f"date line says {date.isoformat()} but {meta_path.name} says {meta_date.isoformat()}"
                )
        period = (row.get("period") or "").strip() or f"{date.year:04d}-{date.month:02d}"
        place = (row.get("place") or "").strip() or parsed["dateline"]
        title = (row.get("title") or "").strip() or _first_words(parsed["text"])
        records.append(
            {
                "doc_id": doc_id,
                "date": pd.Timestamp(date),
                "period": period,
                "place": place,
                "title": title,
                "participants": (row.get("participants") or "").strip(),
                "dateline": parsed["dateline"],
                "agency": parsed["agency"],
                "file": f.name,
                "text": parsed["text"],
            }
        )
    docs = pd.DataFrame.from_records(records, columns=DOC_COLUMNS)
    docs["date"] = pd.to_datetime(docs["date"])
    return docs.sort_values(["date", "doc_id"], kind="mergesort").reset_index(drop=True)


def _first_words(text: str, n: int = 12) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")
