"""Counts of people: whether a figure in a text counts visitors, arrivals or guests.

One rule for the sector matcher ("3,000 Russian tourists" is a tourist flow, "the visitors laid a
wreath" a delegation: :func:`framing.sectors.find_sector_mentions`) and the speaker rules
("welcomed 200 students" reports no words: :mod:`framing.speakers`).

Examples
--------
>>> is_count("3,000"), is_count("2025"), is_count("200", least=1000), is_count("million", least=1000)
(True, False, False, True)
"""

from __future__ import annotations

import re

__all__ = ["is_count"]

_YEAR = re.compile(r"(?:19|20)\d\d")
_BIG = frozenset({"thousand", "million", "billion"})  # counts of thousands and more in words


def is_count(key: str, least: int = 0) -> bool:
    """True if a matching key is a number that may count people.

    A figure ("200", "3,000", "1.5") or a word of thousands and more ("thousand", "million",
    "billion"); a year is no count ("In 2025 visitors ...", "welcomed 2025 as a year of ...": a
    count of that size is written "2,025").

    Parameters
    ----------
    key : str
        A matching key (:func:`framing.lexicons.matching.key_stream`).
    least : int, optional
        The smallest count that counts; a figure with a thousands comma and a word of thousands
        always do (default=0: any figure).

    Returns
    -------
    bool

    Examples
    --------
    >>> is_count("12"), is_count("12", least=1000), is_count("180,000", least=1000), is_count("visitor")
    (True, False, True, False)
    """
    if key in _BIG:
        return True
    if not key[:1].isdigit() or _YEAR.fullmatch(key):
        return False
    return "," in key or int(re.sub(r"\D", "", key) or 0) >= least
