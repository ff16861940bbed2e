"""Concordances: query syntax (words, globs, regular expressions, phrases), sorting by context,
sector concordances; every expected value below was counted by hand on the texts written here or on
data/raw."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.concordance import KWIC_COLUMNS, SORT_LEVELS, kwic, parse_query, sector_kwic
from framing.config import load_study
from framing.corpus import load_corpus
from framing.errors import AnalysisError, InputError

P = "2025-10-10-pyongyang"
M = "2026-02-24-moscow"

# Offsets, counted by hand:
# T0: Energy[0,6) ties[7,11) grew[12,16) .  The[18,21) CPV[22,25) energies[26,34) of[35,37)
#     Việt[38,42) Nam[43,46) help[47,51) .  Oil[53,56) and[57,60) gas[61,64) , trade[66,71)
#     and[72,75) nuclear[76,83) energy[84,90) .
# T1: Cooperation[0,11) in[12,14) energy[15,21) ; co[23,25) -operation[26,35) in[36,38) oil[39,42)
#     and[43,46) gas[47,50) .  The[52,55) cpv[56,59) said[60,64) : energetic[66,75) youth[76,81) .
T0 = "Energy ties grew. The CPV energies of Việt Nam help. Oil and gas, trade and nuclear energy."
T1 = "Cooperation in energy; co-operation in oil and gas. The cpv said: energetic youth."


@pytest.fixture(scope="module")
def tiny():
    docs = pd.DataFrame({"doc_id": ["d0", "d1"], "period": ["p1", "p2"], "text": [T0, T1]})
    return framing.analyse(docs)


@pytest.fixture(scope="module")
def study():
    docs = load_corpus()
    return framing.analyse(docs, study=load_study())


def spans(rows: pd.DataFrame) -> list[tuple]:
    return list(zip(rows["doc_id"], rows["start"], rows["end"], rows["match"], strict=True))


def assert_traceable(analysis, rows):
    texts = dict(zip(analysis.docs["doc_id"], analysis.docs["text"], strict=True))
    for r in rows.itertuples():
        assert texts[r.doc_id][r.start : r.end] == r.match


def test_the_functions_are_exported_from_the_package():
    import framing.sectors

    assert framing.kwic is kwic and framing.sector_kwic is sector_kwic
    assert not hasattr(framing.sectors, "kwic")  # one home: framing.concordance


# --- query syntax -----------------------------------------------------------------------------


def test_exact_word_matches_case_diacritics_and_plural(tiny):
    rows = kwic(tiny, "ENERGY")
    assert spans(rows) == [("d0", 0, 6, "Energy"), ("d0", 26, 34, "energies"), ("d0", 84, 90, "energy"),
                           ("d1", 15, 21, "energy")]
    assert list(rows.columns) == KWIC_COLUMNS
    assert spans(kwic(tiny, "VIỆT NAM")) == [("d0", 38, 46, "Việt Nam")]
    assert spans(kwic(tiny, "viet nam")) == [("d0", 38, 46, "Việt Nam")]


def test_acronym(tiny):
    assert spans(kwic(tiny, "CPV")) == [("d0", 22, 25, "CPV"), ("d1", 56, 59, "cpv")]


def test_glob_star_at_the_end_and_at_the_start(tiny):
    assert spans(kwic(tiny, "energ*")) == [
        ("d0", 0, 6, "Energy"), ("d0", 26, 34, "energies"), ("d0", 84, 90, "energy"),
        ("d1", 15, 21, "energy"), ("d1", 66, 75, "energetic"),
    ]
    # "co-operation": the hyphen starts a token of its own, so "*tion" finds "operation"
    assert spans(kwic(tiny, "*tion")) == [("d1", 0, 11, "Cooperation"), ("d1", 26, 35, "operation")]
    # the key ("energy", "tie") or the form as written ("energies", "ties") may match
    assert spans(kwic(tiny, "*ies")) == [("d0", 7, 11, "ties"), ("d0", 26, 34, "energies")]
    # ? is exactly one character
    assert spans(kwic(tiny, "ga?")) == [("d0", 61, 64, "gas"), ("d1", 47, 50, "gas")]
    assert spans(kwic(tiny, "g?")) == []


def test_a_glob_never_matches_punctuation(tiny):
    assert len(kwic(tiny, "*")) == 17 + 14  # the word tokens of T0 and T1 (see the offsets above)


def test_regular_expression_matches_a_whole_token(tiny):
    assert spans(kwic(tiny, "/energ(y|ies)/")) == [
        ("d0", 0, 6, "Energy"), ("d0", 26, 34, "energies"), ("d0", 84, 90, "energy"), ("d1", 15, 21, "energy"),
    ]
    assert spans(kwic(tiny, "/coop.*/")) == [("d1", 0, 11, "Cooperation")]
    assert spans(kwic(tiny, "/oop/")) == []  # fullmatch, not search


def test_phrases_plain_quoted_and_with_patterns(tiny):
    both = [("d0", 53, 64, "Oil and gas"), ("d1", 39, 50, "oil and gas")]
    assert spans(kwic(tiny, "oil and gas")) == both
    assert spans(kwic(tiny, '"Oil and Gas"')) == both
    assert spans(kwic(tiny, "\u201coil and gas\u201d")) == both
    assert spans(kwic(tiny, "nuclear energ*")) == [("d0", 76, 90, "nuclear energy")]
    assert spans(kwic(tiny, "in /energ.*/")) == [("d1", 12, 21, "in energy")]
    assert spans(kwic(tiny, "co operation")) == [("d1", 23, 35, "co-operation")]
    assert spans(kwic(tiny, "oil * gas")) == both


def test_context_window_and_columns(tiny):
    row = kwic(tiny, "energies", window=1).iloc[1]  # the key "energy": "Energy" comes first
    assert (row["left"], row["match"], row["right"]) == ("CPV", "energies", "of")
    assert (row["period"], row["sentence_id"], row["speaker"], row["side"]) == ("p1", 1, "narrator", "narrator")


def test_parse_query_items():
    items = parse_query('"nuclear-energ*"').items
    assert items[0] == "nuclear" and items[1].pattern == "energ.*"
    assert [i.pattern for i in parse_query("/a|b/ ?x").items] == ["a|b", ".x"]


# --- sorting ----------------------------------------------------------------------------------


def test_sort_by_first_word_right(tiny):
    # R1: Energy -> ties, energies -> of, nuclear energy -> (end), energy; -> co, energetic -> youth
    rows = kwic(tiny, "energ*", sort="R1")
    assert spans(rows) == [
        ("d0", 84, 90, "energy"), ("d1", 15, 21, "energy"), ("d0", 26, 34, "energies"),
        ("d0", 0, 6, "Energy"), ("d1", 66, 75, "energetic"),
    ]
    assert list(rows.columns) == KWIC_COLUMNS


def test_sort_by_first_word_left(tiny):
    # L1: Energy -> (start), energies -> CPV, energy (d0) -> nuclear, energy (d1) -> in, energetic -> said
    assert [(d, s) for d, s, _, _ in spans(kwic(tiny, "energ*", sort="l1"))] == [
        ("d0", 0), ("d0", 26), ("d1", 15), ("d0", 84), ("d1", 66)
    ]


def test_sort_by_the_match(tiny):
    assert list(kwic(tiny, "energ*", sort="match")["match"]) == [
        "energetic", "energies", "Energy", "energy", "energy"
    ]


def test_multi_level_sort_breaks_ties_with_the_next_level(tiny):
    # "and": d0 "Oil and gas, trade" (R1 gas, R2 trade), d0 "trade and nuclear energy" (R1 nuclear),
    # d1 "oil and gas. The" (R1 gas, R2 the)
    assert [(d, s) for d, s, _, _ in spans(kwic(tiny, "and"))] == [("d0", 57), ("d0", 72), ("d1", 43)]
    assert [(d, s) for d, s, _, _ in spans(kwic(tiny, "and", sort="R1"))] == [("d0", 57), ("d1", 43), ("d0", 72)]
    for sort in (("R1", "R2"), ["R1", "R2", "R3"]):
        assert [(d, s) for d, s, _, _ in spans(kwic(tiny, "and", sort=sort))] == [
            ("d1", 43), ("d0", 57), ("d0", 72)
        ]
    # L1: oil, trade, oil -> ties (oil) in corpus order
    assert [(d, s) for d, s, _, _ in spans(kwic(tiny, "and", sort="L1"))] == [("d0", 57), ("d1", 43), ("d0", 72)]


def test_sorting_is_deterministic_and_keeps_every_line(study):
    a = kwic(study, "energ*", sort=("R1", "L1"))
    b = kwic(study, "energ*", sort=("R1", "L1"))
    pd.testing.assert_frame_equal(a, b)
    unsorted = kwic(study, "energ*")
    assert sorted(spans(a)) == sorted(spans(unsorted))
    assert SORT_LEVELS == ("match", "L1", "L2", "L3", "R1", "R2", "R3")


# --- sector concordances ----------------------------------------------------------------------


def test_sector_kwic_with_a_query_and_a_sort(tiny):
    rows = sector_kwic(tiny, query="energ*", sort="L1")
    # L1: (start), "and" before "nuclear energy", CPV, in
    assert list(zip(rows["doc_id"], rows["start"], rows["sector"], strict=True)) == [
        ("d0", 0, "energy"), ("d0", 76, "nuclear"), ("d0", 26, "energy"), ("d1", 15, "energy")
    ]
    assert list(rows.columns) == [*KWIC_COLUMNS, "sector"]
    # R1: "trade" after d0's "Oil and gas,", "The" after d1's
    assert list(sector_kwic(tiny, "oil_gas", sort="R1")["doc_id"]) == ["d1", "d0"]
    assert list(sector_kwic(tiny, "oil_gas")["doc_id"]) == ["d0", "d1"]
    assert len(sector_kwic(tiny, "energy", query="/energies/")) == 1


# --- the study --------------------------------------------------------------------------------


def test_kwic_by_sector(study):
    rows = sector_kwic(study, "party", window=3)
    assert len(rows) == 3 + 8
    assert list(rows.columns) == [*KWIC_COLUMNS, "sector"]
    row = rows[rows["match"] == "theory exchanges"].iloc[0]
    # "... advance party-to-party relations, particularly in theory exchanges, while supporting
    # enhanced cooperation ..."; 3 words each side, punctuation kept but not counted
    assert row["left"] == "relations, particularly in"
    assert row["right"] == ", while supporting enhanced"
    assert (row["speaker"], row["side"], row["sentence_id"]) == ("Gennady Zyuganov", "russia", 14)


def test_kwic_by_term_matches_folded_tokens(study):
    rows = kwic(study, "science technology", window=2)
    # "science-technology" twice in Moscow; Pyongyang has "science and technology" (not the term)
    assert list(rows["match"]) == ["science-technology", "science-technology"]
    assert list(rows["left"]) == ["based on", "and security,"]
    assert "sector" not in rows.columns
    assert list(rows["speaker"]) == ["Lê Hoài Trung", "Dmitry Medvedev"]
    # plural-insensitive, one word
    assert list(kwic(study, "Locality")["match"]) == ["localities"]


def test_study_counts_counted_by_hand_in_data_raw(study):
    # grep -o CPV data/raw/*: 1 in Pyongyang, 8 in Moscow
    assert kwic(study, "CPV").groupby("doc_id").size().to_dict() == {P: 1, M: 8}
    # "energy" 3 times in Pyongyang and once in Moscow ("nuclear energy"); no other energ- word
    assert kwic(study, "energ*").groupby("doc_id").size().to_dict() == {P: 3, M: 1}
    # "oil and gas" three times, all in Pyongyang
    assert kwic(study, '"oil and gas"')["doc_id"].tolist() == [P, P, P]
    # sorted by the first word right: "and" (energy and oil), "defence", "oil", "science"
    assert kwic(study, "energ*", sort="R1")["start"].tolist() == [1693, 2234, 3458, 3151]


@pytest.mark.parametrize(
    "query", ["energ*", "*tion", "/coop.*/", '"oil and gas"', "CPV", "Việt Nam", "to lam", "party relation*"]
)
def test_every_line_is_its_offsets(study, query):
    rows = kwic(study, query, sort=("R1", "L1"))
    assert len(rows) > 0
    assert_traceable(study, rows)
    assert_traceable(study, sector_kwic(study, query=None, sort="match"))


# --- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda a: kwic(a, "/energ(/"), "not a valid regular expression"),
        (lambda a: kwic(a, "/oil and gas/"), "matches one word"),
        (lambda a: kwic(a, " , "), "no words"),
        (lambda a: kwic(a, "energy", sort="R4"), "unknown level"),
        (lambda a: kwic(a, "energy", sort=["R1", "middle"]), "unknown level"),
        (lambda a: kwic(a, "energy", sort=[]), "no level"),
        (lambda a: kwic(a, "energy", window=-1), "window"),
        (lambda a: sector_kwic(a, "mining"), "unknown sector"),
        (lambda a: sector_kwic(a, "energy", query="/[/"), "not a valid regular expression"),
    ],
)
def test_errors_are_one_line(tiny, call, message):
    with pytest.raises(AnalysisError, match=message) as info:
        call(tiny)
    assert isinstance(info.value, InputError)
    assert "\n" not in str(info.value)
