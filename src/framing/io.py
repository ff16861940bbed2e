"""Atomic file output: write to a temporary file in the same folder, then rename over the target.

A crash or an error mid-write never leaves a half-written table or figure behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

__all__ = ["atomic_path", "write_text", "write_bytes", "write_csv"]


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
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=suffix or target.suffix)
    os.close(fd)
    # mkstemp makes the file private (0600); outputs get the usual permissions (0666 less umask).
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes(target: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically; return the path."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
    return Path(target)


def write_text(target: str | os.PathLike, text: str) -> Path:
    """Write UTF-8 ``text`` (LF line ends) to ``target`` atomically; return the path."""
    return write_bytes(target, text.encode("utf-8"))


def write_csv(target: str | os.PathLike, df, **kwargs) -> Path:
    """Write a DataFrame as UTF-8 CSV (no index, LF line ends, floats as written by pandas)."""
    kwargs.setdefault("index", False)
    kwargs.setdefault("lineterminator", "\n")
    return write_text(target, df.to_csv(**kwargs))


def write_with(target: str | os.PathLike, writer: Callable[[Path], None]) -> Path:
    """Call ``writer(tmp_path)`` and move the result to ``target`` atomically; return the path."""
    with atomic_path(target) as tmp:
        writer(tmp)
    return Path(target)
