"""Corpus loading: the study reports, metadata, and every kind of bad input."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from framing.cli import main
from framing.corpus import CorpusError, load_corpus, parse_report

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"

# SHA-256 of the reports as received (data/README.md records the same values).
HASHES = {
    "2025-10-10-pyongyang.txt": "d69df4ce6940a3bf4647400a6f838372440e3a246f9ce4336fcad69011659480",
    "2026-02-24-moscow.txt": "862cb78f22276a453a2f77eec822d3b92b22e1bca8700f8efdcd141a379eb57d",
}


def test_raw_files_are_byte_for_byte_the_received_reports():
    assert sorted(p.name for p in RAW.glob("*.txt")) == sorted(HASHES)
    for name, digest in HASHES.items():
        assert hashlib.sha256((RAW / name).read_bytes()).hexdigest() == digest


def test_data_readme_records_the_same_hashes():
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    for name, digest in HASHES.items():
        row = next(line for line in readme.splitlines() if f"raw/{name}" in line)
        assert digest in row


def test_study_corpus_table():
    docs = load_corpus()
    assert list(docs["doc_id"]) == ["2025-10-10-pyongyang", "2026-02-24-moscow"]
    assert list(docs["period"]) == ["2025-10", "2026-02"]
    assert list(docs["date"]) == [pd.Timestamp("2025-10-10"), pd.Timestamp("2026-02-24")]
    assert list(docs["place"]) == ["Pyongyang", "Moscow"]  # from documents.csv
    assert list(docs["dateline"]) == ["HÀ NỘI", "MOSCOW"]
    assert list(docs["agency"]) == ["VNA/VNS", "VNA/VNS"]
    oct_, feb = docs["text"]
    assert oct_.startswith("The Communist Party of Việt Nam (CPV) always values cooperation")
    assert oct_.endswith("to visit Việt Nam again in the near future.")
    assert feb.startswith("Special Envoy of General Secretary of the Communist Party")
    assert feb.endswith("The invitations were graciously accepted.")
    # Not normalised: the curly and straight apostrophes of the file are still there.
    assert "People\u2019s Republic" in oct_ and "citizens' travel" in oct_
    # The body is an exact slice of the file.
    for text, name in zip(docs["text"], docs["file"], strict=True):
        raw = (RAW / name).read_text(encoding="utf-8")
        assert raw.index(text) > 0 and raw.endswith(text + " \u2014 VNA/VNS")


def test_folder_without_metadata_loads_from_date_lines(tmp_path):
    for p in RAW.glob("*.txt"):
        shutil.copy(p, tmp_path / p.name)
    docs = load_corpus(tmp_path)
    assert list(docs["doc_id"]) == ["2025-10-10-pyongyang", "2026-02-24-moscow"]
    assert list(docs["period"]) == ["2025-10", "2026-02"]
    assert list(docs["place"]) == ["HÀ NỘI", "MOSCOW"]  # the dateline, for want of metadata


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


GOOD = " date 2024-05-06 MOSCOW \u2014 First paragraph.\n\nSecond one. \u2014 VNA/VNS"


def test_any_number_of_documents_and_periods(tmp_path):
    _write(tmp_path, "a.txt", GOOD)
    _write(tmp_path, "b.txt", GOOD.replace("2024-05-06", "2024-06-01"))
    _write(tmp_path, "c.txt", "date 2023-01-31\nNo dateline here, and no credit.")
    docs = load_corpus(tmp_path)
    assert list(docs["doc_id"]) == ["c", "a", "b"]  # sorted by date
    assert list(docs["period"]) == ["2023-01", "2024-05", "2024-06"]
    assert docs.loc[0, "text"] == "No dateline here, and no credit."
    assert docs.loc[0, "dateline"] == "" and docs.loc[0, "agency"] == ""
    assert docs.loc[1, "text"] == "First paragraph.\n\nSecond one."


def test_metadata_overrides_period_and_place(tmp_path):
    _write(tmp_path, "a.txt", GOOD)
    _write(tmp_path, "documents.csv", "doc_id,file,date,period,place\nA1,a.txt,2024-05-06,before,Kazan\n")
    docs = load_corpus(tmp_path)
    assert docs.loc[0, ["doc_id", "period", "place"]].tolist() == ["A1", "before", "Kazan"]


def test_bom_and_crlf_are_accepted_and_text_is_kept_as_is(tmp_path):
    _write(tmp_path, "a.txt", "\ufeff date 2024-05-06\r\nMOSCOW \u2014 One.\r\n\r\nTwo. \u2014 VNA/VNS\r\n")
    docs = load_corpus(tmp_path)
    assert docs.loc[0, "text"] == "One.\r\n\r\nTwo."
    assert docs.loc[0, "dateline"] == "MOSCOW"


def test_parse_report_offsets():
    parsed = parse_report(GOOD)
    assert GOOD[parsed["body_start"] :].startswith(parsed["text"])


@pytest.mark.parametrize(
    ("files", "message"),
    [
        # " date 2024-05-06 MOSCOW " is 24 bytes, the em dash 3, then " caf": the Latin-1 é is byte 31.
        ({"a.txt": b" date 2024-05-06 MOSCOW \xe2\x80\x94 caf\xe9 \xff"}, r"a\.txt: not valid UTF-8 \(byte 0xe9 at offset 31\)"),
        ({"a.txt": "MOSCOW \u2014 no date line"}, r"a\.txt: missing date line"),
        ({"a.txt": " date 06/05/2024 MOSCOW \u2014 Body."}, r"a\.txt: malformed date '06/05/2024'"),
        ({"a.txt": " date 2025-02-30 MOSCOW \u2014 Body."}, r"a\.txt: impossible date '2025-02-30'"),
        ({"a.txt": " date 2024-05-06 MOSCOW \u2014  \n\n \u2014 VNA/VNS"}, r"a\.txt: empty body"),
        (
            {"a.txt": GOOD, "documents.csv": "doc_id,file,date\nA,a.txt,2024-05-07\n"},
            r"a\.txt: date line says 2024-05-06 but documents\.csv says 2024-05-07",
        ),
        (
            {"a.txt": GOOD, "b.txt": GOOD, "documents.csv": "doc_id,file\nx,a.txt\nx,b.txt\n"},
            r"documents\.csv: duplicate doc_id 'x' \(lines 2 and 3\)",
        ),
        (
            {"a.txt": GOOD, "b.txt": GOOD, "documents.csv": "doc_id,file\na,b.txt\n"},
            r"duplicate doc_id 'a'",
        ),
        (
            {"a.txt": GOOD, "documents.csv": "doc_id,file\nA,a.txt\nB,missing.txt\n"},
            r"missing\.txt: listed in documents\.csv but the file is missing",
        ),
        (
            {"a.txt": GOOD, "documents.csv": "doc_id,file,date\nA,a.txt,May 6\n"},
            r"documents\.csv: malformed date for 'A' 'May 6'",
        ),
        ({"a.txt": GOOD, "documents.csv": "doc_id,file,colour\nA,a.txt,red\n"}, r"unknown metadata column\(s\) colour"),
        ({"notes.md": "not a report"}, r"corpus folder holds no \.txt documents"),
    ],
)
def test_bad_input_raises_one_line_corpus_error(tmp_path, files, message):
    for name, content in files.items():
        _write(tmp_path, name, content)
    with pytest.raises(CorpusError, match=message) as info:
        load_corpus(tmp_path)
    assert "\n" not in str(info.value)


def test_missing_folder(tmp_path):
    with pytest.raises(CorpusError, match="corpus folder does not exist"):
        load_corpus(tmp_path / "nowhere")


def test_empty_folder(tmp_path):
    with pytest.raises(CorpusError, match=re.escape(f"{tmp_path}: corpus folder holds no .txt documents")):
        load_corpus(tmp_path)


def test_cli_bad_corpus_is_one_line_and_exit_2(tmp_path, capsys):
    _write(tmp_path, "a.txt", b"\xff\xfe")
    assert main(["corpus", "--corpus", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "a.txt: not valid UTF-8" in err and "Traceback" not in err


def test_cli_corpus_table(capsys):
    assert main(["corpus"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "doc_id,date,period,place,title,participants,dateline,agency,file,n_chars"
    assert out[1].startswith("2025-10-10-pyongyang,2025-10-10,2025-10,Pyongyang,")
    assert len(out) == 3
