"""The logic behind the notebook explorer (``notebooks/06-explore.ipynb``), testable without a browser.

Everything a widget shows is computed by a pure function of the analysis tables:

* :func:`term_counts_by_period` — how often a sector or a term occurs in each period, count beside
  rate per 1,000 tokens;
* :func:`kwic_table_html` / :func:`kwic_side_by_side_html` — concordance lines as HTML, one column
  per period, the match wrapped in ``<mark>``; **every piece of corpus text is HTML-escaped**, so a
  report containing ``<script>`` shows it as text;
* :func:`topic_view` — top terms and period proportions of one topic fit.

:func:`build_explorer` wires them to ipywidgets controls. Its outputs are :class:`ipywidgets.HTML`
widgets whose ``value`` a test can read after changing a control (traitlets observers fire without
a front end), so the explorer is exercised in the test suite, not only in JupyterLab.

ipywidgets and the analysis modules are imported inside the functions: importing this module is cheap.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import pandas as pd

from framing.errors import AnalysisError

__all__ = [
    "COUNT_COLUMNS",
    "term_counts_by_period",
    "kwic_table_html",
    "kwic_side_by_side_html",
    "counts_html",
    "topic_view",
    "topic_view_html",
    "build_explorer",
]

#: Columns of :func:`term_counts_by_period`.
COUNT_COLUMNS = ["period", "n_docs", "count", "n_tokens", "rate_per_1000"]

#: CSS shared by the HTML views (inline: JupyterLab sanitises nothing inside an HTML widget's
#: ``<style>``, and nothing is loaded from the network).
_CSS = (
    "<style>"
    ".framing-kwic{display:flex;gap:1.2em;align-items:flex-start;font-size:12px}"
    ".framing-kwic-period{flex:1 1 0;min-width:0}"
    ".framing-kwic-period h4{margin:.2em 0 .4em 0}"
    ".framing-kwic table{border-collapse:collapse;width:100%;table-layout:fixed}"
    ".framing-kwic td{padding:2px 4px;vertical-align:top}"
    ".framing-kwic td.left{text-align:right;color:#444;width:42%}"
    ".framing-kwic td.match{text-align:center;width:16%}"
    ".framing-kwic td.right{text-align:left;color:#444;width:42%}"
    ".framing-kwic tr.meta td{color:#777;font-size:11px;text-align:center;border-bottom:1px solid #e5e5e5;"
    "padding-bottom:4px}"
    ".framing-kwic mark{background:#ffe08a;color:#000;font-weight:600;padding:0 1px}"
    ".framing-kwic .more,.framing-kwic .none{color:#777;font-style:italic}"
    "</style>"
)


def _esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _query(sector: str | None, term: str | None) -> tuple[str | None, str | None]:
    sector = sector or None
    term = term.strip() if isinstance(term, str) and term.strip() else None
    if (sector is None) == (term is None):
        raise AnalysisError("query", "give exactly one of a sector or a term")
    return sector, term


def _groups(analysis, groups: Sequence[str] | None) -> list[str]:
    return list(analysis.groups) if groups is None else [str(g) for g in groups]


def _kwic(analysis, sector, term, window) -> pd.DataFrame:
    from framing.concordance import kwic, sector_kwic

    sector, term = _query(sector, term)
    if sector is not None:
        rows = sector_kwic(analysis, sector, window=window)
    else:
        rows = kwic(analysis, term, window=window)
    by = analysis.by
    group_of = dict(zip(analysis.docs["doc_id"].astype(str), analysis.docs[by].astype(str), strict=True))
    rows = rows.assign(period=rows["doc_id"].astype(str).map(group_of))
    order = {g: i for i, g in enumerate(analysis.groups)}
    return rows.sort_values(
        ["period", "doc_id", "start"], key=lambda c: c.map(order) if c.name == "period" else c,
        kind="stable",
    )


def term_counts_by_period(
    analysis,
    *,
    sector: str | None = None,
    term: str | None = None,
    periods: Sequence[str] | None = None,
) -> pd.DataFrame:
    """How often a sector (or a term) occurs in each group, count beside rate.

    The count is the number of concordance lines :func:`framing.sectors.sector_kwic` (or
    :func:`framing.concordance.kwic`) finds, so the numbers and the KWIC lines beside them always agree.

    Parameters
    ----------
    analysis : Analysis
        The analysis (:func:`framing.analyse`).
    sector, term : str, optional
        Exactly one: a sector id of the lexicon, or a word or phrase.
    periods : sequence of str, optional
        Groups to report, in this order (default=None: every group of the analysis, in order); a
        group with no occurrence gets a row with count 0.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`COUNT_COLUMNS`: ``period``, ``n_docs`` (documents in the period), ``count``
        (occurrences), ``n_tokens`` (word tokens of the period: punctuation excluded),
        ``rate_per_1000`` (count per 1,000 word tokens; NaN for a period with no tokens).
    """
    periods = _groups(analysis, periods)
    rows = _kwic(analysis, sector, term, window=1)
    by, docs, tokens = analysis.by, analysis.docs, analysis.tokens
    words = tokens[~tokens["is_punct"]]
    n_tokens = words.groupby(words[by].astype(str)).size()
    n_docs = docs.groupby(docs[by].astype(str))["doc_id"].nunique()
    counts = rows.groupby("period").size()
    out = pd.DataFrame({"period": periods})
    out["n_docs"] = [int(n_docs.get(p, 0)) for p in periods]
    out["count"] = [int(counts.get(p, 0)) for p in periods]
    out["n_tokens"] = [int(n_tokens.get(p, 0)) for p in periods]
    out["rate_per_1000"] = [
        1000.0 * c / n if n else float("nan") for c, n in zip(out["count"], out["n_tokens"], strict=True)
    ]
    return out[COUNT_COLUMNS]


def kwic_table_html(rows: pd.DataFrame, max_lines: int | None = None, show_period: bool = False) -> str:
    """Concordance lines as an HTML table, the match highlighted, every text HTML-escaped.

    Parameters
    ----------
    rows : pandas.DataFrame
        A KWIC table (:func:`framing.kwic`): ``left``, ``match``, ``right`` and, shown when present,
        ``doc_id``, ``sentence_id``, ``speaker``, ``side``, ``period``.
    max_lines : int, optional
        Show at most this many lines and say how many were left out.
    show_period : bool
        Add the period to the location column.

    Returns
    -------
    str
        ``<div class="framing-kwic">`` holding a ``<table>``; each match is
        ``<mark>escaped match</mark>``; an empty table says "no occurrence".
    """
    return _CSS + '<div class="framing-kwic"><div class="framing-kwic-period">' + _lines_html(
        rows, max_lines, show_period
    ) + "</div></div>"


def _lines_html(rows: pd.DataFrame, max_lines: int | None, show_period: bool = False) -> str:
    if rows is None or len(rows) == 0:
        return '<p class="none">no occurrence</p>'
    shown = rows if max_lines is None else rows.head(max_lines)
    out = ["<table>"]
    for r in shown.to_dict("records"):
        where = []
        if show_period and "period" in r:
            where.append(str(r["period"]))
        if "doc_id" in r:
            where.append(str(r["doc_id"]))
        if "sentence_id" in r:
            where.append(f"s{r['sentence_id']}")
        who = ""
        if r.get("speaker") not in (None, "") or r.get("side") not in (None, ""):
            who = f"{r.get('speaker', '')} ({r.get('side', '')})"
        # the context gets the full width; where the line is from goes on a small line below it
        meta = " · ".join(x for x in (" ".join(where), who) if x)
        out.append(
            '<tr class="line">'
            f'<td class="left">{_esc(r["left"])}</td>'
            f'<td class="match"><mark>{_esc(r["match"])}</mark></td>'
            f'<td class="right">{_esc(r["right"])}</td>'
            "</tr>"
            f'<tr class="meta"><td class="where" colspan="3">{_esc(meta)}</td></tr>'
        )
    out.append("</table>")
    if len(shown) < len(rows):
        out.append(f'<p class="more">… and {len(rows) - len(shown)} more line(s)</p>')
    return "".join(out)


def kwic_side_by_side_html(
    analysis,
    *,
    sector: str | None = None,
    term: str | None = None,
    periods: Sequence[str] | None = None,
    window: int = 8,
    max_lines: int | None = 50,
    counts: pd.DataFrame | None = None,
) -> str:
    """KWIC lines of a sector or a term, one column per group, the match highlighted.

    Parameters
    ----------
    analysis : Analysis
        The analysis (:func:`framing.analyse`).
    sector, term : str, optional
        Exactly one (see :func:`term_counts_by_period`).
    periods : sequence of str, optional
        Columns, left to right (default=None: the groups of the analysis, in order).
    window : int, default=8
        Context tokens each side (as in :func:`framing.concordance.kwic`).
    max_lines : int, optional
        Lines shown per group (default=50; None: all).
    counts : pandas.DataFrame, optional
        :func:`term_counts_by_period` output; when given, each column's heading shows the count and
        rate of its period.

    Returns
    -------
    str
        ``<div class="framing-kwic">`` with one ``<div class="framing-kwic-period"
        data-period="...">`` per period, each holding an ``<h4>`` heading and the lines' table (see
        :func:`kwic_table_html`). All corpus text is HTML-escaped.
    """
    periods = _groups(analysis, periods)
    rows = _kwic(analysis, sector, term, window)
    by_period = counts.set_index("period") if counts is not None else None
    cols = []
    for p in periods:
        sub = rows[rows["period"] == p]
        head = _esc(p)
        if by_period is not None and p in by_period.index:
            c = by_period.loc[p]
            head += f" — {int(c['count'])} occurrence(s), {float(c['rate_per_1000']):.1f} per 1,000 tokens"
        else:
            head += f" — {len(sub)} occurrence(s)"
        cols.append(
            f'<div class="framing-kwic-period" data-period="{_esc(p)}"><h4>{head}</h4>'
            + _lines_html(sub, max_lines)
            + "</div>"
        )
    return _CSS + '<div class="framing-kwic">' + "".join(cols) + "</div>"


def counts_html(counts: pd.DataFrame, what: str) -> str:
    """A one-line-per-period HTML table of :func:`term_counts_by_period` output; ``what`` is escaped."""
    rows = "".join(
        f"<tr><td>{_esc(r['period'])}</td><td>{int(r['count'])}</td><td>{int(r['n_tokens']):,}</td>"
        f"<td>{float(r['rate_per_1000']):.2f}</td></tr>"
        for r in counts.to_dict("records")
    )
    return (
        f"<p><b>{_esc(what)}</b></p><table><tr><th>period</th><th>count</th><th>word tokens</th>"
        f"<th>per 1,000</th></tr>{rows}</table>"
    )


def topic_view(
    passages: pd.DataFrame,
    *,
    method: str = "nmf",
    k: int = 3,
    random_state: int = 0,
    n_terms: int = 8,
    n_boot: int = 1000,
    n_runs: int = 5,
    seeds=None,
    by: str = "period",
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Top terms and group proportions of one topic fit.

    Parameters
    ----------
    passages : pandas.DataFrame
        Passages table (:func:`framing.topics.sector_passages`).
    method : {"nmf", "lda", "seeded"}, default="nmf"
        The topic model.
    k : int, default=3
        Number of topics.
    random_state : int, default=0
        Seed of the fit and of the bootstrap.
    n_terms : int, default=8
        Top terms listed per topic.
    n_boot, n_runs : int, default=1000, 5
        Bootstrap resamples (:func:`framing.topics.topic_proportions`) and stability refits
        (:func:`framing.topics.fit_topics`).
    seeds : mapping, optional
        Seed words per sector for the seeded model (default=None: the packaged lexicon's).
    by : str, default="period"
        The grouping column.

    Returns
    -------
    (pandas.DataFrame, pandas.DataFrame)
        ``terms``: one row per topic: ``topic``, ``label``, ``sector`` (dominant sector),
        ``top_terms`` (the ``n_terms`` most relevant display forms, ``", "``-joined), ``coherence``,
        ``stability``. ``proportions``: one row per topic: ``topic``, then for each period ``p`` the
        mean proportion ``p`` and its interval ``p low`` / ``p high``, then ``specific_to``.
    """
    from framing.topics import fit_topics, topic_proportions

    model = fit_topics(passages, k=k, method=method, random_state=random_state, n_runs=n_runs, seeds=seeds)
    top = model.top_terms[model.top_terms["rank"] <= n_terms].sort_values(["topic", "rank"])
    joined = top.groupby("topic", sort=True)["display"].agg(lambda s: ", ".join(map(str, s)))
    terms = model.labels[["topic", "label", "sector", "coherence", "stability"]].copy()
    terms.insert(3, "top_terms", terms["topic"].map(joined))
    props = topic_proportions(model, passages, by=by, n_boot=n_boot, random_state=random_state)
    wide = pd.DataFrame({"topic": list(model.doc_topic.columns)})
    for p, grp in props.groupby(by, sort=False):
        g = grp.set_index("topic")
        wide[str(p)] = wide["topic"].map(g["mean"])
        wide[f"{p} low"] = wide["topic"].map(g["lower"])
        wide[f"{p} high"] = wide["topic"].map(g["upper"])
    wide["specific_to"] = wide["topic"].map(props.groupby("topic")["specific_to"].first())
    return terms.reset_index(drop=True), wide


def topic_view_html(terms: pd.DataFrame, proportions: pd.DataFrame) -> str:
    """The two tables of :func:`topic_view` as escaped HTML (pandas escapes cell text)."""
    fmt = {c: "{:.3f}".format for c in proportions.columns if c not in ("topic", "specific_to")}
    return (
        terms.to_html(index=False, escape=True, float_format="{:.3f}".format)
        + "<p></p>"
        + proportions.to_html(index=False, escape=True, formatters=fmt)
    )


def build_explorer(
    analysis,
    *,
    passages: pd.DataFrame | None = None,
    periods: Sequence[str] | None = None,
    random_state: int | None = None,
    k: int | None = None,
    ks: Sequence[int] = range(2, 9),
    window: int = 8,
):
    """An ipywidgets explorer: sector or term -> counts and side-by-side KWIC; method and k -> topics.

    Parameters
    ----------
    analysis : Analysis
        The analysis (:func:`framing.analyse`).
    passages : pandas.DataFrame, optional
        Passages for topics (default=None: :func:`framing.topics.sector_passages` of the analysis).
    periods : sequence of str, optional
        Groups shown side by side (default=None: every group of the analysis, in order).
    random_state : int, optional
        Seed of every topic fit (default=None: the study's).
    k : int, optional
        The number of topics shown first (default=None: the k chosen by
        :func:`framing.topics.choose_k` over :func:`framing.topics.select_k`, as in the study's
        tables).
    ks : sequence of int, default=range(2, 9)
        Choices of k offered.
    window : int, default=8
        Initial KWIC context (tokens each side).
    Returns
    -------
    ipywidgets.Tab
        Two pages: "Sectors and terms" and "Topics". For tests and scripting, the controls are
        reachable as attributes of the returned widget's ``controls`` dict: ``sector`` (Dropdown,
        ``""`` = use the term), ``term`` (Text), ``window`` (IntSlider), ``counts`` and ``kwic``
        (HTML outputs), ``method`` (Dropdown), ``k`` (Dropdown), ``topics`` (HTML output).
    """
    import ipywidgets as w

    from framing.lexicons.sectors import seed_terms
    from framing.topics import METHODS, choose_k, sector_passages, select_k

    mentions = analysis.mentions
    seed = analysis.study.random_state if random_state is None else random_state
    seeds = seed_terms(analysis.lexicon)
    if passages is None:
        passages = sector_passages(mentions, analysis.sentences)
    periods = _groups(analysis, periods)
    lexicon = analysis.lexicon
    if k is None:
        k = choose_k(select_k(passages, ks=ks, random_state=seed, seeds=seeds)) if len(passages) >= 4 else min(ks)
    present = set(mentions["sector"].astype(str))
    options = [("(type a term instead)", "")] + [
        (f"{lexicon.label(s)} ({s})" + ("" if s in present else " — not mentioned"), s)
        for s in lexicon.sectors
    ]
    first = next((s for s in lexicon.sectors if s in present), "")

    sector = w.Dropdown(options=options, value=first, description="Sector")
    term = w.Text(value="", placeholder="a word or phrase, e.g. cooperation", description="Term",
                  continuous_update=False)
    win = w.IntSlider(value=window, min=2, max=20, description="Context")
    counts_out = w.HTML()
    kwic_out = w.HTML()

    def refresh_kwic(_change=None):
        s, t = (sector.value or None), (term.value.strip() or None)
        if s is not None:
            t = None  # the dropdown wins; choose "(type a term instead)" to search a term
        if s is None and t is None:
            counts_out.value = "<p><i>Choose a sector or type a term.</i></p>"
            kwic_out.value = ""
            return
        what = f"sector {lexicon.label(s)}" if s else f"term “{t}”"
        try:
            counts = term_counts_by_period(analysis, sector=s, term=t, periods=periods)
            page = kwic_side_by_side_html(analysis, sector=s, term=t, periods=periods,
                                          window=win.value, counts=counts)
        except AnalysisError as err:  # e.g. a term with no words: say so instead of a traceback
            counts_out.value = f"<p><b>Cannot search:</b> {_esc(err)}</p>"
            kwic_out.value = ""
            return
        counts_out.value = counts_html(counts, what)
        kwic_out.value = page

    def on_term(change):
        if change["new"].strip():
            sector.value = ""  # typing a term switches the view to the term (fires refresh)
        refresh_kwic()

    sector.observe(refresh_kwic, names="value")
    term.observe(on_term, names="value")
    win.observe(refresh_kwic, names="value")

    choices = [c for c in ks if 1 <= c <= len(passages)]
    method = w.Dropdown(options=list(METHODS), value="nmf", description="Method")
    first_k = k if k in choices else (choices[min(2, len(choices) - 1)] if choices else None)
    k_box = w.Dropdown(options=choices, value=first_k, description="k")
    topics_out = w.HTML()

    def refresh_topics(_change=None):
        if k_box.value is None:
            topics_out.value = "<p><i>Too few passages for a topic model.</i></p>"
            return
        try:
            terms, props = topic_view(passages, method=method.value, k=int(k_box.value),
                                      random_state=seed, seeds=seeds, by=analysis.by)
        except AnalysisError as err:  # e.g. too few seeded sectors for this k: say so, keep running
            topics_out.value = f"<p><b>Cannot fit:</b> {_esc(err)}</p>"
            return
        topics_out.value = (
            f"<p>{_esc(method.value)}, k={int(k_box.value)}, random_state={seed}; "
            f"{len(passages)} passages. Proportions: mean and 95% bootstrap interval.</p>"
            + topic_view_html(terms, props)
        )

    method.observe(refresh_topics, names="value")
    k_box.observe(refresh_topics, names="value")

    refresh_kwic()
    refresh_topics()
    page1 = w.VBox([w.HBox([sector, term, win]), counts_out, kwic_out])
    page2 = w.VBox([w.HBox([method, k_box]), topics_out])
    tab = w.Tab(children=[page1, page2])
    tab.set_title(0, "Sectors and terms")
    tab.set_title(1, "Topics")
    tab.controls = {
        "sector": sector, "term": term, "window": win, "counts": counts_out, "kwic": kwic_out,
        "method": method, "k": k_box, "topics": topics_out,
    }
    return tab
