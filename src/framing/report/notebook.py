"""What the study notebooks repeat around the computations: prose, concordances, small tables.

The notebooks (``notebooks/NN-name.py``, jupytext percent files paired with ``.ipynb``) call
:mod:`framing` for every computation. The small helpers they share live here so that they are
written once and tested: the analysis of the study file with the groups compared
(:func:`study_analysis`), a registered figure drawn as ``make figures`` draws it
(:func:`study_figure`), prose whose numbers are computed in the same cell (:func:`say`),
concordance lines (:func:`show_kwic`), counts per period as a table (:func:`period_table`) and the
phrases that quote them (:func:`cell_count`, :func:`share_of`, :func:`arrow`,
:func:`change_listing`, :func:`quote_sentence`), a topic model's terms with their labels
(:func:`topic_terms_table`), and the register word lists of notebook 05 (:func:`load_registers`,
packaged as ``framing/lexicons/registers.yml``) with their counts, no stretch of text counted
twice (:func:`register_counts`).

Examples
--------
>>> import pandas as pd
>>> sentences = pd.DataFrame({"period": ["a", "a", "b"], "side": ["x", "y", "x"],
...                           "sentence_id": [0, 1, 0]})
>>> table = period_table(sentences, index="side", values="sentence_id", periods=("a", "b"))
>>> table  # doctest: +NORMALIZE_WHITESPACE
period  a  b
side
x       1  1
y       1  0
>>> share_of(table, "x", "a"), arrow(table, "x", ("a", "b")), cell_count(table, "z", "a")
('1 of 2 (50%)', '1 → 1', 0)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from framing.errors import AnalysisError, LexiconError

if TYPE_CHECKING:  # pandas is imported by the callers; the module itself stays light
    import pandas as pd

    from framing.analysis import Analysis
    from framing.config import Study

__all__ = [
    "study_analysis",
    "study_figure",
    "say",
    "show_kwic",
    "period_table",
    "cell_count",
    "share_of",
    "arrow",
    "change_listing",
    "quote_sentence",
    "topic_terms_table",
    "load_registers",
    "register_counts",
    "REGISTERS_FILE",
]

#: File name of the packaged register word lists in ``framing/lexicons``.
REGISTERS_FILE = "registers.yml"


def study_analysis(
    study: Study | str | os.PathLike | None = None,
    *,
    corpus: str | os.PathLike | None = None,
    periods: Sequence[str] | None = None,
    random_state: int | None = None,
) -> Analysis:
    """The analysis a notebook works on: the study's corpus, the groups it compares, its seed.

    The notebooks' parameters (``STUDY``, ``CORPUS``, ``PERIODS``, ``RANDOM_STATE``) go here; each
    left at ``None`` takes the study file's value. The returned analysis carries the study with the
    groups compared as its ``reference`` and ``target`` and the seed as its ``random_state``, so
    :func:`framing.report.tables.comparison` and the figure options
    (:func:`framing.report.export.figure_options`) agree with the notebook.

    Parameters
    ----------
    study : Study, str, PathLike or None, default=None
        The study or its file (None: ``study.yml`` at the top of the checkout,
        :func:`framing.config.load_study`). Its actors are loaded, so speakers are named.
    corpus : str, PathLike or None, default=None
        Another folder of reports than the study's; its own ``documents.csv`` is used if present,
        and the study's groups, reference and target (facts of the study's corpus) do not apply to
        it. None, or the study's own folder: the study's corpus and metadata.
    periods : sequence of two str, or None, default=None
        ``(reference, target)``: only the documents of these two groups (of the study's
        ``group_by`` column) are analysed, and they are the groups compared. None: every document;
        the groups compared are the study's (else the first and the last group).
    random_state : int or None, default=None
        Seed of every random step (None: the study's ``random_state``).

    Returns
    -------
    framing.analysis.Analysis
        Built once (:func:`framing.analyse`); ``analysis.study.random_state`` is the seed.

    Raises
    ------
    framing.errors.AnalysisError
        ``periods`` is not two different groups, or no document belongs to them.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> for name, text in [("a", " date 2024-05-02 HÀ NỘI — Energy ties grew. — VNA"),
    ...                    ("b", " date 2024-07-09 HÀ NỘI — Trade and energy grew. — VNA"),
    ...                    ("c", " date 2024-09-01 HÀ NỘI — Trade grew. — VNA")]:
    ...     _ = (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    >>> a = study_analysis(corpus=folder, periods=("2024-07", "2024-05"), random_state=3)
    >>> a.groups, a.study.reference, a.study.target, a.study.random_state
    (('2024-05', '2024-07'), '2024-07', '2024-05', 3)
    """
    import dataclasses

    from framing.analysis import analyse
    from framing.config import Study, load_study
    from framing.corpus import load_corpus
    from framing.errors import check_int

    study = study if isinstance(study, Study) else load_study(study)
    own = corpus is None or (
        study.corpus is not None and Path(corpus).resolve() == Path(study.corpus).resolve()
    )
    if own:
        docs = load_corpus(study.corpus, metadata=study.metadata)
    else:
        docs = load_corpus(corpus)
        study = dataclasses.replace(
            study, corpus=Path(corpus), metadata=None, groups=(), reference=None, target=None
        )
    if periods is not None:
        pair = [str(p) for p in ([periods] if isinstance(periods, str) else periods)]
        if len(pair) != 2 or pair[0] == pair[1]:
            raise AnalysisError(
                "periods", f"must be two different groups (reference, target), not {periods!r}"
            )
        by = study.group_by
        if by not in docs.columns:
            raise AnalysisError(study.source, f"group_by: {by!r} is not a column of the corpus")
        docs = docs[docs[by].astype(str).isin(pair)].reset_index(drop=True)
        if docs.empty:
            raise AnalysisError(
                "periods", f"no document of the corpus is in {pair[0]!r} or {pair[1]!r}"
            )
        study = dataclasses.replace(study, reference=pair[0], target=pair[1])
    if random_state is not None:
        seed = check_int("random_state", random_state, minimum=0)
        study = dataclasses.replace(study, random_state=seed)
    return analyse(docs, study=study)


def study_figure(analysis: Analysis, name: str, table: pd.DataFrame, *, size=None):
    """A registered figure drawn from ``table`` exactly as ``make figures`` draws it.

    Parameters
    ----------
    analysis : framing.analysis.Analysis
        Gives the figure's options (:func:`framing.report.export.figure_options`: sector labels and
        colours from the lexicon, the study's sides, the groups compared).
    name : str
        A figure of the registry (:data:`framing.report.export.FIGURES`), e.g.
        ``"sector-rates-by-period"``.
    table : pandas.DataFrame
        The table the figure draws (the registry's ``table`` for that figure).
    size : (float, float) or None, default=None
        Width and height in inches (None: the registry's size).

    Returns
    -------
    matplotlib.figure.Figure
        Jupyter shows a returned figure.
    """
    from framing.report.export import FIGURES, draw_figure, figure_options

    options = figure_options(analysis, [name])[name]  # an unknown name raises
    return draw_figure(name, {FIGURES[name].table: table}, options=options, size=size)


def say(text: str) -> None:
    """Show Markdown prose whose numbers are computed in the same cell.

    Parameters
    ----------
    text : str
        Markdown, typically an f-string over the cell's results.

    Returns
    -------
    None
        The text is displayed (``IPython.display``), not returned, so a ``say(...)`` at the end of a
        cell is shown once.
    """
    from IPython.display import Markdown, display

    display(Markdown(text))


def show_kwic(rows: pd.DataFrame, *, max_lines: int | None = None) -> None:
    """Show concordance lines as an HTML table, the match highlighted, with period and sentence id.

    Parameters
    ----------
    rows : pandas.DataFrame
        A KWIC table (:func:`framing.kwic`, :func:`framing.sector_kwic`): ``left``, ``match``,
        ``right`` and, shown when present,
        ``period``, ``doc_id``, ``sentence_id``, ``speaker``, ``side``.
    max_lines : int or None, default=None
        Show at most this many lines and say how many were left out; ``None`` shows all.

    Returns
    -------
    None
        The table is displayed; every text of the corpus is HTML-escaped
        (:func:`framing.report.widgets.kwic_table_html`).
    """
    from IPython.display import HTML, display

    from framing.report.widgets import kwic_table_html

    display(HTML(kwic_table_html(rows, max_lines=max_lines, show_period=True)))


def period_table(
    table: pd.DataFrame,
    *,
    index: str,
    values: str,
    aggfunc: str = "count",
    periods: Sequence[str] | None = None,
    by: str = "period",
) -> pd.DataFrame:
    """One row per value of ``index``, one column per period: counts (or sums) of ``values``.

    Parameters
    ----------
    table : pandas.DataFrame
        Any table with the columns ``index``, ``values`` and ``by``, e.g. sentences with their
        ``side`` (``Analysis.sentences``), or :func:`framing.stats.sector_by_side`.
    index : str
        Column whose values become the rows (compared as strings).
    values : str
        Column that is counted or summed.
    aggfunc : str, default="count"
        ``"count"`` (rows) or ``"sum"`` (of ``values``), or any other pandas aggregation name.
    periods : sequence of str or None, default=None
        The columns, in this order; a period without rows gets a column of zeros. ``None`` keeps the
        periods present in ``table``, sorted.
    by : str, default="period"
        Column holding the period (or other group) of each row (compared as strings).

    Returns
    -------
    pandas.DataFrame
        Integer-valued cells (0 where nothing was counted); rows named ``index``, columns named
        ``by``.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"period": ["b", "a", "a"], "side": ["x", "x", "y"], "n": [2, 3, 4]})
    >>> sums = period_table(t, index="side", values="n", aggfunc="sum", periods=("a", "b", "c"))
    >>> sums  # doctest: +NORMALIZE_WHITESPACE
    period  a  b  c
    side
    x       3  2  0
    y       4  0  0
    """
    as_text = {index: table[index].astype(str), by: table[by].astype(str)}
    out = table.assign(**as_text).pivot_table(
        index=index, columns=by, values=values, aggfunc=aggfunc, fill_value=0
    )
    if periods is not None:
        out = out.reindex(columns=list(periods), fill_value=0)
        out.columns.name = by
    return out


def cell_count(table: pd.DataFrame, row: Hashable, column: Hashable) -> int:
    """The count in one cell of a table, 0 when the row or the column is absent.

    Parameters
    ----------
    table : pandas.DataFrame
        Counts, e.g. a :func:`period_table`.
    row : hashable
        Row label (a tuple for a MultiIndex).
    column : hashable
        Column label.

    Returns
    -------
    int

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"2025": [3]}, index=["joint"])
    >>> cell_count(t, "joint", "2025"), cell_count(t, "west", "2025"), cell_count(t, "joint", "2026")
    (3, 0, 0)
    """
    if row not in table.index or column not in table.columns:
        return 0
    return int(table.at[row, column])


def share_of(table: pd.DataFrame, row: Hashable, column: Hashable) -> str:
    """``"n of total (p%)"``: one cell against the sum of its column.

    Parameters
    ----------
    table : pandas.DataFrame
        Counts, e.g. a :func:`period_table` of mentions by side.
    row : hashable
        Row label; an absent row counts 0.
    column : hashable
        Column label; an absent or all-zero column gives ``"0 of 0"``.

    Returns
    -------
    str
        The percentage is rounded to a whole number.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"2025": [1, 2]}, index=["joint", "west"])
    >>> share_of(t, "west", "2025"), share_of(t, "east", "2025"), share_of(t, "joint", "2026")
    ('2 of 3 (67%)', '0 of 3 (0%)', '0 of 0')
    """
    if column not in table.columns:
        return "0 of 0"
    total = table[column].sum()
    n = cell_count(table, row, column)
    return f"{n} of {int(total)} ({100 * n / total:.0f}%)" if total else "0 of 0"


def arrow(table: pd.DataFrame, row: Hashable, columns: Sequence[Hashable]) -> str:
    """``"a → b"``: one row of a table read from its first to its second column.

    Parameters
    ----------
    table : pandas.DataFrame
        E.g. counts with one column per period.
    row : hashable
        Row label (a tuple for a MultiIndex).
    columns : sequence of two hashables
        The columns to read, in this order: ``(reference, target)``.

    Returns
    -------
    str
        The two cells as printed by Python, joined by an arrow.

    Examples
    --------
    >>> import pandas as pd
    >>> arrow(pd.DataFrame({"a": [5], "b": [12]}, index=["party"]), "party", ("a", "b"))
    '5 → 12'
    """
    first, second = columns
    return f"{table.at[row, first]} → {table.at[row, second]}"


def change_listing(
    items: Iterable[Hashable],
    reference: Mapping[Hashable, Any],
    target: Mapping[Hashable, Any],
    *,
    label: Callable[[Hashable], str] = str,
) -> str:
    """``"label (r→t), ..."``: items with their reference and target counts, or ``"none"``.

    Parameters
    ----------
    items : iterable of hashable
        E.g. sector ids, in the order to list them.
    reference, target : mapping or pandas.Series
        Counts by item in the reference and the target period.
    label : callable, default=str
        Display name of an item, e.g. ``Lexicon.label``.

    Returns
    -------
    str

    Examples
    --------
    >>> change_listing(["energy", "party"], {"energy": 2, "party": 5}, {"energy": 0, "party": 12},
    ...                label=str.title)
    'Energy (2→0), Party (5→12)'
    >>> change_listing([], {}, {})
    'none'
    """
    return ", ".join(f"{label(s)} ({reference[s]}→{target[s]})" for s in items) or "none"


def quote_sentence(
    sentences: pd.DataFrame, period: str, containing: str = "", *, by: str = "period"
) -> str:
    """The first sentence of a period containing a phrase, as a Markdown quote with its source.

    Parameters
    ----------
    sentences : pandas.DataFrame
        Sentences with their speakers (``Analysis.sentences``): ``text``, ``doc_id``,
        ``sentence_id``, ``speaker``, ``side`` and ``by``.
    period : str
        The period to quote from.
    containing : str, default=""
        A phrase the sentence must contain, as written (case matters); ``""`` quotes the first
        sentence of the period.
    by : str, default="period"
        Column holding the period of each sentence.

    Returns
    -------
    str
        ``"> sentence  \\n> — *doc_id, s<sentence_id>; speaker: name (side)*"``, or a quoted note
        when no sentence of the period contains the phrase.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"period": ["a"], "doc_id": ["d1"], "sentence_id": [4], "speaker": ["Lâm"],
    ...                   "side": ["east"], "text": ["Both sides agreed."]})
    >>> quote_sentence(s, "a", "agreed").splitlines()
    ['> Both sides agreed.  ', '> — *d1, s4; speaker: Lâm (east)*']
    >>> quote_sentence(s, "a", "oil")
    "> (no sentence of a contains 'oil')"
    """
    in_period = sentences[by].astype(str) == period
    rows = sentences[in_period & sentences["text"].str.contains(containing, regex=False)]
    if rows.empty:
        return f"> (no sentence of {period} contains {containing!r})"
    row = rows.iloc[0]
    return (
        f"> {row.text}  \n"
        f"> — *{row.doc_id}, s{row.sentence_id}; speaker: {row.speaker} ({row.side})*"
    )


def topic_terms_table(model) -> pd.DataFrame:
    """A topic model's top terms with the label and sector of their topic.

    Parameters
    ----------
    model : framing.topics.TopicModel
        A fitted model (:func:`framing.topics.fit_topics`): ``top_terms`` (one row per topic and
        term, with ``topic``) and ``labels`` (one row per topic: ``topic``, ``label``, ``sector``).

    Returns
    -------
    pandas.DataFrame
        ``top_terms`` with ``label`` and ``sector`` added (empty where a topic has no label row),
        as :func:`framing.plots.textplot_topic_terms` takes it.
    """
    labels = model.labels[["topic", "label", "sector"]]
    return model.top_terms.merge(labels, on="topic", how="left")


def load_registers(path: str | os.PathLike | None = None) -> dict[str, dict[str, list[str]]]:
    """The register word lists: register -> kind of term -> terms, in the file's order.

    Parameters
    ----------
    path : str, PathLike or None, default=None
        A YAML file in the format documented at the top of the packaged
        ``framing/lexicons/registers.yml``; ``None`` reads that packaged file.

    Returns
    -------
    dict
        ``{register: {kind: [term, ...]}}``; every register has at least one kind, every kind at
        least one term, and no term is listed twice (compared case-insensitively).

    Raises
    ------
    framing.errors.LexiconError
        One line naming the file and the entry: the file cannot be read, is not YAML, or does not
        have that shape.

    Examples
    --------
    >>> registers = load_registers()
    >>> list(registers)
    ['party', 'state']
    >>> registers["party"]["the Congress and its doctrine"]
    ['congress', 'renewal']
    """
    import yaml

    if path is None:
        source = REGISTERS_FILE
        raw = resources.files("framing").joinpath("lexicons", REGISTERS_FILE).read_text(encoding="utf-8")
    else:
        source = str(path)
        try:
            raw = Path(path).read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise LexiconError(source, "register lists are not valid UTF-8") from None
        except OSError as e:
            raise LexiconError(source, f"cannot read the register lists ({e.strerror})") from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as e:
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise LexiconError(source, f"not valid YAML: {problem}") from None
    return _check_registers(data, source)


def _check_registers(data, source: str) -> dict[str, dict[str, list[str]]]:
    if not isinstance(data, dict) or not data:
        raise LexiconError(source, "must map each register name to its kinds of terms")
    seen: dict[str, str] = {}
    out: dict[str, dict[str, list[str]]] = {}
    for register, kinds in data.items():
        if not isinstance(register, str) or not register.strip():
            raise LexiconError(source, f"register {register!r}: the name must be a non-empty text")
        if not isinstance(kinds, dict) or not kinds:
            raise LexiconError(source, f"{register}: must map each kind of term to a list of terms")
        out[register] = {}
        for kind, terms in kinds.items():
            entry = f"{register} / {kind}"
            if not isinstance(kind, str) or not kind.strip():
                raise LexiconError(source, f"{register}: kind {kind!r} must be a non-empty text")
            if not isinstance(terms, list) or not terms:
                raise LexiconError(source, f"{entry}: must be a non-empty list of terms")
            for term in terms:
                if not isinstance(term, str) or not term.strip():
                    raise LexiconError(source, f"{entry}: term {term!r} must be a non-empty text")
                key = term.strip().casefold()
                if key in seen:
                    raise LexiconError(source, f"{entry}: {term!r} is already listed in {seen[key]}")
                seen[key] = entry
            out[register][kind] = [t.strip() for t in terms]
    return out


def register_counts(analysis: Analysis, registers: Mapping | None = None, *, periods=None) -> pd.DataFrame:
    """Occurrences of the register terms in each group, no stretch of text counted twice.

    Every term of every register is matched at once, as the sector terms are
    (:mod:`framing.lexicons.matching`: case, diacritics, apostrophes, hyphens and plural endings
    ignored), leftmost-longest and without overlaps: where terms overlap, the one starting first,
    then the longest, is counted, and the text it covers counts for no other term. A title made of
    two terms is one term when the list names it ("Minister of Foreign Affairs", not "minister" +
    "foreign affairs"); counting each term on its own (one concordance per term) would count it
    twice.

    Parameters
    ----------
    analysis : Analysis
        The analysis (its ``docs``, ``groups`` and grouping column).
    registers : mapping, optional
        ``{register: {kind: [term, ...]}}`` (default=None: :func:`load_registers`).
    periods : sequence of str, optional
        Groups to report, in this order (default=None: the analysis's groups).

    Returns
    -------
    pandas.DataFrame
        One row per term, in the order of ``registers``: ``register``, ``kind``, ``term``, then one
        count column per group.

    Raises
    ------
    framing.errors.AnalysisError
        Two terms with the same matching keys, or a term without words.

    Examples
    --------
    >>> import pandas as pd, framing
    >>> docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"],
    ...                      "text": ["The Minister of Foreign Affairs met the minister."]})
    >>> lists = {"state": {"offices": ["minister", "foreign affairs", "Minister of Foreign Affairs"]}}
    >>> register_counts(framing.analyse(docs), lists)[["term", "p"]].values.tolist()
    [['minister', 1], ['foreign affairs', 0], ['Minister of Foreign Affairs', 1]]
    """
    import pandas as pd

    from framing.lexicons.matching import PhraseTrie, key_stream, phrase_keys

    registers = load_registers() if registers is None else registers
    groups = [str(g) for g in (analysis.groups if periods is None else periods)]
    trie, rows = PhraseTrie(), []
    for register, kinds in registers.items():
        for kind, terms in kinds.items():
            for term in terms:
                keys = phrase_keys(str(term))
                if not any(ch.isalnum() for ch in str(term)):
                    raise AnalysisError(f"register term {term!r}", "has no words")
                before = trie.add(keys, len(rows))
                if before is not None:
                    raise AnalysisError(
                        f"register term {term!r}", f"matches like {rows[before][2]!r}: list one of them"
                    )
                rows.append((str(register), str(kind), str(term)))
    counts = [dict.fromkeys(groups, 0) for _ in rows]
    group_of = dict(zip(analysis.docs["doc_id"].astype(str),
                        analysis.docs[analysis.by].astype(str), strict=True))
    for doc_id, text in zip(analysis.docs["doc_id"].astype(str), analysis.docs["text"], strict=True):
        group = group_of[doc_id]
        if group not in groups:
            continue
        keys = key_stream(str(text))[2]
        i = 0
        while i < len(keys):
            hit = trie.longest(keys, i) if keys[i] in trie else None
            if hit is None:
                i += 1
                continue
            i, row = hit
            counts[row][group] += 1
    out = pd.DataFrame(rows, columns=["register", "kind", "term"])
    for g in groups:
        out[g] = [int(c[g]) for c in counts]
    return out
