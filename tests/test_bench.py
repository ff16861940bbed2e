"""benchmarks/bench.py: a smoke run at a tiny size, the generator, and the ratio arithmetic."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pytest

from framing.corpus import load_corpus

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _module(name):
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def bench():
    module = _module("bench")
    module.SHORT_RUNS = 1  # one run a stage in these tests (a test that checks the median sets more)
    return module


@pytest.fixture(scope="module")
def corpusgen():
    return _module("corpusgen")


def test_generator_is_seeded_and_size_independent(corpusgen, tmp_path):
    assert corpusgen.generate_document(7) == corpusgen.generate_document(7)
    assert corpusgen.generate_document(7) != corpusgen.generate_document(7, seed=1)
    small = corpusgen.ensure_corpus(5, tmp_path)
    big = corpusgen.ensure_corpus(12, tmp_path)
    # document i depends only on (seed, i): the small corpus is the start of the big one
    for f in small.glob("*.txt"):
        assert (big / f.name).read_bytes() == f.read_bytes()
    assert len(list(big.glob("*.txt"))) == 12
    # reused, not regenerated, when complete
    stamp = (big / ".complete").stat().st_mtime_ns
    corpusgen.ensure_corpus(12, tmp_path)
    assert (big / ".complete").stat().st_mtime_ns == stamp


def test_generated_reports_load_in_the_real_format(corpusgen, tmp_path):
    folder = corpusgen.ensure_corpus(40, tmp_path)
    docs = load_corpus(folder)
    assert len(docs) == 40
    assert set(docs["agency"]) == {"VNA/VNS"}
    assert (docs["dateline"] != "").all()
    raw = [p.read_bytes() for p in folder.glob("*.txt")]
    assert all(r.startswith(b" date 20") for r in raw)
    mean_kb = sum(map(len, raw)) / len(raw) / 1000
    assert 1.8 < mean_kb < 3.3  # ~2.5 KB per report, as the issue asks
    # perturbed: most documents hold pseudo-words that the study reports do not
    study = set(" ".join(load_corpus()["text"]).split())
    assert sum(bool(set(t.split()) - study) for t in docs["text"]) >= 35


def test_slopes_and_ratios_by_hand(bench):
    table = pd.DataFrame(
        [
            # times 1, 10, 100 s at 10, 100, 1000 docs: log10 t = log10 n - 1, slope exactly 1;
            # 20 s -> 80 s over the last decade of the other stage: slope log10(4) = 0.602;
            # its CPU time 20 s -> 40 s: slope log10(2) = 0.301
            (10, "count_matrix", "ok", 1.0, 1.0, 300.0),
            (100, "count_matrix", "ok", 10.0, 10.0, 300.0),
            (1000, "count_matrix", "ok", 100.0, 100.0, 300.0),
            (100, "countvectorizer", "ok", 20.0, 20.0, 100.0),
            (1000, "countvectorizer", "ok", 80.0, 40.0, 200.0),
        ],
        columns=["size", "stage", "status", "seconds", "cpu_s", "total_mb"],
    )
    slopes = bench.slopes(table)
    assert slopes["count_matrix"] == pytest.approx((1.0, 1.0, 1.0))
    assert slopes["countvectorizer"][1] == pytest.approx(0.60206, abs=1e-5)
    assert slopes["countvectorizer"][2] == pytest.approx(0.30103, abs=1e-5)
    rows = {r["size"]: r for r in bench.ratios(table)}
    assert set(rows) == {100, 1000}
    # 100 docs: 20 s / 10 s = 2.0 (met); memory 300 / 100 = 3.0 (> 2, not met)
    assert rows[100]["speedup"] == 2.0 and rows[100]["speed_met"]
    assert rows[100]["memory_ratio"] == 3.0 and not rows[100]["memory_met"]
    # 1000 docs: 80 / 100 = 0.8 (missed), CPU 40 / 100 = 0.4; memory 300 / 200 = 1.5 (met)
    assert rows[1000]["speedup"] == 0.8 and not rows[1000]["speed_met"]
    assert rows[1000]["cpu_ratio"] == 0.4
    assert rows[1000]["memory_ratio"] == 1.5 and rows[1000]["memory_met"]


def test_naive_matcher_counts_whole_phrases(bench):
    texts = ["Oil and gas, nuclear energy and energy.", "Synergy is not energy-related? energy"]
    # lower-cased, longest alternative first, word boundaries: "oil and gas", "nuclear energy",
    # "energy" (doc 1: 3); "energy" in "energy-related" and the last "energy" (doc 2: 2, not
    # "synergy") -> 5
    assert bench.naive_sector_matches(texts, ["energy", "nuclear energy", "oil and gas"]) == 5


def test_smoke_run_tiny(bench, tmp_path):
    stages = "load,count_matrix,countvectorizer,naive_sectors"
    table = bench.main(
        ["--sizes", "25,50", "--quiet", "--out", str(tmp_path / "out"), "--cache",
         str(tmp_path / "cache"), "--stages", stages, "--jobs", "2"]
    )
    assert list(table.columns) == bench.COLUMNS
    assert len(table) == 8
    ok = table[table["status"] == "ok"]
    assert set(ok["stage"]) >= {"load", "count_matrix", "countvectorizer"}
    assert (ok["seconds"] > 0).all() and (ok["peak_mb"] > 10).all()
    out = tmp_path / "out"
    csv = pd.read_csv(out / "bench.csv")
    assert len(csv) == 8
    md = (out / "bench.md").read_text()
    assert "| size | stage |" in md and "## Targets" in md
    assert (out / "bench-scaling.svg").stat().st_size > 1000
    assert (out / "bench-scaling.png").read_bytes()[:4] == b"\x89PNG"


def test_every_pipeline_stage_runs_on_the_tables_of_the_new_api(bench, tmp_path, monkeypatch):
    # each stage in its own process, as in a real run: a stage calling an old name fails with
    # status "error" in the table, not with an exception, so the statuses are what is checked
    monkeypatch.setattr(bench, "SHORT_RUNS", 3)  # stages under a second: the median of three runs
    stages = "tokens_table,keyness_dtm,sectors,keyness,passages,topic_fit"
    table = bench.main(
        ["--sizes", "30", "--quiet", "--out", str(tmp_path / "out"), "--cache", str(tmp_path / "cache"),
         "--stages", stages, "--jobs", "1", "--topic-docs", "30"]
    )
    status = dict(zip(table["stage"], table["status"], strict=True))
    notes = dict(zip(table["stage"], table["note"], strict=True))
    assert status == dict.fromkeys(stages.split(","), "ok"), notes
    assert "terms (1-3-grams)" in notes["keyness_dtm"]
    assert notes["passages"].split(";")[0].endswith("passages") and "mentions" in notes["sectors"]
    assert "; median of 3 runs (" in notes["passages"]  # 30 reports: well under a second


def test_stages_on_the_tokens_table_are_skipped_above_the_table_limit(bench, tmp_path):
    table = bench.main(
        ["--sizes", "30", "--quiet", "--out", str(tmp_path / "out"), "--cache", str(tmp_path / "cache"),
         "--stages", ",".join(bench.TABLE_STAGES), "--max-table-docs", "20"]
    )
    assert set(table["stage"]) == set(bench.TABLE_STAGES)
    assert (table["status"] == "skipped").all()
    assert table["note"].str.contains("tokens table not built above 20 docs").all()


def _table(rows):
    cols = ["size", "stage", "status", "seconds", "cpu_s", "total_mb", "ratio", "note"]
    return pd.DataFrame(rows, columns=cols)


def test_targets_met_or_not_by_hand(bench):
    table = _table([
        # reproduce: 50 s at 1k (<= 60: met), 640 s at 10k, killed at 1,800 s at 100k (> 1,200:
        # not met even as a lower bound); memory 900 MB (met), 5,000 MB (> 4,096: not met), and
        # 3,000 MB at 100k, but only up to the kill: a lower bound under the goal proves nothing
        (1000, "reproduce", "ok", 50.0, 60.0, 900.0, None, ""),
        (10000, "reproduce", "ok", 640.0, 700.0, 5000.0, None, ""),
        (100000, "reproduce", "timeout", 1800.0, 1700.0, 3000.0, None, "over 1800 s"),
        (1000, "automaton", "ok", 3.0, 3.0, 200.0, 0.4, ""),
        (10000, "automaton", "ok", 30.0, 30.0, 300.0, 0.25, ""),
        (100000, "automaton", "unavailable", None, None, None, None, "No module named 'automaton'"),
        # CountVectorizer 0.15 s / count_matrix 0.30 s = 0.5 (not met); 18 / 15 = 1.2 (met)
        (1000, "count_matrix", "ok", 0.30, 0.3, 200.0, None, ""),
        (1000, "countvectorizer", "ok", 0.15, 0.15, 150.0, None, ""),
        (10000, "count_matrix", "ok", 15.0, 15.0, 400.0, None, ""),
        (10000, "countvectorizer", "ok", 18.0, 18.0, 300.0, None, ""),
    ])
    got = {(r["target"], r["size"]): (r["measured"], r["status"]) for r in bench.targets(table)}
    assert got[("reproduce time, 1,000 reports", 1000)] == (50.0, "met")
    assert got[("reproduce time, 100,000 reports", 100000)] == (1800.0, "not met")
    mem = "reproduce peak memory (process tree)"
    assert got[(mem, 1000)] == (900.0, "met")
    assert got[(mem, 10000)] == (5000.0, "not met")
    assert got[(mem, 100000)] == (None, "not measured")
    # slope over the two sizes that ran to the end: log10(640 / 50) / log10(10) = log10(12.8)
    # = 1.1072 > 1.1: not met (the killed 100k run is left out of the fit)
    slope = got[("reproduce time against size (log-log slope)", None)]
    assert slope == (pytest.approx(1.107, abs=1e-3), "not met")
    auto = "sector mentions / bare pyahocorasick scan (MB/s)"
    assert got[(auto, 1000)] == (0.4, "met")
    assert got[(auto, 10000)] == (0.25, "not met")
    assert got[(auto, 100000)] == (None, "not measured")
    cm = "count_matrix speed / CountVectorizer (time ratio)"
    assert got[(cm, 1000)] == (0.5, "not met")
    assert got[(cm, 10000)] == (1.2, "met")
    assert len(got) == 11


def test_targets_not_measured_without_runs(bench):
    # only 1k measured, ending at 45 s: the slope needs two sizes, 100k was not run
    table = _table([(1000, "reproduce", "ok", 45.0, 50.0, 800.0, None, "")])
    rows = {r["target"]: r for r in bench.targets(table)}
    assert rows["reproduce time, 1,000 reports"]["status"] == "met"
    assert rows["reproduce time, 100,000 reports"]["status"] == "not measured"
    assert rows["reproduce time, 100,000 reports"]["note"] == "not run"
    slope = rows["reproduce time against size (log-log slope)"]
    assert slope["status"] == "not measured" and "has 1" in slope["note"]
    # 100 s at 1k and 1,000 s at 100k: log10(10) / log10(100) = 0.5 (met)
    table = _table([(1000, "reproduce", "ok", 100.0, 1.0, 800.0, None, ""),
                    (100000, "reproduce", "ok", 1000.0, 1.0, 800.0, None, "")])
    rows = {r["target"]: r for r in bench.targets(table)}
    assert rows["reproduce time against size (log-log slope)"]["measured"] == 0.5
    assert rows["reproduce time against size (log-log slope)"]["status"] == "met"
    assert rows["reproduce time, 1,000 reports"]["status"] == "not met"  # 100 > 60
    assert rows["reproduce time, 100,000 reports"]["status"] == "met"  # 1,000 <= 1,200


def test_automaton_figures_read_by_key(bench):
    got = bench.automaton_figures({"pyahocorasick_mb_s": 40.0, "fast_mb_s": 10.0, "n": 3})
    # no ratio given: framing / bare = 10 / 40
    assert got == {"bare_mb_s": 40.0, "framing_mb_s": 10.0, "reference_mb_s": None, "ratio": 0.25}
    got = bench.automaton_figures({"mb_per_s": {"bare": 30.0, "framing": 6.0, "reference": 2.0},
                                   "ratio": 0.2})
    assert got == {"bare_mb_s": 30.0, "framing_mb_s": 6.0, "reference_mb_s": 2.0, "ratio": 0.2}
    # the layout of benchmarks/automaton.py: find_sector_mentions is "automaton", automaton_text
    # alone is "automaton_match" (not the stage's figure); no ratio: 12 / 30 = 0.4
    got = bench.automaton_figures({"mb": 2.5, "bare_s": 0.1, "bare_mb_s": 30.0,
                                   "automaton_match_mb_s": 20.0, "automaton_mb_s": 12.0,
                                   "reference_mb_s": 3.0, "cpu_ratio": 0.5})
    assert got == {"bare_mb_s": 30.0, "framing_mb_s": 12.0, "reference_mb_s": 3.0, "ratio": 0.4}


def test_automaton_stage_runs_or_says_why(bench, tmp_path):
    # benchmarks/automaton.py is written beside this benchmark: with it, the stage gives a ratio;
    # without it, the stage is "unavailable" and names the missing module (never a crash)
    table = bench.main(["--sizes", "12", "--quiet", "--out", str(tmp_path / "out"), "--cache",
                        str(tmp_path / "cache"), "--stages", "automaton"])
    row = table.iloc[0]
    if (BENCH / "automaton.py").is_file():
        assert row["status"] == "ok", row["note"]
        assert row["ratio"] > 0 and row["mb_per_s"] > 0 and "bare pyahocorasick" in row["note"]
    else:
        assert row["status"] == "unavailable" and "automaton" in row["note"]
    target = [r for r in bench.targets(table) if r["target"].startswith("sector mentions")]
    assert [t["status"] for t in target] == (["met"] if row["ratio"] and row["ratio"] >= 0.33
                                             else ["not met"] if row["status"] == "ok"
                                             else ["not measured"])


_TREE = """
import os, subprocess, sys, time
kid = subprocess.Popen([sys.executable, "-c", '''
import time
block = bytearray(160 * 2**20)
for i in range(0, len(block), 4096):
    block[i] = 1
t = time.process_time()
while time.process_time() - t < 0.6:
    pass
time.sleep({sleep})
'''])
open({pidfile!r}, "w").write(str(kid.pid))
kid.wait()
print("done")
"""


def test_measure_command_counts_the_workers(bench, tmp_path):
    # the command starts a worker that touches 160 MB and burns 0.6 s of CPU: both are the
    # worker's, and both count (CPU through wait4, memory through the polled tree and maxrss)
    code = _TREE.format(sleep=0.5, pidfile=str(tmp_path / "kid"))
    res = bench.measure_command([sys.executable, "-c", code], timeout=60, log=tmp_path / "log")
    assert res["status"] == "ok" and res["returncode"] == 0
    assert res["cpu_s"] >= 0.6
    assert res["peak_mb"] >= 160 and res["total_mb"] >= 160 and res["workers_mb"] >= 160
    assert res["seconds"] >= 1.1  # 0.6 s of CPU, then 0.5 s asleep
    assert (tmp_path / "log").read_text() == "done\n"


def test_measure_command_kills_the_tree_at_its_timeout(bench, tmp_path):
    code = _TREE.format(sleep=60, pidfile=str(tmp_path / "kid"))
    res = bench.measure_command([sys.executable, "-c", code], timeout=3)
    assert res["status"] == "timeout"
    assert 3 <= res["seconds"] < 10
    kid = int((tmp_path / "kid").read_text())
    # the worker went with its parent (killed as a group): gone, or a zombie, within seconds
    # (SIGKILL is delivered at once, the exit takes a moment on a loaded machine)
    import time

    for _ in range(100):
        try:
            with open(f"/proc/{kid}/stat") as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
        except FileNotFoundError:
            state = "gone"
        if state in ("gone", "Z"):
            break
        time.sleep(0.1)
    assert state in ("gone", "Z")
    res = bench.measure_command([sys.executable, "-c", "raise SystemExit(3)"], timeout=30)
    assert res["status"] == "error" and res["returncode"] == 3


@pytest.mark.slow
def test_end_to_end_stage_smoke(bench, tmp_path):
    # the real command on 5 generated reports: every table, figure and the explorer
    out = tmp_path / "out"
    table = bench.main(
        ["--sizes", "5", "--quiet", "--out", str(out), "--cache", str(tmp_path / "cache"),
         "--stages", "reproduce", "--reproduce-timeout", "600", "--workdir", str(tmp_path)]
    )
    row = table.iloc[0]
    assert (row["stage"], row["status"], row["kind"]) == ("reproduce", "ok", "end-to-end"), row["note"]
    assert row["seconds"] > 0 and row["cpu_s"] > 0 and row["total_mb"] > 50
    assert "explorer" in row["note"] and "no explorer" not in row["note"]
    assert " 0 tables" not in row["note"] and " 0 figure files" not in row["note"]
    log = (out / "raw" / "5-reproduce.log").read_text()
    assert "explorer" in log
    md = (out / "bench.md").read_text()
    assert "## End to end: `framing reproduce`" in md
    assert "| reproduce time, 1,000 reports | 1000 |  | <= 60 s | not measured | not run |" in md
    # outputs removed after measuring
    assert not list(tmp_path.glob("framing-bench-*"))


def test_doctests_of_the_bench(bench):
    import doctest

    result = doctest.testmod(bench, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted >= 6
