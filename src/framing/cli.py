"""The ``framing`` command.

Heavy libraries (pandas, scikit-learn, matplotlib) are imported inside each sub-command, so that
``framing --help`` starts fast. Bad input ends with one line on standard error and exit status 2.
"""

from __future__ import annotations

import argparse
import sys

EXIT_BAD_INPUT = 2


def _add_corpus(p: argparse.ArgumentParser) -> None:
    p.add_argument("--corpus", metavar="DIR", default=None, help="folder of report files (default: data/raw)")


def _cmd_corpus(args) -> int:
    from framing.corpus import load_corpus

    docs = load_corpus(args.corpus)
    out = docs.drop(columns=["text"]).assign(n_chars=docs["text"].str.len())
    out.to_csv(sys.stdout, index=False, date_format="%Y-%m-%d")
    return 0


def _cmd_tokens(args) -> int:
    from framing.corpus import load_corpus
    from framing.text import tokenize

    tokenize(load_corpus(args.corpus)).to_csv(sys.stdout, index=False)
    return 0


def _cmd_mentions(args) -> int:
    from framing.corpus import load_corpus
    from framing.sectors import find_sector_mentions

    find_sector_mentions(load_corpus(args.corpus)).to_csv(sys.stdout, index=False)
    return 0


def _cmd_reproduce(args) -> int:
    from framing.export import reproduce

    reproduce(corpus=args.corpus, out=args.out, tables=args.tables, quiet=args.quiet)
    return 0


def _cmd_export(args) -> int:
    from framing.export import export_figure

    path = export_figure(
        args.name, corpus=args.corpus, fmt=args.format, width=args.width, height=args.height, out=args.out
    )
    print(path)
    return 0


def _cmd_explore(args) -> int:
    from framing.corpus import load_corpus
    from framing.explorer import write_explorer

    path = write_explorer(load_corpus(args.corpus), out=args.out)
    print(path)
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
    p.set_defaults(func=_cmd_tokens)

    p = sub.add_parser("mentions", help="the sector mentions table as CSV on standard output")
    _add_corpus(p)
    p.set_defaults(func=_cmd_mentions)

    p = sub.add_parser("reproduce", help="regenerate every figure and table")
    _add_corpus(p)
    p.add_argument("--out", metavar="DIR", default=None, help="figure folder (default: figures/)")
    p.add_argument("--tables", metavar="DIR", default=None, help="table folder (default: data/processed/)")
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
    p.add_argument("--out", metavar="FILE", default="figures/explorer.html")
    p.set_defaults(func=_cmd_explore)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return args.func(args)
    except BrokenPipeError:  # e.g. `framing tokens | head`
        return 0
    except Exception as err:  # noqa: BLE001 - bad input must end in one line, not a traceback
        from framing.errors import is_input_error

        if is_input_error(err):
            print(f"framing: {err}", file=sys.stderr)
            return EXIT_BAD_INPUT
        raise


if __name__ == "__main__":
    sys.exit(main())
