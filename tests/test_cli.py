"""The ``framing`` command: every bad input and every output-side failure is one line and exit 2."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from framing.cli import main

ROOT = Path(__file__).resolve().parents[1]
# dated in the study's two periods (2025-10 and 2026-02), the default groups compared
EARLY = " date 2025-10-10 MOSCOW \u2014 Energy cooperation grows. Trade expands. \u2014 VNA/VNS"
LATE = " date 2026-02-24 HANOI \u2014 Education cooperation grows too. Energy returns. \u2014 VNA/VNS"


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "early.txt").write_text(EARLY, encoding="utf-8")
    (folder / "late.txt").write_text(LATE, encoding="utf-8")
    return folder


def _one_line_exit_2(capsys, status: int, *names: str) -> str:
    err = capsys.readouterr().err
    assert status == 2, err
    assert err.count("\n") == 1 and err.startswith("framing: ") and "Traceback" not in err, err
    for name in names:
        assert name in err, err
    return err.rstrip("\n")


def _run(*args: str, prefix: list[str] = (), **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    kwargs.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(
        [*prefix, sys.executable, "-m", "framing.cli", *args],
        stderr=subprocess.PIPE, text=True, env=env, timeout=300, **kwargs,
    )


def test_explore_out_given_a_folder(corpus, tmp_path, capsys):
    out = tmp_path / "figures"
    out.mkdir()
    err = _one_line_exit_2(capsys, main(["explore", "--corpus", str(corpus), "--out", str(out)]))
    assert err == f"framing: {out}: is a folder; give a file name"
    assert os.listdir(out) == []


def test_explore_out_below_a_file(corpus, tmp_path, capsys):
    blocker = tmp_path / "figures"
    blocker.write_text("not a folder")
    status = main(["explore", "--corpus", str(corpus), "--out", str(blocker / "explorer.html")])
    err = _one_line_exit_2(capsys, status)
    assert err == f"framing: {blocker}: is a file, not a folder"


def test_reproduce_out_that_is_a_file(tmp_path, capsys):
    blocker = tmp_path / "out"
    blocker.write_text("not a folder")
    err = _one_line_exit_2(capsys, main(["reproduce", "--quiet", "--out", str(blocker)]), str(blocker))
    assert "is a file" in err
    assert blocker.read_text() == "not a folder"


def test_export_out_that_is_a_file(corpus, tmp_path, capsys):
    blocker = tmp_path / "out"
    blocker.write_text("x")
    status = main(["export", "sector-rates-by-period", "--corpus", str(corpus), "--out", str(blocker)])
    assert _one_line_exit_2(capsys, status) == f"framing: {blocker}: is a file, not a folder"


def test_no_space_left_on_device(corpus, tmp_path, capsys, monkeypatch):
    def full(self, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Path, "write_bytes", full)
    out = tmp_path / "explorer.html"
    err = _one_line_exit_2(capsys, main(["explore", "--corpus", str(corpus), "--out", str(out)]))
    assert err == f"framing: {out}: cannot write (No space left on device)"
    assert os.listdir(tmp_path) == ["corpus"]  # no temporary file left behind


def test_unwritable_folder(corpus, tmp_path, capsys, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr("tempfile.mkstemp", denied)
    out = tmp_path / "explorer.html"
    err = _one_line_exit_2(capsys, main(["explore", "--corpus", str(corpus), "--out", str(out)]))
    assert err == f"framing: {out}: cannot create a file in {tmp_path} (Permission denied)"


def _without_root_powers() -> list[str]:
    """A command prefix under which the permission bits of folders apply (root ignores them)."""
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        pytest.skip("root ignores read-only folders, and setpriv (util-linux) is missing")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]


def test_read_only_folder(corpus, tmp_path):
    prefix = _without_root_powers()
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        for out, where in [
            (ro / "explorer.html", f"{ro / 'explorer.html'}: cannot create a file in {ro}"),
            (ro / "sub" / "explorer.html", f"{ro / 'sub'}: cannot create the folder"),
        ]:
            proc = _run("explore", "--corpus", str(corpus), "--out", str(out), prefix=prefix)
            assert proc.returncode == 2, proc.stderr
            assert proc.stderr == f"framing: {where} (Permission denied)\n"
        assert os.listdir(ro) == []
    finally:
        ro.chmod(0o755)


def test_no_space_in_figure_workers_is_one_line(tmp_path, capsys, monkeypatch):
    """A failure inside a figure worker comes back as the same one-line error."""
    real = os.replace

    def full_for_png(src, dst):
        if str(dst).endswith(".png"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", full_for_png)
    out = tmp_path / "out"
    status = main(["reproduce", "--quiet", "--out", str(out)])
    err = _one_line_exit_2(capsys, status, str(out))
    assert err.endswith(".png: cannot write (No space left on device)")
    assert not [p for p in tmp_path.rglob(".*")]  # no temporary files


def test_subprocess_exit_status_and_one_line(corpus, tmp_path):
    out = tmp_path / "folder"
    out.mkdir()
    proc = _run("explore", "--corpus", str(corpus), "--out", str(out))
    assert proc.returncode == 2
    assert proc.stderr == f"framing: {out}: is a folder; give a file name\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_standard_output_on_a_full_device(corpus):
    with open("/dev/full", "w") as full:
        proc = _run("corpus", "--corpus", str(corpus), stdout=full)
    assert proc.returncode == 2
    assert proc.stderr == "framing: <stdout>: cannot write (No space left on device)\n"


def test_bad_input_in_a_subprocess_is_one_line(tmp_path):
    (tmp_path / "a\nb.txt").write_text("no date line", encoding="utf-8")
    proc = _run("corpus", "--corpus", str(tmp_path))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "a\\nb.txt: missing date line" in proc.stderr


def test_duplicate_report_is_exit_2_naming_both_files(corpus, capsys):
    (corpus / "late-copy.txt").write_text(LATE, encoding="utf-8")
    err = _one_line_exit_2(capsys, main(["corpus", "--corpus", str(corpus)]), "late-copy.txt", "late.txt")
    assert "exact duplicate report" in err


def test_future_date_is_a_one_line_warning_and_exit_0(corpus):
    (corpus / "future.txt").write_text(EARLY.replace("2025-10-10", "2999-01-01").replace("Trade", "Tea"))
    proc = _run("corpus", "--corpus", str(corpus))
    assert proc.returncode == 0
    assert proc.stderr.count("\n") == 1
    assert proc.stderr.startswith(f"framing: warning: {corpus / 'future.txt'}: dated 2999-01-01, after today")
    assert len(proc.stdout.splitlines()) == 4


# ---------------------------------------------------------------------------------------------
# another corpus, one group (issue 14)
# ---------------------------------------------------------------------------------------------

EXAMPLES = ROOT / "data" / "examples"


def _snapshot(*folders: Path) -> dict:
    """Every file under the folders: relative path -> (bytes, mtime in ns)."""
    out = {}
    for folder in folders:
        for f in sorted(folder.rglob("*")):
            if f.is_file():
                out[str(f.relative_to(folder.parent))] = (f.read_bytes(), f.stat().st_mtime_ns)
    return out


def test_reproduce_another_corpus_never_touches_the_study_outputs(tmp_path, capsys):
    """`framing reproduce --corpus DIR --out DIR` writes under --out only: the study's tables and
    figures (here a copy of the study's layout, with its own study.yml) keep every byte and mtime."""
    import yaml

    study = yaml.safe_load((ROOT / "study.yml").read_text(encoding="utf-8"))
    for key in ("corpus", "metadata", "actors"):
        if study.get(key):
            study[key] = str(ROOT / study[key])
    study["outputs"] = {"tables": "data/processed", "figures": "figures"}
    (tmp_path / "study.yml").write_text(yaml.safe_dump(study, allow_unicode=True), encoding="utf-8")
    shutil.copytree(ROOT / "data" / "processed", tmp_path / "data" / "processed")
    shutil.copytree(ROOT / "figures", tmp_path / "figures")
    before = _snapshot(tmp_path / "data" / "processed", tmp_path / "figures")
    assert len(before) > 20

    corpus = EXAMPLES / "over-time"
    # without --out: refused, one line, nothing written
    status = main(["reproduce", "--study", str(tmp_path / "study.yml"), "--corpus", str(corpus), "--quiet"])
    _one_line_exit_2(capsys, status, "--out")
    assert _snapshot(tmp_path / "data" / "processed", tmp_path / "figures") == before

    out = tmp_path / "results"
    status = main(["reproduce", "--study", str(tmp_path / "study.yml"), "--corpus", str(corpus),
                   "--out", str(out), "--quiet"])
    assert status == 0, capsys.readouterr().err
    assert _snapshot(tmp_path / "data" / "processed", tmp_path / "figures") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "figures", "results", "study.yml"]
    # the results: figures, tables and the explorer of the ten periods, under --out
    assert (out / "figures" / "sector-trend.png").is_file()
    assert (out / "figures" / "explorer.html").is_file()
    trend = (out / "tables" / "sector-trend.csv").read_text(encoding="utf-8").splitlines()
    assert trend[0].startswith("period,position,sector,")
    assert len({line.split(",")[0] for line in trend[1:]}) == 10


def test_reproduce_one_group_exits_0_with_one_line_on_the_skipped_comparisons(tmp_path):
    out = tmp_path / "out"
    proc = _run("reproduce", "--corpus", str(EXAMPLES / "single-period"), "--out", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.startswith("framing:")]
    assert len(lines) == 1, proc.stderr
    assert "one group (2023-07)" in lines[0]
    assert "skipped the comparisons" in lines[0]
    assert "the explorer" in lines[0]  # a new user was not told why no explorer.html was written
    for name in ("sector-period-difference", "keyness"):
        assert name in lines[0]
        assert not (out / "tables" / f"{name}.csv").exists()
    # every figure that makes sense for one group is there, the comparisons are not
    figures = {p.stem for p in (out / "figures").glob("*.png")}
    assert {"corpus-overview", "sector-rates-by-period", "sector-trend", "sector-xray"} <= figures
    assert not {"sector-rate-difference", "keyness-top-terms", "log-odds-by-frequency"} & figures
    assert not (out / "figures" / "explorer.html").exists()
    # so the catalogue does not link one
    assert "explorer.html" not in (out / "figures" / "README.md").read_text(encoding="utf-8")


# --- table commands: kwic, keyness, frequencies, mentions, topics ---------------------------------

KWIC_HEADER = "doc_id,period,sentence_id,start,end,left,match,right,speaker,side"


def _table(capsys, argv: list[str], status: int = 0) -> str:
    assert main(argv) == status
    out = capsys.readouterr()
    assert out.err == "", out.err
    return out.out


def _rows(text: str, fmt: str) -> list[list[str]]:
    """The cells of a table written in ``fmt``, as the CSV writes them."""
    import csv
    import io
    import json
    import re

    if fmt in ("csv", "tsv"):
        return list(csv.reader(io.StringIO(text, newline=""), delimiter="," if fmt == "csv" else "\t"))
    if fmt == "json":
        records = json.loads(text)
        head = list(records[0])
        cell = {None: "", True: "True", False: "False"}
        return [head] + [[cell.get(v, str(v)) if not isinstance(v, (int, float)) or isinstance(v, bool)
                          else str(v) for v in r.values()] for r in records]
    lines = text.splitlines()
    assert set(lines[1].replace("|", " ").split()) <= {"---", "---:"}
    split = [re.split(r"(?<!\\)\|", line)[1:-1] for line in [lines[0], *lines[2:]]]
    return [[c.strip().replace("\\|", "|") for c in row] for row in split]


def test_version(capsys):
    import framing

    proc = _run("--version")
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, f"framing {framing.__version__}\n", "")


def test_kwic_on_a_small_corpus_counts_and_offsets(corpus, capsys):
    import framing

    out = _table(capsys, ["kwic", "energy", "--corpus", str(corpus), "--window", "1"])
    rows = _rows(out, "csv")
    assert rows[0] == KWIC_HEADER.split(",")
    # "Energy cooperation grows." in early.txt, "... too. Energy returns." in late.txt (body offsets)
    assert [r[:8] for r in rows[1:]] == [
        ["early", "2025-10", "0", "0", "6", "", "Energy", "cooperation"],
        ["late", "2026-02", "1", "33", "39", "too.", "Energy", "returns"],
    ]
    texts = dict(framing.load_corpus(corpus)[["doc_id", "text"]].values.tolist())
    assert all(texts[r[0]][int(r[3]) : int(r[4])] == r[6] for r in rows[1:])


def test_kwic_that_matches_nothing_exits_1_with_the_header(corpus):
    proc = _run("kwic", "nuclear", "--corpus", str(corpus))
    assert (proc.returncode, proc.stdout, proc.stderr) == (1, KWIC_HEADER + "\n", "")


def test_kwic_on_the_study_sorted_by_right_context(capsys):
    out = _table(capsys, ["kwic", "energ*", "--sort", "R1", "--window", "2"])
    rows = _rows(out, "csv")
    # energy 3 times in Pyongyang, once in Moscow; first word right: and, defence, oil, science
    assert [r[3] for r in rows[1:]] == ["1693", "2234", "3458", "3151"]
    assert [r[7] for r in rows[1:]] == ["and oil", ", defence and", ", oil and", ", science and"]


def test_kwic_of_a_sector_with_a_query(capsys):
    out = _table(capsys, ["kwic", "theory exchange*", "--sector", "party", "--window", "3"])
    rows = _rows(out, "csv")
    assert rows[0] == [*KWIC_HEADER.split(","), "sector"]
    assert [(r[6], r[5], r[7], r[8]) for r in rows[1:]] == [
        ("theory exchanges", "relations, particularly in", ", while supporting enhanced", "Gennady Zyuganov")
    ]


@pytest.mark.parametrize("command", [["kwic", "energy"], ["keyness"], ["frequencies"], ["mentions"]])
def test_the_four_formats_hold_the_same_cells(corpus, capsys, command):
    tables = {fmt: _rows(_table(capsys, [*command, "--corpus", str(corpus), "--format", fmt]), fmt)
              for fmt in ("csv", "tsv", "json", "markdown")}
    assert len(tables["csv"]) > 2
    assert tables["tsv"] == tables["csv"]
    assert tables["json"] == tables["csv"]
    assert tables["markdown"] == tables["csv"]


def test_json_is_utf8_records(capsys):
    import json

    out = _table(capsys, ["kwic", "To Lam", "--format", "json", "--window", "0"])
    assert "Tô Lâm" in out and "\\u" not in out
    records = json.loads(out)
    assert len(records) == 6 and records[0]["match"] == "Tô Lâm" and records[0]["start"] == 224


def test_out_writes_the_file_and_replaces_it(corpus, tmp_path, capsys):
    target = tmp_path / "energy.md"
    target.write_text("old", encoding="utf-8")
    assert _table(capsys, ["kwic", "energy", "--corpus", str(corpus), "--format", "markdown",
                           "--out", str(target)]) == ""
    shown = _table(capsys, ["kwic", "energy", "--corpus", str(corpus), "--format", "markdown"])
    assert target.read_text(encoding="utf-8") == shown
    assert shown.splitlines()[2].startswith("| early | 2025-10 | 0 | 0 | 6 |")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "energy.md"]  # no temporary left


def test_keyness_is_the_table_of_the_terms_bundle(capsys):
    import io

    import pandas as pd

    from framing.report.export import build_analysis
    from framing.report.tables import term_tables

    out = _table(capsys, ["keyness"])
    got = pd.read_csv(io.StringIO(out))
    # "renewal" 4 times in Moscow (grep -o -i renew data/raw/*), never in Pyongyang
    renew = got.set_index("term").loc["renew"]
    assert (renew["count_target"], renew["count_reference"], renew["direction"]) == (4, 0, "target")
    a = build_analysis()
    expected = term_tables(a)["keyness"]
    pd.testing.assert_frame_equal(got, pd.read_csv(io.StringIO(expected.to_csv(index=False))))
    swapped = pd.read_csv(io.StringIO(_table(capsys, ["keyness", "--reference", "2026-02", "--target", "2025-10"])))
    assert tuple(swapped.set_index("term").loc["renew", ["count_target", "count_reference"]]) == (0, 4)


def test_frequencies_counts_and_groups(corpus, capsys):
    import io

    import pandas as pd

    out = _table(capsys, ["frequencies"])
    f = pd.read_csv(io.StringIO(out)).set_index(["term", "group"])
    assert f.loc[("renew", "2026-02"), "count"] == 4  # grep: "renewal" 4 times in Moscow
    assert ("renew", "2025-10") not in f.index
    # a third group: --reference/--target keep the rows of the two groups compared
    (corpus / "later.txt").write_text(" date 2026-07-01 HANOI \u2014 Energy again. \u2014 VNA/VNS", encoding="utf-8")
    every = pd.read_csv(io.StringIO(_table(capsys, ["frequencies", "--corpus", str(corpus)])))
    assert sorted(set(every["group"])) == ["2025-10", "2026-02", "2026-07"]
    two = pd.read_csv(io.StringIO(_table(
        capsys, ["frequencies", "--corpus", str(corpus), "--reference", "2025-10", "--target", "2026-07"])))
    assert sorted(set(two["group"])) == ["2025-10", "2026-07"]
    assert two.set_index(["term", "group"]).loc[("energi", "2026-07"), "count"] == 1


def test_mentions_json_and_groups(corpus, capsys):
    import json

    records = json.loads(_table(capsys, ["mentions", "--corpus", str(corpus), "--format", "json"]))
    # early: Energy, Trade; late: Education, Energy
    assert [(r["doc_id"], r["sector"], r["start"], r["end"], r["surface"]) for r in records] == [
        ("early", "energy", 0, 6, "Energy"), ("early", "economy", 26, 31, "Trade"),
        ("late", "education", 0, 9, "Education"), ("late", "energy", 33, 39, "Energy"),
    ]


# the words not counted: "Education" inside a name (16-25), "port" of a named place (18-22)
AUDIT = {
    "early.txt": " date 2025-10-10 MOSCOW \u2014 The Ministry of Education signed a deal. \u2014 VNA/VNS",
    "late.txt": " date 2026-02-24 HANOI \u2014 Ships reached the port of Vladivostok. Energy ties grew. \u2014 VNA/VNS",
}


@pytest.fixture
def audit_corpus(tmp_path) -> Path:
    folder = tmp_path / "audit"
    folder.mkdir()
    for name, text in AUDIT.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_mentions_rejected_writes_the_audit(audit_corpus, tmp_path, capsys):
    plain = _table(capsys, ["mentions", "--corpus", str(audit_corpus)])
    assert _rows(plain, "csv")[1:] and [r[5] for r in _rows(plain, "csv")[1:]] == ["Energy"]
    target = tmp_path / "why" / "rejected.csv"  # its folder is made
    assert _table(capsys, ["mentions", "--corpus", str(audit_corpus), "--rejected", str(target)]) == plain
    assert target.read_text(encoding="utf-8") == (
        "doc_id,sector,start,end,term,check,text\n"
        "early,education,16,25,education,inside-name,Education\n"
        "late,transport,18,22,ports,named-place,port\n"
    )
    # beside --out in another format: the audit stays CSV, replaced; no temporary file is left
    target.write_text("old", encoding="utf-8")
    out = tmp_path / "mentions.json"
    assert _table(capsys, ["mentions", "--corpus", str(audit_corpus), "--format", "json", "--out", str(out),
                           "--rejected", str(target)]) == ""
    assert target.read_text(encoding="utf-8").splitlines()[2] == "late,transport,18,22,ports,named-place,port"
    assert out.read_text(encoding="utf-8") == _table(capsys, ["mentions", "--corpus", str(audit_corpus), "--format", "json"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit", "mentions.json", "why"]
    assert os.listdir(tmp_path / "why") == ["rejected.csv"]


def test_mentions_rejected_unwritable_is_one_line_exit_2(audit_corpus, tmp_path, capsys):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    out = tmp_path / "mentions.csv"
    status = main(["mentions", "--corpus", str(audit_corpus), "--out", str(out), "--rejected", str(blocker / "r.csv")])
    assert _one_line_exit_2(capsys, status) == f"framing: {blocker}: is a file, not a folder"
    assert not out.exists() and blocker.read_text(encoding="utf-8") == "not a folder"  # nothing written
    folder = tmp_path / "folder"
    folder.mkdir()
    status = main(["mentions", "--corpus", str(audit_corpus), "--rejected", str(folder)])
    assert _one_line_exit_2(capsys, status) == f"framing: {folder}: is a folder; give a file name"
    # the --out file is never overwritten by the audit
    out.write_text("keep", encoding="utf-8")
    status = main(["mentions", "--corpus", str(audit_corpus), "--out", str(out), "--rejected", str(out)])
    assert _one_line_exit_2(capsys, status, str(out), "--out")
    assert out.read_text(encoding="utf-8") == "keep"


def test_topics_k_selection(capsys):
    import io

    import pandas as pd

    t = pd.read_csv(io.StringIO(_table(capsys, ["topics", "--table", "k-selection"])))
    # three methods, k = 2..8; the k shown is chosen once per method, the same k for all three
    assert len(t) == 3 * 7 and sorted(set(t["k"])) == list(range(2, 9))
    chosen = t[t["chosen"]]
    assert len(chosen) == 3 and chosen["k"].nunique() == 1 and chosen["method"].nunique() == 3


def test_explore_takes_an_own_lexicon(corpus, tmp_path, capsys):
    lexicon = tmp_path / "own.yml"
    lexicon.write_text(
        "sectors:\n  - id: growth\n    label: Growth Talk\n    terms: [grows, expand]\n", encoding="utf-8"
    )
    page = tmp_path / "explorer.html"
    assert main(["explore", "--corpus", str(corpus), "--lexicon", str(lexicon), "--out", str(page)]) == 0
    assert capsys.readouterr().out == f"{page}\n"
    html = page.read_text(encoding="utf-8")
    assert "Growth Talk" in html and "Science &amp; technology" not in html and "Science & technology" not in html
    mentions = _rows(_table(capsys, ["mentions", "--corpus", str(corpus), "--lexicon", str(lexicon)]), "csv")
    # "grows" in both reports, "expands" in early.txt
    assert [(r[0], r[2], r[5]) for r in mentions[1:]] == [
        ("early", "growth", "grows"), ("early", "growth", "expands"), ("late", "growth", "grows")
    ]


@pytest.mark.parametrize(
    ("argv", "names"),
    [
        (["kwic", "/energ(/"], ["query '/energ(/'", "not a valid regular expression"]),
        (["kwic", "energy", "--sort", "R1,R9"], ["sort 'R9'", "unknown level"]),
        (["kwic"], ["framing: kwic: give a QUERY"]),
        (["kwic", "energy", "--sector", "mining"], ["sector 'mining'", "unknown sector"]),
        (["kwic", "energy", "--window", "-1"], ["window"]),
        (["frequencies", "--reference", "1999-01"], ["1999-01", "not a group"]),
        (["topics", "--target", "1999-01"], ["1999-01", "not a group"]),
    ],
)
def test_table_commands_bad_input_is_one_line_exit_2(capsys, argv, names):
    _one_line_exit_2(capsys, main(argv), *names)


def test_keyness_of_one_group_is_one_line_exit_2(corpus, capsys):
    (corpus / "late.txt").unlink()
    _one_line_exit_2(capsys, main(["keyness", "--corpus", str(corpus)]), "keyness", "needs two groups")


def test_bad_query_in_a_subprocess_is_one_line(corpus):
    proc = _run("kwic", "/[/", "--corpus", str(corpus))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == "framing: query '/[/': not a valid regular expression (unterminated character set at position 0)\n"


def test_study_group_by_not_a_column_names_the_study_file(corpus, tmp_path, capsys):
    study = tmp_path / "study.yml"
    study.write_text(f"name: s\ncorpus: {corpus}\ngroup_by: outlet\n", encoding="utf-8")
    err = _one_line_exit_2(capsys, main(["keyness", "--study", str(study)]), str(study), "group_by", "'outlet'")
    assert "not a column of the corpus" in err
