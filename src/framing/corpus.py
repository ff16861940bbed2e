"""Corpus: raw report files -> one row per document.

A report file looks like the two VNA reports of the study::

     date 2025-10-10 HÀ NỘI — The Communist Party of ... in Pyongyang on Friday.

    The meeting took place ... — VNA/VNS

that is, a date-line marker ``date YYYY-MM-DD``, a dateline (``PLACE —``), the body in paragraphs
separated by blank lines, and the agency credit (``— VNA/VNS``). Other agencies' datelines and
credits are recognised too ("Hà Nội (VNA) –", "MOSCOW, October 24. /TASS/.", "BEIJING, May 3
(Xinhua) --", "– VNA", "(VNA/VNS)"): they are metadata (``dateline``, ``agency``), not body text. :func:`load_corpus` keeps the body
*exactly* as in the file (no normalisation), so that every offset computed later indexes the real
characters of the report.

An optional metadata table (``documents.csv``) adds a title, the place of the meeting, participants and
a period label; its date is cross-checked against the date line.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import re
import warnings
from pathlib import Path

import pandas as pd

from framing.errors import CorpusError

__all__ = [
    "CorpusError",
    "CorpusWarning",
    "load_corpus",
    "parse_report",
    "read_report_text",
    "default_corpus_path",
    "DOC_COLUMNS",
]

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


def _one_line(text: str) -> str:
    """``text`` with line breaks and other unprintable characters escaped as in ``repr``."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


class CorpusWarning(UserWarning):
    """A corpus that loads but deserves a look (e.g. a date after today). One line: ``<file>: <what>``."""


def _warn(path: str | os.PathLike, problem: str) -> None:
    warnings.warn(f"{_one_line(str(path))}: {_one_line(problem)}", CorpusWarning, stacklevel=3)


# The date-line marker: optional BOM and blanks, the word "date", an ISO date.
_DATE_LINE = re.compile(r"\A\ufeff?[ \t]*date[ \t]+(?P<date>\S+)[ \t]*(?:\r?\n)?[ \t]*", re.IGNORECASE)
_ISO_DATE = re.compile(r"\A(\d{4})-(\d{2})-(\d{2})\Z")
# A dateline is a short place name in capitals followed by a dash: "HÀ NỘI —", "MOSCOW --".
_DATELINE = re.compile(r"(?P<place>[^\W\d_][^\n\u2014\u2013]{0,60}?)[ \t\u00a0]+(?:\u2014|\u2013|--)[ \t\u00a0]+")
# Another agency's dateline: a place (capitalised words, an optional "[Country]"), an optional date,
# then the agency in brackets or slashes, then a dash or a colon: "Hà Nội (VNA) –",
# "Hà Nội, March 21 (VNA) —", "MOSCOW, October 14. /TASS/.", "BEIJING, May 3 (Xinhua) --",
# "New Delhi [India], July 9 (ANI):", "Havana, Feb 10 (Prensa Latina) " (a date, no dash); TASS names a
# town's region in slashes: "KUBINKA /Moscow Region/, August 17. /TASS/.".
_AGENCY_DATELINE = re.compile(
    r"(?P<place>[^\W\d_][^\s,()\[\]/]*(?:[ \t\u00a0]+[^\W\d_][^\s,()\[\]/]*){0,3}?)"
    r"(?:[ \t\u00a0]*(?:\[[^\]\n]{1,30}\]|/[^\W\d_][^/\n]{0,29}/(?=,)))?"
    r"(?:,[ \t\u00a0]*(?P<when>[^\n()/,]{1,25}?))?"
    r"[ \t\u00a0]*(?:\((?P<agency>[^\W\d_][^()\n]{0,29})\)|\.?[ \t\u00a0]*/(?P<slashed>[^\W\d_][^/\n]{0,19})/\.?)"
    r"(?P<dash>[ \t\u00a0]*(?:\u2014|\u2013|--?|:))?[ \t\u00a0]*"
)
# The agency credit at the very end: "— VNA/VNS" (any capitals, slashes and spaces), "(VNA/VNS)".
_CREDIT = re.compile(r"[ \t\u00a0\r\n]*(?:\u2014|\u2013|--)[ \t\u00a0]*(?P<agency>[A-Z][A-Z/ .]{0,30}?)[ \t\u00a0\r\n]*\Z")
_BRACKET_CREDIT = re.compile(r"[ \t\u00a0\r\n]*\((?P<agency>[A-Z][A-Z]{1,9}(?:/[A-Z]{2,10})*)\)[ \t\u00a0\r\n]*\Z")
# A credit alone on the last line, without a dash: "\n\nVNA", "\nVNA/VNS", "\n/TASS/" (only an
# agency's name: a last line "USA" is body text).
_LINE_CREDITS = frozenset({"VNA", "VNS", "TASS", "NDO", "KPL", "AKP", "KCNA", "PTI", "ANI", "ACN", "XINHUA", "BELTA"})
_LINE_CREDIT = re.compile(
    r"[ \t\u00a0\r\n]*\n[ \t\u00a0]*/?(?P<agency>[A-Z]{2,10}(?:/[A-Z]{2,10})*)/?[ \t\u00a0\r\n]*\Z"
)
# VNA's end-of-story mark "/." right after the last sentence ("... the two countries./.").
_END_MARK = re.compile(r"(?<=[.!?\"'\u201d\u2019)])[ \t\u00a0]*/\.[ \t\u00a0\r\n]*\Z")


def _line_credit(rest: str, line_agency: str):
    """A credit alone on the last line, when it names an agency (that of the dateline, or a known one)."""
    m = _LINE_CREDIT.search(rest)
    if m is None:
        return None
    names = set(m["agency"].split("/"))
    known = _LINE_CREDITS | ({line_agency.upper()} if line_agency else set())
    return m if names <= known else None


def _agency_dateline(raw: str, pos: int):
    """(place, agency, end) of another agency's dateline at ``pos``, or None.

    The place is one to four capitalised words; without a date, only a dash or a colon after the
    agency makes it a dateline ("The Communist Party of Việt Nam (CPV) always ..." is body text).
    """
    m = _AGENCY_DATELINE.match(raw, pos)
    if m is None:
        return None
    place = m["place"]
    if not all(w[:1].isupper() for w in place.split()):
        return None
    if m["when"] is None and m["dash"] is None:
        return None
    if m["when"] is not None and not any(ch.isdigit() for ch in m["when"]):
        return None
    agency = (m["agency"] or m["slashed"] or "").strip()
    return place.strip(), agency, m.end()


def default_corpus_path() -> Path:
    """The study corpus: ``$FRAMING_CORPUS`` if set, else ``data/raw`` of this checkout.

    Returns
    -------
    pathlib.Path
        A folder of report files.
    """
    from framing.config import RAW_DIR

    env = os.environ.get("FRAMING_CORPUS")
    if env:
        return Path(env)
    return RAW_DIR


def _parse_date(value: str, where: str | os.PathLike, what: str, at: str = "") -> dt.date:
    m = _ISO_DATE.match(value.strip())
    if not m:
        raise CorpusError(where, f"{at}malformed {what} {value.strip()!r} (expected YYYY-MM-DD)")
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise CorpusError(where, f"{at}impossible {what} {value.strip()!r}") from None


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
        ``date`` (datetime.date), ``dateline`` (str, the place; may be empty), ``agency`` (str: the
        credit at the end, else the agency of the dateline; may be empty), ``text`` (the body exactly
        as in the file: ``raw[body_start:body_start + len(text)]``, without the credit or VNA's
        end mark ``/.``), ``body_start`` (offset of the body in ``raw``).

    Examples
    --------
    >>> r = parse_report(" date 2024-05-03\\nBEIJING, May 3 (Xinhua) -- Trade grew.")
    >>> r["dateline"], r["agency"], r["text"]
    ('BEIJING', 'Xinhua', 'Trade grew.')
    >>> r = parse_report(" date 2022-10-14\\nMOSCOW, October 14. /TASS/. Ties grew. (VNA/VNS)")
    >>> r["dateline"], r["agency"], r["text"]
    ('MOSCOW', 'VNA/VNS', 'Ties grew.')

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
    line_agency = ""
    d = _DATELINE.match(raw, pos)
    other = _agency_dateline(raw, pos)
    # Only a place written in capitals is a dateline; "The meeting — ..." is body text.
    if other is not None:
        dateline, line_agency, pos = other
    elif d and d["place"] == d["place"].upper():
        dateline = d["place"].strip()
        pos = d.end()
    rest = raw[pos:]
    agency = ""
    c = _CREDIT.search(rest) or _BRACKET_CREDIT.search(rest) or _line_credit(rest, line_agency)
    if c:
        agency = c["agency"].strip()
        end = c.start()
    else:
        end = len(rest.rstrip())
        agency = line_agency
    # The end mark may stand before a credit ("./.\n– VNA") or alone.
    mark = _END_MARK.search(rest, 0, end)
    if mark:
        end = mark.start()
    text = rest[:end]
    if not text.strip():
        raise CorpusError(path, "empty body (nothing between the dateline and the agency credit)")
    return {"date": date, "dateline": dateline, "agency": agency, "text": text, "body_start": pos}


def read_report_text(path: Path) -> str:
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


def _is_plain_name(name: str) -> bool:
    """True for a file name without any folder part: no separator, not ``.``/``..``, not absolute."""
    return (
        bool(name)
        and name not in (".", "..")
        and not any(ch in name for ch in "/\\\0")
        and not os.path.isabs(name)
        and Path(name).name == name
    )


def _read_metadata(path: Path) -> list[dict]:
    """Parse the metadata CSV as CSV from the first byte.

    The whole file is decoded (UTF-8, a BOM allowed, as Excel writes it) and handed to the ``csv``
    module in one piece, so quoted fields keep their separators and line breaks (CRLF, U+2028, NEL,
    form feed ...) exactly. Rows come back as dicts of stripped column names to values, plus
    ``_line`` (the line the row starts on) and ``_date`` (the parsed date, or None). Every error
    names the file, the line and, where there is one, the column.
    """
    raw = read_report_text(path)
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    reader = csv.reader(io.StringIO(raw, newline=""), strict=True)
    records: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for fields in reader:
            if any(f.strip() for f in fields):  # blank lines and all-empty rows (",,,") are skipped
                records.append((line, fields))
            line = reader.line_num + 1
    except csv.Error as e:
        problem = str(e)
        if problem == "unexpected end of data":
            problem += " (a quoted field is never closed)"
        raise CorpusError(path, f"line {line}: malformed CSV ({problem})") from None
    if not records:
        raise CorpusError(path, "metadata table is empty (no header, no rows)")
    header_line, header = records[0]
    header = [h.strip() for h in header]
    where = f"line {header_line}"
    seen_cols: set[str] = set()
    for h in header:
        if h in seen_cols:
            raise CorpusError(path, f"{where}: column {h!r} appears twice")
        seen_cols.add(h)
    missing = {"doc_id", "file"} - seen_cols
    if missing:
        raise CorpusError(path, f"{where}: metadata table lacks column(s) {', '.join(sorted(missing))}")
    unknown = [h for h in header if h not in METADATA_COLUMNS]
    if unknown:
        shown = ", ".join(h or "(unnamed)" for h in unknown)
        raise CorpusError(path, f"{where}: unknown metadata column(s) {shown}")
    if len(records) == 1:
        raise CorpusError(path, "metadata table has no rows")

    rows: list[dict] = []
    ids: dict[str, int] = {}
    names: dict[str, int] = {}
    for line, fields in records[1:]:
        if len(fields) != len(header):
            raise CorpusError(
                path, f"line {line}: wrong number of fields ({len(fields)}; the header has {len(header)})"
            )
        row = dict(zip(header, fields, strict=True))
        doc_id = row["doc_id"].strip()
        if not doc_id:
            raise CorpusError(path, f"line {line}, column doc_id: empty doc_id")
        if doc_id in ids:
            raise CorpusError(
                path, f"line {line}, column doc_id: duplicate doc_id {doc_id!r} (lines {ids[doc_id]} and {line})"
            )
        ids[doc_id] = line
        name = row["file"].strip()
        if not name:
            raise CorpusError(path, f"line {line}, column file: empty file name for doc_id {doc_id!r}")
        if not _is_plain_name(name):
            raise CorpusError(
                path,
                f"line {line}, column file: {name!r} is not a file name in the corpus folder "
                "(no folders, no '..', no absolute paths)",
            )
        if not name.lower().endswith(".txt"):
            raise CorpusError(path, f"line {line}, column file: {name!r} is not a .txt report")
        if name in names:
            raise CorpusError(
                path, f"line {line}, column file: {name!r} is listed twice (lines {names[name]} and {line})"
            )
        names[name] = line
        date = None
        if (row.get("date") or "").strip():
            date = _parse_date(row["date"], path, f"date for {doc_id!r}", f"line {line}, column date: ")
        row["doc_id"], row["file"] = doc_id, name
        row["_line"], row["_date"] = line, date
        rows.append(row)
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
        Folder of ``*.txt`` reports. Default=None: :func:`default_corpus_path` (``data/raw``).
    metadata : str or PathLike, optional
        Metadata CSV (columns ``doc_id, file`` required; ``date, period, title, place, participants``
        optional). Default=None: ``documents.csv`` in the folder, or beside a folder named ``raw``. Without
        one, documents load from their date lines alone (doc_id = file name without ``.txt``).

    Returns
    -------
    pandas.DataFrame
        One row per document, sorted by date then doc_id, with columns :data:`DOC_COLUMNS`:
        ``doc_id`` (str), ``date`` (datetime64), ``period`` (str, default year-month of the date, e.g. ``"2024-05"``),
        ``place`` (place of the meeting; the dateline if no metadata), ``title``, ``participants``
        (``"; "``-separated), ``dateline``, ``agency``, ``file`` (file name), ``text`` (the body exactly
        as in the file, without date line, dateline and agency credit; offsets index this string).

    Raises
    ------
    CorpusError
        Missing or empty folder, undecodable file, missing/malformed/impossible date, a date that
        disagrees with the metadata, duplicate doc ids, two files with the same text (an exact
        duplicate report), an empty body, a listed file that is missing or not a plain file name
        in the folder, a metadata file that is not valid CSV (the message names file, line and
        column).

    Warns
    -----
    CorpusWarning
        A report dated after today (one line naming the file).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "r1.txt").write_text(" date 2024-05-02 HÀ NỘI — Energy ties grew. — VNA", encoding="utf-8")
    >>> docs = load_corpus(folder)
    >>> docs[["doc_id", "period", "dateline", "agency", "text"]].values.tolist()
    [['r1', '2024-05', 'HÀ NỘI', 'VNA', 'Energy ties grew.']]
    """
    folder = Path(path) if path is not None else default_corpus_path()
    if not folder.exists():
        raise CorpusError(folder, "corpus folder does not exist")
    if not folder.is_dir():
        raise CorpusError(folder, "corpus path is not a folder")
    try:
        files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".txt")
    except OSError as e:
        raise CorpusError(folder, f"cannot list the corpus folder ({e.strerror or e})") from None
    meta_path = Path(metadata) if metadata is not None else _find_metadata(folder)
    if meta_path is not None and not meta_path.is_file():
        raise CorpusError(meta_path, "metadata table does not exist")
    meta_rows = _read_metadata(meta_path) if meta_path is not None else []
    if not files and not meta_rows:
        raise CorpusError(folder, "corpus folder holds no .txt documents")

    by_file = {r["file"]: r for r in meta_rows}
    for name, row in by_file.items():
        if not (folder / name).is_file():
            raise CorpusError(
                folder / name, f"listed in {meta_path.name} (line {row['_line']}) but the file is missing"
            )

    records = []
    owner: dict[str, Path] = {}
    same_text: dict[bytes, Path] = {}
    today = dt.date.today()
    for f in files:
        parsed = parse_report(read_report_text(f), f)
        row = by_file.get(f.name, {})
        doc_id = (row.get("doc_id") or f.stem).strip()
        if doc_id in owner:
            raise CorpusError(f, f"duplicate doc_id {doc_id!r} (also {owner[doc_id].name})")
        owner[doc_id] = f
        digest = hashlib.sha256(parsed["text"].encode("utf-8")).digest()
        if digest in same_text:
            raise CorpusError(
                f, f"same text as {same_text[digest].name} (an exact duplicate report; keep one of the two)"
            )
        same_text[digest] = f
        date = parsed["date"]
        meta_date = row.get("_date")
        if meta_date is not None and meta_date != date:
            raise CorpusError(
                f,
                f"date line says {date.isoformat()} but {meta_path.name} (line {row['_line']}) "
                f"says {meta_date.isoformat()}",
            )
        if date > today:
            _warn(f, f"dated {date.isoformat()}, after today ({today.isoformat()})")
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
