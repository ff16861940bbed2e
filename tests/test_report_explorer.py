"""Unit tests of framing.report.explorer (no browser): content, escaping, self-containment, determinism."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.errors import AnalysisError
from framing.report.explorer import embed_json, render_explorer
from framing.report.explorer import explorer_data as _explorer_data
from framing.report.explorer import write_explorer as _write_explorer


def explorer_data(docs, periods=None):
    """The page data of a corpus table (the analysis built here), periods as (reference, target)."""
    kw = {} if periods is None else {"reference": periods[0], "target": periods[1]}
    return _explorer_data(framing.analyse(docs), **kw)


def write_explorer(docs, out):
    return _write_explorer(framing.analyse(docs), out)

# Two made-up reports. Hand counts (tokens = non-punctuation tokens, stopwords included):
#   2020-01  "Energy cooperation grows. Energy trade expands."  -> 6 tokens, 2 sentences
#   2020-02  "Education cooperation grows."                     -> 3 tokens, 1 sentence
# Offsets: "Energy" at 0-6 and 26-32 in the first text ("Energy cooperation grows. " is 26 chars);
# "cooperation" at 7-18 in the first text and 10-21 in the second.
TEXT_A = "Energy cooperation grows. Energy trade expands."
TEXT_B = "Education cooperation grows."


def _docs(texts, periods=None, titles=None):
    periods = periods or ["2020-01", "2020-02", "2020-03"][: len(texts)]
    n = len(texts)
    return pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(n)],
            "date": pd.to_datetime([f"{p}-15" for p in periods]),
            "period": periods,
            "place": ["Hanoi"] * n,
            "title": titles or [f"Report {i}" for i in range(n)],
            "participants": [""] * n,
            "dateline": ["HANOI"] * n,
            "agency": ["VNA"] * n,
            "file": [f"d{i}.txt" for i in range(n)],
            "text": texts,
        }
    )


@pytest.fixture(scope="module")
def small():
    return _docs([TEXT_A, TEXT_B])


@pytest.fixture(scope="module")
def small_data(small):
    return explorer_data(small)


def _embedded(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="explorer-data">(.*?)</script>', html, re.S)
    assert m, "no JSON block"
    return json.loads(m.group(1))


def _term(data, term):
    t = data["terms"]
    i = t["term"].index(term)
    return {k: v[i] for k, v in t.items()}


def test_counts_rates_and_offsets_of_a_small_corpus(small_data):
    d = small_data
    assert d["periods"] == ["2020-01", "2020-02"]
    assert d["words"] == [6, 3]
    energy = _term(d, "energi")
    assert (energy["count_a"], energy["count_b"]) == (2, 0)
    assert energy["rate_a"] == pytest.approx(2 / 6 * 1000)  # 333.333 per 1,000 words
    assert energy["rate_b"] == 0
    assert energy["display"] == "energy"
    # sentence 0 and 1 of d0 are sentence rows 0 and 1; d1's only sentence is row 2
    assert energy["occ"] == [[0, 0, 6], [1, 26, 32]]
    coop = _term(d, "cooper")
    assert (coop["count_a"], coop["count_b"]) == (1, 1)
    assert coop["occ"] == [[0, 7, 18], [2, 10, 21]]
    # log_odds_z > 0 means more in the later period: "educ" (0 -> 1) is positive, "energi" negative
    assert _term(d, "educ")["log_odds_z"] > 0 > energy["log_odds_z"]
    # a term seen once is plotted but not tested
    assert _term(d, "educ")["p_adjusted"] is None
    assert energy["p_adjusted"] is not None
    # every occurrence is a real span of the text
    for occ in d["terms"]["occ"]:
        for si, start, end in occ:
            doc = d["docs"][d["sentences"]["doc"][si]]
            assert d["sentences"]["start"][si] <= start < end <= d["sentences"]["end"][si]
            assert doc["text"][start:end].strip() == doc["text"][start:end]


def test_term_occurrences_match_keyness_counts_on_the_real_corpus():
    study = framing.load_study()
    a = framing.analyse(framing.load_corpus(study.corpus), study=study)
    d = _explorer_data(a)
    t = d["terms"]
    assert len(t["term"]) > 100
    # the page's rate denominators are keyness's token totals
    k = framing.keyness(a.tokens, target=d["periods"][1], reference=d["periods"][0], min_count=1)
    assert d["words"] == [int(k["total_reference"].iloc[0]), int(k["total_target"].iloc[0])]
    assert sorted(t["term"]) == sorted(k["term"])
    for i in range(len(t["term"])):
        pks = [d["docs"][d["sentences"]["doc"][o[0]]]["pk"] for o in t["occ"][i]]
        assert (pks.count(0), pks.count(1)) == (t["count_a"][i], t["count_b"][i]), t["term"][i]
    for s in d["sectors"]:
        assert len(s["occ"]) == sum(s["count"])
        assert [sum(x.values()) for x in s["sides"]] == s["count"]


def test_sectors_are_all_listed_with_counts(small_data):
    from framing.lexicons import load_lexicon

    ids = [s["id"] for s in small_data["sectors"]]
    assert len(ids) == len(set(ids)) >= 1
    assert len(ids) == len(load_lexicon().sectors)
    assert ids == list(load_lexicon().sectors)  # lexicon order
    by_id = {s["id"]: s for s in small_data["sectors"]}
    # "Energy" twice in 2020-01 (0-6, 26-32), never in 2020-02; "trade" once (33-38, economy);
    # "Education" once in 2020-02 (0-9); every other sector zero in both periods
    assert by_id["energy"]["count"] == [2, 0]
    assert by_id["energy"]["rate"] == [pytest.approx(2 / 6 * 1000), 0]
    assert [o[:3] for o in by_id["energy"]["occ"]] == [[0, 0, 6], [1, 26, 32]]
    assert by_id["economy"]["count"] == [1, 0]
    assert [o[:3] for o in by_id["economy"]["occ"]] == [[1, 33, 38]]
    assert by_id["education"]["count"] == [0, 1]
    assert by_id["education"]["rate"] == [0, pytest.approx(1 / 3 * 1000)]
    others = [s for s in small_data["sectors"] if s["id"] not in ("energy", "economy", "education")]
    assert all(s["count"] == [0, 0] and s["occ"] == [] for s in others)
    # who voices them: no sentence has a reporting verb, so the narrator, counted per period
    assert small_data["sentences"]["side"] == ["narrator"] * 3
    assert by_id["energy"]["sides"] == [{"narrator": 2}, {}]
    assert by_id["education"]["sides"] == [{}, {"narrator": 1}]


def test_page_is_self_contained(small):
    html = render_explorer(explorer_data(small))
    assert not re.search(r"https?:", html, re.I)
    assert not re.search(r"\b(src|href|xlink:href)\s*=", html, re.I)
    assert not re.search(r"@import|url\(", html, re.I)
    assert "innerHTML" not in html and "outerHTML" not in html and "insertAdjacentHTML" not in html
    assert "document.write" not in html and "eval(" not in html
    # the Content-Security-Policy allows exactly our inline script (its hash) and no network
    csp = re.search(r'Content-Security-Policy" content="([^"]*)"', html).group(1)
    assert "default-src 'none'" in csp
    script = re.search(r"<script>(.*?)</script>", html, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp


def test_embedded_json_escapes_markup_and_round_trips():
    evil = (
        "Cooperation </script><script>alert(1)</script> grows. "
        '<img src=x onerror="alert(1)"> <!-- comment & \u2028line\u2029 energy.'
    )
    docs = _docs([TEXT_A, evil], titles=["<b>bold</b>", "</title><script>alert(2)</script>"])
    html = render_explorer(explorer_data(docs))
    # only our two <script> elements (JSON + code); no tag from the corpus survives as markup
    assert len(re.findall(r"<script", html, re.I)) == 2
    assert len(re.findall(r"</script", html, re.I)) == 2
    assert "<img" not in html and "<!--" not in html and "\u2028" not in html and "\u2029" not in html
    assert "</title><script>" not in html
    block = re.search(r'<script type="application/json" id="explorer-data">(.*?)</script>', html, re.S).group(1)
    assert not set("<>&") & set(block)
    data = json.loads(block)
    assert data["docs"][1]["text"] == evil
    assert data["period_docs"][1][0]["title"] == "</title><script>alert(2)</script>"
    assert embed_json({"a": "</script>&"}) == '{"a":"\\u003c/script\\u003e\\u0026"}'


def test_output_is_deterministic(small, tmp_path):
    a = write_explorer(small, out=tmp_path / "a" / "explorer.html")
    shuffled = small.iloc[::-1].reset_index(drop=True)
    b = write_explorer(shuffled, out=tmp_path / "b.html")
    assert a.read_bytes() == b.read_bytes()
    html = a.read_text(encoding="utf-8")
    # the note states the file's own size
    kb = f"{len(a.read_bytes()) / 1000:.0f} kB"  # decimal kilobytes
    assert kb in _embedded(html)["note"][-1]


def test_every_group_is_in_the_page_and_two_are_compared():
    docs = _docs([TEXT_A, "Trade grows.", TEXT_B])
    d = explorer_data(docs)
    # every group, in order; the term view compares the first and the last
    assert d["periods"] == ["2020-01", "2020-02", "2020-03"]
    assert d["pair"] == [0, 2]
    assert [x["doc_id"] for x in d["docs"]] == ["d0", "d1", "d2"]
    assert [x["pk"] for x in d["docs"]] == [0, 1, 2]
    assert [[x["doc_id"] for x in g] for g in d["period_docs"]] == [["d0"], ["d1"], ["d2"]]
    assert d["words"] == [6, 2, 3]
    # the sector view counts every group: "trade" (economy) in d0 (33-38) and d1 (0-5)
    by_id = {s["id"]: s for s in d["sectors"]}
    assert by_id["economy"]["count"] == [1, 1, 0]
    assert by_id["economy"]["rate"] == pytest.approx([1000 / 6, 1000 / 2, 0], rel=1e-5)
    assert [d["docs"][d["sentences"]["doc"][o[0]]]["doc_id"] for o in by_id["economy"]["occ"]] == ["d0", "d1"]
    grow = _term(d, "grow")  # "grows" in d0, d1 and d2: counted in the two compared, lines from all
    assert (grow["count_a"], grow["count_b"]) == (1, 1)
    assert sorted(d["docs"][d["sentences"]["doc"][o[0]]]["pk"] for o in grow["occ"]) == [0, 1, 2]
    # the page says which two the term view compares
    assert "the term view compares two of them, 2020-01" in d["note"][0]
    d = explorer_data(docs, periods=["2020-02", "2020-03"])
    assert d["pair"] == [1, 2]
    assert _term(d, "trade")["count_a"] == 1 and _term(d, "trade")["count_b"] == 0
    with pytest.raises(AnalysisError, match="2019-12"):
        explorer_data(docs, periods=["2019-12", "2020-01"])
    with pytest.raises(AnalysisError, match="the same group"):
        explorer_data(docs, periods=["2020-01", "2020-01"])
    with pytest.raises(AnalysisError, match="two groups"):
        explorer_data(_docs([TEXT_A, TEXT_B], periods=["2020-01", "2020-01"]))


@pytest.fixture(scope="module")
def over_time():
    """The ten-period example corpus (data/examples/over-time)."""
    folder = Path(__file__).resolve().parents[1] / "data" / "examples" / "over-time"
    return framing.analyse(framing.load_corpus(folder, metadata=folder / "documents.csv"))


def test_sector_view_and_concordances_cover_every_period(over_time):
    a = over_time
    d = _explorer_data(a)
    assert d["periods"] == list(a.groups) and len(d["periods"]) == 10
    assert d["pair"] == [0, 9]
    assert len(d["docs"]) == 10 and [x["period"] for x in d["docs"]] == list(a.groups)
    summary = framing.sector_summary(a.mentions, a.tokens, by="period", order=a.groups)
    counts = summary.pivot(index="sector", columns="period", values="count")
    for s in d["sectors"]:
        assert s["count"] == counts.loc[s["id"], list(a.groups)].tolist(), s["id"]
        # every mention has its line, in its own period
        pks = [d["docs"][d["sentences"]["doc"][o[0]]]["pk"] for o in s["occ"]]
        assert [pks.count(k) for k in range(10)] == s["count"], s["id"]
        assert [sum(x.values()) for x in s["sides"]] == s["count"]
    # the README's planted courses, as the page shows them: health only 2020-2021, education always
    by_id = {s["id"]: s for s in d["sectors"]}
    assert all(by_id["health"]["count"][:3]) and by_id["health"]["count"][3:] == [0] * 7
    assert all(by_id["education"]["count"])
    assert by_id["energy"]["count"][:6] == [1] * 6 and by_id["energy"]["count"][6:] == [0] * 4
    # terms: lines from every period; a term seen only in the middle periods is searchable
    content = a.tokens[~(a.tokens["is_stop"] | a.tokens["is_punct"] | a.tokens["is_number"])]
    per_group = content.groupby(["stem", "period"]).size()
    t = d["terms"]
    for i in range(0, len(t["term"]), 7):
        pks = [d["docs"][d["sentences"]["doc"][o[0]]]["pk"] for o in t["occ"][i]]
        want = [int(per_group.get((t["term"][i], g), 0)) for g in a.groups]
        assert [pks.count(k) for k in range(10)] == want, t["term"][i]
    o = d["other_terms"]
    assert "vaccin" in o["term"] and "vaccin" not in t["term"]  # "vaccines", 2021-06 only
    i = o["term"].index("vaccin")
    assert o["display"][i] == "vaccines"
    assert {d["docs"][d["sentences"]["doc"][x[0]]]["period"] for x in o["occ"][i]} == {"2021-06"}
    assert not set(o["term"]) & set(t["term"])
    assert set(o["term"]) | set(t["term"]) == set(content["stem"])


# Two hand-made reports sharing one formula and one sentence, with one sentence reworded.
FORMULA_A = (
    "Both sides praised the comprehensive strategic partnership. Both sides agreed to boost trade "
    "and energy ties. Tourism grew."
)
FORMULA_B = (
    "The leaders hailed the comprehensive strategic partnership. The two sides agreed to boost "
    "trade and energy links. Tourism grew."
)


@pytest.fixture(scope="module")
def shared_data():
    return explorer_data(_docs([FORMULA_A, FORMULA_B]))


def test_formulae_lists_the_shared_formula_with_its_occurrences(shared_data):
    f = shared_data["formulae"]
    assert f["max"] == 60 and f["total"] == len(f["text"])
    i = f["text"].index("the comprehensive strategic partnership")
    assert f["status"][i] == "persistent"
    assert (f["n_docs"][i], f["n_groups"][i], f["first"][i], f["last"][i]) == (2, 2, "2020-01", "2020-02")
    assert f["count"][i] == [1, 1]
    docs, sents = shared_data["docs"], shared_data["sentences"]
    for sid, start, end in f["occ"][i]:
        assert docs[sents["doc"][sid]]["text"][start:end] == "the comprehensive strategic partnership"


def test_alignment_pairs_carried_over_and_reworded_sentences(shared_data):
    a = shared_data["alignment"]
    assert a["groups"] == ["2020-01", "2020-02"]
    docs, sents = shared_data["docs"], shared_data["sentences"]

    def text(j):
        return docs[sents["doc"][j]]["text"][sents["start"][j] : sents["end"][j]]

    rows = {text(t): k for k, t in enumerate(a["target"])}
    k = rows["Tourism grew."]
    assert a["label"][k] == "carried over" and a["similarity"][k] == 1.0 and text(a["reference"][k]) == "Tourism grew."
    k = rows["The two sides agreed to boost trade and energy links."]
    assert a["label"][k] == "reworded" and 0 < a["similarity"][k] < 0.9
    assert a["added"][k] == "The two links" and a["removed"][k] == "Both ties"
