"""Tests of framing.report.export: reproduce (all figures, tables, catalogue), export_figure and determinism.

One real ``reproduce`` over the study corpus runs per module (~20 s: the topic models dominate);
its analysis tables are captured and reused for the second, byte-compared run.
"""

from __future__ import annotations

import copy
import io
import os
import re
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from framing import plots
from framing.errors import AnalysisError as FigureError
from framing.report import export
from framing.report.export import FIGURES, FORMATS, catalogue, export_figure, reproduce

FRAMING = Path(sys.executable).with_name("framing")


def files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    """A real reproduce into a temporary folder; returns (root, stdout, analysis tables)."""
    root = tmp_path_factory.mktemp("run1")
    captured = {}
    bundle_of = {}  # table name -> the bundle that computed it
    real = export.analysis_tables

    def spy(*args, **kwargs):
        # what the real call returns, so that each table is written once; all of them kept here
        out = real(*args, **kwargs)
        captured.update(out)
        bundle_of.update(dict.fromkeys(out, tuple(kwargs.get("bundles") or ())))
        return out

    buf = io.StringIO()
    with pytest.MonkeyPatch.context() as mp, redirect_stdout(buf):
        mp.setattr(export, "analysis_tables", spy)
        written = reproduce(out=root)
    return root, buf.getvalue(), captured, written, bundle_of


def test_reproduce_writes_every_figure_its_table_and_the_catalogue(first_run):
    root, out, tables, written, _ = first_run
    # the three analysis modules all ran
    assert {
        "sector-mentions",
        "sector-summary-by-period",
        "keyness",
        "lexical-overview",
        "topic-terms",
        "topic-k-selection",
    } <= set(tables)
    for name, spec in FIGURES.items():
        for fmt in FORMATS:
            path = root / "figures" / f"{name}.{fmt}"
            assert path.stat().st_size > 1000, path
        assert (root / "tables" / f"{spec.table}.csv").exists()
        assert written[name] == [root / "figures" / f"{name}.{fmt}" for fmt in FORMATS]
    # every analysis table is written, not only those drawn
    assert sorted(p.stem for p in (root / "tables").glob("*.csv")) == sorted(tables)
    assert (root / "figures" / "README.md").exists()
    assert written["explorer"] == [root / "figures" / "explorer.html"]
    assert "(explorer.html)" in (root / "figures" / "README.md").read_text(encoding="utf-8")
    # PNG at 300 dpi: corpus-overview is 7 x 3 in -> 2100 x 900 pixels
    from PIL import Image

    with Image.open(root / "figures" / "corpus-overview.png") as im:
        assert im.size == (2100, 900)
        assert "Software" not in im.info
    # no version strings or dates in the metadata
    pdf = (root / "figures" / "sector-xray.pdf").read_bytes()
    assert b"/CreationDate" not in pdf and b"Matplotlib" not in pdf
    assert b"/FontFile2" in pdf  # TrueType (Type 42) fonts embedded, not Type 3
    assert b"/Subtype /Type3" not in pdf
    svg = (root / "figures" / "sector-xray.svg").read_text()
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg


def test_progress_is_one_line_per_figure(first_run):
    _, out, _, _, _ = first_run
    lines = out.splitlines()
    figure_lines = [ln for ln in lines if ln.startswith("figure ")]
    assert len(figure_lines) == len(FIGURES)
    assert figure_lines[0].startswith(f"figure  1/{len(FIGURES)} corpus-overview")
    assert lines[0].startswith("analysis ") and lines[1].startswith("tables ")
    assert lines[-1].startswith("catalogue ")


def test_second_run_is_byte_identical(first_run, tmp_path):
    root, _, tables, _, bundle_of = first_run
    assert set(bundle_of) == set(tables) and all(len(b) == 1 for b in bundle_of.values())

    def replay(*args, bundles=None, **kwargs):
        # the tables of the bundles asked for only, as the real function gives them
        return {name: copy.deepcopy(df) for name, df in tables.items() if bundle_of[name][0] in bundles}

    buf = io.StringIO()
    with pytest.MonkeyPatch.context() as mp, redirect_stdout(buf):
        mp.setattr(export, "analysis_tables", replay)
        # every figure drawn in this process this time (as a large table's is), by workers before
        mp.setattr(export, "LOCAL_FIGURE_ROWS", 0)
        reproduce(out=tmp_path, quiet=True)
    assert buf.getvalue() == ""  # quiet
    first, second = files(root), files(tmp_path)
    assert sorted(first) == sorted(second)
    # three formats per figure, the catalogue, the HTML explorer, and every table
    assert len(first) == 3 * len(FIGURES) + 1 + 1 + len(tables)
    different = [name for name in first if first[name] != second[name]]
    assert different == []


@pytest.mark.parametrize(
    ("name", "fmt"), [("keyness-top-terms", "svg"), ("sector-rates-by-period", "pdf")]
)
def test_export_in_another_process_matches_reproduce(first_run, tmp_path, name, fmt):
    # a fresh interpreter with a different string-hash seed draws the same bytes
    root = first_run[0]
    w, h = FIGURES[name].size
    env = dict(os.environ, PYTHONHASHSEED="12345")
    result = subprocess.run(
        [
            str(FRAMING),
            "export",
            name,
            "--format",
            fmt,
            "--width",
            str(w),
            "--height",
            str(h),
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(tmp_path / f"{name}.{fmt}")
    assert (tmp_path / f"{name}.{fmt}").read_bytes() == (
        root / "figures" / f"{name}.{fmt}"
    ).read_bytes()


def test_catalogue_lists_every_figure_with_caption_files_and_table(first_run):
    root, _, _, _, _ = first_run
    text = (root / "figures" / "README.md").read_text()
    for name, spec in FIGURES.items():
        section = text.split(f"## {name}\n", 1)[1].split("\n## ", 1)[0]
        assert spec.caption in section
        for fmt in FORMATS:
            assert f"({name}.{fmt})" in section
        assert f"[`{spec.table}.csv`](../tables/{spec.table}.csv)" in section
        assert f"`{spec.plot.__module__}.{spec.plot.__name__}`" in section
    # a bare catalogue (no tables) has the same sections in registry order
    bare = catalogue(FIGURES, root / "figures", root / "tables")
    assert re.findall(r"^## (.+)$", bare, flags=re.M) == [*FIGURES, "explorer"]


def mediabox(path: Path) -> list[float]:
    box = re.search(rb"/MediaBox\s*\[\s*([\d.\s]+)\]", path.read_bytes())
    return [float(v) for v in box.group(1).split()]


def test_export_figure_writes_the_requested_page_size(tmp_path):
    path = export_figure("top-terms-by-period", fmt="pdf", width=7, height=3, out=tmp_path)
    assert path == tmp_path / "top-terms-by-period.pdf"
    assert mediabox(path) == [0.0, 0.0, 504.0, 216.0]  # 7 in x 72 pt = 504 pt; 3 in x 72 = 216 pt
    # single column: 3.5 in wide, the figure's single-column height (6.5 in, panels stacked)
    assert FIGURES["top-terms-by-period"].single_height == 6.5
    path = export_figure("top-terms-by-period", fmt="pdf", width=3.5, out=tmp_path)
    assert mediabox(path) == [0.0, 0.0, 252.0, 468.0]  # 3.5 x 72, 6.5 x 72
    png = export_figure("top-terms-by-period", fmt="png", width=3.5, height=5, out=tmp_path)
    from PIL import Image

    with Image.open(png) as im:
        assert im.size == (1050, 1500)  # 3.5 x 300, 5 x 300 pixels


def test_unknown_figure_name_lists_the_valid_ones(capsys):
    with pytest.raises(FigureError) as err:
        export_figure("sector-rates", out=".")
    msg = str(err.value)
    assert msg.startswith("figure 'sector-rates': unknown figure; valid names: corpus-overview, ")
    assert all(name in msg for name in FIGURES)
    assert "\n" not in msg
    # the command line: one line on standard error, exit status 2
    from framing.cli import main

    assert main(["export", "no-such-figure"]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "valid names" in captured.err


def test_bad_format_or_size_is_an_input_error(tmp_path):
    with pytest.raises(FigureError, match="unknown format 'gif'"):
        export_figure("sector-xray", fmt="gif", out=tmp_path)
    with pytest.raises(FigureError, match="width must be between 0 and 50 inches, got 0"):
        export_figure("sector-xray", width=0, out=tmp_path)
    assert not list(tmp_path.iterdir())  # nothing written


def test_registry_names_content_and_points_at_real_functions():
    from framing.report.tables import BUNDLES

    assert len(FIGURES) >= 13 and "sector-trend" in FIGURES
    for name, spec in FIGURES.items():
        assert spec.name == name and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", name)
        # a function reference, not a name looked up at run time
        assert callable(spec.plot) and spec.plot.__name__.startswith("textplot_")
        assert getattr(plots, spec.plot.__name__) is spec.plot
        assert spec.bundle in BUNDLES
        assert spec.size[0] <= plots.SIZES["full"]
