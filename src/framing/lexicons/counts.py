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
# A figure's groups of thousands: "3,000", "12,500.75"; "1.000.000" (two dots or more: no decimal).
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")  # a figure at the start of a key, with one decimal mark


def is_count(key: str, least: int = 0) -> bool:
    """True if a matching key is a number that may count people.

    A figure ("200", "3,000", "1.5") or a word of thousands and more ("thousand", "million",
    "billion"); a year is no count ("In 2025 visitors ...", "welcomed 2025 as a year of ...": a
    count of that size is written "2,025"). A figure is read with its decimals: "100.5" is 100.5,
    and so is a decimal comma that groups no thousands ("1,5"; "3,000" is three thousand); the
    word after it is a key of its own ("3.2 million": "3.2" is below a thousand, "million" is not).

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
    >>> is_count("100.5", least=1000), is_count("1,5", least=1000), is_count("1.000.000", least=1000)
    (False, False, True)
    """
    if key in _BIG:
        return True
    if not key[:1].isdigit() or _YEAR.fullmatch(key):
        return False
    grouped = _GROUPED.match(key)
    if grouped is not None and not key[grouped.end() : grouped.end() + 1].isdigit():
        return True  # a count written with groups of thousands
    figure = _FIGURE.match(key).group()  # "2019-2025": its first figure; "10th": 10
    return float(figure.replace(",", ".")) >= least
