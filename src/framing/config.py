"""Paths and the study file: the one place that knows where things are.

``PROJ_ROOT`` is the checkout holding ``study.yml`` (or the working folder when the package is
installed elsewhere). :func:`load_study` reads a study file: the corpus folder, the column that
groups documents and the order of groups, reference and target, the sides (id, label, colour and
the countries, adjectives, parties and people that belong to each), the word lists and the output
folders. Library code takes every study fact from a :class:`Study`, never from a literal.

Examples
--------
>>> study = load_study()
>>> study.group_by, len(study.side_ids) >= 0
('period', True)
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from framing.errors import LexiconError

__all__ = [
    "PROJ_ROOT",
    "STUDY_FILE",
    "RAW_DIR",
    "PROCESSED_DIR",
    "FIGURES_DIR",
    "Side",
    "Study",
    "load_study",
    "default_study",
    "SPECIAL_SIDES",
]


def _project_root() -> Path:
    # src/framing/config.py -> the checkout, when it holds study.yml; else the working folder
    here = Path(__file__).resolve().parents[2]
    return here if (here / "study.yml").is_file() else Path.cwd()


PROJ_ROOT = _project_root()
STUDY_FILE = PROJ_ROOT / "study.yml"
RAW_DIR = PROJ_ROOT / "data" / "raw"
PROCESSED_DIR = PROJ_ROOT / "data" / "processed"
FIGURES_DIR = PROJ_ROOT / "figures"

#: Sides every study knows: both sides together, and nobody reported speaking.
SPECIAL_SIDES = ("joint", "narrator")

_ID = re.compile(r"\A[a-z][a-z0-9_]*\Z")
_COLOUR = re.compile(r"\A#[0-9A-Fa-f]{6}\Z")
_TOP = {
    "name", "corpus", "metadata", "group_by", "groups", "reference", "target", "sides",
    "lexicon", "actors", "stopwords", "outputs", "random_state",
}
_SIDE_KEYS = {"id", "label", "colour", "countries", "adjectives", "parties", "people"}


@dataclass(frozen=True)
class Side:
    """One side of the relationship studied.

    Attributes
    ----------
    id, label, colour : str
        Identifier (the ``side`` value in tables), display name, ``#RRGGBB``.
    countries, adjectives, parties, people : tuple of str
        What belongs to the side ("Việt Nam", "Vietnamese", "CPV", "Tô Lâm").
    """

    id: str
    label: str
    colour: str = ""
    countries: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    people: tuple[str, ...] = ()


@dataclass(frozen=True)
class Study:
    """A study file, validated, with paths resolved against its folder.

    Attributes
    ----------
    name : str
        Title of the study.
    corpus, metadata : Path or None
        Folder of report files; metadata CSV (None: ``documents.csv`` in the corpus folder or
        beside it, if any).
    group_by : str
        Column of the corpus table that groups documents (default ``period``).
    groups : tuple of str
        Order of the groups, when given (else by date for periods, by first appearance otherwise).
    reference, target : str or None
        The groups compared (None: the first and the last group).
    sides : tuple of Side
        The sides, in display order.
    lexicon, actors, stopwords : Path or None
        Word lists (None: the packaged ones; actors are added to the packaged grammar).
    tables_dir, figures_dir : Path
        Output folders.
    random_state : int
        Seed of every random step.
    source : str
        The file read.
    """

    name: str = "framing study"
    corpus: Path | None = None
    metadata: Path | None = None
    group_by: str = "period"
    groups: tuple[str, ...] = ()
    reference: str | None = None
    target: str | None = None
    sides: tuple[Side, ...] = ()
    lexicon: Path | None = None
    actors: Path | None = None
    stopwords: Path | None = None
    tables_dir: Path = field(default_factory=lambda: PROCESSED_DIR)
    figures_dir: Path = field(default_factory=lambda: FIGURES_DIR)
    random_state: int = 0
    source: str = "<study>"

    @property
    def side_ids(self) -> tuple[str, ...]:
        """The side ids in display order."""
        return tuple(s.id for s in self.sides)

    def side_styles(self) -> dict[str, tuple[str, str]]:
        """Side id -> (label, colour), the narrator first and the joint side last, for figures."""
        out = {"narrator": ("Narrator", "#BBBBBB")}
        out.update({s.id: (s.label, s.colour) for s in self.sides})
        out["joint"] = ("Joint", "#999933")
        return out


def _str(value, source: str, entry: str, *, required: bool = False) -> str | None:
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)) or not str(value).strip():
        raise LexiconError(source, f"{entry}: must be non-empty text, not {value!r}")
    return str(value).strip()


def _strs(value, source: str, entry: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise LexiconError(source, f"{entry}: must be a list")
    return tuple(_str(v, source, f"{entry} item", required=True) for v in value)


def _path(value, base: Path, source: str, entry: str) -> Path | None:
    text = _str(value, source, entry)
    return None if text is None else (base / text)


def parse_study(data, source: str, base: Path) -> Study:
    """Validate a parsed study file (see :func:`load_study`).

    Parameters
    ----------
    data : dict
        The parsed YAML.
    source : str
        The file, for messages.
    base : Path
        Folder against which relative paths resolve.
    """
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise LexiconError(source, "a study file must be a mapping (name, corpus, sides, ...)")
    unknown = set(map(str, data)) - _TOP
    if unknown:
        raise LexiconError(source, f"unknown key(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(_TOP))}")
    group_by = _str(data.get("group_by", "period"), source, "group_by", required=True)
    groups = _strs(data.get("groups"), source, "groups")
    if len(set(groups)) != len(groups):
        raise LexiconError(source, "groups: a group is listed twice")
    reference = _str(data.get("reference"), source, "reference")
    target = _str(data.get("target"), source, "target")
    if reference is not None and reference == target:
        raise LexiconError(source, f"reference and target are the same group ({reference!r})")
    for name, g in (("reference", reference), ("target", target)):
        if g is not None and groups and g not in groups:
            raise LexiconError(source, f"{name}: {g!r} is not one of groups ({', '.join(groups)})")
    sides = []
    raw_sides = data.get("sides") or []
    if not isinstance(raw_sides, list):
        raise LexiconError(source, "sides: must be a list of sides (id, label, ...)")
    for i, item in enumerate(raw_sides, start=1):
        if not isinstance(item, dict):
            raise LexiconError(source, f"side {i}: must be a mapping with id and label")
        entry = f"side {item.get('id', i)!r}"
        bad = set(map(str, item)) - _SIDE_KEYS
        if bad:
            raise LexiconError(source, f"{entry}: unknown key(s) {', '.join(sorted(bad))}")
        sid = item.get("id")
        if not isinstance(sid, str) or not _ID.match(sid):
            raise LexiconError(source, f"{entry}: id must be a lower-case identifier like 'north'")
        if sid in SPECIAL_SIDES or sid in {s.id for s in sides}:
            raise LexiconError(source, f"{entry}: id is reserved or used twice")
        colour = _str(item.get("colour"), source, f"{entry} colour") or ""
        if colour and not _COLOUR.match(colour):
            raise LexiconError(source, f"{entry}: colour must be #RRGGBB, not {colour!r}")
        sides.append(
            Side(
                id=sid,
                label=_str(item.get("label", sid), source, f"{entry} label", required=True),
                colour=colour.upper(),
                countries=_strs(item.get("countries"), source, f"{entry} countries"),
                adjectives=_strs(item.get("adjectives"), source, f"{entry} adjectives"),
                parties=_strs(item.get("parties"), source, f"{entry} parties"),
                people=_strs(item.get("people"), source, f"{entry} people"),
            )
        )
    outputs = data.get("outputs") or {}
    if not isinstance(outputs, dict) or set(map(str, outputs)) - {"tables", "figures"}:
        raise LexiconError(source, "outputs: must be a mapping with 'tables' and/or 'figures'")
    seed = data.get("random_state", 0)
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise LexiconError(source, f"random_state: must be a whole number >= 0, not {seed!r}")
    return Study(
        name=_str(data.get("name"), source, "name") or "framing study",
        corpus=_path(data.get("corpus"), base, source, "corpus"),
        metadata=_path(data.get("metadata"), base, source, "metadata"),
        group_by=group_by,
        groups=groups,
        reference=reference,
        target=target,
        sides=tuple(sides),
        lexicon=_path(data.get("lexicon"), base, source, "lexicon"),
        actors=_path(data.get("actors"), base, source, "actors"),
        stopwords=_path(data.get("stopwords"), base, source, "stopwords"),
        tables_dir=_path(outputs.get("tables"), base, source, "outputs.tables") or base / "tables",
        figures_dir=_path(outputs.get("figures"), base, source, "outputs.figures") or base / "figures",
        random_state=seed,
        source=source,
    )


def load_study(path: str | os.PathLike | None = None) -> Study:
    """Read and validate a study file.

    Parameters
    ----------
    path : str or PathLike, optional
        A YAML study file (default=None: ``study.yml`` at the top of the checkout; if there is
        none, an empty study: the packaged word lists, groups by period, no sides).

    Returns
    -------
    Study

    Raises
    ------
    LexiconError
        Unreadable file, bad YAML, an unknown key, a side without id, reference equal to target,
        ... The message names the file and the entry.

    Examples
    --------
    >>> study = load_study()
    >>> study.reference is None or study.reference != study.target
    True
    """
    from framing.lexicons import read_text, read_yaml

    if path is None:
        if not STUDY_FILE.is_file():
            return Study(source="<default>")
        path = STUDY_FILE
    p = Path(path)
    data = read_yaml(read_text(p, "study file"), str(p))
    return parse_study(data, str(p), p.resolve().parent)


def default_study() -> Study:
    """A study that names nothing: packaged word lists, documents grouped by period, no sides."""
    return Study(source="<default>")
