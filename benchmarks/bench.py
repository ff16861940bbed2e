#!/usr/bin/env python
"""Scale benchmark: the framing pipeline on 1,000 to 100,000 generated reports, with baselines.

Usage::

    python benchmarks/bench.py [--sizes 1000,10000,100000] [--quiet] [--out DIR] [--jobs 2]
        [--stages ...] [--timeout 1800] [--reproduce-timeout S] [--reproduce-args "..."]

The main job first: the ``reproduce`` stage runs ``framing reproduce --corpus DIR --out TMP`` (every
table, figure and the explorer) as a subprocess in a session of its own, and measures it as a whole
(:func:`measure_command`): wall time, CPU time of the command and every worker it waited for
(``os.wait4``), the largest resident set of one process (``ru_maxrss``) and the largest PSS sum over
the process tree (``/proc`` polled every 0.2 s); past ``--reproduce-timeout`` the process group is
killed. Its progress lines go to ``raw/<size>-reproduce.log``. The issue's targets are then checked,
each met, not met or not measured (:func:`targets`): reproduce on 1,000 reports <= 60 s, on 100,000
<= 20 min, peak memory <= 4 GB, log-log slope of its time against size <= 1.1, sector matching >= 0.33
of a bare pyahocorasick scan's throughput (``automaton`` stage, from ``benchmarks/automaton.py``),
``count_matrix`` at least as fast as ``CountVectorizer`` at every size.

For every other stage and corpus size (generated once by ``corpusgen.py`` under ``benchmarks/.cache/`` and reused) and
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
automaton                 ``automaton.measure(texts)`` (``benchmarks/automaton.py``): a bare
                          pyahocorasick scan of the lexicon phrases, ``find_sector_mentions`` and a
                          reference path on the same texts, in MB/s; ``ratio`` = framing / bare
                          (``unavailable`` with the reason if the module is missing)
reproduce (end-to-end)    ``framing reproduce --corpus DIR --out TMP`` in a subprocess (above)
countvectorizer (base)    ``sklearn CountVectorizer().fit_transform(docs.text)``, defaults
naive_sectors (base)      one regex alternation of all lexicon phrases over ``text.lower()``
========================  ====================================================================

Outputs in ``--out`` (default ``benchmarks/results``): ``bench.csv``, ``bench.md`` (the end-to-end
table, the targets, the stages table, ratios, slopes, machine, reproduce's own progress lines), ``bench-scaling.svg``/``.png`` (log-log time against size, fitted slope per stage in
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
import shlex
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
    ("automaton", "pipeline", "automaton.measure(texts): find_sector_mentions against a bare "
                              "pyahocorasick scan"),
    ("reproduce", "end-to-end", "framing reproduce --corpus DIR --out TMP: every table, figure and "
                                "the explorer, in a subprocess"),
]
STAGE_NAMES = [s[0] for s in STAGES]
COLUMNS = [
    "size", "stage", "kind", "status", "n_docs", "mb", "seconds", "cpu_s", "mb_per_s", "peak_mb",
    "workers_mb", "total_mb", "ratio", "measured_utc", "note",
]

#: The issue's targets on this machine.
REPRODUCE_1K_S = 60.0  # framing reproduce on 1,000 reports, seconds
REPRODUCE_100K_S = 20 * 60.0  # on 100,000 reports
PEAK_MB = 4 * 1024.0  # peak memory of the process tree (MiB, as every *_mb column): 4 GB
SLOPE_MAX = 1.1  # log-log slope of reproduce time against corpus size
AUTOMATON_RATIO = 0.33  # framing's sector matching / bare pyahocorasick scan, MB/s
COUNT_MATRIX_SPEEDUP = 1.0  # CountVectorizer time / count_matrix time, at every size


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


def _children_cpu() -> float:
    """User + system CPU seconds of this process's ended and waited-for children (and theirs)."""
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _reset_peak() -> bool:
    """Reset VmHWM to the current resident size (Linux >= 4.0); False if not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _descendants(root: int) -> list[int]:
    """Every process below ``root``: from each thread's ``children`` file (Linux >= 3.5; only the
    tree is read), else from the parent pid of every process in ``/proc``."""
    if os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children"):
        out: list[int] = []
        frontier = [root]
        while frontier:
            p = frontier.pop()
            try:
                tasks = os.listdir(f"/proc/{p}/task")
            except OSError:
                continue
            for tid in tasks:
                try:
                    with open(f"/proc/{p}/task/{tid}/children") as f:
                        kids = [int(c) for c in f.read().split()]
                except (OSError, ValueError):
                    continue
                out.extend(kids)
                frontier.extend(kids)
        return out
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
    """Polls the memory of a process tree, keeping each process's peak.

    Every ``interval`` seconds: the tree (``children`` files), each process's CPU time and resident
    set (``/proc/PID/stat``, ``status``: cheap); the sum of resident sets over the tree is
    ``rss_tree_peak`` (an upper bound: pages shared between processes count once per process).
    Proportional sets (PSS: shared pages divided among the sharers; workers forked from a parent
    share its imported libraries) are read from ``smaps_rollup``, which walks every page table and
    costs tens of milliseconds for a process of a gigabyte: they are read at most every
    ``pss_cost`` times the duration of the last PSS reading (default 30: about 3 % of one core),
    so that the measurement does not slow what it measures on a small machine.

    ``root`` (default: this process) is the top of the tree; its descendants are its workers
    (``peaks``, ``cpu``). ``tree_peak`` is the largest PSS sum over the root and its descendants
    seen at one reading (0 if no descendant was ever seen and ``root`` is this process: then the
    process's own ``VmHWM`` is the peak). ``overhead_cpu`` is the CPU time the polling thread used.
    """

    def __init__(self, interval: float = 0.2, root: int | None = None, pss_cost: float = 30.0):
        super().__init__(daemon=True)
        self.interval = interval
        self.pss_cost = pss_cost
        self.root = os.getpid() if root is None else root
        self.external = root is not None  # the root is another process: always count it
        self.peaks: dict[int, int] = {}  # kB: each descendant's peak PSS
        self.root_peak = 0  # kB: the root's own peak PSS
        self.tree_peak = 0  # kB: largest PSS sum over the root and its descendants
        self.rss_tree_peak = 0  # kB: largest RSS sum over the root and its descendants
        # last seen user + system CPU seconds of each descendant (and of an external root)
        self.cpu: dict[int, float] = {}
        self.overhead_cpu = 0.0
        self.next_pss = 0.0
        self.stop = threading.Event()
        self.tick = os.sysconf("SC_CLK_TCK")

    def poll(self, pss: bool | None = None):
        kids = _descendants(self.root)
        tree = kids + [self.root] if (kids or self.external) else []
        rss = 0
        for pid in tree:
            if pid != self.root or self.external:
                try:
                    with open(f"/proc/{pid}/stat") as f:
                        fields = f.read().rsplit(")", 1)[1].split()
                    self.cpu[pid] = (int(fields[11]) + int(fields[12])) / self.tick
                except (OSError, IndexError, ValueError):
                    pass
            rss += _status_kb("VmRSS", pid) or 0
        self.rss_tree_peak = max(self.rss_tree_peak, rss)
        now = time.perf_counter()
        if not tree or (pss is None and now < self.next_pss) or pss is False:
            return
        total = 0
        for pid in tree:
            kb = _pss_kb(pid)
            if kb is None:
                continue
            total += kb
            if pid == self.root:
                self.root_peak = max(self.root_peak, kb)
            else:
                self.peaks[pid] = max(self.peaks.get(pid, 0), kb)
        self.tree_peak = max(self.tree_peak, total)
        self.next_pss = now + max(self.interval, self.pss_cost * (time.perf_counter() - now))

    def run(self):
        while not self.stop.wait(self.interval):
            self.poll()
        self.overhead_cpu = time.thread_time()


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
    """Every phrase of the packaged sector lexicon, terms and exclusions, ``{class}`` slots expanded
    (the naive matcher's input): the same list as the bare automaton's, from ``automaton.py``."""
    from automaton import lexicon_phrases as phrases  # benchmarks/automaton.py, beside this file

    return phrases()


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

    import framing.scale  # noqa: F401  (count_matrix's module: its import is not the stage)
    from framing.lexicons import load_entities, load_stopwords
    from framing.normalize import stem

    stem("warming")  # loads the Snowball stemmers (NLTK's and libstemmer)
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


def _supported(func, **options) -> dict:
    """The options ``func`` still takes (the library's signatures change: e.g. ``n_jobs`` goes)."""
    import inspect

    params = inspect.signature(func).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return dict(options)
    return {k: v for k, v in options.items() if k in params}


def automaton_figures(measured: dict) -> dict:
    """The figures of ``automaton.measure``'s result: bare scan, framing and reference MB/s, ratio.

    Reads the keys defensively (``benchmarks/automaton.py`` is written separately): a key naming
    the bare scan (``bare``, ``pyahocorasick``, ``scan``), framing (``framing``, ``fast``) or the
    reference path (``reference``) and ``mb`` (exact keys first: ``bare_mb_s``, ``framing_mb_s`` or
    ``automaton_mb_s``, ``reference_mb_s``); the key ``ratio`` (else framing / bare). Missing figures are
    None.

    >>> automaton_figures({"bare_mb_s": 30.0, "framing_mb_s": 12.0, "reference_mb_s": 2.0})
    {'bare_mb_s': 30.0, 'framing_mb_s': 12.0, 'reference_mb_s': 2.0, 'ratio': 0.4}
    """
    flat: dict[str, float] = {}

    def walk(d, prefix=""):
        for k, v in d.items():
            key = f"{prefix}{k}".lower()
            if isinstance(v, dict):
                walk(v, key + "_")
            elif isinstance(v, int | float) and not isinstance(v, bool):
                flat[key] = float(v)

    walk(measured)

    def find(exact, words):
        for key in exact:
            if key in flat:
                return flat[key]
        for key, value in flat.items():
            if (("mb" in key or "throughput" in key) and "ratio" not in key and "match" not in key
                    and any(w in key for w in words)):
                return value
        return None

    bare = find(("bare_mb_s",), ("bare", "pyahocorasick", "ahocorasick", "scan"))
    fast = find(("framing_mb_s", "automaton_mb_s", "fast_mb_s"), ("framing", "fast", "sector", "ours"))
    ref = find(("reference_mb_s",), ("reference", "ref", "slow", "regex"))
    ratio = flat.get("ratio")  # framing MB/s / bare MB/s (not cpu_ratio, match_ratio: others)
    if ratio is None and bare and fast is not None:
        ratio = fast / bare
    return {"bare_mb_s": bare, "framing_mb_s": fast, "reference_mb_s": ref,
            "ratio": None if ratio is None else round(ratio, 4)}


def automaton_stage(docs) -> dict:
    """The ``automaton`` stage: ``benchmarks/automaton.py``'s ``measure(texts)`` on the corpus."""
    import automaton  # benchmarks/automaton.py; ImportError -> status "unavailable"

    measured = automaton.measure(list(docs["text"]))
    if not isinstance(measured, dict):
        raise TypeError(f"automaton.measure returned {type(measured).__name__}, not a dict")
    fig = automaton_figures(measured)

    def mbs(v):
        return "?" if v is None else f"{v:.2f}"

    note = (f"bare pyahocorasick {mbs(fig['bare_mb_s'])} MB/s, framing {mbs(fig['framing_mb_s'])} "
            f"MB/s, reference {mbs(fig['reference_mb_s'])} MB/s; ratio framing/bare "
            + ("?" if fig["ratio"] is None else f"{fig['ratio']:.3f}"))
    extra = [f"{k} {measured[k]:.3f}" for k in ("cpu_ratio", "match_ratio") if isinstance(measured.get(k), float)]
    if isinstance(measured.get("mentions"), int):
        extra.append(f"{measured['mentions']:,} mentions")
    if extra:
        note += " (" + ", ".join(extra) + ")"
    # mb_per_s of the row: framing's own throughput (the stage's time covers all three paths)
    return {"note": note, "ratio": fig["ratio"], "mb_per_s": fig["framing_mb_s"],
            "automaton": {**fig, "raw": measured}}


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

        kw = _supported(count_matrix, n_jobs=opts.jobs, progress=progress)
        X, terms = count_matrix(state["text"], **kw)
        jobs = f", n_jobs={opts.jobs}" if "n_jobs" in kw else ""
        return {"note": f"{X.shape[1]:,} terms, {X.nnz:,} nonzeros{jobs}"}
    if name == "countvectorizer":
        from sklearn.feature_extraction.text import CountVectorizer

        X = CountVectorizer().fit_transform(state["text"])
        return {"note": f"{X.shape[1]:,} terms, {X.nnz:,} nonzeros"}
    if name == "keyness_dtm":
        from framing import document_term_matrix

        X, terms = document_term_matrix(state, ngram_range=(1, 3))
        return {"note": f"{X.shape[1]:,} terms (1-3-grams), {X.nnz:,} nonzeros"}
    if name == "sectors":
        from framing.sectors import find_sector_mentions

        # One process by default (the function's own default): on two cores a pool gains little
        # here and its workers cost memory; --sector-jobs 2 measures the pool (where it has one).
        kw = _supported(find_sector_mentions, n_jobs=opts.sector_jobs)
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
    if name == "automaton":
        return automaton_stage(state)
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

        kw = _supported(corpus_formulae, n_jobs=opts.jobs)
        table = corpus_formulae(state, **kw)
        new = int((table["status"] == "new").sum())
        jobs = f", n_jobs={opts.jobs}" if kw else ""
        return {"note": f"{len(table):,} formulae ({new:,} new), "
                        f"{int(table['n_occurrences'].sum()):,} occurrences{jobs}"}
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
        t0, c0, k0 = time.perf_counter(), time.process_time(), _children_cpu()
        extra = _stage_run(opts.child, state, opts)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        reaped = _children_cpu() - k0  # workers that ended and were waited for
        watch.stop.set()
        watch.join()
        watch.poll()
        result.update(extra)
        result["seconds"] = seconds
        # workers: those reaped (exact) or, if more, those last seen alive (polled every 0.2 s)
        result["cpu_s"] = cpu + max(reaped, sum(watch.cpu.values()))
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
    Path(opts.json).write_text(json.dumps(result, default=str))


# ---------------------------------------------------------------------------------------------
# Orchestration (parent process)
# ---------------------------------------------------------------------------------------------


def measure_command(cmd, *, timeout: float, log: Path | None = None, echo: str | None = None,
                    interval: float = 0.2) -> dict:
    """Run ``cmd`` as a subprocess; its wall time, CPU time and peak memory, process tree included.

    ``seconds`` is wall time from start to exit; ``cpu_s`` the user + system CPU time of the
    process and every descendant it waited for (``os.wait4``), or, if larger, the CPU time last
    seen in ``/proc`` for the process and its descendants (a worker that outlives its parent is
    seen only there); ``peak_mb`` the largest resident set of any one process of the tree
    (``ru_maxrss`` of ``wait4``); ``workers_mb`` the sum of the descendants' peak proportional sets
    (PSS); ``total_mb`` the larger of ``peak_mb`` and the largest PSS sum over the whole tree at
    one reading (PSS is read at most every ``interval`` s, less often when reading it is costly:
    see ``_WorkerWatch``); ``rss_tree_mb`` the largest RSS sum over the tree (an upper bound),
    ``monitor_cpu_s`` the CPU time the polling used. Output (standard output and error, merged) goes to ``log``,
    and to standard error prefixed with ``echo`` when given. Past ``timeout`` seconds the process
    group is killed (the command runs in a session of its own) and ``status`` is ``"timeout"``;
    a non-zero exit gives ``"error"``.

    >>> r = measure_command([sys.executable, "-c", "print('hi')"], timeout=60)
    >>> r["status"], r["returncode"], r["seconds"] > 0, r["peak_mb"] > 1
    ('ok', 0, True, True)
    """
    import signal

    logf = open(log, "w", encoding="utf-8", errors="replace") if log is not None else None  # noqa: SIM115
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            errors="replace", start_new_session=True)
    watch = _WorkerWatch(interval=interval, root=proc.pid)
    watch.poll()
    watch.start()
    last: list[str] = []

    def copy():
        for line in proc.stdout:
            if logf is not None:
                logf.write(line)
                logf.flush()
            if echo is not None:
                sys.stderr.write(f"{echo}{line}")
            if line.strip():
                last[:] = [line.rstrip()]

    reader = threading.Thread(target=copy, daemon=True)
    reader.start()
    deadline = t0 + timeout
    timed_out = False
    try:
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                timed_out = True
                os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
    except BaseException:  # interrupted (Ctrl-C): the command and its workers go too
        try:
            os.killpg(proc.pid, signal.SIGKILL)
            os.wait4(proc.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        raise
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
    watch.stop.set()
    watch.join()
    if not timed_out:  # the process group: workers that outlived the command (none, normally)
        try:
            os.killpg(proc.pid, 0)
        except (ProcessLookupError, PermissionError):
            pass
        else:
            os.killpg(proc.pid, signal.SIGKILL)
    reader.join(timeout=5)
    if logf is not None:
        logf.close()
    seen = sum(watch.cpu.values())
    peak = usage.ru_maxrss / 1024
    result = {
        "status": "timeout" if timed_out else ("ok" if proc.returncode == 0 else "error"),
        "returncode": proc.returncode,
        "seconds": seconds,
        "cpu_s": max(usage.ru_utime + usage.ru_stime, seen),
        "peak_mb": peak,
        "workers_mb": sum(watch.peaks.values()) / 1024,
        "total_mb": max(peak, watch.tree_peak / 1024),
        "rss_tree_mb": watch.rss_tree_peak / 1024,
        "monitor_cpu_s": watch.overhead_cpu,
        "last_line": last[0] if last else "",
    }
    return result


def framing_command() -> list[str]:
    """The ``framing`` command of this environment (the script beside the interpreter)."""
    script = Path(sys.executable).with_name("framing")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from framing.cli import main; sys.exit(main())"]


def _progress_lines(log: Path, limit: int = 40) -> list[str]:
    """The progress lines of a ``framing reproduce`` log that end with a time, ``(12.3 s)``."""
    try:
        text = log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    lines = [ln.rstrip() for ln in text.splitlines() if re.search(r"\(\d[\d.,]* s\b[^)]*\)\s*$", ln)]
    return lines[:limit]


def run_reproduce(size: int, folder, opts, raw_dir: Path) -> dict:
    """The end-to-end stage: ``framing reproduce --corpus FOLDER --out TMP`` measured as a whole.

    Every table, figure and the explorer are written to a temporary folder (removed afterwards
    unless ``--keep-outputs``); the command's own progress lines go to
    ``raw/<size>-reproduce.log``.
    """
    import shutil
    import tempfile

    out = Path(tempfile.mkdtemp(prefix=f"framing-bench-{size}-", dir=opts.workdir or None))
    log = raw_dir / f"{size}-reproduce.log"
    cmd = [*framing_command(), "reproduce", "--corpus", str(folder), "--out", str(out),
           *shlex.split(opts.reproduce_args or "")]
    timeout = opts.reproduce_timeout if opts.reproduce_timeout is not None else opts.timeout
    try:
        res = measure_command(cmd, timeout=timeout, log=log,
                              echo=None if opts.quiet else f"  reproduce {size:,}: ")
    except BaseException:
        shutil.rmtree(out, ignore_errors=True)
        raise
    tables = sorted((out / "tables").glob("*.csv"))
    figures = [f for f in (out / "figures").glob("*") if f.suffix in (".png", ".svg", ".pdf")]
    explorer = out / "figures" / "explorer.html"
    wrote = (f"{len(tables)} tables, {len(figures)} figure files"
             + (f", explorer {explorer.stat().st_size / 1e6:.1f} MB" if explorer.is_file() else ", no explorer"))
    if res["status"] == "ok" and not explorer.is_file():
        res["status"] = "error"
    if res["status"] == "timeout":
        note = f"over {timeout:.0f} s; killed; {wrote} by then"
    elif res["status"] == "error":
        note = f"exit {res['returncode']}: {res['last_line']}"[:200] + f"; {wrote}"
    else:
        note = wrote
    note += (f"; tree RSS peak {res['rss_tree_mb']:,.0f} MB (upper bound); "
             f"monitor {res['monitor_cpu_s']:.1f} s CPU; log {log.name}")
    if opts.keep_outputs:
        note += f"; outputs in {out}"
    else:
        shutil.rmtree(out, ignore_errors=True)
    res.pop("last_line")
    return {"stage": "reproduce", "size": size, **res, "note": note,
            "command": " ".join(shlex.quote(c) for c in cmd)}


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
    if name == "naive_sectors" and size > opts.max_naive_docs:
        res = {"stage": name, "size": size, "status": "skipped",
               "note": f"naive regex baseline run up to {opts.max_naive_docs:,} docs only "
                       "(0.1 MB/s: 100k docs would take about 45 min)"}
        out.write_text(json.dumps(res))
        return res
    if timed_out.get(name) is not None and size > timed_out[name]:
        res = {"stage": name, "size": size, "status": "skipped",
               "note": f"timed out at {timed_out[name]:,} docs"}
        out.write_text(json.dumps(res))
        return res
    if name == "reproduce":
        res = run_reproduce(size, folder, opts, raw_dir)
        out.write_text(json.dumps(res, default=str))
        return res
    tmp = raw_dir / f".{size}-{name}.json.tmp"
    tmp.unlink(missing_ok=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", name, "--corpus", str(folder),
           "--size", str(size), "--json", str(tmp), "--jobs", str(opts.jobs),
           "--topic-passages", str(opts.topic_passages), "--topic-docs", str(opts.topic_docs)]
    if opts.quiet:
        cmd.append("--quiet")
    def once() -> dict:
        try:
            proc = subprocess.run(cmd, timeout=opts.timeout, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL if opts.quiet else None, text=True)
            if tmp.is_file():
                got = json.loads(tmp.read_text())
                tmp.unlink()
                return got
            return {"stage": name, "size": size, "status": "error",
                    "note": f"child exited with status {proc.returncode}"}
        except subprocess.TimeoutExpired:
            return {"stage": name, "size": size, "status": "timeout", "note": f"over {opts.timeout:.0f} s"}

    res = once()
    if SHORT_RUNS > 1 and res.get("status") == "ok" and res.get("seconds", SHORT_STAGE) < SHORT_STAGE:
        # a stage under a second moves with whatever else the machine does: the run of median
        # time among SHORT_RUNS fresh processes (each as cold as the first)
        runs = [res] + [once() for _ in range(SHORT_RUNS - 1)]
        runs = [r for r in runs if r.get("status") == "ok"]
        times = sorted(r["seconds"] for r in runs)
        res = dict(sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2])
        res["note"] = (f"{res.get('note', '')}; median of {len(runs)} runs "
                       f"({times[0]:.3g}–{times[-1]:.3g} s)").lstrip("; ")
    out.write_text(json.dumps(res))
    return res


#: Stages faster than this many seconds are run SHORT_RUNS times (fresh processes) and the median kept.
SHORT_STAGE = 1.0
SHORT_RUNS = 5


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
        "mb_per_s": (round(res["mb_per_s"], 2) if res.get("mb_per_s") is not None
                     else round(mb / secs, 2) if secs else None),
        "peak_mb": round(peak, 1) if peak is not None else None,
        "workers_mb": round(workers, 1) if workers is not None else None,
        "total_mb": round(res.get("total_mb", peak + (workers or 0)), 1) if peak is not None else None,
        "ratio": res.get("ratio"),
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


def _fmt_n(n) -> str:
    return f"{int(n):,}"


def targets(table, slope_of=None) -> list[dict]:
    """The issue's targets, each ``met``, ``not met`` or ``not measured`` (with the reason).

    ``table`` is the bench table (``size``, ``stage``, ``status``, ``seconds``, ``total_mb``,
    ``ratio``, ``note``); ``slope_of`` the result of :func:`slopes` (default=None: computed).
    Targets: ``framing reproduce`` on 1,000 reports in <= 60 s and on 100,000 in <= 20 min; its
    peak memory (process tree) <= 4 GB at every size run; the log-log slope of its time against
    size <= 1.1 (two sizes or more); ``automaton`` ratio >= 0.33 at every size; ``count_matrix``
    at least as fast as ``CountVectorizer`` at every size. A run killed at its timeout counts as
    ``not met`` when it had already used more than the target's time.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"size": [1000], "stage": ["reproduce"], "status": ["ok"],
    ...                   "seconds": [42.0], "total_mb": [900.0], "ratio": [None], "note": [""]})
    >>> [(r["target"], r["status"]) for r in targets(t)][:2]
    [('reproduce time, 1,000 reports', 'met'), ('reproduce time, 100,000 reports', 'not measured')]
    """
    if slope_of is None:
        slope_of = slopes(table)
    by = {(int(r.size), r.stage): r for r in table.itertuples()}
    sizes = sorted({int(s) for s in table["size"]})
    rows: list[dict] = []

    def add(target, size, measured, goal, status, note=""):
        rows.append({"target": target, "size": size, "measured": measured, "goal": goal,
                     "status": status, "note": note})

    def num(v):
        return None if v is None or (isinstance(v, float) and math.isnan(v)) else float(v)

    def reason(r):
        return "not run" if r is None else f"{r.status}: {r.note}"[:160]

    def at_most(target, size, r, value, limit, goal):
        # value measured on an ok run, or a lower bound on a run killed at its timeout
        if r is not None and value is not None and (r.status == "ok" or (r.status == "timeout" and value > limit)):
            add(target, size, round(value, 2), goal, "met" if value <= limit else "not met",
                "" if r.status == "ok" else "killed at its timeout: a lower bound")
        else:
            add(target, size, None, goal, "not measured", reason(r))

    for n, limit in ((1000, REPRODUCE_1K_S), (100_000, REPRODUCE_100K_S)):
        r = by.get((n, "reproduce"))
        at_most(f"reproduce time, {_fmt_n(n)} reports", n, r, num(getattr(r, "seconds", None)), limit,
                f"<= {limit:,.0f} s")
    runs = [n for n in sizes if (n, "reproduce") in by]
    for n in runs or [None]:
        r = by.get((n, "reproduce"))
        at_most("reproduce peak memory (process tree)", n, r, num(getattr(r, "total_mb", None)),
                PEAK_MB, f"<= {PEAK_MB:,.0f} MB")
    ok_sizes = [n for n in runs if by[(n, "reproduce")].status == "ok"]
    if "reproduce" in slope_of:
        slope = slope_of["reproduce"][0]
        add("reproduce time against size (log-log slope)", None, round(slope, 3),
            f"<= {SLOPE_MAX:g}", "met" if slope <= SLOPE_MAX else "not met",
            "fitted over " + ", ".join(_fmt_n(n) for n in ok_sizes) + " reports")
    else:
        add("reproduce time against size (log-log slope)", None, None, f"<= {SLOPE_MAX:g}",
            "not measured", f"needs two sizes measured, has {len(ok_sizes)}")
    for n in [n for n in sizes if (n, "automaton") in by] or [None]:
        r = by.get((n, "automaton"))
        ratio = num(getattr(r, "ratio", None)) if r is not None and r.status == "ok" else None
        if ratio is None:
            add("sector mentions / bare pyahocorasick scan (MB/s)", n, None, f">= {AUTOMATON_RATIO:g}",
                "not measured", reason(r) if r is None or r.status != "ok" else "no ratio returned")
        else:
            add("sector mentions / bare pyahocorasick scan (MB/s)", n, round(ratio, 3),
                f">= {AUTOMATON_RATIO:g}", "met" if ratio >= AUTOMATON_RATIO else "not met", r.note)
    for n in [n for n in sizes if (n, "count_matrix") in by or (n, "countvectorizer") in by] or [None]:
        a, b = by.get((n, "count_matrix")), by.get((n, "countvectorizer"))
        what = "count_matrix speed / CountVectorizer (time ratio)"
        if a is None or b is None or a.status != "ok" or b.status != "ok" or not a.seconds:
            bad = a if a is None or a.status != "ok" else b
            add(what, n, None, f">= {COUNT_MATRIX_SPEEDUP:g}", "not measured", reason(bad))
        else:
            speed = b.seconds / a.seconds
            add(what, n, round(speed, 3), f">= {COUNT_MATRIX_SPEEDUP:g}",
                "met" if speed >= COUNT_MATRIX_SPEEDUP else "not met",
                f"CountVectorizer {b.seconds:g} s / count_matrix {a.seconds:g} s")
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
        style = {"color": "black", "linewidth": 2.6, "zorder": 5} if stage == "reproduce" else {}
        ax.plot(g["size"], g["seconds"], marker="s" if base else "o", linestyle="--" if base else "-",
                label=label, **style)
    if "reproduce" in set(ok["stage"]):  # the end-to-end targets: 1k in 60 s, 100k in 20 min
        ax.scatter([1000, 100_000], [REPRODUCE_1K_S, REPRODUCE_100K_S], marker="*", s=110,
                   color="crimson", zorder=6, label="reproduce targets (60 s, 20 min)")
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
    target_rows = pd.DataFrame(targets(table, slope_of), dtype=object)  # sizes stay integers
    e2e = table[table["stage"] == "reproduce"][
        ["size", "status", "seconds", "cpu_s", "peak_mb", "workers_mb", "total_mb", "measured_utc", "note"]
    ]
    met = int((target_rows["status"] == "met").sum())
    summary = (f"{met} of {len(target_rows)} targets met, "
               f"{int((target_rows['status'] == 'not met').sum())} not met, "
               f"{int((target_rows['status'] == 'not measured').sum())} not measured.")
    progress_md = []
    for n in sorted(opts.sizes):
        lines = _progress_lines(raw_dir / f"{n}-reproduce.log")
        if lines:
            progress_md += [f"{n:,} reports:", "", "```", *lines, "```", ""]
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
        "## End to end: `framing reproduce`", "",
        "`framing reproduce --corpus DIR --out TMP` (every table, figure and the explorer) in a",
        "subprocess: `seconds` from start to exit, `cpu_s` user + system CPU of the command and every",
        "worker it waited for (`os.wait4`), `peak_mb` the largest resident set of one process of the",
        "tree, `workers_mb` the sum of the workers' peak PSS, `total_mb` the largest PSS sum over the",
        "whole tree at one reading (every 0.2 s, less often when reading PSS is costly: at most ~3 %",
        "of one core; the note gives the tree's RSS peak, an upper bound, and the monitor's CPU);",
        "killed past the timeout.", "",
        _markdown(e2e) if len(e2e) else "(not run: add `reproduce` to `--stages`)", "",
        "## Targets", "",
        summary, "",
        _markdown(target_rows), "",
        "## Stages", "",
        _markdown(shown), "",
        "## Ratios against the baselines", "",
        _markdown(ratio_rows) if len(ratio_rows) else "(no pair of stage and baseline measured)", "",
        "## Slopes (log time / log size)", "",
        _markdown(slope_table) if len(slope_table) else "(one size only)", "",
    ]
    if progress_md:
        md += ["## `framing reproduce`: its own progress lines", "", *progress_md]
    write_text(out / "bench.md", "\n".join(md))
    if len(slope_of) and len(opts.sizes) >= 2:
        import matplotlib.pyplot as plt

        fig = plot_scaling(table, slope_of)
        write_with(out / "bench-scaling.svg", lambda p: fig.savefig(p, format="svg"))
        write_with(out / "bench-scaling.png", lambda p: fig.savefig(p, format="png", dpi=120))
        plt.close(fig)
    print(_markdown(shown))
    if len(e2e):
        print("\nEnd to end: framing reproduce\n")
        print(_markdown(e2e))
    print("\nTargets: " + summary + "\n")
    print(_markdown(target_rows))
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
    p.add_argument("--max-naive-docs", type=int, default=10_000,
                   help="largest corpus for the naive regex baseline (naive_sectors; default %(default)s)")
    p.add_argument("--max-table-docs", type=int, default=10_000,
                   help="largest corpus for the stages that take the full tokens table: "
                        + ", ".join(TABLE_STAGES) + " (default %(default)s)")
    p.add_argument("--topic-docs", type=int, default=2_000,
                   help="documents sampled for the topic fit (default %(default)s)")
    p.add_argument("--topic-passages", type=int, default=5_000,
                   help="passages of those sampled for the topic fit (default %(default)s)")
    p.add_argument("--keep", action="store_true", help="reuse measurements already in OUT/raw")
    p.add_argument("--reproduce-timeout", type=float, default=None,
                   help="seconds before the end-to-end run is killed (default: --timeout)")
    p.add_argument("--reproduce-args", default="",
                   help="more options for framing reproduce, e.g. '--scheduler tcp://HOST:8786'")
    p.add_argument("--workdir", default=None,
                   help="where framing reproduce writes its outputs (a temporary folder inside it; "
                        "default: the system's temporary folder)")
    p.add_argument("--keep-outputs", action="store_true",
                   help="keep framing reproduce's outputs (default: removed after measuring)")
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
    if threading.current_thread() is not threading.main_thread():
        return run(opts)
    import signal

    # terminated: unwind, so that a running `framing reproduce` and its workers are killed too
    before = signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    try:
        return run(opts)
    finally:
        signal.signal(signal.SIGTERM, before)


if __name__ == "__main__":
    main()
