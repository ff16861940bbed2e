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


def test_every_period_of_the_over_time_example_is_shown(explorer_browser, tmp_path):
    """Ten periods: the sector view and the concordances show each; the scatter compares two."""
    folder = Path(__file__).resolve().parents[1] / "data" / "examples" / "over-time"
    analysis = framing.analyse(framing.load_corpus(folder, metadata=folder / "documents.csv"))
    path = write_explorer(analysis, tmp_path / "over-time.html")
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
