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
    _write(tmp_path, "b.txt", GOOD.replace("2024-05-06", "2024-06-01").replace("Second", "Third"))
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


# Other agencies' datelines and credits (issue 13): metadata, not body text; offsets index `text`.
DATELINES = [
    (" date 2023-11-14\nHà Nội (VNA) – Trade grew. – VNA", "Hà Nội", "VNA"),
    (" date 2019-03-21\nHà Nội, March 21 (VNA) — Trade grew. — VNA", "Hà Nội", "VNA"),
    (" date 2022-10-14\nMOSCOW, October 24. /TASS/. Trade grew.", "MOSCOW", "TASS"),
    (" date 2024-06-19\nST. PETERSBURG, June 19. /TASS/. Trade grew.", "ST. PETERSBURG", "TASS"),
    (" date 2023-05-03\nBEIJING, May 3 (Xinhua) -- Trade grew.", "BEIJING", "Xinhua"),
    (" date 2024-01-12\nTOKYO, Jan. 12 (Kyodo) -- Trade grew.", "TOKYO", "Kyodo"),
    (" date 2023-10-16\nNEW DELHI, Oct 16 (PTI) — Trade grew.", "NEW DELHI", "PTI"),
    (" date 2025-07-09\nNew Delhi [India], July 9 (ANI): Trade grew.", "New Delhi", "ANI"),
    (" date 2023-02-10\nHavana, Feb 10 (Prensa Latina) Trade grew.", "Havana", "Prensa Latina"),
    (" date 2024-02-14\nMINSK, 14 February (BelTA) - Trade grew.", "MINSK", "BelTA"),
    (" date 2024-06-20 HÀ NỘI — Trade grew. (VNA/VNS)", "HÀ NỘI", "VNA/VNS"),
    (" date 2024-06-20 HÀ NỘI — Trade grew. — VNA/VNS", "HÀ NỘI", "VNA/VNS"),
    # VNA's end mark "/." after the last sentence, alone or before a credit; a credit alone on its line.
    (" date 2024-05-03\nHà Nội (VNA) – Trade grew./.\n", "Hà Nội", "VNA"),
    (" date 2024-05-03\nHà Nội (VNA) – Trade grew./.\n– VNA", "Hà Nội", "VNA"),
    (" date 2024-10-24\nHanoi, October 24 (VNA) – Trade grew.\n\nVNA/VNS", "Hanoi", "VNA/VNS"),
    (" date 2024-06-01\nMOSCOW, June 1. /TASS/. Trade grew.\n\n/TASS/", "MOSCOW", "TASS"),
]


@pytest.mark.parametrize("raw, place, agency", DATELINES)
def test_other_agencies_datelines_and_credits_are_metadata(raw, place, agency):
    r = parse_report(raw)
    assert (r["dateline"], r["agency"], r["text"]) == (place, agency, "Trade grew.")
    assert raw[r["body_start"] : r["body_start"] + len(r["text"])] == r["text"]


@pytest.mark.parametrize(
    "body",
    [
        "The Communist Party of Việt Nam (CPV) always values ties.",  # a bracket, no date, no dash
        "Ties with United Russia (URP) remain a priority.",
        "The meeting — held in Hanoi — ended.",  # a dash after words that are no place in capitals
        "Việt Nam (VNA) is a country, he said.",  # no dash after the bracket: body text
        "Details are on www.cpv.org.vn/.",  # a slash and a full stop after a word: no end mark
        "Trade grew. VNA",  # an agency on the last sentence's line, without a dash: body text
        "Trade grew among ASEAN members.\nUSA",  # a last line in capitals that names no agency
    ],
)
def test_body_text_that_looks_like_a_dateline_stays(body):
    r = parse_report(f" date 2024-01-01\n{body}")
    assert r["text"] == body and r["dateline"] == ""


def test_evaluation_reports_load_without_datelines_in_the_body():
    docs = load_corpus(ROOT / "data" / "evaluation" / "reports")
    assert (docs["dateline"] != "").all()
    for text in docs["text"]:
        assert "(VNA)" not in text[:40] and "/TASS/" not in text and "(Xinhua)" not in text[:60]


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
            r"a\.txt: date line says 2024-05-06 but documents\.csv \(line 2\) says 2024-05-07",
        ),
        (
            {"a.txt": GOOD, "b.txt": GOOD, "documents.csv": "doc_id,file\nx,a.txt\nx,b.txt\n"},
            r"documents\.csv: line 3, column doc_id: duplicate doc_id 'x' \(lines 2 and 3\)",
        ),
        (
            {"a.txt": GOOD, "b.txt": GOOD, "documents.csv": "doc_id,file\na,b.txt\n"},
            r"duplicate doc_id 'a'",
        ),
        (
            {"a.txt": GOOD, "documents.csv": "doc_id,file\nA,a.txt\nB,missing.txt\n"},
            r"missing\.txt: listed in documents\.csv \(line 3\) but the file is missing",
        ),
        (
            {"a.txt": GOOD, "documents.csv": "doc_id,file,date\nA,a.txt,May 6\n"},
            r"documents\.csv: line 2, column date: malformed date for 'A' 'May 6'",
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


# --------------------------------------------------------------------------------------------
# documents.csv is parsed as CSV from the first byte (issue 19)
# --------------------------------------------------------------------------------------------

OTHER = " date 2024-06-01 HANOI \u2014 Another report entirely.\n\nWith its own words. \u2014 VNA/VNS"


def test_metadata_with_a_bom_as_excel_writes_it(tmp_path):
    _write(tmp_path, "a.txt", GOOD)
    _write(tmp_path, "documents.csv", "\ufeffdoc_id,file,title\r\nA1,a.txt,From Excel\r\n")
    docs = load_corpus(tmp_path)
    assert docs.loc[0, ["doc_id", "title"]].tolist() == ["A1", "From Excel"]


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_quoted_line_breaks_and_separators_are_kept(tmp_path, eol):
    _write(tmp_path, "a.txt", GOOD)
    _write(tmp_path, "b.txt", OTHER)
    meta = (
        f'doc_id,file,title,participants{eol}'
        f'A,a.txt,"Talks\non energy","Tô Lâm, Dmitry Medvedev"{eol}'
        f'B,b.txt,"She said ""yes""",X{eol}'
    )
    _write(tmp_path, "documents.csv", meta)
    docs = load_corpus(tmp_path).set_index("doc_id")
    assert docs.loc["A", "title"] == "Talks\non energy"
    assert docs.loc["A", "participants"] == "Tô Lâm, Dmitry Medvedev"
    assert docs.loc["B", "title"] == 'She said "yes"'


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\x85", "\x0c", "\x0b", "\x1c"])
def test_unicode_line_separators_inside_a_field_are_kept(tmp_path, sep):
    _write(tmp_path, "a.txt", GOOD)
    _write(tmp_path, "b.txt", OTHER)
    _write(tmp_path, "documents.csv", f'doc_id,file,title\nA,a.txt,"one{sep}two"\nB,b.txt,three{sep}four\n')
    docs = load_corpus(tmp_path).set_index("doc_id")
    assert docs.loc["A", "title"] == f"one{sep}two"
    assert docs.loc["B", "title"] == f"three{sep}four"


def test_blank_lines_and_empty_rows_are_skipped(tmp_path):
    _write(tmp_path, "a.txt", GOOD)
    _write(tmp_path, "documents.csv", "doc_id,file,place\n\nA,a.txt,Kazan\n,,\n")
    assert load_corpus(tmp_path).loc[0, "place"] == "Kazan"


@pytest.mark.parametrize(
    ("meta", "message"),
    [
        # the line of the row, counting a quoted line break as a line
        ('doc_id,file,title,date\nA,a.txt,"x\ny",2024-05-06\nB,b.txt,t,06/01/2024\n',
         r"documents\.csv: line 4, column date: malformed date for 'B' '06/01/2024' \(expected YYYY-MM-DD\)$"),
        ("doc_id,file,date\nA,a.txt,2024-13-01\n", r"documents\.csv: line 2, column date: impossible date for 'A'"),
        ("doc_id,file\nA,a.txt\nB,b.txt,extra\n",
         r"documents\.csv: line 3: wrong number of fields \(3; the header has 2\)$"),
        ("doc_id,file\nA,a.txt\n,b.txt\n", r"documents\.csv: line 3, column doc_id: empty doc_id$"),
        ("doc_id,file\nA,a.txt\nB, \n", r"documents\.csv: line 3, column file: empty file name for doc_id 'B'$"),
        ('doc_id,file,title\nA,a.txt,"never closed\nB,b.txt,t\n',
         r"documents\.csv: line 2: malformed CSV \(unexpected end of data \(a quoted field is never closed\)\)$"),
        ('doc_id,file,title\nA,a.txt,"quoted" then text\n',
         r"documents\.csv: line 2: malformed CSV \(',' expected after '\"'\)$"),
        ("doc_id,file,file\nA,a.txt,a.txt\n", r"documents\.csv: line 1: column 'file' appears twice$"),
        ("doc,file\nA,a.txt\n", r"documents\.csv: line 1: metadata table lacks column\(s\) doc_id$"),
        ("\ndoc_id,file,\nA,a.txt,\n", r"documents\.csv: line 2: unknown metadata column\(s\) \(unnamed\)$"),
        ("doc_id,file\n", r"documents\.csv: metadata table has no rows$"),
        ("\n\n", r"documents\.csv: metadata table is empty"),
        ("doc_id,file\nA,a.txt\nB,a.txt\n",
         r"documents\.csv: line 3, column file: 'a\.txt' is listed twice \(lines 2 and 3\)$"),
        ("doc_id,file\nA,a.txt\nN,notes.md\n", r"documents\.csv: line 3, column file: 'notes\.md' is not a \.txt report$"),
    ],
)
def test_metadata_errors_name_file_line_and_column(tmp_path, meta, message):
    _write(tmp_path, "a.txt", GOOD)
    _write(tmp_path, "b.txt", OTHER)
    _write(tmp_path, "notes.md", "not a report")
    _write(tmp_path, "documents.csv", meta)
    with pytest.raises(CorpusError, match=message) as info:
        load_corpus(tmp_path)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "name", ["/etc/passwd", "../../x.txt", "../a.txt", "sub/a.txt", "sub\\a.txt", "./a.txt", "..", "/tmp/a.txt"]
)
def test_metadata_rows_naming_files_outside_the_folder_are_errors(tmp_path, name):
    corpus = tmp_path / "corpus"
    _write(corpus, "a.txt", GOOD)
    _write(corpus / "sub", "a.txt", OTHER)
    _write(tmp_path, "a.txt", OTHER)
    _write(corpus, "documents.csv", f"doc_id,file\nA,a.txt\nX,{name}\n")
    with pytest.raises(CorpusError) as info:
        load_corpus(corpus)
    assert str(info.value) == (
        f"{corpus / 'documents.csv'}: line 3, column file: {name!r} is not a file name in the corpus "
        "folder (no folders, no '..', no absolute paths)"
    )


# --------------------------------------------------------------------------------------------
# Input edge cases (issue 19)
# --------------------------------------------------------------------------------------------

PLAIN = (
    " date 2024-05-06 MOSCOW \u2014 Energy cooperation, education and culture grow. The energy "
    "sector, education exchanges and cultural ties matter. \u2014 VNA/VNS"
)


@pytest.mark.parametrize("ch", ["\ufeff", "\u200b", "\u00ad", "\u2060", "\u200c", "\u200d"])
def test_format_characters_inside_words_change_no_token_and_no_mention(tmp_path, ch):
    from framing import find_sector_mentions, tokenize
    from framing.normalize import fold

    hidden = (
        PLAIN.replace("nergy", f"ner{ch}gy").replace("education", f"edu{ch}cation")
        .replace("cultur", f"cul{ch}tur")
    )
    _write(tmp_path / "plain", "a.txt", PLAIN)
    _write(tmp_path / "hidden", "a.txt", hidden)
    plain, docs = load_corpus(tmp_path / "plain"), load_corpus(tmp_path / "hidden")
    text = docs.loc[0, "text"]
    assert text.count(ch) == 6

    t0, t1 = tokenize(plain), tokenize(docs)
    assert t1["norm"].tolist() == t0["norm"].tolist()
    assert t1["stem"].tolist() == t0["stem"].tolist()
    assert all(text[s:e] == w for s, e, w in zip(t1["start"], t1["end"], t1["surface"], strict=True))
    assert {w for w in t1["surface"] if ch in w} == {
        f"Ener{ch}gy", f"ener{ch}gy", f"edu{ch}cation", f"cul{ch}ture", f"cul{ch}tural"
    }

    m0, m1 = find_sector_mentions(plain), find_sector_mentions(docs)
    assert len(m0) == 6
    assert m1["sector"].tolist() == m0["sector"].tolist()
    assert [fold(w) for w in m1["surface"]] == m0["surface"].str.lower().tolist()
    # the offsets index the original text: each match includes its invisible character
    assert [text[s:e] for s, e in zip(m1["start"], m1["end"], strict=True)] == [
        f"Ener{ch}gy", f"edu{ch}cation", f"cul{ch}ture", f"ener{ch}gy", f"edu{ch}cation", f"cul{ch}tural"
    ]


def test_an_exact_duplicate_report_is_an_error_naming_both_files(tmp_path):
    _write(tmp_path, "a.txt", GOOD)
    _write(tmp_path, "b-copy.txt", GOOD.replace("2024-05-06", "2024-05-07"))  # same body, other date
    with pytest.raises(CorpusError) as info:
        load_corpus(tmp_path)
    assert str(info.value) == (
        f"{tmp_path / 'b-copy.txt'}: same text as a.txt (an exact duplicate report; keep one of the two)"
    )


def test_a_date_after_today_is_a_one_line_warning_not_an_error(tmp_path):
    from framing.corpus import CorpusWarning

    _write(tmp_path, "a.txt", GOOD)
    _write(tmp_path, "future.txt", OTHER.replace("2024-06-01", "2999-01-01"))
    with pytest.warns(CorpusWarning) as record:
        docs = load_corpus(tmp_path)
    assert len(docs) == 2
    (w,) = record
    assert re.fullmatch(
        re.escape(f"{tmp_path / 'future.txt'}: dated 2999-01-01, after today (") + r"\d{4}-\d\d-\d\d\)",
        str(w.message),
    )


def test_control_characters_in_a_file_name_stay_in_one_line(tmp_path):
    _write(tmp_path, "bad\nname\r.txt", "MOSCOW \u2014 no date line")
    with pytest.raises(CorpusError) as info:
        load_corpus(tmp_path)
    msg = str(info.value)
    assert "\n" not in msg and "\r" not in msg
    assert msg == f"{tmp_path}/bad\\nname\\r.txt: missing date line (the file must start with 'date YYYY-MM-DD')"


def test_cli_warning_for_a_future_date_is_one_line(tmp_path, capsys):
    _write(tmp_path, "a.txt", GOOD.replace("2024-05-06", "2999-12-31"))
    assert main(["corpus", "--corpus", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1
    assert captured.err.startswith(f"framing: warning: {tmp_path / 'a.txt'}: dated 2999-12-31, after today")
    assert captured.out.splitlines()[1].startswith("a,2999-12-31,2999-12,")


def test_cli_corpus_neutralises_formulas_from_metadata(tmp_path, capsys):
    _write(tmp_path, "a.txt", GOOD)
    _write(tmp_path, "documents.csv", 'doc_id,file,title,place,participants\nA,a.txt,=1+1,@SUM(A1),"-2+3"\n')
    assert main(["corpus", "--corpus", str(tmp_path)]) == 0
    row = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out)).iloc[0]
    assert (row["title"], row["place"], row["participants"]) == ("'=1+1", "'@SUM(A1)", "'-2+3")
    assert row["n_chars"] == len("First paragraph.\n\nSecond one.")


def test_lead34_a_tass_dateline_with_the_towns_region_in_slashes():
    # fixes: TASS names a town's region in slashes before the date; the whole dateline was body text
    r = parse_report(" date 2024-08-17\nKUBINKA /Moscow Region/, August 17. /TASS/. Russia and Vietnam met.")
    assert (r["dateline"], r["agency"], r["text"]) == ("KUBINKA", "TASS", "Russia and Vietnam met.")
    # must not touch: the plain TASS dateline, and a slashed phrase in a body's first words
    r = parse_report(" date 2024-08-17\nMOSCOW, August 17. /TASS/. Russia and Vietnam met.")
    assert (r["dateline"], r["agency"], r["text"]) == ("MOSCOW", "TASS", "Russia and Vietnam met.")
    r = parse_report(" date 2024-08-17\nTrade and/or investment grew.")
    assert (r["dateline"], r["text"]) == ("", "Trade and/or investment grew.")
