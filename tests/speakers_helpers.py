"""Helpers and data shared by the tests of ``framing.speakers`` (``tests/test_speakers*.py``).

A test file imports what it uses: ``from speakers_helpers import ...``. The fixtures (``study``, ``actors``, ``docs``) are in ``tests/conftest.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from framing.config import Side
from framing.lexicons import load_actors
from framing.speakers import attribute_speakers
from framing.tokens import split_sentences

ROOT = Path(__file__).resolve().parents[1]
TL, LHT, DM, GZ = "Tô Lâm", "Lê Hoài Trung", "Dmitry Medvedev", "Gennady Zyuganov"
V, R, J, N = "vietnam", "russia", "joint", "narrator"


# Made-up sides, as a study file gives them (the library holds no side of its own).
SIDES = (
    Side("vietnam", "Việt Nam", countries=("Việt Nam", "Vietnam"), adjectives=("Vietnamese",),
         parties=("Communist Party of Việt Nam", "CPV")),
    Side("russia", "Russia", countries=("Russia", "Russian Federation"), adjectives=("Russian",),
         parties=("United Russia", "URP", "CPRF")),
    Side("laos", "Laos", countries=("Laos",), adjectives=("Lao",), parties=("LPRP",)),
    Side("china", "China", countries=("China",), adjectives=("Chinese",),
         parties=("Communist Party of China", "CPC")),
    Side("belarus", "Belarus", countries=("Belarus",), adjectives=("Belarusian",)),
)


def attributed(*sentences: str, actors=None, sides=SIDES) -> pd.DataFrame:
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": [" ".join(sentences)]})
    act = actors if actors is not None else load_actors(sides=sides)
    out = attribute_speakers(split_sentences(docs), actors=act)
    assert len(out) == len(sentences)
    return out


def speakers(*sentences: str, actors=None, sides=SIDES) -> list[tuple[str, str]]:
    out = attributed(*sentences, actors=actors, sides=sides)
    return list(zip(out["speaker"], out["side"], strict=True))


def sides(*sentences: str) -> list[str]:
    return list(attributed(*sentences)["side"])


def rules(*sentences: str) -> list[str]:
    return list(attributed(*sentences)["rule"])


# --- the two reports, attributed by hand ---
# (sentence id: opening words -> speaker, side, rule)
HAND = {
    "2025-10-10-pyongyang": [
        (TL, V),  # 0 "..., said Party General Secretary Tô Lâm at his meeting": inverted
        (N, N),  # 1 "The meeting took place ...": no reporting verb
        (f"{TL} and {DM}", J),  # 2 "At the meeting, ... Tô Lâm and Medvedev emphasised"
        (TL, V),  # 3 "The Vietnamese leader extended ... expressed": last Vietnamese speaker
        (DM, R),  # 4 "For his part, Medvedev conveyed"
        (TL, V),  # 5 "Party General Secretary Tô Lâm stressed"
        ("both sides", J),  # 6 "Both sides agreed"
        (DM, R),  # 7 "Medvedev congratulated"
        (DM, R),  # 8 "On behalf of the URP, he wished": he -> previous speaker
        (f"{TL} and {DM}", J),  # 9 "The two leaders expressed": the last two people who spoke
        (f"{TL} and {DM}", J),  # 10 "They also discussed": they -> previous speaker
        ("both sides", J),  # 11 "The two sides agreed"
        ("both sides", J),  # 12 "They also committed"
        (f"{TL} and {DM}", J),  # 13 "The leaders exchanged views"
        (TL, V),  # 14 "On this occasion, on behalf of ..., Party General Secretary Tô Lâm invited"
    ],
    "2026-02-24-moscow": [
        (N, N),  # 0 "Special Envoy ... Lê Hoài Trung, held separate meetings": not a reporting verb
        (LHT, V),  # 1 "At the meetings, Trung said"
        (LHT, V),  # 2 "He highlighted"
        (N, N),  # 3 "For the first time, foreign affairs ... has been identified"
        (LHT, V),  # 4 "The foreign minister affirmed": a role of Trung
        (LHT, V),  # 5 "He put forward several proposals"
        ("Russian party heads", R),  # 6 "For their parts, the Russian Party heads spoke highly"
        (DM, R),  # 7 "Medvedev stressed"
        (GZ, R),  # 8 "Zyuganov described"
        (f"{DM} and {GZ}", R),  # 9 "Both leaders expressed": the two Russians who spoke last
        (DM, R),  # 10 "Medvedev affirmed"
        (DM, R),  # 11 "He expressed readiness"
        (DM, R),  # 12 "He underlined"
        (DM, R),  # 13 "This would encompass ...": reported speech goes on
        (GZ, R),  # 14 "Russian Communist Party chief Zyuganov agreed"
        ("both sides", J),  # 15 "During the meetings, the sides also exchanged views"
        (LHT, V),  # 16 "On the occasion, Trung conveyed invitations"
        (N, N),  # 17 "The invitations were graciously accepted."
    ],
}


# --- the actors list ---

GOOD = """
people:
  - name: Ann
    side: vietnam
groups:
  - label: both teams
    side: joint
    phrases: [both teams]
reporting_verbs: [said]
"""


# --- rules added for issue 13 (round 2): each with an example it fixes and one it must not touch ---

CUBA_SIDES = (
    *SIDES,
    Side("cuba", "Cuba", countries=("Cuba",), adjectives=("Cuban",), parties=("PCC",)),
    Side("japan", "Japan", countries=("Japan",), adjectives=("Japanese",)),
)


# --- issue 13, round 3: rules written after scoring twelve new reports (heldout2) untouched ---

INDIA_SIDES = (*SIDES, Side("india", "India", countries=("India",), adjectives=("Indian",)))


# --- review of issue 13's speaker rules: misfires on ordinary text ---

def _paragraphs(*paragraphs: str) -> list[tuple[str, str, str]]:
    """(speaker, side, rule) of each sentence of a made-up report, one sentence a paragraph."""
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": ["\n\n".join(paragraphs)]})
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES))
    return list(zip(out["speaker"], out["side"], out["rule"], strict=True))


CHINH_MEETS = "Prime Minister Phạm Minh Chính met Russian Deputy Prime Minister Dmitry Chernyshenko in Moscow."


# --- round 9 (tuned on heldout7) ---

def _sides_by_paragraph(*paragraphs: str) -> list[tuple[str, str]]:
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": ["\n\n".join(paragraphs)]})
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES))
    return list(zip(out["speaker"], out["side"], strict=True))


# --- review leftovers (issue 13): shapes the last closing note listed, each with what it must leave ---

def _one_a_paragraph(*paragraphs: str) -> list[tuple[str, str]]:
    # a report of one sentence per paragraph, as VNA and TASS copy runs
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": ["\n\n".join(paragraphs)]})
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES))
    return list(zip(out["speaker"], out["side"], strict=True))


# --- round 19 (the last stop's leftovers: general rules, each with what it must leave alone) ---

def _with_dateline(dateline: str, *sentences: str) -> list[tuple[str, str]]:
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": [" ".join(sentences)]})
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES), datelines={"d": dateline})
    return list(zip(out["speaker"], out["side"], strict=True))


# --- probe 14 (spk14): correspondents, heads of delegation, impersonal reports ---

def _dated(text: str, place: str) -> list[tuple[str, str]]:
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": [text]})
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES), datelines={"d": place})
    return list(zip(out["speaker"], out["side"], strict=True))


# --- round 26a (heldout53: other agencies' copy) ---

C = "china"


def _filed(*sentences: str, dateline: str = "", agency: str = "") -> list[str]:
    """Sides of sentences filed from ``dateline`` by ``agency``, as the corpus table gives them."""
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": [" ".join(sentences)]})
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES),
                             datelines={"d": dateline}, agencies={"d": agency})
    return list(out["side"])


# --- International bodies in agency copy (review 28 leftover) ---
# Round 26b gives a person or body of no side in a national agency's copy the agency's country; an
# intergovernmental body (actors.yml ``international_bodies``) is of no country. Copy of TASS naming
# only Vietnam and Russia (or only Vietnam), sentences written for the check.
_INTL_COPY = "Russia will help Vietnam build a nuclear research centre."
_INTL_VN_ONLY = "Vietnam will build a nuclear research centre."


def _filed_speakers(*sentences: str, agency: str = "TASS") -> list[tuple[str, str]]:
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": [" ".join(sentences)]})
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES), agencies={"d": agency})
    return list(zip(out["speaker"], out["side"], strict=True))
