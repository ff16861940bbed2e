"""One error family for bad input, and the parameter checks that raise it.

Every error the package raises on purpose is a :class:`FramingError`: it carries ``where`` (a file,
a lexicon entry, a parameter, a table) and ``problem`` (what is wrong, in words a user can act on),
and prints as one line ``<where>: <problem>``. The command line prints that line and exits with
status 2. The subclasses mean something to a caller:

* :class:`CorpusError`: a report file or the metadata file is unusable;
* :class:`LexiconError`: a word list, lexicon, actors or study file is invalid;
* :class:`AnalysisError`: a parameter or an input table of a computation is wrong;
* :class:`OutputError`: an output cannot be written (no space, not writable, a file in the way).

``InputError`` is the former name of :class:`FramingError`, kept as an alias.

Examples
--------
>>> from framing.errors import AnalysisError, check_int
>>> try:
...     check_int("window", -1, minimum=0)
... except AnalysisError as err:
...     print(err)
window: must be a whole number >= 0, not -1
"""

from __future__ import annotations

import os
from collections.abc import Iterable

__all__ = [
    "FramingError",
    "InputError",
    "CorpusError",
    "LexiconError",
    "AnalysisError",
    "OutputError",
    "is_input_error",
    "require_columns",
    "check_int",
    "check_choice",
]


def _one_line(text: str) -> str:
    """``text`` with line breaks and other control characters escaped, so a message stays one line."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


class FramingError(ValueError):
    """Base of the errors the command line reports in one line with exit status 2.

    Parameters
    ----------
    where : str or PathLike
        The file, lexicon entry, parameter or table at fault.
    problem : str
        What is wrong, in words a user can act on.

    Attributes
    ----------
    where, problem : str
        As given (``where`` with control characters escaped).
    """

    def __init__(self, where: str | os.PathLike, problem: str):
        self.where = _one_line(str(where))
        self.problem = _one_line(str(problem))
        super().__init__(f"{self.where}: {self.problem}")

    def __reduce__(self):  # keep (where, problem) across processes (figures are drawn by workers)
        return (type(self), (self.where, self.problem))

    @property
    def path(self) -> str:
        """The same as ``where`` (the name used when every error named a file)."""
        return self.where


#: Former name of :class:`FramingError`.
InputError = FramingError


class CorpusError(FramingError):
    """An unusable report or metadata file: ``<file>: <problem>``."""


class LexiconError(FramingError):
    """An invalid word list, lexicon, actors or study file: ``<file>: <entry>: <problem>``."""


class AnalysisError(FramingError):
    """A wrong parameter or input table of a computation: ``<parameter or table>: <problem>``."""


class OutputError(FramingError):
    """An output that cannot be written: ``<path>: <problem>``."""


def is_input_error(err: BaseException) -> bool:
    """True for errors that mean bad input rather than a bug."""
    return isinstance(err, FramingError)


def require_columns(df, columns: Iterable[str], where: str, error: type[FramingError] = AnalysisError) -> None:
    """Check that ``df`` is a DataFrame holding ``columns``; else raise ``error(where, problem)``.

    Parameters
    ----------
    df : object
        The table passed by the caller.
    columns : iterable of str
        Columns the caller needs.
    where : str
        What the table is, for the message ("docs", "mentions", "keyness table", ...).
    error : type, default=AnalysisError
        The :class:`FramingError` subclass to raise.
    """
    import pandas as pd

    if not isinstance(df, pd.DataFrame):
        raise error(where, f"expected a pandas DataFrame, got {type(df).__name__}")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise error(
            where, f"missing column(s) {', '.join(missing)}; has {', '.join(map(str, df.columns))}"
        )


def check_int(name: str, value, *, minimum: int | None = None, maximum: int | None = None) -> int:
    """Return ``value`` if it is a whole number within bounds; else raise :class:`AnalysisError`.

    Parameters
    ----------
    name : str
        The parameter's name, for the message.
    value : object
        The value given.
    minimum, maximum : int, optional
        Inclusive bounds (default=None: unbounded).
    """
    ok = isinstance(value, int) and not isinstance(value, bool)
    ok = ok and (minimum is None or value >= minimum) and (maximum is None or value <= maximum)
    if not ok:
        bounds = []
        if minimum is not None:
            bounds.append(f">= {minimum}")
        if maximum is not None:
            bounds.append(f"<= {maximum}")
        rule = f" {' and '.join(bounds)}" if bounds else ""
        raise AnalysisError(name, f"must be a whole number{rule}, not {value!r}")
    return value


def check_choice(name: str, value, options: Iterable) -> object:
    """Return ``value`` if it is one of ``options``; else raise :class:`AnalysisError`.

    Parameters
    ----------
    name : str
        The parameter's name, for the message.
    value : object
        The value given.
    options : iterable
        The valid values, listed in the message in this order.
    """
    options = list(options)
    if value not in options:
        raise AnalysisError(name, f"must be one of {', '.join(map(str, options))}, not {value!r}")
    return value
