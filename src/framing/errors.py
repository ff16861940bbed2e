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
