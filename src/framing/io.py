"""Atomic file output: write to a temporary file in the same folder, then rename over the target.

A crash or an error mid-write never leaves a half-written table or figure behind: the temporary
file (``.<name>.tmp-XXXXXXXX<suffix>``, ignored by git) is removed on any exit, including
``KeyboardInterrupt``. A failure on the output side (no space left, a folder that is not
writable, a file where a folder is expected, a folder where a file is expected) raises
:class:`OutputError`, one line naming the path, which the command line prints with exit status 2.

CSV tables are written with spreadsheet formula injection neutralised (:func:`neutralise_cells`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from framing.errors import OutputError

__all__ = [
    "OutputError",
    "atomic_path",
    "write_text",
    "write_bytes",
    "write_csv",
    "write_with",
    "make_folder",
    "neutralise_cells",
    "FORMULA_PREFIXES",
]

#: A text cell starting with one of these is read as a formula by spreadsheet programs (OWASP,
#: "CSV Injection"): ``=``, ``+``, ``-``, ``@``, tab and carriage return.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

#: Prefix of temporary files: ``.<target name>.tmp-`` (``.gitignore`` has ``.*.tmp-*``).
_TMP_MARK = ".tmp-"


def _reason(err: OSError) -> str:
    return err.strerror or str(err) or type(err).__name__


def make_folder(folder: Path) -> None:
    """``mkdir -p folder``, or :class:`OutputError` naming the path in the way."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        # some part of the path is a file: name the first one
        for part in [*reversed(folder.parents), folder]:
            if part.exists() and not part.is_dir():
                raise OutputError(part, "is a file, not a folder") from None
        raise OutputError(folder, "cannot create the folder (a file is in the way)") from None
    except OSError as e:
        raise OutputError(folder, f"cannot create the folder ({_reason(e)})") from e


@contextmanager
def atomic_path(target: str | os.PathLike, suffix: str | None = None):
    """Yield a temporary path beside ``target``; on success it replaces ``target`` atomically.

    Parameters
    ----------
    target : str or PathLike
        Final file path. Its folder is created if needed.
    suffix : str, optional
        Suffix of the temporary file (default: the target's, so writers that look at the
        extension, like matplotlib's ``savefig``, pick the right format).

    Raises
    ------
    OutputError
        ``target`` is a folder, its folder cannot be created or written, or writing fails
        (an ``OSError`` in the body, e.g. no space left on device). The temporary file is removed
        on every exit, error or interrupt.
    """
    target = Path(target)
    if target.is_dir():
        raise OutputError(target, "is a folder; give a file name")
    make_folder(target.parent)
    try:
        fd, tmp = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}{_TMP_MARK}", suffix=suffix or target.suffix
        )
    except OSError as e:
        raise OutputError(target, f"cannot create a file in {target.parent} ({_reason(e)})") from e
    tmp = Path(tmp)
    try:
        os.close(fd)
        # mkstemp makes the file private (0600); outputs get the usual permissions (0666 less umask).
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        yield tmp
        os.replace(tmp, target)
    except OSError as e:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        if e.errno == errno.EISDIR:
            raise OutputError(target, "is a folder; give a file name") from e
        raise OutputError(target, f"cannot write ({_reason(e)})") from e
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


def write_bytes(target: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically; return the path."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
    return Path(target)


def write_text(target: str | os.PathLike, text: str) -> Path:
    """Write UTF-8 ``text`` (LF line ends) to ``target`` atomically; return the path."""
    return write_bytes(target, text.encode("utf-8"))


def _is_formula(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_PREFIXES)


def _neutral(value):
    return "'" + value if _is_formula(value) else value


def _is_text_dtype(dtype) -> bool:
    import pandas as pd

    return pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype)


def _neutral_labels(index):
    import pandas as pd

    if isinstance(index, pd.MultiIndex):
        if not any(any(_is_formula(v) for v in level) for level in index.levels):
            return index
        return index.set_levels([[_neutral(v) for v in level] for level in index.levels])
    if not _is_text_dtype(index.dtype) or not any(_is_formula(v) for v in index):
        return index
    return pd.Index([_neutral(v) for v in index], name=index.name, tupleize_cols=False)


def neutralise_cells(df):
    """The table with every text cell that a spreadsheet would run as a formula made inert.

    A text cell (in a column of ``object`` or string dtype) that begins with ``=``, ``+``, ``-``,
    ``@``, a tab or a carriage return gets an apostrophe in front (the OWASP rule against CSV
    injection: ``=1+1`` is written ``'=1+1``), so that a metadata value or a word of a report
    cannot become a formula when the CSV is opened in Excel or LibreOffice. Column names and
    index labels get the same treatment. Numbers are left alone: numeric columns keep ``-0.5``
    as ``-0.5``, and so do numbers inside ``object`` columns; only ``str`` values change.

    Parameters
    ----------
    df : pandas.DataFrame

    Returns
    -------
    pandas.DataFrame
        ``df`` itself when nothing needs a change, else a changed copy (``df`` is never modified).
    """
    import pandas as pd

    out = df

    def copy():
        nonlocal out
        if out is df:
            out = df.copy()
        return out

    for j, dtype in enumerate(df.dtypes):
        col = df.iloc[:, j]
        if isinstance(dtype, pd.CategoricalDtype):
            if any(_is_formula(v) for v in dtype.categories):
                cats = [_neutral(v) for v in dtype.categories]
                copy().isetitem(j, col.cat.rename_categories(cats))
        elif _is_text_dtype(dtype):
            # each distinct value tested once (a hash pass in C), not every cell in Python: a
            # table of tens of millions of rows repeats its strings
            # (a value to change is rare: then every cell is rewritten, missing values kept as is)
            if any(_is_formula(v) for v in pd.unique(col.to_numpy(dtype=object))):
                copy().isetitem(j, pd.Series([_neutral(v) for v in col], index=col.index, dtype=dtype))
    columns = _neutral_labels(df.columns)
    index = _neutral_labels(df.index)
    if columns is not df.columns:
        copy().columns = columns
    if index is not df.index:
        copy().index = index
    return out


def write_csv(target: str | os.PathLike, df, *, neutralise: bool = True, **kwargs) -> Path:
    """Write a DataFrame as UTF-8 CSV (no index, LF line ends, floats as written by pandas).

    Parameters
    ----------
    target : str or PathLike
        Output file, written atomically (:func:`atomic_path`).
    df : pandas.DataFrame
    neutralise : bool, default=True
        Make text cells that begin with ``=``, ``+``, ``-``, ``@``, tab or carriage return inert
        for spreadsheets by prefixing an apostrophe (:func:`neutralise_cells`); numbers stay
        numbers. Every table the project writes goes through here with the default.
    **kwargs
        Passed to :meth:`pandas.DataFrame.to_csv` (defaults ``index=False``, ``lineterminator="\\n"``).
    """
    kwargs.setdefault("index", False)
    kwargs.setdefault("lineterminator", "\n")
    kwargs.setdefault("chunksize", 100_000)
    if neutralise:
        df = neutralise_cells(df)
    # streamed to the file by chunks of rows: the same bytes as one string, without holding the
    # whole CSV (and its encoded copy) in memory for a table of millions of rows
    with atomic_path(target) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        df.to_csv(fh, **kwargs)
    return Path(target)


def write_with(target: str | os.PathLike, writer: Callable[[Path], None]) -> Path:
    """Call ``writer(tmp_path)`` and move the result to ``target`` atomically; return the path."""
    with atomic_path(target) as tmp:
        writer(tmp)
    return Path(target)
