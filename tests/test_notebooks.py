"""The study notebooks: paired, stored clean, start with a parameters cell, and run top to bottom.

Each notebook is a jupytext pair (``notebooks/jupytext.toml``): ``NN-name.py`` in the percent format
and ``NN-name.ipynb`` with the same cells, stored without outputs. The fast tests (unmarked) read the
stored files and check that the two halves of each pair agree and that ``jupytext --sync`` leaves them
byte for byte as they are. The ``notebook``-marked tests execute each stored ``.ipynb`` in a fresh
``python3`` kernel with nbclient, working directory ``notebooks/``, and fail on any error; one more
runs a notebook through papermill with its parameters overridden.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import tomllib
from pathlib import Path

import jupytext
import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"
EXPECTED = [
    "01-corpus-overview.ipynb",
    "02-term-frequencies-and-keyness.ipynb",
    "03-sector-mentions.ipynb",
    "04-topic-models.ipynb",
    "05-framing-comparison.ipynb",
    "06-explore.ipynb",
    "07-over-time.ipynb",
    "08-formulae-and-continuity.ipynb",
]
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("[0-9][0-9]-*.ipynb"))
SCRIPTS = sorted(NOTEBOOK_DIR.glob("[0-9][0-9]-*.py"))
CELL_TIMEOUT = 300  # seconds per cell
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def _read(path: Path):
    return nbformat.read(path, as_version=4)


def _cells(nb):
    """What a pair must agree on: each cell's type, source and tags."""
    return [(c.cell_type, c.source, c.metadata.get("tags", [])) for c in nb.cells]


def test_every_study_notebook_is_present():
    assert [p.name for p in NOTEBOOKS] == EXPECTED


def test_every_notebook_is_a_jupytext_pair():
    assert [p.stem for p in SCRIPTS] == [p.stem for p in NOTEBOOKS]
    config = tomllib.loads((NOTEBOOK_DIR / "jupytext.toml").read_text(encoding="utf-8"))
    assert config["formats"] == "ipynb,py:percent"
    assert not (NOTEBOOK_DIR / "_build.py").exists()  # the .py files are the source now


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.stem)
def test_py_and_ipynb_have_the_same_cells(path):
    script = jupytext.read(path)
    stored = jupytext.read(path.with_suffix(".ipynb"))
    assert script.metadata["kernelspec"] == KERNELSPEC
    pairs = list(zip(_cells(script), _cells(stored), strict=False))
    for i, (from_py, from_ipynb) in enumerate(pairs):
        assert from_py == from_ipynb, (
            f"{path.name} and its .ipynb differ at cell {i}: run `jupytext --sync notebooks/*.py` "
            "(or save the notebook in JupyterLab with jupytext installed)"
        )
    assert len(script.cells) == len(stored.cells), f"{path.name}: cell counts differ; run jupytext --sync"


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.stem)
def test_py_file_marks_its_parameters_cell_for_papermill(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    first_code = next(line for line in lines if line.startswith("# %%") and "[markdown]" not in line)
    assert first_code == '# %% tags=["parameters"]'


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.stem)
def test_sync_leaves_the_stored_pair_unchanged(path, tmp_path):
    # `jupytext --sync` from either side is a no-op on the stored files: same bytes, same cell ids.
    from jupytext.cli import jupytext as jupytext_cli

    shutil.copy(NOTEBOOK_DIR / "jupytext.toml", tmp_path)
    py, ipynb = tmp_path / path.name, tmp_path / path.with_suffix(".ipynb").name
    shutil.copy(path, py)
    shutil.copy(path.with_suffix(".ipynb"), ipynb)
    expected = {py: py.read_bytes(), ipynb: ipynb.read_bytes()}
    for newer, older in ((py, ipynb), (ipynb, py)):
        os.utime(older, (1_700_000_000, 1_700_000_000))
        os.utime(newer, (1_700_000_100, 1_700_000_100))
        jupytext_cli(["--sync", "--quiet", str(newer)])
        for f, content in expected.items():
            assert f.read_bytes() == content, f"{f.name} changes when synced from {newer.name}"


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.stem)
def test_notebook_does_not_redefine_the_shared_helpers(path):
    # helpers that notebooks share live in framing.report.notebook (tested there), not in cells
    from framing.report import notebook as helpers

    defined = {n.name for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.FunctionDef)}
    assert not defined & set(helpers.__all__)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_stored_without_outputs(path):
    nb = _read(path)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"] == KERNELSPEC
    # no widget state or editor settings (JupyterLab adds language_info on save: allowed)
    assert set(nb.metadata) <= {"kernelspec", "jupytext", "language_info"}, sorted(nb.metadata)
    ids = [cell.id for cell in nb.cells]
    assert len(set(ids)) == len(ids), f"{path.name}: duplicate cell ids"
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name}: cell {i} has stored outputs"
            assert cell.execution_count is None, f"{path.name}: cell {i} has an execution count"
        # widget state or attachments would also be stored output
        assert "attachments" not in cell or not cell.attachments, f"{path.name}: cell {i}"
    assert "widgets" not in nb.metadata


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_starts_with_a_parameters_cell(path):
    nb = _read(path)
    code = [c for c in nb.cells if c.cell_type == "code"]
    first = code[0]
    assert "parameters" in first.metadata.get("tags", [])
    # the four parameters, with their documented defaults: the study file, then None = the study's value
    assert re.search(r'^STUDY = "\.\./study\.yml"', first.source, re.M)
    assert re.search(r"^CORPUS = None\b", first.source, re.M)
    assert re.search(r"^PERIODS = None\b", first.source, re.M)
    assert re.search(r"^RANDOM_STATE = None\b", first.source, re.M)
    # nothing but markdown may come before it
    assert all(c.cell_type == "markdown" for c in nb.cells[: nb.cells.index(first)])


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.stem)
def test_notebook_takes_study_facts_from_the_study_file(path):
    # the periods compared come from study.yml (or the PERIODS parameter), never from literals in cells
    source = path.read_text(encoding="utf-8")
    code = "\n".join(c.source for c in jupytext.read(path).cells if c.cell_type == "code")
    assert not re.search(r"""["']\d{4}-\d{2}["']""", code), path.name
    assert "study_analysis(STUDY, corpus=CORPUS, periods=PERIODS, random_state=RANDOM_STATE)" in source
    # the old API is gone: no module that no longer exists, no shim
    for old in ("framing.frequencies", "framing.widgets", "framing.explorer", "framing.export", "framing.text"):
        assert not re.search(rf"\b{re.escape(old)}\b", code), f"{path.name} uses {old}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_does_not_write_into_the_tracked_outputs(path):
    # figures/ and data/processed/ belong to `framing reproduce`; a notebook may only show figures.
    source = "\n".join(c.source for c in _read(path).cells if c.cell_type == "code")
    for forbidden in ("figures/", "data/processed", "reproduce(", "export_figure(", ".savefig(", ".to_csv("):
        assert forbidden not in source, f"{path.name} uses {forbidden!r}"


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_top_to_bottom(path, tmp_path, monkeypatch):
    from nbclient import NotebookClient

    # Matplotlib and IPython caches go to a temp dir: a run leaves nothing behind in the tree.
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = _read(path)
    client = NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK_DIR)}},
        allow_errors=False,
    )
    client.execute()  # raises CellExecutionError (with the traceback) on the first failing cell
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for out in cell.outputs:
            assert out.output_type != "error", f"{path.name}: {out.get('ename')}"
            # a warning printed to stderr is a sign of a silent problem (e.g. pandas deprecations)
            if out.output_type == "stream" and out.name == "stderr":
                raise AssertionError(f"{path.name}: stderr output: {out.text[:500]}")


@pytest.mark.notebook
def test_papermill_runs_a_notebook_with_other_parameters(tmp_path, monkeypatch):
    # the `parameters` tag is what papermill looks for: it injects the new values right after that cell
    import papermill

    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    corpus = str(ROOT / "data" / "raw")
    out = tmp_path / "01-corpus-overview.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOK_DIR / "01-corpus-overview.ipynb"),
        str(out),
        parameters={"CORPUS": corpus, "PERIODS": ["2025-10", "2026-02"], "RANDOM_STATE": 1},
        kernel_name="python3",
        cwd=str(NOTEBOOK_DIR),
        progress_bar=False,
    )
    nb = _read(out)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "parameters" in code[0].metadata["tags"]
    injected = code[1]
    assert "injected-parameters" in injected.metadata["tags"]
    assert f"CORPUS = {corpus!r}" in injected.source.replace('"', "'")
    assert "RANDOM_STATE = 1" in injected.source
    assert "PERIODS = ['2025-10', '2026-02']" in injected.source.replace('"', "'")
    for cell in code:
        assert all(o.output_type != "error" for o in cell.outputs)
    # the corpus table of the setup cell shows the two reports of the folder
    table = next(o for o in code[2].outputs if o.output_type == "execute_result")
    assert "2025-10" in table.data["text/plain"] and "2026-02" in table.data["text/plain"]
