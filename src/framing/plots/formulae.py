"""Formula and continuity figures: where the set phrases occur over time, what a report carries over.

* :func:`textplot_formula_timeline`: formulae (rows) by group (columns), the number of occurrences
  in each cell, the change label of each formula beside it;
* :func:`textplot_statement_alignment`: the sentences of two reports side by side, each target
  sentence linked to the reference sentence it carries over or rewords.

Both take the tables of :mod:`framing.formulae` and :mod:`framing.alignment` (the ``formulae`` and
``statement-alignment`` tables of the figure set) and know nothing of the study: groups come from
the table or the caller (``groups=``, the analysis's order).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from framing.errors import AnalysisError, require_columns
from framing.plots.style import (
    PERIOD_COLOURS,
    empty_figure,
    figure_style,
    fit_text,
    narrow,
    new_figure,
    shorten,
    suptitle,
    width_pt,
)

__all__ = ["textplot_formula_timeline", "textplot_statement_alignment", "STATUS_STYLES", "LABEL_STYLES"]

#: Change label -> (text colour, marker) of the timeline: distinct in grey print too (the marker
#: shape and the label's own word carry the meaning, the colour only repeats it).
STATUS_STYLES = {
    "persistent": ("#222222", "s"),
    "new": ("#996600", "^"),
    "dropped": (PERIOD_COLOURS[0], "v"),
    "intermittent": ("#666666", "o"),
}
#: Alignment label -> (colour, line style) of the links.
LABEL_STYLES = {
    "carried over": ("#222222", "-"),
    "reworded": (PERIOD_COLOURS[1], "--"),
    "new": (PERIOD_COLOURS[2], ""),
    "dropped": ("#999999", ""),
}


def _two_lines(text: str, width: int) -> str:
    """``text`` on at most two lines of ``width`` characters, the rest cut with an ellipsis."""
    import textwrap

    lines = textwrap.wrap(str(text), width) or [""]
    if len(lines) <= 2:
        return "\n".join(lines)
    return lines[0] + "\n" + shorten(" ".join(lines[1:]), width)


def _group_order(values, groups) -> list[str]:
    present = [str(v) for v in pd.unique(pd.Series(list(values), dtype="object").dropna().astype(str))]
    if groups is None:
        return sorted(present)
    given = [str(g) for g in groups]
    return given + sorted(g for g in present if g not in set(given))


def textplot_formula_timeline(
    formulae: pd.DataFrame,
    *,
    by: str = "period",
    groups=None,
    n: int = 15,
    one_per_variant: bool = True,
    names: bool = False,
    figsize=(7.0, 5.0),
):
    """Formulae by group: where each of the most widespread formulae occurs, and how often.

    Parameters
    ----------
    formulae : DataFrame
        The occurrences (:func:`framing.formulae.formulae`): formula_id, formula, status,
        n_docs, variant_group, is_name, and the group column ``by`` of each occurrence.
    by : str, default="period"
        The group column.
    groups : sequence of str, default=None
        The groups in order (the analysis's ``groups``, so that a group without any formula still
        gets its column); default: the table's groups, sorted (periods in time order).
    n : int, default=15
        Formulae shown: the first ``n`` in rank order (the most widespread, ``formula_id``).
    one_per_variant : bool, default=True
        Show only the leading formula of each variant group (its variants are counted in the label).
    names : bool, default=False
        Also show formulae that are only a name of the entity list ("the United Russia Party").
    figsize : (float, float), default=(7.0, 5.0)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        One row per formula (best first), one column per group; each cell holding the formula
        gives its number of occurrences in that group (· = none). At the right: the change label
        (persistent, new, dropped, intermittent) and the reports it occurs in.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"formula_id": [1, 1, 2], "formula": ["oil and gas"] * 2 + ["new era"],
    ...                       "status": ["persistent", "persistent", "new"], "n_docs": [2, 2, 1],
    ...                       "variant_group": [1, 1, 2], "is_name": False,
    ...                       "period": ["2024-01", "2024-07", "2024-07"]})
    >>> fig = textplot_formula_timeline(table)
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['oil and gas', 'new era']
    """
    require_columns(formulae, ["formula_id", "formula", "status", "n_docs", "variant_group", by], "formulae table")
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise AnalysisError("n", f"must be a whole number >= 1, not {n!r}")
    with figure_style():
        fig, axes = new_figure(figsize)
        ax = axes[0, 0]
        # One row per formula first (its columns repeat on every occurrence), and the names left
        # out there: filtering the occurrences instead copies a table of tens of millions of rows.
        heads = formulae.drop_duplicates("formula_id")
        if not names and "is_name" in heads.columns:
            heads = heads[~heads["is_name"].astype(bool)]
        if heads.empty:
            return empty_figure(fig, ax, "no recurring formula")
        order = _group_order(formulae[by], groups)
        heads = heads.sort_values("formula_id", kind="stable")
        sizes = heads.groupby("variant_group")["formula_id"].transform("size")
        if one_per_variant:
            heads = heads.drop_duplicates("variant_group")
        heads = heads.head(n)
        counts = (
            formulae[formulae["formula_id"].isin(heads["formula_id"])]
            .assign(_g=lambda d: d[by].astype(str))
            .groupby(["formula_id", "_g"])
            .size()
        )
        rows = heads["formula_id"].tolist()
        matrix = np.zeros((len(rows), len(order)), dtype=int)
        for (fid, g), k in counts.items():
            if g in order:
                matrix[rows.index(fid), order.index(g)] = k
        top = max(1, int(matrix.max()))
        import matplotlib as mpl

        cmap = mpl.colormaps["Blues"]
        small = narrow(figsize)
        width = 26 if small else 46
        for i in range(len(rows)):
            for j in range(len(order)):
                k = matrix[i, j]
                if k:
                    shade = 0.25 + 0.6 * k / top
                    ax.add_patch(
                        mpl.patches.Rectangle((j - 0.42, i - 0.38), 0.84, 0.76, color=cmap(shade), linewidth=0)
                    )
                    ax.text(j, i, str(k), ha="center", va="center", fontsize=6.5,
                            color="white" if shade > 0.6 else "#222222")
                else:
                    ax.text(j, i, "·", ha="center", va="center", fontsize=7, color="#999999")
        labels = [_two_lines(f, width) for f in heads["formula"].astype(str)]
        ax.set_yticks(range(len(rows)), labels, fontsize=6.5)
        ax.set_xticks(range(len(order)), order, fontsize=6.5, rotation=45 if len(order) > 3 else 0,
                      ha="right" if len(order) > 3 else "center")
        ax.set_xlim(-0.5, len(order) - 0.5)
        ax.set_ylim(len(rows) - 0.5, -0.5)
        ax.tick_params(length=0)
        for side in ("top", "right", "left", "bottom"):
            ax.spines[side].set_visible(False)
        right = ax.secondary_yaxis("right")
        right.set_yticks(
            range(len(rows)),
            [
                f"{status} · {int(d)} rep." + (f" · +{int(v) - 1} var." if one_per_variant and v > 1 else "")
                for status, d, v in zip(heads["status"], heads["n_docs"], sizes.loc[heads.index], strict=True)
            ],
            fontsize=6,
        )
        right.tick_params(length=0)
        right.spines["right"].set_visible(False)
        for tick, status in zip(right.get_yticklabels(), heads["status"], strict=True):
            tick.set_color(STATUS_STYLES.get(str(status), ("#222222", "o"))[0])
        total = formulae["formula_id"].nunique()
        what = "the formula" if len(rows) == 1 else f"the {len(rows)} most widespread"
        suptitle(fig, f"Formulae across {by}s: {what} of {total}, occurrences per cell", figsize)
    return fig


def _pair(alignment: pd.DataFrame, reference, target) -> tuple[str, str]:
    pairs = list(dict.fromkeys(zip(alignment["reference"].astype(str), alignment["target"].astype(str), strict=True)))
    if reference is None and target is None:
        return pairs[-1]
    for r, t in pairs:
        if (reference is None or r == str(reference)) and (target is None or t == str(target)):
            return r, t
    raise AnalysisError(
        "alignment table", f"no pair {reference!r} -> {target!r}; it has {', '.join(f'{r} -> {t}' for r, t in pairs)}"
    )


def _sentence_rows(table: pd.DataFrame, prefix: str) -> pd.DataFrame:
    cols = [f"{prefix}_{c}" for c in ("doc_id", "sentence_id", "text")]
    rows = table[cols].dropna(subset=[f"{prefix}_sentence_id"]).drop_duplicates(cols[:2])
    rows = rows.rename(columns=dict(zip(cols, ["doc_id", "sentence_id", "text"], strict=True)))
    return rows.sort_values(["doc_id", "sentence_id"], kind="stable").reset_index(drop=True)


def textplot_statement_alignment(
    alignment: pd.DataFrame,
    *,
    reference=None,
    target=None,
    width: int | None = None,
    nearest: float = 0.3,
    figsize=(7.0, 6.5),
    max_rows: int = 60,
):
    """Two reports side by side: which statements of the later one are carried over or reworded.

    Parameters
    ----------
    alignment : DataFrame
        ``statement-alignment`` (:func:`framing.alignment.align_statements` or
        :func:`~framing.alignment.align_over_time`): reference, target, label, similarity, paired,
        and the doc_id, sentence_id and text of both sentences.
    reference, target : str, default=None
        The pair of groups to draw when the table holds several (default: the last pair).
    width : int, default=None
        Characters of each sentence shown at most (default=None: as many as fit beside the
        middle at the figure's width, measured in the house font).
    nearest : float, default=0.3
        A new target sentence whose most similar reference sentence reaches this similarity is
        joined to it by a dotted grey line (what it shares, below the threshold of a pair); 1.0
        draws none.
    figsize : (float, float), default=(7.0, 6.5)
        Inches.
    max_rows : int, default=60
        At most this many target sentences are drawn (the first, in document order) with the
        reference sentences they are joined to, and at most this many unpaired reference sentences
        (the first); the title then says how many of how many are shown. The counts in the title
        are always the whole table's.

    Returns
    -------
    matplotlib.figure.Figure
        The reference's sentences on the left, the target's on the right, in document order
        (``s<sentence_id>``); a solid line joins a carried-over pair, a dashed line a reworded
        one, a dotted grey line a new sentence to its nearest reference sentence (at least
        ``nearest``), with the similarity printed on each; target sentences without partner are
        marked new, reference sentences without partner are grey.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"reference": "2024-01", "target": "2024-07",
    ...     "label": ["reworded", "new"], "similarity": [0.6, 0.1], "paired": [True, False],
    ...     "target_doc_id": ["b", "b"], "target_sentence_id": [0, 1],
    ...     "target_text": ["Trade grew fast.", "Tourism boomed."],
    ...     "reference_doc_id": ["a", "a"], "reference_sentence_id": [0, 0],
    ...     "reference_text": ["Trade grew.", "Trade grew."]})
    >>> fig = textplot_statement_alignment(table)
    >>> sorted(t.get_text() for t in fig.axes[0].texts if t.get_text().startswith("0."))
    ['0.60']
    """
    require_columns(
        alignment,
        ["reference", "target", "label", "similarity", "paired", "target_doc_id", "target_sentence_id",
         "target_text", "reference_doc_id", "reference_sentence_id", "reference_text"],
        "statement-alignment table",
    )
    with figure_style():
        fig, axes = new_figure(figsize)
        ax = axes[0, 0]
        if alignment.empty:
            return empty_figure(fig, ax, "no sentences to align")
        ref_group, tgt_group = _pair(alignment, reference, target)
        table = alignment[
            (alignment["reference"].astype(str) == ref_group) & (alignment["target"].astype(str) == tgt_group)
        ]
        whole = table
        shown_note = ""
        targets = _sentence_rows(table[table["label"] != "dropped"], "target")
        if len(targets) > max_rows:  # a readable, bounded figure: the first sentences in order
            keep = set(zip(targets["doc_id"].astype(str).head(max_rows), targets["sentence_id"].head(max_rows), strict=True))
            is_target = table["label"] != "dropped"
            tkey = list(zip(table["target_doc_id"].astype(str), table["target_sentence_id"], strict=True))
            mask = [(not t) or (k in keep) for t, k in zip(is_target, tkey, strict=True)]
            table = table[mask]
            shown_note = f" (first {max_rows} of {len(targets):,} target sentences shown)"
        dropped = _sentence_rows(table[table["label"] == "dropped"], "reference")
        if len(dropped) > max_rows:
            shown_note += f" (first {max_rows} of {len(dropped):,} unpaired reference sentences shown)"
            dropped = dropped.head(max_rows)
        left = dropped
        paired = table[table["paired"].astype(bool)]
        near = table[(table["label"] == "new") & (table["similarity"].fillna(0) >= nearest)]
        near = near.dropna(subset=["reference_sentence_id"])
        left = pd.concat(
            [left, _sentence_rows(paired, "reference"), _sentence_rows(near, "reference")], ignore_index=True
        )
        left = left.drop_duplicates(["doc_id", "sentence_id"])
        left = left.sort_values(["doc_id", "sentence_id"], kind="stable").reset_index(drop=True)
        right = _sentence_rows(table[table["label"] != "dropped"], "target")
        small = narrow(figsize)
        fs = 5.6 if small else 6.2
        n = max(len(left), len(right), 1)
        ax.set_xlim(0, 1)
        ax.set_ylim(n - 0.5, -1.2)
        ax.set_axis_off()
        x_left, x_right = 0.44, 0.56
        lpos = {(str(d), int(s)): i for i, (d, s) in enumerate(zip(left["doc_id"], left["sentence_id"], strict=True))}
        rpos = {(str(d), int(s)): i for i, (d, s) in enumerate(zip(right["doc_id"], right["sentence_id"], strict=True))}
        many_docs = left["doc_id"].nunique() > 1 or right["doc_id"].nunique() > 1
        # each side has the space from the figure's edge to the middle (the axes span the figure:
        # its texts are kept out of the layout, which would otherwise shrink it to them and move
        # them with it); sentences are cut to what fits there, measured in the house font, less
        # 12% for screens, where Agg's hinting widens small text at 100 dpi
        side = 0.88 * (x_left - 0.01) * (float(figsize[0]) - 0.15) * 72

        def tag(d, s):  # a long document id takes at most half the side
            return f"{fit_text(d, side / 2, fs)} s{int(s)}" if many_docs else f"s{int(s)}"
        linked = set()
        for row in near.itertuples():
            yl = lpos[(str(row.reference_doc_id), int(row.reference_sentence_id))]
            yr = rpos[(str(row.target_doc_id), int(row.target_sentence_id))]
            ax.plot([x_left, x_right], [yl, yr], color="#AAAAAA", linestyle=":", linewidth=0.8)
            ax.text(x_left + 0.25 * (x_right - x_left), yl + 0.25 * (yr - yl), f"{row.similarity:.2f}",
                    ha="center", va="bottom", fontsize=5, color="#888888")
        for row in paired.itertuples():
            key_l = (str(row.reference_doc_id), int(row.reference_sentence_id))
            key_r = (str(row.target_doc_id), int(row.target_sentence_id))
            colour, style = LABEL_STYLES.get(row.label, ("#222222", "-"))
            yl, yr = lpos[key_l], rpos[key_r]
            linked.add(key_l)
            ax.plot([x_left, x_right], [yl, yr], color=colour, linestyle=style or "-", linewidth=1.0)
            ax.text((x_left + x_right) / 2, (yl + yr) / 2, f"{row.similarity:.2f}", ha="center", va="bottom",
                    fontsize=5.5, color=colour, bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.3})

        def fit(text, tagged, extra=""):
            room = side - width_pt(f"{tagged}  {extra}", fs)
            text = shorten(text, width) if width else str(text)
            return fit_text(text, room, fs)

        for i, row in enumerate(left.itertuples()):
            grey = (str(row.doc_id), int(row.sentence_id)) not in linked
            t = tag(row.doc_id, row.sentence_id)
            ax.text(x_left - 0.01, i, f"{fit(row.text, t)}  {t}",
                    ha="right", va="center", fontsize=fs, color="#999999" if grey else "#222222")
        labels = dict(zip(zip(table["target_doc_id"].astype(str), table["target_sentence_id"], strict=True),
                          table["label"], strict=True))
        for i, row in enumerate(right.itertuples()):
            label = labels.get((str(row.doc_id), row.sentence_id), "new")
            mark = "new · " if label == "new" else ""
            colour = LABEL_STYLES["new"][0] if label == "new" else "#222222"
            t = tag(row.doc_id, row.sentence_id)
            ax.text(x_right + 0.01, i, f"{t}  {mark}{fit(row.text, t, mark)}",
                    ha="left", va="center", fontsize=fs, color=colour)
        ax.text(x_left - 0.01, -1.0, ref_group, ha="right", va="center", fontsize=7.5, fontweight="bold")
        ax.text(x_right + 0.01, -1.0, tgt_group, ha="left", va="center", fontsize=7.5, fontweight="bold")
        counts = whole["label"].value_counts()
        summary = ", ".join(f"{int(counts.get(k, 0)):,} {k}" for k in ("carried over", "reworded", "new", "dropped"))
        for text in ax.texts:
            text.set_in_layout(False)
        suptitle(fig, f"{tgt_group} against {ref_group}: {summary}{shown_note}", figsize)
    return fig
