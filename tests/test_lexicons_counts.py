"""framing.lexicons.counts: the one rule for counts of people (sectors and speakers call it)."""

from __future__ import annotations

import pytest

from framing.lexicons.counts import is_count
from framing.lexicons.matching import key_stream


@pytest.mark.parametrize(
    "key, least, expected",
    [
        ("200", 0, True),  # "welcomed 200 students"
        ("3,000", 0, True),
        ("3,000", 1000, True),  # "3,000 Russian tourists"
        ("250", 1000, False),  # "the 250 visitors": a delegation
        ("999", 1000, False),
        ("1000", 1000, True),
        ("1.5", 0, True),  # "1.5 million": the figure before the word
        ("180,000", 1000, True),
        ("2,025", 1000, True),  # a count of that size is written with a comma
        ("million", 1000, True),
        ("thousand", 0, True),
        # must not touch: years, words
        ("2025", 0, False),  # "In 2025 visitors from ...", "welcomed 2025 as a year of ..."
        ("1990", 1000, False),
        ("2100", 1000, True),  # only 19xx and 20xx read as years
        ("visitor", 0, False),
        ("hundred", 0, False),
        ("", 0, False),
    ],
)
def test_is_count(key, least, expected):
    assert is_count(key, least) is expected


def test_the_keys_of_a_text_are_what_is_count_sees():
    # a year's plural ("the 1990s") is its year's key; a thousands comma stays in the key
    assert key_stream("In the 1990s 12,500 visitors came")[2] == ["in", "the", "1990", "12,500", "visitor", "came"]
    assert [is_count(k, 1000) for k in ("1990", "12,500")] == [False, True]
