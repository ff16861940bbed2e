"""Normalisation: what a token is and how text is folded for matching, spelled once.

Every other module takes its character classes and patterns from here: the tokenizer
(:mod:`framing.tokens`), the matching key stream (:mod:`framing.lexicons.matching`) and the
large-corpus counter (:mod:`framing.scale`). The raw text is never changed: :func:`fold` is applied
to copies (tokens, phrases), and :func:`fold_with_offsets` maps folded positions back.

Examples
--------
>>> from framing.normalize import fold, stem
>>> fold("Việt Nam’s")
"viet nam's"
>>> stem("cooperation")
'cooper'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "fold",
    "fold_with_offsets",
    "strip_marks",
    "stem",
    "stem_many",
    "is_punct",
    "is_number",
    "token_pattern",
    "findall_pattern",
    "paragraph_spans",
    "QUOTE_ONLY",
    "PUNCT_VARIANTS",
    "TOKEN_RE",
    "NUMBER_RE",
    "PARAGRAPH_BREAK",
    "WORD_CHAR",
    "WORD_CLASS",
    "WORD_CLASS_FAST",
    "HYPHEN",
    "HYPHEN_CHARS",
    "APOSTROPHE",
]

# ---------------------------------------------------------------------------------------------
# Folding
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
# Invisible characters that only break matching: soft hyphen, zero-width (non-)joiners, word
# joiner, BOM / zero-width no-break space. They are word characters below, so they never split a word.
_DELETE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
for _c in _DELETE:
    _CHAR_MAP[_c] = ""
_TRANSLATE = str.maketrans(_CHAR_MAP)

#: The quote marks, apostrophes and dashes that :func:`fold` makes one: folded character -> every
#: character folded to it, itself included ("'" -> "'‘’‛′ʼʻ`´＇").
PUNCT_VARIANTS = {
    v: v + "".join(sorted(k for k, w in _CHAR_MAP.items() if w == v)) for v in ("'", '"', "-")
}

#: Translation that only unifies quotes and drops invisible characters (for display forms).
QUOTE_ONLY = str.maketrans({k: v for k, v in _CHAR_MAP.items() if v in ("'", '"', "") and k != "\r"})


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
        Any text.

    Returns
    -------
    str
        The folded text.

    Examples
    --------
    >>> fold("Hà Nội\u00a0–\u00a0CPV")
    'ha noi - cpv'
    """
    if s.isascii():  # no composition, decomposition or combining marks: same result, 5x faster
        return s.translate(_TRANSLATE).casefold()
    s = unicodedata.normalize("NFC", s).translate(_TRANSLATE)
    decomposed = unicodedata.normalize("NFKD", s)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_TRANSLATE)


def strip_marks(s: str) -> str:
    """The text without diacritics, case and everything else kept, one character for one.

    How VNA English and TASS spell Vietnamese names ("Tô Lâm" -> "To Lam", "Đỗ" -> "Do"). Offsets
    into the result index the input too, so a table of spans stays valid.

    Parameters
    ----------
    s : str
        Any text.

    Returns
    -------
    str
        ``s`` with each letter that decomposes into one base letter and combining marks replaced by
        that letter, and "đ", "ø", "ł" (upper case too) by "d", "o", "l"; ``len(result) == len(s)``.
        Combining marks standing alone (text in decomposed form, NFD) are kept, as removing them would
        shorten the text.

    Examples
    --------
    >>> strip_marks("Party chief Tô Lâm met Đỗ Văn Chiến in Hà Nội.")
    'Party chief To Lam met Do Van Chien in Ha Noi.'
    """
    return s.translate(_marks_table(s))


def _marks_table(s: str) -> dict:
    table = {}
    for c in set(s):
        if c.isascii():
            continue
        folded = _CHAR_MAP.get(c, "")  # letters Unicode does not decompose: đ, ø, ł
        if len(folded) == 1 and folded.isalpha():
            base = folded.upper() if c.isupper() else folded
        else:
            base = "".join(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x))
        if len(base) == 1 and base != c:
            table[ord(c)] = base
    return table


def fold_with_offsets(text: str) -> tuple[str, list[int], list[int]]:
    """Fold ``text`` as :func:`fold` does and keep, for each output character, its source span.

    A character cluster (a base character with its combining marks) folds as one unit; all output
    characters of a cluster carry the cluster's span. Deleted characters produce no output.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    folded : str
        The folded text.
    starts, ends : list of int
        ``len(folded)`` entries each. A match ``folded[a:b]`` (``b > a``) corresponds to
        ``text[starts[a]:ends[b - 1]]``.

    Examples
    --------
    >>> folded, starts, ends = fold_with_offsets("Việt")
    >>> folded, starts[1], ends[1]
    ('viet', 1, 2)
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
# What a token is
# ---------------------------------------------------------------------------------------------

# Marks and invisible characters that belong to the word they sit in: combining marks (decomposed
# diacritics) and the characters fold() deletes.
_MARKS = r"\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f" + "".join(
    f"\\u{ord(c):04x}" for c in _DELETE
)
#: One word character: a letter or digit (not "_"), a combining mark or an invisible joiner.
WORD_CLASS = rf"(?:[^\W_]|[{_MARKS}])"
#: The same set as one cheap class, valid for texts without "_" (``\w`` includes "_").
WORD_CLASS_FAST = rf"[\w{_MARKS}]"
#: A compiled single word character.
WORD_CHAR = re.compile(WORD_CLASS)
#: A hyphen that may join the parts of a compound word.
HYPHEN = r"[-\u2010\u2011]"
HYPHEN_CHARS = frozenset("-\u2010\u2011")
#: An apostrophe (U+02BC is a letter in Unicode, but writers use it as an apostrophe).
APOSTROPHE = r"['\u2019\u02bc]"


def _token_regex(w: str) -> str:
    return (
        rf"(?P<abbr>(?:[A-Za-z]\.){{2,}})"  # U.S., e.g.
        rf"|(?P<poss>{APOSTROPHE}[sS](?!{w}))"  # possessive 's, split off the word before it
        rf"|(?P<word>{w}+(?:[.,]\d+)*(?:{HYPHEN}{w}+(?:[.,]\d+)*)*(?:{APOSTROPHE}(?![sS](?!{w})){w}+)*)"
        r"|(?P<punct>\S)"
    )


#: The tokenizer's pattern: abbreviations, possessive 's, words (hyphenated compounds and inner
#: apostrophes kept), any other non-space character.
TOKEN_RE = re.compile(_token_regex(WORD_CLASS))
# The same tokens about 1.7x faster where the text holds no "_": one class is cheaper in `re` than
# an alternation per character (tests check both give the same tokens).
_TOKEN_RE_FAST = re.compile(_token_regex(WORD_CLASS_FAST))
_UNGROUP = re.compile(r"\(\?P<\w+>")
_FINDALL = re.compile(_UNGROUP.sub("(?:", TOKEN_RE.pattern))
_FINDALL_FAST = re.compile(_UNGROUP.sub("(?:", _TOKEN_RE_FAST.pattern))

#: A number: digits with inner separators ("1.5", "1945-08", "80/20").
NUMBER_RE = re.compile(r"\A\d+(?:[.,:/-]\d+)*\Z")
#: A paragraph break: a blank line (spaces allowed).
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\u00a0]*\n\s*")


def token_pattern(text: str) -> re.Pattern:
    """The token pattern (with named groups) to use on ``text``: the fast one unless it holds "_".

    Parameters
    ----------
    text : str
        The text about to be tokenized.
    """
    return TOKEN_RE if "_" in text else _TOKEN_RE_FAST


def findall_pattern(text: str) -> re.Pattern:
    """The token pattern without groups (``findall`` gives plain strings), fast unless "_" occurs.

    Parameters
    ----------
    text : str
        The text about to be tokenized.
    """
    return _FINDALL if "_" in text else _FINDALL_FAST


# ---------------------------------------------------------------------------------------------
# Stemming
# ---------------------------------------------------------------------------------------------

# The project's stems are NLTK's English Snowball stems (Porter2 as Snowball had it before 3.0).
# libstemmer (PyStemmer, C) stems about 15 times faster and gives the same stem except where a rule
# below may apply; such a word goes to NLTK. The rules are the algorithm's changes in Snowball 3.0
# and 3.1 (its NEWS) and the places where NLTK's port, which keeps R1 and R2 as strings, loses or
# guesses R2 after a replacement (checked against NLTK on 10 million generated words; tests:
# tests/test_normalize.py).
_RULES = (
    # Snowball 3: new R1 prefixes (past, universe, later, emerge, organ, inter), "past" as a short
    # syllable, -ogist -> -og, "evening", no undoubling after an initial a/e/o ("adding" -> "add"),
    # C + "ying" -> C + "ie" ("vying"), the -ing exceptions moved into step 1b ("innings").
    r"past|ogist",
    r"^(?:univers|later|emerg|organ|inter|even|[aeo]([bdfgmnprt])\1|.ying|(?:inn|out|cann|herr|earr)ing)",
    # NLTK: R2 dropped after -eed -> -ee, -ization/-izer -> -ize and step 3's -ational -> -ate;
    # R2 guessed after -at/-bl/-iz + e in step 1b ("scrated": NLTK "scrat", Snowball "scrate").
    r"eed|iz(?:ation|er)|ational(?:ism|it[iy]|l[iy])",
    r"(?:at|bl|iz)(?:ed|edly|ing|ingly)s?$",
)
#: A word libstemmer may stem otherwise than NLTK.
_NLTK_ONLY = re.compile("|".join(f"(?:{r})" for r in _RULES))
#: The same rules and any character but a-z, as a few fast scans over words one per line.
_NOT_PLAIN = (
    re.compile(f"{_RULES[0]}|{_RULES[2]}|[^a-z\\n]+"),
    re.compile(_RULES[1], re.MULTILINE),
    re.compile(_RULES[3], re.MULTILINE),
)


@lru_cache(maxsize=1)
def _stemmers():
    """NLTK's English Snowball stemmer, its exception words, and libstemmer's (None if missing)."""
    from nltk.stem.snowball import SnowballStemmer

    nltk = SnowballStemmer("english").stemmer
    # NLTK's whole-word exceptions ("skies", "dying", "proceeded", ...): always NLTK's answer.
    special = frozenset(getattr(nltk, "_EnglishStemmer__special_words", None) or ())
    try:
        import Stemmer
    except ImportError:  # without PyStemmer every word goes to NLTK: same stems, slower
        return nltk, special, None
    fast = Stemmer.Stemmer("english", 0)  # no cache: callers stem a word once
    # A libstemmer whose English rules changed again stems these otherwise: then NLTK only.
    if fast.stemWords(list(_PROBES)) != [nltk.stem(w) for w in _PROBES]:
        return nltk, special, None
    return nltk, special, fast


#: Words through every step of the algorithm that no rule of :data:`_NLTK_ONLY` sends to NLTK.
_PROBES = (
    "caresses ponies ties cats running hopping hoped filing tanned luxuriate conditional "
    "valency hesitancy digitize conformably radically differently vilely analogously "
    "normalize predication operator feudalism decisiveness hopefulness callousness "
    "formality sensitivity sensibility geology fruitfully fearlessly triplicate formative "
    "formalize electricity electrical hopeful goodness revival allowance inference airliner "
    "gyroscopic adjustable defensible irritant replacement adjustment dependent adoption "
    "communism activate angularity homologous defective bowdlerize generously communication "
    "arsenals cooperation relations energy security"
).split()


def _plain(word: str, special) -> bool:
    """True if libstemmer stems the alphabetic ``word`` as NLTK does (lower-case ASCII, no rule)."""
    return word.isascii() and word.islower() and word not in special and _NLTK_ONLY.search(word) is None


def _stem_part(part: str) -> str:
    """Snowball stem of one alphabetic part, as NLTK gives it."""
    nltk, special, fast = _stemmers()
    if fast is not None and _plain(part, special):
        return fast.stemWord(part)
    return nltk.stem(part)


@lru_cache(maxsize=200_000)
def stem(norm: str) -> str:
    """Snowball stem of a folded token; each part of a hyphenated compound is stemmed.

    The stems are those of NLTK's English Snowball stemmer, computed by libstemmer where it agrees.

    Parameters
    ----------
    norm : str
        A folded token (:func:`fold`).

    Examples
    --------
    >>> stem("science-technology")
    'scienc-technolog'
    """
    return "-".join(_stem_part(part) if part.isalpha() else part for part in norm.split("-"))


def stem_many(norms) -> list[str]:
    """:func:`stem` of each folded token, in order; the plain words in one libstemmer call.

    For a vocabulary: each distinct alphabetic part is stemmed once, nothing is cached.

    Parameters
    ----------
    norms : iterable of str
        Folded tokens, e.g. a vocabulary.

    Returns
    -------
    list of str
        ``[stem(n) for n in norms]``.

    Examples
    --------
    >>> stem_many(["cooperation", "oil-and-gas", "2026", "adding"])
    ['cooper', 'oil-and-gas', '2026', 'ad']
    """
    out = list(norms)
    nltk, special, fast = _stemmers()
    if fast is None:
        return [stem(n) for n in out]
    # The distinct parts, one per line (no token holds a line break); a few scans of all of them
    # mark those libstemmer may stem otherwise than NLTK: the rules, anything but a-z (digits,
    # other scripts), NLTK's exception words.
    joined = "\n".join(out)
    compounds = [n for n in out if "-" in n] if "-" in joined else []
    parts = out
    if compounds:
        parts = list(dict.fromkeys(joined.replace("-", "\n").split("\n")))
        joined = "\n".join(parts)
    other = {_line_at(joined, m.start()) for rx in _NOT_PLAIN for m in rx.finditer(joined)}
    other.update(special.intersection(parts))
    plain = [p for p in parts if p not in other]
    stem_of = dict(zip(plain, fast.stemWords(plain), strict=True))
    stem_of.update((p, nltk.stem(p) if p.isalpha() else p) for p in other)
    stem_of.update((n, "-".join(map(stem_of.__getitem__, n.split("-")))) for n in compounds)
    return list(map(stem_of.__getitem__, out))


def _line_at(text: str, pos: int) -> str:
    """The line of ``text`` that holds position ``pos``."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1 : end if end >= 0 else len(text)]


def is_punct(norm: str) -> bool:
    """True if the token holds no letter or digit."""
    return not any(ch.isalnum() for ch in norm)


def is_number(norm: str) -> bool:
    """True if the token is a number ("2025", "1.5", "10/10")."""
    return NUMBER_RE.match(norm) is not None


def paragraph_spans(text: str):
    """Yield ``(start, end)`` of each paragraph (blocks between blank lines), empty ones included.

    Parameters
    ----------
    text : str
        A document's text.
    """
    pos = 0
    for m in PARAGRAPH_BREAK.finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)
