"""Reproduce every figure and table: ``framing reproduce`` (run by ``make figures``) and ``framing export``.

:data:`FIGURES` is the registry: figure name -> caption, the table drawn, the ``textplot_*`` function
that draws it (a reference, not a name looked up at run time), the options it takes from the
analysis (sector labels and colours from the lexicon, sides from the study, the groups compared) and
its default size. :func:`reproduce` builds the :class:`~framing.analysis.Analysis` once, computes every
table (:func:`framing.report.tables.analysis_tables`), writes each as CSV and each figure as PNG
(300 dpi), SVG and PDF with a catalogue ``README.md``, and the HTML explorer.
:func:`export_figure` writes one figure at a report size.

Output is deterministic, so that a committed figure changes only when its data or code does: the
style fixes ``svg.hashsalt`` and draws SVG text as paths, and no date, software name or version
string is written into the files' metadata. Every file is written atomically (:mod:`framing.io`).
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from framing.errors import AnalysisError, OutputError
from framing.io import write_text, write_with
from framing.plots import corpus as corpus_plots
from framing.plots import formulae as formula_plots
from framing.plots import sectors as sector_plots
from framing.plots import terms as term_plots
from framing.plots import topics as topic_plots
from framing.plots import trends as trend_plots
from framing.report.tables import analysis_tables, comparison, skipped_comparisons

__all__ = [
    "FIGURES",
    "FORMATS",
    "FigureSpec",
    "figure_options",
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


@dataclass(frozen=True, kw_only=True)
class FigureSpec:
    """One entry of the figure registry.

    Attributes
    ----------
    name : str
        File stem, named by content (``sector-rates-by-period``).
    caption : str
        What the figure shows and how to read it (goes into ``figures/README.md``).
    table : str
        Name of the table drawn; it is written as ``<tables>/<table>.csv``.
    plot : callable
        The drawing function (a ``textplot_*`` of :mod:`framing.plots`).
    bundle : str
        The table bundle computing the table (:data:`framing.report.tables.BUNDLES`).
    size : (float, float), default=(7.0, 4.5)
        Default width and height in inches (full report width is 7 in).
    options : callable, optional
        ``options(analysis) -> dict`` of keyword arguments for the plot function (default=None).
    single_height : float, optional
        Default height at single-column width (3.5 in), where panels are stacked; None for the
        figures that only read well at full width (they can still be exported narrower).
    caption_note : callable, optional
        ``caption_note(tables) -> str``: what the caption says about this run's data (for example
        that the number of topics is not determined), appended to ``caption`` in the catalogue;
        "" for nothing (default=None).
    """

    name: str
    caption: str
    table: str
    plot: Callable
    bundle: str
    size: tuple[float, float] = (7.0, 4.5)
    options: Callable | None = None
    single_height: float | None = None
    caption_note: Callable | None = None


def _sector_options(analysis) -> dict:
    """Sector labels and colours from the analysis's lexicon, so every figure names sectors alike."""
    lex = analysis.lexicon
    return {"labels": lex.labels(), "colours": lex.colours()}


def _group_options(analysis) -> dict:
    """The grouping column and the groups' order (periods by date, named groups in the study
    file's order), so that every figure draws the groups alike and in the same order."""
    return {"by": analysis.by, "order": list(analysis.groups)}


def _order_options(analysis) -> dict:
    """The groups' order only, for tables whose group column has a fixed name."""
    return {"order": list(analysis.groups)}


def _sector_group_options(analysis) -> dict:
    """Sector labels and colours, the grouping column and the groups' order."""
    return {**_sector_options(analysis), **_group_options(analysis)}


def _topic_group_options(analysis) -> dict:
    """Sector labels (to name the sector in a topic's label), the grouping and its order."""
    return {"labels": analysis.lexicon.labels(), **_group_options(analysis)}


def _side_options(analysis) -> dict:
    """Sector labels and colours, the grouping and its order, and the study's sides (label,
    colour) in display order."""
    return {**_sector_group_options(analysis), "sides": analysis.study.side_styles()}


def _keyness_options(analysis) -> dict:
    """The groups compared (:func:`framing.report.tables.comparison`)."""
    pair = comparison(analysis)
    return {} if pair is None else {"reference": pair[0], "target": pair[1]}


def _k_note(table) -> str:
    """What a topic figure's caption says about this run's k (``k_status``, ``k_range`` columns)."""
    if table is None or table.empty or "k_status" not in table.columns:
        return ""
    first = table.iloc[0]
    k = int(table.loc[table["chosen"].astype(bool), "k"].iat[0]) if "chosen" in table else int(first["k"])
    status, k_range = str(first["k_status"]), str(first.get("k_range", ""))
    if status == "not determined":
        reason = str(first.get("k_reason", "")) if "k_reason" in table.columns else ""
        why = f": {reason}" if reason and reason != "nan" else ""
        return (f"In this run the number of topics is not determined{why}. k = {k} is shown; "
                f"k = {k_range} win some seed subsets.")
    if status == "given":
        return f"In this run k = {k} is given by the analyst."
    return f"In this run k = {k} is determined by the rule."


def _caption(spec: FigureSpec, tables: dict | None) -> str:
    """The caption of a figure, with what it says about this run's tables (``caption_note``)."""
    note = spec.caption_note(tables or {}) if spec.caption_note else ""
    return f"{spec.caption} {note}" if note else spec.caption


_SPECS = (
    FigureSpec(
        name="corpus-overview",
        caption=(
            "The reports at a glance: tokens, distinct types, type–token ratio, sentences, mean "
            "sentence length and paragraphs per report, in the groups' order. Reports of a few "
            "hundred tokens make every rate in the other figures rest on small counts."
        ),
        table="lexical-overview",
        plot=corpus_plots.textplot_corpus_overview,
        bundle="terms",
        size=(7.0, 3.0),
        options=_group_options,
        single_height=4.2,
    ),
    FigureSpec(
        name="sector-rates-by-period",
        caption=(
            "Sector mentions per 1,000 tokens in each period, every sector of the lexicon listed (0 = "
            "never named); with more than three periods, one panel per period on one scale. The "
            "number at each bar is the raw count of mentions: with short reports, read every rate "
            "together with its count."
        ),
        table="sector-summary-by-period",
        plot=sector_plots.textplot_sector_rates,
        bundle="sectors",
        size=(7.0, 5.2),
        options=_sector_group_options,
        single_height=5.2,
    ),
    FigureSpec(
        name="sector-rate-difference",
        caption=(
            "Change in each sector's rate of mention from the reference to the target period (the "
            "study's, else the first and the last; target minus reference, mentions per 1,000 "
            "tokens) with a 95% bootstrap interval over sentences. "
            "On the right, each column named by its test: the sector's mentions and its share of all "
            "sector mentions in each period; the share test (Fisher's exact test of this sector "
            "against the other sector mentions, by period: odds ratio 'share OR' and 'share p'; an "
            "odds ratio of 0 or ∞, from a count of zero, is marked and the footnote names the "
            "zero, while the table keeps the number); "
            "the rate test (Fisher's exact test of its mentions against all tokens: 'rate p'); and "
            "'sent. p', the share test redone by permuting whole sentences between the periods "
            "(mentions cluster in sentences, which Fisher's tests ignore). These p-values are "
            "unadjusted; the footnote gives the smallest after Benjamini–Hochberg adjustment across "
            "the sectors. Hollow grey points are sectors with too few mentions to conclude; an "
            "interval that includes zero means the change is not established. The table adds, beside "
            "each test, the smallest odds or rate ratio it could detect with 80% power at the 5% "
            "level (mde_* columns): a null result means 'could not detect a difference below that', "
            "not 'no difference'."
        ),
        table="sector-period-difference",
        plot=sector_plots.textplot_sector_difference,
        bundle="sectors",
        size=(7.0, 5.0),
        options=_sector_options,
        single_height=5.0,
    ),
    FigureSpec(
        name="sector-xray",
        caption=(
            "Where each sector is mentioned within each report (0 = first character of the body, 1 = "
            "last): one tick per mention, mention count at the right; reports in the groups' order, "
            "more than three in a grid, and past 24 reports one panel per group pooling its reports. "
            "Shows which sectors open a report and which are confined to one passage."
        ),
        table="sector-mentions",
        plot=sector_plots.textplot_sector_xray,
        bundle="sectors",
        size=(7.0, 4.8),
        options=_sector_group_options,
        single_height=7.0,
    ),
    FigureSpec(
        name="sector-by-side",
        caption=(
            "Who voices each sector: sector mentions by the side of the sentence's speaker (narrator "
            "= the agency's own voice; joint = both sides or both leaders), one panel per period. "
            "Cells give counts; speakers are attributed by reporting verbs, so misattributions are "
            "possible."
        ),
        table="sector-by-side",
        plot=sector_plots.textplot_sector_sides,
        bundle="sectors",
        size=(7.0, 4.8),
        options=_side_options,
        single_height=7.5,
    ),
    FigureSpec(
        name="sector-cooccurrence",
        caption=(
            "Sectors named in the same sentence: the number of sentences naming both sectors (· = "
            "none). With two periods, the earlier below the diagonal and the later above it; with one "
            "or more than two, the sum over all periods (each sentence counted once). Only sectors "
            "that share a sentence with another appear."
        ),
        table="sector-cooccurrence",
        plot=sector_plots.textplot_sector_cooccurrence,
        bundle="sectors",
        size=(6.0, 5.4),
        options=_sector_group_options,
    ),
    FigureSpec(
        name="sector-trend",
        caption=(
            "Each sector over the periods, in order: every cell is shaded by the sector's rate per "
            "1,000 tokens in that period and printed with its count of mentions (· = none); the "
            "tokens of each period are under its label. At the right, the sector's course: "
            "persistent (every period), new (from its first appearance to the last period), dropped "
            "(from the first period to its last appearance), episode (a run touching neither end) or "
            "intermittent (gaps), with its longest absence in periods. The table adds each "
            "sector's share of the period's mentions with a Wilson interval and the rate's exact "
            "Poisson interval (Garwood 1936); sector-presence.csv gives the first and last period "
            "and the longest absence."
        ),
        table="sector-trend",
        plot=trend_plots.textplot_sector_trend,
        bundle="trends",
        size=(7.0, 5.4),
        options=_sector_group_options,
        single_height=6.0,
    ),
    FigureSpec(
        name="keyness-top-terms",
        caption=(
            "Key terms each way between the compared groups. Left: signed log-likelihood G² (Rayson & "
            "Garside 2000; dashed line = 3.84, the chi-squared 5% point). Where an expected count is "
            "below 5 the p-value is Fisher's exact test instead (keyness.csv: p_exact, p_test), and "
            "a term is significant only by its Benjamini–Hochberg adjusted p (p_adjusted). Right: "
            "effect size as Log Ratio (Hardie 2014) with the counts in each group. Terms tied on G² at "
            "the cut-off are taken alphabetically. With short texts, a large Log Ratio on a count of "
            "2 or 3 is weak evidence."
        ),
        table="keyness",
        plot=term_plots.textplot_keyness,
        bundle="terms",
        size=(7.0, 5.8),
        options=_keyness_options,
        single_height=8.0,
    ),
    FigureSpec(
        name="log-odds-by-frequency",
        caption=(
            "Log-odds ratio z-score with an informative Dirichlet prior (Monroe, Colaresi & Quinn "
            "2008) against each term's count in the two periods compared (log scale). Points beyond ±1.96 "
            "(dashed, unadjusted) are coloured by the period they are key in and labelled; the prior "
            "shrinks rare terms towards zero."
        ),
        table="keyness",
        plot=term_plots.textplot_log_odds,
        bundle="terms",
        size=(7.0, 4.4),
        options=_keyness_options,
        single_height=4.6,
    ),
    FigureSpec(
        name="top-terms-by-period",
        caption=(
            "The most frequent terms (stems shown by their most frequent form; stopwords excluded) in "
            "each period, rate per 1,000 tokens with the raw count printed at each bar; ties at the "
            "cut-off are broken by the table's rank, then alphabetically."
        ),
        table="term-frequencies",
        plot=term_plots.textplot_top_terms,
        bundle="terms",
        size=(7.0, 4.4),
        options=_order_options,
        single_height=6.5,
    ),
    FigureSpec(
        name="topic-top-terms",
        caption=(
            "Top terms of each topic fitted to the sentences that mention a sector, for the seeded "
            "NMF, plain NMF (TF-IDF) and LDA (counts) fits side by side: each topic's most relevant "
            "terms (LDAvis relevance), longest bar first; bar length is the topic–term weight "
            "relative to the largest shown, colour the "
            "topic's (seed or dominant) sector, bold a seed term; 'stab.' is the topic's stability "
            "across random starts (mean best-match Jaccard of top-10 terms over 20 refits), 'coh.' "
            "its coherence (mean NPMI over passages of the terms listed in topic-terms.csv; below 0 "
            "the terms co-occur less often than by chance), and the title gives each model's "
            "coherence. Topics are numbered canonically (seeded first, then by their terms) and "
            "weights rounded to 6 significant digits, so the figure is the same on every machine. "
            "Topics from a few dozen passages are fragile: read them with their stability."
        ),
        table="topic-terms",
        plot=topic_plots.textplot_topic_terms,
        bundle="topics",
        size=(7.0, 5.0),
        options=_sector_options,
        caption_note=lambda tables: _k_note(tables.get("topic-terms")),
    ),
    FigureSpec(
        name="topic-proportions-by-period",
        caption=(
            "Mean topic proportion over the passages of each period with a 95% bootstrap interval "
            "over passages. Overlapping intervals mean the periods cannot be told apart on that "
            "topic. With more than five periods, a heat map of the means (in percent, passages in "
            "brackets); the intervals are in the table."
        ),
        table="topic-proportions-by-period",
        plot=topic_plots.textplot_topic_proportions,
        bundle="topics",
        options=_topic_group_options,
        size=(7.0, 4.0),
        single_height=5.0,
    ),
    FigureSpec(
        name="topic-k-selection",
        caption=(
            "Choosing the number of topics k: for each method, coherence (mean NPMI over passages of "
            "the top terms shown in topic-terms.csv), diversity (share of unique terms among the "
            "topics' top terms) and stability (mean best-match Jaccard similarity of top-10 terms "
            "over every pair of 21 fits from different random seeds; Greene et al. 2014); in the "
            "last panel, the share of 200 random subsets of 6 fits in which each k wins under the "
            "same rule. The rule, stated under the figure: the k with the highest mean stability of "
            "NMF and LDA over all fits is shown, and it is determined only if it also wins at least "
            "70% of the subsets (dashed line) and has at least 10 passages per topic. Otherwise the "
            "title says that k is not determined, the k shown is circled in grey, and the range of "
            "k that win some subset is given: read its topics as one partition among several."
        ),
        table="topic-k-selection",
        plot=topic_plots.textplot_k_selection,
        bundle="topics",
        size=(7.0, 3.4),
        single_height=7.0,
        caption_note=lambda tables: _k_note(tables.get("topic-k-selection")),
    ),
    FigureSpec(
        name="formula-timeline",
        caption=(
            "Diplomatic formulae over time: the recurring word sequences (3 to 10 words, in two "
            "reports or more, maximal, never crossing a sentence end; framing.formulae) most widespread "
            "across the groups, one row per variant group, the number of occurrences in each group "
            "printed (· = none). At the right: persistent (every group), new (from its first "
            "appearance to the last group), dropped (from the first group to its last appearance), "
            "intermittent (gaps), the reports it occurs in and how many variants it has."
        ),
        table="formulae",
        plot=formula_plots.textplot_formula_timeline,
        bundle="formulae",
        size=(7.0, 5.0),
        options=lambda analysis: {"by": analysis.by, "groups": list(analysis.groups)},
        single_height=5.0,
    ),
    FigureSpec(
        name="statement-alignment",
        caption=(
            "What the later report keeps from the earlier one: each of its sentences paired one to "
            "one with the most similar sentence of the earlier report (cosine of TF-IDF vectors of "
            "content stems). Solid line: carried over (similarity >= 0.9); dashed: reworded (>= "
            "0.45); a dotted grey line joins a new sentence to its nearest earlier sentence when "
            "their similarity is at least 0.3. Grey sentences on the left have no partner (dropped)."
        ),
        table="statement-alignment",
        plot=formula_plots.textplot_statement_alignment,
        bundle="formulae",
        size=(7.0, 6.5),
        single_height=7.0,
    ),
)

#: Figure registry: name -> :class:`FigureSpec`, in catalogue order.
FIGURES = {spec.name: spec for spec in _SPECS}

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
        raise AnalysisError(f"figure {name!r}", f"unknown figure; valid names: {', '.join(FIGURES)}")
    return FIGURES[name]


def figure_options(analysis, names=None) -> dict[str, dict]:
    """The keyword arguments each figure's plot function takes from the analysis.

    Parameters
    ----------
    analysis : Analysis
        The analysis (:func:`framing.analyse`).
    names : iterable of str, optional
        Figures (default=None: every registered figure).

    Returns
    -------
    dict of str -> dict
        Figure name -> keyword arguments (sector labels and colours, sides, groups compared).
    """
    names = list(FIGURES) if names is None else list(names)
    return {n: (_spec(n).options(analysis) if _spec(n).options else {}) for n in names}


def draw_figure(name: str, tables: dict, *, options: dict | None = None, size=None):
    """Draw one registered figure from the tables; return the matplotlib Figure.

    Parameters
    ----------
    name : str
        A key of :data:`FIGURES`.
    tables : dict
        Table name -> DataFrame (at least the figure's table).
    options : dict, optional
        Keyword arguments for the plot function (default=None: none; see :func:`figure_options`).
    size : (float, float), optional
        Width and height in inches (default=None: the registry's size).
    """
    spec = _spec(name)
    if spec.table not in tables:
        raise AnalysisError(f"figure {name!r}", f"needs the table {spec.table!r}, which was not computed")
    return spec.plot(tables[spec.table], figsize=tuple(size or spec.size), **(options or {}))


def save_figure(fig, target, fmt: str | None = None, dpi: int = PNG_DPI) -> Path:
    """Save ``fig`` atomically and deterministically (house style, no dates or versions in metadata).

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    target : str or PathLike
        Output file; its folder is created if needed.
    fmt : {"png", "svg", "pdf"}, optional
        Default=None: the target's extension.
    dpi : int, default=300
        Resolution for PNG (dots per inch).
    """
    from framing.plots import figure_style

    target = Path(target)
    fmt = (fmt or target.suffix.lstrip(".")).lower()
    if fmt not in _METADATA:
        raise AnalysisError(str(target), f"unknown format {fmt!r}; valid formats: {', '.join(FORMATS)}")
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


def catalogue(names, out: Path, tables_dir: Path, tables: dict | None = None, *, explorer: bool = True) -> str:
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
        The tables, to list their columns and number of rows (default=None: not listed).
    explorer : bool, default=True
        List the explorer page (``reproduce`` writes none for a corpus of one group).
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
            _caption(spec, tables),
            "",
            f"- Files: [{n}.png]({n}.png) · [{n}.svg]({n}.svg) · [{n}.pdf]({n}.pdf)",
            f"- Table: [`{spec.table}.csv`]({_rel(csv, out)})",
        ]
        if tables is not None and spec.table in tables:
            df = tables[spec.table]
            lines.append(f"  ({len(df):,} rows; columns: {', '.join(map(str, df.columns))})")
        lines += [f"- Drawn by `{spec.plot.__module__}.{spec.plot.__name__}`", ""]
    if not explorer:
        return "\n".join(lines)
    lines += [
        "## explorer",
        "",
        "[`explorer.html`](explorer.html): the corpus as one self-contained page for colleagues",
        "without Python (no network, no external files; open it from disk). A term view in the manner",
        "of Scattertext comparing the reference and the target period (each term placed by its counts",
        "in the two, coloured by keyness, with counts and scores on hover and a search box), a sector",
        "view of every period (counts, rates and who voices them), and concordance lines from every",
        "period side by side for any term or sector.",
        "Written by `framing.report.explorer.write_explorer` (`framing explore`).",
        "",
    ]
    return "\n".join(lines)


def _outputs(study, corpus, out) -> tuple[Path, Path]:
    """(figures folder, tables folder): under ``out`` when given (``figures/`` and ``tables/``),
    else the study's; another corpus than the study's needs ``out`` (the study's outputs are
    never overwritten by another corpus's)."""
    if out is not None:
        out = Path(out)
        if out.exists() and not out.is_dir():
            raise OutputError(str(out), "is a file; --out needs a folder")
        return out / "figures", out / "tables"
    if corpus is not None and (study.corpus is None or Path(corpus).resolve() != study.corpus.resolve()):
        raise AnalysisError(
            "--out", f"give an output folder for the corpus {corpus} (the study's outputs "
            f"{study.figures_dir} and {study.tables_dir} are for {study.corpus})"
        )
    return study.figures_dir, study.tables_dir


@contextmanager
def _exclusive(folders):
    """Hold a lock per output folder for the run: a second run on the same folders is refused.

    The lock files live in the system's temporary folder (named by a hash of the folder's path), so
    nothing is added to the outputs; the kernel releases them when the process ends, however it ends.
    """
    import fcntl
    import hashlib
    import tempfile

    handles = []
    try:
        for folder in folders:
            key = hashlib.sha256(str(Path(folder).resolve()).encode("utf-8")).hexdigest()[:16]
            f = open(Path(tempfile.gettempdir()) / f"framing-{key}.lock", "a+")  # noqa: SIM115
            handles.append(f)
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise OutputError(
                    str(folder), "another framing run is writing to this folder; wait for it to end"
                ) from None
        yield
    finally:
        for f in handles:
            f.close()


_STAGING = ".staging-"


def _staging_for(final: Path) -> Path:
    """A fresh staging folder beside ``final`` (same file system, so moves are renames); stale
    staging folders of runs that were killed are removed first."""
    import shutil

    parent = final.resolve().parent
    prefix = f".{final.name}{_STAGING}"
    if parent.is_dir():
        for old in parent.glob(f"{prefix}*"):
            pid = old.name[len(prefix):]
            if pid.isdigit() and not _alive(int(pid)):
                shutil.rmtree(old, ignore_errors=True)
    stage = parent / f"{prefix}{os.getpid()}"
    shutil.rmtree(stage, ignore_errors=True)
    return stage


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _publish(stage: Path, final: Path) -> None:
    """Move every file of a complete staging folder into ``final`` (each move atomic), then remove
    the staging folder. Files of ``final`` that the run did not write are left alone."""
    import shutil

    from framing.io import make_folder

    make_folder(final)
    for src in sorted(stage.rglob("*")):
        if src.is_file():
            dst = final / src.relative_to(stage)
            make_folder(dst.parent)
            try:
                os.replace(src, dst)
            except OSError as e:
                raise OutputError(str(dst), f"cannot write ({e.strerror or e})") from e
    shutil.rmtree(stage, ignore_errors=True)


def build_analysis(
    study=None, *, corpus=None, lexicon=None, actors=None, stopwords=None, scheduler=None,
    progress: bool | None = False,
):
    """Load the corpus of a study and build its analysis once.

    Parameters
    ----------
    study : Study or path, optional
        Default=None: ``study.yml`` at the top of the checkout (:func:`framing.config.load_study`).
    corpus : str or PathLike, optional
        A folder of reports instead of the study's corpus (default=None); its own
        ``documents.csv`` is used if present, and the study's groups, reference and target (facts
        of the study's corpus) do not apply to it.
    lexicon, actors, stopwords : path, optional
        Word lists instead of the study's (default=None).
    scheduler : str or distributed.Client, optional
        Where the per-document stages run (default=None: :func:`framing.analyse`'s choice).
    progress : bool or None, default=False
        Progress bars on standard error (None: only on a terminal).

    Returns
    -------
    Analysis
    """
    from framing.analysis import analyse
    from framing.config import Study, load_study
    from framing.corpus import load_corpus

    study = study if isinstance(study, Study) else load_study(study)
    if corpus is None:
        docs = load_corpus(study.corpus, metadata=study.metadata)
    else:
        docs = load_corpus(corpus)
        if study.corpus is None or Path(corpus).resolve() != study.corpus.resolve():
            # another corpus: the study's groups and comparison are not its own
            study = dataclasses.replace(
                study, corpus=Path(corpus), metadata=None, groups=(), reference=None, target=None
            )
    return analyse(
        docs, lexicon=lexicon, actors=actors, study=study, stopwords=stopwords, scheduler=scheduler,
        progress=progress,
    )


def reproduce(
    study=None,
    *,
    corpus=None,
    out=None,
    lexicon=None,
    actors=None,
    stopwords=None,
    reference: str | None = None,
    target: str | None = None,
    quiet: bool = False,
    workers: int | None = None,
    scheduler=None,
) -> dict:
    """Regenerate every figure (PNG, SVG, PDF), every table (CSV), the catalogue and the explorer.

    Parameters
    ----------
    study : Study or path, optional
        The study (default=None: ``study.yml`` at the top of the checkout).
    corpus : str or PathLike, optional
        Another folder of reports than the study's (default=None); needs ``out``.
    out : str or PathLike, optional
        Output folder: figures go to ``<out>/figures/``, tables to ``<out>/tables/`` (default=None:
        the study's ``outputs``).
    lexicon, actors, stopwords : path, optional
        Word lists instead of the study's (default=None).
    reference, target : str, optional
        The groups compared, instead of the study's (default=None).
    quiet : bool, default=False
        No progress lines (otherwise one line per step on standard output, and tqdm progress bars
        of the long stages on standard error when it is a terminal).
    workers : int, optional
        Local Dask processes drawing figures (default=None: two where the machine has two cores or
        more and there is more than one figure; 1: in this process).
    scheduler : str or distributed.Client, optional
        Where the per-document stages of the analysis run: ``"sync"``, ``"processes"`` or the
        address of a Dask scheduler (``"tcp://host:8786"``) (default=None: the environment variable
        ``DASK_SCHEDULER_ADDRESS`` if set, else this process for small corpora and local processes
        for large ones; :func:`framing.scale.open_scheduler`). Figures are drawn on this machine.

    Returns
    -------
    dict
        figure name -> list of written paths (PNG, SVG, PDF), plus ``"tables"`` -> list of CSV
        paths, ``"explorer"`` -> [the standalone HTML explorer] and ``"catalogue"`` -> [README path].

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> for day, text in [("2024-01-10", "Energy ties grew."), ("2024-06-10", "Trade and culture grew.")]:
    ...     _ = (folder / f"{day}.txt").write_text(f" date {day} HANOI — {text}", encoding="utf-8")
    >>> written = reproduce(corpus=folder, out=folder / "out", quiet=True)  # doctest: +SKIP
    >>> sorted(p.name for p in (folder / "out" / "tables").glob("sector-*.csv"))[:2]  # doctest: +SKIP
    ['sector-by-side.csv', 'sector-cooccurrence.csv']
    """
    from framing.config import Study, load_study

    _use_agg()
    study = study if isinstance(study, Study) else load_study(study)
    fig_dir, tables_dir = _outputs(study, corpus, out)
    with _exclusive([fig_dir, tables_dir]):
        stages = {fig_dir: _staging_for(fig_dir), tables_dir: _staging_for(tables_dir)}
        try:
            written = _reproduce_into(
                study, stages[fig_dir], stages[tables_dir], fig_dir, tables_dir,
                corpus=corpus, lexicon=lexicon, actors=actors, stopwords=stopwords,
                reference=reference, target=target, quiet=quiet, workers=workers,
                scheduler=scheduler,
            )
            for final, stage in stages.items():
                _publish(stage, final)
        finally:
            import shutil

            for stage in stages.values():
                shutil.rmtree(stage, ignore_errors=True)
    return {
        k: [_final_path(p, stages) for p in v] for k, v in written.items()
    }


def _final_path(path: Path, stages: dict) -> Path:
    for final, stage in stages.items():
        try:
            return final / Path(path).relative_to(stage)
        except ValueError:
            continue
    return Path(path)


def _reproduce_into(
    study, fig_stage, tables_stage, fig_dir, tables_dir, *, corpus, lexicon, actors, stopwords,
    reference, target, quiet, workers, scheduler=None,
) -> dict:
    """The run of :func:`reproduce`, writing into staging folders (``*_stage``); the catalogue's
    links are those of the final folders (``fig_dir``, ``tables_dir``)."""
    import time

    from framing.report.explorer import EXPLORER_TABLES, write_explorer

    def say(msg: str) -> None:
        if not quiet:
            print(msg, flush=True)

    from tqdm.auto import tqdm

    from framing.report.tables import BUNDLES
    from framing.scale import release_memory

    bars = False if quiet else None  # tqdm: bars on standard error when it is a terminal
    t0 = time.perf_counter()
    analysis = build_analysis(
        study, corpus=corpus, lexicon=lexicon, actors=actors, stopwords=stopwords,
        scheduler=scheduler, progress=bars,
    )
    say(
        f"analysis {len(analysis.docs)} reports, {len(analysis.groups)} group{'s' * (len(analysis.groups) != 1)}, "
        f"{len(analysis.tokens):,} tokens, {len(analysis.mentions):,} sector mentions "
        f"({time.perf_counter() - t0:.1f} s)"
    )
    # Each bundle's tables are written as soon as they are computed, and only those that a
    # figure, the explorer or the catalogue reads are kept: on 100,000 reports the others
    # (passages, per-document summaries, collocations) are gigabytes the later stages never read.
    kept = {spec.table for spec in FIGURES.values()} | set(EXPLORER_TABLES)
    computed: dict = {}
    written: dict = {"tables": []}
    n_tables = 0
    for bundle in tqdm(list(BUNDLES), desc="tables", unit="bundle", disable=True if quiet else None,
                       file=sys.stderr):
        tb = time.perf_counter()
        tables = analysis_tables(analysis, bundles=[bundle], reference=reference, target=target)
        tw = time.perf_counter()
        for name, df in tables.items():
            written["tables"].append(_write_table(tables_stage / f"{name}.csv", df))
            if name in kept:
                computed[name] = df
        n_tables += len(tables)
        say(f"tables   {bundle:<9} {len(tables):2d} tables ({tw - tb:.1f} s, written in "
            f"{time.perf_counter() - tw:.1f} s)")
        tables = df = None
        release_memory()  # what the bundle built and dropped: each stage's peak does not add up
    say(f"tables   {n_tables} tables -> {tables_dir}/ ({time.perf_counter() - t0:.1f} s)")

    names = [n for n, s in FIGURES.items() if s.table in computed]
    options = figure_options(analysis, names)
    if reference is not None or target is not None:
        pair = comparison(analysis, reference=reference, target=target)
        for n in names:
            if "target" in options[n] and pair is not None:
                options[n].update(reference=pair[0], target=pair[1])
    skipped = skipped_comparisons(analysis)
    # The explorer before the figures: it is the last reader of the analysis, which is then let
    # go, so that the figures (the largest drawn in this process) are not drawn beside every token.
    t1 = time.perf_counter()
    explorer = None
    if len(analysis.groups) >= 2:
        # the tables computed above (formulae, statement alignment, keyness) are not computed again
        explorer = write_explorer(
            analysis, fig_stage / "explorer.html", reference=reference, target=target, tables=computed
        )
    explorer_s = time.perf_counter() - t1
    del analysis
    release_memory()
    results = _draw_all(names, computed, options, fig_stage, workers, progress=bars)
    for i, (name, paths, seconds) in enumerate(results, 1):
        written[name] = paths
        say(
            f"figure {i:2d}/{len(names)} {name:<28} -> {fig_dir}/{name}.{{{','.join(FORMATS)}}}"
            f" ({seconds:.1f} s)"
        )
    if skipped:
        print(f"framing: {skipped}", file=sys.stderr)
    if explorer is not None:
        written["explorer"] = [explorer]
        say(f"explorer -> {fig_dir}/explorer.html ({explorer_s:.1f} s)")
    readme = write_text(fig_stage / "README.md", catalogue(names, fig_dir, tables_dir, computed, explorer=explorer is not None))
    written["catalogue"] = [readme]
    say(f"catalogue -> {fig_dir}/README.md ({len(names)} figures, {time.perf_counter() - t0:.1f} s in all)")
    return written


def _write_table(target: Path, df) -> Path:
    """:func:`framing.io.write_csv`'s bytes (cells neutralised, no index, LF), streamed to the
    file by chunks of rows: a table of millions of rows is never held as one CSV string (and its
    encoded copy) in memory."""
    from framing.io import neutralise_cells

    table = neutralise_cells(df)
    return write_with(
        target, lambda tmp: table.to_csv(tmp, index=False, lineterminator="\n", chunksize=100_000)
    )


def _draw_one(name: str, tables: dict, options: dict, out: Path) -> tuple[str, list[Path], float]:
    """Draw one figure and save it in every format; return (name, paths, seconds)."""
    import time

    t0 = time.perf_counter()
    _use_agg()
    fig = draw_figure(name, tables, options=options)
    paths = [save_figure(fig, out / f"{name}.{fmt}", fmt) for fmt in FORMATS]
    return name, paths, time.perf_counter() - t0


def _draw_part(part: tuple, *, out: Path):
    """:func:`_draw_one` as a partition: ``part`` is ``(name, {table: DataFrame}, options)``, the
    figure's own table only."""
    name, tables, options = part
    return _draw_one(name, tables, options, out)


def _draw_all(
    names: list[str], tables: dict, options: dict, out: Path, workers: int | None = None, *,
    progress: bool | None = False,
):
    """``_draw_one`` results in the order of ``names``, drawn by two local Dask processes where
    possible (:func:`framing.scale.map_partitions`).

    Each figure is drawn from the same tables in a fresh figure, so the files are the same bytes
    whichever process draws them (tests check it). Rendering PNG and embedding PDF fonts dominate
    ``make figures``; two workers nearly halve that. A worker gets only its figure's table and ends
    with its parent (:func:`framing.scale.die_with_parent`). A figure whose table has more than
    :data:`LOCAL_FIGURE_ROWS` rows is drawn in this process once the workers are done (not counted
    by the "figures" bar). Figures are always drawn on this machine, into its staging folder,
    whatever scheduler the analysis used.
    """
    from framing.scale import map_partitions

    if workers is None:
        workers = 2 if (os.cpu_count() or 1) >= 2 else 1
    parts = [(n, {_spec(n).table: tables[_spec(n).table]}, options[n]) for n in names]
    # A figure whose table is large is drawn here: a worker would get a pickled copy of it (the
    # formulae of 100,000 reports are 21 million rows, gigabytes twice over).
    heavy = [len(tables[_spec(n).table]) > LOCAL_FIGURE_ROWS for n in names]
    light = [p for p, h in zip(parts, heavy, strict=True) if not h]
    drawn = iter(map_partitions(
        _draw_part, light, scheduler="processes" if workers >= 2 and len(light) >= 2 else "sync",
        num_workers=min(workers, max(len(light), 1)), desc="figures", progress=progress, out=out,
    ))
    return [_draw_part(p, out=out) if h else next(drawn) for p, h in zip(parts, heavy, strict=True)]


#: Figures whose table has more rows than this are drawn in the main process, not sent to a worker.
LOCAL_FIGURE_ROWS = 2_000_000


def export_figure(
    name: str,
    study=None,
    *,
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
        A key of :data:`FIGURES` (an unknown name raises an error listing the valid ones).
    study : Study or path, optional
        Default=None: ``study.yml`` at the top of the checkout.
    corpus : str or PathLike, optional
        Another folder of reports than the study's (default=None).
    fmt : {"pdf", "svg", "png"}, default="pdf"
        Output format.
    width, height : float, default=7.0, None
        Size in inches (default=7.0 wide: full width; single column 3.5). Below 5 in the figures
        stack their panels; ``height`` defaults to the figure's own height at full width, or its
        ``single_height`` when narrower.
    out : str or PathLike, default="."
        Output folder; the file is ``<out>/<name>.<fmt>``.

    Returns
    -------
    pathlib.Path
        The written file.

    Examples
    --------
    >>> path = export_figure("sector-rates-by-period", fmt="svg", width=3.5, out="/tmp")  # doctest: +SKIP
    >>> path.name  # doctest: +SKIP
    'sector-rates-by-period.svg'
    """
    spec = _spec(name)
    if fmt not in FORMATS:
        raise AnalysisError(f"figure {name!r}", f"unknown format {fmt!r}; valid formats: {', '.join(FORMATS)}")
    if height is None:
        narrow = isinstance(width, int | float) and width < 5 and spec.single_height
        height = spec.single_height if narrow else spec.size[1]
    for what, v in (("width", width), ("height", height)):
        if not (isinstance(v, int | float) and 0 < v <= 50):
            raise AnalysisError(f"figure {name!r}", f"{what} must be between 0 and 50 inches, got {v!r}")
    _use_agg()
    analysis = build_analysis(study, corpus=corpus)
    tables = analysis_tables(analysis, bundles=[spec.bundle])
    if spec.table not in tables:
        raise AnalysisError(f"figure {name!r}", "needs two groups to compare; the corpus has one")
    fig = draw_figure(name, tables, options=figure_options(analysis, [name])[name],
                      size=(float(width), float(height)))
    return save_figure(fig, Path(out) / f"{name}.{fmt}", fmt)
