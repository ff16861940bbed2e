"""Atomic output: complete files or nothing."""

from __future__ import annotations

import errno
import fnmatch
import os
import pickle
from pathlib import Path

import pandas as pd
import pytest

from framing.errors import InputError
from framing.io import (
    OutputError,
    atomic_path,
    neutralise_cells,
    write_bytes,
    write_csv,
    write_text,
)

ROOT = Path(__file__).resolve().parents[1]


def test_write_text_replaces_the_file_whole(tmp_path):
    target = tmp_path / "sub" / "a.txt"
    write_text(target, "één\n")
    assert target.read_bytes() == "één\n".encode()
    write_text(target, "two\n")
    assert target.read_text(encoding="utf-8") == "two\n"
    assert sorted(os.listdir(target.parent)) == ["a.txt"]  # no temporary file left behind


def test_permissions_follow_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        path = write_text(tmp_path / "a.txt", "x")
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644


def test_failure_leaves_the_old_file_and_no_debris(tmp_path):
    target = tmp_path / "a.csv"
    write_text(target, "old\n")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("crash mid-write")
    assert target.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["a.csv"]


def test_write_csv_without_index_and_with_lf(tmp_path):
    path = write_csv(tmp_path / "t.csv", pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}))
    assert path.read_bytes() == b"a,b\n1,x\n2,y\n"


def test_require_columns_names_the_table_and_what_is_missing():
    from framing.errors import InputError, require_columns

    with pytest.raises(InputError, match=r"^docs: missing column\(s\) text; has doc_id, period$"):
        require_columns(pd.DataFrame(columns=["doc_id", "period"]), ["doc_id", "text"], "docs")
    with pytest.raises(InputError, match=r"^docs: expected a pandas DataFrame, got list$"):
        require_columns([], ["doc_id"], "docs")
    require_columns(pd.DataFrame(columns=["doc_id"]), ["doc_id"], "docs")  # no error


# --------------------------------------------------------------------------------------------
# Spreadsheet formula injection (issue 19)
# --------------------------------------------------------------------------------------------

FORMULAS = ["=1+1", "@SUM(A1)", "+1+1", "=cmd|' /C calc'!A0", "-2+3", "\t=1+1"]


def test_write_csv_neutralises_formulas_in_text_columns(tmp_path):
    n = len(FORMULAS) + 2
    df = pd.DataFrame(
        {
            "text": [*FORMULAS, "plain text", "a = b - c"],
            "rate": [-0.5] + [1.25] * (n - 1),
            "count": [-3] + [1] * (n - 1),
        }
    )
    path = write_csv(tmp_path / "t.csv", df)
    back = pd.read_csv(path, keep_default_na=False)
    assert back["text"].tolist() == ["'" + f for f in FORMULAS] + ["plain text", "a = b - c"]
    assert back["rate"].dtype == float and back["rate"][0] == -0.5
    assert back["count"].dtype == "int64" and back["count"][0] == -3
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[1] == "'=1+1,-0.5,-3"
    assert lines[2] == "'@SUM(A1),1.25,1"
    assert lines[5] == "'-2+3,1.25,1"
    assert df["text"][0] == "=1+1"  # the caller's table is not modified
    # a carriage return at the start (Python's csv module leaves a lone CR unquoted: check the bytes)
    cr = write_csv(tmp_path / "cr.csv", pd.DataFrame({"text": ["\r=1+1"], "n": [1]}))
    assert cr.read_bytes() == b"text,n\n'\r=1+1,1\n"


def test_neutralise_cells_leaves_numbers_and_plain_text_alone():
    df = pd.DataFrame({"mixed": ["-a", -2.5, None, "b"], "x": [-0.5, 0.0, 1.0, 2.0]})
    out = neutralise_cells(df)
    assert out["mixed"].tolist()[:2] == ["'-a", -2.5] and out["mixed"][2] is None
    assert out["x"].tolist() == [-0.5, 0.0, 1.0, 2.0]
    plain = pd.DataFrame({"t": ["energy", "oil and gas"], "n": [-1, 2]})
    assert neutralise_cells(plain) is plain  # nothing to do: no copy


def test_neutralise_cells_covers_categories_strings_and_labels():
    df = pd.DataFrame(
        {
            "cat": pd.Categorical(["=a", "b"]),
            "s": pd.array(["+s", pd.NA], dtype="string"),
            "=header": ["x", "y"],
        }
    )
    out = neutralise_cells(df)
    assert out["cat"].tolist() == ["'=a", "b"]
    assert out["s"].tolist()[0] == "'+s" and out["s"].dtype == df["s"].dtype
    assert list(out.columns) == ["cat", "s", "'=header"]
    indexed = neutralise_cells(pd.DataFrame({"n": [1]}, index=pd.Index(["@x"], name="period")))
    assert indexed.index.tolist() == ["'@x"] and indexed.index.name == "period"


def test_write_csv_can_keep_cells_verbatim(tmp_path):
    path = write_csv(tmp_path / "t.csv", pd.DataFrame({"a": ["=1+1"]}), neutralise=False)
    assert path.read_text() == "a\n=1+1\n"


# --------------------------------------------------------------------------------------------
# Output-side failures: one OutputError naming the path, no debris (issue 19)
# --------------------------------------------------------------------------------------------


def _no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_no_space_left_is_an_output_error_and_leaves_nothing(tmp_path, monkeypatch):
    target = tmp_path / "t.csv"
    write_text(target, "old\n")
    # write_csv streams rows into the open temporary file: the disk fills up while pandas writes
    monkeypatch.setattr(pd.DataFrame, "to_csv", _no_space)
    with pytest.raises(OutputError) as info:
        write_csv(target, pd.DataFrame({"a": [1]}))
    assert str(info.value) == f"{target}: cannot write (No space left on device)"
    assert isinstance(info.value, InputError)
    monkeypatch.undo()
    assert target.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["t.csv"]


def test_failed_rename_is_an_output_error_and_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "replace", _no_space)
    with pytest.raises(OutputError, match="cannot write"):
        write_text(tmp_path / "a.txt", "x")
    assert os.listdir(tmp_path) == []


def test_unwritable_folder_is_an_output_error(tmp_path, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr("tempfile.mkstemp", denied)
    with pytest.raises(OutputError) as info:
        write_text(tmp_path / "a.txt", "x")
    assert str(info.value) == f"{tmp_path / 'a.txt'}: cannot create a file in {tmp_path} (Permission denied)"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_is_an_output_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(OutputError, match=r"cannot create a file in .*ro \(Permission denied\)$"):
            write_text(folder / "a.txt", "x")
        with pytest.raises(OutputError, match=r"ro/sub: cannot create the folder \(Permission denied\)$"):
            write_text(folder / "sub" / "a.txt", "x")
    finally:
        folder.chmod(0o755)


def test_a_file_where_a_folder_is_expected(tmp_path):
    write_text(tmp_path / "file", "x")
    for target in (tmp_path / "file" / "a.csv", tmp_path / "file" / "deeper" / "a.csv"):
        with pytest.raises(OutputError) as info:
            write_text(target, "y")
        assert str(info.value) == f"{tmp_path / 'file'}: is a file, not a folder"
    assert (tmp_path / "file").read_text() == "x"


def test_a_folder_where_a_file_is_expected(tmp_path):
    (tmp_path / "out").mkdir()
    with pytest.raises(OutputError) as info:
        write_bytes(tmp_path / "out", b"x")
    assert str(info.value) == f"{tmp_path / 'out'}: is a folder; give a file name"
    assert os.listdir(tmp_path / "out") == []


@pytest.mark.parametrize("exc", [KeyboardInterrupt, SystemExit, RuntimeError])
def test_temporary_file_is_removed_on_any_exit(tmp_path, exc):
    seen = []
    with pytest.raises(exc), atomic_path(tmp_path / "a.csv") as tmp:
        seen.append(tmp)
        tmp.write_text("half")
        raise exc()
    assert os.listdir(tmp_path) == [] and not seen[0].exists()


def test_temporary_names_are_ignored_by_git(tmp_path):
    with atomic_path(tmp_path / "keyness.csv") as tmp:
        name = tmp.name
        assert tmp.suffix == ".csv"  # writers that look at the extension still see it
    patterns = (ROOT / ".gitignore").read_text().splitlines()
    assert any(fnmatch.fnmatch(name, p) for p in patterns if p and not p.startswith("#")), name


def test_output_error_survives_pickling_across_processes():
    err = pickle.loads(pickle.dumps(OutputError("out/a.png", "cannot write (No space left on device)")))
    assert type(err) is OutputError and str(err) == "out/a.png: cannot write (No space left on device)"


def test_write_csv_streams_by_chunks_to_the_same_bytes(tmp_path):
    # chunks of 3 rows over 10: the file equals the one-string CSV (header once, no gaps)
    df = pd.DataFrame({"a": range(10), "b": [f"=x{i}" for i in range(10)]})
    path = write_csv(tmp_path / "t.csv", df, chunksize=3)
    expected = neutralise_cells(df).to_csv(index=False, lineterminator="\n")
    assert path.read_text(encoding="utf-8") == expected
    assert expected.count("\n") == 11
