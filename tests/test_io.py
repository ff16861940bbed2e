"""Atomic output: complete files or nothing."""

from __future__ import annotations

import os

import pandas as pd
import pytest

from framing.io import atomic_path, write_csv, write_text


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
