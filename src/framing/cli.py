"""The ``framing`` command.

Heavy libraries (pandas, scikit-learn, matplotlib) are imported inside each sub-command, so that
``framing --help`` starts fast. Bad input, and an output that cannot be written (no space left, a
folder that is not writable, a file where a folder is expected), end with one line on standard error
and exit status 2; a warning about the corpus (e.g. a report dated after today) is one line on
standard error, and the command goes on.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
import warnings

EXIT_BAD_INPUT = 2
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
    from framing.io import neutralise_cells

    docs = _docs(args)
    out = docs.drop(columns=["text"]).assign(n_chars=docs["text"].str.len())
    # metadata values such as "=1+1" must not become spreadsheet formulas (as in every table written)
    neutralise_cells(out).to_csv(sys.stdout, index=False, date_format="%Y-%m-%d")
    return 0


def _cmd_tokens(args) -> int:
    from framing.io import neutralise_cells

    neutralise_cells(_analysis(args).tokens).to_csv(sys.stdout, index=False)
    return 0


def _cmd_mentions(args) -> int:
    from framing.io import neutralise_cells

    neutralise_cells(_analysis(args).mentions).to_csv(sys.stdout, index=False)
    return 0


def _cmd_reproduce(args) -> int:
    from framing.report.export import reproduce

    reproduce(
        args.study, corpus=args.corpus, out=args.out, lexicon=args.lexicon, actors=args.actors,
        stopwords=args.stopwords, reference=args.reference, target=args.target, quiet=args.quiet,
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
    from framing.report.explorer import write_explorer

    path = write_explorer(_analysis(args), args.out, reference=args.reference, target=args.target)
    print(path)
    return 0


def _cmd_evaluate(args) -> int:
    from framing.evaluate import evaluate, format_scores

    scores = evaluate(args.set, split=args.split)
    print(format_scores(scores, errors=not args.no_errors), end="")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="framing",
        description="Comparative discourse analysis of news reports: sector mentions, keyness, topics.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("corpus", help="the corpus table (without texts) as CSV on standard output")
    _add_corpus(p)
    p.set_defaults(func=_cmd_corpus)

    p = sub.add_parser("tokens", help="the tokens table as CSV on standard output")
    _add_corpus(p)
    _add_lists(p)
    p.set_defaults(func=_cmd_tokens)

    p = sub.add_parser("mentions", help="the sector mentions table as CSV on standard output")
    _add_corpus(p)
    _add_lists(p)
    p.set_defaults(func=_cmd_mentions)

    p = sub.add_parser("reproduce", help="regenerate every figure, table and the HTML explorer")
    _add_corpus(p)
    _add_lists(p)
    _add_groups(p)
    p.add_argument("--out", metavar="DIR", default=None,
                   help="write figures/ and tables/ inside DIR (default: the study's outputs; "
                   "required with another --corpus)")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.set_defaults(func=_cmd_reproduce)

    p = sub.add_parser("export", help="write one figure at a report size")
    p.add_argument("name", help="figure name, e.g. sector-rates-by-period")
    _add_corpus(p)
    p.add_argument("--format", default="pdf", choices=["pdf", "svg", "png"])
    p.add_argument("--width", type=float, default=7.0, help="inches (default 7, full width)")
    p.add_argument("--height", type=float, default=None, help="inches (default: the figure's own)")
    p.add_argument("--out", metavar="DIR", default=".", help="output folder (default: .)")
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser("explore", help="write the standalone HTML explorer")
    _add_corpus(p)
    _add_lists(p)
    _add_groups(p)
    p.add_argument("--out", metavar="FILE", required=True, help="the HTML file to write")
    p.set_defaults(func=_cmd_explore)

    p = sub.add_parser(
        "evaluate", help="score sector mentions and speakers against a hand-annotated evaluation set"
    )
    p.add_argument("--split", default="all", choices=["tune", "heldout", "all"],
                   help="the part to score (default: all = tune and heldout, separately)")
    p.add_argument("--set", metavar="DIR", default=None,
                   help="the evaluation set folder (default: data/evaluation)")
    p.add_argument("--no-errors", action="store_true", help="print the scores only, not the errors")
    p.set_defaults(func=_cmd_evaluate)
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
