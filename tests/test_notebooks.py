"""The study notebooks: stored clean, start with a parameters cell, and run top to bottom.

The fast tests (unmarked) read the stored JSON only. The ``notebook``-marked tests execute each notebook
in a fresh ``python3`` kernel with nbclient, working directory ``notebooks/``, and fail on any error.
"""

from __future__ import annotations

import re
from pathlib import Path

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
]
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("[0-9][0-9]-*.ipynb"))
CELL_TIMEOUT = 300  # seconds per cell


def _read(path: Path):
    return nbformat.read(path, as_version=4)


def test_every_study_notebook_is_present():
    assert [p.name for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_stored_without_outputs(path):
    nb = _read(path)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
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
    # the three parameters, with their documented defaults
    assert re.search(r"^CORPUS = None\b", first.source, re.M)
    assert re.search(r'^PERIODS = \("2025-10", "2026-02"\)', first.source, re.M)
    assert re.search(r"^RANDOM_STATE = 0\b", first.source, re.M)
    # nothing but markdown may come before it
    assert all(c.cell_type == "markdown" for c in nb.cells[: nb.cells.index(first)])


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
