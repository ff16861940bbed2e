"""Word lists shipped with the package, and their loaders: one reader, one error type.

Files (the headers of the YAML files document their format):

* ``stopwords.txt``: general English function words plus news-report boilerplate;
* ``entities.yml``: people, parties, institutions, places and events with their aliases;
* ``sectors.yml``: the sector lexicon (terms, exclusions, classes, labels, colours);
* ``actors.yml``: how speakers are found (titles, groups, pronouns, reporting verbs);
* ``registers.yml``: word lists of registers used by the notebooks.

Every loader takes an optional path (default: the packaged file) and raises
:class:`framing.errors.LexiconError` naming the file and the entry for anything invalid. All phrase
matching goes through :mod:`framing.lexicons.matching`.

Examples
--------
>>> from framing.lexicons import load_lexicon, load_stopwords
>>> "the" in load_stopwords()
True
>>> load_lexicon().label("oil_gas")
'Oil & gas'
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from framing.errors import LexiconError

__all__ = [
    "LexiconError",
    "read_yaml",
    "read_packaged",
    "packaged_path",
    "load_stopwords",
    "load_entities",
    "Entity",
    "load_lexicon",
    "Lexicon",
    "Sector",
    "seed_terms",
    "load_actors",
    "Actors",
]

#: Deepest nesting accepted in a YAML word list (a lexicon needs 4).
MAX_YAML_DEPTH = 20


def packaged_path(name: str):
    """The packaged file ``name`` of ``framing/lexicons`` (a Traversable).

    Parameters
    ----------
    name : str
        File name, e.g. ``"sectors.yml"``.
    """
    return resources.files("framing").joinpath("lexicons", name)


def read_packaged(name: str) -> str:
    """Text of the packaged file ``name`` of ``framing/lexicons``."""
    return packaged_path(name).read_text(encoding="utf-8")


def read_text(path: str | os.PathLike, what: str = "lexicon") -> str:
    """Read a user's word-list file as UTF-8; a one-line :class:`LexiconError` if that fails.

    Parameters
    ----------
    path : str or PathLike
        The file.
    what : str, default="lexicon"
        What the file is, for the message.
    """
    p = Path(path)
    try:
        return p.read_text(encoding="utf-8")
    except IsADirectoryError:
        raise LexiconError(p, f"is a folder, not a {what} file") from None
    except OSError as e:
        raise LexiconError(p, f"cannot read {what} ({e.strerror})") from None
    except UnicodeDecodeError:
        raise LexiconError(p, f"{what} is not valid UTF-8") from None


def _depth(value, limit: int, level: int = 0) -> int:
    if level > limit:
        return level
    if isinstance(value, dict):
        return max((_depth(v, limit, level + 1) for v in value.values()), default=level)
    if isinstance(value, list):
        return max((_depth(v, limit, level + 1) for v in value), default=level)
    return level


def read_yaml(raw: str, source: str, error: type[LexiconError] = LexiconError):
    """Parse YAML text safely; any problem is one line naming ``source``.

    Parameters
    ----------
    raw : str
        The YAML text.
    source : str
        The file it came from, for messages.
    error : type, default=LexiconError
        The error raised.

    Examples
    --------
    >>> read_yaml("a: [1, 2]", "x.yml")
    {'a': [1, 2]}
    """
    import yaml

    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise error(source, f"not valid YAML: {problem}{where}") from None
    except RecursionError:
        raise error(source, f"nested more than {MAX_YAML_DEPTH} levels deep") from None
    if _depth(data, MAX_YAML_DEPTH) > MAX_YAML_DEPTH:
        raise error(source, f"nested more than {MAX_YAML_DEPTH} levels deep")
    return data


_LAZY = {
    "load_stopwords": "wordlists",
    "load_entities": "wordlists",
    "Entity": "wordlists",
    "load_lexicon": "sectors",
    "Lexicon": "sectors",
    "Sector": "sectors",
    "seed_terms": "sectors",
    "load_actors": "actors",
    "Actors": "actors",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'framing.lexicons' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"framing.lexicons.{module}"), name)
    globals()[name] = value
    return value
