"""Figures for reports: one ``textplot_*`` function per figure, tables in, matplotlib Figure out.

Every function takes the analysis tables of :mod:`framing.sectors`, :mod:`framing.frequencies` and
:mod:`framing.topics` (DataFrames with the documented columns), draws in the packaged house style
(``style/framing.mplstyle``) and returns a :class:`matplotlib.figure.Figure`. None calls
``plt.show()`` and none touches pyplot's global figure list, so they are safe in scripts, tests and
notebooks alike (Jupyter displays a returned Figure).

Conventions shared by all figures:

* one fixed colour per sector (:data:`SECTOR_COLOURS`, Okabe-Ito and Paul Tol colours, chosen so
  that neighbouring sectors also differ in grey) and a marker per sector (:data:`SECTOR_MARKERS`);
  sectors are always also named on an axis, never identified by colour alone;
* one fixed colour and hatch per period (:data:`PERIOD_COLOURS`): the earlier period dark blue and
  plain, the later one gold and hatched, so the two read apart when printed in grey;
* counts are printed beside rates, intervals are drawn where the table has them, and rows whose
  counts are too small to conclude are drawn hollow and say so.

Sizes for reports: :data:`SIZES` (``"full"`` 7 in, ``"single"`` 3.5 in wide). Matplotlib is
imported inside functions so that importing this module stays cheap.
"""

from __future__ import annotations

import math
from contextlib import contextmanager
from importlib import resources

import numpy as np
import pandas as pd

from framing.errors import InputError, require_columns

__all__ = [
    "SIZES",
    "SECTORS",
    "SECTOR_LABELS",
    "SECTOR_COLOURS",
    "SECTOR_MARKERS",
    "PERIOD_COLOURS",
    "PERIOD_HATCHES",
    "PERIOD_MARKERS",
    "SIDE_ORDER",
    "style_path",
    "figure_style",
    "sector_colour",
    "sector_label",
    "period_styles",
    "textplot_corpus_overview",
    "textplot_sector_rates",
    "textplot_sector_difference",
    "textplot_sector_xray",
    "textplot_sector_sides",
    "textplot_sector_cooccurrence",
    "textplot_keyness",
    "textplot_log_odds",
    "textplot_top_terms",
    "textplot_topic_terms",
    "textplot_topic_proportions",
    "textplot_k_selection",
]

#: Report widths in inches.
SIZES = {"full": 7.0, "single": 3.5}

#: Sector ids in the order of the sector lexicon (issue 3); figures list sectors in this order.
SECTORS = (
    "party",
    "diplomacy",
    "defence_security",
    "economy",
    "energy",
    "oil_gas",
    "nuclear",
    "science_technology",
    "education",
    "culture",
    "health",
    "tourism_sports",
    "labour",
    "transport",
    "people",
    "environment",
)

#: Display names as in the packaged sector lexicon (figures take other ``labels`` if given).
SECTOR_LABELS = {
    "party": "Inter-party relations",
    "diplomacy": "Politics & diplomacy",
    "defence_security": "Defence & security",
    "economy": "Economy, trade & investment",
    "energy": "Energy",
    "oil_gas": "Oil & gas",
    "nuclear": "Nuclear energy",
    "science_technology": "Science & technology",
    "education": "Education & training",
    "culture": "Culture",
    "health": "Health",
    "tourism_sports": "Tourism & sports",
    "labour": "Labour",
    "transport": "Transport & connectivity",
    "people": "People-to-people ties",
    "environment": "Environment",
}

#: One colour per sector: Okabe & Ito (2008) and Paul Tol's muted/light sets (colour-blind safe).
#: Assigned so that sectors next to each other in :data:`SECTORS` differ by >= 0.12 in grey
#: luminance (ITU-R BT.601), e.g. energy (yellow, 0.84), oil & gas (black, 0), nuclear (0.47).
SECTOR_COLOURS = {
    "party": "#882255",
    "diplomacy": "#56B4E9",
    "defence_security": "#332288",
    "economy": "#E69F00",
    "energy": "#F0E442",
    "oil_gas": "#000000",
    "nuclear": "#D55E00",
    "science_technology": "#BBCC33",
    "education": "#0072B2",
    "culture": "#CC79A7",
    "health": "#009E73",
    "tourism_sports": "#DDCC77",
    "labour": "#AA4499",
    "transport": "#99DDFF",
    "people": "#CC6677",
    "environment": "#117733",
}

#: One marker per sector, so that a sector reads without colour too.
SECTOR_MARKERS = dict(
    zip(
        SECTORS,
        ["o", "s", "^", "D", "v", "P", "X", "*", "<", ">", "p", "h", "d", "8", "H", "o"],
        strict=True,
    )
)
SECTOR_MARKERS["environment"] = "$e$"  # a 16th distinct shape: a letter

#: Period colours by position in time (Paul Tol's high-contrast pair: grey luminance 0.22 vs 0.67).
PERIOD_COLOURS = ("#004488", "#DDAA33", "#BB5566")
#: Period hatches by position: the earlier period plain, the later one hatched.
PERIOD_HATCHES = ("", "////", "....")
#: Period markers by position (dot plots).
PERIOD_MARKERS = ("o", "s", "^")

#: Speaker sides (issue 3), in display order.
SIDE_ORDER = ("narrator", "vietnam", "russia", "joint")
_SIDE_LABELS = {"narrator": "Narrator", "vietnam": "Việt Nam", "russia": "Russia", "joint": "Joint"}

#: Sequential colour map for counts in heat maps (single hue: luminance falls with the count).
SEQUENTIAL_CMAP = "Blues"

_FALLBACK = "#BBBBBB"


# --------------------------------------------------------------------------------------------
# style
# --------------------------------------------------------------------------------------------


def style_path():
    """Path of the packaged matplotlib style file ``framing/style/framing.mplstyle``."""
    return resources.files("framing").joinpath("style", "framing.mplstyle")


@contextmanager
def figure_style():
    """Context manager that applies the house style (fonts, sizes, colours, deterministic output).

    Both drawing and saving should happen inside it: rcParams such as ``pdf.fonttype`` and
    ``svg.hashsalt`` are read when a figure is saved.

    Examples
    --------
    >>> with figure_style():  # doctest: +SKIP
    ...     fig = textplot_sector_rates(summary)
    ...     fig.savefig("rates.pdf")
    """
    import matplotlib as mpl

    with mpl.rc_context(fname=str(style_path())):
        yield


def sector_label(sector: str, labels=None) -> str:
    """Display name of a sector: ``labels[sector]`` if given, else :data:`SECTOR_LABELS`."""
    if labels is not None and sector in labels:
        return str(labels[sector])
    return SECTOR_LABELS.get(sector, str(sector).replace("_", " ").capitalize())


def sector_colour(sector: str) -> str:
    """Fixed colour of a sector (grey for an id outside :data:`SECTORS`)."""
    return SECTOR_COLOURS.get(sector, _FALLBACK)


def period_styles(periods) -> dict:
    """Colour, hatch and marker of each period, by position in time (sorted labels).

    Parameters
    ----------
    periods : iterable of str
        Period labels such as ``"2025-10"``; ISO-like labels sort in time order.

    Returns
    -------
    dict
        period -> {"color", "hatch", "marker"}; the earliest period is dark blue and plain.
    """
    out = {}
    for i, p in enumerate(sorted({str(p) for p in periods})):
        j = min(i, len(PERIOD_COLOURS) - 1)
        out[p] = {
            "color": PERIOD_COLOURS[j],
            "hatch": PERIOD_HATCHES[j],
            "marker": PERIOD_MARKERS[j],
        }
    return out


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def _require(df: pd.DataFrame, columns, table: str) -> None:
    require_columns(df, columns, f"{table} table")


def _pick(df: pd.DataFrame, candidates, table: str, required: bool = True):
    """First of ``candidates`` that is a column of ``df`` (tables name some columns variously)."""
    for c in candidates:
        if c in df.columns:
            return c
    if required:
        raise InputError(f"{table} table", f"needs one of the columns {', '.join(candidates)}")
    return None


def _new_figure(figsize, nrows=1, ncols=1, squeeze_to_row: bool = False, **kwargs):
    """A Figure with subplots, detached from pyplot (no global state, nothing to close).

    ``squeeze_to_row`` returns the axes as one row (``axes[0]`` lists them all) whatever the grid,
    for figures whose parallel panels are side by side at full width and stacked when narrow.
    """
    from matplotlib.figure import Figure

    fig = Figure(figsize=figsize, layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=False, **kwargs)
    if squeeze_to_row:
        axes = axes.reshape(1, -1)
    return fig, axes


def _narrow(figsize) -> bool:
    """True below 5 in: single-column figures stack their panels and drop secondary detail."""
    return float(figsize[0]) < 5.0


def _panels(figsize, n: int) -> tuple[int, int]:
    """Rows and columns for ``n`` parallel panels: side by side, or stacked when narrow."""
    return (n, 1) if _narrow(figsize) else (1, n)


def _wrap(text: str, figsize, per_inch: float = 13.0) -> str:
    """Wrap a title to the figure width (about 13 bold 9-pt characters per inch)."""
    import textwrap

    width = max(20, int(float(figsize[0]) * per_inch))
    return "\n".join(textwrap.fill(line, width) for line in text.split("\n"))


def _short(text: str, n: int) -> str:
    """``text`` cut to ``n`` characters with an ellipsis (labels in single-column figures)."""
    text = str(text)
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _suptitle(fig, text: str, figsize) -> None:
    fig.suptitle(_wrap(text, figsize), x=0.01, ha="left")


def _empty(fig, ax, message: str):
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
    return fig


def _sector_order(sectors) -> list[str]:
    present = [str(s) for s in pd.unique(pd.Series(list(sectors), dtype="object"))]
    known = [s for s in SECTORS if s in present]
    return known + sorted(s for s in present if s not in SECTORS)


def _periods(df: pd.DataFrame, column: str = "period") -> list[str]:
    return sorted({str(p) for p in df[column].dropna()})


def _fmt(x: float, digits: int = 1) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    return f"{x:.{digits}f}"


def _fmt_p(p: float) -> str:
    if p is None or (isinstance(p, float) and math.isnan(p)):
        return "p –"
    if p < 0.001:
        return "p<.001"
    return f"p={p:.3f}".replace("0.", ".", 1)


def _text_colour(rgba) -> str:
    r, g, b = rgba[:3]
    return "white" if 0.299 * r + 0.587 * g + 0.114 * b < 0.5 else "#222222"


def _display(df: pd.DataFrame) -> pd.Series:
    if "display" in df.columns:
        return df["display"].astype("object").where(df["display"].notna(), df["term"]).astype(str)
    return df["term"].astype(str)


# --------------------------------------------------------------------------------------------
# corpus
# --------------------------------------------------------------------------------------------

_OVERVIEW_METRICS = (
    ("n_tokens", "Tokens", 0),
    ("n_types", "Types (distinct stems)", 0),
    ("ttr", "Type–token ratio", 2),
    ("n_sentences", "Sentences", 0),
    ("mean_sentence_length", "Mean sentence length (tokens)", 1),
    ("n_paragraphs", "Paragraphs", 0),
)


def textplot_corpus_overview(overview: pd.DataFrame, figsize=(7.0, 2.8)):
    """Size and shape of each report: tokens, types, type–token ratio, sentences, paragraphs.

    Parameters
    ----------
    overview : DataFrame
        The lexical overview (:func:`framing.frequencies.lexical_overview`): doc_id, period, n_tokens,
        n_types, ttr, n_sentences, mean_sentence_length, n_paragraphs (missing metrics are skipped).
    figsize : (float, float)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        One small panel per metric, one bar per document in its period's colour, value printed.
    """
    _require(overview, ["doc_id", "period"], "lexical-overview")
    metrics = [m for m in _OVERVIEW_METRICS if m[0] in overview.columns]
    with figure_style():
        ncols = 2 if _narrow(figsize) else 3
        nrows = max(1, math.ceil(len(metrics) / ncols))
        fig, axes = _new_figure(figsize, nrows, ncols, sharey=True)
        if overview.empty or not metrics:
            return _empty(fig, axes[0, 0], "no documents")
        rows = overview.sort_values(["period", "doc_id"]).reset_index(drop=True)
        styles = period_styles(rows["period"])
        y = np.arange(len(rows))[::-1]
        labels = [
            f"{d}\n({p})" for d, p in zip(rows["doc_id"], rows["period"].astype(str), strict=True)
        ]
        for ax, (col, title, digits) in zip(axes.flat, metrics, strict=False):
            values = rows[col].astype(float).to_numpy()
            for yi, v, p in zip(y, values, rows["period"].astype(str), strict=True):
                st = styles[p]
                ax.barh(
                    yi, v, height=0.6, color=st["color"], hatch=st["hatch"], edgecolor="#222222"
                )
                ax.text(v, yi, f" {v:,.{digits}f}", va="center", ha="left", fontsize=7)
            ax.set_title(_wrap(title, figsize, 6), fontweight="normal")
            ax.set_xlim(0, max(values.max(), 1e-9) * 1.35)
            ax.set_yticks(y, labels)
            ax.tick_params(axis="x", labelsize=6.5)
        for ax in list(axes.flat)[len(metrics) :]:
            ax.set_axis_off()
        _suptitle(fig, "The two reports at a glance", figsize)
    return fig


# --------------------------------------------------------------------------------------------
# sectors
# --------------------------------------------------------------------------------------------


def textplot_sector_rates(
    summary: pd.DataFrame, labels=None, all_sectors: bool = True, figsize=(7.0, 5.0)
):
    """Sector mentions per 1,000 tokens in each period, with the raw count printed at each bar.

    Parameters
    ----------
    summary : DataFrame
        ``sector-summary-by-period``: period, sector, count, n_tokens, rate_per_1000 (share etc.
        ignored).
    labels : mapping, optional
        sector id -> display name (default :data:`SECTOR_LABELS`).
    all_sectors : bool
        List every sector of :data:`SECTORS`, also those never mentioned (shown as ``0``), so that
        absences are visible.
    figsize : (float, float)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        Horizontal grouped bars: one bar per sector and period (period colour and hatch), the count
        ``n`` printed at the end of each bar.
    """
    _require(summary, ["period", "sector", "count", "rate_per_1000"], "sector-summary-by-period")
    with figure_style():
        fig, axes = _new_figure(figsize)
        ax = axes[0, 0]
        periods = _periods(summary)
        if not periods:
            return _empty(fig, ax, "no sector mentions")
        sectors = _sector_order(list(SECTORS) if all_sectors else [])
        sectors += [s for s in _sector_order(summary["sector"]) if s not in sectors]
        styles = period_styles(periods)
        tab = summary.assign(
            period=summary["period"].astype(str), sector=summary["sector"].astype(str)
        )
        tokens = tab.groupby("period")["n_tokens"].first() if "n_tokens" in tab.columns else None
        h = 0.8 / len(periods)
        y0 = np.arange(len(sectors))[::-1].astype(float)
        xmax = float(tab["rate_per_1000"].max()) if len(tab) else 1.0
        for j, p in enumerate(periods):
            sub = tab[tab["period"] == p].set_index("sector")
            rates = sub["rate_per_1000"].reindex(sectors).fillna(0.0).astype(float).to_numpy()
            counts = sub["count"].reindex(sectors).fillna(0).astype(int).to_numpy()
            ys = y0 + 0.4 - h * (j + 0.5)
            st = styles[p]
            label = p if tokens is None else f"{p} ({int(tokens[p]):,} tokens)"
            ax.barh(
                ys,
                rates,
                height=h * 0.92,
                color=st["color"],
                hatch=st["hatch"],
                edgecolor="#222222",
                linewidth=0.4,
                label=label,
            )
            for yy, r, n in zip(ys, rates, counts, strict=True):
                ax.text(
                    r + xmax * 0.01,
                    yy,
                    f"n={n}",
                    va="center",
                    ha="left",
                    fontsize=6.5,
                    color="#333333",
                )
        ax.set_yticks(y0, [sector_label(s, labels) for s in sectors])
        ax.set_xlim(0, max(xmax, 1e-9) * 1.15)
        ax.set_xlabel(_wrap("Sector mentions per 1,000 tokens (n = mentions)", figsize, 16))
        ax.set_ylim(-0.6, len(sectors) - 0.4)
        ax.xaxis.grid(True)
        fig.legend(loc="outside upper right", ncols=len(periods), title=None)
        ax.set_title(_wrap("Sector mentions by period", figsize))
    return fig


def textplot_sector_difference(difference: pd.DataFrame, labels=None, figsize=(7.0, 5.0)):
    """Change in each sector's rate between the two periods, with its bootstrap interval.

    Parameters
    ----------
    difference : DataFrame
        ``sector-period-difference`` (:func:`framing.sectors.sector_period_difference`): sector,
        target, reference (period labels), count_target, count_reference, rate_diff (target minus
        reference, per 1,000 tokens), ci_low, ci_high (95 % bootstrap interval of rate_diff over
        sentences), share_target, share_reference, odds_ratio, p_value (Fisher's exact test),
        too_small. A table with ``share_diff`` but no ``rate_diff`` is drawn in shares instead.
    labels : mapping, optional
        sector id -> display name.
    figsize : (float, float)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        Left: one point and interval per sector; sectors flagged ``too_small`` are hollow and grey.
        Right: a text panel with the counts, the shares of all sector mentions, Fisher's p and the
        odds ratio of each sector.
    """
    t = "sector-period-difference"
    _require(difference, ["sector"], t)
    use_rate = "rate_diff" in difference.columns
    value_col = (
        "rate_diff" if use_rate else _pick(difference, ["share_diff", "share_difference"], t)
    )
    lo_col = _pick(difference, ["ci_low", "ci_lower", "lower"], t, False)
    hi_col = _pick(difference, ["ci_high", "ci_upper", "upper"], t, False)
    p_col = _pick(difference, ["p_value", "fisher_p"], t, False)
    or_col = _pick(difference, ["odds_ratio"], t, False)
    with figure_style():
        narrow = _narrow(figsize)
        ratios = [1.15, 1.0] if narrow else [2.0, 1.3]
        fig, axes = _new_figure(figsize, 1, 2, sharey=True, gridspec_kw={"width_ratios": ratios})
        ax, ax_t = axes[0]
        if difference.empty:
            return _empty(fig, ax, "no sector mentions")
        tab = difference.assign(sector=difference["sector"].astype(str)).set_index("sector")
        sectors = _sector_order(tab.index)
        tab = tab.loc[sectors]
        target = str(tab["target"].iat[0]) if "target" in tab.columns else "target"
        reference = str(tab["reference"].iat[0]) if "reference" in tab.columns else "reference"
        scale = 1.0 if use_rate else 100.0  # shares are drawn in percentage points
        y = np.arange(len(sectors))[::-1]
        small = (
            tab["too_small"].astype(bool).to_numpy()
            if "too_small" in tab.columns
            else np.zeros(len(tab), bool)
        )
        d = tab[value_col].astype(float).to_numpy() * scale
        if lo_col and hi_col:
            lo = tab[lo_col].astype(float).to_numpy() * scale
            hi = tab[hi_col].astype(float).to_numpy() * scale
            for yi, a, b, s in zip(y, lo, hi, small, strict=True):
                ax.plot(
                    [a, b],
                    [yi, yi],
                    color="#999999" if s else "#222222",
                    linewidth=1.3,
                    solid_capstyle="butt",
                )
        for yi, v, s, sec in zip(y, d, small, sectors, strict=True):
            ax.plot(
                v,
                yi,
                marker="o",
                markersize=5,
                linestyle="none",
                markerfacecolor="white" if s else sector_colour(sec),
                markeredgecolor="#777777" if s else "#222222",
                markeredgewidth=0.9,
            )
        ax.axvline(0, color="#555555", linewidth=0.6)
        ax.set_yticks(y, [sector_label(s, labels) for s in sectors])
        ax.set_ylim(-0.6, len(sectors) - 0.4)
        ax.xaxis.grid(True)
        unit = "mentions per 1,000 tokens" if use_rate else "share of mentions, percentage points"
        ax.set_xlabel(_wrap(f"{target} minus {reference} ({unit})", figsize, 6 if narrow else 9))
        what = "95% bootstrap interval over sentences" if lo_col else "no interval in the table"
        _suptitle(
            fig,
            f"Change in sector {'rates' if use_rate else 'shares'}, {target} against {reference} "
            f"({what})",
            figsize,
        )
        # the text panel: counts, shares, Fisher's exact test
        columns = []
        if {"count_target", "count_reference"} <= set(tab.columns):
            columns.append(
                (
                    "n" if narrow else "mentions",
                    [
                        f"{int(a)} → {int(b)}"
                        for a, b in zip(tab["count_reference"], tab["count_target"], strict=True)
                    ],
                )
            )
        if {"share_target", "share_reference"} <= set(tab.columns) and not narrow:
            columns.append(
                (
                    "share %",
                    [
                        f"{100 * a:.0f} → {100 * b:.0f}"
                        for a, b in zip(tab["share_reference"], tab["share_target"], strict=True)
                    ],
                )
            )
        if p_col:
            columns.append(
                (
                    "p" if narrow else "Fisher p",
                    [_fmt_p(float(v)).replace("p=", "").replace("p<", "<") for v in tab[p_col]],
                )
            )
        if or_col and not narrow:
            columns.append(
                ("odds r.", [_fmt(float(v), 2).replace("inf", "∞") for v in tab[or_col]])
            )
        ax_t.set_axis_off()
        xs = ([0.0, 0.62] if narrow else [0.0, 0.3, 0.58, 0.82])[: len(columns)]
        for x, (head, cells) in zip(xs, columns, strict=True):
            ax_t.text(
                x, len(sectors) - 0.5, head, fontsize=6.5, fontweight="bold", va="bottom", ha="left"
            )
            for yi, cell, s in zip(y, cells, small, strict=True):
                ax_t.text(
                    x,
                    yi,
                    cell,
                    fontsize=6.5,
                    va="center",
                    ha="left",
                    color="#888888" if s else "#222222",
                )
        ax_t.set_xlim(0, 1)
        ax_t.set_title(
            f"{reference} →{chr(10) if narrow else ' '}{target}",
            fontsize=7,
            fontweight="normal",
            loc="left",
            pad=12,
        )
        if small.any() and not narrow:  # narrow: the caption says it
            ax_t.text(
                0,
                -1.1,
                _wrap("grey, hollow: too few mentions to conclude", figsize, 4),
                fontsize=6.5,
                color="#666666",
                va="top",
                ha="left",
            )
    return fig


def textplot_sector_xray(mentions: pd.DataFrame, labels=None, figsize=(7.0, 4.6)):
    """Where in each report each sector is mentioned (a lexical dispersion "x-ray").

    Parameters
    ----------
    mentions : DataFrame
        ``sector-mentions`` (doc_id, period, sector, rel_position in 0-1, ...) or the
        ``dispersion`` table (doc_id, period, item, rel_position; ``item`` is then the sector).
    labels : mapping, optional
        sector id -> display name.
    figsize : (float, float)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        One panel per document, one row per sector, one tick per mention at its relative position
        (0 = start of the report, 1 = end), in the sector's colour; the mention count at the right.
    """
    if "sector" not in mentions.columns and "item" in mentions.columns:
        mentions = mentions.rename(columns={"item": "sector"})
    _require(mentions, ["doc_id", "period", "sector", "rel_position"], "sector-mentions")
    with figure_style():
        docs = (
            mentions[["doc_id", "period"]]
            .astype(str)
            .drop_duplicates()
            .sort_values(["period", "doc_id"])
        )
        n = max(1, len(docs))
        fig, axes = _new_figure(figsize, *_panels(figsize, n), sharey=True, squeeze_to_row=True)
        if mentions.empty:
            return _empty(fig, axes[0, 0], "no sector mentions")
        sectors = _sector_order(mentions["sector"].astype(str))
        y = {s: i for i, s in enumerate(reversed(sectors))}
        for ax, (doc, period) in zip(axes[0], docs.itertuples(index=False), strict=True):
            sub = mentions[mentions["doc_id"].astype(str) == doc]
            ax.set_yticks(range(len(sectors)), [sector_label(s, labels) for s in reversed(sectors)])
            for s in sectors:
                pos = (
                    sub.loc[sub["sector"].astype(str) == s, "rel_position"].astype(float).to_numpy()
                )
                ax.axhline(y[s], color="#EEEEEE", linewidth=0.6, zorder=0)
                if len(pos):
                    # a dark outline under each coloured tick: pale sectors stay visible, also in grey
                    ax.plot(
                        pos,
                        np.full(len(pos), y[s]),
                        linestyle="none",
                        marker="|",
                        markersize=10,
                        markeredgewidth=2.8,
                        color="#333333",
                    )
                    ax.plot(
                        pos,
                        np.full(len(pos), y[s]),
                        linestyle="none",
                        marker="|",
                        markersize=8.6,
                        markeredgewidth=1.6,
                        color=sector_colour(s),
                    )
                ax.text(
                    1.02,
                    y[s],
                    str(len(pos)),
                    va="center",
                    ha="left",
                    fontsize=6.5,
                    transform=ax.get_yaxis_transform(),
                    color="#333333",
                )
            ax.set_xlim(0, 1)
            ax.set_xticks([0, 0.25, 0.5, 0.75, 1], ["start", "", "middle", "", "end"])
            ax.set_title(f"{doc} ({period})", fontweight="normal")
            ax.set_xlabel("Position in the report")
            ax.spines["left"].set_visible(False)
            ax.tick_params(axis="y", length=0)
            ax.text(
                1.02,
                len(sectors) - 0.4,
                "n",
                fontsize=6.5,
                fontweight="bold",
                ha="left",
                transform=ax.get_yaxis_transform(),
            )
        axes[0, 0].set_yticks(list(y.values()), [sector_label(s, labels) for s in y])
        axes[0, 0].set_ylim(-0.7, len(sectors) - 0.3)
        _suptitle(fig, "Where each sector is mentioned (one tick per mention)", figsize)
    return fig


def textplot_sector_sides(by_side: pd.DataFrame, labels=None, figsize=(7.0, 4.6)):
    """Who voices which sector: mentions by speaker side and sector, one panel per period.

    Parameters
    ----------
    by_side : DataFrame
        ``sector-by-side``: period, side (narrator, vietnam, russia, joint), sector, count.
    labels : mapping, optional
        sector id -> display name.
    figsize : (float, float)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        Heat maps (rows sectors, columns sides) with the count written in every non-empty cell; one
        colour scale shared by the panels.
    """
    _require(by_side, ["period", "side", "sector", "count"], "sector-by-side")
    with figure_style():
        periods = _periods(by_side)
        fig, axes = _new_figure(
            figsize, *_panels(figsize, max(1, len(periods))), sharey=True, squeeze_to_row=True
        )
        if by_side.empty:
            return _empty(fig, axes[0, 0], "no sector mentions")
        import matplotlib as mpl

        tab = by_side.assign(**{c: by_side[c].astype(str) for c in ["period", "side", "sector"]})
        sectors = _sector_order(tab["sector"])
        sides = [s for s in SIDE_ORDER if s in set(tab["side"])] + sorted(
            set(tab["side"]) - set(SIDE_ORDER)
        )
        vmax = max(1, int(tab["count"].max()))
        cmap = mpl.colormaps[SEQUENTIAL_CMAP]
        norm = mpl.colors.Normalize(0, vmax)
        for ax, p in zip(axes[0], periods, strict=True):
            m = (
                tab[tab["period"] == p]
                .pivot_table(index="sector", columns="side", values="count", aggfunc="sum")
                .reindex(index=sectors, columns=sides)
                .fillna(0)
                .astype(int)
            )
            ax.imshow(m.to_numpy(), cmap=cmap, norm=norm, aspect="auto")
            for i in range(m.shape[0]):
                for j in range(m.shape[1]):
                    v = int(m.iat[i, j])
                    if v:
                        ax.text(
                            j,
                            i,
                            str(v),
                            ha="center",
                            va="center",
                            fontsize=7,
                            color=_text_colour(cmap(norm(v))),
                        )
            ax.set_xticks(range(len(sides)), [_SIDE_LABELS.get(s, s) for s in sides])
            ax.set_yticks(range(len(sectors)), [sector_label(s, labels) for s in sectors])
            ax.set_title(f"{p} (n={int(m.to_numpy().sum())})", fontweight="normal")
            ax.tick_params(length=0)
            ax.set_xticks(np.arange(len(sides) + 1) - 0.5, minor=True)
            ax.set_yticks(np.arange(len(sectors) + 1) - 0.5, minor=True)
            ax.grid(which="minor", color="white", linewidth=1)
            ax.tick_params(which="minor", length=0)
            for sp in ax.spines.values():
                sp.set_visible(False)
        axes[0, 0].set_yticks(range(len(sectors)), [sector_label(s, labels) for s in sectors])
        _suptitle(fig, "Who voices each sector: mentions by speaker side", figsize)
    return fig


def _pair_matrix(tab: pd.DataFrame, sectors: list[str]) -> np.ndarray:
    idx = {sec: i for i, sec in enumerate(sectors)}
    m = np.zeros((len(sectors), len(sectors)), dtype=int)
    for a, b, n in zip(
        tab["sector_a"].astype(str), tab["sector_b"].astype(str), tab["n_sentences"], strict=True
    ):
        if a != b and a in idx and b in idx:
            i, j = sorted((idx[a], idx[b]), reverse=True)
            m[i, j] = max(m[i, j], int(n))  # a pair listed both ways holds the same count
    return m


def textplot_sector_cooccurrence(cooccurrence: pd.DataFrame, labels=None, figsize=(6.0, 5.4)):
    """How often two sectors are named in the same sentence, the two periods mirrored.

    Parameters
    ----------
    cooccurrence : DataFrame
        ``sector-cooccurrence``: (period,) sector_a, sector_b, n_sentences. Pairs may be listed in
        both orders (counted once); the diagonal (sentences naming a sector) is not drawn.
    labels : mapping, optional
        sector id -> display name.
    figsize : (float, float)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        A square heat map over the sectors that share a sentence with another: below the diagonal
        the earlier period (blue scale), above it the later period (gold scale), each cell with its
        count. Without a period column (or with one period), the lower triangle only.
    """
    _require(cooccurrence, ["sector_a", "sector_b", "n_sentences"], "sector-cooccurrence")
    with figure_style():
        fig, axes = _new_figure(figsize)
        ax = axes[0, 0]
        off = cooccurrence[
            (cooccurrence["sector_a"].astype(str) != cooccurrence["sector_b"].astype(str))
            & (cooccurrence["n_sentences"] > 0)
        ]
        if off.empty:
            return _empty(fig, ax, "no two sectors share a sentence")
        import matplotlib as mpl

        periods = _periods(cooccurrence) if "period" in cooccurrence.columns else []
        sectors = _sector_order(pd.concat([off["sector_a"], off["sector_b"]]).astype(str))
        n = len(sectors)
        if len(periods) == 2:
            lower = _pair_matrix(
                cooccurrence[cooccurrence["period"].astype(str) == periods[0]], sectors
            )
            upper = _pair_matrix(
                cooccurrence[cooccurrence["period"].astype(str) == periods[1]], sectors
            ).T
            parts = [
                (lower, np.tril(np.ones((n, n), bool), -1), "Blues", periods[0]),
                (upper, np.triu(np.ones((n, n), bool), 1), "YlOrBr", periods[1]),
            ]
        else:
            lower = _pair_matrix(cooccurrence, sectors)
            parts = [(lower, np.tril(np.ones((n, n), bool), -1), SEQUENTIAL_CMAP, None)]
        vmax = max(1, max(int(m.max()) for m, *_ in parts))
        for m, keep, cmap_name, _ in parts:
            cmap = mpl.colormaps[cmap_name].with_extremes(bad=(0, 0, 0, 0))
            norm = mpl.colors.Normalize(0, vmax * 1.15)  # the top colour stays short of black
            ax.imshow(
                np.ma.masked_where(~keep, m),
                cmap=cmap,
                norm=norm,
                aspect="equal",
                interpolation="nearest",
            )
            for i, j in zip(*np.nonzero(keep), strict=True):
                v = int(m[i, j])
                ax.text(
                    j,
                    i,
                    str(v) if v else "·",
                    ha="center",
                    va="center",
                    fontsize=6.5 if v else 6,
                    color=_text_colour(cmap(norm(v))) if v else "#AAAAAA",
                )
        for i in range(n):  # the diagonal separates the periods
            ax.add_patch(
                mpl.patches.Rectangle(
                    (i - 0.5, i - 0.5), 1, 1, facecolor="#E6E6E6", edgecolor="white"
                )
            )
        names = [sector_label(s, labels) for s in sectors]
        ax.set_yticks(range(n), names)
        ax.set_xticks(range(n), names, rotation=45, ha="right", rotation_mode="anchor")
        ax.set_xticks(np.arange(n + 1) - 0.5, minor=True)
        ax.set_yticks(np.arange(n + 1) - 0.5, minor=True)
        ax.grid(which="minor", color="white", linewidth=0.8)
        ax.tick_params(which="both", length=0)
        ax.set_xlim(-0.5, n - 0.5)
        ax.set_ylim(n - 0.5, -0.5)
        for sp in ax.spines.values():
            sp.set_visible(False)
        if len(periods) == 2:
            _suptitle(
                fig,
                f"Sentences naming both sectors: below the diagonal {periods[0]} (blue),\n"
                f"above it {periods[1]} (gold); · = none",
                figsize,
            )
        else:
            _suptitle(fig, "Sentences naming both sectors (· = none)", figsize)
    return fig


# --------------------------------------------------------------------------------------------
# keyness and frequencies
# --------------------------------------------------------------------------------------------


def _keyness_sides(keyness: pd.DataFrame, target=None, reference=None):
    """Names of the target and reference groups: given, else read from ``direction`` if it names them."""
    t, r = "target", "reference"
    if "direction" in keyness.columns:
        pos = keyness.loc[keyness["log_ratio"] > 0, "direction"].dropna().astype(str)
        neg = keyness.loc[keyness["log_ratio"] < 0, "direction"].dropna().astype(str)
        t = pos.mode().iat[0] if len(pos) else t
        r = neg.mode().iat[0] if len(neg) else r
    return (str(target) if target is not None else t), (
        str(reference) if reference is not None else r
    )


def _side_styles(target: str, reference: str) -> tuple[dict, dict]:
    st = period_styles([target, reference])
    if target in st and reference in st and target != reference:
        return st[target], st[reference]
    return (
        {"color": PERIOD_COLOURS[1], "hatch": PERIOD_HATCHES[1], "marker": PERIOD_MARKERS[1]},
        {"color": PERIOD_COLOURS[0], "hatch": PERIOD_HATCHES[0], "marker": PERIOD_MARKERS[0]},
    )


def _spread_labels(xs, ys, gap: float, width: float = 0.45) -> list[float]:
    """Label heights near ``ys`` such that labels closer than ``width`` in x are ``gap`` apart in y.

    Greedy and deterministic: labels are placed from the largest ``|y|`` inwards and pushed towards
    zero past any already placed label they would overlap.
    """
    placed: list[tuple[float, float]] = []
    out = [0.0] * len(ys)
    for i in sorted(range(len(ys)), key=lambda i: (-abs(ys[i]), i)):
        yl = float(ys[i])
        step = -gap if yl > 0 else gap
        moved = True
        for _ in range(len(placed) + 1):  # each push passes one placed label: bounded
            if not moved:
                break
            moved = False
            for px, py in placed:
                if abs(px - xs[i]) < width and abs(py - yl) < gap * (1 - 1e-9):
                    yl = py + step
                    moved = True
        placed.append((float(xs[i]), yl))
        out[i] = yl
    return out


def _top_keyness(keyness: pd.DataFrame, n: int) -> pd.DataFrame:
    k = keyness.assign(_display=_display(keyness))
    up = k[k["log_ratio"] > 0].sort_values(["g2", "term"], ascending=[False, True]).head(n)
    down = k[k["log_ratio"] < 0].sort_values(["g2", "term"], ascending=[False, True]).head(n)
    # most key target term at the top, most key reference term at the bottom
    return pd.concat([up, down.iloc[::-1]], ignore_index=True)


def textplot_keyness(
    keyness: pd.DataFrame,
    n: int = 12,
    alpha: float = 0.05,
    target=None,
    reference=None,
    figsize=(7.0, 5.6),
):
    """Key terms each way: G² (significance) beside Log Ratio (effect size), counts printed.

    Parameters
    ----------
    keyness : DataFrame
        The keyness table (issue 4): term, display, count_target, count_reference, g2, p_value,
        p_adjusted, log_ratio, direction.
    n : int
        Terms shown each way (the ``n`` largest G² among terms more frequent in the target, and
        the ``n`` largest among terms more frequent in the reference).
    alpha : float
        Level for the Benjamini–Hochberg adjusted p-value: terms below it get a ``*`` and the title
        says how many of all tested terms reach it.
    target, reference : str, optional
        Names of the two groups (e.g. the periods) for the labels; default: read from
        ``direction`` when it holds them, else "target" and "reference".
    figsize : (float, float)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        Left panel: signed G² (positive = key in the target); the dashed line is the 3.84
        critical value (p = .05, 1 df, unadjusted). Right panel: Log Ratio (log2 of the ratio of
        relative frequencies) with the counts ``target / reference``.
    """
    _require(keyness, ["term", "count_target", "count_reference", "g2", "log_ratio"], "keyness")
    with figure_style():
        if _narrow(figsize):
            fig, axes = _new_figure(figsize, 2, 1, squeeze_to_row=True)
        else:
            fig, axes = _new_figure(
                figsize, 1, 2, sharey=True, gridspec_kw={"width_ratios": [1.1, 1]}
            )
        ax_g, ax_r = axes[0]
        top = _top_keyness(keyness, n)
        if top.empty:
            return _empty(fig, ax_g, "no terms tested")
        target, reference = _keyness_sides(keyness, target, reference)
        st_t, st_r = _side_styles(target, reference)
        y = np.arange(len(top))[::-1]
        sign = np.where(top["log_ratio"] > 0, 1.0, -1.0)
        has_p = "p_adjusted" in top.columns
        sig = (top["p_adjusted"] < alpha).to_numpy() if has_p else np.zeros(len(top), bool)
        for yi, g, s in zip(y, top["g2"].astype(float) * sign, sign, strict=True):
            st = st_t if s > 0 else st_r
            ax_g.barh(
                yi,
                g,
                height=0.7,
                color=st["color"],
                hatch=st["hatch"],
                edgecolor="#222222",
                linewidth=0.5,
            )
        for c in (3.84, -3.84):
            ax_g.axvline(c, color="#777777", linewidth=0.6, linestyle="--")
        ax_g.axvline(0, color="#333333", linewidth=0.6)
        shown = [_short(d, 24) if _narrow(figsize) else str(d) for d in top["_display"]]
        names = [f"{d} *" if ok else d for d, ok in zip(shown, sig, strict=True)]
        ax_g.set_yticks(y, names)
        ax_g.set_xlabel(_wrap(f"G²\n(+ key in {target}, − key in {reference})", figsize, 9))
        ax_g.xaxis.grid(True)
        ax_g.set_title("Significance: G² (dashed: 3.84)", fontsize=7.5)
        for yi, lr, s, ct, cr in zip(
            y,
            top["log_ratio"].astype(float),
            sign,
            top["count_target"],
            top["count_reference"],
            strict=True,
        ):
            st = st_t if s > 0 else st_r
            ax_r.plot([0, lr], [yi, yi], color="#999999", linewidth=0.8)
            ax_r.plot(
                lr,
                yi,
                marker=st["marker"],
                color=st["color"],
                markeredgecolor="#222222",
                markeredgewidth=0.5,
                linestyle="none",
            )
            ax_r.text(
                lr + (0.3 if s > 0 else -0.3),
                yi,
                f"{int(ct)} / {int(cr)}",
                va="center",
                ha="left" if s > 0 else "right",
                fontsize=6.5,
                color="#333333",
            )
        lim = float(np.nanmax(np.abs(top["log_ratio"].astype(float)))) + 2.0
        ax_r.set_xlim(-lim, lim)
        ax_r.axvline(0, color="#333333", linewidth=0.6)
        ax_r.set_xlabel(_wrap(f"Log Ratio\n(printed: count {target} / {reference})", figsize, 9))
        ax_r.xaxis.grid(True)
        ax_r.set_title("Effect size: Log Ratio", fontsize=7.5)
        ax_r.tick_params(axis="y", length=0)
        if _narrow(figsize):
            ax_r.set_yticks(y, names)
        if has_p:
            n_sig = int((keyness["p_adjusted"] < alpha).sum())
            note = (
                f"{n_sig} of {len(keyness):,} terms tested significant after Benjamini–Hochberg "
                f"(* = adjusted p < {alpha:g})"
            )
        else:
            note = "no adjusted p-values in the table"
        _suptitle(
            fig, f"Key terms, {target} against {reference}, top {n} each way by G²\n{note}", figsize
        )
    return fig


def textplot_log_odds(
    keyness: pd.DataFrame,
    n_labels: int = 5,
    z: float = 1.96,
    target=None,
    reference=None,
    figsize=(7.0, 4.4),
):
    """Log-odds z-score with an informative Dirichlet prior against term frequency (Monroe et al. 2008).

    Terms with the same pair of counts have the same z; they are drawn as one point, sized by the
    number of terms, and named together in its label.

    Parameters
    ----------
    keyness : DataFrame
        The keyness table: term, display, count_target, count_reference, log_odds_z.
    n_labels : int
        Points labelled on each side of zero (largest ``|z|``, whether or not beyond ``z``).
    z : float
        Reference lines at ``±z`` (1.96: two-sided 5 %, unadjusted).
    target, reference : str, optional
        Names of the two groups for the labels.
    figsize : (float, float)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        x = count in both groups (log scale), y = z; colour and marker of the group the terms lean
        to, filled only beyond ``±z``.
    """
    _require(keyness, ["term", "count_target", "count_reference", "log_odds_z"], "keyness")
    with figure_style():
        fig, axes = _new_figure(figsize)
        ax = axes[0, 0]
        if keyness.empty:
            return _empty(fig, ax, "no terms tested")
        from matplotlib.ticker import FixedLocator, NullFormatter

        if "log_ratio" not in keyness.columns:
            keyness = keyness.assign(log_ratio=keyness["log_odds_z"])
        target, reference = _keyness_sides(keyness, target, reference)
        st_t, st_r = _side_styles(target, reference)
        k = keyness.assign(_display=_display(keyness), _z=keyness["log_odds_z"].astype(float))
        pts = (
            k.sort_values("_display", key=lambda c: c.str.casefold())
            .groupby(["count_target", "count_reference"], sort=True)
            .agg(z=("_z", "first"), n=("_display", "size"), names=("_display", list))
            .reset_index()
        )
        pts["total"] = pts["count_target"].astype(float) + pts["count_reference"].astype(float)
        x, zz, nn = pts["total"].to_numpy(), pts["z"].to_numpy(), pts["n"].to_numpy()
        size = 12 + 9 * np.sqrt(nn - 1)
        for sign, st, who in ((1, st_t, target), (-1, st_r, reference)):
            lean = zz * sign > 0
            strong = lean & (np.abs(zz) >= z)
            weak = lean & ~strong
            ax.scatter(
                x[weak],
                zz[weak],
                s=size[weak],
                marker=st["marker"],
                facecolors="white",
                edgecolors=st["color"],
                linewidths=1.0,
                zorder=2,
                label=f"leans to {who}, |z| < {z:g} ({int(nn[weak].sum())} terms)",
            )
            if strong.any():
                ax.scatter(
                    x[strong],
                    zz[strong],
                    s=size[strong],
                    marker=st["marker"],
                    color=st["color"],
                    edgecolors="#222222",
                    linewidths=0.4,
                    zorder=3,
                    label=f"key in {who}, |z| ≥ {z:g} ({int(nn[strong].sum())} terms)",
                )
        zero = zz == 0
        if zero.any():
            ax.scatter(
                x[zero],
                zz[zero],
                s=size[zero],
                color="#BBBBBB",
                label=f"z = 0 ({int(nn[zero].sum())} terms)",
            )
        for c in (z, -z):
            ax.axhline(c, color="#777777", linewidth=0.6, linestyle="--")
        ax.axhline(0, color="#333333", linewidth=0.6)
        ax.set_xscale("log")
        ticks = [
            v
            for v in (1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 500, 1000)
            if x.min() / 1.5 <= v <= x.max() * 1.5
        ]
        ax.xaxis.set_major_locator(FixedLocator(ticks))
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:g}")
        ax.xaxis.set_minor_formatter(NullFormatter())
        lo_x, hi_x = x.min() / 1.25, x.max() * 1.6
        ax.set_xlim(lo_x, hi_x)
        zmax = max(float(np.nanmax(np.abs(zz))), z) * 1.12
        ax.set_ylim(-zmax, zmax)
        order = np.argsort(-zz, kind="stable")
        n_names = 3
        if _narrow(figsize):  # fewer, shorter labels in a single column
            n_labels, n_names = min(n_labels, 3), 1
        lab_idx = [i for i in order[:n_labels] if zz[i] > 0] + [
            i for i in order[::-1][:n_labels] if zz[i] < 0
        ]
        ys = _spread_labels(np.log10(x[lab_idx]), zz[lab_idx], gap=0.075 * zmax, width=0.6)
        for i, yl in zip(lab_idx, ys, strict=True):
            names = pts["names"].iat[i]
            text = ", ".join(names[:n_names]) + (
                f" +{len(names) - n_names}" if len(names) > n_names else ""
            )
            text = _short(text, 18) if n_names == 1 else text
            text += f"  ({int(pts['count_target'].iat[i])}/{int(pts['count_reference'].iat[i])})"
            # labels of points in the right third go to their left, so they stay inside the figure
            right = np.log(x[i] / lo_x) > 0.6 * np.log(hi_x / lo_x)
            ax.annotate(
                text,
                (x[i], zz[i]),
                xytext=(x[i] / 1.12 if right else x[i] * 1.12, yl),
                textcoords="data",
                fontsize=6.3,
                va="center",
                ha="right" if right else "left",
                color="#222222",
                zorder=4,
                bbox={
                    "boxstyle": "square,pad=0.1",
                    "facecolor": "white",
                    "edgecolor": "none",
                    "alpha": 0.85,
                },
                arrowprops={
                    "arrowstyle": "-",
                    "color": "#999999",
                    "linewidth": 0.4,
                    "shrinkA": 0,
                    "shrinkB": 3,
                },
            )
        ax.set_xlabel(
            _wrap(
                f"Count in both periods (log scale); {len(k):,} terms tested, one point per count pair",
                figsize,
                12,
            )
        )
        ax.set_ylabel("Log-odds z (informative Dirichlet prior)")
        ax.legend(
            loc="upper center", bbox_to_anchor=(0.5, -0.16), ncols=1 if _narrow(figsize) else 2
        )
        ax.set_title(
            _wrap(
                f"Log-odds z, {target} against {reference} (dashed: ±{z:g}; labels: terms, "
                f"count {target}/{reference})",
                figsize,
                10.5,
            )
        )
    return fig


def textplot_top_terms(frequencies: pd.DataFrame, n: int = 15, figsize=(7.0, 4.4)):
    """The most frequent terms of each period, rate per 1,000 tokens with the count printed.

    Parameters
    ----------
    frequencies : DataFrame
        ``term-frequencies``: term, display, group (the period), count, n_tokens, rate_per_1000,
        rank.
    n : int
        Terms per period (ties on count broken by the table's rank, then term).
    figsize : (float, float)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        One panel per period, horizontal bars in the period's colour.
    """
    _require(frequencies, ["term", "group", "count", "rate_per_1000"], "term-frequencies")
    with figure_style():
        groups = _periods(frequencies, "group")
        fig, axes = _new_figure(
            figsize, *_panels(figsize, max(1, len(groups))), sharex=True, squeeze_to_row=True
        )
        if frequencies.empty:
            return _empty(fig, axes[0, 0], "no terms")
        styles = period_styles(groups)
        f = frequencies.assign(
            _display=_display(frequencies), group=frequencies["group"].astype(str)
        )
        xmax = float(f["rate_per_1000"].max())
        for ax, g in zip(axes[0], groups, strict=True):
            keys = ["count", "rank", "term"] if "rank" in f.columns else ["count", "term"]
            asc = [False, True, True][: len(keys)]
            sub = f[f["group"] == g].sort_values(keys, ascending=asc).head(n)
            y = np.arange(len(sub))[::-1]
            st = styles[g]
            ax.barh(
                y,
                sub["rate_per_1000"].astype(float),
                height=0.7,
                color=st["color"],
                hatch=st["hatch"],
                edgecolor="#222222",
                linewidth=0.4,
            )
            for yi, r, c in zip(y, sub["rate_per_1000"].astype(float), sub["count"], strict=True):
                ax.text(r + xmax * 0.01, yi, f"{int(c)}", va="center", ha="left", fontsize=6.5)
            ax.set_yticks(y, sub["_display"])
            tokens = (
                f" ({int(sub['n_tokens'].iat[0]):,} tokens)"
                if "n_tokens" in sub.columns and len(sub)
                else ""
            )
            ax.set_title(f"{g}{tokens}", fontweight="normal")
            ax.set_xlabel("Per 1,000 tokens (count printed)")
            ax.xaxis.grid(True)
            ax.set_xlim(0, xmax * 1.15)
        _suptitle(fig, f"Most frequent terms per period (top {n})", figsize)
    return fig


# --------------------------------------------------------------------------------------------
# topics
# --------------------------------------------------------------------------------------------


_METHOD_ORDER = ("seeded", "nmf", "lda")
_METHOD_NAMES = {"seeded": "seeded NMF", "nmf": "NMF (TF-IDF)", "lda": "LDA (counts)"}
_METHOD_SHORT = {"seeded": "Seeded", "nmf": "NMF", "lda": "LDA"}


def _methods(df: pd.DataFrame, method) -> list:
    """Methods to draw: the one asked for, else all in the table (seeded first), else [None]."""
    if "method" not in df.columns:
        return [None]
    present = [str(m) for m in pd.unique(df["method"].astype(str))]
    if method is not None:
        if str(method) not in present:
            raise InputError(
                "topic table", f"no method {method!r}; the table has {', '.join(present)}"
            )
        return [str(method)]
    return [m for m in _METHOD_ORDER if m in present] + [
        m for m in present if m not in _METHOD_ORDER
    ]


def _of_method(df: pd.DataFrame, method) -> pd.DataFrame:
    return df if method is None else df[df["method"].astype(str) == method]


def _topic_sector(sub: pd.DataFrame):
    for c in ("seed_sector", "sector", "dominant_sector"):
        if c in sub.columns:
            vals = sub[c].dropna().astype(str)
            vals = vals[vals != ""]
            if len(vals):
                return vals.iat[0]
    return None


def textplot_topic_terms(topic_terms: pd.DataFrame, method=None, n: int = 6, figsize=(7.0, 5.6)):
    """Top terms of each topic, one row of small panels per method (seeded and unseeded side by side).

    Parameters
    ----------
    topic_terms : DataFrame
        ``topic-terms``: method, topic, rank (by LDAvis relevance), term, display, weight (and
        seed_sector / sector, seed, stability if present).
    method : str, optional
        Draw only this method (default: every method in the table, seeded first).
    n : int
        Terms per topic.
    figsize : (float, float)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        Bars of the topic–term weight (normalised to the topic's largest weight shown), terms in
        relevance order, in the colour of the topic's seed (or dominant) sector; seed terms bold.
        Each panel title gives the topic's sector and its stability when the table has it.
    """
    _require(topic_terms, ["topic", "rank", "term", "weight"], "topic-terms")
    methods = _methods(topic_terms, method)
    with figure_style():
        ncols = max([len(pd.unique(_of_method(topic_terms, m)["topic"])) for m in methods] + [1])
        fig, axes = _new_figure(figsize, len(methods), ncols)
        if topic_terms.empty:
            return _empty(fig, axes[0, 0], "no topics")
        tab = topic_terms.assign(_display=_display(topic_terms))
        for row, m in zip(axes, methods, strict=True):
            sub_m = _of_method(tab, m)
            topics = sorted(pd.unique(sub_m["topic"]))
            for ax, t in zip(row, topics, strict=False):
                sub = sub_m[sub_m["topic"] == t].sort_values("rank").head(n)
                y = np.arange(len(sub))[::-1]
                sector = _topic_sector(sub)
                w = sub["weight"].astype(float).to_numpy()
                w = w / w.max() if len(w) and w.max() > 0 else w
                ax.barh(
                    y,
                    w,
                    height=0.7,
                    color=sector_colour(sector) if sector else PERIOD_COLOURS[0],
                    edgecolor="#222222",
                    linewidth=0.4,
                )
                ax.set_yticks(y, sub["_display"])
                if "seed" in sub.columns:
                    for lab, is_seed in zip(
                        ax.get_yticklabels(), sub["seed"].astype(bool), strict=True
                    ):
                        lab.set_fontweight("bold" if is_seed else "normal")
                ax.tick_params(axis="y", labelsize=6.5, length=0)
                ax.tick_params(axis="x", labelsize=6)
                ax.set_xlim(0, 1.05)
                ax.set_xticks([0, 0.5, 1])
                title = f"{_METHOD_SHORT.get(m, m) + ' · ' if m else ''}topic {t}"
                if "stability" in sub.columns and sub["stability"].notna().any():
                    title += f" · stab. {float(sub['stability'].iat[0]):.2f}"
                if sector:
                    title += f"\n{sector_label(sector)}"
                ax.set_title(title, fontweight="normal", fontsize=7)
            for ax in row[len(topics) :]:
                ax.set_axis_off()
        ks = sorted(pd.unique(tab["k"])) if "k" in tab.columns else []
        at_k = f" at k = {', '.join(map(str, ks))}" if ks else ""
        _suptitle(fig, f"Top terms per topic{at_k} (relevance order; bold: seed term)", figsize)
    return fig


def textplot_topic_proportions(proportions: pd.DataFrame, method=None, figsize=(7.0, 4.6)):
    """Mean topic proportion per period with its bootstrap interval over passages, per method.

    Parameters
    ----------
    proportions : DataFrame
        ``topic-proportions-by-period``: method, topic, period, mean, lower, upper, n_passages
        (``label``, ``specific_to`` used if present).
    method : str, optional
        Draw only this method (default: every method, one panel each, seeded first).
    figsize : (float, float)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        One panel per method, one row per topic, a point and interval per period (offset
        vertically; period colour and marker); ``n`` passages per period in the legend; topics
        the table marks as specific to one period get a ``*``.
    """
    _require(proportions, ["topic", "period", "mean"], "topic-proportions-by-period")
    methods = _methods(proportions, method)
    with figure_style():
        fig, axes = _new_figure(figsize, len(methods), 1, sharex=True)
        if proportions.empty:
            return _empty(fig, axes[0, 0], "no topics")
        tab = proportions.assign(period=proportions["period"].astype(str))
        periods = _periods(tab)
        styles = period_styles(periods)
        step = 0.5 / max(1, len(periods))
        for ax, m in zip(axes[:, 0], methods, strict=True):
            sub_m = _of_method(tab, m)
            topics = sorted(pd.unique(sub_m["topic"]))
            y0 = {t: i for i, t in enumerate(reversed(topics))}
            for j, p in enumerate(periods):
                sub = sub_m[sub_m["period"] == p]
                st = styles[p]
                ys = np.array([y0[t] for t in sub["topic"]], dtype=float) + 0.25 - step * (j + 0.5)
                if {"lower", "upper"} <= set(sub.columns):
                    for yy, lo, hi in zip(
                        ys, sub["lower"].astype(float), sub["upper"].astype(float), strict=True
                    ):
                        ax.plot(
                            [lo, hi],
                            [yy, yy],
                            color=st["color"],
                            linewidth=1.5,
                            solid_capstyle="butt",
                        )
                npass = (
                    f", {int(sub['n_passages'].iat[0])} passages"
                    if "n_passages" in sub.columns and len(sub)
                    else ""
                )
                ax.plot(
                    sub["mean"].astype(float),
                    ys,
                    linestyle="none",
                    marker=st["marker"],
                    color=st["color"],
                    markeredgecolor="#222222",
                    markeredgewidth=0.5,
                    markersize=5,
                    label=f"{p}{npass}",
                )
            names = []
            for t in reversed(topics):
                rows = sub_m[sub_m["topic"] == t]
                lab = (
                    rows["label"].dropna().astype(str)
                    if "label" in rows.columns
                    else pd.Series([], dtype=str)
                )
                spec = (
                    rows["specific_to"].dropna().astype(str)
                    if "specific_to" in rows.columns
                    else []
                )
                star = "*" if any(v for v in spec) else ""
                name = f"{t}: {lab.iat[0]}{star}" if len(lab) else f"Topic {t}{star}"
                names.append(_wrap(name, figsize, 7) if _narrow(figsize) else name)
            ax.set_yticks(list(range(len(topics))), names, fontsize=6.5)
            ax.set_ylim(-0.6, len(topics) - 0.4)
            ax.xaxis.grid(True)
            ax.set_title(_METHOD_NAMES.get(m, m) if m else "", fontweight="normal")
        axes[-1, 0].set_xlim(0, 1)
        axes[-1, 0].set_xlabel(
            _wrap("Mean topic proportion over passages (95% bootstrap interval)", figsize, 9)
        )
        where = "outside lower center" if _narrow(figsize) else "outside upper right"
        fig.legend(*axes[0, 0].get_legend_handles_labels(), loc=where, ncols=len(periods))
        _suptitle(fig, "Topic proportions by period", figsize)
    return fig


_K_MEASURES = (
    ("coherence", "Coherence (mean NPMI)"),
    ("diversity", "Diversity (unique top terms)"),
    ("stability", "Stability (mean Jaccard)"),
)
_METHOD_STYLE = {
    "nmf": {"color": "#0072B2", "marker": "o", "linestyle": "-"},
    "lda": {"color": "#D55E00", "marker": "s", "linestyle": "--"},
    "seeded": {"color": "#009E73", "marker": "^", "linestyle": ":"},
}


def textplot_k_selection(selection: pd.DataFrame, figsize=(7.0, 2.6)):
    """Choosing the number of topics: coherence, diversity and stability against k, per method.

    Parameters
    ----------
    selection : DataFrame
        ``topic-k-selection``: method, k, coherence, diversity, stability.
    figsize : (float, float)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        Three panels sharing the k axis; one line per method, each with its own colour, marker and
        line style so they read in grey; the chosen k (column ``chosen``, if present) circled.
    """
    _require(selection, ["method", "k"], "topic-k-selection")
    measures = [m for m in _K_MEASURES if m[0] in selection.columns]
    with figure_style():
        fig, axes = _new_figure(
            figsize, *_panels(figsize, max(1, len(measures))), sharex=True, squeeze_to_row=True
        )
        if selection.empty or not measures:
            return _empty(fig, axes[0, 0], "no fits")
        methods = [str(m) for m in pd.unique(selection["method"].astype(str))]
        fallback = ["#CC79A7", "#56B4E9", "#E69F00"]
        for ax, (col, title) in zip(axes[0], measures, strict=True):
            for i, m in enumerate(methods):
                sub = selection[selection["method"].astype(str) == m].sort_values("k")
                st = _METHOD_STYLE.get(
                    m, {"color": fallback[i % 3], "marker": "D", "linestyle": "-."}
                )
                ax.plot(sub["k"], sub[col].astype(float), label=_METHOD_NAMES.get(m, m), **st)
                if "chosen" in sub.columns and sub["chosen"].astype(bool).any():
                    ch = sub[sub["chosen"].astype(bool)]
                    ax.plot(
                        ch["k"],
                        ch[col].astype(float),
                        linestyle="none",
                        marker="o",
                        markersize=9,
                        markerfacecolor="none",
                        markeredgecolor="#222222",
                        markeredgewidth=0.8,
                    )
            ax.set_title(title, fontweight="normal")
            ax.set_xlabel("k (number of topics)")
            ax.yaxis.grid(True)
            ks = sorted(pd.unique(selection["k"]))
            ax.set_xticks(ks)
        if _narrow(figsize):
            fig.legend(
                *axes[0, 0].get_legend_handles_labels(),
                loc="outside lower center",
                ncols=len(methods),
            )
        else:
            axes[0, -1].legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), title="Method")
        chosen = ""
        if "chosen" in selection.columns and selection["chosen"].astype(bool).any():
            ks = sorted(pd.unique(selection.loc[selection["chosen"].astype(bool), "k"]))
            chosen = f"; circled: chosen k = {', '.join(map(str, ks))}"
        _suptitle(
            fig, f"Topic model quality by number of topics (higher is better{chosen})", figsize
        )
    return fig
