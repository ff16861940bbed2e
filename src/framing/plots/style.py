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
    "MAX_GROUP_STYLES",
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

#: Group (period) colours by position in the groups' order, for up to 12 groups. The first two are
#: Paul Tol's high-contrast pair (grey luminance 0.22 vs 0.67), the third his high-contrast red; the
#: others come from his muted palette (Tol 2021, "Colour Schemes", SRON/EPS/TN/09-002), ordered so
#: that neighbouring groups differ in grey by at least 0.12. Every style also has its own hatch and
#: marker, so groups stay apart in grey and for readers who do not see the colours.
PERIOD_COLOURS = (
    "#004488",
    "#DDAA33",
    "#BB5566",
    "#88CCEE",
    "#117733",
    "#DDCC77",
    "#332288",
    "#44AA99",
    "#882255",
    "#999933",
    "#AA4499",
    "#BBBBBB",
)
#: Group hatches by position: the first group plain, the second hatched, each one different.
PERIOD_HATCHES = (
    "",
    "////",
    "....",
    "\\\\\\\\",
    "xxx",
    "----",
    "||||",
    "+++",
    "oo",
    "**",
    "//..",
    "\\\\..",
)
#: Group markers by position (dot plots), each one different.
PERIOD_MARKERS = ("o", "s", "^", "D", "v", "P", "X", "<", ">", "p", "h", "*")
#: Groups with a style of their own; from the 13th on the styles repeat (the labels still differ).
MAX_GROUP_STYLES = len(PERIOD_COLOURS)

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


def period_styles(periods, *, order=None) -> dict:
    """Colour, hatch and marker of each group (period), by its position in the groups' order.

    Parameters
    ----------
    periods : iterable of str
        Group labels such as ``"2024-01"``. Duplicates are ignored.
    order : sequence of str, default=None
        The groups' order (the analysis's ``groups``: periods by date, named groups in the study
        file's order); groups of ``periods`` it does not list follow, sorted. None: sorted labels
        (ISO-like period labels sort in time order).

    Returns
    -------
    dict
        group -> {"color", "hatch", "marker"}, in order; the first group is dark blue and plain,
        the second gold and hatched. Up to :data:`MAX_GROUP_STYLES` groups get a style each; after
        that the styles repeat.

    Examples
    --------
    >>> st = period_styles(["2024-07", "2024-01"])
    >>> list(st), st["2024-01"]["color"], st["2024-07"]["hatch"]
    (['2024-01', '2024-07'], '#004488', '////')
    >>> list(period_styles(["after", "before"], order=["before", "after"]))
    ['before', 'after']
    """
    present = {str(p) for p in periods}
    ordered = ordered_groups(present, order)
    out = {}
    for i, p in enumerate(ordered):
        j = i % MAX_GROUP_STYLES
        out[p] = {
            "color": PERIOD_COLOURS[j],
            "hatch": PERIOD_HATCHES[j],
            "marker": PERIOD_MARKERS[j],
        }
    return out


def ordered_groups(groups, order=None) -> list[str]:
    """Distinct groups in display order: those of ``order`` first, in its order, then the rest sorted.

    Parameters
    ----------
    groups : iterable
        Group values (missing values dropped).
    order : sequence of str, default=None
        The groups' order; None: sorted labels.

    Examples
    --------
    >>> ordered_groups(["b", "a", "c", "a"]), ordered_groups(["b", "a", "c"], ["c", "b"])
    (['a', 'b', 'c'], ['c', 'b', 'a'])
    """
    present = {str(g) for g in groups if not (isinstance(g, float) and g != g) and g is not None}
    first = [str(g) for g in dict.fromkeys(order or ()) if str(g) in present]
    return first + sorted(present - set(first))


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


def group_values(df: pd.DataFrame, column: str = "period", order=None) -> list[str]:
    """The distinct values of a group column in display order: ``order`` (the analysis's groups)
    first, then the others sorted (periods sort in time order); see :func:`ordered_groups`."""
    return ordered_groups(df[column].dropna(), order)


def grid(n: int, max_cols: int = 4) -> tuple[int, int]:
    """Rows and columns for ``n`` small multiples: at most ``max_cols`` a row, rows filled evenly.

    >>> grid(2), grid(5), grid(12), grid(13)
    ((1, 2), (2, 3), (3, 4), (4, 4))
    """
    n = max(1, int(n))
    rows = -(-n // max_cols)
    return rows, -(-n // rows)


def group_panels(figsize, n: int, max_cols: int = 4, *, side_by_side: int = 3) -> tuple[int, int]:
    """Rows and columns of the one-panel-per-group figures.

    Up to ``side_by_side`` groups keep the figure's own layout (side by side, stacked when
    narrow: :func:`panels`); more go into a grid of at most ``max_cols`` columns (two when narrow).
    """
    if n <= side_by_side:
        return panels(figsize, max(1, n))
    return grid(n, 2 if narrow(figsize) else max_cols)


def taller(fig, figsize, height: float) -> tuple[float, float]:
    """Grow ``fig`` to ``height`` inches when its own height is less (many groups need more rows);
    return the size drawn. The width never changes."""
    w, h = float(figsize[0]), float(figsize[1])
    if height > h + 1e-9:
        h = round(float(height), 2)
        fig.set_size_inches(w, h)
    return w, h


def text_width(text, fontsize: float) -> float:
    """Estimated width in inches of a one-line text: 0.55 em per character (DejaVu Sans)."""
    return len(str(text)) * 0.55 * fontsize / 72


def panel_width(figsize, ncols: int, labels=(), fontsize: float = 6.5) -> float:
    """Estimated width in inches of one of ``ncols`` panels side by side whose first column carries
    ``labels`` (tick labels at ``fontsize``)."""
    label_w = max((text_width(t, fontsize) for t in labels), default=0.0)
    return max(0.5, (float(figsize[0]) - label_w - 0.35) / max(1, ncols) - 0.1)


def wrap_to(text: str, width: float, fontsize: float) -> str:
    """``text`` wrapped to ``width`` inches at ``fontsize`` (breaks at spaces and after hyphens).

    >>> print(wrap_to("2015-03-05-ho-chi-minh-city", 0.9, 7))
    2015-03-05-ho-
    chi-minh-city
    """
    chars = max(6, int(width / (0.58 * fontsize / 72)))
    return "\n".join(
        textwrap.fill(line, chars, break_on_hyphens=True, break_long_words=True)
        for line in str(text).split("\n")
    )


def legend_columns(labels, width: float, fontsize: float = 7.5, handle: float = 0.35) -> int:
    """How many legend entries of ``labels`` fit side by side in ``width`` inches (at least one).

    Widths are estimated at 0.55 em per character plus the handle and the gap between columns.
    """
    widest = max((len(str(t)) for t in labels), default=1)
    per = widest * 0.55 * fontsize / 72 + handle + 0.25
    return max(1, min(len(list(labels)), int(width // per)))


def display_terms(df: pd.DataFrame) -> pd.Series:
    """A term table's ``display`` form where present, else its ``term``, as strings."""
    if "display" in df.columns:
        return df["display"].astype("object").where(df["display"].notna(), df["term"]).astype(str)
    return df["term"].astype(str)


def width_pt(text: str, size: float, bold: bool = False) -> float:
    """Width of a one-line ``text`` in points in the house font (measured, not estimated).

    >>> with figure_style():
    ...     round(width_pt("energy", 10) / width_pt("energy", 5), 6)
    2.0
    """
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    prop = FontProperties(size=size, weight="bold" if bold else "normal")
    return float(TextToPath().get_text_width_height_descent(str(text), prop, ismath=False)[0])


#: ``gid`` of a panel title drawn by :func:`title_over_labels` (:func:`panel_title` reads it).
PANEL_TITLE = "panel-title"


def title_over_labels(ax, text: str, **kwargs):
    """A panel's title aligned with the left edge of its y tick labels, not of its axes.

    A panel with long tick labels then has the whole panel's width for its title, and the title
    never starts left of the labels (where it would leave the figure). It is an annotation whose
    x is the left edge of the y axis's labels as drawn (measured by the renderer at draw time, so
    exact at any resolution) and whose y is the top of the axes plus the title pad; the layout
    makes room for all of it. ``kwargs`` go to :meth:`~matplotlib.axes.Axes.annotate` (font size,
    weight). :func:`panel_title` reads it back. Returns the annotation.
    """
    import matplotlib as mpl

    def labels_edge(renderer):
        box = ax.yaxis.get_tightbbox(renderer)
        return box if box is not None and box.width > 0 else ax.get_window_extent(renderer)

    pad = float(mpl.rcParams["axes.titlepad"])
    options = {"fontsize": mpl.rcParams["axes.titlesize"], "fontweight": "normal", **kwargs}
    return ax.annotate(
        text, xy=(0, 1), xycoords=(labels_edge, "axes fraction"), xytext=(0, pad),
        textcoords="offset points", ha="left", va="bottom", gid=PANEL_TITLE, **options,
    )


def panel_title(ax) -> str:
    """The title of a panel: the one :func:`title_over_labels` drew, else the axes' left title.

    >>> from matplotlib.figure import Figure
    >>> ax = Figure().subplots()
    >>> _ = ax.set_yticks([0], ["a long label"])
    >>> _ = title_over_labels(ax, "Panel A")
    >>> panel_title(ax)
    'Panel A'
    """
    for text in ax.texts:
        if text.get_gid() == PANEL_TITLE:
            return text.get_text()
    return ax.get_title(loc="left")


def readable_topic_label(label: str, labels: Mapping | None = None) -> str:
    """A topic label as a reader sees it: a sector id in it is replaced by the sector's name.

    A label such as ``"energy / defence / security [science_technology]"`` names its sector by id;
    an id in square brackets becomes ``(Name)`` with the name from ``labels`` (the lexicon's), and
    a label that is a sector id alone becomes the name. An id without a name in ``labels`` is
    spelled out (``science_technology`` -> ``Science technology``), so that no raw id is shown.

    Examples
    --------
    >>> readable_topic_label("energy / oil [oil_gas]", {"oil_gas": "Oil & gas"})
    'energy / oil (Oil & gas)'
    >>> readable_topic_label("party_building"), readable_topic_label("trade / rice")
    ('Party building', 'trade / rice')
    """
    import re

    def name(sector: str) -> str:
        if labels is not None and sector in labels:
            return str(labels[sector])
        spelled = sector.replace("_", " ").strip()
        return spelled[:1].upper() + spelled[1:]

    text = str(label).strip()
    if labels is not None and text in labels:
        return str(labels[text])
    if re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)+", text):
        return name(text)
    return re.sub(r"\[\s*([A-Za-z0-9_]+)\s*\]", lambda m: f"({name(m.group(1))})", text)


def fit_text(text: str, width: float, size: float, bold: bool = False) -> str:
    """``text`` shortened with an ellipsis to at most ``width`` points at ``size`` (measured).

    >>> with figure_style():
    ...     text = "a rather long sentence"
    ...     whole, cut = (fit_text(text, w, 7) for w in (1000, 40))
    ...     longer = text[: len(cut)] + "…"  # one more character does not fit
    ...     whole, cut.endswith("…"), width_pt(cut, 7) <= 40 < width_pt(longer, 7)
    ('a rather long sentence', True, True)
    """
    text = str(text)
    if width_pt(text, size, bold) <= width:
        return text
    lo, hi = 0, len(text) - 1  # the longest prefix that fits with its ellipsis
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width_pt(shorten(text, mid + 1), size, bold) <= width:
            lo = mid
        else:
            hi = mid - 1
    return shorten(text, lo + 1) if lo else "…"
