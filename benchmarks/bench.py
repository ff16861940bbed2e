#!/usr/bin/env python
"""Scale benchmark: the framing pipeline on 1,000 to 100,000 generated reports, with baselines.

Usage::

    python benchmarks/bench.py [--sizes 1000,10000,100000] [--quiet] [--out DIR] [--jobs 2]

For each corpus size (generated once by ``corpusgen.py`` under ``benchmarks/.cache/`` and reused) and
each stage, a fresh Python process loads what the stage needs (not timed), then times the stage and
reads its peak memory from ``/proc/self/status`` (``VmHWM``, reset to the current size just before the
stage through ``/proc/self/clear_refs``, so it is the peak *during* the stage, inputs included).
Worker processes started by a stage are followed through ``/proc`` every 0.2 s: ``workers_mb`` is the
sum of their peak proportional set sizes (PSS: pages shared with the parent after ``fork`` are
divided among the sharers), ``total_mb`` the larger of the stage process's own peak and the largest
PSS sum over the process tree seen at one poll.

Stages (pipeline, then the two baselines the issue asks for):

========================  ====================================================================
load                      ``framing.load_corpus(folder)``
tokens_table              ``framing.tokens.tokenize(docs)``: the full tokens table (sizes up to
                          ``--max-table-docs`` only: 40 million rows do not fit in memory)
count_matrix              tokenize + document-term matrix: ``framing.scale.count_matrix``
                          (process pool of ``--jobs`` workers over chunks of documents)
keyness_dtm               ``framing.document_term_matrix(tokens, ngram_range=(1, 3))`` on the tokens
                          table (built before the clock starts; sizes up to ``--max-table-docs``)
sectors                   ``framing.sectors.find_sector_mentions(docs, n_jobs=1)`` (``--sector-jobs``)
keyness                   ``framing.keyness(tokens, target="H2", reference="H1", by="half")``: second
                          half of the year against the first, on the tokens table (built before the
                          clock starts; sizes up to ``--max-table-docs``)
passages                  ``framing.topics.sector_passages(mentions, sentences)`` (mentions and
                          sentences built before the clock starts)
topic_fit                 ``framing.topics.fit_topics(passages, k=8, n_runs=0)``: one NMF fit on
                          the passages of a seeded sample of ``--topic-docs`` documents, at most
                          ``--topic-passages`` of them (the fit's input is capped: see README)
formulae                  ``framing.formulae.corpus_formulae(docs, n_jobs=--jobs)``: diplomatic
                          formulae (recurring 3-10-word sequences, hashed n-grams counted length by
                          length) without a tokens table; quick run: ``--sizes 1000 --stages
                          formulae --out /tmp/bench``
countvectorizer (base)    ``sklearn CountVectorizer().fit_transform(docs.text)``, defaults
naive_sectors (base)      one regex alternation of all lexicon phrases over ``text.lower()``
========================  ====================================================================

Outputs in ``--out`` (default ``benchmarks/results``): ``bench.csv``, ``bench.md`` (table, ratios,
slopes, machine), ``bench-scaling.svg``/``.png`` (log-log time against size, fitted slope per stage in
the legend); the table is printed. ``raw/<size>-<stage>.json`` keeps each measurement; ``--keep``
reuses those instead of measuring again (to add a size to an earlier run).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import corpusgen  # noqa: E402

DEFAULT_SIZES = (1000, 10000, 100000)
DEFAULT_OUT = HERE / "results"
DEFAULT_CACHE = HERE / ".cache"

# name, kind, description
STAGES = [
    ("load", "pipeline", "load_corpus(folder)"),
    ("tokens_table", "pipeline", "tokens.tokenize(docs): tokens table"),
    ("count_matrix", "pipeline", "tokenize + DTM: scale.count_matrix (process pool)"),
    ("countvectorizer", "baseline", "CountVectorizer().fit_transform (defaults)"),
    ("keyness_dtm", "pipeline", "framing.document_term_matrix(tokens), 1-3-grams"),
    ("sectors", "pipeline", "sectors.find_sector_mentions(docs)"),
    ("naive_sectors", "baseline", "regex alternation of lexicon phrases, lower-cased text"),
    ("keyness", "pipeline", "framing.keyness(tokens, H2 vs H1)"),
    ("passages", "pipeline", "topics.sector_passages(mentions, sentences)"),
    ("topic_fit", "pipeline", "topics.fit_topics(sampled passages, k=8, nmf, n_runs=0)"),
    ("formulae", "pipeline", "formulae.corpus_formulae(docs): recurring 3-10-word sequences"),
]
STAGE_NAMES = [s[0] for s in STAGES]
COLUMNS = [
    "size", "stage", "kind", "status", "n_docs", "mb", "seconds", "cpu_s", "mb_per_s", "peak_mb",
    "workers_mb", "total_mb", "measured_utc", "note",
]


# ---------------------------------------------------------------------------------------------
# Memory
# ---------------------------------------------------------------------------------------------


def _status_kb(field: str, pid: int | str = "self") -> int | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            m = re.search(rf"^{field}:\s+(\d+)\s+kB", f.read(), re.M)
    except OSError:
        return None
    return int(m.group(1)) if m else None


def _reset_peak() -> bool:
    """Reset VmHWM to the current resident size (Linux >= 4.0); False if not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _descendants(root: int) -> list[int]:
    parent: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        # the command name may hold spaces and parentheses: ppid is the 2nd field after the last ')'
        parent[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    out, frontier = [], [root]
    while frontier:
        p = frontier.pop()
        kids = [c for c, pp in parent.items() if pp == p]
        out.extend(kids)
        frontier.extend(kids)
    return out


def _pss_kb(pid: int) -> int | None:
    """Proportional set size: shared pages divided among the processes sharing them."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            m = re.search(r"^Pss:\s+(\d+)\s+kB", f.read(), re.M)
    except OSError:
        return None
    return int(m.group(1)) if m else None


class _WorkerWatch(threading.Thread):
    """Polls the proportional memory (PSS) of every descendant process, keeping each one's peak.

    PSS, not RSS: workers forked from a fork server share its pages (the imported libraries), and
    summing their RSS would count those pages once per worker.
    """

    def __init__(self, interval: float = 0.2):
        super().__init__(daemon=True)
        self.interval = interval
        self.peaks: dict[int, int] = {}
        self.tree_peak = 0  # kB: largest PSS sum over this process and its descendants
        self.cpu: dict[int, float] = {}  # last seen user + system CPU seconds of each descendant
        self.stop = threading.Event()
        self.tick = os.sysconf("SC_CLK_TCK")

    def poll(self):
        kids = _descendants(os.getpid())
        tree = 0
        for pid in kids:
            kb = _pss_kb(pid)
            if kb is not None:
                self.peaks[pid] = max(self.peaks.get(pid, 0), kb)
                tree += kb
        if kids:  # this process and its workers at the same instant, shared pages counted once
            self.tree_peak = max(self.tree_peak, tree + (_pss_kb(os.getpid()) or 0))
            try:
                with open(f"/proc/{pid}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                self.cpu[pid] = (int(fields[11]) + int(fields[12])) / self.tick
            except (OSError, IndexError, ValueError):
                pass

    def run(self):
        while not self.stop.wait(self.interval):
            self.poll()


# ---------------------------------------------------------------------------------------------
# Stages (run in a child process)
# ---------------------------------------------------------------------------------------------


def _load(opts):
    from framing.corpus import load_corpus

    return load_corpus(opts.corpus)


def _with_half(docs):
    # First half of the generated year (2025-09 .. 2026-02) against the second.
    docs = docs.copy()
    docs["half"] = (docs["date"] >= "2026-03-01").map({False: "H1", True: "H2"})
    return docs


def _tokens_with_half(docs):
    """The tokens table, with each document's half of the year (statistics take tables)."""
    from framing.tokens import tokenize

    docs = _with_half(docs)
    tokens = tokenize(docs)
    half = dict(zip(docs["doc_id"], docs["half"], strict=True))
    tokens["half"] = tokens["doc_id"].astype(str).map(half)
    return tokens


#: Stages whose input is the full tokens table: only up to --max-table-docs.
TABLE_STAGES = ("tokens_table", "keyness_dtm", "keyness")


def lexicon_phrases() -> list[str]:
    """Every phrase of the packaged sector lexicon, as written (the naive matcher's input)."""
    from framing.lexicons import load_lexicon

    lex = load_lexicon()
    phrases: list[str] = []
    if hasattr(lex, "columns"):  # a table with one phrase per row
        col = next(c for c in ("phrase", "term", "pattern", "surface") if c in lex.columns)
        phrases = [str(p) for p in lex[col]]
    elif isinstance(lex, dict):
        for value in lex.values():
            items = value.get("phrases", value.get("terms", [])) if isinstance(value, dict) else value
            phrases.extend(str(p) for p in items)
    else:
        for item in lex:
            phrases.extend(str(p) for p in getattr(item, "phrases", [item]))
    # Each "{class}" slot becomes each phrase of the class.
    classes = getattr(lex, "classes", {}) or {}
    done: set[str] = set()
    todo = list(phrases)
    while todo:
        phrase = todo.pop()
        m = re.search(r"\{(\w+)\}", phrase)
        if m and m.group(1) in classes:
            todo.extend(phrase[: m.start()] + c + phrase[m.end() :] for c in classes[m.group(1)])
        else:
            done.add(phrase)
    return sorted(done)


def naive_sector_matches(texts, phrases) -> int:
    """The issue's naive baseline: one alternation of all phrases over lower-cased text; a count."""
    alternation = "|".join(re.escape(p.lower()) for p in sorted(phrases, key=len, reverse=True))
    rx = re.compile(rf"\b(?:{alternation})\b")
    return sum(len(rx.findall(t.lower())) for t in texts)


def _warm_imports(name):
    """Import what a stage uses before the clock starts (as the baselines' imports are)."""
    if name in ("load", "naive_sectors"):
        import framing.corpus  # noqa: F401

        return
    if name == "countvectorizer":
        import sklearn.feature_extraction.text  # noqa: F401

        return
    import nltk.stem.snowball  # noqa: F401
    import scipy.sparse  # noqa: F401
    import sklearn.feature_extraction.text  # noqa: F401, F811

    from framing.lexicons import load_entities, load_stopwords
    from framing.normalize import stem

    stem("warming")  # loads the Snowball stemmer
    load_entities()
    load_stopwords()
    if name == "topic_fit":
        import sklearn.decomposition  # noqa: F401
    if name == "formulae":
        from framing.tokens import sentence_spans

        list(sentence_spans("Warm up. The sentence splitter loads."))


def _stage_setup(name, opts):
    """Inputs of a stage (not timed)."""
    _warm_imports(name)
    if name == "load":
        return None
    docs = _load(opts)
    if name in ("keyness", "keyness_dtm"):
        return _tokens_with_half(docs)
    if name == "naive_sectors":
        return docs, lexicon_phrases()
    if name == "passages":
        from framing.sectors import find_sector_mentions
        from framing.tokens import split_sentences

        return find_sector_mentions(docs), split_sentences(docs)
    if name == "topic_fit":
        # A seeded sample of documents, then of their passages: the fit's input is capped.
        import numpy as np

        from framing.sectors import find_sector_mentions
        from framing.tokens import split_sentences
        from framing.topics import sector_passages

        rng = np.random.default_rng(0)
        if len(docs) > opts.topic_docs:
            docs = docs.iloc[np.sort(rng.choice(len(docs), size=opts.topic_docs, replace=False))]
            docs = docs.reset_index(drop=True)
        passages = sector_passages(find_sector_mentions(docs), split_sentences(docs))
        n_all = len(passages)
        if n_all > opts.topic_passages:
            keep = np.sort(rng.choice(n_all, size=opts.topic_passages, replace=False))
            passages = passages.iloc[keep].reset_index(drop=True)
        return passages, n_all, len(docs)
    return docs


def _stage_run(name, state, opts) -> dict:
    """Run a stage on its inputs; return extra facts (``note``, ``mb`` if not the corpus size)."""
    progress = not opts.quiet
    if name == "load":
        docs = _load(opts)
        return {"note": f"{len(docs):,} docs"}
    if name == "tokens_table":
        from framing.tokens import tokenize

        tokens = tokenize(state)
        mb = tokens.memory_usage(deep=True).sum() / 1e6
        return {"note": f"{len(tokens):,} token rows, {mb:,.0f} MB table"}
    if name == "count_matrix":
        from framing.scale import count_matrix

        X, terms = count_matrix(state["text"], n_jobs=opts.jobs, progress=progress)
        return {"note": f"{X.shape[1]:,} terms, {X.nnz:,} nonzeros, n_jobs={opts.jobs}"}
    if name == "countvectorizer":
        from sklearn.feature_extraction.text import CountVectorizer

        X = CountVectorizer().fit_transform(state["text"])
        return {"note": f"{X.shape[1]:,} terms, {X.nnz:,} nonzeros"}
    if name == "keyness_dtm":
        from framing import document_term_matrix

        X, terms = document_term_matrix(state, ngram_range=(1, 3))
        return {"note": f"{X.shape[1]:,} terms (1-3-grams), {X.nnz:,} nonzeros"}
    if name == "sectors":
        import inspect

        from framing.sectors import find_sector_mentions

        # both cores where the function offers them, as count_matrix uses them
        # One process by default (the function's own default): on two cores a pool gains little
        # here and its workers cost memory; --sector-jobs 2 measures the pool.
        kw = {"n_jobs": opts.sector_jobs} if "n_jobs" in inspect.signature(find_sector_mentions).parameters else {}
        mentions = find_sector_mentions(state, **kw)
        return {"note": f"{len(mentions):,} mentions" + (f", n_jobs={opts.sector_jobs}" if kw else "")}
    if name == "naive_sectors":
        docs, phrases = state
        texts = docs["text"]
        if progress:
            from tqdm.auto import tqdm

            texts = tqdm(texts, desc="naive", unit="doc", mininterval=2)
        n = naive_sector_matches(texts, phrases)
        return {"note": f"{n:,} matches of {len(phrases)} phrases"}
    if name == "keyness":
        from framing import keyness

        table = keyness(state, target="H2", reference="H1", by="half")
        return {"note": f"{len(table):,} terms"}
    if name == "passages":
        from framing.topics import sector_passages

        mentions, sentences = state
        passages = sector_passages(mentions, sentences)
        return {"note": f"{len(passages):,} passages"}
    if name == "topic_fit":
        from framing.topics import fit_topics

        passages, n_all, n_docs = state
        # One fit: n_runs=0 skips the 5 stability refits of the default (6 fits in all).
        model = fit_topics(passages, k=8, method="nmf", random_state=0, n_runs=0)
        mb = sum(len(t.encode("utf-8")) for t in passages["text"]) / 1e6
        table = getattr(model, "topic_term", None)
        n_terms = f"{table.shape[1]:,}" if table is not None else "?"
        return {"note": f"{len(passages):,} of {n_all:,} passages of {n_docs:,} sampled docs, "
                        f"{n_terms} terms; n_runs=0; MB/s on passage text", "mb": mb}
    if name == "formulae":
        from framing.formulae import corpus_formulae

        table = corpus_formulae(state, n_jobs=opts.jobs)
        new = int((table["status"] == "new").sum())
        return {"note": f"{len(table):,} formulae ({new:,} new), "
                        f"{int(table['n_occurrences'].sum()):,} occurrences, n_jobs={opts.jobs}"}
    raise ValueError(f"unknown stage {name!r}")


def _child(opts) -> None:
    import gc

    result = {"stage": opts.child, "size": opts.size, "status": "ok"}
    try:
        state = _stage_setup(opts.child, opts)
        gc.collect()
        reset = _reset_peak()
        watch = _WorkerWatch()
        watch.start()
        t0, c0 = time.perf_counter(), time.process_time()
        extra = _stage_run(opts.child, state, opts)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        watch.stop.set()
        watch.join()
        watch.poll()
        result.update(extra)
        result["seconds"] = seconds
        result["cpu_s"] = cpu + sum(watch.cpu.values())
        result["peak_mb"] = (_status_kb("VmHWM") or 0) / 1024
        result["workers_mb"] = sum(watch.peaks.values()) / 1024
        # the larger of this process's own peak and the sampled peak of the whole process tree
        result["total_mb"] = max(result["peak_mb"], watch.tree_peak / 1024)
        if not reset:
            result["note"] = (result.get("note", "") + "; peak includes setup").lstrip("; ")
    except ImportError as err:
        result.update(status="unavailable", note=f"{type(err).__name__}: {err}"[:200])
    except Exception as err:  # reported in the table, the other stages still run
        result.update(status="error", note=f"{type(err).__name__}: {err}"[:200])
    Path(opts.json).write_text(json.dumps(result))


# ---------------------------------------------------------------------------------------------
# Orchestration (parent process)
# ---------------------------------------------------------------------------------------------


def _run_stage(name, size, folder, opts, raw_dir: Path, timed_out: dict) -> dict:
    out = raw_dir / f"{size}-{name}.json"
    if opts.keep and out.is_file():
        return json.loads(out.read_text())
    if name in TABLE_STAGES and size > opts.max_table_docs:
        res = {"stage": name, "size": size, "status": "skipped",
               "note": f"tokens table not built above {opts.max_table_docs:,} docs (~400 rows/doc); "
                       "count_matrix counts without it"}
        out.write_text(json.dumps(res))
        return res
    if timed_out.get(name) is not None and size > timed_out[name]:
        res = {"stage": name, "size": size, "status": "skipped",
               "note": f"timed out at {timed_out[name]:,} docs"}
        out.write_text(json.dumps(res))
        return res
    tmp = raw_dir / f".{size}-{name}.json.tmp"
    tmp.unlink(missing_ok=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", name, "--corpus", str(folder),
           "--size", str(size), "--json", str(tmp), "--jobs", str(opts.jobs),
           "--topic-passages", str(opts.topic_passages), "--topic-docs", str(opts.topic_docs)]
    if opts.quiet:
        cmd.append("--quiet")
    try:
        proc = subprocess.run(cmd, timeout=opts.timeout, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL if opts.quiet else None, text=True)
        if tmp.is_file():
            res = json.loads(tmp.read_text())
            tmp.unlink()
        else:
            res = {"stage": name, "size": size, "status": "error",
                   "note": f"child exited with status {proc.returncode}"}
    except subprocess.TimeoutExpired:
        res = {"stage": name, "size": size, "status": "timeout", "note": f"over {opts.timeout:.0f} s"}
    out.write_text(json.dumps(res))
    return res


def _row(res: dict, size: int, corpus_mb: float) -> dict:
    kind = dict((s[0], s[1]) for s in STAGES)[res["stage"]]
    mb = res.get("mb", corpus_mb)
    secs = res.get("seconds")
    peak, workers = res.get("peak_mb"), res.get("workers_mb")
    return {
        "size": size,
        "stage": res["stage"],
        "kind": kind,
        "status": res["status"],
        "n_docs": size,
        "mb": round(mb, 2),
        "seconds": round(secs, 3) if secs is not None else None,
        "cpu_s": round(res["cpu_s"], 2) if res.get("cpu_s") is not None else None,
        "mb_per_s": round(mb / secs, 2) if secs else None,
        "peak_mb": round(peak, 1) if peak is not None else None,
        "workers_mb": round(workers, 1) if workers is not None else None,
        "total_mb": round(res.get("total_mb", peak + (workers or 0)), 1) if peak is not None else None,
        "measured_utc": res.get("measured_utc", ""),
        "note": res.get("note", ""),
    }


def slopes(table) -> dict[str, tuple[float, float, float]]:
    """Per stage: slopes of log time on log size: wall time over all sizes, wall time between the
    two largest sizes, CPU time over all sizes (NaN without CPU times)."""
    import numpy as np

    out = {}
    ok = table[(table["status"] == "ok") & (table["seconds"] > 0)]
    for stage, g in ok.groupby("stage", sort=False):
        g = g.sort_values("size")
        if len(g) < 2:
            continue
        x, y = np.log10(g["size"].to_numpy(float)), np.log10(g["seconds"].to_numpy(float))
        fit = float(np.polyfit(x, y, 1)[0])
        last = float((y[-1] - y[-2]) / (x[-1] - x[-2]))
        cpu = g["cpu_s"].to_numpy(float) if "cpu_s" in g else np.full(len(g), np.nan)
        cpu_fit = float(np.polyfit(x, np.log10(cpu), 1)[0]) if np.all(cpu > 0) else float("nan")
        out[stage] = (fit, last, cpu_fit)
    return out


def ratios(table) -> list[dict]:
    """The issue's targets, per size: speed and memory ratios against the baselines."""
    rows = []
    by = {(r.size, r.stage): r for r in table.itertuples()}
    for size in sorted(table["size"].unique()):
        for ours, base, target, what in [
            ("count_matrix", "countvectorizer", 1.0, "tokenize+DTM vs CountVectorizer"),
            ("sectors", "naive_sectors", 3.0, "sector matching vs naive regex"),
        ]:
            a, b = by.get((size, ours)), by.get((size, base))
            if a is None or b is None or a.status != "ok" or b.status != "ok":
                continue
            speed = b.seconds / a.seconds
            cpu = b.cpu_s / a.cpu_s if a.cpu_s else float("nan")
            mem = a.total_mb / b.total_mb if b.total_mb else float("nan")
            rows.append({"size": int(size), "comparison": what, "speedup": round(speed, 2),
                         "speed_target": f">= {target:g}", "speed_met": speed >= target,
                         "cpu_ratio": round(cpu, 2),
                         "memory_ratio": round(mem, 2), "memory_met": mem <= 2.0})
    return rows


def _markdown(df) -> str:
    cols = list(df.columns)
    lines = ["| " + " | ".join(cols) + " |", "|" + "|".join("---" for _ in cols) + "|"]
    for row in df.itertuples(index=False):
        cells = []
        for v in row:
            if v is None or (isinstance(v, float) and math.isnan(v)):
                cells.append("")
            elif isinstance(v, float):
                cells.append(f"{v:,.3f}" if abs(v) < 10 else f"{v:,.1f}")
            else:
                cells.append(str(v).replace("|", "/"))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def plot_scaling(table, slope_of):
    """Log-log wall time against corpus size, one line per stage, fitted slope in the legend."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 5.5))
    ok = table[(table["status"] == "ok") & (table["seconds"] > 0)]
    for stage in STAGE_NAMES:
        g = ok[ok["stage"] == stage].sort_values("size")
        if g.empty:
            continue
        base = g["kind"].iloc[0] == "baseline"
        label = stage + (" (baseline)" if base else "")
        if stage in slope_of:
            label += f"  slope {slope_of[stage][0]:.2f}"
        ax.plot(g["size"], g["seconds"], marker="s" if base else "o", linestyle="--" if base else "-",
                label=label)
    sizes = sorted(ok["size"].unique())
    if len(sizes) >= 2:  # a slope-1 guide through the first point of the median stage
        y0 = float(ok[ok["size"] == sizes[0]]["seconds"].median())
        ax.plot(sizes, [y0 * s / sizes[0] for s in sizes], color="0.6", linewidth=0.8, linestyle=":",
                label="slope 1 (linear)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("corpus size (documents, ~2.5 KB each)")
    ax.set_ylabel("wall time (s)")
    ax.set_title("framing pipeline: time against corpus size (log-log)")
    ax.grid(True, which="both", linewidth=0.3)
    ax.legend(fontsize=7.5, loc="upper left")
    fig.tight_layout()
    return fig


def _machine() -> str:
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    return (f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs, "
            f"load average {', '.join(f'{x:.2f}' for x in load)}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")


def run(opts):
    import pandas as pd

    from framing.io import write_csv, write_text, write_with

    out = Path(opts.out)
    raw_dir = out / "raw"
    raw_dir.mkdir(parents=True, exist_ok=True)
    stages = opts.stages.split(",") if opts.stages else STAGE_NAMES
    unknown = set(stages) - set(STAGE_NAMES)
    if unknown:
        raise SystemExit(f"--stages: unknown stage(s) {', '.join(sorted(unknown))}")
    machine_before = _machine()
    folders = {n: corpusgen.ensure_corpus(n, opts.cache, seed=opts.seed, progress=not opts.quiet)
               for n in opts.sizes}
    rows = []
    jobs = [(n, s) for n in sorted(opts.sizes) for s in stages]
    timed_out: dict[str, int] = {}
    bar = None
    if not opts.quiet:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(jobs), desc="stages", unit="stage", position=0)
    for n, stage in jobs:
        if bar is not None:
            bar.set_postfix_str(f"{n:,} docs: {stage}")
        res = _run_stage(stage, n, folders[n], opts, raw_dir, timed_out)
        raw_file = raw_dir / f"{n}-{stage}.json"
        if raw_file.is_file():  # when it was measured (--keep reuses older measurements)
            res = {**res, "measured_utc": time.strftime("%Y-%m-%d %H:%M", time.gmtime(raw_file.stat().st_mtime))}
        if res["status"] == "timeout":  # a larger corpus would only time out later
            timed_out[stage] = min(n, timed_out.get(stage, n))
        rows.append(_row(res, n, corpusgen.corpus_bytes(folders[n]) / 1e6))
        if bar is not None:
            bar.update(1)
        table = pd.DataFrame(rows, columns=COLUMNS)
        write_csv(out / "bench.csv", table)  # after every stage: partial results survive
    if bar is not None:
        bar.close()
    table = pd.DataFrame(rows, columns=COLUMNS)
    slope_of = slopes(table)
    ratio_rows = pd.DataFrame(ratios(table))
    slope_table = pd.DataFrame(
        [{"stage": s, "slope_all_sizes": round(a, 2), "slope_two_largest": round(b, 2),
          "slope_cpu": round(c, 2)}
         for s, (a, b, c) in slope_of.items()]
    )
    shown = table.drop(columns=["kind"])
    md = [
        "# Scale benchmark", "",
        f"Generated corpus (seed {opts.seed}, generator v{corpusgen.GENERATOR_VERSION}): sizes "
        + ", ".join(f"{n:,}" for n in opts.sizes) + f"; `--jobs {opts.jobs}`.",
        f"Machine at start: {machine_before}.", f"Machine at end: {_machine()}.",
        "Other processes share the machine: wall times, and so the wall-time ratios, move with their",
        "load (see `measured_utc`); CPU times much less.", "",
        "Time is wall time of the stage alone (inputs loaded before the clock starts); `cpu_s` is the",
        "CPU time of the stage process plus its workers (less sensitive to other load on the machine;",
        "`cpu_ratio` = baseline CPU / ours, > 1 = ours uses less CPU); `mb` is the",
        "corpus size in MB (topic_fit: its passage sample); `peak_mb` is the stage process's peak",
        "resident memory during the stage (inputs included); `workers_mb` is the sum of its worker",
        "processes' peak proportional memory (PSS); `total_mb` is the larger of `peak_mb` and the",
        "largest PSS sum over the stage process and its workers at one poll (every 0.2 s).", "",
        _markdown(shown), "",
        "## Targets", "",
        _markdown(ratio_rows) if len(ratio_rows) else "(no pair of stage and baseline measured)", "",
        "## Slopes (log time / log size)", "",
        _markdown(slope_table) if len(slope_table) else "(one size only)", "",
    ]
    write_text(out / "bench.md", "\n".join(md))
    if len(slope_of) and len(opts.sizes) >= 2:
        import matplotlib.pyplot as plt

        fig = plot_scaling(table, slope_of)
        write_with(out / "bench-scaling.svg", lambda p: fig.savefig(p, format="svg"))
        write_with(out / "bench-scaling.png", lambda p: fig.savefig(p, format="png", dpi=120))
        plt.close(fig)
    print(_markdown(shown))
    if len(ratio_rows):
        print()
        print(_markdown(ratio_rows))
    if len(slope_table):
        print()
        print(_markdown(slope_table))
    print(f"\nwrote {out / 'bench.csv'}, {out / 'bench.md'}")
    return table


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                   help="comma-separated corpus sizes in documents (default %(default)s)")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.add_argument("--out", default=str(DEFAULT_OUT), help="results folder (default %(default)s)")
    p.add_argument("--cache", default=str(DEFAULT_CACHE), help="generated corpora (default %(default)s)")
    p.add_argument("--seed", type=int, default=0, help="corpus generator seed")
    p.add_argument("--jobs", type=int, default=2, help="worker processes for count_matrix")
    p.add_argument("--sector-jobs", type=int, default=1, help="worker processes for find_sector_mentions (default 1)")
    p.add_argument("--stages", default="", help="comma-separated subset of: " + ", ".join(STAGE_NAMES))
    p.add_argument("--timeout", type=float, default=1800, help="seconds per stage before giving up")
    p.add_argument("--max-table-docs", type=int, default=10_000,
                   help="largest corpus for the stages that take the full tokens table: "
                        + ", ".join(TABLE_STAGES) + " (default %(default)s)")
    p.add_argument("--topic-docs", type=int, default=2_000,
                   help="documents sampled for the topic fit (default %(default)s)")
    p.add_argument("--topic-passages", type=int, default=5_000,
                   help="passages of those sampled for the topic fit (default %(default)s)")
    p.add_argument("--keep", action="store_true", help="reuse measurements already in OUT/raw")
    # internal: one stage in a fresh process
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--corpus", help=argparse.SUPPRESS)
    p.add_argument("--size", type=int, help=argparse.SUPPRESS)
    p.add_argument("--json", help=argparse.SUPPRESS)
    opts = p.parse_args(argv)
    if not opts.child:
        try:
            opts.sizes = [int(s) for s in opts.sizes.split(",") if s.strip()]
        except ValueError:
            p.error(f"--sizes: expected comma-separated integers, got {opts.sizes!r}")
        if not opts.sizes or min(opts.sizes) < 1:
            p.error("--sizes: need at least one size >= 1")
    return opts


def main(argv=None):
    opts = parse_args(argv)
    if opts.child:
        _child(opts)
        return None
    return run(opts)


if __name__ == "__main__":
    main()
