"""One document as the rules read it: its keys, the sides it names, the people it names and where,
host and guest (``_Document``, built from the rules of :mod:`framing.speakers.discovery`,
:mod:`framing.speakers.sides` and :mod:`framing.speakers.resolution`); :func:`discover_people`."""

from __future__ import annotations

from framing.lexicons.actors import Actors, as_actors
from framing.lexicons.names import TextView, load_names
from framing.speakers._common import _domain_words, _role_heads
from framing.speakers.discovery import Person, _Discovery
from framing.speakers.resolution import _Resolution
from framing.speakers.sides import _Sides

_PRESS_OFFICE_ALIASES = frozenset({"center", "centre"})


def _press_offices(keys: list[str]) -> list[str]:
    """The keys with "press center" / "press centre" read as "press service" (r33e); the same list
    when the text names no press centre."""
    if not any(k == "press" and keys[i + 1] in _PRESS_OFFICE_ALIASES for i, k in enumerate(keys[:-1])):
        return keys
    return [("service" if i and keys[i - 1] == "press" and k in _PRESS_OFFICE_ALIASES else k)
            for i, k in enumerate(keys)]


def _quoted_stops(keys: list[str], caps: list[bool]) -> list[str]:
    """p40p2: a quotation closed by a full stop inside one sentence ('"We are ready." the minister told
    reporters', '"..." Lavrov added.') reads as one closed by a comma, as the rules read the attribution
    after it; a full stop before a quote mark that ends the sentence is left."""
    n = len(keys)
    hits = [i for i in range(n - 3) if keys[i] == "." and keys[i + 1] == '"' and keys[i + 2][:1].isalpha()
            and (not caps[i + 2] or keys[i + 3][:1].isalpha() and not caps[i + 3] and i + 4 < n and keys[i + 4] == ".")]
    if not hits:
        return keys
    out = list(keys)
    for i in hits:
        out[i] = ","
    return out


class _Document(_Discovery, _Sides, _Resolution):
    """One document: its keys, the people it names and where, host and guest."""

    def __init__(self, view: TextView, act: Actors, dateline: str = "", agency: str = ""):
        self.view, self.act = view, act
        self.names = load_names()
        # r33e: a press centre is a press service ("the ministry's press center reported"), one office
        # of a body under two names; the rules read it as "press service"
        self.keys, self.caps = _quoted_stops(_press_offices(view.keys), view.caps), view.caps
        self.n = len(self.keys)
        self.domain = _domain_words()
        # a side's "partners" (probe 37p2) are a group, no title: "the largest trading partner of Lạng Sơn"
        self.person_titles = (self.names.titles | _role_heads(act)) - {"the", "of", "state", "government", "partner"}
        self.side_at: dict[int, tuple[int, str]] = {}
        self.side_counts: dict[str, int] = {}
        self.capital_at: dict[int, tuple[int, str]] = {}  # capitals (names.yml ``capitals``)
        self.seat_at: set = set()  # where a seat of government is named ("State Duma", "Kremlin")
        self._find_sides()
        # the dateline's side, when the text names that side too (a report filed from a third
        # country's capital tells nothing of who hosts)
        self.dateline_side = self._place_side(dateline)
        self.dateline = dateline
        place_side = self.dateline_side
        if self.dateline_side not in self.side_counts:
            self.dateline_side = None
        # r26a: the side of the copy's news agency ("TASS": Russia), when the text names it too: an
        # agency names its own country's bodies bare ("the fleet's press service", in Hanoi too)
        self.agency_side = self._agency_of_copy(agency)
        # r26b: the same side whether or not the text names it (TASS copy on Rosatom may name only
        # Vietnam): the last clue to the home of a person or firm the text gives no side
        self.copy_side = self._agency_of_copy(agency, named=False)
        # probe 37p6: home copy, the agency's own country filed from a place of that country, whether
        # or not the text names it ("HANOI (VNA) - The Ministry of National Defence said ..." in a
        # report that names only Russia): the country whose bodies the copy names bare
        self.home_side = place_side if place_side is not None and place_side == self.copy_side else None
        self.people: list[Person] = []
        self._bodies: dict[int, str] = {}  # the first side of a two-side body in a person's title
        self._kinds: dict[int, str] = {}  # probe 35p1: a kind of local government of the delegation led
        self._aides: dict[int, tuple[str, int]] = {}  # "Adviser to the Governor X": (title head, key)
        self.mention_at: dict[int, tuple[int, tuple[int, ...]]] = {}
        self._discover()
        self._names_over_heads()
        self._known_at: dict[int, tuple[int, int]] = {}
        self._known_people()
        self._index_mentions()
        self._who_clauses()
        self.host = self.guest = None
        self.modifiers: set = set()
        self.unit: set = set()  # the unit a role phrase names after "of" (see role_at)
        self.written: set = set()  # the role words as written, of an alias ("premier"; see role_at)
        self.sentence: tuple[int, int] | None = None  # keys of the sentence being parsed
        self._local_roles: dict = {}  # spk15: a local role placed by its place, (key, side) by words
        self._hosts()
        self._counterparts()
        self._learn_from_roles()
        self._organisation_people()
        self._fallback_sides()
        if self.host is None:
            # r30h: a visit's guest whose side only the fallback rules give ("Secretary of the Nghệ An
            # provincial Party Committee X led a delegation on a visit to the Lao province of ...")
            self._hosts_by_visit()
        self._aides_sides()
        self.principals = self._opening_people()


def _document_view(text: str, act: Actors, stream=None) -> _Document:
    return _Document(TextView(text, stream), act)


def discover_people(text: str, *, actors=None) -> list[Person]:
    """The people a text names with a title, a role or an apposition, with their sides.

    Parameters
    ----------
    text : str
        A document's text.
    actors : Actors or path, optional
        Default=None: the packaged grammar alone (no sides: every side is None).

    Returns
    -------
    list of Person
        In order of appearance.

    Examples
    --------
    >>> [p.name for p in discover_people("Deputy Prime Minister Ivan Sokolov met the press.")]
    ['Ivan Sokolov']
    """
    return _document_view(text, as_actors(actors)).people
