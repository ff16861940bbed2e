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


# --- review leftovers (rev9 C7): a figure is read with its decimals ----------------------------


@pytest.mark.parametrize(
    "key, least, expected",
    [
        ("100.5", 1000, False),  # "About 100.5 visitors": 100.5, not 1005
        ("100.5", 100, True),
        ("1,5", 1000, False),  # a decimal comma, "1,5 million": 1.5
        ("1,5", 1, True),
        ("12,50", 1000, False),  # two figures after the comma: no group of thousands
        ("3.2", 1000, False),  # "3.2 million": the figure alone is small; "million" counts on its own
        ("1.000.000", 1000, True),  # dots that group thousands
        ("12,500.75", 1000, True),
        # must not touch: thousands commas, plain figures, years
        ("3,000", 1000, True),
        ("3,000,000", 1000, True),
        ("1500", 1000, True),
        ("999", 1000, False),
        ("2025", 0, False),
    ],
)
def test_review_leftovers_decimals(key, least, expected):
    assert is_count(key, least) is expected


def test_review_leftovers_the_keys_of_decimal_figures():
    # the keys is_count sees: a decimal stays one key, the word of thousands is the next one
    assert key_stream("About 100.5 visitors, 1,5 million tourists, 3.2 million guests")[2] == [
        "about", "100.5", "visitor", ",", "1,5", "million", "tourist", ",", "3.2", "million", "guest",
    ]
    assert [is_count(k, 1000) for k in ("100.5", "1,5", "million", "3.2", "million")] == [
        False, False, True, False, True,
    ]
