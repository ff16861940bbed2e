"""Diplomatic formulae and statement alignment (framing.formulae, framing.alignment, their figures).

Three kinds of evidence:

* hand-made reports whose answer is worked out by hand in the comments (maximality, the
  sub-sequence rule, punctuation, variants, change labels, offsets; TF-IDF cosines computed by hand,
  one-to-one pairing);
* the planted facts of ``data/examples/over-time`` (its README: formulae F1-F6, V1/V2, and the
  statements carried over, reworded and new between consecutive reports);
* the two study reports (the formulae they share, those of one report only, the alignment).
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.alignment import ALIGNMENT_COLUMNS, align_over_time, align_statements
from framing.config import load_study
from framing.errors import AnalysisError
from framing.formulae import FORMULA_COLUMNS, corpus_formulae, formula_summary, formulae
from framing.normalize import fold

ROOT = Path(__file__).resolve().parents[1]
OVER_TIME = ROOT / "data" / "examples" / "over-time"


def analysis_of(*texts, periods=None, dates=None, study=None):
    """An analysis of hand-made reports d0, d1, ... (one period each unless given)."""
    n = len(texts)
    periods = periods or [f"2020-{i + 1:02d}" for i in range(n)]
    dates = dates or [f"2020-{int(p[-2:]):02d}-15" if p[:4].isdigit() else "2020-01-01" for p in periods]
    docs = pd.DataFrame(
        {"doc_id": [f"d{i}" for i in range(n)], "period": periods, "date": pd.to_datetime(dates), "text": list(texts)}
    )
    return framing.analyse(docs, study=study)


def keys(table) -> list[str]:
    return list(formula_summary(table)["key"])


def by_key(table, key):
    rows = formula_summary(table)
    return rows[rows["key"] == key].iloc[0]


# --------------------------------------------------------------------------------------------
# Formulae on hand-made reports
# --------------------------------------------------------------------------------------------


def test_a_formula_is_reported_once_not_as_its_own_parts():
    # "the spirit of mutual trust" is in all three reports, preceded by hailed / praised / noted and
    # ending its sentence: maximal. Each part ("spirit of mutual trust", "the spirit of mutual", ...)
    # always continues the same way ("the" before it, "trust" after it): not reported.
    a = analysis_of(
        "The leaders hailed the spirit of mutual trust. Trade grew.",
        "Both sides praised the spirit of mutual trust. Exports fell.",
        "Officials noted the spirit of mutual trust.",
    )
    table = formulae(a)
    assert keys(table) == ["the spirit of mutual trust"]
    row = by_key(table, "the spirit of mutual trust")
    assert (row.n_words, row.n_docs, row.n_groups, row.n_occurrences, row.n_alone) == (5, 3, 3, 3, 3)
    assert (row.first_group, row.first_date, row.last_group, row.last_date) == (
        "2020-01", "2020-01-15", "2020-03", "2020-03-15")
    assert row.status == "persistent"


def test_a_part_is_reported_again_only_where_it_also_recurs_alone():
    # Longer formula: "the deep mutual trust between the two peoples" (d0, d1; left: hailed/praised).
    # Its part "deep mutual trust" also stands alone in d2 ("spoke of ...") and d3 ("built ..."):
    # two reports on its own, so it is reported, with all four occurrences and n_alone = 2.
    # "the two peoples" occurs only inside the longer formula (always after "trust between"): not.
    a = analysis_of(
        "Both sides hailed the deep mutual trust between the two peoples.",
        "Officials praised the deep mutual trust between the two peoples.",
        "They spoke of deep mutual trust.",
        "The talks built deep mutual trust.",
    )
    table = formulae(a)
    assert keys(table) == ["deep mutual trust", "the deep mutual trust between the two peoples"]
    part = by_key(table, "deep mutual trust")
    assert (part.n_docs, part.n_occurrences, part.n_alone) == (4, 4, 2)
    whole = by_key(table, "the deep mutual trust between the two peoples")
    assert (whole.n_words, whole.n_docs, whole.n_alone) == (8, 2, 2)
    occ = table[table["key"] == "deep mutual trust"]
    assert occ["alone"].tolist() == [False, False, True, True]
    # they share the core "deep mutual trust": one variant group, led by the better-ranked
    assert part.variant_group == whole.variant_group == 1


def test_a_maximal_part_that_never_occurs_alone_is_not_reported():
    # "bright shared future" is maximal (after "the" / "a", before "of Zembla" / "for youth") but
    # every occurrence lies inside one of the two longer formulae: it is not reported again.
    a = analysis_of(
        "They praised the bright shared future of Zembla.",
        "They hailed the bright shared future of Zembla.",
        "Leaders built a bright shared future for youth.",
        "Leaders sought a bright shared future for youth.",
    )
    assert sorted(keys(formulae(a))) == ["a bright shared future for youth", "the bright shared future of zembla"]


def test_punctuation_is_part_of_a_formula_but_never_starts_or_ends_one():
    # d0, d1: "the two Parties, States and peoples"; d2 has no comma: another sequence. The formula
    # is reported without "said" (a stopword cannot start one) and without the full stop.
    # "the two parties" recurs in all three but stands alone only in d2 (one report): not reported.
    text = ["Tuan said the two Parties, States and peoples agreed.",
            "Lan said the two Parties, States and peoples met.",
            "Orlov said the two Parties States and peoples talked."]
    a = analysis_of(*text)
    table = formulae(a)
    assert keys(table) == ["the two parties , states and peoples"]
    row = by_key(table, "the two parties , states and peoples")
    assert row.formula == "the two Parties, States and peoples"
    assert (row.n_words, row.n_docs) == (6, 2)
    # offsets: text[start:end] is the occurrence, in the report's own text
    for occ in table.itertuples():
        assert text[int(occ.doc_id[1:])][occ.start : occ.end] == occ.text == "the two Parties, States and peoples"
    assert table["start"].tolist() == [10, 9]
    # only in the first two of three periods: dropped, with the counts behind it
    assert (row.status, row.reports_before, row.reports_span, row.reports_after) == ("dropped", 0, 2, 1)


def test_edges_any_keeps_function_words_at_the_edges():
    a = analysis_of("Leaders said that the talks went well.", "Ministers said that the talks ended.")
    # default: "said" cannot start a formula and "the talks" has two words only
    assert keys(formulae(a)) == []
    assert keys(formulae(a, edges="any")) == ["said that the talks"]


def test_change_labels_with_the_counts_behind_them():
    # four periods, one report each (by hand):
    #   "Oil and gas grew."    2020-01, 2020-02            -> dropped (0 before, 2 in span, 2 after)
    #   "Tea sales rose."      every period                -> persistent
    #   "Solar panels shine."  2020-02, 2020-03, 2020-04   -> new (1 before, 3 in span, 0 after)
    #   "Rice crops failed."   2020-01, 2020-03            -> intermittent (a gap)
    a = analysis_of(
        "Oil and gas grew. Tea sales rose. Rice crops failed.",
        "Oil and gas grew. Tea sales rose. Solar panels shine.",
        "Tea sales rose. Solar panels shine. Rice crops failed.",
        "Solar panels shine. Tea sales rose.",
    )
    rows = formula_summary(formulae(a)).set_index("key")
    expect = {
        "oil and gas grew": ("dropped", 2, 0, 2, 2),
        "tea sales rose": ("persistent", 4, 0, 4, 0),
        "solar panels shine": ("new", 3, 1, 3, 0),
        "rice crops failed": ("intermittent", 2, 0, 3, 1),
    }
    assert set(rows.index) == set(expect)
    for key, (status, n_docs, before, span, after) in expect.items():
        r = rows.loc[key]
        assert (r.status, r.n_docs, r.reports_before, r.reports_span, r.reports_after) == (
            status, n_docs, before, span, after), key
    # rank: spread first (groups, then reports), then length, then the folded text
    assert list(rows.index) == ["tea sales rose", "solar panels shine", "oil and gas grew", "rice crops failed"]


def test_several_reports_per_group_and_repeats_within_one_report():
    # Two groups: "2020-01" holds d0 and d1, "2020-02" holds d2. With min_docs=1 a sequence
    # repeated in one report recurs: "green energy transition" twice in d2 only -> new.
    a = analysis_of(
        "Trade grew fast. Oil and gas flowed.",
        "Oil and gas flowed.",
        "Green energy transition began. Green energy transition sped up.",
        periods=["2020-01", "2020-01", "2020-02"],
    )
    assert keys(formulae(a)) == ["oil and gas flowed"]
    table = formulae(a, min_docs=1)
    rows = formula_summary(table).set_index("key")
    assert list(rows.index) == ["oil and gas flowed", "green energy transition"]
    oil, green = rows.loc["oil and gas flowed"], rows.loc["green energy transition"]
    assert (oil.status, oil.n_docs, oil.reports_span, oil.reports_after) == ("dropped", 2, 2, 1)
    assert (green.status, green.n_docs, green.n_occurrences, green.reports_before) == ("new", 1, 2, 2)
    assert green.doc_ids == "d2"


def test_variants_follow_the_leading_formula_not_chains():
    # A "amber bronze cobalt denim" (3 reports) leads group 1. B "jade bronze cobalt denim ebony"
    # shares the core "bronze cobalt denim" with A: group 1. C "kiwi cobalt denim ebony fern" shares
    # "cobalt denim ebony" with B only (not with A, the leader): it leads group 2. The shared parts
    # never stand alone, so they are not formulae of their own.
    a = analysis_of(
        "Amber bronze cobalt denim.", "Amber bronze cobalt denim.", "Amber bronze cobalt denim.",
        "Jade bronze cobalt denim ebony.", "Jade bronze cobalt denim ebony.",
        "Kiwi cobalt denim ebony fern.", "Kiwi cobalt denim ebony fern.",
        periods=["2020-01"] * 7,
    )
    rows = formula_summary(formulae(a))
    assert rows[["key", "formula_id", "variant_group", "n_variants"]].values.tolist() == [
        ["amber bronze cobalt denim", 1, 1, 2],
        ["jade bronze cobalt denim ebony", 2, 1, 2],
        ["kiwi cobalt denim ebony fern", 3, 2, 1],
    ]


def test_occurrences_carry_offsets_sentences_and_speakers():
    a = analysis_of(
        "Tô Lâm said Việt Nam treasures the traditional friendship between the two countries.",
        "Medvedev praised the traditional friendship between the two countries. Trade grew.",
        study=dataclasses.replace(load_study(), reference=None, target=None),
    )
    table = formulae(a)
    assert list(table.columns[: len(FORMULA_COLUMNS)]) == FORMULA_COLUMNS
    assert {"doc_id", "period", "date", "sentence_id", "start", "end", "text", "alone", "speaker", "side"} <= set(table)
    texts = dict(zip(a.docs["doc_id"], a.docs["text"], strict=True))
    for occ in table.itertuples():
        assert texts[occ.doc_id][occ.start : occ.end] == occ.text
        sentence = a.sentences[(a.sentences["doc_id"] == occ.doc_id) & (a.sentences["sentence_id"] == occ.sentence_id)]
        assert (occ.speaker, occ.side) == (sentence["speaker"].iloc[0], sentence["side"].iloc[0])
        s0, s1 = int(sentence["start"].iloc[0]), int(sentence["end"].iloc[0])
        assert s0 <= occ.start < occ.end <= s1  # never crosses a sentence end
    assert table["speaker"].tolist() == ["Tô Lâm", "Dmitry Medvedev"]


def test_a_sequence_never_crosses_a_sentence_end():
    # "trade grew" ends one sentence, "Energy ties" starts the next, in both reports: the four
    # words recur in order but only across a full stop, so there is no formula.
    a = analysis_of("Exports and trade grew. Energy ties deepened.", "Imports and trade grew. Energy ties deepened.")
    assert keys(formulae(a)) == ["energy ties deepened"]


def test_options_are_checked():
    a = analysis_of("One two three.", "One two three.")
    for kwargs in ({"min_words": 0}, {"max_words": 2}, {"min_docs": 0}, {"core_words": 1}, {"edges": "none"}):
        with pytest.raises(AnalysisError):
            formulae(a, **kwargs)


def test_no_formula_gives_an_empty_table_with_the_columns():
    table = formulae(analysis_of("Trade grew.", "Energy fell."))
    assert table.empty and list(table.columns[: len(FORMULA_COLUMNS)]) == FORMULA_COLUMNS
    assert formula_summary(table).empty


# --------------------------------------------------------------------------------------------
# The eight-period example (data/examples/over-time, README section 2)
# --------------------------------------------------------------------------------------------

REPORTS = [
    "2020-03-12-hanoi", "2020-11-19-hanoi", "2021-06-08-moscow", "2022-02-16-hanoi", "2022-10-05-moscow",
    "2023-05-23-ho-chi-minh-city", "2024-01-17-hanoi", "2024-09-10-vladivostok",
    "2025-06-18-saint-petersburg", "2026-04-14-hanoi",
]
# id: (exact string of the README, reports by 1-based number, the change label it must get)
PLANTED = {
    "F1": ("Comprehensive Strategic Partnership between Việt Nam and Russia", range(1, 11), "persistent"),
    "F2": ("the traditional friendship between the two countries", range(1, 11), "persistent"),
    "F3": ("exchanged views on international and regional issues of mutual concern",
           [1, 2, 3, 4, 5, 6, 7, 9, 10], "intermittent"),
    "F4": ("at a mutually convenient time", range(1, 5), "dropped"),
    "F5": ("the international communist and workers' movement", range(7, 11), "new"),
    "F6": ("strengthening political trust at the highest level", range(7, 11), "new"),
    "V1": ("the two Parties, States and peoples", [1, 3, 5, 7, 9], "intermittent"),
    "V2": ("the two parties and peoples", [2, 4, 6, 8, 10], "intermittent"),
}


@pytest.fixture(scope="module")
def over_time():
    return framing.analyse(framing.load_corpus(OVER_TIME), actors=OVER_TIME / "actors.yml")


@pytest.fixture(scope="module")
def over_time_formulae(over_time):
    return formulae(over_time)


def _holding(table, phrase):
    """The reported formulae whose every occurrence contains ``phrase`` (folded), best first."""
    summary = formula_summary(table)
    return summary[summary["formula"].map(lambda f: fold(phrase) in fold(f))]


@pytest.mark.parametrize("planted", list(PLANTED), ids=list(PLANTED))
def test_the_planted_formulae_are_found_in_the_reports_listed(over_time_formulae, planted):
    phrase, reports, status = PLANTED[planted]
    found = _holding(over_time_formulae, phrase).iloc[0]
    assert found.doc_ids.split("; ") == [REPORTS[i - 1] for i in reports]
    assert found.n_occurrences == len(list(reports))
    assert found.status == status
    # F2, F3, F6 and the variants are found as written; F1 after "the" (always there), F4 after
    # "visit Việt Nam" (always there), F5 without its leading "the" (... to the / for the ...)
    expected = {
        "F1": "the Comprehensive Strategic Partnership between Việt Nam and Russia",
        "F4": "visit Việt Nam at a mutually convenient time",
    }.get(planted, phrase)
    assert found.formula == expected


def test_the_variant_pair_is_one_variant_group_and_their_core_alone_is_no_formula(over_time_formulae):
    summary = formula_summary(over_time_formulae).set_index("formula")
    v1, v2 = summary.loc[PLANTED["V1"][0]], summary.loc[PLANTED["V2"][0]]
    assert v1.variant_group == v2.variant_group
    # the core "the two parties" stands alone once only (2021-06 "cooperation between the two parties")
    assert "the two parties" not in set(summary["key"])
    # the other formulae are not in their group
    assert summary.loc[PLANTED["F2"][0]].variant_group != v1.variant_group


def test_every_occurrence_of_the_example_points_at_its_words(over_time, over_time_formulae):
    texts = dict(zip(over_time.docs["doc_id"], over_time.docs["text"], strict=True))
    table = over_time_formulae
    assert all(texts[d][s:e] == t for d, s, e, t in zip(table["doc_id"], table["start"], table["end"],
                                                       table["text"], strict=True))
    # the occurrences of a formula all fold to its words
    for key, group in table.groupby("key"):
        words = [w for w in key.split() if any(c.isalnum() for c in w)]
        for text in group["text"]:
            folded = fold(text)
            assert all(w in folded for w in words), (key, text)


def test_corpus_formulae_counts_the_same_without_a_tokens_table(over_time, over_time_formulae):
    expected = formula_summary(over_time_formulae)[FORMULA_COLUMNS]
    for n_jobs, chunk_size in ((1, 1000), (2, 3)):
        got = corpus_formulae(over_time.docs, n_jobs=n_jobs, chunk_size=chunk_size)
        pd.testing.assert_frame_equal(got.reset_index(drop=True), expected.reset_index(drop=True))


# --------------------------------------------------------------------------------------------
# Statement alignment on hand-made reports
# --------------------------------------------------------------------------------------------


def test_alignment_labels_and_cosines_worked_out_by_hand():
    # Reference (2020-01): R0 "Alpha beta gamma delta."  R1 "Zeta eta theta."
    # Target    (2020-02): T0 "Alpha beta gamma epsilon."  T1 "Iota kappa lambda."
    # Four sentences; document frequencies: alpha, beta, gamma 2, every other stem 1.
    # idf = ln((1 + 4) / (1 + df)) + 1: 1.510826 (df 2), 1.916291 (df 1).
    # cos(T0, R0) = 3 * 1.510826**2 / (3 * 1.510826**2 + 1.916291**2) = 6.847785 / 10.519956
    #             = 0.650935 -> reworded (0.45 <= 0.65 < 0.9). T1 shares nothing: new. R1: dropped.
    a = analysis_of("Alpha beta gamma delta. Zeta eta theta.", "Alpha beta gamma epsilon. Iota kappa lambda.")
    table = align_statements(a, reference="2020-01", target="2020-02")
    assert list(table.columns) == ALIGNMENT_COLUMNS
    assert table["label"].tolist() == ["reworded", "new", "dropped"]
    cos = 3 * (math.log(5 / 3) + 1) ** 2 / (3 * (math.log(5 / 3) + 1) ** 2 + (math.log(5 / 2) + 1) ** 2)
    assert table["similarity"].iloc[0] == pytest.approx(cos, abs=1e-4)
    first = table.iloc[0]
    assert (first.shared, first.removed, first.added, first.changed) == ("Alpha beta gamma", "delta", "epsilon", 0.25)
    assert (first.target_start, first.target_end, first.reference_start, first.reference_end) == (0, 25, 0, 23)
    assert table["similarity"].iloc[1] == 0.0 and pd.isna(table["reference_text"].iloc[1])
    assert table.iloc[2]["reference_text"] == "Zeta eta theta."
    # a stricter threshold makes the pair new (still shown beside its nearest sentence)
    strict = align_statements(a, reference="2020-01", target="2020-02", reworded=0.7, dropped=False)
    assert strict["label"].tolist() == ["new", "new"]
    assert strict["reference_text"].iloc[0] == "Alpha beta gamma delta." and not strict["paired"].iloc[0]


def test_alignment_is_one_to_one():
    # T0 and T1 both repeat R0 word for word (cosine 1 each); R0 can be the partner of one only:
    # T0 is carried over, T1 is new (shown beside R0, similarity 1, not paired).
    a = analysis_of(
        "Both sides agreed to expand trade. Tourism boomed.",
        "Both sides agreed to expand trade. Both sides agreed to expand trade.",
    )
    table = align_statements(a, reference="2020-01", target="2020-02")
    assert table["label"].tolist() == ["carried over", "new", "dropped"]
    assert table["paired"].tolist() == [True, False, False]
    assert table["similarity"].iloc[:2].tolist() == [1.0, 1.0]
    assert table["identical"].iloc[:2].tolist() == [True, True]
    assert table["reference_sentence_id"].tolist() == [0, 0, 1]


def test_alignment_checks_its_groups_and_thresholds():
    a = analysis_of("Trade grew.", "Trade fell.")
    with pytest.raises(AnalysisError):
        align_statements(a, reference="2020-01", target="2031-01")
    with pytest.raises(AnalysisError):
        align_statements(a, reference="2020-01", target="2020-01")
    with pytest.raises(AnalysisError):
        align_statements(a, reference="2020-01", target="2020-02", reworded=0.95)
    assert align_over_time(analysis_of("Trade grew.")).empty


# --------------------------------------------------------------------------------------------
# Statements carried over in the example (README section 3)
# --------------------------------------------------------------------------------------------

# previous -> next period: (identical sentence ids of the next report, designed rewordings)
DESIGNED = {
    ("2020-03", "2020-11"): ([8], [3]),
    ("2020-11", "2021-06"): ([5], [6]),
    ("2021-06", "2022-02"): ([5], [4]),
    ("2022-02", "2022-10"): ([5], [4]),
    ("2022-10", "2023-05"): ([5], [4]),
    ("2023-05", "2024-01"): ([5], [6]),
    ("2024-01", "2024-09"): ([4], [5]),
    ("2024-09", "2025-06"): ([5], [3]),
    ("2025-06", "2026-04"): ([6, 12], [2, 5, 7]),
}


@pytest.fixture(scope="module")
def over_time_alignment(over_time):
    return align_over_time(over_time)


@pytest.mark.parametrize("pair", list(DESIGNED), ids=[f"{a}->{b}" for a, b in DESIGNED])
def test_designed_carry_overs_and_rewordings_are_labelled(over_time_alignment, pair):
    identical, reworded = DESIGNED[pair]
    t = over_time_alignment
    t = t[(t["reference"] == pair[0]) & (t["target"] == pair[1]) & (t["label"] != "dropped")]
    label = dict(zip(t["target_sentence_id"].astype(int), t["label"], strict=True))
    same = dict(zip(t["target_sentence_id"].astype(int), t["identical"], strict=True))
    for s in identical:
        assert (label[s], same[s]) == ("carried over", True), s
    for s in reworded:
        assert label[s] == "reworded", s


def test_the_last_report_sentence_by_sentence(over_time_alignment):
    # README, "2025-06 -> 2026-04, every sentence of 2026-04": 2 identical, 3 reworded, 8 new
    t = over_time_alignment
    t = t[(t["target"] == "2026-04") & (t["label"] != "dropped")]
    assert t["label"].tolist() == [
        "new", "new", "reworded", "new", "new", "reworded", "carried over", "reworded", "new", "new", "new", "new",
        "carried over",
    ]
    sources = dict(zip(t["target_sentence_id"].astype(int), t["reference_sentence_id"].astype(int), strict=True))
    assert {s: sources[s] for s in (2, 5, 6, 7, 12)} == {2: 2, 5: 4, 6: 5, 7: 6, 12: 9}
    # the README's share of words changed (difflib over words): 0.42, 0.36, 0.36 for s2, s5, s7
    changed = dict(zip(t["target_sentence_id"].astype(int), t["changed"], strict=True))
    assert changed[2] == pytest.approx(0.42, abs=0.01)
    assert changed[5] == pytest.approx(0.36, abs=0.02)
    assert changed[7] == pytest.approx(0.36, abs=0.01)


# --------------------------------------------------------------------------------------------
# The two study reports
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def study_analysis():
    study = load_study()
    return framing.analyse(framing.load_corpus(study.corpus, metadata=study.metadata), study=study)


def test_the_formulae_shared_by_the_two_study_reports(study_analysis):
    summary = formula_summary(formulae(study_analysis))
    assert summary["formula"].tolist() == [
        "The Communist Party of Việt Nam",  # its "(CPV)" defines an acronym: no token (issue 13)
        "14th National Party Congress",
        "the United Russia Party",
        "the two parties",
        "Comprehensive Strategic Partnership",
        "Dmitry Medvedev, Chairman",
        "General Secretary Lâm",
        "Việt Nam consistently",
        "visit Việt Nam",
    ]
    assert set(summary["status"]) == {"persistent"}
    assert summary.set_index("formula").loc["the two parties", "n_occurrences"] == 5


def test_the_formulae_of_one_study_report_only(study_analysis):
    # min_docs=1: a sequence repeated within one report recurs too
    summary = formula_summary(formulae(study_analysis, min_docs=1))
    one = summary[summary["n_docs"] == 1]
    found = {(f, s, n) for f, s, n in zip(one["formula"], one["status"], one["n_occurrences"], strict=True)}
    assert found == {
        ("Party General Secretary Tô Lâm", "dropped", 5),
        ("oil and gas", "dropped", 3),
        ("marking the 80th", "dropped", 2),
        ("science and technology", "dropped", 2),
        ("security and defence", "dropped", 2),
        ("affirmed that Việt Nam", "new", 2),
        ("defence and security", "new", 2),
        ("the renewal process", "new", 2),
    }


def test_the_study_alignment(study_analysis):
    table = align_statements(study_analysis, reference="2025-10", target="2026-02")
    labels = table["label"].value_counts().to_dict()
    # no February statement reaches 0.45 against an October one: the reports share formulae, not statements
    assert labels == {"new": 18, "dropped": 15}
    nearest = table[table["label"] == "new"].nlargest(3, "similarity")
    # 15 against 13 leads (0.43): October's "(APEC)" and "(ASEAN)" repeat names, no longer tokens
    assert nearest["target_sentence_id"].astype(int).tolist() == [15, 16, 4]
    assert nearest["reference_sentence_id"].astype(int).tolist() == [13, 14, 2]
    assert (nearest["similarity"] < 0.45).all() and (nearest["similarity"] > 0.35).all()


# --------------------------------------------------------------------------------------------
# Figures and the figure set
# --------------------------------------------------------------------------------------------


def test_the_timeline_draws_one_row_per_variant_group(over_time, over_time_formulae):
    from framing.plots.formulae import textplot_formula_timeline

    fig = textplot_formula_timeline(over_time_formulae, groups=over_time.groups, n=40)
    ax = fig.axes[0]
    rows = [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]
    assert rows[:3] == [
        "the Comprehensive Strategic Partnership between Việt Nam and Russia",
        "the traditional friendship between the two countries",
        "exchanged views on international and regional issues of mutual concern",
    ]
    assert "the two parties and peoples" not in rows and "the two Parties, States and peoples" in rows
    assert [t.get_text() for t in ax.get_xticklabels()] == list(over_time.groups)
    # names of the entity list are left out by default
    assert "the United Russia Party" not in rows
    assert "the United Russia Party" in [
        t.get_text() for t in textplot_formula_timeline(over_time_formulae, names=True, n=40).axes[0].get_yticklabels()
    ]


def test_the_alignment_figure_links_pairs(over_time_alignment):
    from framing.plots.formulae import textplot_statement_alignment

    fig = textplot_statement_alignment(over_time_alignment, nearest=1.0)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert sorted(t for t in texts if t in {"0.60", "0.63", "0.64", "1.00"}) == ["0.60", "0.63", "0.64", "1.00", "1.00"]
    assert "2026-04 against 2025-06: 2 carried over, 3 reworded, 8 new, 6 dropped" in fig.texts[0].get_text().replace("\n", " ")
    with pytest.raises(AnalysisError):
        textplot_statement_alignment(over_time_alignment, reference="2020-03", target="2026-04")


def test_the_alignment_figure_is_bounded(over_time_alignment):
    # 2026-04 against 2025-06 has 13 target sentences (2 + 3 + 8) and 6 dropped: max_rows=4 draws
    # the first 4 target sentences and 4 of the dropped ones; the counts stay the whole table's
    from framing.plots.formulae import textplot_statement_alignment

    fig = textplot_statement_alignment(over_time_alignment, nearest=1.0, max_rows=4)
    title = fig.texts[0].get_text().replace("\n", " ")
    assert "2 carried over, 3 reworded, 8 new, 6 dropped" in title
    assert "(first 4 of 13 target sentences shown)" in title
    assert "(first 4 of 6 unpaired reference sentences shown)" in title
    right = [t for t in fig.axes[0].texts if t.get_ha() == "left" and t.get_text().startswith("s")]
    assert len(right) == 4


def test_the_formula_tables_are_in_the_figure_set(study_analysis):
    from framing.report.export import FIGURES, draw_figure, figure_options
    from framing.report.tables import BUNDLES, analysis_tables

    tables = analysis_tables(study_analysis, bundles=["formulae"])
    assert set(tables) == {"formulae", "statement-alignment"}
    assert {FIGURES["formula-timeline"].table, FIGURES["statement-alignment"].table} == set(tables)
    assert BUNDLES["formulae"] is not None
    for name in ("formula-timeline", "statement-alignment"):
        fig = draw_figure(name, tables, options=figure_options(study_analysis, [name])[name])
        assert fig.axes


# --------------------------------------------------------------------------------------------
# The benchmark hook (make bench measures the stage at 1k, 10k and 100k reports)
# --------------------------------------------------------------------------------------------


def test_the_formula_stage_of_the_benchmark_runs_at_a_small_size(tmp_path):
    import importlib.util
    import sys

    bench_dir = ROOT / "benchmarks"
    if str(bench_dir) not in sys.path:
        sys.path.insert(0, str(bench_dir))
    spec = importlib.util.spec_from_file_location("bench_for_formulae", bench_dir / "bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert "formulae" in bench.STAGE_NAMES
    table = bench.main(["--sizes", "40", "--quiet", "--out", str(tmp_path / "out"), "--cache",
                        str(tmp_path / "cache"), "--stages", "formulae", "--jobs", "1"])
    row = table.iloc[0]
    assert (row["stage"], row["status"]) == ("formulae", "ok"), row["note"]
    assert "formulae" in row["note"] and "occurrences" in row["note"]
