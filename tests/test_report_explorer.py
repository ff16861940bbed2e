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
    # no CSS import or url(...) (the page's createObjectURL makes downloads, it fetches nothing)
    assert not re.search(r"@import|(?<![A-Za-z])url\(", html, re.I)
    assert "fetch(" not in html and "XMLHttpRequest" not in html
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


# ---------------------------------------------------------------------------------------------
# Sector words counted elsewhere, the report view's data, search keys, an own lexicon
# ---------------------------------------------------------------------------------------------

# "energy" is the Energy sector's word, but inside "nuclear energy" the longer Nuclear energy term
# wins. Offsets in the p2 text: "They built " is 11 characters, so "nuclear energy" is 11-25 and its
# "energy" 19-25; "They built nuclear energy plants. " is 34, so "Nuclear energy" is 34-48 and its
# "energy" 42-48. In p1, "Energy" (0-6) is an Energy mention, so p1 has no hint.
HINT_P1 = "Energy ties grew. Nuclear energy plants opened."
HINT_P2 = "They built nuclear energy plants. Nuclear energy grew."


@pytest.fixture(scope="module")
def hint_analysis():
    docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"], "text": [HINT_P1, HINT_P2]})
    return framing.analyse(docs)


def test_sector_word_inside_another_sectors_term_is_found(hint_analysis):
    from framing.report.explorer import sector_word_hints

    a = hint_analysis
    m = a.mentions
    assert m[m["sector"] == "energy"][["period", "start", "end"]].values.tolist() == [["p1", 0, 6]]
    assert m[m["sector"] == "nuclear"][["period", "start", "end"]].values.tolist() == [
        ["p1", 18, 32], ["p2", 11, 25], ["p2", 34, 48]]
    h = sector_word_hints(a)
    energy = h[h["sector"] == "energy"]
    assert energy.drop(columns="sector").values.tolist() == [
        ["p2", "energy", "b", 19, 25, "nuclear energy", "nuclear", 11, 25],
        ["p2", "energy", "b", 42, 48, "Nuclear energy", "nuclear", 34, 48],
    ]
    assert [HINT_P2[s:e] for s, e in zip(energy["start"], energy["end"], strict=True)] == ["energy", "energy"]
    # the nuclear sector has mentions in both groups: nothing to explain
    assert h[h["sector"] == "nuclear"].empty
    d = _explorer_data(a)
    hints = {s["id"]: s["hints"] for s in d["sectors"]}["energy"]
    assert hints[0] is None  # p1 has its Energy mention
    assert hints[1] == [
        {
            "word": "energy",
            "n": 2,
            "inside": [["nuclear energy", "nuclear", "Nuclear energy", 2]],  # both spellings, folded
            "uncounted": 0,
            "occ": [["b", 19, 25], ["b", 42, 48]],
        }
    ]


def test_report_view_data_keys_mentions_and_side_styles(hint_analysis):
    from framing.lexicons.matching import key_stream

    d = _explorer_data(hint_analysis)
    # every document's keys, as the vocabulary indexes of key_stream's keys, offsets kept
    for doc, (idx, starts, ends) in zip(d["docs"], d["keys"]["docs"], strict=True):
        s, e, k = key_stream(doc["text"])
        assert [d["keys"]["vocab"][i] for i in idx] == k
        assert (starts, ends) == (s, e)
    # p2's keys: they build nuclear energy plant . nuclear energy grew .
    assert [d["keys"]["vocab"][i] for i in d["keys"]["docs"][1][0]] == [
        "they", "built", "nuclear", "energy", "plant", ".", "nuclear", "energy", "grew", "."]
    # the mentions, in document and text order, with their sector (index), rule and sentence
    mn = d["mentions"]
    ids = [s["id"] for s in d["sectors"]]
    got = [(mn["doc"][i], mn["start"][i], mn["end"][i], ids[mn["sector"][i]]) for i in range(len(mn["doc"]))]
    assert got == [(0, 0, 6, "energy"), (0, 18, 32, "nuclear"), (1, 11, 25, "nuclear"), (1, 34, 48, "nuclear")]
    assert mn["rule"][1] == "term:nuclear energy"
    assert [d["sentences"]["sid"][j] for j in mn["sent"]] == [0, 1, 0, 1]
    # colours: the packaged lexicon's, upper-case #RRGGBB; sides: the narrator and joint defaults
    assert {s["id"]: s["colour"] for s in d["sectors"]}["nuclear"] == "#D55E00"
    assert d["side_styles"]["narrator"] == ["Narrator", "#BBBBBB"]


@pytest.fixture(scope="module")
def study_data():
    study = framing.load_study()
    a = framing.analyse(framing.load_corpus(study.corpus, metadata=study.metadata), study=study)
    return study, a, _explorer_data(a)


def test_entities_carry_every_form_and_their_token_spans(study_data):
    _, a, d = study_data
    e = d["entities"]
    i = e["name"].index("Communist Party of Việt Nam")
    assert e["type"][i] == "party"
    # the packaged aliases, as matching keys: a search for any of them offers the entity
    assert ["cpv"] in e["forms"][i] and ["communist", "party", "of", "viet", "nam"] in e["forms"][i]
    tokens = a.tokens[a.tokens["stem"] == "communist party of viet nam"]
    # "CPV" 0 + 7 and the full name 1 + 1: the "(CPV)" after each full name repeats it (no token)
    assert len(e["occ"][i]) == len(tokens) == 9
    texts = [d["docs"][d["sentences"]["doc"][j]]["text"][s:t] for j, s, t in e["occ"][i]]
    assert sorted(set(texts)) == ["CPV", "Communist Party of Việt Nam"]
    assert texts.count("CPV") == 7


def test_study_sides_give_the_side_colours(study_data):
    study, a, d = study_data
    assert {s.id: [s.label, s.colour] for s in study.sides} == {
        k: v for k, v in d["side_styles"].items() if k in study.side_ids}
    # the study's CPV: 1 in the October report, 8 in the February one (9 lines in the explorer)
    vocab = d["keys"]["vocab"]
    assert [[vocab[i] for i in doc[0]].count("cpv") for doc in d["keys"]["docs"]] == [1, 8]
    # Energy has no mention in 2026-02, where "energy" is inside "nuclear energy"
    energy = next(s for s in d["sectors"] if s["id"] == "energy")
    assert energy["count"][1] == 0
    assert [(w["word"], w["n"], w["inside"]) for w in energy["hints"][1]] == [
        ("energy", 1, [["nuclear energy", "nuclear", "Nuclear energy", 1]])]


def test_an_own_lexicon_gives_its_sectors_labels_colours_and_hints(tmp_path):
    lex = tmp_path / "own.yml"
    lex.write_text(
        "sectors:\n"
        "  - id: power\n    label: Power supply\n    colour: \"#112233\"\n    terms: [power]\n"
        "  - id: atom\n    label: Atomic power\n    terms: [atomic power]\n",
        encoding="utf-8",
    )
    docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"],
                         "text": ["Power grew.", "Atomic power grew."]})
    d = _explorer_data(framing.analyse(docs, lexicon=lex))
    from framing.report.explorer import FALLBACK_SECTOR_COLOURS

    assert [(s["id"], s["label"], s["colour"], s["count"]) for s in d["sectors"]] == [
        ("power", "Power supply", "#112233", [1, 0]),
        ("atom", "Atomic power", FALLBACK_SECTOR_COLOURS[0], [0, 1]),
    ]
    # "Atomic " is 7 characters: "power" is 7-12 in p2, inside "Atomic power" (0-12)
    power = d["sectors"][0]["hints"]
    assert power[0] is None
    assert power[1] == [{"word": "power", "n": 1, "inside": [["Atomic power", "atom", "Atomic power", 1]],
                         "uncounted": 0, "occ": [["b", 7, 12]]}]
