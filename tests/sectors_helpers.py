"""Helpers and data shared by the tests of ``framing.sectors`` (``tests/test_sectors*.py``).

A test file imports what it uses: ``from sectors_helpers import ...``. The fixtures (``docs``, ``analysis``, ``mentions``) are in ``tests/conftest.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from framing.sectors import match_sectors, match_text

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
P = "2025-10-10-pyongyang"
M = "2026-02-24-moscow"


def _docs(*texts: str) -> pd.DataFrame:
    n = len(texts)
    return pd.DataFrame(
        {"doc_id": [f"d{i}" for i in range(n)], "period": ["p"] * n, "text": list(texts)}
    )


def found(text: str) -> list[tuple[str, str]]:
    """(sector, surface) of each mention of a made-up text."""
    return [(s, text[a:b]) for s, a, b in match_sectors(text)]


# --- the hand count ---
#
# Read sentence by sentence (ids as framing.tokens.split_sentences); one mention per sector per
# coordinated phrase; longest match; institution names and titles excluded.
#
# Pyongyang (2025-10)                                   Moscow (2026-02)
# s0  party "cooperation with the United Russia Party"  s2  sci "science-technology and digital
#     dipl "political trust"                                transformation", econ "economic",
#     (not: "Security Council of Russia")                   culture "socio-cultural",
# s5  dipl "politics", def "security and defence",          env "environmental protection"
#     energy "energy", oil "oil and gas", sci "science  s3  dipl "foreign affairs", def "defence
#     and technology", edu "education and training",        and security"
#     culture "culture and humanity"                    s4  party "relations with the two parties"
# s6  party "cooperation channels between the two       s5  party "cooperation between the CPV and
#     Parties", people "youth", party "Ho Chi Minh          the two Russian parties"
#     National Academy of Politics and the United       s11 nuclear "nuclear energy", def "defence
#     Russia Party School"                                  and security", sci "science-technology",
# s9  dipl "political trust", dipl "exchange of             culture "culture", edu "education"
#     delegations"                                      s12 party "inter-party cooperation", party
# s10 econ "economic, trade, and investment", econ          "cooperation plan between the CPV and
#     "markets", econ "enterprises", oil "oil and gas",     United Russia"
#     energy "energy", sci "science and technology"     s13 party "cadre training", party "political
# s11 def "security and defence", transport "transport      academies", people "youth exchanges",
#     connectivity", edu "education", health "health",      sci "science", edu "education"
#     culture "culture", tourism "sports, and tourism"  s14 party "party-to-party relations", party
# s12 people "citizens' travel", energy "energy", oil       "theory exchanges", dipl "parliamentary
#     "oil and gas", nuclear "nuclear power", labour        channels", people "localities", people
#     "labour", labour "agricultural labour"                "mass organisations"
# s13 dipl "regional and international issues", dipl    s15 dipl "international and regional issues"
#     "multilateral mechanisms"                             (not s0 "Minister of Foreign Affairs")
#
# sector              Pyongyang  Moscow
# party                   3         8
# diplomacy               6         3
# defence_security        2         2
# economy                 3         1
# energy                  3         0     ("nuclear energy" is nuclear only)
# oil_gas                 3         0
# nuclear                 1         1
# science_technology      2         3
# education               2         2
# culture                 2         2
# health                  1         0
# tourism_sports          1         0
# labour                  2         0
# transport               1         0
# people                  2         3
# environment             0         1
# total                  34        26
HAND_COUNT = {
    "party": (3, 8),
    "diplomacy": (6, 3),
    "defence_security": (2, 2),
    "economy": (3, 1),
    "energy": (3, 0),
    "oil_gas": (3, 0),
    "nuclear": (1, 1),
    "science_technology": (2, 3),
    "education": (2, 2),
    "culture": (2, 2),
    "health": (1, 0),
    "tourism_sports": (1, 0),
    "labour": (2, 0),
    "transport": (1, 0),
    "people": (2, 3),
    "environment": (0, 1),
}


HAND_MENTIONS = {
    P: [
        (0, "party", "cooperation with the United Russia Party"),
        (0, "diplomacy", "political trust"),
        (5, "diplomacy", "politics"),
        (5, "defence_security", "security and defence"),
        (5, "energy", "energy"),
        (5, "oil_gas", "oil and gas"),
        (5, "science_technology", "science and technology"),
        (5, "education", "education and training"),
        (5, "culture", "culture and humanity"),
        (6, "party", "cooperation channels between the two Parties"),
        (6, "people", "youth"),
        (6, "party", "Ho Chi Minh National Academy of Politics and the United Russia Party School"),
        (9, "diplomacy", "political trust"),
        (9, "diplomacy", "exchange of delegations"),
        (10, "economy", "economic, trade, and investment"),
        (10, "economy", "markets"),
        (10, "economy", "enterprises"),
        (10, "oil_gas", "oil and gas"),
        (10, "energy", "energy"),
        (10, "science_technology", "science and technology"),
        (11, "defence_security", "security and defence"),
        (11, "transport", "transport connectivity"),
        (11, "education", "education"),
        (11, "health", "health"),
        (11, "culture", "culture"),
        (11, "tourism_sports", "sports, and tourism"),
        (12, "people", "citizens' travel"),
        (12, "energy", "energy"),
        (12, "oil_gas", "oil and gas"),
        (12, "nuclear", "nuclear power"),
        (12, "labour", "labour"),
        (12, "labour", "agricultural labour"),
        (13, "diplomacy", "regional and international issues"),
        (13, "diplomacy", "multilateral mechanisms"),
    ],
    M: [
        (2, "science_technology", "science-technology and digital transformation"),
        (2, "economy", "economic"),
        (2, "culture", "socio-cultural"),
        (2, "environment", "environmental protection"),
        (3, "diplomacy", "foreign affairs"),
        (3, "defence_security", "defence and security"),
        (4, "party", "relations with the two parties"),
        (5, "party", "cooperation between the CPV and the two Russian parties"),
        (11, "nuclear", "nuclear energy"),
        (11, "defence_security", "defence and security"),
        (11, "science_technology", "science-technology"),
        (11, "culture", "culture"),
        (11, "education", "education"),
        (12, "party", "inter-party cooperation"),
        (12, "party", "cooperation plan between the CPV and United Russia"),
        (13, "party", "cadre training"),
        (13, "party", "political academies"),
        (13, "people", "youth exchanges"),
        (13, "science_technology", "science"),
        (13, "education", "education"),
        (14, "party", "party-to-party relations"),
        (14, "party", "theory exchanges"),
        (14, "diplomacy", "parliamentary channels"),
        (14, "people", "localities"),
        (14, "people", "mass organisations"),
        (15, "diplomacy", "international and regional issues"),
    ],
}


# --- the rules of issue 13: each with a case it fixes and one it must not touch ---

def rule_of(text: str) -> list[tuple[str, str, str]]:
    """(sector, surface, rule) of each mention of a made-up text."""
    return [(s, text[a:b], r) for s, a, b, r in match_text(text)]


_PIECES = [
    "energy",
    "Oil",
    "and",
    "gas",
    "science",
    "-",
    "technology",
    "Việt",
    "Nam",
    "\u2019s",
    "'",
    "\u02bc",
    ",",
    ".",
    " ",
    "  ",
    "\n\n",
    "\u2013",
    "security",
    "Council",
    "1.5",
    "citizens",
    "travel",
    "localities",
    "e\u0301nergy",
    "\u00ad",
    "o'clock",
    "_x",
    "party",
    "\u02bcs",
    "\u2010",
]


# --- the lexicon ---

GOOD = """
sectors:
  - id: energy
    label: Energy
    terms: [energy, power]
  - id: oil_gas
    label: Oil & gas
    terms: [oil and gas]
"""


# --- party patterns (rule "party-clause") ---
#
# A party actor and a relation noun or verb in one clause, in either order, when the clause names two
# parties (framing.sectors.party._party_clause). Each example that it fixes beside one it must not touch.


def rules(text: str) -> list[tuple[str, str, str]]:
    """(sector, surface, rule) of each mention of a made-up text."""
    from framing.sectors import match_text

    return [(s, text[a:b], r) for s, a, b, r in match_text(text)]


# --- the audit of non-mentions: match_text(..., rejected=[]) names the check that dropped a word ---

def why_not(text: str) -> list[tuple[str, str]]:
    """(surface, check) of each candidate of a made-up text that gave no mention."""
    why: list = []
    match_text(text, rejected=why)
    return [(text[a:b], check) for _, a, b, _, check in why]
