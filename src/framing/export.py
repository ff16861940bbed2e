"""Reproduce every figure and table: ``framing reproduce`` (run by ``make figures``) and ``framing export``.

:data:`FIGURES` is the registry: figure name -> caption, the analysis table drawn, the ``textplot_*``
function that draws it and its default size. :func:`reproduce` computes all analysis tables from the
corpus (sectors, keyness, topics), writes each as CSV to ``data/processed/`` and each figure as PNG
(300 dpi), SVG and PDF to ``figures/`` with a catalogue ``figures/README.md``.
:func:`export_figure` writes one figure at a report size.

Output is deterministic, so that a committed figure changes only when its data or code does: the
style fixes ``svg.hashsalt`` and draws SVG text as paths, and no date, software name or version
string is written into the files' metadata. Every file is written atomically (:mod:`framing.io`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from framing.errors import InputError
from framing.io import write_csv, write_text, write_with

__all__ = [
    "FIGURES",
    "FORMATS",
    "FigureSpec",
    "FigureError",
    "analysis_tables",
    "draw_figure",
    "save_figure",
    "catalogue",
    "reproduce",
    "export_figure",
]

#: Formats written by :func:`reproduce`, in order.
FORMATS = ("png", "svg", "pdf")
#: Resolution of PNG files (dots per inch).
PNG_DPI = 300

# No dates, software names or versions in the files: byte-identical output from run to run.
_METADATA = {
    "pdf": {"Creator": "framing", "Producer": "framing", "CreationDate": None, "ModDate": None},
    "svg": {"Creator": "framing", "Date": None},
    "png": {"Software": None},
}


class FigureError(InputError):
    """A bad figure request (unknown name, format or size); one line naming the problem."""


@dataclass(frozen=True)
class FigureSpec:
    """One entry of the figure registry.

    Attributes
    ----------
    name : str
        File stem, named by content (``sector-rates-by-period``).
    caption : str
        What the figure shows and how to read it (goes into ``figures/README.md``).
    table : str
        Name of the analysis table drawn; it is written as ``data/processed/<table>.csv``.
    plot : str
        Name of the drawing function in :mod:`framing.plots`.
    source : str
        Analysis module computing the table: ``sectors``, ``keyness`` or ``topics``.
    size : (float, float)
        Default width and height in inches (full report width is 7 in).
    options : callable, optional
        ``options(tables) -> dict`` of extra keyword arguments for the plot function (sector
        labels from the lexicon, the names of the keyness groups).
    single_height : float, optional
        Default height at single-column width (3.5 in), where panels are stacked; None for the
        figures that only read well at full width (they can still be exported narrower).
    """

    name: str
    caption: str
    table: str
    plot: str
    source: str
    size: tuple[float, float] = (7.0, 4.5)
    options: Callable[[dict], dict] | None = None
    single_height: float | None = None


def _sector_options(tables: dict) -> dict:
    """Sector display names from the packaged lexicon, so every figure names sectors alike."""
    from framing.sectors import load_lexicon

    lex = load_lexicon()
    return {"labels": {s: lex.label(s) for s in lex.sectors}}


def _keyness_options(tables: dict) -> dict:
    """Names of the keyness groups: the latest period is the target, the earliest the reference."""
    for name, col in (("lexical-overview", "period"), ("term-frequencies", "group")):
        if name in tables and col in tables[name].columns:
            periods = sorted({str(p) for p in tables[name][col].dropna()})
            if len(periods) >= 2:
                return {"target": periods[-1], "reference": periods[0]}
    return {}


_SPECS = (
    FigureSpec(
        "corpus-overview",
        "The two reports at a glance: tokens, distinct types, type–token ratio, sentences, mean "
        "sentence length and paragraphs per report. The reports are short (a few hundred tokens "
        "each), so every rate in the other figures rests on small counts.",
        "lexical-overview",
        "textplot_corpus_overview",
        "keyness",
        (7.0, 3.0),
        single_height=4.2,
    ),
    FigureSpec(
        "sector-rates-by-period",
        "Sector mentions per 1,000 tokens in each period, every sector of the lexicon listed (0 = "
        "never named). The number at each bar is the raw count of mentions: with two short "
        "reports, read every rate together with its count.",
        "sector-summary-by-period",
        "textplot_sector_rates",
        "sectors",
        (7.0, 5.2),
        _sector_options,
        single_height=5.2,
    ),
    FigureSpec(
        "sector-rate-difference",
        "Change in each sector's rate of mention from the earlier to the later period (later minus "
        "earlier, mentions per 1,000 tokens) with a 95% bootstrap interval over sentences. On the "
        "right: counts and shares of all sector mentions in each period, Fisher's exact test p and "
        "odds ratio. Hollow grey points are sectors with too few mentions to conclude; an interval "
        "that includes zero means the change is not established.",
        "sector-period-difference",
        "textplot_sector_difference",
        "sectors",
        (7.0, 5.0),
        _sector_options,
        single_height=5.0,
    ),
    FigureSpec(
        "sector-xray",
        "Where each sector is mentioned within each report (0 = first character of the body, 1 = "
        "last): one tick per mention, mention count at the right. Shows which sectors open a "
        "report and which are confined to one passage.",
        "sector-mentions",
        "textplot_sector_xray",
        "sectors",
        (7.0, 4.8),
        _sector_options,
        single_height=7.0,
    ),
    FigureSpec(
        "sector-by-side",
        "Who voices each sector: sector mentions by the side of the sentence's speaker (narrator = "
        "the agency's own voice; joint = both sides or both leaders), one panel per period. Cells "
        "give counts; speakers are attributed by reporting verbs, so misattributions are possible.",
        "sector-by-side",
        "textplot_sector_sides",
        "sectors",
        (7.0, 4.8),
        _sector_options,
        single_height=7.5,
    ),
    FigureSpec(
        "sector-cooccurrence",
        "Sectors named in the same sentence, both reports together: the number of sentences "
        "naming both sectors (· = none). Only sectors that share a sentence with another appear.",
        "sector-cooccurrence",
        "textplot_sector_cooccurrence",
        "sectors",
        (6.0, 5.4),
        _sector_options,
    ),
    FigureSpec(
        "keyness-top-terms",
        "Key terms each way between the periods. Left: signed log-likelihood G² (Rayson & Garside "
        "2000; dashed line = 3.84, p = .05 unadjusted; hollow bars are not significant after "
        "Benjamini–Hochberg adjustment). Right: effect size as Log Ratio (Hardie 2014) with the "
        "counts in each period. Terms tied on G² at the cut-off are taken alphabetically. With two "
        "short texts, a large Log Ratio on a count of 2 or 3 is weak evidence.",
        "keyness",
        "textplot_keyness",
        "keyness",
        (7.0, 5.8),
        _keyness_options,
        single_height=8.0,
    ),
    FigureSpec(
        "log-odds-by-frequency",
        "Log-odds ratio z-score with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008) "
        "against each term's count in both periods (log scale). Points beyond ±1.96 (dashed, "
        "unadjusted) are coloured by the period they are key in and labelled; the prior shrinks "
        "rare terms towards zero.",
        "keyness",
        "textplot_log_odds",
        "keyness",
        (7.0, 4.4),
        _keyness_options,
        single_height=4.6,
    ),
    FigureSpec(
        "top-terms-by-period",
        "The most frequent terms (stems shown by their most frequent form; stopwords excluded) in "
        "each period, rate per 1,000 tokens with the raw count printed at each bar; ties at the "
        "cut-off are broken by the table's rank, then alphabetically.",
        "term-frequencies",
        "textplot_top_terms",
        "keyness",
        (7.0, 4.4),
        single_height=6.5,
    ),
    FigureSpec(
        "topic-top-terms",
        "Top terms of each topic fitted to the sentences that mention a sector, for the seeded "
        "NMF, plain NMF (TF-IDF) and LDA (counts) fits side by side, terms in LDAvis relevance "
        "order; bar length is the topic–term weight relative to the largest shown, colour the "
        "topic's (seed or dominant) sector, bold a seed term; 'stab.' is the topic's stability "
        "across random starts (mean best-match Jaccard of top-10 terms). Topics from a few dozen "
        "passages are fragile: read them with their stability.",
        "topic-terms",
        "textplot_topic_terms",
        "topics",
        (7.0, 5.0),
    ),
    FigureSpec(
        "topic-proportions-by-period",
        "Mean topic proportion over the passages of each period with a 95% bootstrap interval over "
        "passages. Overlapping intervals mean the periods cannot be told apart on that topic.",
        "topic-proportions-by-period",
        "textplot_topic_proportions",
        "topics",
        (7.0, 4.0),
        single_height=5.0,
    ),
    FigureSpec(
        "topic-k-selection",
        "Choosing the number of topics k for each method: coherence (mean NPMI of top-term pairs "
        "over passages), diversity (share of unique terms among the topics' top terms) and "
        "stability (mean best-match Jaccard similarity of top-10 terms across seeds, Greene et al. "
        "2014).",
        "topic-k-selection",
        "textplot_k_selection",
        "topics",
        (7.0, 2.6),
        single_height=5.5,
    ),
)

#: Figure registry: name -> :class:`FigureSpec`, in catalogue order.
FIGURES = {spec.name: spec for spec in _SPECS}

# analysis module -> function returning its dict of tables (all take docs and a random_state or not)
_SOURCES = {
    "sectors": ("framing.sectors", "sector_tables", True),
    "keyness": ("framing.frequencies", "keyness_tables", False),
    "topics": ("framing.topics", "topic_tables", True),
}


def _use_agg() -> None:
    """Render off-screen with Agg, unless pyplot is in use or the user chose a backend.

    Switching the backend closes pyplot's figures, and in Jupyter ``MPLBACKEND`` selects the
    inline backend; the figures here never go through pyplot, so Agg is only the default.
    """
    if "matplotlib.pyplot" not in sys.modules and not os.environ.get("MPLBACKEND"):
        import matplotlib

        matplotlib.use("Agg")


def _spec(name: str) -> FigureSpec:
    if name not in FIGURES:
        raise FigureError(name, f"unknown figure; valid names: {', '.join(FIGURES)}")
    return FIGURES[name]


def analysis_tables(docs, sources=None, random_state: int = 0, strict: bool = True) -> dict:
    """Compute the analysis tables behind the figures.

    Parameters
    ----------
    docs : DataFrame
        The corpus table (:func:`framing.corpus.load_corpus`).
    sources : iterable of str, optional
        Which analysis modules to run (``sectors``, ``keyness``, ``topics``; default all).
    random_state : int
        Seed passed to the modules with random steps (bootstrap, topic fits).
    strict : bool
        If False, a module that is not installed is skipped (with a line on standard error)
        instead of raising ``ModuleNotFoundError``.

    Returns
    -------
    dict
        table name (e.g. ``sector-summary-by-period``) -> DataFrame, in module order.
    """
    import importlib
    import inspect

    tables = {}
    for source in sources or _SOURCES:
        module_name, func_name, seeded = _SOURCES[source]
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as err:
            if strict or err.name != module_name:
                raise
            print(
                f"framing: {module_name} not available; its tables and figures are skipped",
                file=sys.stderr,
            )
            continue
        func = getattr(module, func_name)
        kwargs = {"random_state": random_state} if seeded else {}
        if "sector-mentions" in tables and "mentions" in inspect.signature(func).parameters:
            kwargs["mentions"] = tables["sector-mentions"]  # found once, reused by the topic models
        tables.update(func(docs, **kwargs))
    return tables


def draw_figure(name: str, tables: dict, size=None):
    """Draw one registered figure from the analysis tables; return the matplotlib Figure.

    Parameters
    ----------
    name : str
        A key of :data:`FIGURES`.
    tables : dict
        Table name -> DataFrame (at least the figure's table).
    size : (float, float), optional
        Width and height in inches (default: the registry's size).
    """
    from framing import plots

    spec = _spec(name)
    if spec.table not in tables:
        raise FigureError(name, f"needs the table {spec.table!r}, which was not computed")
    options = spec.options(tables) if spec.options else {}
    return getattr(plots, spec.plot)(
        tables[spec.table], figsize=tuple(size or spec.size), **options
    )


def save_figure(fig, target, fmt: str | None = None, dpi: int = PNG_DPI) -> Path:
    """Save ``fig`` atomically and deterministically (house style, no dates or versions in metadata).

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    target : str or PathLike
        Output file; its folder is created if needed.
    fmt : {"png", "svg", "pdf"}, optional
        Default: the target's extension.
    dpi : int
        Resolution for PNG (dots per inch).
    """
    from framing.plots import figure_style

    target = Path(target)
    fmt = (fmt or target.suffix.lstrip(".")).lower()
    if fmt not in _METADATA:
        raise FigureError(target, f"unknown format {fmt!r}; valid formats: {', '.join(FORMATS)}")
    with figure_style():
        _freeze_layout(fig)
        return write_with(
            target, lambda tmp: fig.savefig(tmp, format=fmt, dpi=dpi, metadata=_METADATA[fmt])
        )


def _freeze_layout(fig, dpi: int = PNG_DPI) -> None:
    """Run the constrained layout once, then keep it: every format gets the same positions.

    Otherwise the layout is redone at each save with that format's text metrics, and a figure's
    SVG would depend on whether a PNG was saved before it (reproduce vs export). The layout is
    computed with Agg at the PNG resolution: text extents there match the vector formats, and
    no PDF font subsetting is needed to measure them.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.layout_engine import ConstrainedLayoutEngine, TightLayoutEngine

    if isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine | TightLayoutEngine):
        original = fig.dpi
        FigureCanvasAgg(fig)
        fig.set_dpi(dpi)
        try:
            fig.canvas.draw()
        finally:
            fig.set_dpi(original)
        fig.set_layout_engine("none")


def _rel(path: Path, start: Path) -> str:
    return Path(os.path.relpath(path.resolve(), start.resolve())).as_posix()


def catalogue(names, out: Path, tables_dir: Path, tables: dict | None = None) -> str:
    """Markdown catalogue of the figures: caption, files and the table behind each.

    Parameters
    ----------
    names : iterable of str
        Figures to list (keys of :data:`FIGURES`), in order.
    out : Path
        Folder of the figures (links are relative to it).
    tables_dir : Path
        Folder of the CSV tables.
    tables : dict, optional
        The tables, to list their columns and number of rows.
    """
    lines = [
        "# Figures",
        "",
        "Generated by `framing reproduce` (`make figures`) from the reports in `data/raw/`; do not edit",
        "by hand. Each figure comes as PNG (300 dpi), SVG and PDF (fonts embedded). The table behind",
        "each figure is in CSV; `sector-mentions.csv` keeps each mention's offsets in the report text.",
        "`framing export NAME --format pdf --width 3.5` redraws one figure at another report size",
        "(full width 7 in, single column 3.5 in).",
        "",
    ]
    names = list(names)
    lines += [f"{i}. [{n}](#{n})" for i, n in enumerate(names, 1)]
    lines.append("")
    for n in names:
        spec = FIGURES[n]
        csv = tables_dir / f"{spec.table}.csv"
        lines += [
            f"## {n}",
            "",
            f"![{n}]({n}.png)",
            "",
            spec.caption,
            "",
            f"- Files: [{n}.png]({n}.png) · [{n}.svg]({n}.svg) · [{n}.pdf]({n}.pdf)",
            f"- Table: [`{spec.table}.csv`]({_rel(csv, out)})",
        ]
        if tables is not None and spec.table in tables:
            df = tables[spec.table]
            lines.append(f"  ({len(df):,} rows; columns: {', '.join(map(str, df.columns))})")
        lines += [f"- Drawn by `framing.plots.{spec.plot}`", ""]
    lines += [
        "## explorer",
        "",
        "[`explorer.html`](explorer.html): the comparison as one self-contained page for colleagues",
        "without Python (no network, no external files; open it from disk). A term view in the manner",
        "of Scattertext (each term placed by its counts in the two periods, coloured by keyness, with",
        "counts and scores on hover and a search box), a sector view (counts, rates and who voices",
        "them), and side-by-side concordance lines from both periods for any term or sector.",
        "Written by `framing.explorer.write_explorer` (`framing explore`).",
        "",
    ]
    return "\n".join(lines)


def _repo_dir(sub: str) -> Path:
    from framing.corpus import default_corpus_path

    # figures/ and data/processed/ of this checkout (beside data/raw), else of the working folder
    raw = default_corpus_path()
    root = raw.parent.parent if raw.name == "raw" and raw.parent.name == "data" else Path.cwd()
    return root / sub


def reproduce(
    corpus=None, out=None, tables=None, quiet: bool = False, random_state: int = 0
) -> dict:
    """Regenerate every figure (PNG, SVG, PDF), every analysis table (CSV) and the catalogue.

    Parameters
    ----------
    corpus : str or PathLike, optional
        Folder of report files (default: ``data/raw``).
    out : str or PathLike, optional
        Figure folder (default: ``figures/`` of the checkout).
    tables : str or PathLike, optional
        Table folder (default: ``data/processed/`` of the checkout).
    quiet : bool
        No progress lines (otherwise one line per table set and per figure on standard output).
    random_state : int
        Seed for the bootstrap and topic fits.

    Returns
    -------
    dict
        figure name -> list of written paths (PNG, SVG, PDF), plus ``"tables"`` -> list of CSV
        paths, ``"explorer"`` -> [the standalone HTML explorer] and ``"catalogue"`` -> [README path].
    """
    import time

    from framing.corpus import load_corpus

    _use_agg()
    out = Path(out) if out is not None else _repo_dir("figures")
    tables_dir = Path(tables) if tables is not None else _repo_dir("data/processed")

    def say(msg: str) -> None:
        if not quiet:
            print(msg, flush=True)

    t0 = time.perf_counter()
    docs = load_corpus(corpus)
    computed = analysis_tables(docs, random_state=random_state)
    written: dict = {"tables": []}
    for name, df in computed.items():
        written["tables"].append(write_csv(tables_dir / f"{name}.csv", df))
    say(f"tables   {len(computed)} tables -> {tables_dir}/ ({time.perf_counter() - t0:.1f} s)")

    names = [n for n, s in FIGURES.items() if s.table in computed]
    for i, (name, paths, seconds) in enumerate(_draw_all(names, computed, out), 1):
        written[name] = paths
        say(
            f"figure {i:2d}/{len(names)} {name:<28} -> {out}/{name}.{{{','.join(FORMATS)}}}"
            f" ({seconds:.1f} s)"
        )
    skipped = [n for n in FIGURES if n not in names]
    if skipped:
        print(
            f"framing: skipped figures (tables not computed): {', '.join(skipped)}", file=sys.stderr
        )
    from framing.explorer import write_explorer

    t1 = time.perf_counter()
    written["explorer"] = [write_explorer(docs, out=out / "explorer.html")]
    say(f"explorer -> {out}/explorer.html ({time.perf_counter() - t1:.1f} s)")
    readme = write_text(out / "README.md", catalogue(names, out, tables_dir, computed))
    written["catalogue"] = [readme]
    say(f"catalogue -> {readme} ({len(names)} figures, {time.perf_counter() - t0:.1f} s in all)")
    return written


def _draw_one(name: str, tables: dict, out: Path) -> tuple[str, list[Path], float]:
    """Draw one figure and save it in every format; return (name, paths, seconds)."""
    import time

    t0 = time.perf_counter()
    _use_agg()
    fig = draw_figure(name, tables)
    paths = [save_figure(fig, out / f"{name}.{fmt}", fmt) for fmt in FORMATS]
    return name, paths, time.perf_counter() - t0


def _draw_all(names: list[str], tables: dict, out: Path):
    """Yield ``_draw_one`` results in the order of ``names``, drawn by two processes where possible.

    Each figure is drawn from the same tables in a fresh figure, so the files are the same bytes
    whichever process draws them (tests check it). Rendering PNG and embedding PDF fonts dominate
    ``make figures``; two workers halve that. Without ``fork`` (Windows, macOS) figures are drawn here.
    """
    import multiprocessing as mp

    if len(names) < 2 or "fork" not in mp.get_all_start_methods() or (os.cpu_count() or 1) < 2:
        for name in names:
            yield _draw_one(name, tables, out)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=2, mp_context=mp.get_context("fork")) as pool:
        yield from pool.map(_draw_one, names, [tables] * len(names), [out] * len(names))


def export_figure(
    name: str,
    corpus=None,
    fmt: str = "pdf",
    width: float = 7.0,
    height: float | None = None,
    out=".",
) -> Path:
    """Write one figure at a report size.

    Parameters
    ----------
    name : str
        A key of :data:`FIGURES` (an unknown name raises :class:`FigureError` listing the valid ones).
    corpus : str or PathLike, optional
        Folder of report files (default: ``data/raw``).
    fmt : {"pdf", "svg", "png"}
        Output format.
    width, height : float
        Size in inches (full width 7, single column 3.5). Below 5 in the figures stack their
        panels; ``height`` defaults to the figure's own height at full width, or its
        ``single_height`` when narrower.
    out : str or PathLike
        Output folder; the file is ``<out>/<name>.<fmt>``.

    Returns
    -------
    pathlib.Path
        The written file.
    """
    from framing.corpus import load_corpus

    spec = _spec(name)
    if fmt not in FORMATS:
        raise FigureError(name, f"unknown format {fmt!r}; valid formats: {', '.join(FORMATS)}")
    if height is None:
        narrow = isinstance(width, int | float) and width < 5 and spec.single_height
        height = spec.single_height if narrow else spec.size[1]
    for what, v in (("width", width), ("height", height)):
        if not (isinstance(v, int | float) and 0 < v <= 50):
            raise FigureError(name, f"{what} must be between 0 and 50 inches, got {v!r}")
    _use_agg()
    docs = load_corpus(corpus)
    tables = analysis_tables(docs, sources=[spec.source])
    fig = draw_figure(name, tables, size=(float(width), float(height)))
    return save_figure(fig, Path(out) / f"{name}.{fmt}", fmt)
