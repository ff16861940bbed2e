"""The explorer's logic (framing.report.widgets), without a browser: counts, escaping, highlighting, wiring."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import framing
from framing.corpus import load_corpus
from framing.errors import AnalysisError as ExplorerError
from framing.errors import FramingError as InputError
from framing.report.widgets import (
    build_explorer,
    kwic_side_by_side_html,
    kwic_table_html,
    term_counts_by_period,
    topic_view,
)

# A made-up corpus of two short reports. Hand counts (word tokens exclude punctuation):
#   A (2025-10): "Both sides agreed to boost cooperation in energy." -> 8 words
#                "Cooperation in education will grow." -> 5 words                 total 13
#                "cooperation": 2 (one capitalised); "energy": 1; "education": 1
#   B (2026-02): "The minister stressed cooperation in science and technology." -> 8 words
#                "Culture matters." -> 2 words                                      total 10
#                "cooperation": 1; "science and technology": 1; "culture": 1
REPORT_A = " date 2025-10-10 HÀ NỘI — Both sides agreed to boost cooperation in energy.\n\nCooperation in education will grow. — VNA/VNS"
REPORT_B = " date 2026-02-24 MOSCOW — The minister stressed cooperation in science and technology.\n\nCulture matters. — VNA/VNS"
# Corpus text with markup in it: it must be shown as text, never run.
REPORT_EVIL = ' date 2026-02-25 MOSCOW — Energy <script>alert("x")</script> & "trade" <b>ties</b> grow. — VNA/VNS'


def _corpus(tmp_path, files):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return framing.analyse(load_corpus(tmp_path))


@pytest.fixture
def tiny(tmp_path):
    return _corpus(tmp_path, {"2025-10-10-a.txt": REPORT_A, "2026-02-24-b.txt": REPORT_B})


def _marks(fragment: str) -> list[str]:
    return re.findall(r"<mark>(.*?)</mark>", fragment)


def _column(page: str, period: str) -> str:
    m = re.search(rf'<div class="framing-kwic-period" data-period="{period}">(.*?)</table>', page, re.S)
    assert m, f"no column for {period}"
    return m.group(1)


def test_term_counts_match_hand_counts(tiny):
    counts = term_counts_by_period(tiny, term="cooperation")
    assert list(counts.columns) == ["period", "n_docs", "count", "n_tokens", "rate_per_1000"]
    assert counts["period"].tolist() == ["2025-10", "2026-02"]
    assert counts["count"].tolist() == [2, 1]
    assert counts["n_tokens"].tolist() == [13, 10]
    assert counts["n_docs"].tolist() == [1, 1]
    # 2 / 13 * 1000 = 153.846...; 1 / 10 * 1000 = 100
    assert counts["rate_per_1000"].tolist() == pytest.approx([153.8461538, 100.0])


def test_sector_counts_match_hand_counts(tiny):
    energy = term_counts_by_period(tiny, sector="energy")
    assert energy["count"].tolist() == [1, 0]
    science = term_counts_by_period(tiny, sector="science_technology")
    assert science["count"].tolist() == [0, 1]
    # a period with no occurrence still gets its row, with count 0 and rate 0
    assert science["rate_per_1000"].tolist() == pytest.approx([0.0, 100.0])


def test_periods_argument_orders_and_adds_empty_periods(tiny):
    counts = term_counts_by_period(tiny, term="cooperation", periods=["2026-02", "2025-10", "2030-01"])
    assert counts["period"].tolist() == ["2026-02", "2025-10", "2030-01"]
    assert counts["count"].tolist() == [1, 2, 0]
    assert counts["n_tokens"].tolist() == [10, 13, 0]
    assert pd.isna(counts["rate_per_1000"].iat[2])


def test_exactly_one_of_sector_or_term(tiny):
    with pytest.raises(ExplorerError) as err:
        term_counts_by_period(tiny)
    assert isinstance(err.value, InputError)
    assert "exactly one" in str(err.value) and "\n" not in str(err.value)
    with pytest.raises(ExplorerError):
        kwic_side_by_side_html(tiny, sector="energy", term="cooperation")
    with pytest.raises(ExplorerError):
        term_counts_by_period(tiny, term="   ")


def test_side_by_side_has_one_column_per_period_with_highlighted_matches(tiny):
    page = kwic_side_by_side_html(tiny, term="cooperation")
    # one column per period, in period order
    assert re.findall(r'data-period="([^"]+)"', page) == ["2025-10", "2026-02"]
    left, right = _column(page, "2025-10"), _column(page, "2026-02")
    assert _marks(left) == ["cooperation", "Cooperation"]  # surface forms as in the text
    assert _marks(right) == ["cooperation"]
    assert "2 occurrence(s)" in page and "1 occurrence(s)" in page
    # the right context of the first line is the rest of the sentence
    assert "in energy" in left


def test_side_by_side_heading_shows_counts_and_rates(tiny):
    counts = term_counts_by_period(tiny, term="cooperation")
    page = kwic_side_by_side_html(tiny, term="cooperation", counts=counts)
    assert "2 occurrence(s), 153.8 per 1,000 tokens" in page
    assert "1 occurrence(s), 100.0 per 1,000 tokens" in page


def test_empty_period_says_so(tiny):
    page = kwic_side_by_side_html(tiny, sector="energy")
    assert _marks(_column(page, "2025-10")) == ["energy"]
    col = re.search(r'data-period="2026-02">(.*?)</div>', page, re.S).group(1)
    assert "no occurrence" in col and "<mark>" not in col


def test_corpus_markup_is_escaped(tmp_path):
    docs = _corpus(tmp_path, {"2026-02-25-evil.txt": REPORT_EVIL})
    page = kwic_side_by_side_html(docs, sector="energy", window=10)
    assert "<script>" not in page and "</script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&amp;" in page and "&lt;b&gt;ties&lt;/b&gt;" in page
    # the only tags in the page are the ones the view writes
    tags = set(re.findall(r"</?([a-z0-9]+)", page))
    assert tags <= {"style", "div", "h4", "table", "tr", "td", "mark", "p"}


def test_match_text_is_escaped_too():
    rows = pd.DataFrame(
        {"doc_id": ["d"], "period": ["p"], "sentence_id": [0], "left": ["a < b"], "match": ["<x>"],
         "right": ["& c"], "speaker": ["<s>"], "side": ["joint"]}
    )
    page = kwic_table_html(rows)
    assert _marks(page) == ["&lt;x&gt;"]
    assert "a &lt; b" in page and "&amp; c" in page and "d s0 · &lt;s&gt; (joint)" in page


def test_max_lines_truncates_and_says_how_many_are_left(tiny):
    rows = pd.DataFrame(
        {"left": ["l"] * 5, "match": [f"m{i}" for i in range(5)], "right": ["r"] * 5}
    )
    page = kwic_table_html(rows, max_lines=2)
    assert _marks(page) == ["m0", "m1"]
    assert "and 3 more line(s)" in page


def test_topic_view_matches_the_fit(tiny):
    from framing.topics import fit_topics

    study = framing.load_study()
    a = framing.analyse(framing.load_corpus(study.corpus), study=study)
    passages = framing.sector_passages(a.mentions, a.sentences)
    terms, props = topic_view(passages, method="nmf", k=3, random_state=0, n_terms=5, n_boot=200)
    model = fit_topics(passages, k=3, method="nmf", random_state=0)
    assert terms["topic"].tolist() == model.labels["topic"].tolist()
    first = model.top_terms[model.top_terms["topic"] == terms["topic"].iat[0]].sort_values("rank")
    assert terms["top_terms"].iat[0] == ", ".join(first["display"].head(5))
    periods = sorted(set(passages["period"].astype(str)))
    assert list(props.columns) == ["topic"] + [c for p in periods for c in (p, f"{p} low", f"{p} high")] + [
        "specific_to"
    ]
    # mean proportions lie inside their intervals, and each period's means sum to 1 over topics
    for p in periods:
        assert (props[f"{p} low"] <= props[p] + 1e-12).all() and (props[p] <= props[f"{p} high"] + 1e-12).all()
        assert props[p].sum() == pytest.approx(1.0)
    # deterministic given random_state
    again = topic_view(passages, method="nmf", k=3, random_state=0, n_terms=5, n_boot=200)
    pd.testing.assert_frame_equal(terms, again[0])
    pd.testing.assert_frame_equal(props, again[1])


def test_explorer_builds_and_reacts_to_a_selection(tiny):
    import ipywidgets

    ui = build_explorer(tiny, ks=[2], k=2)
    assert isinstance(ui, ipywidgets.Tab)
    c = ui.controls
    # the initial view is the first mentioned sector of the lexicon
    assert c["sector"].value != ""
    c["sector"].value = "energy"
    assert _marks(_column(c["kwic"].value, "2025-10")) == ["energy"]
    assert "sector" in c["counts"].value
    # typing a term switches to the term view
    c["term"].value = "cooperation"
    assert c["sector"].value == ""
    assert _marks(_column(c["kwic"].value, "2025-10")) == ["cooperation", "Cooperation"]
    assert "<td>2025-10</td><td>2</td><td>13</td>" in c["counts"].value
    # choosing a sector again wins over the typed term
    c["sector"].value = "science_technology"
    assert _marks(_column(c["kwic"].value, "2026-02")) == ["science and technology"]
    # a term without words is reported in the output, not raised out of the callback
    c["sector"].value = ""
    c["term"].value = "<!>"
    assert "Cannot search" in c["counts"].value and "&lt;!&gt;" in c["counts"].value
    assert c["kwic"].value == ""
    # clearing both asks for a choice
    c["sector"].value = ""
    c["term"].value = ""
    assert "Choose a sector" in c["counts"].value and c["kwic"].value == ""


def test_explorer_topic_page_updates_on_the_real_corpus():
    study = framing.load_study()
    ui = build_explorer(framing.analyse(framing.load_corpus(study.corpus), study=study), ks=[2, 3], k=2)
    c = ui.controls
    before = c["topics"].value
    assert "nmf, k=" in before
    c["k"].value = 3 if c["k"].value == 2 else 2
    after = c["topics"].value
    assert after != before and f"k={c['k'].value}" in after
    c["method"].value = "lda"
    assert "lda, k=" in c["topics"].value


REPORT_C = " date 2026-07-01 HÀ NỘI — Energy cooperation resumed.\n\nCooperation in culture grew. — VNA/VNS"


def test_every_group_of_three_is_shown(tmp_path):
    """Three periods: the counts, the side-by-side concordance and the widget list each of them."""
    a = _corpus(
        tmp_path,
        {"2025-10-10-a.txt": REPORT_A, "2026-02-24-b.txt": REPORT_B, "2026-07-01-c.txt": REPORT_C},
    )
    assert a.groups == ("2025-10", "2026-02", "2026-07")
    # "cooperation": 2, 1 and 2 (one capitalised); "energy": 1, 0, 1
    counts = term_counts_by_period(a, term="cooperation")
    assert counts["period"].tolist() == ["2025-10", "2026-02", "2026-07"]
    assert counts["count"].tolist() == [2, 1, 2]
    assert counts["n_tokens"].tolist() == [13, 10, 7]  # "Energy cooperation resumed." 3 + 4
    page = kwic_side_by_side_html(a, sector="energy")
    assert re.findall(r'data-period="([^"]+)"', page) == ["2025-10", "2026-02", "2026-07"]
    assert _marks(_column(page, "2026-07")) == ["Energy"]
    col = re.search(r'data-period="2026-02">(.*?)</div>', page, re.S).group(1)
    assert "no occurrence" in col
    ui = build_explorer(a, ks=[2], k=2)
    c = ui.controls
    c["term"].value = "cooperation"
    assert re.findall(r'data-period="([^"]+)"', c["kwic"].value) == ["2025-10", "2026-02", "2026-07"]
    assert _marks(_column(c["kwic"].value, "2026-07")) == ["cooperation", "Cooperation"]
    for period, n, size in [("2025-10", 2, 13), ("2026-02", 1, 10), ("2026-07", 2, 7)]:
        assert f"<td>{period}</td><td>{n}</td><td>{size}</td>" in c["counts"].value
