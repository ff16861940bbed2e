"""The evaluation: a hand-made two-report set with a known answer, the scorer's rules, the project's
evaluation set held at the level it reaches, and `framing evaluate`."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from framing import cli
from framing.errors import AnalysisError, CorpusError
from framing.evaluate import (
    EVALUATION_DIR,
    align_mentions,
    evaluate,
    format_scores,
    load_evaluation,
    locate_quote,
    score,
)

STUDY = """\
name: mini
corpus: reports
sides:
  - id: north
    label: North
    countries: [Northland]
    adjectives: [Northern]
  - id: south
    label: South
    countries: [Southland]
    adjectives: [Southern]
"""

# Report a (tune): a VNA-style dateline and credit that the loader strips.
A = (
    " date 2024-01-10\n"
    "Hà Nội (VNA) – Northern Minister Arno Bell said energy cooperation matters and the Ministry of "
    "Industry and Trade agreed.\n\n"
    "Southern Deputy Minister Ivan Petrov noted that trade and tourism grew. He praised education. "
    "The weather was fine. – VNA"
)
# Report b (heldout): a TASS-style dateline; data is nobody's speech.
B = " date 2024-02-10\nMOSCOW, February 10. /TASS/. Oil and gas exports rose, according to official data."

ANNOTATIONS = """\
doc_id,quote,occurrence,sector,side,optional,note
a,energy,1,energy,north,no,
a,trade,1,economy,joint,no,the gold side differs on purpose
a,tourism,1,tourism_sports,south,yes,optional: neither hit nor miss
a,weather,1,environment,narrator,no,a miss on purpose
b,Oil and gas,1,oil_gas,narrator,no,
"""
# Occurrences are case-sensitive: "trade" 1 is in "trade and tourism", not "Industry and Trade".
SPEAKERS = """\
doc_id,quote,occurrence,speaker,side
a,Northern Minister Arno Bell said,1,Arno Bell,north
a,Southern Deputy Minister Ivan Petrov,1,Ivan Petrov,south
a,He praised education,1,Ivan Petrov,south
a,The weather was fine,1,Ivan Petrov,south
"""


@pytest.fixture()
def mini(tmp_path):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "reports" / "b.txt").write_text(B, encoding="utf-8")
    (tmp_path / "study.yml").write_text(STUDY, encoding="utf-8")
    (tmp_path / "documents.csv").write_text("doc_id,file,split\na,a.txt,tune\nb,b.txt,heldout\n", encoding="utf-8")
    (tmp_path / "annotations.csv").write_text(ANNOTATIONS, encoding="utf-8")
    (tmp_path / "speakers.csv").write_text(SPEAKERS, encoding="utf-8")
    return tmp_path


def test_quotes_are_located_in_the_file_then_in_the_body(mini):
    ev = load_evaluation(mini)
    texts = dict(zip(ev.docs["doc_id"], ev.docs["text"], strict=True))
    assert texts["a"].startswith("Northern Minister") and texts["a"].endswith("The weather was fine.")
    for r in ev.gold.itertuples():
        assert texts[r.doc_id][r.start : r.end] == r.quote
    assert list(ev.docs["split"]) == ["tune", "heldout"]
    assert locate_quote("a trade, a trade", "trade", 2) == 11
    assert locate_quote("a trade", "trade", 2) == -1


def test_the_mini_set_scores_as_worked_by_hand(mini):
    s = evaluate(mini)
    tune, held = s["tune"], s["heldout"]
    # a: energy TP (side right), trade TP (side wrong: gold joint), tourism optional (ignored),
    # education FP, weather FN
    o = tune.overall
    assert (o["tp"], o["fp"], o["fn"]) == (2, 1, 1)
    assert o["precision"] == pytest.approx(2 / 3) and o["recall"] == pytest.approx(2 / 3)
    assert o["side_accuracy"] == pytest.approx(1 / 2)
    by = tune.sectors.set_index("sector")
    assert (by.loc["energy", "tp"], by.loc["education", "fp"], by.loc["environment", "fn"]) == (1, 1, 1)
    assert by.loc["tourism_sports", "found"] == 0  # the optional match is not scored
    assert math.isnan(by.loc["health", "precision"])  # nothing to score
    # speakers: 4 sentences with a gold speaker, 3 right ("The weather was fine": narrator, gold south)
    assert (tune.speakers["speaker_side_right"], tune.speakers["n_speaker_sentences"]) == (3, 4)
    assert (tune.speakers["sentence_side_right"], tune.speakers["n_sentences"]) == (3, 4)
    kinds = sorted(tune.errors["kind"])
    assert kinds == ["false positive", "missed", "side", "speaker"]
    side_error = tune.errors[tune.errors["kind"] == "side"].iloc[0]
    assert (side_error["quote"], side_error["predicted"], side_error["gold"]) == ("trade", "south", "joint")
    # b: oil and gas, right sector, right side (narrator: "according to official data")
    assert (held.overall["tp"], held.overall["fp"], held.overall["fn"]) == (1, 0, 0)
    assert held.overall["side_accuracy"] == 1.0
    assert held.speakers["n_speaker_sentences"] == 0 and held.speakers["sentence_side_right"] == 1
    text = format_scores(s)
    assert "== tune" in text and "== heldout" in text and "'weather'" in text
    assert "'weather'" not in format_scores(s, errors=False)
    assert list(evaluate(mini, split="heldout")) == ["heldout"]


def test_all_scores_every_part_the_set_has(mini):
    (mini / "documents.csv").write_text("doc_id,file,split\na,a.txt,tune\nb,b.txt,heldout2\n", encoding="utf-8")
    s = evaluate(mini)
    assert list(s) == ["tune", "heldout2"]  # no held-out part in this set: none scored
    # a later round is any "heldout" name, scored after the earlier ones
    (mini / "documents.csv").write_text("doc_id,file,split\na,a.txt,heldout10\nb,b.txt,heldout9\n", encoding="utf-8")
    assert list(evaluate(mini)) == ["heldout9", "heldout10"]
    (mini / "documents.csv").write_text("doc_id,file,split\na,a.txt,tune\nb,b.txt,heldout2\n", encoding="utf-8")
    assert s["heldout2"].overall["tp"] == 1
    with pytest.raises(AnalysisError, match="heldout"):
        evaluate(mini, split="heldout")


def test_scorer_rules_on_hand_made_predictions():
    gold = pd.DataFrame({
        "doc_id": ["d"] * 4, "sector": ["economy", "economy", "energy", "health"],
        "start": [0, 20, 40, 60], "end": [10, 30, 46, 66], "side": ["north", "south", "joint", "north"],
        "optional": [False, False, False, True], "quote": ["q1", "q2", "q3", "q4"],
    })
    pred = pd.DataFrame({
        "doc_id": ["d"] * 6, "sector": ["economy", "economy", "economy", "energy", "health", "culture"],
        "start": [2, 5, 22, 41, 61, 80], "end": [8, 9, 28, 44, 64, 85],
        "side": ["north", "north", "north", "joint", "north", "south"], "surface": list("abcdef"),
    })
    a = align_mentions(pred, gold)
    assert list(a["outcome"]) == ["tp", "fp", "tp", "tp", "optional", "fp"]  # one gold, one match
    s = score(a)
    assert (s.overall["tp"], s.overall["fp"], s.overall["fn"]) == (3, 2, 0)
    assert s.overall["side_accuracy"] == pytest.approx(2 / 3)  # q2 is south, predicted north
    # an overlap of another sector is no hit
    a = align_mentions(pred.assign(sector="labour"), gold)
    assert (a["outcome"] == "fp").sum() == 6 and (a["outcome"] == "fn").sum() == 3


def test_bad_sets_fail_with_one_line(mini):
    (mini / "annotations.csv").write_text(ANNOTATIONS.replace("a,weather,1", "a,snow,1"), encoding="utf-8")
    with pytest.raises(CorpusError, match="'snow' occurrence 1 not in a"):
        load_evaluation(mini)
    (mini / "annotations.csv").write_text(ANNOTATIONS.replace("a,weather,1", "a,VNA,1"), encoding="utf-8")
    with pytest.raises(CorpusError, match="outside the body"):
        load_evaluation(mini)
    (mini / "annotations.csv").write_text(ANNOTATIONS, encoding="utf-8")
    (mini / "documents.csv").write_text("doc_id,file,split\na,a.txt,tune\nb,b.txt,all\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"documents.csv: line 3: split must be a part name .*, not 'all'"):
        load_evaluation(mini)
    (mini / "documents.csv").write_text("doc_id,file,split\na,a.txt,tune\nb,b.txt,\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"line 3: split must be a part name .*, not ''"):
        load_evaluation(mini)
    (mini / "documents.csv").write_text("doc_id,file,split\na,a.txt,tune\nb,b.txt,heldout\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match="split"):
        evaluate(mini, split="dev")


def test_another_sets_parts_and_a_set_without_splits(mini):
    # any part name ("test", "dev"), scored after tune and the heldout parts
    (mini / "documents.csv").write_text("doc_id,file,split\na,a.txt,dev\nb,b.txt,test\n", encoding="utf-8")
    s = evaluate(mini)
    assert list(s) == ["dev", "test"] and s["test"].overall["tp"] == 1
    # no documents.csv: every report is one held-out part, scored as the two parts were together;
    # a blank occurrence is the first
    (mini / "documents.csv").unlink()
    (mini / "annotations.csv").write_text(ANNOTATIONS.replace("b,Oil and gas,1,", "b,Oil and gas,,"), encoding="utf-8")
    s = evaluate(mini)
    assert list(s) == ["heldout"]
    o = s["heldout"].overall
    assert (o["tp"], o["fp"], o["fn"]) == (3, 1, 1)  # 2 + 1 true positives, a's false positive and miss


def test_review8_a_mistyped_part_name_is_an_error_naming_the_row_and_both_names(mini):
    # a name that differs from another part's name, or from tune/heldout, only by case, spaces or
    # punctuation is a typo; the message names the file, the row and both names
    path = mini / "documents.csv"
    cases = [
        ("a,a.txt,tune\nb,b.txt,Tune\n", "line 3: split 'Tune' differs from 'tune' (line 2)"),
        ("a,a.txt,test\nb,b.txt,Test\n", "line 3: split 'Test' differs from 'test' (line 2)"),
        ("a,a.txt,Tune\nb,b.txt,heldout\n", "line 2: split 'Tune' differs from 'tune' (the evaluator's name)"),
        ("a,a.txt,tune\nb,b.txt,held-out\n", "line 3: split 'held-out' differs from 'heldout' (the evaluator's name)"),
        ("a,a.txt,heldout_2\nb,b.txt,heldout2\n", "line 3: split 'heldout2' differs from 'heldout_2' (line 2)"),
    ]
    for rows, message in cases:
        path.write_text("doc_id,file,split\n" + rows, encoding="utf-8")
        with pytest.raises(CorpusError) as err:
            load_evaluation(mini)
        assert str(err.value) == f"{path}: {message} only by case, spaces or punctuation: a typo? (one part, one name)"
    # a space inside a name is no part name at all (row named too)
    path.write_text("doc_id,file,split\na,a.txt,tune\nb,b.txt,heldout 5\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"documents.csv: line 3: split must be a part name .*, not 'heldout 5'$"):
        load_evaluation(mini)
    # must not touch: names one character apart are two parts; spaces around a name are trimmed
    path.write_text("doc_id,file,split\na,a.txt,heldout2\nb,b.txt,heldout3\n", encoding="utf-8")
    assert list(evaluate(mini)) == ["heldout2", "heldout3"]
    path.write_text("doc_id,file,split\na,a.txt, tune\nb,b.txt,tune \n", encoding="utf-8")
    assert list(load_evaluation(mini).docs["split"]) == ["tune", "tune"]


def test_review8_a_split_that_names_no_part_lists_the_parts(mini):
    with pytest.raises(AnalysisError) as err:
        evaluate(mini, split="Tune")
    assert str(err.value) == f"split: {mini} has no part 'Tune'; its parts: tune, heldout"
    (mini / "documents.csv").write_text("doc_id,file,split\na,a.txt,heldout2\nb,b.txt,dev\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match=r"has no part 'heldout'; its parts: heldout2, dev$"):
        evaluate(mini, split="heldout")


def test_review8_cli_part_name_errors_are_one_line_and_exit_2(mini, capsys):
    assert cli.main(["evaluate", "--set", str(mini), "--split", "heldout5", "--no-errors"]) == 2
    err = capsys.readouterr().err
    assert err == f"framing: split: {mini} has no part 'heldout5'; its parts: tune, heldout\n"
    (mini / "documents.csv").write_text("doc_id,file,split\na,a.txt,tune\nb,b.txt,TUNE\n", encoding="utf-8")
    assert cli.main(["evaluate", "--set", str(mini)]) == 2
    err = capsys.readouterr().err
    assert err == (f"framing: {mini / 'documents.csv'}: line 3: split 'TUNE' differs from 'tune' (line 2) only by "
                   "case, spaces or punctuation: a typo? (one part, one name)\n")


def test_cli_evaluate(mini, capsys):
    assert cli.main(["evaluate", "--set", str(mini), "--split", "tune"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("== tune") and "overall" in out and "false positive" in out
    assert cli.main(["evaluate", "--set", str(mini), "--no-errors"]) == 0
    out = capsys.readouterr().out
    assert "== heldout" in out and "false positive" not in out


# --- the project's evaluation set ---------------------------------------------------------------
# Tuned on the tune part only; the held-out part was scored, never read (data/evaluation/README.md).
# Issue 13 asks for precision and recall >= 0.95 and side accuracy >= 0.90 on both parts. The tune
# part (49 reports) reaches them; the held-out part does not (see LEVELS): the test holds the level
# reached, so that a change that loses ground fails, and says so. Measured in round 2 (issue 13):
# tune 0.986 / 0.959 / 0.995, speakers 303/306; held-out 0.894 / 0.825 / 0.850, speakers 71/84.
# Round 3: twelve new reports (heldout2) scored untouched at 0.944 / 0.787 / 0.686, speakers 61/79,
# then tuned on with the tune part: tune 0.988 / 0.974 / 0.998, speakers 305/306; held-out (scored
# once, unread) 0.896 / 0.838 / 0.853, speakers 71/84; heldout2 0.993 / 0.906 / 0.956, speakers 74/79.
# Rounds 4-6: three more parts written and annotated untouched (heldout3-5), each scored untouched
# and then (heldout3, heldout4) tuned on; round 7 tuned on heldout5, and heldout6 was scored
# untouched, then tuned on in round 8; heldout7 likewise in round 9; heldout8 was scored untouched
# (data/evaluation/README.md, "Results").
LEVELS = {
    #          precision recall side   speaker side (sentences with a gold speaker)
    "tune": (0.98, 0.98, 0.99, 0.99),
    "heldout": (0.89, 0.90, 0.97, 0.97),  # untouched: scores only (precision 0.902 at the last stop; round 19's field words 0.908 -> 0.896; round 27c lost a hit: recall 0.909 -> 0.903)
    "heldout2": (0.99, 0.94, 0.98, 0.98),  # round 12: bare institutions as sources (e67, e68)
    "heldout3": (0.99, 0.99, 0.99, 0.99),
    "heldout4": (0.97, 0.99, 0.99, 0.99),
    "heldout5": (0.95, 0.99, 0.99, 0.99),
    "heldout6": (0.96, 0.98, 0.99, 0.99),
    "heldout7": (0.95, 0.96, 0.99, 0.99),  # review of round 9 gave up 2 mentions and 2 speakers; round 14
    "heldout8": (0.96, 0.98, 0.99, 0.99),  # round 10 tuned on it
    "heldout9": (0.97, 0.97, 0.99, 0.99),  # round 11 tuned on it (sector mentions), round 12 (speakers)
    "heldout10": (0.94, 0.94, 0.99, 0.99),  # round 13 tuned on it
    "heldout11": (0.88, 0.92, 0.99, 0.98),  # untouched: scores only (round 16's party clauses and field words: precision 0.910 -> 0.897; round 19's field words 0.897 -> 0.886, recall 0.923 -> 0.930)
    "heldout12": (0.95, 0.90, 0.98, 0.98),  # round 13 tuned on it
    "heldout13": (0.97, 0.96, 0.99, 0.99),  # round 14 tuned on it
    "heldout14": (0.99, 0.95, 0.99, 0.99),  # round 14 tuned on it
    "heldout15": (0.99, 0.99, 0.99, 0.98),  # round 28d tuned on it, gold made consistent (untouched 0.939 / 0.876 / 1.000 / 0.987 at the start rules of this stop)
    "heldout16": (0.99, 0.96, 0.96, 0.97),  # round 15 tuned on it
    "heldout17": (0.94, 0.95, 0.99, 0.99),  # round 16 tuned on it
    "heldout18": (0.95, 0.95, 0.99, 0.99),  # round 16 tuned on it
    "heldout19": (0.96, 0.96, 0.99, 0.99),  # round 17 tuned on it
    "heldout20": (0.93, 0.96, 0.98, 0.98),  # round 17 tuned on it
    "heldout21": (0.93, 0.99, 0.97, 0.95),  # round 17 tuned on it
    "heldout22": (0.98, 0.99, 0.99, 0.99),  # round 18 tuned on it
    "heldout23": (0.99, 0.99, 1.00, 1.00),  # round 29d tuned on it, gold made consistent (untouched 0.928 / 0.920 / 0.951 / 0.944)
    "heldout24": (0.93, 0.97, 0.99, 0.98),  # round 22a tuned on it
    "heldout25": (0.92, 0.96, 0.94, 0.95),  # round 19 tuned on it
    "heldout26": (0.90, 0.90, 0.94, 0.93),  # round 19 tuned on it
    "heldout27": (0.96, 1.00, 1.00, 1.00),  # round 31b tuned on it, gold made consistent (untouched, start rules: 0.919 / 0.951 / 0.993 / 0.980)
    "heldout28": (0.92, 0.95, 1.00, 0.97),  # round 20 tuned on it
    "heldout29": (0.94, 0.95, 0.99, 0.98),  # round 22b tuned on it
    "heldout30": (0.99, 0.98, 0.99, 0.99),  # round 28h tuned on it, gold made consistent (untouched 0.918 / 0.918 / 0.974 / 0.970)
    "heldout31": (0.96, 0.91, 0.94, 0.91),  # untouched: scores only (speakers 83 -> 85 of 93: probe 10, speakers)
    "heldout32": (0.83, 0.97, 0.95, 0.95),  # round 21 tuned on it (speakers: spk8)
    "heldout33": (0.97, 0.98, 0.99, 0.99),  # round 23b tuned on it (untouched 0.878 / 0.942 / 0.930 / 0.942)
    "heldout34": (0.90, 0.93, 0.98, 0.95),  # untouched: scores only (round 23a: recall 0.951 -> 0.944, one hit and one false positive fewer; agreed errors 11: 0.944 -> 0.937, one hit fewer)
    "heldout35": (0.97, 0.96, 0.99, 0.99),  # round 23a tuned on it (untouched 0.767 / 0.868 / 0.936 / 0.954)
    "heldout36": (0.97, 0.97, 0.98, 0.97),  # round 31i tuned on it, gold made consistent (untouched, start rules: 0.908 / 0.952 / 0.983 / 0.976)
    "heldout37": (1.00, 1.00, 1.00, 1.00),  # round 29c tuned on it, gold made consistent (untouched 0.939 / 0.933 / 0.935 / 0.953)
    "heldout38": (0.98, 0.99, 0.99, 0.99),  # round 24b tuned on it (untouched 0.880 / 0.917 / 0.982 / 0.967)
    "heldout39": (0.97, 0.99, 0.99, 0.99),  # round 24a tuned on it (untouched 0.856 / 0.873 / 1.000 / 1.000)
    "heldout40": (0.97, 0.99, 0.97, 0.97),  # round 24c tuned on it (untouched 0.819 / 0.939 / 0.948 / 0.892); later speaker rules moved one mention side; r37e: e526's "sea route" beside "freight" (gold: "freight" only)
    "heldout41": (1.00, 0.97, 1.00, 0.98),  # round 32j tuned on it, gold made consistent (untouched, start rules: 0.921 / 0.939 / 1.000 / 0.986); lead's round 44: recall 0.980 (a bare institution its writer required, as the tie rule reads it, is lost)
    "heldout42": (0.99, 0.97, 0.99, 0.99),  # round 24d tuned on it (untouched 0.714 / 0.889 / 0.950 / 0.909)
    "heldout43": (0.88, 0.96, 0.95, 0.93),  # untouched: scores only
    "heldout44": (0.87, 0.92, 0.97, 0.92),  # untouched: scores only (TASS-heavy)
    "heldout45": (0.96, 0.99, 0.98, 0.99),  # round 24e tuned on it (untouched 0.750 / 0.951 / 0.846 / 0.821)
    "heldout46": (0.99, 0.99, 0.97, 0.93),  # round 24f tuned on it (untouched 0.750 / 0.882 / 0.950 / 0.922)
    "heldout47": (0.98, 0.99, 0.97, 0.98),  # round 27a tuned on it, gold made consistent (untouched 0.867 / 0.855 / 0.938 / 0.928)
    "heldout48": (0.98, 0.99, 0.99, 0.99),  # round 27c tuned on it, gold made consistent (untouched 0.895 / 0.932 / 1.000 / 0.921)
    "heldout49": (0.93, 0.99, 0.98, 0.97),  # round 25a tuned on it (untouched 0.731 / 0.919 / 0.941 / 0.866)
    "heldout50": (0.91, 0.98, 0.98, 1.00),  # untouched: scores only (diplomacy and party, many relationships; probe 19 added a false positive: 0.937 -> 0.925; round 28h one more: 0.925 -> 0.914)
    "heldout51": (0.97, 0.98, 1.00, 1.00),  # round 25b tuned on it (untouched 0.772 / 0.934 / 1.000 / 1.000)
    "heldout52": (0.88, 0.95, 1.00, 1.00),  # untouched: scores only (VNA, shaped like the hidden set)
    "heldout53": (1.00, 1.00, 1.00, 1.00),  # round 26a tuned on it (untouched 0.922 / 0.973 / 0.845 / 0.814)
    "heldout54": (0.99, 0.98, 0.99, 0.99),  # round 27b tuned on it, gold made consistent (untouched 0.903 / 0.867 / 0.985 / 0.934 at the start rules of the stop before; 0.930 / 0.880 / 0.970 / 0.934 after probes 21-22)
    "heldout55": (0.97, 0.98, 1.00, 1.00),  # round 26b tuned on it (untouched 0.760 / 0.936 / 0.767 / 0.708)
    "heldout56": (0.97, 0.99, 0.99, 0.99),  # round 27d tuned on it, gold made consistent (untouched 0.713 / 0.986 / 0.972 / 0.984 at the start rules of the stop before; 0.720 after)
    "heldout57": (0.98, 0.99, 0.99, 0.99),  # round 28c tuned on it, gold made consistent (untouched 0.868 / 0.930 / 0.985 / 0.967)
    "heldout58": (0.98, 0.99, 0.98, 0.99),  # round 28b tuned on it, gold made consistent (untouched 0.839 / 0.973 / 0.959 / 0.968)
    "heldout59": (0.98, 0.99, 0.99, 0.99),  # round 28g tuned on it, gold made consistent (untouched 0.866 / 0.934 / 0.972 / 0.929)
    "heldout60": (0.88, 0.98, 0.98, 0.96),  # untouched: scores only (the hidden set's shape, 2021-2023); lead's round 44: 0.886, its rows of bare institutions made optional (their hits no longer count either way)
    "heldout61": (0.99, 0.99, 0.99, 0.99),  # round 28a tuned on it, gold made consistent (untouched 0.813 / 0.974 / 0.959 / 0.953)
    "heldout62": (0.97, 0.98, 0.99, 0.99),  # round 28i tuned on it, gold made consistent (untouched 0.882 / 0.918 / 1.000 / 0.919 at the start rules)
    "heldout63": (0.74, 0.94, 0.97, 0.93),  # untouched: scores only (economy and energy; against both annotators 1.000 / 1.000); round 29f (energy words) found two more the second annotator marks (0.778 -> 0.761; against both still 1.000); r38a's "registered capital" and "tax incentives" (e806: beside the investors it measures, and in a list of a province's offers) are two more (0.761 -> 0.745; two writers of spent parts mark both as required)
    "heldout64": (0.93, 0.98, 0.99, 0.98),  # round 28e tuned on it, gold made consistent (untouched 0.612 / 0.926 / 0.937 / 0.875: a strict first annotator)
    "heldout65": (0.99, 0.99, 0.98, 0.96),  # round 28f tuned on it, gold made consistent (untouched 0.793 / 0.973 / 0.986 / 0.927)
    "heldout66": (0.97, 1.00, 1.00, 1.00),  # round 29a tuned on it, gold made consistent (untouched 0.802 / 0.961 / 0.986 / 0.966)
    "heldout67": (1.00, 1.00, 1.00, 1.00),  # round 29b tuned on it, gold made consistent (untouched 0.771 / 0.987 / 1.000 / 1.000)
    "heldout68": (0.92, 0.97, 0.96, 0.98),  # round 29e tuned on it, gold made consistent (untouched 0.731 / 0.962 / 0.921 / 0.937)
    "heldout69": (1.00, 1.00, 1.00, 1.00),  # round 29f tuned on it, gold made consistent (untouched 0.855 / 0.877 / 0.930 / 0.933)
    "heldout70": (0.96, 1.00, 1.00, 1.00),  # round 29i tuned on it, gold made consistent (untouched 0.880 / 0.948 / 0.932 / 0.938)
    "heldout71": (1.00, 1.00, 1.00, 1.00),  # round 29h tuned on it, gold made consistent (untouched 0.841 / 0.892 / 0.959 / 0.985)
    "heldout72": (1.00, 0.98, 1.00, 1.00),  # round 29g tuned on it, gold made consistent (untouched 0.829 / 0.872 / 0.985 / 0.963)
    "heldout73": (1.00, 0.98, 1.00, 1.00),  # round 30c tuned on it, gold made consistent (untouched, start rules: 0.876 / 0.940 / 0.936 / 0.954)
    "heldout74": (0.96, 1.00, 1.00, 0.98),  # round 31h tuned on it, gold made consistent (untouched, start rules: 0.884 / 0.950 / 1.000 / 0.986)
    "heldout75": (0.94, 1.00, 0.97, 0.98),  # untouched: scores only (whole guidelines; against both 0.979 / 1.000)
    "heldout76": (0.91, 0.97, 0.96, 0.98),  # untouched: scores only (whole guidelines; against both 0.941 / 0.976)
    "heldout77": (0.96, 0.97, 1.00, 1.00),  # round 30a tuned on it, gold made consistent (untouched, start rules: 0.789 / 0.938 / 0.920 / 0.866)
    "heldout78": (1.00, 0.98, 1.00, 1.00),  # round 30b tuned on it, gold made consistent (untouched, start rules: 0.904 / 0.934 / 0.941 / 0.937)
    "heldout79": (1.00, 1.00, 1.00, 1.00),  # round 31f tuned on it, gold made consistent (untouched, start rules: 0.893 / 0.949 / 0.987 / 0.984)
    "heldout80": (0.97, 1.00, 1.00, 1.00),  # round 30e tuned on it, gold made consistent (untouched, start rules: 0.859 / 0.940 / 1.000 / 1.000)
    "heldout81": (0.96, 0.98, 0.98, 0.98),  # round 31a tuned on it, gold made consistent (untouched, start rules: 0.918 / 0.963 / 0.974 / 0.984)
    "heldout82": (1.00, 1.00, 1.00, 0.98),  # round 32a tuned on it, gold made consistent (untouched, start rules: 0.932 / 0.943 / 1.000 / 0.988)
    "heldout83": (0.96, 1.00, 1.00, 0.95),  # round 30d tuned on it, gold made consistent (untouched, start rules: 0.707 / 0.909 / 1.000 / 0.953)
    "heldout84": (0.95, 0.92, 1.00, 0.98),  # untouched: scores only (whole guidelines; against both 0.963 / 0.939)
    "heldout85": (0.97, 1.00, 1.00, 0.98),  # round 30g tuned on it, gold made consistent (untouched, start rules: 0.851 / 0.925 / 0.973 / 0.950)
    "heldout86": (0.96, 1.00, 1.00, 1.00),  # round 31g tuned on it, gold made consistent (untouched, start rules: 0.912 / 0.973 / 0.959 / 0.957)
    "heldout87": (0.92, 0.93, 0.97, 0.98),  # round 30f tuned on it, gold made consistent (untouched, start rules: 0.847 / 0.878 / 0.944 / 0.918)
    "heldout88": (0.92, 0.96, 1.00, 1.00),  # round 30h tuned on it, gold made consistent (untouched, start rules: 0.798 / 0.949 / 0.907 / 0.892)
    "heldout89": (1.00, 1.00, 0.98, 0.98),  # round 32i tuned on it, gold made consistent (untouched, start rules: 0.889 / 0.970 / 0.990 / 0.974)
    "heldout90": (0.98, 0.96, 1.00, 1.00),  # round 30i tuned on it, gold made consistent (untouched, start rules: 0.825 / 0.934 / 0.906 / 0.970)
    "heldout91": (0.90, 0.98, 1.00, 1.00),  # round 30j tuned on it, gold made consistent (untouched, start rules: 0.762 / 0.964 / 0.938 / 0.969)
    "heldout92": (1.00, 1.00, 1.00, 0.98),  # round 30k tuned on it, gold made consistent (untouched, start rules: 0.722 / 0.950 / 0.930 / 0.930)
    "heldout93": (0.98, 1.00, 1.00, 1.00),  # round 32k tuned on it, gold made consistent (untouched, start rules: 0.860 / 0.961 / 1.000 / 1.000)
    "heldout94": (0.94, 0.97, 0.98, 1.00),  # round 31k tuned on it, gold made consistent (untouched, start rules: 0.895 / 0.907 / 0.882 / 0.958)
    "heldout95": (0.96, 1.00, 1.00, 0.98),  # round 31c tuned on it, gold made consistent (untouched, start rules: 0.846 / 0.928 / 1.000 / 0.984)
    "heldout96": (0.96, 1.00, 1.00, 1.00),  # round 31d tuned on it, gold made consistent (untouched, start rules: 0.916 / 0.938 / 0.882 / 0.870)
    "heldout97": (1.00, 1.00, 1.00, 1.00),  # round 32b tuned on it, gold made consistent (untouched, start rules: 0.916 / 0.987 / 0.987 / 0.967)
    "heldout98": (0.97, 0.96, 1.00, 0.98),  # round 31e tuned on it, gold made consistent (untouched, start rules: 0.800 / 0.870 / 0.963 / 0.947)
    "heldout99": (0.94, 0.94, 0.98, 0.98),  # untouched: scores only (whole guidelines; against both 0.951 / 0.940)
    "heldout100": (0.97, 1.00, 1.00, 0.98),  # round 32g tuned on it, gold made consistent (untouched, start rules: 0.838 / 0.954 / 0.976 / 0.972)
    "heldout101": (0.89, 0.98, 0.97, 0.96),  # untouched: scores only (whole guidelines; against both 0.952 / 0.988)
    "heldout102": (0.84, 0.95, 0.97, 0.95),  # round 31j tuned on it, gold made consistent (untouched, start rules: 0.760 / 0.927 / 0.934 / 0.910)
    "heldout103": (0.97, 0.98, 1.00, 1.00),  # round 32h tuned on it, gold made consistent (untouched, start rules: 0.862 / 0.962 / 0.960 / 0.964)
    "heldout104": (0.95, 1.00, 0.96, 1.00),  # round 32e tuned on it, gold made consistent (untouched, start rules: 0.854 / 0.976 / 0.963 / 0.968)
    "heldout105": (0.92, 1.00, 0.97, 0.96),  # round 32f tuned on it, gold made consistent (untouched, start rules: 0.888 / 0.919 / 0.962 / 0.954)
    "heldout106": (0.92, 1.00, 1.00, 1.00),  # untouched: scores only (whole guidelines; against both 0.974 / 1.000)
    "heldout107": (0.93, 0.95, 0.95, 0.95),  # round 32c tuned on it, gold made consistent (untouched, start rules: 0.667 / 0.818 / 0.931 / 0.905)
    "heldout108": (0.97, 1.00, 1.00, 0.98),  # round 32d tuned on it, gold made consistent (untouched, start rules: 0.770 / 0.944 / 0.985 / 0.948)
    "heldout109": (0.98, 1.00, 1.00, 1.00),  # round 33b tuned on it, gold made consistent (untouched, start rules: 0.851 / 0.966 / 1.000 / 1.000)
    "heldout110": (0.98, 1.00, 1.00, 1.00),  # round 33c tuned on it, gold made consistent (untouched, start rules: 0.915 / 0.949 / 0.947 / 0.949)
    "heldout111": (0.86, 0.94, 1.00, 0.98),  # round 33a tuned on it, gold made consistent (untouched, start rules: 0.710 / 0.922 / 1.000 / 0.986)
    "heldout112": (0.90, 0.97, 0.98, 0.97),  # untouched: scores only (whole guidelines; against both 0.958 / 0.979)
    "heldout113": (0.88, 0.97, 0.97, 0.97),  # untouched: scores only (whole guidelines; against both 0.917 / 0.980)
    "heldout114": (0.89, 0.96, 0.99, 1.00),  # untouched: scores only (whole guidelines; against both 0.937 / 0.983)
    "heldout115": (0.93, 0.93, 0.98, 0.98),  # untouched: scores only (whole guidelines; against both 0.946 / 0.938)
    "heldout116": (1.00, 0.98, 0.96, 0.97),  # round 33f tuned on it, gold made consistent (untouched, start rules: 0.932 / 0.925 / 0.967 / 0.973)
    "heldout117": (0.89, 0.86, 0.97, 0.98),  # round 33d tuned on it, gold made consistent (untouched, start rules: 0.748 / 0.848 / 0.944 / 0.966)
    "heldout118": (0.99, 0.99, 1.00, 1.00),  # round 33e tuned on it, gold made consistent (untouched, start rules: 0.882 / 0.907 / 0.990 / 0.972)
    "heldout119": (0.96, 0.99, 1.00, 1.00),  # untouched: scores only (whole guidelines; against both 0.982 / 0.991)
    "heldout120": (0.91, 1.00, 0.97, 0.97),  # untouched: scores only (whole guidelines; against both 0.929 / 1.000)
    "heldout121": (0.90, 0.94, 0.99, 0.98),  # untouched: scores only (written at the end of the stop; against both 0.928 / 0.963)
    "heldout122": (0.89, 0.95, 0.93, 0.92),  # untouched: scores only (written at the end of the stop; against both 0.936 / 0.951)
    "heldout123": (0.90, 0.95, 1.00, 1.00),  # untouched: scores only (against both 0.954 / 0.961); 0.913 -> 0.906 at lead 35 (one false mention more against the first annotation, none against both; errors not read)
    "heldout125": (0.93, 0.97, 0.91, 0.91),  # untouched: scores only (against both 0.946 / 0.972)
    "heldout126": (0.92, 0.96, 0.96, 0.94),  # untouched: scores only (against both 0.961 / 0.969)
    "heldout127": (0.99, 1.00, 1.00, 1.00),  # round 34a tuned on it, gold made consistent (untouched, start rules: 0.720 / 0.926 / 0.991 / 0.986)
    "heldout128": (0.91, 0.96, 0.99, 1.00),  # untouched: scores only (against both 0.959 / 0.972)
    "heldout129": (0.90, 0.93, 0.98, 1.00),  # spent at the lead's round 37 (scored untouched before: against both 0.943 / 0.937); probe 37p3: e1599's "opening a new route for Vietnamese exports"
    "heldout130": (0.88, 0.93, 0.95, 0.97),  # untouched: scores only (against both 0.922 / 0.941)
    "heldout124": (0.92, 0.99, 0.98, 0.98),  # untouched: scores only (against both 0.943 / 0.993)
    "heldout131": (0.83, 0.96, 0.98, 0.98),  # untouched: scores only (against both 0.903 / 0.968)
    "heldout132": (0.92, 0.97, 0.96, 0.94),  # untouched: scores only (against both 0.957 / 0.989)
    "heldout133": (0.91, 0.95, 0.99, 0.98),  # untouched: scores only (written late in the stop; against both 0.932 / 0.957)
    "heldout134": (0.92, 0.98, 0.98, 0.98),  # untouched: scores only (written late in the stop; against both 0.946 / 0.981)
    "heldout135": (0.92, 0.99, 1.00, 1.00),  # untouched: scores only (written late; against both 0.958 / 0.993)
    "heldout136": (0.88, 0.99, 1.00, 1.00),  # untouched: scores only (against both 0.936 / 0.992)
    "heldout137": (0.90, 0.96, 0.97, 0.97),  # untouched: scores only (no second annotation)
    "heldout138": (0.92, 0.96, 0.99, 1.00),  # untouched: scores only (written late; against both 0.931 / 0.961)
    "heldout139": (0.83, 0.86, 1.00, 0.98),  # the lead's round 36 read its errors, gold as written (untouched, start rules: 0.829 / 0.863 / 1.000 / 0.985)
    "heldout140": (0.87, 0.93, 0.98, 0.97),  # untouched: scores only (written late; no second annotation)
    "heldout141": (0.88, 0.88, 0.98, 0.98),  # the lead's rounds 35a and 36a tuned on it, gold as written (untouched, start rules of stop 42: 0.861 / 0.853 / 0.957 / 0.952)
    "heldout142": (0.86, 0.97, 1.00, 1.00),  # untouched: scores only (written late; no second annotation)
    "heldout143": (0.92, 0.97, 0.99, 1.00),  # untouched: scores only (against both 0.944 / 0.978)
    "heldout144": (0.90, 0.97, 0.98, 0.98),  # untouched: scores only (against both 0.943 / 0.985)
    "heldout145": (0.91, 0.99, 0.99, 1.00),  # untouched: scores only (against both 0.935 / 0.993)
    "heldout146": (0.75, 0.88, 0.96, 0.98),  # the lead's round 36g tuned on it, gold as written (untouched, start rules: 0.759 / 0.882 / 0.808 / 0.831; against both 0.781 / 0.887)
    "heldout147": (0.93, 0.99, 1.00, 1.00),  # untouched: scores only (against both 0.946 / 0.992)
    "heldout148": (0.86, 0.97, 0.98, 0.98),  # untouched: scores only (against both 0.905 / 0.986)
    "heldout149": (0.86, 0.98, 0.99, 1.00),  # untouched: scores only (against both 0.922 / 0.983)
    "heldout150": (0.92, 0.93, 1.00, 1.00),  # untouched: scores only (against both 0.920 / 0.938)
    "heldout151": (0.90, 0.93, 0.96, 0.97),  # untouched: scores only (against both 0.939 / 0.939)
    "heldout152": (0.89, 0.95, 0.96, 0.98),  # untouched: scores only (against both 0.919 / 0.954)
    "heldout153": (0.84, 0.97, 1.00, 1.00),  # untouched: scores only (against both 0.909 / 0.976)
    "heldout154": (0.87, 0.95, 0.97, 1.00),  # untouched: scores only (against both 0.906 / 0.959)
    "heldout155": (0.88, 0.97, 0.97, 1.00),  # untouched: scores only (against both 0.889 / 0.977 with the start rules); one false mention more at the stop's final rules, not read
    "heldout156": (0.86, 0.96, 0.98, 0.97),  # untouched: scores only (against both 0.903 / 0.968)
    "heldout157": (0.88, 0.96, 1.00, 1.00),  # spent at the lead's round 40 (untouched before: against both 0.903 / 0.972); lead's round 44: precision 0.886, recall 0.965 ("studied at schools and universities", a row that names the study, is missed)
    "heldout158": (0.93, 0.96, 0.95, 0.93),  # untouched: scores only (against both 0.945 / 0.963)
    "heldout159": (0.88, 0.97, 0.97, 0.97),  # untouched: scores only (against both 0.921 / 0.983)
    "heldout160": (0.95, 0.95, 0.97, 0.97),  # untouched: scores only (against both 0.978 / 0.957)
    "heldout161": (0.89, 0.97, 1.00, 1.00),  # untouched: scores only (against both 0.913 / 0.983); probe 38p6's "social insurance for {word} workers" (one mention, as probe 37p10 writes it) joins the "migrant workers" e1983 marks apart (0.983 -> 0.975)
    "heldout162": (0.89, 0.94, 0.98, 1.00),  # untouched: scores only (against both 0.914 / 0.955)
    "heldout163": (0.91, 0.97, 0.97, 1.00),  # untouched: scores only (against both 0.933 / 0.979)
    "heldout166": (0.90, 0.96, 0.98, 0.97),  # untouched: scores only (against both 0.951 / 0.971)
    "heldout165": (0.90, 0.95, 0.99, 1.00),  # untouched: scores only (against both 0.916 / 0.949)
    "heldout164": (0.94, 0.98, 1.00, 1.00),  # untouched: scores only (against both 0.955 / 0.984)
    "heldout167": (0.89, 0.95, 0.98, 0.98),  # untouched: scores only (against both 0.920 / 0.975)
    "heldout168": (0.85, 0.97, 1.00, 0.98),  # untouched: scores only (against both 0.886 / 0.992)
    "heldout169": (0.93, 0.98, 1.00, 1.00),  # untouched: scores only (against both 0.984 / 0.984)
    "heldout170": (0.88, 0.98, 0.96, 0.98),  # untouched: scores only (against both 0.923 / 0.992)
    "heldout171": (0.88, 0.97, 1.00, 1.00),  # untouched: scores only (written late; no second annotation)
    "heldout172": (0.95, 0.95, 1.00, 1.00),  # untouched: scores only (written late; no second annotation)
    "heldout173": (0.91, 0.98, 1.00, 1.00),  # untouched: scores only (against both 0.947 / 0.984)
    "heldout174": (0.91, 0.96, 0.99, 1.00),  # untouched: scores only (against both 0.939 / 0.959)
    "heldout175": (0.93, 0.97, 1.00, 1.00),  # untouched: scores only (against both 0.940 / 0.979)
    "heldout176": (0.92, 0.96, 0.98, 0.98),  # untouched: scores only (written late; one annotation)
    "heldout177": (0.89, 0.99, 0.98, 0.98),  # untouched: scores only (against both 0.917 / 0.992)
    "heldout178": (0.93, 0.94, 1.00, 1.00),  # untouched: scores only (written late; one annotation)
    "heldout179": (0.93, 0.97, 1.00, 1.00),  # untouched: scores only (against both 0.957 / 0.985)
    "heldout180": (0.94, 0.99, 0.99, 1.00),  # untouched: scores only (against both 0.970 / 0.992)
    "heldout181": (0.91, 0.97, 0.99, 1.00),  # untouched: scores only (against both 0.930 / 0.971)
    "heldout182": (0.92, 0.94, 1.00, 1.00),  # untouched: scores only (against both 0.941 / 0.948)
    "heldout183": (0.86, 0.91, 0.97, 0.98),  # untouched: scores only (against both 0.927 / 0.936); lead's round 44: recall 0.929 -> 0.920, precision 0.874 -> 0.888 (scores only, errors not read)
    "heldout184": (0.91, 0.98, 1.00, 1.00),  # untouched: scores only (against both 0.955 / 0.985)
    "heldout185": (0.90, 0.97, 0.98, 0.98),  # untouched: scores only (against both 0.942 / 0.977)
    "heldout186": (0.93, 0.99, 0.96, 0.97),  # untouched: scores only (start rules of stop 49: 0.897; against both 0.944 / 0.993)
    "heldout187": (0.86, 0.88, 0.98, 0.98),  # untouched: scores only (start rules of stop 49: 0.805; against both 0.881 / 0.887); review 58 cost it one hit (0.871 / 0.889 -> 0.870 / 0.882; scores only, errors not read)
    "heldout188": (0.94, 0.97, 0.98, 0.96),  # untouched: scores only (start rules of stop 49: 0.924; against both 0.964 / 0.978)
    "heldout189": (0.95, 0.96, 0.94, 0.96),  # untouched: scores only (start rules of stop 49: 0.916; against both 0.966 / 0.966)
    "heldout190": (0.93, 0.96, 0.96, 0.98),  # untouched: scores only (start rules of stop 49: 0.939, the same; against both 0.962 / 0.962)
    "heldout191": (0.97, 0.93, 0.99, 1.00),  # untouched: scores only (start rules of stop 49: 0.967; against both 0.979 / 0.941)
}


@pytest.fixture(scope="module")
def project_scores():
    return evaluate(EVALUATION_DIR)


@pytest.mark.parametrize("part", list(LEVELS))
def test_the_evaluation_set_holds_its_level(project_scores, part):
    o, sp = project_scores[part].overall, project_scores[part].speakers
    precision, recall, side, speaker = LEVELS[part]
    assert o["precision"] >= precision
    assert o["recall"] >= recall
    assert o["side_accuracy"] >= side
    assert sp["speaker_side_accuracy"] >= speaker


# The set as VNA English and TASS spell it: Vietnamese names without diacritics, same offsets.
def test_without_diacritics_strips_texts_and_gold_at_the_same_offsets(mini):
    from framing.evaluate import _without_diacritics

    (mini / "reports" / "c.txt").write_text(
        " date 2024-03-01\nHà Nội (VNA) – Southern Minister Nguyễn Văn Đức met Northern Minister Arno "
        "Bell.\n\nĐức said tourism grew. – VNA",
        encoding="utf-8",
    )
    (mini / "documents.csv").write_text(
        "doc_id,file,split\na,a.txt,tune\nb,b.txt,heldout\nc,c.txt,heldout2\n", encoding="utf-8"
    )
    with open(mini / "annotations.csv", "a", encoding="utf-8") as f:
        f.write("c,tourism,1,tourism_sports,south,no,\n")
    with open(mini / "speakers.csv", "a", encoding="utf-8") as f:
        f.write("c,Đức said tourism grew,1,Nguyễn Văn Đức,south\n")
    ev = _without_diacritics(load_evaluation(mini))
    texts = dict(zip(ev.docs["doc_id"], ev.docs["text"], strict=True))
    assert texts["c"].endswith("Duc said tourism grew.") and "Nguyen Van Duc" in texts["c"]
    for table in (ev.gold, ev.speakers):
        for r in table.itertuples():
            assert texts[r.doc_id][r.start : r.end] == r.quote
    assert ev.speakers["speaker"].iloc[-1] == "Nguyen Van Duc"
    plain = evaluate(mini, split="heldout2")["heldout2"].overall
    folded = evaluate(mini, split="heldout2", without_diacritics=True)["heldout2"].overall
    # found in both spellings, and "Duc" is still the Southern minister of the first paragraph
    assert (plain["tp"], plain["side_accuracy"], folded["tp"], folded["side_accuracy"]) == (1, 1.0, 1, 1.0)


# VNA English and TASS write Vietnamese names without their marks ("To Lam", "Luong Cuong"); scored
# so (`evaluate --without-diacritics`, same gold), the parts keep the sides they reach with the
# marks. Measured in round 10 (issue 13), and again after round 11: side and speaker side with the marks and without them are
# equal on every part below (before the round, without: tune 0.983 / 0.980, heldout6 0.950 / 0.956,
# heldout7 0.880 / 0.909).
LEVELS_WITHOUT_DIACRITICS = {
    #          side   speaker side
    "tune": (0.99, 0.99),
    "heldout": (0.97, 0.97),  # untouched: scores only
    "heldout2": (0.98, 0.98),
    "heldout3": (0.99, 0.99),
    "heldout4": (0.99, 0.99),
    "heldout5": (0.99, 0.99),
    "heldout6": (0.99, 0.99),
    "heldout7": (0.99, 0.99),
    "heldout8": (0.99, 0.99),
    "heldout9": (0.99, 0.99),
    "heldout10": (0.99, 0.99),
    "heldout11": (0.99, 0.98),  # untouched: scores only (round 16's party clauses and field words: precision 0.910 -> 0.897)
    "heldout12": (0.98, 0.98),
    "heldout13": (0.99, 0.99),
    "heldout14": (0.99, 0.99),
    "heldout15": (0.99, 0.98),  # round 28d tuned on it
    "heldout16": (0.96, 0.97),
    "heldout17": (0.99, 0.99),  # round 16 tuned on it
    "heldout18": (0.99, 0.99),  # round 16 tuned on it
    "heldout19": (0.99, 0.99),  # round 17 tuned on it
    "heldout20": (0.98, 0.98),  # round 17 tuned on it
    "heldout21": (0.97, 0.95),  # round 17 tuned on it
    "heldout22": (0.99, 0.99),  # round 18 tuned on it
    "heldout23": (1.00, 1.00),  # round 29d tuned on it
    "heldout24": (0.99, 0.98),  # round 22a tuned on it
    "heldout25": (0.94, 0.95),  # round 19 tuned on it
    "heldout26": (0.94, 0.93),  # round 19 tuned on it
    "heldout27": (0.99, 0.98),  # round 31b tuned on it
    "heldout28": (1.00, 0.97),  # round 20 tuned on it
    "heldout29": (0.99, 0.97),  # round 22b tuned on it
    "heldout30": (0.99, 0.99),  # round 28h tuned on it
    "heldout31": (0.94, 0.91),  # untouched: scores only
    "heldout32": (0.95, 0.95),  # round 21 tuned on it (speakers: spk8)
    "heldout33": (0.99, 0.99),  # round 23b tuned on it
    "heldout34": (0.98, 0.95),  # untouched: scores only
    "heldout35": (0.99, 0.99),  # round 23a tuned on it
    "heldout36": (0.98, 0.97),  # round 31i tuned on it
    "heldout37": (1.00, 1.00),  # round 29c tuned on it
    "heldout38": (0.99, 0.99),  # round 24b tuned on it
    "heldout39": (0.99, 0.99),  # round 24a tuned on it
    "heldout40": (0.97, 0.97),  # round 24c tuned on it
    "heldout41": (1.00, 0.98),  # round 32j tuned on it
    "heldout42": (0.99, 0.99),  # round 24d tuned on it
    "heldout43": (0.95, 0.93),  # untouched: scores only
    "heldout44": (0.97, 0.92),  # untouched: scores only
    "heldout45": (0.95, 0.97),  # round 24e tuned on it (Vietnamese names without marks lose 2 speakers)
    "heldout46": (0.97, 0.93),  # round 24f tuned on it
    "heldout47": (0.97, 0.98),  # round 27a tuned on it
    "heldout48": (0.99, 0.99),  # round 27c tuned on it
    "heldout49": (0.98, 0.97),  # round 25a tuned on it
    "heldout50": (0.98, 1.00),  # untouched: scores only
    "heldout51": (1.00, 1.00),  # round 25b tuned on it
    "heldout52": (1.00, 1.00),  # untouched: scores only
    "heldout53": (1.00, 1.00),  # round 26a tuned on it
    "heldout54": (0.99, 0.99),  # round 27b tuned on it
    "heldout55": (1.00, 1.00),  # round 26b tuned on it
    "heldout56": (0.99, 0.99),  # round 27d tuned on it
    "heldout57": (0.99, 0.99),  # round 28c tuned on it
    "heldout58": (0.98, 0.99),  # round 28b tuned on it
    "heldout59": (0.99, 0.99),  # round 28g tuned on it
    "heldout60": (0.98, 0.96),  # untouched: scores only
    "heldout61": (0.99, 0.99),  # round 28a tuned on it
    "heldout62": (0.99, 0.99),  # round 28i tuned on it
    "heldout63": (0.97, 0.93),  # untouched: scores only
    "heldout64": (0.99, 0.98),  # round 28e tuned on it
    "heldout65": (0.98, 0.96),  # round 28f tuned on it
    "heldout66": (1.00, 1.00),  # round 29a tuned on it
    "heldout67": (1.00, 1.00),  # round 29b tuned on it
    "heldout68": (0.96, 0.98),  # round 29e tuned on it
    "heldout69": (1.00, 1.00),  # round 29f tuned on it
    "heldout70": (1.00, 1.00),  # round 29i tuned on it
    "heldout71": (1.00, 1.00),  # round 29h tuned on it
    "heldout72": (1.00, 1.00),  # round 29g tuned on it
    "heldout73": (1.00, 1.00),  # round 30c tuned on it
    "heldout74": (1.00, 0.98),  # round 31h tuned on it
    "heldout75": (0.97, 0.98),  # untouched: scores only
    "heldout76": (0.96, 0.98),  # untouched: scores only
    "heldout77": (1.00, 1.00),  # round 30a tuned on it
    "heldout78": (1.00, 1.00),  # round 30b tuned on it
    "heldout79": (1.00, 1.00),  # round 31f tuned on it
    "heldout80": (1.00, 1.00),  # round 30e tuned on it
    "heldout81": (0.98, 0.98),  # round 31a tuned on it
    "heldout82": (1.00, 0.98),  # round 32a tuned on it
    "heldout83": (1.00, 0.95),  # round 30d tuned on it
    "heldout84": (1.00, 0.98),  # untouched: scores only
    "heldout85": (1.00, 0.98),  # round 30g tuned on it
    "heldout86": (1.00, 1.00),  # round 31g tuned on it
    "heldout87": (0.97, 0.98),  # round 30f tuned on it
    "heldout88": (1.00, 1.00),  # round 30h tuned on it
    "heldout89": (0.98, 0.98),  # round 32i tuned on it
    "heldout90": (1.00, 1.00),  # round 30i tuned on it
    "heldout91": (1.00, 1.00),  # round 30j tuned on it
    "heldout92": (0.98, 0.96),  # round 30k tuned on it
    "heldout93": (1.00, 1.00),  # round 32k tuned on it
    "heldout94": (0.98, 1.00),  # round 31k tuned on it
    "heldout95": (1.00, 0.98),  # round 31c tuned on it
    "heldout96": (1.00, 1.00),  # round 31d tuned on it
    "heldout97": (1.00, 1.00),  # round 32b tuned on it
    "heldout98": (1.00, 0.98),  # round 31e tuned on it
    "heldout99": (0.98, 0.98),  # untouched: scores only
    "heldout100": (1.00, 0.98),  # round 32g tuned on it
    "heldout101": (0.97, 0.96),  # untouched: scores only
    "heldout102": (0.97, 0.95),  # round 31j tuned on it
    "heldout103": (1.00, 1.00),  # round 32h tuned on it
    "heldout104": (0.96, 1.00),  # round 32e tuned on it
    "heldout105": (0.96, 0.95),  # round 32f tuned on it
    "heldout106": (1.00, 1.00),  # untouched: scores only
    "heldout107": (0.95, 0.95),  # round 32c tuned on it
    "heldout108": (1.00, 0.98),  # round 32d tuned on it
    "heldout109": (1.00, 1.00),  # round 33b tuned on it
    "heldout110": (1.00, 1.00),  # round 33c tuned on it
    "heldout111": (1.00, 0.98),  # round 33a tuned on it
    "heldout112": (0.98, 0.97),  # untouched: scores only
    "heldout113": (0.97, 0.97),  # untouched: scores only
    "heldout114": (0.99, 1.00),  # untouched: scores only
    "heldout115": (0.98, 0.98),  # untouched: scores only
    "heldout116": (0.96, 0.97),  # round 33f tuned on it
    "heldout117": (0.97, 0.98),  # round 33d tuned on it
    "heldout118": (1.00, 1.00),  # round 33e tuned on it
    "heldout119": (1.00, 1.00),  # untouched: scores only
    "heldout120": (0.97, 0.97),  # untouched: scores only
    "heldout121": (0.99, 0.98),  # untouched: scores only
    "heldout122": (0.93, 0.92),  # untouched: scores only
    "heldout123": (1.00, 1.00),  # untouched: scores only
    "heldout125": (0.91, 0.91),  # untouched: scores only
    "heldout126": (0.96, 0.94),  # untouched: scores only
    "heldout127": (1.00, 1.00),  # round 34a tuned on it
    "heldout128": (0.99, 1.00),  # untouched: scores only
    "heldout129": (0.98, 1.00),  # untouched: scores only
    "heldout130": (0.95, 0.97),  # untouched: scores only
    "heldout124": (0.98, 0.98),  # untouched: scores only
    "heldout131": (0.98, 0.98),  # untouched: scores only
    "heldout132": (0.96, 0.94),  # untouched: scores only
    "heldout133": (0.99, 0.98),  # untouched: scores only
    "heldout134": (0.98, 0.98),  # untouched: scores only
    "heldout135": (1.00, 1.00),  # untouched: scores only
    "heldout136": (1.00, 1.00),  # untouched: scores only
    "heldout137": (0.97, 0.97),  # untouched: scores only
    "heldout138": (0.97, 0.96),  # untouched: scores only
    "heldout139": (1.00, 0.98),  # the lead's round 36 read its errors
    "heldout140": (0.98, 0.97),  # untouched: scores only
    "heldout141": (0.98, 0.98),  # the lead's rounds 35a and 36a tuned on it
    "heldout142": (1.00, 1.00),  # untouched: scores only
    "heldout143": (0.99, 1.00),  # untouched: scores only
    "heldout144": (0.98, 0.98),  # untouched: scores only
    "heldout145": (0.99, 1.00),  # untouched: scores only
    "heldout146": (0.94, 0.97),  # the lead's round 36g tuned on it; lead's round 44: side 0.950 of fewer hits
    "heldout147": (1.00, 1.00),  # untouched: scores only
    "heldout148": (0.98, 0.98),  # untouched: scores only
    "heldout149": (0.99, 1.00),  # untouched: scores only
    "heldout150": (1.00, 1.00),  # untouched: scores only
    "heldout151": (0.96, 0.97),  # untouched: scores only
    "heldout152": (0.96, 0.98),  # untouched: scores only
    "heldout153": (1.00, 1.00),  # untouched: scores only
    "heldout154": (0.97, 1.00),  # untouched: scores only
    "heldout155": (0.97, 1.00),  # untouched: scores only
    "heldout156": (0.98, 0.97),  # untouched: scores only
    "heldout157": (1.00, 1.00),  # untouched: scores only
    "heldout158": (0.95, 0.93),  # untouched: scores only
    "heldout159": (0.97, 0.97),  # untouched: scores only
    "heldout160": (0.97, 0.97),  # untouched: scores only
    "heldout161": (1.00, 1.00),  # untouched: scores only
    "heldout162": (0.98, 1.00),  # untouched: scores only
    "heldout163": (0.97, 1.00),  # untouched: scores only
    "heldout166": (0.98, 0.97),  # untouched: scores only
    "heldout165": (0.99, 1.00),  # untouched: scores only
    "heldout164": (1.00, 1.00),  # untouched: scores only
    "heldout167": (0.98, 0.98),  # untouched: scores only
    "heldout168": (1.00, 0.98),  # untouched: scores only
    "heldout169": (1.00, 1.00),  # untouched: scores only
    "heldout170": (0.96, 0.98),  # untouched: scores only
    "heldout171": (1.00, 1.00),  # untouched: scores only
    "heldout172": (1.00, 1.00),  # untouched: scores only
    "heldout173": (1.00, 1.00),  # untouched: scores only
    "heldout174": (0.99, 1.00),  # untouched: scores only
    "heldout175": (1.00, 1.00),  # untouched: scores only
    "heldout176": (0.98, 0.98),  # untouched: scores only
    "heldout177": (0.98, 0.98),  # untouched: scores only
    "heldout178": (1.00, 1.00),  # untouched: scores only
    "heldout179": (1.00, 1.00),  # untouched: scores only
    "heldout180": (0.99, 1.00),  # untouched: scores only
    "heldout181": (0.99, 1.00),  # untouched: scores only
    "heldout182": (1.00, 1.00),  # untouched: scores only
    "heldout183": (0.97, 0.98),  # untouched: scores only
    "heldout184": (1.00, 1.00),  # untouched: scores only
    "heldout185": (0.98, 0.98),  # untouched: scores only
    "heldout186": (0.96, 0.97),  # untouched: scores only
    "heldout187": (0.99, 0.98),  # untouched: scores only
    "heldout188": (0.98, 0.96),  # untouched: scores only
    "heldout189": (0.94, 0.96),  # untouched: scores only
    "heldout190": (0.96, 0.98),  # untouched: scores only
    "heldout191": (0.99, 1.00),  # untouched: scores only
}


@pytest.fixture(scope="module")
def project_scores_without_diacritics():
    return evaluate(EVALUATION_DIR, without_diacritics=True)


@pytest.mark.parametrize("part", list(LEVELS_WITHOUT_DIACRITICS))
def test_the_evaluation_set_holds_its_level_without_diacritics(project_scores_without_diacritics, part):
    scores = project_scores_without_diacritics[part]
    side, speaker = LEVELS_WITHOUT_DIACRITICS[part]
    assert scores.overall["side_accuracy"] >= side
    assert scores.speakers["speaker_side_accuracy"] >= speaker


def test_a_quote_copied_with_other_marks_or_spacing_is_found_where_it_is_the_same_text():
    from framing.evaluate import _locate

    raw = "The CPV’s ties with the CPRF —\nparty-to-party — grew. The CPV’s ties"
    assert _locate(raw, "CPV’s ties", 2) == (58, 68)  # exact: "CPRF" is at 24, the line end at 30
    assert _locate(raw, "CPV's ties", 1) == (4, 14)  # a straight apostrophe for a curly one
    assert _locate(raw, "CPV's ties", 2) == (58, 68)
    assert _locate(raw, "CPRF - party-to-party", 1) == (24, 45)  # a hyphen for a dash, a space for a line end
    assert _locate(raw, "CPV's ties", 3) == (-1, -1)
    assert _locate(raw, "CPRF party", 1) == (-1, -1)  # a word left out is no match
    assert _locate("the CPV´s ties", "CPV's ties", 1) == (4, 14)  # an acute accent for an apostrophe
    # occurrences overlap in the loose search as in the exact one: "the\xa0the" at 0, "the the" at 4
    assert _locate("the\xa0the the", "the the", 2) == (4, 11)


# A second annotation of report a: trade voiced by the south, education and tourism required, the
# weather no mention and its sentence nobody's.
SECOND_ANNOTATIONS = """\
doc_id,quote,occurrence,sector,side,optional,note
a,energy,1,energy,north,no,
a,trade,1,economy,south,no,
a,education,1,education,south,no,
a,tourism,1,tourism_sports,south,no,
"""
SECOND_SPEAKERS = """\
doc_id,quote,occurrence,speaker,side
a,Northern Minister Arno Bell said,1,Arno Bell,north
a,Southern Deputy Minister Ivan Petrov,1,Ivan Petrov,south
a,He praised education,1,Ivan Petrov,south
"""


def test_agreement_of_a_second_annotation_as_worked_by_hand(mini, capsys):
    from framing.evaluate import agreement, format_agreement

    (mini / "second").mkdir()
    (mini / "second" / "annotations.csv").write_text(SECOND_ANNOTATIONS, encoding="utf-8")
    (mini / "second" / "speakers.csv").write_text(SECOND_SPEAKERS, encoding="utf-8")
    result = agreement(mini)
    assert list(result) == ["tune"] and result["tune"].docs == ["a"]  # b has no second annotation
    m = result["tune"].mentions.set_index("comparison")
    # second vs first: energy, trade hit; education a false positive; tourism meets the first's
    # optional row (not scored); weather missed
    assert tuple(m.loc["second vs first", ["tp", "fp", "fn"]]) == (2, 1, 1)
    assert m.loc["second vs first", "side_accuracy"] == pytest.approx(1 / 2)  # trade: south vs joint
    # first vs second: weather is the false positive, education and tourism the misses
    assert tuple(m.loc["first vs second", ["tp", "fp", "fn"]]) == (2, 1, 2)
    assert m.loc["first vs second", "f1"] == pytest.approx(2 * (2 / 3) * (1 / 2) / (2 / 3 + 1 / 2))
    # the system finds energy, trade, tourism, education: all four are the second annotation's
    assert tuple(m.loc["system vs second", ["tp", "fp", "fn"]]) == (4, 0, 0)
    assert m.loc["system vs second", "side_accuracy"] == 1.0
    assert tuple(m.loc["system vs first", ["tp", "fp", "fn"]]) == (2, 1, 1)
    # required by both: energy and trade; weather, tourism and education are disputed (optional)
    assert tuple(m.loc["system vs both", ["gold", "tp", "fp", "fn"]]) == (2, 2, 0, 0)
    sp = result["tune"].speakers
    assert (sp["same_side"], sp["n_sentences"], sp["same_side_either"], sp["n_either"]) == (3, 4, 3, 4)
    # sides (first) north, south, south, south; (second) north, south, south, narrator:
    # p_o = 3/4, p_e = 1/4*1/4 + 3/4*2/4 = 7/16, kappa = (12/16 - 7/16) / (9/16) = 5/9
    assert sp["kappa"] == pytest.approx(5 / 9)
    text = format_agreement(result)
    assert "== tune: 1 reports annotated twice" in text and "kappa 0.556" in text
    assert cli.main(["agreement", "--set", str(mini)]) == 0
    assert "system vs both" in capsys.readouterr().out
    # a second annotation that names a report the set lacks stops with one line
    (mini / "second" / "documents.csv").write_text("doc_id\na\nzz\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="zz"):
        agreement(mini)
    with pytest.raises(AnalysisError, match="heldout"):
        (mini / "second" / "documents.csv").write_text("doc_id\na\n", encoding="utf-8")
        agreement(mini, split="heldout")


def test_agreement_errors_name_what_is_wrong_in_one_line(mini, capsys):
    from framing.evaluate import agreement

    (mini / "second").mkdir()
    (mini / "second" / "annotations.csv").write_text(SECOND_ANNOTATIONS, encoding="utf-8")
    (mini / "second" / "speakers.csv").write_text(SECOND_SPEAKERS, encoding="utf-8")
    # a part name that is no part of the second annotation lists the parts it has
    assert cli.main(["agreement", "--set", str(mini), "--split", "Tune"]) == 2
    assert capsys.readouterr().err == f"framing: split: {mini / 'second'} has no report of part 'Tune'; its parts: tune\n"
    # rows of a report its documents.csv leaves out are not dropped without a word
    (mini / "second" / "documents.csv").write_text("doc_id\nb\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="no row for 'a'"):
        agreement(mini)
    # an empty second annotation is an error, not an empty report
    (mini / "second" / "documents.csv").unlink()
    (mini / "second" / "annotations.csv").write_text(SECOND_ANNOTATIONS.splitlines()[0] + "\n", encoding="utf-8")
    (mini / "second" / "speakers.csv").write_text(SECOND_SPEAKERS.splitlines()[0] + "\n", encoding="utf-8")
    assert cli.main(["agreement", "--set", str(mini)]) == 2
    assert capsys.readouterr().err == f"framing: second: {mini / 'second'} annotates no report of {mini}\n"
    # must not touch: documents.csv may list a report with no rows (the second annotator found none)
    (mini / "second" / "documents.csv").write_text("doc_id\na\n", encoding="utf-8")
    assert list(agreement(mini)) == ["tune"]


# The second, independent annotation of six parts (data/evaluation/second): F1 of the second
# annotation scored against the first, and Cohen's kappa of sentence sides, floor-rounded. As written
# (before any round tuned on these parts) the F1 were 0.974, 0.927, 0.976, 0.971, 0.964, 0.946; the
# rounds that tuned on heldout17-22 then made the first annotation consistent where the guidelines
# settle a disputed case, so these are the agreement of the gold as it stands.
AGREEMENT = {
    "heldout13": (0.97, 1.00),
    "heldout17": (0.96, 0.99),
    "heldout18": (0.98, 0.99),
    "heldout20": (0.97, 0.99),
    "heldout21": (0.98, 0.99),
    "heldout22": (0.95, 0.98),
    "heldout23": (0.949, 1.00),
    "heldout24": (0.98, 1.00),  # round 22a tuned on it
    "heldout25": (0.92, 0.97),  # consistency 2 made one first-annotation sentence of figures by a body's data narrator (0.979)
    "heldout26": (0.92, 1.00),
    "heldout27": (0.96, 0.96),
    "heldout28": (0.93, 0.97),
    "heldout29": (0.98, 1.00),  # round 22b tuned on it
    "heldout30": (0.95, 0.98),  # round 28h made the first annotation consistent (as written 0.94)
    "heldout31": (0.93, 1.00),
    "heldout32": (0.95, 1.00),  # round 21 made the first annotation consistent
    "heldout33": (0.96, 0.97),
    "heldout34": (0.97, 0.98),
    "heldout35": (0.89, 0.98),
    "heldout36": (0.97, 1.00),
    "heldout37": (0.97, 1.00),
    "heldout38": (0.94, 1.00),
    "heldout39": (0.95, 1.00),
    "heldout40": (0.95, 0.97),
    "heldout41": (0.97, 1.00),  # round 32j edited the first annotation (was 0.98, 1.00)
    "heldout42": (0.93, 1.00),
    "heldout43": (0.96, 0.98),
    "heldout44": (0.95, 1.00),
    "heldout45": (0.88, 0.98),
    "heldout46": (0.89, 0.96),
    "heldout47": (0.85, 1.00),
    "heldout48": (0.95, 1.00),
    "heldout49": (0.98, 1.00),  # round 25a made the first annotation consistent (as written 0.966)
    "heldout50": (0.98, 0.95),
    "heldout51": (0.97, 1.00),  # round 25b made the first annotation consistent (as written 0.904)
    "heldout52": (0.96, 1.00),
    "heldout53": (0.97, 0.98),  # round 26a made the first annotation consistent (as written 0.966)
    "heldout54": (0.95, 1.00),
    "heldout55": (0.97, 0.95),  # round 26b made the first annotation consistent (as written 0.945)
    "heldout56": (0.91, 0.98),
    "heldout57": (0.97, 1.00),  # round 28c made the first annotation consistent
    "heldout58": (0.99, 1.00),  # round 28b made the first annotation consistent (as written 0.974)
    "heldout59": (0.96, 0.98),  # round 28g made the first annotation consistent (as written 0.935)
    "heldout60": (0.95, 1.00),  # lead's round 44 made first-annotation rows of bare institutions optional (second vs first 0.958)
    "heldout61": (0.99, 1.00),  # round 28a made the first annotation consistent (as written 0.950)
    "heldout62": (0.99, 1.00),  # round 28i made the first annotation consistent (as written 0.973)
    "heldout63": (0.88, 1.00),
    "heldout64": (0.99, 1.00),  # round 28e made the first annotation consistent (as written 0.883)
    "heldout65": (0.98, 0.96),  # round 28f made the first annotation consistent (as written 0.967); consistency 2 made e830 "according to Russian customs data" narrator, as the guidelines say (0.969)
    "heldout66": (0.96, 1.00),
    "heldout67": (0.94, 0.98),
    "heldout68": (0.95, 0.95),
    "heldout69": (0.97, 1.00),
    "heldout70": (0.98, 0.98),
    "heldout71": (0.98, 0.98),
    "heldout72": (0.96, 1.00),
    "heldout73": (0.95, 1.00),
    "heldout74": (0.98, 1.00),
    "heldout75": (0.98, 0.98),
    "heldout76": (0.96, 0.98),
    "heldout77": (0.95, 0.98),
    "heldout78": (0.96, 0.95),
    "heldout79": (0.97, 0.98),
    "heldout80": (0.97, 1.00),
    "heldout81": (0.95, 0.98),
    "heldout82": (0.97, 1.00),
    "heldout83": (0.91, 1.00),
    "heldout84": (0.98, 1.00),
    "heldout85": (0.95, 1.00),
    "heldout86": (0.95, 0.97),
    "heldout87": (0.94, 1.00),
    "heldout88": (0.96, 1.00),
    "heldout89": (0.95, 1.00),
    "heldout90": (0.97, 1.00),
    "heldout91": (0.93, 1.00),
    "heldout92": (0.93, 1.00),
    "heldout93": (0.94, 0.98),
    "heldout94": (0.99, 1.00),
    "heldout95": (0.95, 1.00),
    "heldout96": (0.96, 0.96),
    "heldout97": (0.99, 0.98),
    "heldout98": (0.91, 1.00),
    "heldout99": (0.98, 1.00),
    "heldout100": (0.94, 0.98),
    "heldout101": (0.97, 1.00),
    "heldout102": (0.96, 0.97),
    "heldout103": (0.95, 1.00),
    "heldout104": (0.97, 0.97),
    "heldout105": (0.96, 1.00),
    "heldout106": (0.96, 1.00),
    "heldout107": (0.86, 1.00),
    "heldout108": (0.95, 1.00),
    "heldout109": (0.96, 1.00),
    "heldout110": (0.98, 0.98),
    "heldout111": (0.97, 0.98),
    "heldout112": (0.98, 1.00),
    "heldout113": (0.98, 0.97),
    "heldout114": (0.97, 0.96),
    "heldout115": (0.97, 0.98),
    "heldout116": (0.98, 0.98),
    "heldout117": (0.95, 0.98),  # round 33d: gold edits (two spans split at "on" as the tuned parts; optional rows where the annotators split) moved F1 0.961 -> 0.957
    "heldout118": (0.98, 1.00),
    "heldout119": (0.99, 1.00),
    "heldout120": (0.99, 1.00),
    "heldout121": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout122": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout123": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout125": (0.98, 0.97),  # second annotation made in a folder without the first
    "heldout126": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout127": (0.94, 1.00),  # second annotation made in a folder without the first
    "heldout128": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout129": (0.97, 1.00),  # second annotation made in a folder without the first
    "heldout130": (0.98, 0.98),  # second annotation made in a folder without the first
    "heldout124": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout131": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout132": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout133": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout134": (0.99, 0.98),  # second annotation made in a folder without the first
    "heldout135": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout136": (0.97, 1.00),  # second annotation made in a folder without the first
    "heldout138": (0.98, 0.98),  # second annotation made in a folder without the first
    "heldout141": (0.95, 1.00),  # second annotation made in a folder without the first
    "heldout143": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout144": (0.97, 0.97),  # second annotation made in a folder without the first
    "heldout145": (0.98, 0.97),  # second annotation made in a folder without the first
    "heldout146": (0.96, 1.00),  # second annotation made in a folder without the first
    "heldout147": (0.99, 1.00),  # second annotation made in a folder without the first
    "heldout148": (0.97, 1.00),  # second annotation made in a folder without the first
    "heldout149": (0.99, 1.00),  # second annotation made in a folder without the first
    "heldout150": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout151": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout152": (0.99, 1.00),  # second annotation made in a folder without the first
    "heldout153": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout154": (0.99, 0.95),  # second annotation made in a folder without the first
    "heldout155": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout156": (0.97, 1.00),  # second annotation made in a folder without the first
    "heldout157": (0.99, 1.00),  # second annotation made in a folder without the first
    "heldout158": (0.99, 0.98),  # second annotation made in a folder without the first
    "heldout159": (0.98, 0.98),  # second annotation made in a folder without the first
    "heldout160": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout161": (0.99, 1.00),  # second annotation made in a folder without the first
    "heldout162": (0.98, 0.98),  # second annotation made in a folder without the first
    "heldout163": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout166": (0.97, 1.00),  # second annotation made in a folder without the first
    "heldout165": (0.98, 0.98),  # second annotation made in a folder without the first
    "heldout164": (0.98, 0.98),  # second annotation made in a folder without the first
    "heldout167": (0.97, 0.91),  # second annotation made in a folder without the first
    "heldout168": (0.97, 1.00),  # second annotation made in a folder without the first
    "heldout169": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout173": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout170": (0.96, 1.00),  # second annotation made in a folder without the first (came in after stop 46 ended)
    "heldout174": (0.97, 1.00),  # second annotation made in a folder without the first
    "heldout179": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout177": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout175": (0.98, 0.96),  # second annotation made in a folder without the first
    "heldout180": (0.98, 0.98),  # second annotation made in a folder without the first
    "heldout181": (0.96, 1.00),  # second annotation made in a folder without the first
    "heldout182": (0.97, 1.00),  # second annotation made in a folder without the first
    "heldout183": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout184": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout185": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout186": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout187": (0.97, 1.00),  # second annotation made in a folder without the first
    "heldout188": (0.99, 1.00),  # second annotation made in a folder without the first
    "heldout189": (0.98, 1.00),  # second annotation made in a folder without the first
    "heldout190": (0.99, 1.00),  # second annotation made in a folder without the first
    "heldout191": (0.97, 1.00),  # second annotation made in a folder without the first
}


@pytest.fixture(scope="module")
def project_agreement():
    from framing.evaluate import agreement

    return agreement(EVALUATION_DIR)


def test_the_second_annotation_agrees_at_its_level(project_agreement):
    assert sorted(project_agreement) == sorted(AGREEMENT)
    for part, (f1, kappa) in AGREEMENT.items():
        m = project_agreement[part].mentions.set_index("comparison")
        assert m.loc["second vs first", "f1"] >= f1, part
        assert project_agreement[part].speakers["kappa"] >= kappa, part


def test_an_undecodable_or_empty_table_fails_with_one_line(mini):
    # an annotations file in another encoding, or empty, names the file and the problem
    (mini / "annotations.csv").write_bytes(b"\xff\xfedoc_id,quote\n")
    with pytest.raises(CorpusError) as err:
        load_evaluation(mini)
    assert str(err.value) == f"{mini / 'annotations.csv'}: not UTF-8 text (byte 0); save it as UTF-8"
    (mini / "annotations.csv").write_text("", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"annotations.csv: not a readable CSV table: No columns to parse"):
        load_evaluation(mini)
    assert cli.main(["agreement", "--set", str(mini)]) == 2  # through the command: exit status 2
