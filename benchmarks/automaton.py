"""Sector mentions against a bare Aho–Corasick scan, on the same texts (issue 16, point 3).

:func:`measure` times, one after the other on the same texts:

(a) ``bare``: a bare pyahocorasick scan of every lexicon phrase (class slots expanded, as the
    naive baseline of ``bench.py`` does) over ``text.lower()``, word boundaries checked: the
    speed of an automaton with no rules;
(b) ``automaton``: ``find_sector_mentions(docs)`` (its default ``method="automaton"``: one scan
    for candidates, the rules only on the sentences that hold them);
(c) ``reference``: ``find_sector_mentions(docs, method="reference")`` (the rules on every text);

and, for the matching alone (no sentences, no speakers), ``automaton_text`` and ``match_text`` per
text. With ``sentences=True``, also (d) ``automaton_sentences``: ``find_sector_mentions(docs,
sentences=...)`` given the sentences table with speakers (built before the clock starts), the path
``framing.analyse`` takes. Each is timed in wall-clock and CPU seconds of this process; MB are UTF-8
bytes of the texts. They run in this order on the same texts, so (b) pays the cold start of the
per-word caches (folding, keys) that the later runs find filled: a conservative figure for (b).

Where the time of (b) goes on 1,000 generated reports (CPU seconds, shares rounded; issue 16):
speaker attribution about 45% (the people of the whole text, then each sentence up to the last one
with a mention: a sentence's speaker depends on those before it), the key stream and its views 20%,
the name, bracket and party rules 15%, the matcher 10%, sentence splitting and the candidate scan
10%. Nearly every sentence of a generated report holds a candidate, so the scan leaves little out
there; on sparser text it skips whole documents and sentences. A bare scan costs about 0.1 µs per
token, about what one C-level pass over a text's tokens costs in Python: any path that builds the
key stream of every text (the speakers need it) stays well below a third of its throughput.

Run ``.venv/bin/python benchmarks/automaton.py [--sizes 1000,10000] [--seed 0] [--sentences]`` for
generated reports (``corpusgen.py``; nothing is written).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent


def lexicon_phrases(lexicon=None) -> list[str]:
    """Every phrase of a lexicon, terms and exclusions, each ``{class}`` slot expanded into the
    phrases of its class (built-in ``{word}`` slots are left as they are: no automaton holds them)."""
    from framing.lexicons import load_lexicon

    lex = load_lexicon() if lexicon is None else lexicon
    phrases = [t for s in lex.entries for t in s.terms] + [p for p, _ in lex.exclusions]
    classes = dict(lex.classes)
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


def bare_automaton(phrases):
    """A pyahocorasick automaton of the lower-cased phrases (value: the phrase's length)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for p in phrases:
        low = p.lower()
        automaton.add_word(low, len(low))
    automaton.make_automaton()
    return automaton


def bare_scan(texts, automaton) -> int:
    """Matches of the automaton over each ``text.lower()``, with a word boundary on both sides."""
    count = 0
    for text in texts:
        low = text.lower()
        n = len(low)
        for end, size in automaton.iter(low):
            s = end - size + 1
            if (s == 0 or not low[s - 1].isalnum()) and (end + 1 == n or not low[end + 1].isalnum()):
                count += 1
    return count


def _timed(fn):
    w0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - w0, time.process_time() - c0


def measure(texts, lexicon=None, *, sentences: bool = False) -> dict:
    """Throughput of the bare scan, the automaton path and the reference path on ``texts``.

    Parameters
    ----------
    texts : sequence of str
        The documents.
    lexicon : Lexicon or path, optional
        Default=None: the packaged lexicon.
    sentences : bool, default=False
        Also time ``automaton_sentences``: the mentions table given the sentences table with
        speakers, built before the clock starts (that costs a speaker attribution of every text).

    Returns
    -------
    dict
        ``n_docs``, ``mb``; per method (``bare``, ``automaton``, ``reference``,
        ``automaton_match``, ``reference_match``) ``<method>_s`` (wall seconds), ``<method>_cpu_s``
        and ``<method>_mb_s`` (MB per wall second); ``ratio`` = automaton / bare and
        ``match_ratio`` = automaton_match / bare (MB/s over MB/s, wall time), ``cpu_ratio`` and
        ``match_cpu_ratio`` the same on CPU time; ``mentions`` (rows of the table, equal for both
        paths or an error is raised) and ``bare_matches``. With ``sentences``, also
        ``automaton_sentences_*`` and ``sentences_ratio`` (its MB/s over the bare scan's).
    """
    from framing.lexicons.sectors import as_lexicon
    from framing.sectors import automaton_text, find_sector_mentions, match_text

    texts = list(texts)
    lex = as_lexicon(lexicon)
    n = len(texts)
    docs = pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "period": ["p"] * n, "text": texts})
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    phrases = lexicon_phrases(lex)
    automaton = bare_automaton(phrases)
    # warm up: lexicon, names, actors, the scanner, the sentence splitter
    find_sector_mentions(docs.head(3), lexicon=lex)
    find_sector_mentions(docs.head(3), lexicon=lex, method="reference")

    out: dict = {"n_docs": n, "mb": mb, "phrases": len(phrases)}
    runs = {
        "bare": lambda: bare_scan(texts, automaton),
        "automaton": lambda: find_sector_mentions(docs, lexicon=lex),
        "reference": lambda: find_sector_mentions(docs, lexicon=lex, method="reference"),
        "automaton_match": lambda: [automaton_text(t, lex) for t in texts],
        "reference_match": lambda: [match_text(t, lexicon=lex) for t in texts],
    }
    if sentences:
        from framing.speakers import attribute_speakers
        from framing.tokens import split_sentences

        table = attribute_speakers(split_sentences(docs))
        runs["automaton_sentences"] = lambda: find_sector_mentions(docs, lexicon=lex, sentences=table)
    results = {}
    for name, fn in runs.items():
        results[name], wall, cpu = _timed(fn)
        out[f"{name}_s"] = wall
        out[f"{name}_cpu_s"] = cpu
        out[f"{name}_mb_s"] = mb / wall if wall else float("inf")
    if not results["automaton"].equals(results["reference"]):
        raise AssertionError("the automaton path and the reference path give different mentions")
    if results["automaton_match"] != results["reference_match"]:
        raise AssertionError("automaton_text and match_text differ")
    out["mentions"] = len(results["automaton"])
    out["bare_matches"] = results["bare"]
    out["ratio"] = out["automaton_mb_s"] / out["bare_mb_s"]
    out["match_ratio"] = out["automaton_match_mb_s"] / out["bare_mb_s"]
    out["cpu_ratio"] = out["bare_cpu_s"] / out["automaton_cpu_s"]
    out["match_cpu_ratio"] = out["bare_cpu_s"] / out["automaton_match_cpu_s"]
    if sentences:
        if len(results["automaton_sentences"]) != out["mentions"]:
            raise AssertionError("the mentions given a sentences table differ in number")
        out["sentences_ratio"] = out["automaton_sentences_mb_s"] / out["bare_mb_s"]
    return out


def generated_texts(n: int, seed: int = 0) -> list[str]:
    """The first ``n`` generated reports (``corpusgen.generate_document``), in memory."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    import corpusgen

    return [corpusgen.generate_document(i, seed)[1] for i in range(n)]


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="1000,10000", help="numbers of generated reports")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--sentences", action="store_true",
                   help="also time the mentions given a sentences table (the path of framing.analyse)")
    opts = p.parse_args(argv)
    extra = " given sentences MB/s | its ratio |" if opts.sentences else ""
    print("| reports | MB | bare MB/s | automaton MB/s | reference MB/s | ratio | match only: automaton"
          f" MB/s | reference MB/s | match ratio | CPU ratio (table, match) | mentions |{extra}")
    print("|---|---|---|---|---|---|---|---|---|---|---|" + ("---|---|" if opts.sentences else ""))
    for size in (int(s) for s in opts.sizes.split(",")):
        r = measure(generated_texts(size, opts.seed), sentences=opts.sentences)
        more = (f" {r['automaton_sentences_mb_s']:.2f} | {r['sentences_ratio']:.3f} |"
                if opts.sentences else "")
        print(f"| {size:,} | {r['mb']:.2f} | {r['bare_mb_s']:.1f} | {r['automaton_mb_s']:.2f} | "
              f"{r['reference_mb_s']:.2f} | {r['ratio']:.3f} | {r['automaton_match_mb_s']:.2f} | "
              f"{r['reference_match_mb_s']:.2f} | {r['match_ratio']:.3f} | "
              f"{r['cpu_ratio']:.3f}, {r['match_cpu_ratio']:.3f} | {r['mentions']:,} |{more}", flush=True)


if __name__ == "__main__":
    main()
