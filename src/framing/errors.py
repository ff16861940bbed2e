"""Errors for bad input. Each one prints as a single line: ``<file or entry>: <problem>``."""

from __future__ import annotations

import os


class InputError(ValueError):
    """Base class of the errors the command line reports in one line with exit status 2.

    Parameters
    ----------
    path : str or PathLike
        The file (or lexicon entry) at fault.
    problem : str
        What is wrong, in words a user can act on.
    """

    def __init__(self, path: str | os.PathLike, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


def is_input_error(err: BaseException) -> bool:
    """True for errors that mean bad input rather than a bug."""
    return isinstance(err, InputError)


def require_columns(df, columns, where: str, error: type[InputError] = InputError) -> None:
    """Check that ``df`` is a DataFrame holding ``columns``; else raise ``error(where, problem)``.

    Parameters
    ----------
    df : object
        The table passed by the caller.
    columns : iterable of str
        Columns the caller needs.
    where : str
        What the table is, for the message ("docs", "mentions", "keyness table", ...).
    error : type
        The :class:`InputError` subclass to raise (the calling module's own).
    """
    import pandas as pd

    if not isinstance(df, pd.DataFrame):
        raise error(where, f"expected a pandas DataFrame, got {type(df).__name__}")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise error(
            where, f"missing column(s) {', '.join(missing)}; has {', '.join(map(str, df.columns))}"
        )
