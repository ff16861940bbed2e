"""House style of the figures, colours of periods, sectors and sides, and shared drawing helpers.

Nothing here knows the study: sector order, labels and colours come from the tables or from the
caller (the reporting layer passes the lexicon's labels and colours, and the study's sides); what is
fixed here is generic: the period colours by position in time, a colour-blind-safe fallback cycle
for sectors and sides the caller gives no colour, sizes and the style file.

The drawing helpers at the end (:func:`new_figure`, :func:`wrap`, ...) are shared by the figure
modules of :mod:`framing.plots`; they are not part of the package's public face.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Mapping
from contextlib import contextmanager
from importlib import resources

import pandas as pd

__all__ = [
    "SIZES",
    "PERIOD_COLOURS",
    "PERIOD_HATCHES",
    "PERIOD_MARKERS",
    "FALLBACK_COLOURS",
    "SEQUENTIAL_CMAP",
    "style_path",
    "figure_style",
    "period_styles",
    "sector_order",
    "sector_label",
    "sector_labels",
    "sector_colour",
    "sector_colours",
    "side_styles",
]

#: Report widths in inches.
SIZES = {"full": 7.0, "single": 3.5}

#: Period colours by position in time (Paul Tol's high-contrast pair: grey luminance 0.22 vs 0.67).
PERIOD_COLOURS = ("#004488", "#DDAA33", "#BB5566")
#: Period hatches by position: the earlier period plain, the later one hatched.
PERIOD_HATCHES = ("", "////", "....")
#: Period markers by position (dot plots).
PERIOD_MARKERS = ("o", "s", "^")

#: Colours for sectors and sides the caller gives none, by position (Okabe & Ito 2008, colour-blind
#: safe). Position ``i`` gets ``FALLBACK_COLOURS[i % 8]``: deterministic, whatever the table holds.
FALLBACK_COLOURS = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#000000",
)

#: Sequential colour map for counts in heat maps (single hue: luminance falls with the count).
SEQUENTIAL_CMAP = "Blues"

# speaker sides every study has (framing.speakers): drawn after the study's own sides
_LAST_SIDES = ("narrator", "joint")


# --------------------------------------------------------------------------------------------
# style
# --------------------------------------------------------------------------------------------


def style_path():
    """Path of the packaged matplotlib style file ``framing/style/framing.mplstyle``.

    Examples
    --------
    >>> style_path().name
    'framing.mplstyle'
    """
    return resources.files("framing").joinpath("style", "framing.mplstyle")


@contextmanager
def figure_style():
    """Context manager that applies the house style (fonts, sizes, colours, deterministic output).

    Both drawing and saving should happen inside it: rcParams such as ``pdf.fonttype`` and
    ``svg.hashsalt`` are read when a figure is saved.

    Examples
    --------
    >>> import matplotlib as mpl
    >>> with figure_style():
    ...     mpl.rcParams["svg.hashsalt"]
    'framing'
    """
    import matplotlib as mpl

    with mpl.rc_context(fname=str(style_path())):
        yield


def period_styles(periods) -> dict:
    """Colour, hatch and marker of each period, by position in time (sorted labels).

    Parameters
    ----------
    periods : iterable of str
        Period labels such as ``"2024-01"``; ISO-like labels sort in time order. Duplicates are
        ignored; from the third period on, all share the third style.

    Returns
    -------
    dict
        period -> {"color", "hatch", "marker"}; the earliest period is dark blue and plain.

    Examples
    --------
    >>> st = period_styles(["2024-07", "2024-01"])
    >>> list(st), st["2024-01"]["color"], st["2024-07"]["hatch"]
    (['2024-01', '2024-07'], '#004488', '////')
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
# sectors and sides: order, labels and colours from the tables and the caller
# --------------------------------------------------------------------------------------------


def _unique(values) -> list[str]:
    """Distinct values as strings, in order of first appearance (missing values dropped)."""
    series = pd.Series(list(values), dtype="object").dropna()
    return [str(v) for v in pd.unique(series.astype(str))]


def sector_order(sectors, labels: Mapping | None = None, *, every: bool = False) -> list[str]:
    """Display order of sectors: those named in ``labels`` first, in its order, then the others.

    Parameters
    ----------
    sectors : iterable of str
        The sectors of a table, e.g. its ``sector`` column; the ones not in ``labels`` follow in
        order of first appearance (the sector tables list rows in lexicon order).
    labels : mapping, default=None
        sector id -> display name, in display order (the lexicon's order when the caller passes
        the lexicon's labels).
    every : bool, default=False
        Also list the sectors of ``labels`` that are not in ``sectors``.

    Returns
    -------
    list of str

    Examples
    --------
    >>> sector_order(["b", "c", "a", "b"], {"a": "A", "b": "B", "z": "Z"})
    ['a', 'b', 'c']
    >>> sector_order(["c"], {"a": "A"}, every=True)
    ['a', 'c']
    """
    present = _unique(sectors)
    named = [str(s) for s in (labels or {})]
    seen, known = set(present), set(named)
    first = named if every else [s for s in named if s in seen]
    return first + [s for s in present if s not in known]


def sector_labels(table: pd.DataFrame | None = None, labels: Mapping | None = None) -> dict:
    """Display names of sectors: ``labels`` where given, else the table's ``label`` column.

    Parameters
    ----------
    table : DataFrame, default=None
        A sector table with ``sector`` and ``label`` columns (the sector summaries and the period
        difference carry both); other tables are ignored.
    labels : mapping, default=None
        sector id -> display name, from the caller; wins over the table.

    Returns
    -------
    dict
        sector id -> display name; a sector in neither is absent (:func:`sector_label` then
        gives its id).

    Examples
    --------
    >>> t = pd.DataFrame({"sector": ["a", "b"], "label": ["Apples", "Bees"]})
    >>> sector_labels(t, {"b": "Honey bees"})
    {'a': 'Apples', 'b': 'Honey bees'}
    """
    out: dict[str, str] = {}
    if table is not None and {"sector", "label"} <= set(table.columns):
        for s, lab in zip(table["sector"].astype(str), table["label"], strict=True):
            if isinstance(lab, str) and lab.strip() and s not in out:
                out[s] = lab
    out.update({str(k): str(v) for k, v in (labels or {}).items()})
    return out


def sector_label(sector: str, labels: Mapping | None = None) -> str:
    """Display name of a sector: ``labels[sector]`` if given, else the sector id itself.

    Examples
    --------
    >>> sector_label("oil_gas", {"oil_gas": "Oil & gas"}), sector_label("oil_gas")
    ('Oil & gas', 'oil_gas')
    """
    if labels is not None and sector in labels:
        return str(labels[sector])
    return str(sector)


def sector_colour(sector: str, colours: Mapping | None = None, *, position: int = 0) -> str:
    """Colour of a sector: ``colours[sector]`` if given, else the fallback at ``position``.

    Parameters
    ----------
    sector : str
    colours : mapping, default=None
        sector id -> colour (``#RRGGBB``), e.g. the lexicon's ``colour`` keys.
    position : int, default=0
        The sector's position in the lexicon (or in the figure's full sector order): picks
        ``FALLBACK_COLOURS[position % 8]`` for a sector without a colour.

    Examples
    --------
    >>> sector_colour("a", {"a": "#112233"}), sector_colour("b", {}, position=9)
    ('#112233', '#56B4E9')
    """
    if colours is not None and colours.get(sector):
        return str(colours[sector])
    return FALLBACK_COLOURS[position % len(FALLBACK_COLOURS)]


def sector_colours(sectors: Iterable[str], colours: Mapping | None = None) -> dict:
    """Colour of every sector of an ordered list: given colours, else the fallback by position.

    Parameters
    ----------
    sectors : iterable of str
        Sector ids in lexicon order (:func:`sector_order` with ``every=True``): a sector's
        position there keys its fallback colour, so the same sector gets the same colour in every
        figure drawn with the same labels.
    colours : mapping, default=None
        sector id -> colour.

    Returns
    -------
    dict
        sector id -> colour.

    Examples
    --------
    >>> sector_colours(["a", "b", "c"], {"b": "#112233"})
    {'a': '#E69F00', 'b': '#112233', 'c': '#009E73'}
    """
    return {s: sector_colour(s, colours, position=i) for i, s in enumerate(sectors)}


def side_styles(sides_present, sides: Mapping | None = None) -> dict:
    """Order, label and colour of the speaker sides found in a table.

    Parameters
    ----------
    sides_present : iterable of str
        The ``side`` column of a table.
    sides : mapping, default=None
        side id -> ``(label, colour)`` (or just a label), in display order, e.g. the study's
        sides with the narrator first and the joint side last. Sides of the table that it does
        not name follow, as in the default.

    Returns
    -------
    dict
        side id -> (label, colour) for the sides of the table only, in display order. Default:
        order of first appearance with ``narrator`` and ``joint`` last, each labelled by its id
        with a capital first letter, coloured from :data:`FALLBACK_COLOURS` by position.

    Examples
    --------
    >>> for side, style in side_styles(["joint", "north", "south", "narrator"]).items():
    ...     print(side, style)
    north ('North', '#E69F00')
    south ('South', '#56B4E9')
    narrator ('Narrator', '#009E73')
    joint ('Joint', '#F0E442')
    >>> list(side_styles(["south", "north"], {"north": ("N", "#112233"), "south": "S"}).items())
    [('north', ('N', '#112233')), ('south', ('S', '#56B4E9'))]
    """
    present = _unique(sides_present)
    given = {str(k): v for k, v in (sides or {}).items()}
    rest = [s for s in present if s not in given]
    rest = [s for s in rest if s not in _LAST_SIDES] + [s for s in _LAST_SIDES if s in rest]
    seen = set(present)
    order = [s for s in given if s in seen] + rest
    out = {}
    for i, s in enumerate(order):
        value = given.get(s)
        if isinstance(value, str):
            label, colour = value, ""
        elif value is not None:
            label, colour = (list(value) + ["", ""])[:2]
        else:
            label, colour = s[:1].upper() + s[1:], ""
        out[s] = (str(label), str(colour) or FALLBACK_COLOURS[i % len(FALLBACK_COLOURS)])
    return out


# --------------------------------------------------------------------------------------------
# drawing helpers shared by the figure modules
# --------------------------------------------------------------------------------------------


def new_figure(figsize, nrows=1, ncols=1, squeeze_to_row: bool = False, **kwargs):
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


def narrow(figsize) -> bool:
    """True below 5 in: single-column figures stack their panels and drop secondary detail."""
    return float(figsize[0]) < 5.0


def panels(figsize, n: int) -> tuple[int, int]:
    """Rows and columns for ``n`` parallel panels: side by side, or stacked when narrow."""
    return (n, 1) if narrow(figsize) else (1, n)


def wrap(text: str, figsize, per_inch: float = 13.0) -> str:
    """Wrap a title to the figure width (about 13 bold 9-pt characters per inch)."""
    width = max(20, int(float(figsize[0]) * per_inch))
    return "\n".join(textwrap.fill(line, width) for line in text.split("\n"))


def shorten(text: str, n: int) -> str:
    """``text`` cut to ``n`` characters with an ellipsis (labels in single-column figures)."""
    text = str(text)
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def suptitle(fig, text: str, figsize) -> None:
    """The figure's title, wrapped to its width and aligned left."""
    fig.suptitle(wrap(text, figsize), x=0.01, ha="left")


def empty_figure(fig, ax, message: str):
    """``fig`` with ``message`` in place of the plot (an empty table); returns ``fig``."""
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
    return fig


def group_values(df: pd.DataFrame, column: str = "period") -> list[str]:
    """The distinct values of a group column, as sorted strings (periods sort in time order)."""
    return sorted({str(p) for p in df[column].dropna()})


def display_terms(df: pd.DataFrame) -> pd.Series:
    """A term table's ``display`` form where present, else its ``term``, as strings."""
    if "display" in df.columns:
        return df["display"].astype("object").where(df["display"].notna(), df["term"]).astype(str)
    return df["term"].astype(str)
