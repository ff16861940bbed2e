"""Text cleaning: normalisation for matching, sentences and tokens with character offsets.

Everything here runs offline: sentence splitting uses NLTK's Punkt *without* a pretrained model (a few
abbreviations given by hand), stemming uses NLTK's Snowball stemmer, and the stopword and entity lists
ship inside the package (``framing/lexicons``).

The raw ``text`` of a document is never changed. Normalisation (:func:`fold`) is applied to a copy, per
token, so every row of the tokens and sentences tables indexes the original string:
``text[start:end] == surface``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import pandas as pd

__all__ = [
    "fold",
    "fold_with_offsets",
    "split_sentences",
    "tokenize",
    "tokenize_text",
    "display_forms",
    "load_stopwords",
    "load_entities",
    "Entity",
    "TOKEN_COLUMNS",
    "SENTENCE_COLUMNS",
]

TOKEN_COLUMNS = [
    "doc_id",
    "period",
    "paragraph_id",
    "sentence_id",
    "token_id",
    "start",
    "end",
    "surface",
    "norm",
    "stem",
    "is_stop",
    "is_punct",
    "is_number",
    "is_entity",
    "entity_type",
]
SENTENCE_COLUMNS = ["doc_id", "period", "paragraph_id", "sentence_id", "start", "end", "text"]

# ---------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------

_CHAR_MAP = {
    # apostrophes and single quotes
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc\u02bb\u0060\u00b4\uff07", "'"),
    # double quotes
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02", '"'),
    # hyphens and dashes
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    # spaces: no-break, narrow, figure, ideographic, en/em...
    **dict.fromkeys("\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000\t", " "),
    # letters that Unicode does not decompose
    "\u0111": "d", "\u0110": "d", "\u00f8": "o", "\u00d8": "o", "\u0142": "l", "\u0141": "l",
    "\u00df": "ss", "\u00e6": "ae", "\u00c6": "ae", "\u0153": "oe", "\u0152": "oe",
    "\r": "",
}
# Invisible characters that only break matching: soft hyphen, zero-width (non-)joiners, BOM.
_DELETE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
for _c in _DELETE:
    _CHAR_MAP[_c] = ""
_TRANSLATE = str.maketrans(_CHAR_MAP)


@lru_cache(maxsize=200_000)
def fold(s: str) -> str:
    """Normalise a string for matching.

    NFC, then diacritics removed ("Việt" -> "viet"), case folded, curly quotes and apostrophes to
    ``'``, dash variants to ``-``, no-break and other spaces to a plain space, soft hyphens, zero-width
    characters and BOM removed, CR dropped (so CRLF becomes LF).

    The result may be shorter than the input; use :func:`fold_with_offsets` to map positions back.

    Parameters
    ----------
    s : str

    Returns
    -------
    str
    """
    if s.isascii():  # no composition, decomposition or combining marks: same result, 5x faster
        return s.translate(_TRANSLATE).casefold()
    s = unicodedata.normalize("NFC", s).translate(_TRANSLATE)
    decomposed = unicodedata.normalize("NFKD", s)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_TRANSLATE)


def fold_with_offsets(text: str) -> tuple[str, list[int], list[int]]:
    """Fold ``text`` as :func:`fold` does and keep, for each output character, its source span.

    A character cluster (a base character with its combining marks) folds as one unit; all output
    characters of a cluster carry the cluster's span. Deleted characters produce no output.

    Parameters
    ----------
    text : str

    Returns
    -------
    folded : str
    starts, ends : list of int
        ``len(folded)`` entries each. A match ``folded[a:b]`` (``b > a``) corresponds to
        ``text[starts[a]:ends[b - 1]]``.
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = fold(text[i:j])
        for ch in piece:
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return "".join(out), starts, ends


# ---------------------------------------------------------------------------------------------
# Word lists shipped with the package
# ---------------------------------------------------------------------------------------------


def _read_lexicon(name: str) -> str:
    return resources.files("framing").joinpath("lexicons", name).read_text(encoding="utf-8")


@cache
def load_stopwords() -> frozenset[str]:
    """The packaged stopword list (``framing/lexicons/stopwords.txt``), folded.

    General English function words plus news-report boilerplate (reporting verbs such as "said",
    weekdays and months, agency names); see the comments in the file.

    Returns
    -------
    frozenset of str
    """
    words = set()
    for line in _read_lexicon("stopwords.txt").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(fold(line))
    return frozenset(words)


@dataclass(frozen=True)
class Entity:
    """A named entity of the packaged list: canonical ``name``, ``type`` and folded ``key``."""

    name: str
    type: str
    key: str


@cache
def load_entities() -> tuple[tuple[tuple[str, ...], Entity], ...]:
    """The packaged entity list (``framing/lexicons/entities.yml``).

    Returns
    -------
    tuple of (pattern, Entity)
        ``pattern`` is the tuple of folded token forms of a name or alias. Every alias maps to the
        entity of its canonical name, so "Vietnam", "Viet Nam" and "Việt Nam" are one entity.
    """
    import yaml

    raw = yaml.safe_load(_read_lexicon("entities.yml"))
    return _compile_entities(raw, source="entities.yml")


def _compile_entities(raw, source: str = "<entities>"):
    if not isinstance(raw, list):
        raise ValueError(f"{source}: expected a list of entities")
    patterns: dict[tuple[str, ...], Entity] = {}
    for i, item in enumerate(raw):
        if not isinstance(item, dict) or "name" not in item or "type" not in item:
            raise ValueError(f"{source}: entry {i + 1} needs 'name' and 'type'")
        unknown = set(item) - {"name", "type", "aliases", "note"}
        if unknown:
            raise ValueError(f"{source}: entity {item['name']!r} has unknown key(s) {sorted(unknown)}")
        ent = Entity(item["name"], item["type"], " ".join(_pattern(item["name"])))
        for form in [item["name"], *(item.get("aliases") or [])]:
            pat = _pattern(str(form))
            if pat in patterns and patterns[pat] != ent:
                raise ValueError(f"{source}: {form!r} names both {patterns[pat].name!r} and {ent.name!r}")
            patterns[pat] = ent
    return tuple(patterns.items())


def _pattern(name: str) -> tuple[str, ...]:
    return tuple(fold(m.group()) for m in _TOKEN_RE.finditer(name))


# ---------------------------------------------------------------------------------------------
# Tokenizer
# ---------------------------------------------------------------------------------------------

# Word characters: letters and digits, combining marks (decomposed diacritics), and invisible
# joiners that may sit inside a word (soft hyphen, zero-width characters).
_W = r"(?:[^\W_]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00ad\u200b-\u200d\u2060])"
_HYPHEN = r"[-\u2010\u2011]"
_APOS = r"['\u2019\u02bc]"
_TOKEN_RE = re.compile(
    rf"(?P<abbr>(?:[A-Za-z]\.){{2,}})"  # U.S., e.g.
    rf"|(?P<poss>{_APOS}[sS](?!{_W}))"  # possessive 's, split off the word before it
    rf"|(?P<word>{_W}+(?:[.,]\d+)*(?:{_HYPHEN}{_W}+(?:[.,]\d+)*)*(?:{_APOS}(?![sS](?!{_W})){_W}+)*)"
    r"|(?P<punct>\S)"
)
# The same tokens, found about 1.7x faster: in a text without "_", [^\W_] is just \w, and one
# character class is much cheaper in `re` than an alternation per character. Keep the marks in
# sync with _W (tests/test_scale.py checks that both patterns give the same tokens).
_W_FAST = r"[\w\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00ad\u200b-\u200d\u2060]"
_TOKEN_RE_FAST = re.compile(_TOKEN_RE.pattern.replace(_W, _W_FAST))


def _token_re(text: str) -> re.Pattern:
    return _TOKEN_RE if "_" in text else _TOKEN_RE_FAST


_NUMBER_RE = re.compile(r"\A\d+(?:[.,:/-]\d+)*\Z")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\u00a0]*\n\s*")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "st", "no", "vs", "e.g", "i.e", "u.s", "u.k", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "approx", "etc"}


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


@lru_cache(maxsize=1)
def _sentence_splitter():
    """Punkt without a pretrained model, a few abbreviations given, its sentence-break test memoized.

    ``text_contains_sentbreak`` depends only on the short context around a candidate full stop
    ("cooperation. The"), and such contexts repeat across a corpus: caching it gives the same
    sentences several times faster.
    """
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(_ABBREVIATIONS)
    tokenizer = PunktSentenceTokenizer(params)
    test = tokenizer.text_contains_sentbreak
    memo: dict[str, bool] = {}

    def cached(context: str) -> bool:
        hit = memo.get(context)
        if hit is None:
            if len(memo) > 200_000:
                memo.clear()
            hit = memo[context] = test(context)
        return hit

    tokenizer.text_contains_sentbreak = cached
    return tokenizer


@lru_cache(maxsize=200_000)
def _stem(norm: str) -> str:
    # Stem each part of a hyphenated compound, so "science-technology" -> "scienc-technolog".
    stemmer = _stemmer()
    return "-".join(stemmer.stem(part) if part.isalpha() else part for part in norm.split("-"))


def _paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def _sentence_spans(text: str) -> Iterator[tuple[int, int, int]]:
    """(paragraph_id, start, end) of each sentence, whitespace trimmed, empty ones skipped."""
    splitter = _sentence_splitter()
    for pid, (p0, p1) in enumerate(_paragraph_spans(text)):
        para = text[p0:p1]
        if not para.strip():
            continue
        for s0, s1 in splitter.span_tokenize(para):
            chunk = para[s0:s1]
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk) - len(chunk.rstrip())
            if s1 - trail > s0 + lead:
                yield pid, p0 + s0 + lead, p0 + s1 - trail


class _Trie:
    """Longest-match lookup of entity patterns over folded token forms (as MWETokenizer does)."""

    def __init__(self, patterns):
        self.root: dict = {}
        for pat, ent in patterns:
            node = self.root
            for part in pat:
                node = node.setdefault(part, {})
            node[None] = ent

    def match(self, norms: list[str], i: int) -> tuple[int, Entity] | None:
        node, best, j = self.root, None, i
        while j < len(norms) and norms[j] in node:
            node = node[norms[j]]
            j += 1
            if None in node:
                best = (j, node[None])
        return best


@lru_cache(maxsize=4)
def _default_trie() -> _Trie:
    return _Trie(load_entities())


def tokenize_text(text: str, entities=None) -> list[tuple]:
    """Tokenize one document's text.

    Parameters
    ----------
    text : str
        The document text (not normalised).
    entities : sequence of (pattern, Entity), optional
        Default: the packaged list. Pass ``()`` to turn entity merging off.

    Returns
    -------
    list of tuple
        ``(start, end, surface, norm, stem, is_entity, entity_type)`` per token, in text order,
        ``text[start:end] == surface``; tokens never overlap. Multi-word entities are one token.
    """
    trie = _default_trie() if entities is None else _Trie(entities)
    root = trie.root
    raw = [(m.start(), m.end(), m.group()) for m in _token_re(text).finditer(text)]
    norms = [fold(s) for _, _, s in raw]
    out = []
    append = out.append
    i, n = 0, len(raw)
    while i < n:
        norm = norms[i]
        # Only a token that begins some entity pattern can start a match (cheaper than matching),
        # and names start with a capital: "regards to Lâm" is not "Tô Lâm".
        hit = trie.match(norms, i) if norm in root and not raw[i][2][:1].islower() else None
        if hit is not None:
            j, ent = hit
            start, end = raw[i][0], raw[j - 1][1]
            surface = text[start:end]
            norm = " ".join(fold(surface).split())
            append((start, end, surface, norm, ent.key, True, ent.type))
            i = j
            continue
        start, end, surface = raw[i]
        append((start, end, surface, norm, _stem(norm) if norm else norm, False, ""))
        i += 1
    return out


def _is_punct(norm: str) -> bool:
    return not any(ch.isalnum() for ch in norm)


def split_sentences(docs: pd.DataFrame) -> pd.DataFrame:
    """Sentences table: one row per sentence of each document.

    Paragraphs are blocks separated by blank lines; sentences are found in each paragraph by Punkt
    (no pretrained model; a short list of abbreviations).

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table (:func:`framing.load_corpus`); uses ``doc_id``, ``period``, ``text``.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`SENTENCE_COLUMNS`: ``doc_id``, ``period``, ``paragraph_id`` (0-based within the
        document), ``sentence_id`` (0-based within the document), ``start``, ``end`` (character offsets
        into the document's ``text``), ``text`` (``text[start:end]``).
    """
    rows = []
    for doc_id, period, text in _iter_docs(docs):
        for sid, (pid, s0, s1) in enumerate(_sentence_spans(text)):
            rows.append((doc_id, period, pid, sid, s0, s1, text[s0:s1]))
    out = pd.DataFrame.from_records(rows, columns=SENTENCE_COLUMNS)
    return _typed(out, ["paragraph_id", "sentence_id", "start", "end"])


def tokenize(docs: pd.DataFrame, stopwords: Iterable[str] | None = None, entities=None) -> pd.DataFrame:
    """Tokens table: one row per token of each document.

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table; uses ``doc_id``, ``period``, ``text``.
    stopwords : iterable of str, optional
        Replaces the packaged list (:func:`load_stopwords`); compared with the folded form.
    entities : sequence of (pattern, Entity), optional
        Replaces the packaged entity list (:func:`load_entities`); ``()`` turns merging off.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`TOKEN_COLUMNS`: ``doc_id``, ``period``, ``paragraph_id``, ``sentence_id``
        (as in :func:`split_sentences`; tokens between sentences get the previous sentence),
        ``token_id`` (0-based within the document), ``start``, ``end`` (offsets into ``text``;
        ``text[start:end] == surface``), ``surface``, ``norm`` (folded form, see :func:`fold`),
        ``stem`` (Snowball stem of ``norm``, each part of a hyphenated compound stemmed; for an entity
        the folded canonical name), ``is_stop``, ``is_punct``, ``is_number``, ``is_entity``,
        ``entity_type`` ("" unless an entity: person, party, place, ...).
    """
    stop = frozenset(fold(w) for w in stopwords) if stopwords is not None else load_stopwords()
    rows = []
    for doc_id, period, text in _iter_docs(docs):
        sents = list(_sentence_spans(text))
        k = 0
        for tid, (start, end, surface, norm, stem, is_ent, etype) in enumerate(tokenize_text(text, entities)):
            while k + 1 < len(sents) and sents[k + 1][1] <= start:
                k += 1
            pid = sents[k][0] if sents else 0
            punct = _is_punct(norm)
            rows.append(
                (
                    doc_id, period, pid, k, tid, start, end, surface, norm, stem,
                    (not is_ent) and norm in stop, punct, bool(_NUMBER_RE.match(norm)), is_ent, etype,
                )
            )
    out = pd.DataFrame.from_records(rows, columns=TOKEN_COLUMNS)
    return _typed(out, ["paragraph_id", "sentence_id", "token_id", "start", "end"])


def display_forms(tokens: pd.DataFrame) -> pd.Series:
    """The display form of each stem: its most frequent surface form.

    Surface forms are compared lower-cased with quotes unified (so a sentence-initial "Cooperation"
    counts as "cooperation"); ties go to the alphabetically first. An entity displays as its canonical
    name from the entity list.

    Parameters
    ----------
    tokens : pandas.DataFrame
        Tokens table (:func:`tokenize`).

    Returns
    -------
    pandas.Series
        Display form (str) indexed by ``stem``.
    """
    names = {ent.key: ent.name for _, ent in load_entities()}
    counts: dict[str, Counter] = {}
    for stem, surface, is_ent in zip(tokens["stem"], tokens["surface"], tokens["is_entity"], strict=True):
        if is_ent:
            form = names.get(stem) or " ".join(surface.split())
        else:
            form = unicodedata.normalize("NFC", surface).translate(_QUOTE_ONLY).lower()
        counts.setdefault(stem, Counter())[form] += 1
    disp = {stem: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for stem, c in counts.items()}
    return pd.Series(disp, name="display", dtype=object).rename_axis("stem")


_QUOTE_ONLY = str.maketrans({k: v for k, v in _CHAR_MAP.items() if v in ("'", '"', "") and k != "\r"})


def _iter_docs(docs: pd.DataFrame):
    periods = docs["period"] if "period" in docs else [""] * len(docs)
    yield from zip(docs["doc_id"], periods, docs["text"], strict=True)


def _typed(df: pd.DataFrame, int_cols: list[str]) -> pd.DataFrame:
    for c in int_cols:
        df[c] = df[c].astype("int32")
    for c in ("doc_id", "period"):
        df[c] = df[c].astype("category")
    return df
