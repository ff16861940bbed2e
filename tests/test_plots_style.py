"""Tests of framing.plots.style and of the package's face: colours, sizes, the house style, the
helpers that take sector order, labels and colours from the tables and the caller, and the rules
every figure module follows (keyword-only options, documented defaults, runnable examples)."""

from __future__ import annotations

import ast
import doctest
import importlib
import inspect
import itertools
import math
import re
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pandas as pd
import pytest

from framing import plots
from framing.lexicons import load_lexicon
from framing.plots import (
    FALLBACK_COLOURS,
    PERIOD_COLOURS,
    figure_style,
    period_styles,
    sector_colour,
    sector_colours,
    sector_label,
    sector_labels,
    sector_order,
    side_styles,
)

P1, P2 = "2025-10", "2026-02"
PLOTS_DIR = Path(plots.__file__).parent
MODULES = [
    "framing.plots",
    *(f"framing.plots.{p.stem}" for p in sorted(PLOTS_DIR.glob("[a-z]*.py"))),
]


def luminance(hex_colour: str) -> float:
    """Grey value of a colour as printed (ITU-R BT.601 weights, 0 = black, 1 = white)."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return (0.299 * r + 0.587 * g + 0.114 * b) / 255


# ---------------------------------------------------------------------------------------------
# the sector colours of the packaged lexicon (sectors.yml `colour:`)
# ---------------------------------------------------------------------------------------------


def test_every_sector_of_the_lexicon_has_its_own_colour():
    lex = load_lexicon()
    colours = lex.colours()
    assert list(colours) == list(lex.sectors) and len(lex.sectors) == 16
    assert len(set(colours.values())) == 16
    assert all(re.fullmatch(r"#[0-9A-F]{6}", c) for c in colours.values())
    # no two sector colours are near-identical: Euclidean RGB distance; the closest pair is culture
    # #CC79A7 and people #CC6677: sqrt(0 + (0x79-0x66)^2 + (0xA7-0x77)^2) = sqrt(19^2 + 48^2) = 51.6
    rgb = {s: np.array([int(c[i : i + 2], 16) for i in (1, 3, 5)]) for s, c in colours.items()}
    dists = {
        (a, b): float(np.linalg.norm(rgb[a] - rgb[b]))
        for a, b in itertools.combinations(lex.sectors, 2)
    }
    assert min(dists.values()) == pytest.approx(math.sqrt(19**2 + 48**2))
    assert min(dists, key=dists.get) == ("culture", "people")


def test_neighbouring_sectors_differ_in_grey():
    lex = load_lexicon()
    colours = lex.colours()
    # listed next to each other in every figure, so they must differ when printed in grey
    for a, b in itertools.pairwise(lex.sectors):
        assert abs(luminance(colours[a]) - luminance(colours[b])) >= 0.12, (a, b)
    # energy #F0E442: (0.299*240 + 0.587*228 + 0.114*66) / 255 = 213.12 / 255 = 0.836; oil_gas black = 0
    assert luminance(colours["energy"]) == pytest.approx(213.12 / 255)
    assert luminance(colours["oil_gas"]) == 0.0


def test_periods_differ_in_grey_and_hatch():
    # #004488: (0.587*68 + 0.114*136) / 255 = 55.42/255 = 0.217; #DDAA33: 171.683/255 = 0.673
    assert luminance(PERIOD_COLOURS[0]) == pytest.approx(55.42 / 255)
    assert luminance(PERIOD_COLOURS[1]) == pytest.approx(171.683 / 255)
    st = period_styles([P2, P1, P2])  # sorted in time, duplicates ignored
    assert list(st) == [P1, P2]
    assert st[P1]["color"] == PERIOD_COLOURS[0] and st[P1]["hatch"] == ""
    assert st[P2]["color"] == PERIOD_COLOURS[1] and st[P2]["hatch"] != ""
    assert st[P1]["marker"] != st[P2]["marker"]


def test_twelve_groups_each_have_their_own_style():
    from framing.plots import MAX_GROUP_STYLES, PERIOD_HATCHES, PERIOD_MARKERS

    assert MAX_GROUP_STYLES == len(PERIOD_COLOURS) == len(PERIOD_HATCHES) == len(PERIOD_MARKERS) == 12
    # the first two as before (the study's figures do not change)
    assert PERIOD_COLOURS[:2] == ("#004488", "#DDAA33") and PERIOD_HATCHES[:2] == ("", "////")
    assert PERIOD_MARKERS[:2] == ("o", "s")
    # every style differs in colour, hatch and marker: groups read apart in grey and without colour
    for styles in (PERIOD_COLOURS, PERIOD_HATCHES, PERIOD_MARKERS):
        assert len(set(styles)) == 12
    # neighbouring groups (drawn next to each other) differ in grey too
    for a, b in itertools.pairwise(PERIOD_COLOURS):
        assert abs(luminance(a) - luminance(b)) >= 0.12, (a, b)
    groups = [f"20{y:02d}-01" for y in range(14)]
    st = period_styles(groups)
    assert [st[g]["color"] for g in groups[:12]] == list(PERIOD_COLOURS)
    assert st[groups[12]] == st[groups[0]]  # from the 13th on the styles repeat
    # named groups keep the order they are given (the study file's), not the alphabet
    st = period_styles(["before", "after", "during"], order=["before", "during", "after"])
    assert list(st) == ["before", "during", "after"]
    assert st["before"]["color"] == PERIOD_COLOURS[0] and st["after"]["color"] == PERIOD_COLOURS[2]


def test_figure_style_sets_deterministic_output_and_restores():
    before = mpl.rcParams["svg.hashsalt"]
    with figure_style():
        assert mpl.rcParams["pdf.fonttype"] == 42
        assert mpl.rcParams["svg.fonttype"] == "path"
        assert mpl.rcParams["svg.hashsalt"] == "framing"
        assert mpl.rcParams["font.sans-serif"][0] == "DejaVu Sans"
        assert mpl.rcParams["savefig.dpi"] == 300
    assert mpl.rcParams["svg.hashsalt"] == before
    assert plots.SIZES == {"full": 7.0, "single": 3.5}
    assert plots.style_path().is_file()


# ---------------------------------------------------------------------------------------------
# order, labels and colours: from the tables and the caller
# ---------------------------------------------------------------------------------------------


def test_sector_order_follows_labels_then_the_table():
    labels = {"c": "C", "a": "A", "z": "Z"}
    assert sector_order(["a", "b", "c", "b", None], labels) == ["c", "a", "b"]
    assert sector_order(["a", "b"], labels, every=True) == ["c", "a", "z", "b"]
    assert sector_order(["b", "a"]) == ["b", "a"]  # no labels: order of first appearance


def test_sector_labels_caller_wins_over_table_then_id():
    table = pd.DataFrame({"sector": ["a", "b", "a"], "label": ["Apples", "Bees", "ignored"]})
    names = sector_labels(table, {"b": "Honey bees"})
    assert names == {"a": "Apples", "b": "Honey bees"}
    assert [sector_label(s, names) for s in ["a", "b", "c"]] == ["Apples", "Honey bees", "c"]
    # a topic table's `label` is a topic's, not a sector's: only tables with `sector` are read
    assert sector_labels(pd.DataFrame({"topic": [1], "label": ["x"]})) == {}


def test_sector_without_colour_gets_a_deterministic_fallback_by_position():
    order = ["a", "b", "c", "d"]
    palette = sector_colours(order, {"b": "#112233"})
    assert palette == {
        "a": FALLBACK_COLOURS[0],
        "b": "#112233",
        "c": FALLBACK_COLOURS[2],
        "d": FALLBACK_COLOURS[3],
    }
    assert sector_colours(order, {"b": "#112233"}) == palette  # same every time
    assert sector_colour("x", None, position=len(FALLBACK_COLOURS) + 1) == FALLBACK_COLOURS[1]
    # the fallback cycle is colour-blind safe (Okabe & Ito) and distinct
    assert len(set(FALLBACK_COLOURS)) == len(FALLBACK_COLOURS) == 8


def test_side_styles_default_and_given():
    present = ["joint", "south", "narrator", "north", "south"]
    # default: first appearance, narrator and joint last, id with a capital first letter
    assert side_styles(present) == {
        "south": ("South", FALLBACK_COLOURS[0]),
        "north": ("North", FALLBACK_COLOURS[1]),
        "narrator": ("Narrator", FALLBACK_COLOURS[2]),
        "joint": ("Joint", FALLBACK_COLOURS[3]),
    }
    given = {
        "narrator": ("The agency", "#777777"),
        "north": ("N", "#0077BB"),
        "east": ("E", "#000000"),
    }
    styles = side_styles(present, given)
    # given order first (only sides of the table), then the others as in the default
    assert list(styles) == ["narrator", "north", "south", "joint"]
    assert styles["narrator"] == ("The agency", "#777777") and styles["north"] == ("N", "#0077BB")
    assert styles["south"][0] == "South"


# ---------------------------------------------------------------------------------------------
# the package's face and the rules every figure follows
# ---------------------------------------------------------------------------------------------


def textplot_functions():
    return [getattr(plots, n) for n in plots.__all__ if n.startswith("textplot_")]


def test_package_reexports_every_figure_and_style_helper():
    from framing.plots import figure_style as fs
    from framing.plots import textplot_keyness  # noqa: F401

    assert fs is plots.style.figure_style
    families = [p.stem for p in sorted(PLOTS_DIR.glob("[a-z]*.py"))]
    assert {"corpus", "sectors", "terms", "topics", "trends", "style"} <= set(families)
    defined = {
        n for f in families for n in importlib.import_module(f"framing.plots.{f}").__all__
        if n.startswith("textplot_")
    }
    assert {f.__name__ for f in textplot_functions()} == defined and len(defined) >= 14
    for name in plots.__all__:
        assert getattr(plots, name) is not None, name
    for module in ("corpus", "sectors", "terms", "topics", "trends", "style"):
        mod = importlib.import_module(f"framing.plots.{module}")
        for name in mod.__all__:
            assert getattr(plots, name) is getattr(mod, name), name


@pytest.mark.parametrize("func", textplot_functions(), ids=lambda f: f.__name__)
def test_figures_take_keyword_only_options_documented_with_defaults(func):
    params = list(inspect.signature(func).parameters.values())
    assert params[0].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD  # the table
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params[1:]), func.__name__
    doc = inspect.getdoc(func)
    for p in params[1:]:
        # "name : type, default=value" (or "target, reference : str, default=None")
        line = next(
            ln for ln in doc.splitlines() if re.match(rf"(\w+, )*{p.name}( , \w+|, \w+)* :", ln)
        )
        assert f"default={p.default!r}" in line.replace('"', "'"), (func.__name__, line)
    assert "Examples\n--------\n>>> " in doc


@pytest.mark.parametrize("name", MODULES)
def test_examples_run_as_doctests(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0


def test_no_figure_module_imports_private_names_or_holds_study_facts():
    study = re.compile(r"""["'](2025-10|2026-02|vietnam|russia)["']""", re.IGNORECASE)
    for path in sorted(PLOTS_DIR.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert not study.search(text), path.name
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("framing"):
                private = [a.name for a in node.names if a.name.startswith("_")]
                assert not private, f"{path.name} imports {node.module}.{private}"
    assert not (PLOTS_DIR.parent / "plots.py").exists()
