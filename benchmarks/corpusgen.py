"""A reproducible large corpus of VNA-style reports, for benchmarks.

Each document recombines sentences of the two study reports (``data/raw``) and perturbs them: about a
quarter of their content words are replaced by pseudo-words drawn from a Zipf-like vocabulary,
numbers change, paragraphs regroup, and spelling styles vary per document (curly, straight or
modifier-letter apostrophes; "Việt Nam", "Viet Nam" or "Vietnam"; some files in decomposed Unicode
(NFD) or with CRLF line ends). Sentence lengths and sector-mention density therefore stay close to the
study reports, while the vocabulary grows with the corpus as real text does (Heaps' law).

No word list can be downloaded, so the vocabulary is made of pseudo-words built from syllables by a
seeded generator; word ``r`` (0-based rank) is drawn with probability proportional to
``1 / (r + 2.7) ** 1.07`` (Zipf-Mandelbrot), the shape of English word frequencies.

Document ``i`` depends only on ``(seed, i)``, so the 1,000-document corpus is the first thousand
documents of the 10,000-document one. Files are written in the real format::

     date 2025-11-03 HÀ NỘI — First paragraph ...

    Second paragraph ... — VNA/VNS
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np

GENERATOR_VERSION = 1
VOCABULARY_SIZE = 250_000
REPLACE_RATE = 0.25
MEAN_BYTES = 2500
REPO = Path(__file__).resolve().parents[1]

_ONSETS = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
           "br", "cr", "dr", "fr", "gr", "pr", "tr", "bl", "cl", "fl", "gl", "pl", "sl", "st", "sp",
           "sk", "ch", "sh", "th", "qu", "j", "y", ""]
_VOWELS = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ou", "io", "y"]
_CODAS = ["", "", "", "", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "nt", "ng"]
_SUFFIXES = ["", "", "", "", "s", "ed", "ing", "tion", "ment", "al", "ity", "ive", "ness", "er", "ly"]
_PLACES = [("HÀ NỘI", 30), ("HCM CITY", 10), ("MOSCOW", 8), ("BEIJING", 6), ("VIENTIANE", 5),
           ("PHNOM PENH", 5), ("TOKYO", 5), ("SEOUL", 5), ("PYONGYANG", 3), ("NEW YORK", 4),
           ("WASHINGTON", 4), ("PARIS", 3), ("BERLIN", 3), ("JAKARTA", 3), ("DA NANG", 4)]
_WORD = re.compile(r"(\w+)")


@lru_cache(maxsize=4)
def pseudo_vocabulary(size: int = VOCABULARY_SIZE, seed: int = 0) -> tuple[str, ...]:
    """``size`` distinct lower-case pseudo-words (1 to 4 syllables, sometimes an English suffix)."""
    rng = np.random.default_rng([seed, 7_771])
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < size:
        n = 4096
        nsyl = rng.choice([1, 2, 3, 4], size=n, p=[0.2, 0.5, 0.25, 0.05])
        on = rng.integers(len(_ONSETS), size=(n, 4))
        vo = rng.integers(len(_VOWELS), size=(n, 4))
        co = rng.integers(len(_CODAS), size=(n, 4))
        su = rng.integers(len(_SUFFIXES), size=n)
        for k in range(n):
            w = "".join(_ONSETS[on[k, s]] + _VOWELS[vo[k, s]] + _CODAS[co[k, s]] for s in range(nsyl[k]))
            w += _SUFFIXES[su[k]]
            if len(w) >= 3 and w not in seen:
                seen.add(w)
                words.append(w)
                if len(words) == size:
                    break
    return tuple(words)


@lru_cache(maxsize=4)
def _zipf_cdf(size: int) -> np.ndarray:
    p = 1.0 / (np.arange(size) + 2.7) ** 1.07
    c = np.cumsum(p)
    return c / c[-1]


@lru_cache(maxsize=2)
def sentence_pool(raw: str | None = None) -> tuple[tuple[tuple[str, bool], ...], ...]:
    """Sentences of the study reports, as pieces ``(text, replaceable)``.

    A piece is replaceable if it is a lower-case word of four letters or more and not a stopword.
    """
    from framing.corpus import load_corpus
    from framing.lexicons import load_stopwords
    from framing.tokens import split_sentences

    docs = load_corpus(raw or REPO / "data" / "raw")
    stop = load_stopwords()
    pool = []
    for s in split_sentences(docs)["text"]:
        pieces = []
        for k, piece in enumerate(_WORD.split(s)):
            word = k % 2 == 1
            ok = word and piece.isalpha() and piece.islower() and len(piece) >= 4 and piece not in stop
            pieces.append((piece, ok))
        pool.append(tuple(pieces))
    return tuple(pool)


def generate_document(i: int, seed: int = 0) -> tuple[str, str]:
    """Document ``i``: ``(file_name, file_content)``; depends only on ``(seed, i)``."""
    rng = np.random.default_rng([seed, i])
    pool = sentence_pool()
    vocab = pseudo_vocabulary(VOCABULARY_SIZE, seed)
    cdf = _zipf_cdf(len(vocab))
    date = dt.date(2025, 9, 1) + dt.timedelta(days=int(rng.integers(365)))
    names, weights = zip(*_PLACES, strict=True)
    w = np.asarray(weights, dtype=float)
    place = names[int(rng.choice(len(names), p=w / w.sum()))]
    target = int(np.clip(rng.lognormal(np.log(MEAN_BYTES * 0.86), 0.3), 700, 9000))

    picks = rng.integers(len(pool), size=60)
    draws = iter(np.searchsorted(cdf, rng.random(2000)).tolist())
    flips = iter((rng.random(2000) < REPLACE_RATE).tolist())
    paragraphs: list[str] = []
    size = 0
    k = 0
    while size < target and k < len(picks):
        nsent = int(rng.choice([1, 2, 3], p=[0.45, 0.4, 0.15]))
        sents = []
        for _ in range(nsent):
            pieces = pool[int(picks[k % len(picks)])]
            k += 1
            out = []
            for piece, ok in pieces:
                if ok and next(flips, False):
                    piece = vocab[next(draws, 0)]
                elif piece.isdigit() and len(piece) <= 4 and rng.random() < 0.5:
                    piece = str(int(rng.integers(10 ** (len(piece) - 1), 10 ** len(piece))))
                out.append(piece)
            sents.append("".join(out))
        para = " ".join(sents)
        paragraphs.append(para)
        size += len(para.encode("utf-8")) + 2
    body = "\n\n".join(paragraphs)

    # Spelling and encoding styles vary from one feed to another.
    apos = ["\u2019", "'", "\u02bc"][int(rng.choice(3, p=[0.6, 0.3, 0.1]))]
    body = body.replace("\u2019", apos).replace("'", apos)
    viet = ["Việt Nam", "Viet Nam", "Vietnam"][int(rng.choice(3, p=[0.6, 0.2, 0.2]))]
    body = body.replace("Việt Nam", viet)
    content = f" date {date.isoformat()} {place} \u2014 {body} \u2014 VNA/VNS"
    u = rng.random()
    if u < 0.08:
        content = unicodedata.normalize("NFD", content)
    elif u < 0.12:
        content = content.replace("\n", "\r\n")
    slug = re.sub(r"[^a-z]+", "-", unicodedata.normalize("NFKD", place).encode("ascii", "ignore").decode().lower())
    return f"{date.isoformat()}-{slug.strip('-')}-{i:06d}.txt", content


def ensure_corpus(n: int, cache_dir: str | Path, seed: int = 0, progress: bool = False) -> Path:
    """The folder of the ``n``-document corpus under ``cache_dir``; generated unless already complete.

    A folder counts as complete when its ``.complete`` marker (written last) names the same
    generator version, seed and size.
    """
    folder = Path(cache_dir) / f"corpus-v{GENERATOR_VERSION}-seed{seed}-n{n}"
    marker = folder / ".complete"
    want = {"version": GENERATOR_VERSION, "seed": seed, "n": n}
    if marker.is_file():
        try:
            have = json.loads(marker.read_text())
        except ValueError:
            have = {}
        if {k: have.get(k) for k in want} == want:
            return folder
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    it = range(n)
    if progress:
        from tqdm.auto import tqdm

        it = tqdm(it, desc=f"generate {n:,}", unit="doc")
    total = 0
    for i in it:
        name, content = generate_document(i, seed)
        data = content.encode("utf-8")
        (folder / name).write_bytes(data)
        total += len(data)
    marker.write_text(json.dumps({**want, "bytes": total}))
    return folder


def corpus_bytes(folder: str | Path) -> int:
    """Total size in bytes of the corpus files (from the marker, else by listing the folder)."""
    marker = Path(folder) / ".complete"
    if marker.is_file():
        return int(json.loads(marker.read_text())["bytes"])
    return sum(p.stat().st_size for p in Path(folder).glob("*.txt"))
