"""Term figures: key terms each way (G² and Log Ratio), log-odds against frequency, top terms.

The two groups compared are the keyness table's target and reference (``count_target``,
``count_reference``); their names come from the caller (``target=``, ``reference=``) or from the
table's ``direction`` column, and their colours from :func:`framing.plots.style.period_styles`
(the later group gold and hatched, the earlier dark blue and plain).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from framing.errors import require_columns
from framing.plots.style import (
    PERIOD_COLOURS,
    PERIOD_HATCHES,
    PERIOD_MARKERS,
    display_terms,
    empty_figure,
    figure_style,
    group_panels,
    group_values,
    narrow,
    new_figure,
    period_styles,
    shorten,
    suptitle,
    taller,
    wrap,
)

__all__ = ["textplot_keyness", "textplot_log_odds", "textplot_top_terms"]


def _group_names(keyness: pd.DataFrame, target=None, reference=None):
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


def _group_styles(target: str, reference: str) -> tuple[dict, dict]:
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


#: Overlap (pixels at the figure's resolution) that :func:`_declutter` leaves alone.
_OVERLAP_PX = 1.2


def _declutter(fig, ax, annotations, gap: float = 1.0) -> None:
    """Move labels that still overlap one placed before them, measured on the drawn figure.

    :func:`_spread_labels` estimates label widths; this pass draws a copy of the figure (Agg, at
    the figure's resolution), takes every label's real box in placement order (strongest first)
    and, where one overlaps an earlier one by more than :data:`_OVERLAP_PX`, moves it up or down
    to the nearest free place inside the axes (its leader line follows). Labels that do not
    overlap are not touched, and the figure itself is not drawn here (drawing it would change
    where its layout starts from, and so its files).
    """
    if len(annotations) < 2:
        return
    import pickle

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    a_index = fig.axes.index(ax)
    t_index = [ax.texts.index(ann) for ann in annotations]
    copy = pickle.loads(pickle.dumps(fig))
    c_ax = copy.axes[a_index]
    c_anns = [c_ax.texts[i] for i in t_index]
    canvas = FigureCanvasAgg(copy)
    canvas.draw()
    renderer = canvas.get_renderer()
    frame = c_ax.get_window_extent(renderer)
    kept: list = []

    def hits(box) -> bool:
        return any(
            min(box.x1, k.x1) - max(box.x0, k.x0) > _OVERLAP_PX
            and min(box.y1, k.y1) - max(box.y0, k.y0) > _OVERLAP_PX
            for k in kept
        )

    for ann, c_ann in zip(annotations, c_anns, strict=True):
        box = Text.get_window_extent(c_ann, renderer)  # the label, without its leader line
        if hits(box):
            h = box.height + gap
            moved = None
            toward = c_ax.transData.transform(c_ann.xy)[1] - (box.y0 + box.y1) / 2
            signs = (1, -1) if toward > 0 else (-1, 1)  # first towards the labelled point
            for step in range(1, 4 * len(annotations) + 2):
                for sign in signs:
                    dy = sign * step * h / 2
                    cand = box.translated(0, dy)
                    if cand.y0 < frame.y0 or cand.y1 > frame.y1 or hits(cand):
                        continue
                    moved = dy
                    break
                if moved is not None:
                    break
            if moved is not None:
                x_px, y_px = c_ax.transData.transform(c_ann.xyann)
                ann.xyann = tuple(c_ax.transData.inverted().transform((x_px, y_px + moved)))
                box = box.translated(0, moved)
        kept.append(box)


def _top_keyness(keyness: pd.DataFrame, n: int) -> pd.DataFrame:
    k = keyness.assign(_display=display_terms(keyness))
    up = k[k["log_ratio"] > 0].sort_values(["g2", "term"], ascending=[False, True]).head(n)
    down = k[k["log_ratio"] < 0].sort_values(["g2", "term"], ascending=[False, True]).head(n)
    # most key target term at the top, most key reference term at the bottom
    return pd.concat([up, down.iloc[::-1]], ignore_index=True)


def textplot_keyness(
    keyness: pd.DataFrame,
    *,
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
        The keyness table (:func:`framing.stats.keyness`): term, count_target,
        count_reference, g2, log_ratio, and if present display, p_adjusted, direction.
    n : int, default=12
        Terms shown each way (the ``n`` largest G² among terms more frequent in the target, and
        the ``n`` largest among terms more frequent in the reference).
    alpha : float, default=0.05
        Level for the Benjamini–Hochberg adjusted p-value: terms below it get a ``*`` and the title
        says how many of all tested terms reach it.
    target, reference : str, default=None
        Names of the two groups (e.g. the periods) for the labels; default: read from
        ``direction`` when it holds them, else "target" and "reference".
    figsize : (float, float), default=(7.0, 5.6)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        Left panel: signed G² (positive = key in the target); the dashed line is the 3.84
        critical value (p = .05, 1 df, unadjusted). Right panel: Log Ratio (log2 of the ratio of
        relative frequencies) with the counts ``target / reference``.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"term": ["rice", "tea"], "count_target": [6, 0],
    ...                       "count_reference": [1, 4], "g2": [4.2, 5.1],
    ...                       "log_ratio": [2.5, -3.1], "p_adjusted": [0.04, 0.04]})
    >>> fig = textplot_keyness(table, target="2024-07", reference="2024-01")
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['rice *', 'tea *']
    """
    require_columns(
        keyness, ["term", "count_target", "count_reference", "g2", "log_ratio"], "keyness table"
    )
    with figure_style():
        if narrow(figsize):
            fig, axes = new_figure(figsize, 2, 1, squeeze_to_row=True)
        else:
            fig, axes = new_figure(
                figsize, 1, 2, sharey=True, gridspec_kw={"width_ratios": [1.1, 1]}
            )
        ax_g, ax_r = axes[0]
        top = _top_keyness(keyness, n)
        if top.empty:
            return empty_figure(fig, ax_g, "no terms tested")
        target, reference = _group_names(keyness, target, reference)
        st_t, st_r = _group_styles(target, reference)
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
        shown = [shorten(d, 24) if narrow(figsize) else str(d) for d in top["_display"]]
        names = [f"{d} *" if ok else d for d, ok in zip(shown, sig, strict=True)]
        ax_g.set_yticks(y, names)
        per_inch = 9 if narrow(figsize) else 7  # side by side, each panel half the width
        ax_g.set_xlabel(wrap(f"G²\n(+ key in {target}, − key in {reference})", figsize, per_inch))
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
        ax_r.set_xlabel(
            wrap(f"Log Ratio\n(printed: count {target} / {reference})", figsize, per_inch)
        )
        ax_r.xaxis.grid(True)
        ax_r.set_title("Effect size: Log Ratio", fontsize=7.5)
        ax_r.tick_params(axis="y", length=0)
        if narrow(figsize):
            ax_r.set_yticks(y, names)
        if has_p:
            n_sig = int((keyness["p_adjusted"] < alpha).sum())
            note = (
                f"{n_sig} of {len(keyness):,} terms tested significant after Benjamini–Hochberg "
                f"(* = adjusted p < {alpha:g})"
            )
        else:
            note = "no adjusted p-values in the table"
        suptitle(
            fig, f"Key terms, {target} against {reference}, top {n} each way by G²\n{note}", figsize
        )
    return fig


def textplot_log_odds(
    keyness: pd.DataFrame,
    *,
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
        The keyness table: term, count_target, count_reference, log_odds_z, and if present
        display, log_ratio, direction.
    n_labels : int, default=5
        Points labelled on each side of zero (largest ``|z|``, whether or not beyond ``z``).
    z : float, default=1.96
        Reference lines at ``±z`` (1.96: two-sided 5 %, unadjusted).
    target, reference : str, default=None
        Names of the two groups for the labels; default: read from ``direction`` when it holds
        them, else "target" and "reference".
    figsize : (float, float), default=(7.0, 4.4)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        x = count in both groups (log scale), y = z; colour and marker of the group the terms lean
        to, filled only beyond ``±z``.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"term": ["rice", "tea", "salt"], "count_target": [6, 0, 2],
    ...                       "count_reference": [1, 4, 2], "log_odds_z": [2.1, -2.0, 0.0]})
    >>> fig = textplot_log_odds(table, target="2024-07", reference="2024-01")
    >>> fig.axes[0].get_ylabel()
    'Log-odds z (informative Dirichlet prior)'
    """
    require_columns(
        keyness, ["term", "count_target", "count_reference", "log_odds_z"], "keyness table"
    )
    with figure_style():
        fig, axes = new_figure(figsize)
        ax = axes[0, 0]
        if keyness.empty:
            return empty_figure(fig, ax, "no terms tested")
        from matplotlib.ticker import FixedLocator, NullFormatter, StrMethodFormatter

        if "log_ratio" not in keyness.columns:
            keyness = keyness.assign(log_ratio=keyness["log_odds_z"])
        target, reference = _group_names(keyness, target, reference)
        st_t, st_r = _group_styles(target, reference)
        k = keyness.assign(_display=display_terms(keyness), _z=keyness["log_odds_z"].astype(float))
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
        ax.xaxis.set_major_formatter(StrMethodFormatter("{x:g}"))  # picklable: see _declutter
        ax.xaxis.set_minor_formatter(NullFormatter())
        lo_x, hi_x = x.min() / 1.25, x.max() * 1.6
        ax.set_xlim(lo_x, hi_x)
        zmax = max(float(np.nanmax(np.abs(zz))), z) * 1.12
        ax.set_ylim(-zmax, zmax)
        order = np.argsort(-zz, kind="stable")
        n_names = 3
        if narrow(figsize):  # fewer, shorter labels in a single column
            n_labels, n_names = min(n_labels, 3), 1
        lab_idx = [i for i in order[:n_labels] if zz[i] > 0] + [
            i for i in order[::-1][:n_labels] if zz[i] < 0
        ]
        ys = _spread_labels(np.log10(x[lab_idx]), zz[lab_idx], gap=0.075 * zmax, width=0.6)
        annotations = []
        for i, yl in zip(lab_idx, ys, strict=True):
            names = pts["names"].iat[i]
            text = ", ".join(names[:n_names]) + (
                f" +{len(names) - n_names}" if len(names) > n_names else ""
            )
            text = shorten(text, 18) if n_names == 1 else text
            text += f"  ({int(pts['count_target'].iat[i])}/{int(pts['count_reference'].iat[i])})"
            # labels of points in the right third go to their left, so they stay inside the figure
            right = np.log(x[i] / lo_x) > 0.6 * np.log(hi_x / lo_x)
            placed = ax.annotate(
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
            annotations.append(placed)
        ax.set_xlabel(
            wrap(
                f"Count in both periods (log scale); {len(k):,} terms tested, one point per count pair",
                figsize,
                12,
            )
        )
        ax.set_ylabel("Log-odds z (informative Dirichlet prior)")
        ax.legend(
            loc="upper center", bbox_to_anchor=(0.5, -0.16), ncols=1 if narrow(figsize) else 2
        )
        ax.set_title(
            wrap(
                f"Log-odds z, {target} against {reference} (dashed: ±{z:g}; labels: terms, "
                f"count {target}/{reference})",
                figsize,
                10.5,
            )
        )
        _declutter(fig, ax, annotations)
    return fig


def textplot_top_terms(
    frequencies: pd.DataFrame,
    *,
    n: int = 15,
    by: str = "group",
    order=None,
    figsize=(7.0, 4.4),
):
    """The most frequent terms of each period, rate per 1,000 tokens with the count printed.

    Parameters
    ----------
    frequencies : DataFrame
        ``term-frequencies``: term, group (the period; the column named by ``by``), count,
        rate_per_1000, and if present display, n_tokens, rank.
    n : int, default=15
        Terms per period (ties on count broken by the table's rank, then term).
    by : str, default="group"
        The table's group column; one panel per group.
    order : sequence of str, default=None
        The groups' order (the analysis's groups); None: sorted labels (periods in time order).
    figsize : (float, float), default=(7.0, 4.4)
        Inches. More than three groups go into a grid (at most four columns, two when narrow;
        long terms shortened with an ellipsis) and the figure grows taller when the rows need it.

    Returns
    -------
    matplotlib.figure.Figure
        One panel per period, horizontal bars in the period's colour.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"term": ["rice", "tea", "rice"],
    ...                       "group": ["2024-01", "2024-01", "2024-07"],
    ...                       "count": [3, 1, 2], "rate_per_1000": [30.0, 10.0, 25.0]})
    >>> fig = textplot_top_terms(table, n=2)
    >>> fig.axes[0].get_title(loc="left"), [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ('2024-01', ['rice', 'tea'])
    """
    require_columns(frequencies, [by, "term", "count", "rate_per_1000"], "term-frequencies table")
    if by != "group":
        frequencies = frequencies.drop(columns="group", errors="ignore").rename(columns={by: "group"})
    with figure_style():
        groups = group_values(frequencies, "group", order=order)
        many = len(groups) > 3
        grid_rows, grid_cols = group_panels(figsize, max(1, len(groups)))
        fig, axes = new_figure(
            figsize, grid_rows, grid_cols, sharex=True, squeeze_to_row=not many
        )
        if frequencies.empty:
            return empty_figure(fig, axes[0, 0], "no terms")
        styles = period_styles(groups, order=order)
        f = frequencies.assign(
            _display=display_terms(frequencies), group=frequencies["group"].astype(str)
        )
        xmax = float(f["rate_per_1000"].max())
        if many:
            taller(fig, figsize, grid_rows * (min(n, 40) * 0.115 + 0.75) + 0.45)
            chars = max(8, int(0.45 * float(figsize[0]) / grid_cols / (0.55 * 6.5 / 72)))
        for ax in list(axes.flat)[len(groups):]:
            ax.set_axis_off()
        for ax, g in zip(axes.flat, groups, strict=False):
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
                ax.text(
                    r + xmax * 0.01, yi, f"{int(c)}", va="center", ha="left",
                    fontsize=5.5 if many else 6.5,
                )
            tokens = (
                f" ({int(sub['n_tokens'].iat[0]):,} tokens)"
                if "n_tokens" in sub.columns and len(sub)
                else ""
            )
            if many:
                ax.set_yticks(y, [shorten(t, chars) for t in sub["_display"]], fontsize=6.5)
                ax.tick_params(axis="x", labelsize=6)
                ax.set_title(f"{g}\n{tokens.strip(' ()')}", fontweight="normal", fontsize=7)
            else:
                ax.set_yticks(y, sub["_display"])
                ax.set_title(f"{g}{tokens}", fontweight="normal")
                ax.set_xlabel("Per 1,000 tokens (count printed)")
            ax.xaxis.grid(True)
            ax.set_xlim(0, xmax * (1.3 if many else 1.15))
        if many:
            from matplotlib.ticker import MaxNLocator

            axes[0, 0].xaxis.set_major_locator(MaxNLocator(nbins=3, min_n_ticks=2))
            fig.supxlabel("Per 1,000 tokens (count printed)", fontsize=7.5)
            suptitle(fig, f"Most frequent terms in each of {len(groups)} groups (top {n})", figsize)
        else:
            suptitle(fig, f"Most frequent terms per period (top {n})", figsize)
    return fig
