"""The ``framing`` command.

Heavy libraries (pandas, scikit-learn, matplotlib) are imported inside each sub-command, so that
``framing --help`` starts fast. Bad input, and an output that cannot be written (no space left, a
folder that is not writable, a file where a folder is expected), end with one line on standard error
and exit status 2; a warning about the corpus (e.g. a report dated after today) is one line on
standard error, and the command goes on.

The table commands (``kwic``, ``keyness``, ``frequencies``, ``mentions``, ``topics``) write one table to
standard output or ``--out FILE`` (written atomically), as ``--format csv`` (default), ``tsv``,
``json`` (a list of records, UTF-8) or ``markdown``. Exit status: 0 done, 1 ``kwic`` found nothing
(like grep; the header is still written), 2 bad input or an output that cannot be written.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
import warnings

EXIT_BAD_INPUT = 2
#: Exit status of a query that matched nothing (``framing kwic``), as grep.
EXIT_NO_MATCH = 1
#: Table formats of ``--format``.
FORMATS = ("csv", "tsv", "json", "markdown")
#: errno values of a failed write to an open stream (standard output): no space, quota, too big, I/O.
_STREAM_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def _add_corpus(p: argparse.ArgumentParser) -> None:
    p.add_argument("--study", metavar="FILE", default=None,
                   help="study file (default: study.yml at the top of the checkout)")
    p.add_argument("--corpus", metavar="DIR", default=None,
                   help="folder of report files (default: the study's corpus)")


def _add_lists(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lexicon", metavar="FILE", default=None, help="sector lexicon (default: the study's)")
    p.add_argument("--actors", metavar="FILE", default=None, help="actors file (default: the study's)")
    p.add_argument("--stopwords", metavar="FILE", default=None, help="stopword list (default: the study's)")


def _add_groups(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reference", metavar="GROUP", default=None, help="reference group (default: the study's)")
    p.add_argument("--target", metavar="GROUP", default=None, help="target group (default: the study's)")


def _add_output(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", default="csv", choices=FORMATS,
                   help="csv (default), tsv, json (records) or markdown")
    p.add_argument("--out", metavar="FILE", default=None,
                   help="write the table to FILE, replacing it (default: standard output)")


def _add_table_options(p: argparse.ArgumentParser) -> None:
    """The options every table command takes."""
    _add_corpus(p)
    _add_lists(p)
    _add_groups(p)
    _add_output(p)


def _json_value(v):
    import datetime
    import math

    import numpy as np
    import pandas as pd

    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = float(v)
        if math.isnan(f):
            return None
        return f if math.isfinite(f) else ("inf" if f > 0 else "-inf")
    if isinstance(v, pd.Timestamp):
        return v.strftime("%Y-%m-%d") if v == v.normalize() else v.isoformat()
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v.isoformat()
    return v if isinstance(v, str) else str(v)


def _markdown_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>")


def format_table(df, fmt: str = "csv") -> str:
    """A table as text: CSV, TSV, JSON records or a Markdown table.

    Parameters
    ----------
    df : pandas.DataFrame
        The table (its index is not written).
    fmt : {"csv", "tsv", "json", "markdown"}, default="csv"
        ``csv`` and ``tsv``: as every table the project writes (``neutralise_cells``: a text cell a
        spreadsheet would run as a formula gets an apostrophe), dates as YYYY-MM-DD; ``json``: a
        list of records, one a line, UTF-8, missing values ``null``, infinities ``"inf"``;
        ``markdown``: a pipe table whose cells are the CSV's (``|`` escaped, line breaks ``<br>``),
        numeric columns aligned right.

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"term": ["energy", "a|b"], "count": [3, 1]})
    >>> print(format_table(t, "markdown"), end="")
    | term | count |
    | --- | ---: |
    | energy | 3 |
    | a\\|b | 1 |
    >>> print(format_table(t, "json"), end="")
    [
    {"term": "energy", "count": 3},
    {"term": "a|b", "count": 1}
    ]
    """
    import csv
    import io
    import json

    import pandas as pd

    from framing.errors import check_choice
    from framing.io import neutralise_cells

    check_choice("format", fmt, FORMATS)
    options = {"index": False, "lineterminator": "\n", "date_format": "%Y-%m-%d"}
    if fmt in ("csv", "tsv"):
        return neutralise_cells(df).to_csv(sep="," if fmt == "csv" else "\t", **options)
    if fmt == "json":
        columns = [str(c) for c in df.columns]
        records = [
            json.dumps(dict(zip(columns, map(_json_value, row), strict=True)), ensure_ascii=False, allow_nan=False)
            for row in df.itertuples(index=False, name=None)
        ]
        return "[\n" + ",\n".join(records) + "\n]\n" if records else "[]\n"
    rows = list(csv.reader(io.StringIO(df.to_csv(**options), newline="")))
    header, body = (rows[0], rows[1:]) if len(df.columns) else ([""], [])
    align = [
        "---:" if pd.api.types.is_numeric_dtype(dt) and not pd.api.types.is_bool_dtype(dt) else "---"
        for dt in df.dtypes
    ] or ["---"]
    lines = ["| " + " | ".join(_markdown_cell(c) for c in row) + " |" for row in [header, align, *body]]
    return "\n".join(lines) + "\n"


def _emit(df, args) -> None:
    """Write the table in ``args.format`` to ``args.out`` (atomically) or to standard output."""
    text = format_table(df, args.format)
    if args.out is None:
        sys.stdout.write(text)
    else:
        from framing.io import write_text

        write_text(args.out, text)


def _only_groups(df, analysis, args):
    """With ``--reference``/``--target``, the rows of those two groups only (else every row)."""
    if args.reference is None and args.target is None:
        return df
    from framing.report.tables import comparison

    pair = comparison(analysis, reference=args.reference, target=args.target)
    if pair is None:  # one group: it is the one asked for (comparison checked it)
        return df
    by = analysis.by
    if by in df.columns:
        groups = df[by].astype(str)
    elif "group" in df.columns:
        groups = df["group"].astype(str)
    elif "doc_id" in df.columns and by in analysis.docs.columns:
        groups = df["doc_id"].map(dict(zip(analysis.docs["doc_id"], analysis.docs[by].astype(str), strict=True)))
    else:
        return df
    return df[groups.isin(pair).to_numpy()].reset_index(drop=True)


def _docs(args):
    from framing.config import load_study
    from framing.corpus import load_corpus

    if args.corpus is not None:
        return load_corpus(args.corpus)
    study = load_study(args.study)
    return load_corpus(study.corpus, metadata=study.metadata)


def _analysis(args):
    from framing.report.export import build_analysis

    return build_analysis(
        args.study, corpus=args.corpus, lexicon=getattr(args, "lexicon", None),
        actors=getattr(args, "actors", None), stopwords=getattr(args, "stopwords", None),
    )


def _cmd_corpus(args) -> int:
    docs = _docs(args)
    out = docs.drop(columns=["text"]).assign(n_chars=docs["text"].str.len())
    # metadata values such as "=1+1" must not become spreadsheet formulas (format_table: csv, tsv)
    _emit(out, args)
    return 0


def _cmd_tokens(args) -> int:
    _emit(_analysis(args).tokens, args)
    return 0


def _cmd_mentions(args) -> int:
    from pathlib import Path

    from framing.errors import FramingError

    if args.rejected is not None and args.out is not None and Path(args.rejected).resolve() == Path(args.out).resolve():
        raise FramingError(args.rejected, "is also the --out file; give --rejected another path")
    a = _analysis(args)
    if args.rejected is not None:
        from framing.io import write_text
        from framing.sectors import rejected_mentions

        # written first: a path that cannot be written ends the command before any table is out
        rejected = rejected_mentions(a.docs, lexicon=a.lexicon)
        write_text(args.rejected, format_table(_only_groups(rejected, a, args), "csv"))
    _emit(_only_groups(a.mentions, a, args), args)
    return 0


def _cmd_kwic(args) -> int:
    from framing.concordance import kwic, sector_kwic
    from framing.errors import FramingError

    if args.query is None and args.sector is None:
        raise FramingError("kwic", "give a QUERY, a --sector, or both")
    sort = None if args.sort is None else [level for level in args.sort.split(",") if level.strip()]
    a = _analysis(args)
    if args.sector is not None:
        rows = sector_kwic(a, args.sector, window=args.window, query=args.query, sort=sort)
    else:
        rows = kwic(a, args.query, window=args.window, sort=sort)
    rows = _only_groups(rows, a, args)
    _emit(rows, args)
    return 0 if len(rows) else EXIT_NO_MATCH


def _cmd_keyness(args) -> int:
    from framing.errors import AnalysisError
    from framing.report.tables import comparison
    from framing.stats.terms import keyness

    a = _analysis(args)
    pair = comparison(a, reference=args.reference, target=args.target)
    if pair is None:
        raise AnalysisError("keyness", f"needs two groups; the corpus has one ({', '.join(a.groups) or 'none'})")
    # the call of framing.report.tables.term_tables, so the table is data/processed/keyness.csv
    _emit(keyness(a.tokens, reference=pair[0], target=pair[1], by=a.by), args)
    return 0


def _cmd_frequencies(args) -> int:
    from framing.stats.terms import term_frequencies

    a = _analysis(args)
    # the call of framing.report.tables.term_tables (data/processed/term-frequencies.csv)
    _emit(_only_groups(term_frequencies(a.tokens, by=a.by, order=a.groups), a, args), args)
    return 0


#: ``framing topics --table`` -> the table of :func:`framing.report.tables.topic_tables`.
TOPIC_TABLES = {
    "terms": "topic-terms",
    "proportions": "topic-proportions-by-period",
    "k-selection": "topic-k-selection",
    "passages": "topic-passages",
}


def _cmd_topics(args) -> int:
    from framing.report.tables import topic_tables

    a = _analysis(args)
    table = topic_tables(a, random_state=args.random_state)[TOPIC_TABLES[args.table]]
    _emit(_only_groups(table, a, args), args)
    return 0


def _cmd_reproduce(args) -> int:
    from framing.report.export import reproduce

    reproduce(
        args.study, corpus=args.corpus, out=args.out, lexicon=args.lexicon, actors=args.actors,
        stopwords=args.stopwords, reference=args.reference, target=args.target, quiet=args.quiet,
        scheduler=args.scheduler,
    )
    return 0


def _cmd_export(args) -> int:
    from framing.report.export import export_figure

    path = export_figure(
        args.name, args.study, corpus=args.corpus, fmt=args.format, width=args.width,
        height=args.height, out=args.out,
    )
    print(path)
    return 0


def _cmd_explore(args) -> int:
    from framing.report.explorer import MAX_CHARS, write_explorer

    max_chars = MAX_CHARS if args.max_chars is None else (args.max_chars or None)
    path = write_explorer(
        _analysis(args), args.out, reference=args.reference, target=args.target, max_chars=max_chars
    )
    print(path)
    return 0


def _cmd_evaluate(args) -> int:
    from framing.evaluate import evaluate, format_scores

    scores = evaluate(args.set, split=args.split, without_diacritics=args.without_diacritics)
    print(format_scores(scores, errors=not args.no_errors), end="")
    return 0


def _cmd_agreement(args) -> int:
    from framing.evaluate import agreement, format_agreement

    print(format_agreement(agreement(args.set, args.second, split=args.split)), end="")
    return 0


_GROUPS_NOTE = " With --reference/--target, only the rows of those two groups."

_KWIC_HELP = """\
Concordance (keyword in context) of QUERY in every report, in corpus order or sorted.

QUERY is matched on folded words (case, diacritics, apostrophes, hyphen or space and plural
endings do not matter; acronyms and names are words like any other):
  energy             a word: Energy, energies, ENERGY
  'energ*'           a glob: * any characters, ? exactly one (quote it for the shell)
  '/coop.*|partner.*/'  a regular expression (Python re, case-insensitive) matching a whole word
  'oil and gas'      a phrase, with or without double quotes; each word may be a glob or /regex/

--sort takes AntConc's levels: match, L1, L2, L3 (1st-3rd word left), R1, R2, R3 (right); several,
comma-separated, break ties in turn (--sort R1,R2,R3); remaining ties keep corpus order.
With --reference/--target, only the lines of those two groups.

Exit status: 0 lines found, 1 nothing found (the header is still written), 2 bad input.
Every line keeps doc_id, start and end: text[start:end] is the match."""

_EPILOG = """\
table commands (kwic, keyness, frequencies, mentions, topics) take --study, --corpus, --lexicon,
--actors, --stopwords, --reference/--target, --format csv|tsv|json|markdown and --out FILE.

exit status: 0 done; 1 kwic matched nothing; 2 bad input or an output that cannot be written
(one line on standard error: framing: <where>: <problem>)."""


def build_parser() -> argparse.ArgumentParser:
    from framing import __version__

    parser = argparse.ArgumentParser(
        prog="framing",
        description="Comparative discourse analysis of news reports: sector mentions, keyness, topics.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("corpus", help="the corpus table (without texts)")
    _add_corpus(p)
    _add_output(p)
    p.set_defaults(func=_cmd_corpus)

    p = sub.add_parser("tokens", help="the tokens table")
    _add_corpus(p)
    _add_lists(p)
    _add_output(p)
    p.set_defaults(func=_cmd_tokens)

    p = sub.add_parser(
        "mentions", help="the sector mentions table (data/processed/sector-mentions.csv)",
        description="The sector mentions table: one row per mention with doc_id, start, end "
        "(text[start:end] is the surface), sentence, speaker and side." + _GROUPS_NOTE
        + " With --rejected FILE, also the words not counted (framing.sectors.rejected_mentions).",
    )
    p.add_argument("--rejected", metavar="FILE", default=None,
                   help="also write, as CSV, the words not counted and the check that dropped each")
    _add_table_options(p)
    p.set_defaults(func=_cmd_mentions)

    p = sub.add_parser(
        "kwic", help="concordance of a word, glob, /regex/ or phrase (exit 1 if nothing matches)",
        description=_KWIC_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("query", nargs="?", default=None, metavar="QUERY",
                   help="what to find (syntax above); optional with --sector")
    p.add_argument("--window", type=int, default=8, metavar="N",
                   help="words of context each side (default: 8)")
    p.add_argument("--sort", default=None, metavar="LEVEL[,LEVEL...]",
                   help="match, L1-L3 or R1-R3; several levels break ties (default: corpus order)")
    p.add_argument("--sector", default=None, metavar="S",
                   help="the mentions of sector S instead (QUERY, if given, filters them)")
    _add_table_options(p)
    p.set_defaults(func=_cmd_kwic)

    p = sub.add_parser(
        "keyness", help="key terms of the target group against the reference (data/processed/keyness.csv)",
        description="Keyness of every term, target against reference: counts, G2, Log Ratio, "
        "log-odds z, exact p where expected counts are small, Benjamini-Hochberg adjusted p.",
    )
    _add_table_options(p)
    p.set_defaults(func=_cmd_keyness)

    p = sub.add_parser(
        "frequencies", help="term frequencies per group (data/processed/term-frequencies.csv)",
        description="Count, rate per 1,000 tokens and rank of every term in every group." + _GROUPS_NOTE,
    )
    _add_table_options(p)
    p.set_defaults(func=_cmd_frequencies)

    p = sub.add_parser(
        "topics", help="topic tables: terms, proportions, k-selection or passages (data/processed/topic-*.csv)",
        description="Topic models over sector passages (NMF, LDA, seeded), k chosen by stability; "
        "the fits take a few seconds." + _GROUPS_NOTE,
    )
    p.add_argument("--table", default="terms", choices=list(TOPIC_TABLES),
                   help="which table (default: terms)")
    p.add_argument("--random-state", type=int, default=None, metavar="N",
                   help="seed of every fit (default: the study's)")
    _add_table_options(p)
    p.set_defaults(func=_cmd_topics)

    p = sub.add_parser("reproduce", help="regenerate every figure, table and the HTML explorer")
    _add_corpus(p)
    _add_lists(p)
    _add_groups(p)
    p.add_argument("--out", metavar="DIR", default=None,
                   help="write figures/ and tables/ inside DIR (default: the study's outputs; "
                   "required with another --corpus)")
    p.add_argument("--quiet", action="store_true", help="no progress lines or bars")
    p.add_argument("--scheduler", metavar="ADDRESS", default=None,
                   help="run the per-document stages on a Dask cluster, e.g. tcp://HOST:8786, or "
                   "'sync' (this process) or 'processes' (local processes) (default: "
                   "$DASK_SCHEDULER_ADDRESS if set, else this process below 2,000 reports and 5 "
                   "million characters, local processes above)")
    p.set_defaults(func=_cmd_reproduce)

    p = sub.add_parser("export", help="write one figure at a report size")
    p.add_argument("name", help="figure name, e.g. sector-rates-by-period")
    _add_corpus(p)
    p.add_argument("--format", default="pdf", choices=["pdf", "svg", "png"],
                   help="pdf (default, vector), svg or png (300 dpi)")
    p.add_argument("--width", type=float, default=7.0, help="inches (default 7, full width)")
    p.add_argument("--height", type=float, default=None, help="inches (default: the figure's own)")
    p.add_argument("--out", metavar="DIR", default=".", help="output folder (default: .)")
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser("explore", help="write the standalone HTML explorer")
    _add_corpus(p)
    _add_lists(p)
    _add_groups(p)
    p.add_argument("--out", metavar="FILE", required=True, help="the HTML file to write")
    p.add_argument("--max-chars", type=int, default=None, metavar="N",
                   help="embed the texts of a seeded sample of the reports, N characters at most, when "
                        "the corpus is longer (default: framing.report.explorer.MAX_CHARS, 1,000,000; "
                        "0: every report)")
    p.set_defaults(func=_cmd_explore)

    p = sub.add_parser(
        "evaluate", help="score sector mentions and speakers against a hand-annotated evaluation set"
    )
    p.add_argument("--split", default="all", metavar="PART",
                   help="the part to score: tune, heldout, heldout2, ... or another set's part name "
                        "(default: all = every part the set has, separately)")
    p.add_argument("--set", metavar="DIR", default=None,
                   help="the evaluation set folder (default: data/evaluation)")
    p.add_argument("--no-errors", action="store_true", help="print the scores only, not the errors")
    p.add_argument("--without-diacritics", action="store_true",
                   help="score the set with its diacritics removed, as VNA English and TASS spell "
                        "Vietnamese names ('To Lam' for 'Tô Lâm'): same gold, same offsets")
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser(
        "agreement", help="how far a second, independent annotation agrees with the evaluation set's gold"
    )
    p.add_argument("--set", metavar="DIR", default=None,
                   help="the evaluation set folder (default: data/evaluation)")
    p.add_argument("--second", metavar="DIR", default=None,
                   help="the second annotation: annotations.csv, speakers.csv and optionally documents.csv "
                        "(the reports it covers; default: <set>/second)")
    p.add_argument("--split", default="all", metavar="PART",
                   help="the part to compare (default: all = every part the second annotation covers)")
    p.set_defaults(func=_cmd_agreement)
    return parser


def _one_line(text: str) -> str:
    return text if text.isprintable() else "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _show_warning(message, category, filename, lineno, file=None, line=None, _default=None):
    """Corpus warnings as one line, ``framing: warning: <file>: <what>``; others as Python shows them."""
    from framing.corpus import CorpusWarning

    if issubclass(category, CorpusWarning):
        print(f"framing: warning: {_one_line(str(message))}", file=sys.stderr)
    else:
        _default(message, category, filename, lineno, file, line)


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so the flush at exit does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (e.g. captured in tests)
        pass


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    with warnings.catch_warnings():
        default = warnings.showwarning
        warnings.showwarning = lambda *a, **k: _show_warning(*a, **k, _default=default)
        try:
            status = args.func(args)
            sys.stdout.flush()
            return status
        except BrokenPipeError:  # e.g. `framing tokens | head`
            _silence_stdout()
            return 0
        except Exception as err:  # noqa: BLE001 - bad input must end in one line, not a traceback
            from framing.errors import is_input_error

            if is_input_error(err):
                print(f"framing: {err}", file=sys.stderr)
                return EXIT_BAD_INPUT
            if isinstance(err, OSError) and err.filename is None and err.errno in _STREAM_ERRNOS:
                # a write to standard output failed (e.g. `framing corpus > /dev/full`)
                _silence_stdout()
                print(f"framing: <stdout>: cannot write ({err.strerror})", file=sys.stderr)
                return EXIT_BAD_INPUT
            raise


if __name__ == "__main__":
    sys.exit(main())
