"""The explorer page in a real browser: Playwright drives Debian's headless Chromium.

Checks: no console errors, no network requests (only the file itself), the search finds a term, a
click on a term or a sector shows KWIC lines from both periods, and injected markup runs nothing.
Screenshots go to the test's tmp folder, or to $EXPLORER_SCREENSHOT_DIR when set.
Without /usr/bin/chromium the tests skip, except under CI (CI=true) where they fail.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.report.explorer import write_explorer

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("EXPLORER_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def explorer_browser():
    if not Path(CHROMIUM).exists():
        msg = f"{CHROMIUM} is missing (apt-get install -y chromium)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(msg)
        pytest.skip(msg)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        yield browser
        browser.close()


class _Page:
    """A page opened on a file:// URL that records console errors, page errors and requests."""

    def __init__(self, browser, path: Path):
        self.url = path.resolve().as_uri()
        self.context = browser.new_context(viewport={"width": 1360, "height": 1000})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(f"{m.type}: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(self.url)
        self.page.wait_for_selector("html[data-ready]", state="attached", timeout=10_000)

    def data(self) -> dict:
        return json.loads(self.page.text_content("#explorer-data"))

    def check_clean(self):
        assert self.errors == []
        foreign = [u for u in self.requests if u != self.url and not u.startswith("data:")]
        assert foreign == [], foreign

    def kwic_lines(self, k: int) -> list[str]:
        return self.page.locator(f"#kwic-cols .kcol:nth-child({k + 1}) .kline mark").all_text_contents()

    def close(self):
        self.context.close()


def _screenshot(page, tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    page.screenshot(path=str(out), full_page=True)
    extra = os.environ.get("EXPLORER_SCREENSHOT_DIR")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(out, Path(extra) / name)
    return out


def test_real_corpus_search_and_clicks_show_both_periods(explorer_browser, tmp_path):
    study = framing.load_study()
    analysis = framing.analyse(framing.load_corpus(study.corpus), study=study)
    path = write_explorer(analysis, tmp_path / "explorer.html")
    p = _Page(explorer_browser, path)
    page = p.page
    try:
        data = p.data()
        terms = data["terms"]

        # search: "Cooperation" (any case) finds the stem "cooper", rings it, and lists its lines
        i = terms["term"].index("cooper")
        page.fill("#term-search", "Cooperation")
        page.press("#term-search", "Enter")
        assert "Found" in page.text_content("#search-status")
        assert page.locator("#selection .sel-lbl").text_content() == "cooperation"
        a, b = p.kwic_lines(0), p.kwic_lines(1)
        assert (len(a), len(b)) == (terms["count_a"][i], terms["count_b"][i])
        assert min(len(a), len(b)) >= 1
        assert all(m.lower().startswith("cooperat") for m in a + b)

        # a search for nothing says so
        page.fill("#term-search", "zzzqqq")
        assert "No term matches" in page.text_content("#search-status")

        # hover and click a plotted point: a term seen in both periods, other than the searched one
        j = max(
            (k for k in range(len(terms["term"])) if k != i),
            key=lambda k: (min(terms["count_a"][k], terms["count_b"][k]), terms["term"][k]),
        )
        dot = page.locator(f'circle.pt[data-term="{terms["term"][j]}"]')
        dot.hover()
        assert page.locator("#tooltip").is_visible()
        assert terms["display"][j] in page.text_content("#tooltip")
        dot.click()
        assert (len(p.kwic_lines(0)), len(p.kwic_lines(1))) == (terms["count_a"][j], terms["count_b"][j])
        assert min(len(p.kwic_lines(0)), len(p.kwic_lines(1))) >= 1

        # keyboard: Tab reaches the plot, an arrow key selects a term and lists its lines
        page.focus("#scatter")
        page.keyboard.press("ArrowLeft")
        shown = page.text_content("#term-details h3")
        k = terms["display"].index(shown)
        assert len(p.kwic_lines(0)) + len(p.kwic_lines(1)) == terms["count_a"][k] + terms["count_b"][k]
        assert page.locator("#selection").count() == 1
        page.keyboard.press("Escape")
        assert page.locator("#selection").count() == 0

        # the other placement draws every term as well
        page.check('input[name=mode][value="z"]')
        assert page.locator("circle.pt").count() == len(terms["term"])
        page.check('input[name=mode][value="freq"]')
        _screenshot(page, tmp_path, "explorer.png")

        # sectors: the one with the most mentions in both periods shows lines from both
        page.click("#tab-sectors")
        assert page.locator("#panel-sectors").is_visible()
        rows = page.locator("#sector-table tbody tr")
        assert rows.count() == len(data["sectors"])
        sec = max(data["sectors"], key=lambda s: (min(s["count"]), s["id"]))
        assert min(sec["count"]) >= 1
        page.click(f'button.sector-btn[data-sector="{sec["id"]}"]')
        assert (len(p.kwic_lines(0)), len(p.kwic_lines(1))) == tuple(sec["count"])
        assert page.locator("#kwic-cols .kline .badge").count() == sum(sec["count"])
        _screenshot(page, tmp_path, "explorer-sectors.png")
        p.check_clean()
    finally:
        p.close()


def test_injected_markup_runs_nothing_and_shows_as_text(explorer_browser, tmp_path):
    script = "<script>window.__pwned=1</script>"
    img = '<img src=x onerror="window.__pwned=1">'
    texts = [
        f"Energy cooperation grows {script} fast. Trade expands.",
        f"Education cooperation grows {img} too. Energy returns.",
    ]
    docs = pd.DataFrame(
        {
            "doc_id": ["early", "late"],
            "date": pd.to_datetime(["2020-01-15", "2020-02-15"]),
            "period": ["2020-01", "2020-02"],
            "place": ["<i>Hanoi</i>", "Moscow"],
            "title": [f"Title {script}", f"Title {img}"],
            "participants": ["", ""],
            "dateline": ["HANOI", "MOSCOW"],
            "agency": ["VNA", "VNA"],
            "file": ["early.txt", "late.txt"],
            "text": texts,
        }
    )
    path = write_explorer(framing.analyse(docs), tmp_path / "injected.html")
    p = _Page(explorer_browser, path)
    page = p.page
    try:
        page.fill("#term-search", "cooperation")
        page.press("#term-search", "Enter")
        page.check("#kwic-full")  # whole sentences, so the injected markup is on screen
        assert (len(p.kwic_lines(0)), len(p.kwic_lines(1))) == (1, 1)
        shown = page.text_content("#kwic-cols")
        assert script in shown and img in shown
        assert script in page.text_content("#subtitle") and img in page.text_content("#subtitle")
        assert page.evaluate("typeof window.__pwned") == "undefined"
        # nothing from the corpus became an element
        assert page.locator("#kwic-cols img, #kwic-cols script, header img, header i").count() == 0
        assert page.locator("script").count() == 2
        _screenshot(page, tmp_path, "explorer-injected.png")
        p.check_clean()
    finally:
        p.close()


def test_search_for_object_property_names_finds_the_terms(explorer_browser, tmp_path):
    """Terms named like Object.prototype properties are ordinary terms (the index is a Map)."""
    from framing.cli import main

    folder = tmp_path / "corpus"
    folder.mkdir()
    # dated in the study's periods (2025-10, 2026-02): `framing explore` compares those by default
    (folder / "early.txt").write_text(
        " date 2025-10-10 HANOI \u2014 The constructor of the plant spoke about energy cooperation. "
        "Its toString and hasOwnProperty notes, its __proto__ and valueOf drafts were read. \u2014 VNA/VNS",
        encoding="utf-8",
    )
    (folder / "late.txt").write_text(
        " date 2026-02-24 MOSCOW \u2014 A constructor builds energy plants. Education cooperation grows "
        "with toString, hasOwnProperty and __proto__ too. \u2014 VNA/VNS",
        encoding="utf-8",
    )
    path = tmp_path / "props.html"
    assert main(["explore", "--corpus", str(folder), "--out", str(path)]) == 0
    p = _Page(explorer_browser, path)
    page = p.page
    try:
        displays = p.data()["terms"]["display"]
        for query, shown in [
            ("constructor", "constructor"),
            ("toString", "tostring"),
            ("hasOwnProperty", "hasownproperty"),
            ("__proto__", "proto"),  # underscores are punctuation: the word is "proto"
            ("valueOf", "valueof"),
        ]:
            assert shown in displays
            page.fill("#term-search", query)
            page.press("#term-search", "Enter")
            status = page.text_content("#search-status")
            assert status.startswith(f"Found \u201c{shown}\u201d"), (query, status)
            assert page.locator("#selection .sel-lbl").text_content() == shown
            marks = p.kwic_lines(0) + p.kwic_lines(1)
            assert marks and all(m.lower() == shown for m in marks), (query, marks)
            assert p.errors == [], (query, p.errors)
        # typing (no Enter) an exact term selects it as well
        page.fill("#term-search", "")
        page.type("#term-search", "constructor")
        assert page.locator("#selection .sel-lbl").text_content() == "constructor"
        # a property name that is no term is simply not found
        page.fill("#term-search", "isPrototypeOf")
        assert "No term matches" in page.text_content("#search-status")
        page.click("#tab-sectors")
        page.click('button.sector-btn[data-sector="energy"]')
        assert (len(p.kwic_lines(0)), len(p.kwic_lines(1))) == (1, 1)
        p.check_clean()
    finally:
        p.close()


@pytest.fixture(scope="module")
def over_time(tmp_path_factory):
    """The ten-period example's analysis and its page, built once for the tests that read it."""
    folder = Path(__file__).resolve().parents[1] / "data" / "examples" / "over-time"
    analysis = framing.analyse(framing.load_corpus(folder, metadata=folder / "documents.csv"))
    return analysis, write_explorer(analysis, tmp_path_factory.mktemp("over-time") / "over-time.html")


def test_every_period_of_the_over_time_example_is_shown(explorer_browser, over_time, tmp_path):
    """Ten periods: the sector view and the concordances show each; the scatter compares two."""
    analysis, path = over_time
    p = _Page(explorer_browser, path)
    page = p.page
    try:
        data = p.data()
        periods = data["periods"]
        assert periods == list(analysis.groups) and len(periods) == 10
        ref, tgt = (periods[k] for k in data["pair"])
        # the page says what the term view compares; the subtitle names every period
        scope = page.text_content("#term-scope")
        assert f"{ref} (reference) with {tgt} (target)" in scope and "every period" in scope
        subtitle = page.text_content("#subtitle")
        assert all(g in subtitle for g in periods)

        # sectors: one column per period; "health" only in the first three
        page.click("#tab-sectors")
        assert page.locator("#sector-table thead th[data-period]").count() == 10
        health = next(s for s in data["sectors"] if s["id"] == "health")
        row = page.locator('#sector-table tbody tr:has(button[data-sector="health"])')
        cells = row.locator("td.num").all_text_contents()
        assert [int(c.split()[0]) for c in cells] == health["count"]
        assert row.locator(".spark .sbar").count() == 10
        page.click('button.sector-btn[data-sector="health"]')
        cols = page.locator("#kwic-cols .kcol")
        assert cols.count() == 10
        assert [cols.nth(k).get_attribute("data-period") for k in range(10)] == periods
        assert [len(p.kwic_lines(k)) for k in range(10)] == health["count"]
        assert "Not found in 2026-04" in page.text_content("#kwic-cols .kcol:nth-child(10)")
        _screenshot(page, tmp_path, "explorer-over-time-sectors.png")

        # a term seen only in a middle period: found, not plotted, its lines shown
        page.click("#tab-terms")
        page.fill("#term-search", "vaccines")
        page.press("#term-search", "Enter")
        status = page.text_content("#search-status")
        assert status.startswith("Found \u201cvaccines\u201d") and "not plotted" in status
        assert page.locator("#selection").count() == 0
        lines = [len(p.kwic_lines(k)) for k in range(10)]
        assert lines[periods.index("2021-06")] >= 1 and sum(lines) == lines[periods.index("2021-06")]
        # a plotted term: its lines from every period, its counts from the two compared
        page.fill("#term-search", "education")
        page.press("#term-search", "Enter")
        t = data["terms"]
        i = t["term"].index("educ")
        assert page.text_content("#search-status") == (
            f"Found \u201ceducation\u201d: {t['count_a'][i]} \u2192 {t['count_b'][i]}."
        )
        lines = [len(p.kwic_lines(k)) for k in range(10)]
        assert sum(lines) == len(t["occ"][i]) and min(lines) >= 1
        _screenshot(page, tmp_path, "explorer-over-time-terms.png")
        p.check_clean()
    finally:
        p.close()


def test_formulae_and_statements_views(explorer_browser, tmp_path):
    texts = [
        "Both sides praised the comprehensive strategic partnership. Both sides agreed to boost trade "
        "and energy ties. Tourism grew.",
        "The leaders hailed the comprehensive strategic partnership. The two sides agreed to boost "
        "trade and energy links. Tourism grew.",
    ]
    docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"], "text": texts})
    path = write_explorer(framing.analyse(docs), tmp_path / "formulae.html")
    p = _Page(explorer_browser, path)
    try:
        page = p.page
        page.click("#tab-formulae")
        assert page.is_visible("#panel-formulae")
        assert "at most 60" in page.text_content("#formula-hint")
        page.get_by_role("button", name="the comprehensive strategic partnership").click()
        assert p.kwic_lines(0) == ["the comprehensive strategic partnership"]
        assert p.kwic_lines(1) == ["the comprehensive strategic partnership"]
        page.click("#tab-statements")
        assert page.is_visible("#panel-statements")
        reworded = page.locator('#statement-list .stmt[data-label="reworded"]').filter(has_text="energy links")
        assert reworded.locator(".stgt mark").all_text_contents() == ["The", "two", "links"]
        assert reworded.locator(".sref mark").all_text_contents() == ["Both", "ties"]
        carried = page.locator('#statement-list .stmt[data-label="carried over"]')
        assert carried.count() == 1 and carried.locator("mark").count() == 0
        _screenshot(page, tmp_path, "explorer-statements.png")
        p.check_clean()
    finally:
        p.close()


# ---------------------------------------------------------------------------------------------
# Search on folded keys, sector hints, the report view, downloads, the URL fragment
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def study_page(tmp_path_factory):
    study = framing.load_study()
    analysis = framing.analyse(framing.load_corpus(study.corpus, metadata=study.metadata), study=study)
    path = write_explorer(analysis, tmp_path_factory.mktemp("study") / "explorer.html")
    return analysis, path


def _python_lines(analysis, query):
    """(doc_id, start, end) of every match of the query: consecutive keys of key_stream, a
    trailing * matching any key that starts with the rest (worked out here, not by the page)."""
    from framing.lexicons.matching import key_stream

    words = query.split()
    out = []
    for doc_id, text in zip(analysis.docs["doc_id"], analysis.docs["text"], strict=True):
        starts, ends, keys = key_stream(text)
        want = [key_stream(w)[2] if not w.endswith("*") else [("*", w[:-1].lower())] for w in words]
        want = [k for ks in want for k in ks]
        for i in range(len(keys) - len(want) + 1):
            if all(keys[i + j].startswith(w[1]) if isinstance(w, tuple) else keys[i + j] == w
                   for j, w in enumerate(want)):
                out.append((doc_id, starts[i], ends[i + len(want) - 1]))
    return out


def test_search_finds_phrases_acronyms_wildcards_and_folds_as_python(explorer_browser, study_page):
    from framing.lexicons.matching import key_stream
    from framing.normalize import fold

    analysis, path = study_page
    p = _Page(explorer_browser, path)
    page = p.page
    try:
        # the page folds and cuts a query into keys exactly as framing does
        tricky = ["Việt Nam", "Hà Nội", "Russia's", "CPV", "Russia\u2019s citizens\u2019 U.S. ties",
                  "science-technology co\u2011operation", "ĐẠI HỘI Đảng", "naïve Café Œuvre straße",
                  "Hà\u00a0Nội \u2013 Moscow", "1,500 tonnes; 2.5 bn", "Zyuganov’s CPRF", "o'clock rock'n'roll"]
        for s in tricky:
            assert page.evaluate("s => window.framingExplorer.fold(s)", s) == fold(s), s
            assert page.evaluate("s => window.framingExplorer.queryKeys(s)", s) == key_stream(s)[2], s

        docs = list(analysis.docs["doc_id"])
        for query, expected in [("oil and gas", 3), ("CPV", 9), ("energ*", 4)]:
            lines = _python_lines(analysis, query)
            assert len(lines) == expected  # the study's counts (CPV 1 + 8; "energy" 3 + 1 in "nuclear energy")
            page.fill("#term-search", query)
            page.press("#term-search", "Enter")
            assert page.text_content("#search-status").startswith(
                f"Found {expected} lines for \u201c{query}\u201d.")
            per_doc = [sum(d == doc for d, _, _ in lines) for doc in docs]
            assert [page.locator(f"#kwic-cols .kcol:nth-child({k + 1}) .kline").count() for k in (0, 1)] == per_doc
            shown = page.evaluate("q => window.framingExplorer.search(q)", query)
            assert [tuple(x) for x in shown] == lines
            # each line shows its doc, offsets, speaker and side, and marks text[start:end]
            texts = dict(zip(analysis.docs["doc_id"], analysis.docs["text"], strict=True))
            marks = p.kwic_lines(0) + p.kwic_lines(1)
            assert marks == [texts[d][s:e] for d, s, e in lines]
            metas = page.locator("#kwic-cols .kline .kmeta").all_text_contents()
            assert [f"{d} \u00b7 sentence" in m and f"chars {s}\u2013{e}" in m for (d, s, e), m in
                    zip(lines, metas, strict=True)] == [True] * len(lines)
            assert page.locator("#kwic-cols .kline .badge").count() == len(lines)
        assert sorted(set(p.kwic_lines(0) + p.kwic_lines(1))) == ["energy"]

        # entities: "CPV" offers every line of the party however written (its tokens); a form
        # absent from the text ("Vietnam": the reports write "Việt Nam") shows the entity's lines
        tokens = analysis.tokens
        page.fill("#term-search", "CPV")
        page.press("#term-search", "Enter")
        page.click("#search-status .entity-btn")
        cpv = tokens[tokens["stem"] == "communist party of viet nam"]
        assert page.text_content("#kwic-title") == "Entity: Communist Party of Việt Nam"
        # "CPV" 0 + 7 and the full name 1 + 1: the "(CPV)" after each full name repeats it (no token)
        assert sorted(p.kwic_lines(0) + p.kwic_lines(1)) == sorted(cpv["surface"]) and len(cpv) == 9
        page.fill("#term-search", "Vietnam")
        page.press("#term-search", "Enter")
        place = tokens[tokens["stem"] == "viet nam"]
        assert page.text_content("#kwic-title") == "Entity: Việt Nam"
        assert len(p.kwic_lines(0) + p.kwic_lines(1)) == len(place) == 15
        assert "entity=Vi%E1%BB%87t%20Nam" in page.evaluate("location.hash")
        p.check_clean()
    finally:
        p.close()


def test_sector_hint_says_where_the_word_is_counted(explorer_browser, study_page):
    analysis, path = study_page
    m = analysis.mentions
    assert ((m["sector"] == "energy") & (m["period"] == "2026-02")).sum() == 0
    p = _Page(explorer_browser, path)
    page = p.page
    try:
        page.click("#tab-sectors")
        page.click('button.sector-btn[data-sector="energy"]')
        col = page.locator('#kwic-cols .kcol[data-period="2026-02"]')
        assert "Not found in 2026-02." in col.text_content()
        assert col.locator(".sector-hint").all_text_contents() == [
            "\u201cenergy\u201d appears 1 time in 2026-02, inside \u201cnuclear energy\u201d, counted as Nuclear energy."]
        assert col.locator(".hline mark").all_text_contents() == ["energy"]
        assert col.locator(".kline").count() == 0
        # the table marks the empty cell and says the same on hover
        cell = page.locator('#sector-table tr:has(button[data-sector="energy"]) td[data-period="2026-02"]')
        assert cell.locator(".hint-mark").count() == 1
        assert cell.get_attribute("title").startswith("\u201cenergy\u201d appears 1 time in 2026-02")
        assert page.locator("#sector-table .hint-mark").count() == sum(
            1 for s in p.data()["sectors"] for h in s["hints"] if h)
        p.check_clean()
    finally:
        p.close()


def test_report_view_marks_every_mention_and_each_speakers_side(explorer_browser, study_page, tmp_path):
    analysis, path = study_page
    study = analysis.study
    p = _Page(explorer_browser, path)
    page = p.page
    try:
        data = p.data()
        page.click("#tab-report")
        assert page.is_visible("#panel-report")
        for i, doc in enumerate(data["docs"]):
            page.select_option("#doc-select", str(i))
            mine = analysis.mentions[analysis.mentions["doc_id"] == doc["doc_id"]].sort_values("start")
            marks = page.locator("#report-text mark.rm")
            assert marks.count() == len(mine) > 0
            assert [int(x) for x in page.eval_on_selector_all(
                "#report-text mark.rm", "ms => ms.map(m => m.dataset.start)")] == mine["start"].tolist()
            assert f"{len(mine)} sector mentions" in page.text_content("#report-hint")
            sents = analysis.sentences[analysis.sentences["doc_id"] == doc["doc_id"]]
            assert page.locator("#report-text .rsent").count() == len(sents)
            # the whole text is there, as text
            assert page.text_content("#report-text").replace(
                "".join(page.locator("#report-text .rspk").all_text_contents()), "") != ""
        # the underline of a sentence voiced by a study side has that side's colour
        side = study.sides[0]
        r, g, b = (int(side.colour[k:k + 2], 16) for k in (1, 3, 5))
        first = page.locator(f'#report-text .rsent[data-side="{side.id}"]').first
        assert first.evaluate("e => getComputedStyle(e).borderBottomColor") == f"rgb({r}, {g}, {b})"
        assert side.label in page.text_content("#report-legend")
        # a click on a mention shows its sector, rule and offsets; its colour is the lexicon's
        page.select_option("#doc-select", "0")
        mine = analysis.mentions[analysis.mentions["doc_id"] == data["docs"][0]["doc_id"]].sort_values("start")
        row = mine.iloc[0]
        mark = page.locator("#report-text mark.rm").first
        mark.click()
        detail = page.text_content("#report-detail")
        assert analysis.lexicon.label(row["sector"]) in detail and row["rule"] in detail
        assert f"chars {row['start']}\u2013{row['end']}" in detail
        colour = analysis.lexicon.colours()[row["sector"]]
        r, g, b = (int(colour[k:k + 2], 16) for k in (1, 3, 5))
        assert mark.evaluate("e => getComputedStyle(e).borderBottomColor") == f"rgb({r}, {g}, {b})"
        _screenshot(page, tmp_path, "explorer-report.png")
        p.check_clean()
    finally:
        p.close()


def _download(page, selector, tmp_path):
    with page.expect_download() as info:
        page.click(selector)
    dl = info.value
    out = tmp_path / dl.suggested_filename
    dl.save_as(str(out))
    return out


def test_downloads_of_table_lines_and_chart(explorer_browser, study_page, tmp_path):
    import xml.etree.ElementTree as ET

    analysis, path = study_page
    p = _Page(explorer_browser, path)
    page = p.page
    try:
        data = p.data()
        # CSV cells: quoted as CSV, formulas made inert as framing.io.neutralise_cells does
        csv = page.evaluate("""() => window.framingExplorer.csv(["a", "b"],
            [["=1+1", 'x,"y"\\nz'], [-0.5, "@home"], [null, "-2"]])""")
        assert csv == 'a,b\n\'=1+1,"x,""y""\nz"\n-0.5,\'@home\n,\'-2\n'

        # the sector table
        page.click("#tab-sectors")
        out = _download(page, "#dl-csv", tmp_path)
        assert out.name == "framing-sectors.csv"
        table = pd.read_csv(out, keep_default_na=False)
        assert table["sector"].tolist() == [s["id"] for s in data["sectors"]]
        for k, g in enumerate(data["periods"]):
            assert table[f"count_{g}"].tolist() == [s["count"][k] for s in data["sectors"]]
        (tmp_path / "first-lines.txt").write_text("".join(out.read_text(encoding="utf-8").splitlines(True)[:4]))

        # the concordance lines of a search
        page.click("#tab-terms")
        page.fill("#term-search", "CPV")
        page.press("#term-search", "Enter")
        lines = pd.read_csv(_download(page, "#dl-kwic", tmp_path), keep_default_na=False)
        assert len(lines) == 9 and set(lines["match"]) == {"CPV"}
        texts = dict(zip(analysis.docs["doc_id"], analysis.docs["text"], strict=True))
        assert all(texts[d][s:e] == "CPV" for d, s, e in zip(lines["doc_id"], lines["start"], lines["end"], strict=True))

        # the chart of the term view: standalone SVG, one circle per term, styles inlined
        svg = _download(page, "#dl-svg", tmp_path)
        root = ET.parse(svg).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        circles = root.findall(".//{http://www.w3.org/2000/svg}circle")
        assert len([c for c in circles if c.get("data-term")]) == len(data["terms"]["term"])
        assert all("fill:" in c.get("style", "") for c in circles)
        assert root.get("width") == "760" and root.get("height") == "540"
        # the chart of the sector view
        page.click("#tab-sectors")
        root = ET.parse(_download(page, "#dl-svg", tmp_path)).getroot()
        texts_in = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
        assert all(s["label"] in texts_in for s in data["sectors"])
        # no chart in the report view
        page.click("#tab-report")
        assert page.is_disabled("#dl-svg")
        out = _download(page, "#dl-csv", tmp_path)
        mentions = pd.read_csv(out, keep_default_na=False)
        doc0 = data["docs"][0]["doc_id"]
        assert len(mentions) == int((analysis.mentions["doc_id"] == doc0).sum())
        p.check_clean()
    finally:
        p.close()


def test_the_view_is_kept_in_the_url_fragment(explorer_browser, study_page):
    analysis, path = study_page
    p = _Page(explorer_browser, path)
    page = p.page
    try:
        data = p.data()
        # a link opens a view: sectors tab, one group shown, a sector's lines
        page.goto(p.url + "#tab=sectors&group=2026-02&sector=energy")
        page.wait_for_selector("html[data-ready]", state="attached")
        for _ in range(2):  # as opened, then after a reload
            assert page.get_attribute("#tab-sectors", "aria-selected") == "true"
            assert page.is_visible("#panel-sectors")
            assert page.input_value("#group-select") == "2026-02"
            assert page.text_content("#kwic-title") == "Sector: Energy"
            cols = page.locator("#kwic-cols .kcol")
            assert cols.count() == 1 and cols.first.get_attribute("data-period") == "2026-02"
            assert page.locator("#kwic-cols .sector-hint").count() == 1
            page.reload()
            page.wait_for_selector("html[data-ready]", state="attached")
        # what one does is written to the fragment, and a reload gives the same view
        page.select_option("#group-select", "")
        page.click("#tab-report")
        page.select_option("#doc-select", "1")
        doc1 = data["docs"][1]["doc_id"]
        assert page.evaluate("location.hash") == f"#tab=report&sector=energy&doc={doc1}"
        page.reload()
        page.wait_for_selector("html[data-ready]", state="attached")
        assert page.is_visible("#panel-report") and page.input_value("#doc-select") == "1"
        n = int((analysis.mentions["doc_id"] == doc1).sum())
        assert page.locator("#report-text mark.rm").count() == n
        # a changed fragment (a link followed within the page) changes the view
        page.evaluate("location.hash = '#term=oil%20and%20gas'")
        page.wait_for_function("document.getElementById('kwic-title').textContent.includes('oil and gas')")
        assert page.is_visible("#panel-terms")
        assert len(p.kwic_lines(0)) + len(p.kwic_lines(1)) == 3
        assert page.input_value("#term-search") == "oil and gas"
        p.check_clean()
    finally:
        p.close()


def test_every_group_can_be_shown_alone(explorer_browser, over_time):
    analysis, path = over_time
    p = _Page(explorer_browser, path)
    page = p.page
    try:
        periods = list(analysis.groups)
        options = page.eval_on_selector_all("#group-select option", "os => os.map(o => o.value)")
        assert options == ["", *periods]
        # the report view lists every document, grouped
        assert page.locator("#doc-select option").count() == len(analysis.docs)
        assert page.locator("#doc-select optgroup").count() == len(periods)
        health = next(s for s in p.data()["sectors"] if s["id"] == "health")
        page.click("#tab-sectors")
        page.click('button.sector-btn[data-sector="health"]')
        for k, g in enumerate(periods):
            page.select_option("#group-select", g)
            col = page.locator("#kwic-cols .kcol")
            assert col.count() == 1 and col.first.get_attribute("data-period") == g
            assert col.first.locator(".kline").count() == health["count"][k]
        p.check_clean()
    finally:
        p.close()


def test_a_sampled_page_says_so_wherever_it_shows_lines(explorer_browser, tmp_path):
    # a corpus over the budget: the page embeds a sample of its reports (framing.report.explorer)
    from test_explorer_sample import BUDGET, _corpus

    analysis = framing.analyse(_corpus())
    path = write_explorer(analysis, tmp_path / "sampled.html", max_chars=BUDGET, seed=0)
    p = _Page(explorer_browser, path)
    page = p.page
    try:
        data = p.data()
        sample = data["sample"]
        assert (sample["docs"], sample["of"]) == (6, 18)
        # the header, the note and the term view say what is embedded
        assert page.text_content("#subtitle") == " · ".join(f"{g}: 2 of 6 reports" for g in data["periods"])
        assert page.text_content("#sample-note") == sample["text"]
        assert "Lines come from the 6 of 18 reports embedded (sampled by group, seed 0)" in page.text_content(
            "#term-scope"
        )
        # a search: the lines of the sample, said so in the status, the subtitle and each column
        page.fill("#term-search", "the minister said")
        page.press("#term-search", "Enter")
        status = page.text_content("#search-status")
        found = page.evaluate("q => window.framingExplorer.search(q)", "the minister said")
        kept = {d["doc_id"] for d in data["docs"]}
        assert len(found) == 3 and {d for d, _, _ in found} <= kept
        assert status == f"Found {len(found)} lines for “the minister said” in the 6 of 18 reports embedded."
        assert "6 of 18 reports embedded" in page.text_content("#kwic-sub")
        heads = page.locator("#kwic-cols h3").all_text_contents()
        assert len(heads) == 3 and all(h.endswith("in 2 of 6 reports") for h in heads)
        # a sector: its count is the whole corpus's, its lines the sample's
        energy = next(s for s in data["sectors"] if s["id"] == "energy")
        assert sum(energy["count"]) > len(energy["occ"]) > 0
        page.click("#tab-sectors")
        page.click('button.sector-btn[data-sector="energy"]')
        assert page.locator("#kwic-cols .kline").count() == len(energy["occ"])
        # statements: each with its two sentences, though a partner's report may not be embedded
        page.click("#tab-statements")
        A = data["alignment"]
        assert "6 of 18 reports embedded" in page.text_content("#statement-hint")
        assert page.locator("#statement-list .stmt").count() == len(A["label"]) > 0
        outside = next(i for i, d in enumerate(A["reference_doc_id"]) if d is not None and d not in kept)
        stmt = page.locator("#statement-list .stmt").nth(outside)
        assert stmt.locator(".sref").text_content() == f"{data['periods'][0]}: {A['reference_text'][outside]}"
        with page.expect_download() as dl:
            page.click("#dl-csv")
        rows = pd.read_csv(dl.value.path(), keep_default_na=False)
        assert rows["reference_doc_id"].tolist() == [d or "" for d in A["reference_doc_id"]]
        assert rows["target"].tolist() == [t or "" for t in A["target_text"]]
        # the report view lists the sampled reports and says so
        page.click("#tab-report")
        assert page.locator("#doc-select option").count() == 6
        assert page.text_content("#report-hint").endswith(
            "The list holds the 6 of 18 reports embedded (sampled by group, seed 0)."
        )
        _screenshot(page, tmp_path, "explorer-sampled.png")
        p.check_clean()
    finally:
        p.close()
