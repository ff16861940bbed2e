"""framing.report.notebook: the helpers the study notebooks share, on small made-up tables."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from types import SimpleNamespace

import IPython.display
import pandas as pd
import pytest

from framing.errors import AnalysisError, LexiconError
from framing.report.notebook import (
    REGISTERS_FILE,
    arrow,
    cell_count,
    change_listing,
    load_registers,
    period_table,
    quote_sentence,
    say,
    share_of,
    show_kwic,
    study_analysis,
    study_figure,
    topic_terms_table,
)

ROOT = Path(__file__).resolve().parents[1]
STUDY = ROOT / "study.yml"
OVER_TIME = ROOT / "data" / "examples" / "over-time"

# Six sentences of two periods with their speakers' sides: by hand, 2025-10 has vietnam 1, joint 2;
# 2026-02 has russia 2, vietnam 1 (and no joint sentence).
SENTENCES = pd.DataFrame(
    {
        "doc_id": ["d1", "d1", "d1", "d2", "d2", "d2"],
        "period": pd.Categorical(["2025-10"] * 3 + ["2026-02"] * 3),
        "sentence_id": [0, 1, 2, 0, 1, 2],
        "speaker": ["Lâm", "both sides", "both sides", "Trung", "Medvedev", "Zyuganov"],
        "side": ["vietnam", "joint", "joint", "vietnam", "russia", "russia"],
        "text": [
            "Lâm said Việt Nam wishes to expand cooperation.",
            "Both sides agreed to boost energy cooperation.",
            "They also discussed regional issues.",
            "Trung briefed the Russian side on the Congress.",
            "Medvedev said the parties will train cadres.",
            "Zyuganov described Việt Nam as a model.",
        ],
    }
)


@pytest.fixture
def shown(monkeypatch):
    """What the helpers pass to IPython's display, in order."""
    objects = []
    monkeypatch.setattr(IPython.display, "display", lambda *objs, **kw: objects.extend(objs))
    return objects


# --- the analysis and figures of a notebook ------------------------------------------------------


@pytest.fixture(scope="module")
def study_run():
    """The project's study, analysed as the notebooks do with their default parameters."""
    return study_analysis(STUDY)


def test_study_analysis_with_defaults_is_the_study_as_make_figures_builds_it(study_run):
    import framing
    from framing.report.tables import comparison

    study = framing.load_study(STUDY)
    docs = framing.load_corpus(study.corpus, metadata=study.metadata)
    expected = framing.analyse(docs, study=study)
    a = study_run
    assert a.groups == expected.groups
    assert comparison(a) == comparison(expected)
    assert a.study.random_state == study.random_state
    for name in ("docs", "sentences", "tokens", "mentions"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(expected, name))
    # the study's actors are loaded: speakers are named people, not only the narrator
    assert set(a.sentences["speaker"]) - {"narrator"}
    assert set(a.sentences["side"]) >= set(study.side_ids)


def test_study_analysis_keeps_the_study_for_its_own_corpus_folder(study_run):
    import framing

    study = framing.load_study(STUDY)
    a = study_analysis(STUDY, corpus=study.corpus, random_state=7)
    assert a.study.actors == study.actors and a.study.reference == study.reference
    assert a.study.random_state == 7
    pd.testing.assert_frame_equal(a.sentences, study_run.sentences)


def test_study_analysis_of_two_periods_of_another_corpus():
    from framing.report.tables import comparison

    a = study_analysis(STUDY, corpus=OVER_TIME, periods=["2024-01", "2021-06"])
    # only the two periods' documents; the later one is the reference when the call says so
    assert sorted(a.docs["period"]) == ["2021-06", "2024-01"]
    assert a.groups == ("2021-06", "2024-01")
    assert comparison(a) == ("2024-01", "2021-06")
    assert set(a.tokens["period"].astype(str)) == {"2021-06", "2024-01"}
    # another folder: its own metadata, none of the study's groups
    assert a.study.metadata is None and a.study.groups == ()
    every = study_analysis(STUDY, corpus=OVER_TIME)
    assert len(every.groups) == 10 and comparison(every) == (every.groups[0], every.groups[-1])


@pytest.mark.parametrize(
    ("periods", "problem"),
    [
        (["2021-06", "2021-06"], "must be two different groups"),
        (["2021-06"], "must be two different groups"),
        ("2021-06", "must be two different groups"),
        (["1999-01", "1999-02"], "no document of the corpus is in '1999-01' or '1999-02'"),
    ],
)
def test_study_analysis_refuses_periods_that_are_not_two_groups_of_the_corpus(periods, problem):
    with pytest.raises(AnalysisError, match=problem):
        study_analysis(STUDY, corpus=OVER_TIME, periods=periods)


def test_study_analysis_checks_the_seed():
    with pytest.raises(AnalysisError, match="random_state"):
        study_analysis(STUDY, corpus=OVER_TIME, random_state=-1)


def test_study_figure_draws_a_registered_figure_with_the_options_of_make_figures(study_run, monkeypatch):
    from framing.report import export
    from framing.stats import sector_summary

    a = study_run
    summary = sector_summary(a.mentions, a.tokens, by=a.by, lexicon=a.lexicon, order=a.groups)
    seen = {}
    real = export.draw_figure

    def spy(name, tables, *, options=None, size=None):
        seen.update(name=name, tables=tables, options=options, size=size)
        return real(name, tables, options=options, size=size)

    monkeypatch.setattr(export, "draw_figure", spy)
    fig = study_figure(a, "sector-rates-by-period", summary)
    assert seen["name"] == "sector-rates-by-period"
    assert seen["tables"]["sector-summary-by-period"] is summary
    assert seen["options"] == export.figure_options(a, ["sector-rates-by-period"])["sector-rates-by-period"]
    assert seen["options"]["labels"] == a.lexicon.labels()
    assert tuple(fig.get_size_inches()) == export.FIGURES["sector-rates-by-period"].size
    fig2 = study_figure(a, "sector-rates-by-period", summary, size=(3.5, 5.0))
    assert tuple(fig2.get_size_inches()) == (3.5, 5.0)


def test_study_figure_of_an_unknown_figure_lists_the_valid_names(study_run):
    with pytest.raises(AnalysisError, match="valid names: corpus-overview"):
        study_figure(study_run, "sector-pie", pd.DataFrame())


# --- display helpers ---------------------------------------------------------------------------


def test_say_displays_the_text_as_markdown_and_returns_nothing(shown):
    assert say("**3** sentences") is None
    assert len(shown) == 1
    assert isinstance(shown[0], IPython.display.Markdown)
    assert shown[0].data == "**3** sentences"


def _kwic_rows(n=2):
    return pd.DataFrame(
        {
            "period": ["2025-10", "2026-02"][:n],
            "doc_id": ["d1", "d2"][:n],
            "sentence_id": [1, 4][:n],
            "speaker": ["both sides", "Medvedev"][:n],
            "side": ["joint", "russia"][:n],
            "left": ["Both sides agreed to boost", "<script>alert(1)</script> the"][:n],
            "match": ["energy", "energy & power"][:n],
            "right": ["cooperation .", "sector"][:n],
        }
    )


def test_show_kwic_highlights_the_match_and_escapes_the_corpus_text(shown):
    show_kwic(_kwic_rows())
    assert len(shown) == 1 and isinstance(shown[0], IPython.display.HTML)
    page = shown[0].data
    assert page.count('<tr class="line">') == 2
    assert "<mark>energy</mark>" in page
    assert "<mark>energy &amp; power</mark>" in page
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # where each line is from, the period first (show_period=True)
    assert "2025-10 d1 s1 · both sides (joint)" in page
    assert "2026-02 d2 s4 · Medvedev (russia)" in page


def test_show_kwic_max_lines_says_how_many_were_left_out(shown):
    show_kwic(_kwic_rows(), max_lines=1)
    page = shown[0].data
    assert page.count('<tr class="line">') == 1
    assert "… and 1 more line(s)" in page


def test_show_kwic_of_no_lines_says_so(shown):
    show_kwic(_kwic_rows().iloc[0:0])
    assert "no occurrence" in shown[0].data


# --- tables ------------------------------------------------------------------------------------


def test_period_table_counts_rows_per_side_and_period():
    table = period_table(SENTENCES, index="side", values="sentence_id", periods=("2025-10", "2026-02"))
    assert list(table.columns) == ["2025-10", "2026-02"]
    assert table.columns.name == "period" and table.index.name == "side"
    assert table.to_dict("index") == {
        "joint": {"2025-10": 2, "2026-02": 0},
        "russia": {"2025-10": 0, "2026-02": 2},
        "vietnam": {"2025-10": 1, "2026-02": 1},
    }
    assert all(str(dtype).startswith("int") for dtype in table.dtypes)


def test_period_table_sums_orders_and_fills_missing_periods_with_zeros():
    by_side = pd.DataFrame(
        {
            "period": ["2026-02", "2025-10", "2025-10", "2025-10"],
            "side": ["russia", "joint", "joint", "vietnam"],
            "count": [5, 3, 4, 1],
        }
    )
    table = period_table(
        by_side, index="side", values="count", aggfunc="sum", periods=("2026-02", "2025-10", "2027-01")
    )
    assert list(table.columns) == ["2026-02", "2025-10", "2027-01"]
    assert table.loc["joint"].tolist() == [0, 7, 0]
    assert table.loc["russia"].tolist() == [5, 0, 0]
    assert table.loc["vietnam"].tolist() == [0, 1, 0]


def test_period_table_without_periods_keeps_those_present_and_groups_by_another_column():
    freq = pd.DataFrame({"group": ["b", "a", "b"], "display": ["party", "party", "Russia"], "count": [2, 1, 6]})
    table = period_table(freq, index="display", values="count", aggfunc="sum", by="group")
    assert list(table.columns) == ["a", "b"] and table.columns.name == "group"
    assert table.to_dict("index") == {"Russia": {"a": 0, "b": 6}, "party": {"a": 1, "b": 2}}


def test_cell_count_is_zero_for_a_missing_row_or_column():
    table = period_table(SENTENCES, index="side", values="sentence_id", periods=("2025-10", "2026-02"))
    assert cell_count(table, "joint", "2025-10") == 2
    assert isinstance(cell_count(table, "joint", "2025-10"), int)
    assert cell_count(table, "joint", "2026-02") == 0
    assert cell_count(table, "narrator", "2025-10") == 0
    assert cell_count(table, "joint", "2030-01") == 0


def test_share_of_gives_count_total_and_rounded_percentage():
    table = pd.DataFrame({"2025-10": [2, 1, 0], "2026-02": [0, 1, 2]}, index=["joint", "vietnam", "russia"])
    assert share_of(table, "joint", "2025-10") == "2 of 3 (67%)"
    assert share_of(table, "vietnam", "2026-02") == "1 of 3 (33%)"
    assert share_of(table, "russia", "2025-10") == "0 of 3 (0%)"
    assert share_of(table, "narrator", "2026-02") == "0 of 3 (0%)"
    assert share_of(table, "joint", "2030-01") == "0 of 0"
    assert share_of(table.assign(**{"2025-10": 0}), "joint", "2025-10") == "0 of 0"


def test_arrow_reads_a_row_from_reference_to_target_also_in_a_multiindex():
    totals = pd.DataFrame({"2025-10": [5, 9], "2026-02": [12, 4]}, index=["party", "state"])
    assert arrow(totals, "party", ("2025-10", "2026-02")) == "5 → 12"
    assert arrow(totals, "state", ["2026-02", "2025-10"]) == "4 → 9"
    kinds = totals.set_index(pd.MultiIndex.from_tuples([("party", "organs"), ("state", "head of state")]))
    assert arrow(kinds, ("state", "head of state"), ("2025-10", "2026-02")) == "9 → 4"


def test_change_listing_with_labels_series_and_none():
    reference = pd.Series({"energy": 2, "party": 5, "health": 1})
    target = pd.Series({"energy": 0, "party": 12, "health": 1})
    labels = {"energy": "Energy", "party": "Inter-party relations", "health": "Health"}
    assert (
        change_listing(["party", "energy"], reference, target, label=labels.get)
        == "Inter-party relations (5→12), Energy (2→0)"
    )
    assert change_listing(["health"], reference, target) == "health (1→1)"
    assert change_listing([], reference, target) == "none"


def test_quote_sentence_quotes_the_first_match_of_the_period_with_its_source():
    assert quote_sentence(SENTENCES, "2026-02", "Việt Nam") == (
        "> Zyuganov described Việt Nam as a model.  \n"
        "> — *d2, s2; speaker: Zyuganov (russia)*"
    )
    # the same phrase in the other period
    assert quote_sentence(SENTENCES, "2025-10", "Việt Nam").startswith("> Lâm said Việt Nam wishes")
    # no phrase: the period's first sentence
    assert quote_sentence(SENTENCES, "2026-02") == (
        "> Trung briefed the Russian side on the Congress.  \n"
        "> — *d2, s0; speaker: Trung (vietnam)*"
    )


def test_quote_sentence_matches_as_written_and_says_when_nothing_matches():
    assert quote_sentence(SENTENCES, "2025-10", "both sides") == "> (no sentence of 2025-10 contains 'both sides')"
    assert quote_sentence(SENTENCES, "2025-10", "energy (") == "> (no sentence of 2025-10 contains 'energy (')"
    other = SENTENCES.rename(columns={"period": "month"})
    assert "s1;" in quote_sentence(other, "2025-10", "energy", by="month")


def test_topic_terms_table_adds_label_and_sector_to_each_term():
    model = SimpleNamespace(
        top_terms=pd.DataFrame({"topic": [0, 0, 1], "term": ["party", "cadre", "energy"], "weight": [0.5, 0.3, 0.9]}),
        labels=pd.DataFrame(
            {"topic": [0, 1], "label": ["party: cadre", "energy: oil"], "sector": ["party", "energy"], "stability": [1.0, 0.4]}
        ),
    )
    table = topic_terms_table(model)
    assert list(table.columns) == ["topic", "term", "weight", "label", "sector"]
    assert table["label"].tolist() == ["party: cadre", "party: cadre", "energy: oil"]
    assert table["sector"].tolist() == ["party", "party", "energy"]
    assert table["weight"].tolist() == [0.5, 0.3, 0.9]


# --- register word lists -----------------------------------------------------------------------


def test_packaged_registers_are_the_lists_of_notebook_05():
    assert load_registers() == {
        "party": {
            "party organs": ["Communist Party of Việt Nam", "CPV", "Central Committee", "Politburo"],
            "party channels": ["inter-party", "party-to-party", "cadre", "theory"],
            "the Congress and its doctrine": ["congress", "renewal"],
        },
        "state": {
            "head of state": ["state", "President"],
            "government and diplomacy": ["government", "minister", "Minister of Foreign Affairs", "foreign affairs", "parliamentary"],
            "partnership": ["Comprehensive Strategic Partnership", "strategic partner"],
        },
    }


def test_registers_file_ships_with_the_package_and_documents_its_format():
    packaged = resources.files("framing").joinpath("lexicons", REGISTERS_FILE)
    assert packaged.is_file()
    header = packaged.read_text(encoding="utf-8").splitlines()[:12]
    assert all(line.startswith("#") for line in header[:3])
    assert any("FORMAT" in line for line in header)
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"
    ]["framing"]
    assert "lexicons/*.yml" in package_data


def test_load_registers_reads_another_file_in_order(tmp_path):
    path = tmp_path / "mine.yml"
    path.write_text("# mine\nstate:\n  offices: [ministry, ' embassy ']\nparty: {organs: [Politburo]}\n", encoding="utf-8")
    registers = load_registers(path)
    assert registers == {"state": {"offices": ["ministry", "embassy"]}, "party": {"organs": ["Politburo"]}}
    assert list(registers) == ["state", "party"]
    assert load_registers(str(path)) == registers


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("- party\n- state\n", "must map each register name to its kinds of terms"),
        ("", "must map each register name to its kinds of terms"),
        ("party: [CPV]\n", "party: must map each kind of term to a list of terms"),
        ("party:\n  organs: []\n", "party / organs: must be a non-empty list of terms"),
        ("party:\n  organs: CPV\n", "party / organs: must be a non-empty list of terms"),
        ("party:\n  organs: [CPV, 3]\n", "party / organs: term 3 must be a non-empty text"),
        ("party:\n  organs: [CPV, '  ']\n", "party / organs: term '  ' must be a non-empty text"),
        ("party:\n  organs: [CPV]\nstate:\n  offices: [cpv]\n", "state / offices: 'cpv' is already listed in party / organs"),
        ("party:\n  organs: [CPV\n", "not valid YAML"),
    ],
)
def test_load_registers_names_the_file_and_the_entry_of_a_bad_list(tmp_path, text, problem):
    path = tmp_path / "bad.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_registers(path)
    message = str(info.value)
    assert message.startswith(str(path) + ": ")
    assert problem in message
    assert "\n" not in message


def test_load_registers_of_a_missing_or_undecodable_file(tmp_path):
    with pytest.raises(LexiconError, match=r"missing\.yml: cannot read the register lists"):
        load_registers(tmp_path / "missing.yml")
    latin = tmp_path / "latin.yml"
    latin.write_bytes("party:\n  organs: [Vi\xeat]\n".encode("latin-1"))
    with pytest.raises(LexiconError, match=r"latin\.yml: register lists are not valid UTF-8"):
        load_registers(latin)
