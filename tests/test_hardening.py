"""Processes, outputs and word lists a careful user will meet (issue 19): workers end with their
parent, concurrent runs are refused, interrupted runs leave the outputs as they were, bad lexicon
entries are one-line errors."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from framing.errors import LexiconError, OutputError
from framing.lexicons.sectors import parse_lexicon

FRAMING = Path(sys.executable).with_name("framing")


def _children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (from /proc)."""
    kids: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            kids.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        for k in kids.get(todo.pop(), []):
            out.append(k)
            todo.append(k)
    return out


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc (Linux)")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_killing_the_main_process_ends_its_figure_workers(tmp_path, sig):
    proc = subprocess.Popen(
        [str(FRAMING), "reproduce", "--out", str(tmp_path / "out")],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    workers = []
    try:
        # the figures are drawn by Dask's local processes right after the tables line
        for line in proc.stdout:
            if line.startswith("tables "):
                break
        deadline = time.monotonic() + 30
        while not workers and time.monotonic() < deadline:
            workers = _children(proc.pid)
            time.sleep(0.05)
        assert workers, "no worker process seen"
        time.sleep(1.0)  # let the spawned workers start (they end with their parent from then on)
        workers = sorted(set(workers) | set(_children(proc.pid)))
        proc.send_signal(sig)
        proc.wait(timeout=20)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() for w in workers):
            time.sleep(0.1)
        alive = []
        for w in workers:
            try:
                state = Path(f"/proc/{w}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if state != "Z":
                alive.append(w)
        assert not alive, f"workers outlived their parent: {alive}"
        # an interrupted run leaves no half-published outputs and no staging folder in use
        assert not (tmp_path / "out" / "figures" / "README.md").exists()
    finally:
        if proc.poll() is None:
            proc.kill()
        for w in workers:
            try:
                os.kill(w, signal.SIGKILL)
            except ProcessLookupError:
                pass


def test_a_second_run_on_the_same_outputs_is_refused(tmp_path):
    from framing.report.export import _exclusive

    with _exclusive([tmp_path / "figures"]):
        proc = subprocess.run(
            [str(FRAMING), "reproduce", "--out", str(tmp_path)],
            capture_output=True, text=True, timeout=120,
        )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1
    assert "another framing run is writing to this folder" in proc.stderr


def test_a_failed_run_leaves_existing_outputs_untouched(tmp_path, monkeypatch):
    from framing.report import export

    figures = tmp_path / "figures"
    figures.mkdir()
    (figures / "README.md").write_text("old catalogue", encoding="utf-8")

    def boom(*args, **kwargs):
        raise OutputError(str(tmp_path), "no space left on device (simulated)")

    monkeypatch.setattr(export, "FIGURES", {})  # no figures: fail fast, at the explorer
    monkeypatch.setattr("framing.report.explorer.write_explorer", boom)
    with pytest.raises(OutputError):
        export.reproduce(out=tmp_path, quiet=True, workers=1)
    # the old output is still there, nothing new was published, and no staging folder is left
    assert (figures / "README.md").read_text(encoding="utf-8") == "old catalogue"
    assert not (tmp_path / "tables").exists() or not list((tmp_path / "tables").iterdir())
    assert not [p for p in tmp_path.iterdir() if ".staging-" in p.name]


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("sectors:\n  - id: a\n    label: A\n    terms: [null]\n", "empty or non-text item None"),
        ("sectors:\n  - id: a\n    label: A\n    terms: [x]\nexclusions:\n  - phrase: null\n    sectors: [a]\n",
         "'phrase' must be non-empty text, not None"),
        ("sectors:\n  - id: a\n    label: A\n    terms: [[x]]\n", "non-text item ['x']"),
    ],
)
def test_null_and_non_text_lexicon_entries_are_errors_naming_the_entry(yaml_text, message):
    with pytest.raises(LexiconError) as err:
        parse_lexicon(yaml_text, "lex.yml")
    assert message in str(err.value) and str(err.value).startswith("lex.yml: ")
    assert "\n" not in str(err.value)


def test_deeply_nested_yaml_is_an_error_not_a_recursion_error():
    deep = "a: " + "[" * 5000 + "]" * 5000 + "\n"
    with pytest.raises(LexiconError, match="nested more than 20 levels deep"):
        parse_lexicon(deep, "deep.yml")
    moderately = "sectors: " + "[" * 30 + "]" * 30 + "\n"
    with pytest.raises(LexiconError, match="nested more than 20 levels deep"):
        parse_lexicon(moderately, "deep.yml")
