"""Topic figures: top terms per topic, topic proportions by period, choosing the number of topics.

Topics are drawn per method (seeded NMF first, then NMF and LDA, then any other method in the
table). A topic's colour and sector name come from its sector (``seed_sector``, else ``sector``)
through the caller's ``labels`` and ``colours``, as in the sector figures.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from framing.errors import AnalysisError, require_columns
from framing.plots.style import (
    PERIOD_COLOURS,
    display_terms,
    empty_figure,
    figure_style,
    group_values,
    legend_columns,
    narrow,
    new_figure,
    panels,
    period_styles,
    readable_topic_label,
    sector_colours,
    sector_order,
    suptitle,
    taller,
    title_over_labels,
    wrap,
    wrap_to,
)

__all__ = ["textplot_topic_terms", "textplot_topic_proportions", "textplot_k_selection"]

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
            raise AnalysisError(
                "topic table", f"no method {method!r}; the table has {', '.join(present)}"
            )
        return [str(method)]
    return [m for m in _METHOD_ORDER if m in present] + [
        m for m in present if m not in _METHOD_ORDER
    ]


def _of_method(df: pd.DataFrame, method) -> pd.DataFrame:
    return df if method is None else df[df["method"].astype(str) == method]


def _topic_sector(sub: pd.DataFrame):
    """The topic's seed sector, else its dominant sector (``sector``), else None."""
    for c in ("seed_sector", "sector"):
        if c in sub.columns:
            vals = sub[c].dropna().astype(str)
            vals = vals[vals != ""]
            if len(vals):
                return vals.iat[0]
    return None


def sample_note(table: pd.DataFrame) -> str:
    """What a topic table says of the passages its models were fitted on: "" when all were, else a
    note for the title (sample size, population, seed and strata, as the topic stage recorded them).

    >>> sample_note(pd.DataFrame({"sample": ["stratified sample"], "sample_size": [500],
    ...     "population": [4996], "sample_seed": [0], "strata": ["period x rarest sector"]}))
    '; fitted on a stratified sample of 500 of 4,996 passages (seed 0; strata: period x rarest sector)'
    """
    if "sample" not in table.columns or table.empty:
        return ""
    row = table.iloc[0]
    if str(row["sample"]) != "stratified sample":
        return ""
    return (
        f"; fitted on a stratified sample of {int(row['sample_size']):,} of {int(row['population']):,} "
        f"passages (seed {row['sample_seed']}; strata: {row['strata']})"
    )


def textplot_topic_terms(
    topic_terms: pd.DataFrame,
    *,
    method=None,
    n: int = 6,
    labels=None,
    colours=None,
    figsize=(7.0, 5.6),
):
    """Top terms of each topic, one row of small panels per method (seeded and unseeded side by side).

    Parameters
    ----------
    topic_terms : DataFrame
        ``topic-terms``: topic, rank (by LDAvis relevance), term, weight, and if present method,
        display, seed_sector (the seed of a seeded topic), sector (its dominant sector), seed,
        stability, coherence (the topic's NPMI over the terms shown in the table),
        model_coherence (the model's), k, k_status, k_range.
    method : str, default=None
        Draw only this method (default: every method in the table, seeded first).
    n : int, default=6
        Terms per topic.
    labels : mapping, default=None
        sector id -> display name, in display order (pass the lexicon's labels), for the panel
        titles; default: the sector id.
    colours : mapping, default=None
        sector id -> colour of the bars (the lexicon's colours); a sector without one gets a
        fallback colour by its position in the order of ``labels`` and the table. Topics without
        a sector are drawn in the first period colour.
    figsize : (float, float), default=(7.0, 5.6)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        Bars of the topic–term weight (normalised to the topic's largest weight shown) of the
        topic's ``n`` most relevant terms (lowest ``rank``), longest bar first (ties in relevance
        order), so that the order is the drawn value's; in the colour of the topic's seed (or
        dominant) sector; seed terms bold. Panel titles span the panel with its term labels;
        narrow figures have two panels a row.
        Each panel title gives the topic's stability and coherence when the table has them, and its
        sector; the figure title each model's coherence, and says when k is not determined.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"topic": 1, "rank": [1, 2], "term": ["rice", "tea"],
    ...                       "weight": [0.8, 0.4], "sector": "trade"})
    >>> fig = textplot_topic_terms(table, labels={"trade": "Trade"}, colours={"trade": "#117733"})
    >>> from framing.plots.style import panel_title
    >>> print(panel_title(fig.axes[0]))
    topic 1
    Trade
    """
    import textwrap

    require_columns(topic_terms, ["topic", "rank", "term", "weight"], "topic-terms table")
    methods = _methods(topic_terms, method)
    with figure_style():
        n_topics = max([len(pd.unique(_of_method(topic_terms, m)["topic"])) for m in methods] + [1])
        # at most 4 panels a row (2 when narrow): a method with more topics takes several rows
        ncols = min(n_topics, 2 if narrow(figsize) else 4)
        per_method = -(-n_topics // ncols)
        fig, grid = new_figure(figsize, len(methods) * per_method, ncols)
        axes = grid.reshape(len(methods), per_method * ncols)  # one row of panels per method
        if topic_terms.empty:
            return empty_figure(fig, axes[0, 0], "no topics")
        tab = topic_terms.assign(_display=display_terms(topic_terms))
        topic_sectors = [c for c in ("seed_sector", "sector") if c in tab.columns]
        every = sector_order(
            pd.concat([tab[c] for c in topic_sectors]) if topic_sectors else [], labels, every=True
        )
        palette = sector_colours([s for s in every if s != ""], colours)
        lines = 1
        for row, m in zip(axes, methods, strict=True):
            sub_m = _of_method(tab, m)
            topics = sorted(pd.unique(sub_m["topic"]))
            for ax, t in zip(row, topics, strict=False):
                # the n most relevant terms, drawn longest first: the order is the drawn value's
                top = sub_m[sub_m["topic"] == t].sort_values("rank", kind="stable").head(n)
                top = top.assign(_w=top["weight"].astype(float))
                sub = top.sort_values("_w", ascending=False, kind="stable")
                y = np.arange(len(sub))[::-1]
                sector = _topic_sector(sub)
                w = sub["_w"].to_numpy()
                w = w / w.max() if len(w) and w.max() > 0 else w
                ax.barh(
                    y,
                    w,
                    height=0.7,
                    color=palette[sector] if sector else PERIOD_COLOURS[0],
                    edgecolor="#222222",
                    linewidth=0.4,
                )
                seeds = (
                    sub["seed"].astype(bool).tolist() if "seed" in sub.columns else [False] * len(sub)
                )
                ax.set_yticks(y, sub["_display"])
                for lab, is_seed in zip(ax.get_yticklabels(), seeds, strict=True):
                    lab.set_fontweight("bold" if is_seed else "normal")
                ax.tick_params(axis="y", labelsize=6.5, length=0)
                ax.tick_params(axis="x", labelsize=6)
                ax.set_xlim(0, 1.05)
                ax.set_xticks([0, 0.5, 1])
                # the title spans the panel, term labels included: about 16 characters of 7-pt
                # text per inch of the panel's width
                chars = max(12, int((float(figsize[0]) / ncols - 0.2) * 16))
                title = f"{_METHOD_SHORT.get(m, m) + ' · ' if m else ''}topic {t}"
                quality = []
                if "stability" in sub.columns and sub["stability"].notna().any():
                    quality.append(f"stab. {float(sub['stability'].iat[0]):.2f}")
                if "coherence" in sub.columns and sub["coherence"].notna().any():
                    quality.append(f"coh. {float(sub['coherence'].iat[0]):.2f}")
                if quality:
                    joined = " · ".join([title, *quality])
                    title = joined if len(joined) <= chars else "\n".join([title, " · ".join(quality)])
                if sector:
                    title += "\n" + "\n".join(textwrap.wrap(readable_topic_label(sector, labels), chars))
                title_over_labels(ax, title, fontweight="normal", fontsize=7)
                lines = max(lines, title.count("\n") + 1)
            for ax in row[len(topics) :]:
                ax.set_axis_off()
        # rows tall enough for their terms and titles (the figure grows, never shrinks)
        rows = len(methods) * per_method
        needed = rows * (0.13 * n + 0.14 * lines + 0.45) + 0.8
        if needed > float(figsize[1]):
            fig.set_size_inches(float(figsize[0]), needed)
        ks = sorted(pd.unique(tab["k"])) if "k" in tab.columns else []
        at_k = f" at k = {', '.join(map(str, ks))}" if ks else ""
        if ks and "k_status" in tab.columns and (tab["k_status"].astype(str) == "not determined").any():
            k_range = str(tab["k_range"].iat[0]) if "k_range" in tab.columns else "?"
            at_k += f", not determined (k = {k_range} possible)"
        coh = ""
        if "model_coherence" in tab.columns and "method" in tab.columns:
            per = tab.groupby("method", sort=False)["model_coherence"].first()
            coh = "; model coherence: " + ", ".join(
                f"{_METHOD_SHORT.get(m, m)} {float(per[m]):.2f}" for m in methods if m in per.index
            )
        suptitle(
            fig,
            f"Top terms per topic{at_k} (most relevant terms by weight; bold: seed term){coh}{sample_note(tab)}",
            figsize,
        )
    return fig


def textplot_topic_proportions(
    proportions: pd.DataFrame,
    *,
    method=None,
    by: str = "period",
    order=None,
    labels=None,
    figsize=(7.0, 4.6),
):
    """Mean topic proportion per period with its bootstrap interval over passages, per method.

    Parameters
    ----------
    proportions : DataFrame
        ``topic-proportions-by-period``: topic, period (the column named by ``by``), mean, and if
        present method, lower, upper (the bootstrap interval), n_passages, label (the topic's),
        specific_to.
    method : str, default=None
        Draw only this method (default: every method, one panel each, seeded first).
    by : str, default="period"
        The table's group column; one point per group and topic.
    order : sequence of str, default=None
        The groups' order (the analysis's groups); None: sorted labels (periods in time order).
    labels : mapping, default=None
        sector id -> display name (pass the lexicon's labels): a sector id in a topic's label
        (``[science_technology]``) is shown as the sector's name, never as the id
        (:func:`framing.plots.style.readable_topic_label`).
    figsize : (float, float), default=(7.0, 4.6)
        Inches. The figure grows taller when the rows need it (many groups or topics).

    Returns
    -------
    matplotlib.figure.Figure
        One panel per method, one row per topic, a point and interval per period (offset
        vertically; period colour and marker); ``n`` passages per period in the legend; topics
        the table marks as specific to one period get a ``*``. With more than five groups, one
        heat map per method instead (rows topics, columns groups, the mean printed in percent in
        each cell; the intervals stay in the table).

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"topic": [1, 1], "period": ["2024-01", "2024-07"],
    ...                       "mean": [0.4, 0.6], "lower": [0.2, 0.4], "upper": [0.6, 0.8]})
    >>> fig = textplot_topic_proportions(table)
    >>> fig.get_suptitle()
    'Topic proportions by period'
    """
    require_columns(proportions, ["topic", by, "mean"], "topic-proportions-by-period table")
    if by != "period":
        proportions = proportions.drop(columns="period", errors="ignore").rename(columns={by: "period"})
    methods = _methods(proportions, method)
    with figure_style():
        fig, axes = new_figure(figsize, len(methods), 1, sharex=True)
        if proportions.empty:
            return empty_figure(fig, axes[0, 0], "no topics")
        tab = proportions.assign(period=proportions["period"].astype(str))
        periods = group_values(tab, order=order)
        if len(periods) > 5:
            return _topic_proportion_map(fig, axes, tab, methods, periods, figsize, labels)
        styles = period_styles(periods, order=order)
        # each topic's row tall enough for one interval per group and for its name's lines (names
        # wrap beside the panel); panels as tall as their rows, the figure grown to hold them
        row_names = {}
        for m in methods:
            sub_m = _of_method(tab, m)
            topics = sorted(pd.unique(sub_m["topic"]))
            rows_of = lambda t, sub_m=sub_m: sub_m[sub_m["topic"] == t]  # noqa: E731
            row_names[m] = _topic_names(rows_of, list(reversed(topics)), figsize, labels)
        least = 0.075 * len(periods) if len(periods) > 2 else 0.2
        heights = [
            sum(max(least, 0.115 * (n.count("\n") + 1) + 0.05) for n in row_names[m]) + 0.45
            for m in methods
        ]
        figsize = taller(fig, figsize, sum(heights) + 1.0)
        axes[0, 0].get_gridspec().set_height_ratios(heights)
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
            ax.set_yticks(list(range(len(topics))), row_names[m], fontsize=6.5)
            ax.set_ylim(-0.6, len(topics) - 0.4)
            ax.xaxis.grid(True)
            ax.set_title(_METHOD_NAMES.get(m, m) if m else "", fontweight="normal")
        axes[-1, 0].set_xlim(0, 1)
        axes[-1, 0].set_xlabel(
            wrap_to(
                "Mean topic proportion over passages (95% bootstrap interval)",
                float(figsize[0]) - _names_width(figsize) - 0.3, 8,
            )
        )
        handles, names = axes[0, 0].get_legend_handles_labels()
        if len(periods) > 2:
            cols = legend_columns(names, float(figsize[0]) - 0.3)
            fig.legend(handles, names, loc="outside lower center", ncols=cols)
        else:
            where = "outside lower center" if narrow(figsize) else "outside upper right"
            fig.legend(handles, names, loc=where, ncols=len(periods))
        suptitle(fig, f"Topic proportions by period{sample_note(tab)}", figsize)
    return fig


def _names_width(figsize) -> float:
    """Inches given to the topic names beside the panels (they wrap to it)."""
    return (0.45 if narrow(figsize) else 0.4) * float(figsize[0])


def _topic_names(rows_of, topics, figsize, labels=None) -> list[str]:
    """Row labels of the topics: "k: label" (``*`` when specific to one group), top to bottom;
    sector ids in a label are shown by the sector's name (``labels``)."""
    names = []
    for t in topics:
        rows = rows_of(t)
        lab = rows["label"].dropna().astype(str) if "label" in rows.columns else pd.Series([], dtype=str)
        spec = rows["specific_to"].dropna().astype(str) if "specific_to" in rows.columns else []
        star = "*" if any(v for v in spec) else ""
        text = readable_topic_label(lab.iat[0], labels) if len(lab) else ""
        name = f"{t}: {text}{star}" if text else f"Topic {t}{star}"
        names.append(wrap_to(name, _names_width(figsize), 6.5))
    return names


def _topic_proportion_map(fig, axes, tab, methods, periods, figsize, labels=None):
    """:func:`textplot_topic_proportions` for more than five groups: a heat map per method."""
    import matplotlib as mpl

    from framing.plots.style import SEQUENTIAL_CMAP

    counts = [len(pd.unique(_of_method(tab, m)["topic"])) for m in methods]
    fig.clear()
    fig.set_size_inches(
        float(figsize[0]), max(float(figsize[1]), 0.24 * sum(counts) + 1.0 * len(methods) + 0.9)
    )
    axes = fig.subplots(len(methods), 1, squeeze=False, height_ratios=[max(c, 1) for c in counts])
    cmap = mpl.colormaps[SEQUENTIAL_CMAP]
    norm = mpl.colors.Normalize(0, 1)
    last = len(methods) - 1
    for i, (ax, m) in enumerate(zip(axes[:, 0], methods, strict=True)):
        sub = _of_method(tab, m)
        topics = sorted(pd.unique(sub["topic"]))
        grid = (
            sub.pivot_table(index="topic", columns="period", values="mean", aggfunc="first")
            .reindex(index=topics, columns=periods)
        )
        values = grid.to_numpy(dtype=float)
        ax.imshow(np.ma.masked_invalid(values), cmap=cmap, norm=norm, aspect="auto")
        for r in range(values.shape[0]):
            for c in range(values.shape[1]):
                v = values[r, c]
                text = "–" if np.isnan(v) else f"{100 * v:.0f}"
                colour = "#222222" if np.isnan(v) or v < 0.55 else "white"
                ax.text(c, r, text, ha="center", va="center", fontsize=6, color=colour)
        rows_of = lambda t, sub=sub: sub[sub["topic"] == t]  # noqa: E731
        ax.set_yticks(range(len(topics)), _topic_names(rows_of, topics, figsize, labels), fontsize=6.5)
        ticks = periods
        if "n_passages" in sub.columns:
            n_pass = sub.groupby("period")["n_passages"].first()
            ticks = [f"{p} ({int(n_pass[p])})" if p in n_pass.index else p for p in periods]
        ax.set_xticks(range(len(periods)), ticks if i == last else [], rotation=90, fontsize=6.5)
        ax.tick_params(length=0)
        for sp in ax.spines.values():
            sp.set_visible(False)
        ax.set_title(_METHOD_NAMES.get(m, m) if m else "", fontweight="normal")
    suptitle(
        fig,
        f"Topic proportions in {len(periods)} groups: mean over passages, in percent "
        f"(passages in brackets; 95% bootstrap intervals in the table){sample_note(tab)}",
        figsize,
    )
    return fig


_K_MEASURES = (
    ("coherence", "Coherence (mean NPMI)"),
    ("diversity", "Diversity (unique terms)"),
    ("stability", "Stability (mean Jaccard)"),
)
_METHOD_STYLE = {
    "nmf": {"color": "#0072B2", "marker": "o", "linestyle": "-"},
    "lda": {"color": "#D55E00", "marker": "s", "linestyle": "--"},
    "seeded": {"color": "#009E73", "marker": "^", "linestyle": ":"},
}


def textplot_k_selection(selection: pd.DataFrame, *, figsize=(7.0, 3.4)):
    """Choosing the number of topics: coherence, diversity, stability and seed-subset wins against
    k, the rule applied and whether it determines k.

    Parameters
    ----------
    selection : DataFrame
        ``topic-k-selection`` (:func:`framing.topics.select_k` and :func:`framing.topics.topic_tables`):
        method, k, and any of coherence, diversity, stability, win_share (share of the seed
        subsets in which k wins; the same on every row of a k), chosen (the k shown), k_status
        ("determined", "not determined", "given"), k_range ("2–8"), k_reason (why not
        determined), rule.
    figsize : (float, float), default=(7.0, 3.4)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        One panel per measure sharing the k axis, one line per method (its own colour, marker and
        line style, so they read in grey), and a panel of bars for ``win_share``. The k shown is
        circled (solid when determined, dashed when not), and the bars of the k that win some
        subset are dark. The title says whether k is determined and the range; the footnote states
        the rule.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"method": "nmf", "k": [2, 3], "coherence": [0.1, 0.2],
    ...                       "chosen": [False, True]})
    >>> fig = textplot_k_selection(table)
    >>> fig.axes[0].get_title(loc="left")
    'Coherence (mean NPMI)'
    """
    require_columns(selection, ["method", "k"], "topic-k-selection table")
    measures = [m for m in _K_MEASURES if m[0] in selection.columns]
    votes = "win_share" in selection.columns and selection["win_share"].notna().any()
    n_panels = len(measures) + (1 if votes else 0)
    status = _k_status(selection)
    with figure_style():
        fig, axes = new_figure(
            figsize, *panels(figsize, max(1, n_panels)), sharex=True, squeeze_to_row=True
        )
        if selection.empty or not n_panels:
            return empty_figure(fig, axes[0, 0], "no fits")
        methods = [str(m) for m in pd.unique(selection["method"].astype(str))]
        fallback = ["#CC79A7", "#56B4E9", "#E69F00"]
        ks = sorted(int(k) for k in pd.unique(selection["k"]))
        determined = status["status"] in ("determined", "given")
        for ax, (col, title) in zip(axes[0], measures, strict=False):
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
                        markeredgecolor="#222222" if determined else "#999999",
                        markeredgewidth=0.8 if determined else 1.1,
                    )
            ax.set_title(title, fontweight="normal")
            ax.set_xlabel("k (number of topics)")
            ax.yaxis.grid(True)
            ax.set_xticks(ks)
        if votes:
            ax = axes[0, len(measures)]
            per_k = selection.drop_duplicates("k").set_index("k").sort_index()
            share = per_k["win_share"].astype(float).fillna(0.0)
            chosen = set(selection.loc[selection["chosen"].astype(bool), "k"]) if "chosen" in selection else set()
            colours = ["#222222" if k in chosen else "#777777" for k in share.index]
            ax.bar(share.index, share.to_numpy(), width=0.6, color=colours, edgecolor="#222222",
                   linewidth=0.4)
            for k, v in share.items():
                if v > 0:
                    ax.text(k, v + 0.02, f"{100 * v:.0f}%", ha="center", va="bottom", fontsize=5.5)
            ax.axhline(status["agreement"], color="#555555", linewidth=0.7, linestyle="--")
            ax.set_ylim(0, 1.45)
            ax.set_yticks([0, 0.5, 1.0] if narrow(figsize) else [0, 0.25, 0.5, 0.75, 1.0])
            ax.set_title("Seed subsets won", fontweight="normal")
            ax.set_xlabel("k (number of topics)")
            ax.yaxis.grid(True)
            ax.set_xticks(ks)
        handles, names = axes[0, 0].get_legend_handles_labels()
        if votes:  # in the votes panel, above the bars (their axis runs to 1.45)
            axes[0, -1].legend(
                handles, names, loc="upper right", fontsize=5.5,
                **({"ncols": len(methods)} if narrow(figsize) else {"title": "Method",
                                                                    "title_fontsize": 6}),
            )
        elif narrow(figsize):
            fig.legend(handles, names, loc="outside lower center", ncols=len(methods))
        else:
            axes[0, -1].legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), title="Method")
        suptitle(
            fig,
            f"Topic model quality by number of topics (higher is better){status['title']}"
            f"{sample_note(selection)}",
            figsize,
        )
        if status["rule"]:
            fig.supxlabel(
                wrap(status["rule"], figsize, 17), x=0.01, ha="left", fontsize=6, color="#555555"
            )
    return fig


def _k_status(selection: pd.DataFrame) -> dict:
    """What the k-selection figure says about k: the title's ending, the footnote (the rule) and
    the agreement threshold drawn in the votes panel."""
    import re

    chosen = []
    if "chosen" in selection.columns and selection["chosen"].astype(bool).any():
        flags = selection["chosen"].astype(bool)
        chosen = sorted(int(k) for k in pd.unique(selection.loc[flags, "k"]))
    first = selection.iloc[0] if len(selection) else pd.Series(dtype=object)
    status = str(first.get("k_status", ""))
    k_range = str(first.get("k_range", ""))
    rule = str(first.get("rule", "")) if "rule" in first else ""
    found = re.search(r">= (\d+)% of", rule)
    agreement = int(found.group(1)) / 100 if found else 0.7
    shown = ", ".join(map(str, chosen))
    if not chosen:
        title = ""
    elif status == "not determined":
        title = f"; k not determined: k = {shown} shown (grey circle), k = {k_range} win seed subsets"
    elif status == "given":
        title = f"; circled: k = {shown}, given by the analyst"
    else:
        title = f"; circled: chosen k = {shown}"
    notes = []
    reason = str(first.get("k_reason", "")) if "k_reason" in first else ""
    if status == "not determined" and reason:
        notes.append(f"Not determined: {reason}.")
    if rule and rule != "given":
        notes.append(f"Rule: {rule}.")
    if "win_share" in selection.columns and selection["win_share"].notna().any():
        notes.append(f"Dashed line in the last panel: {agreement:.0%} of the subsets.")
    return {"title": title, "rule": " ".join(notes), "status": status, "agreement": agreement}
