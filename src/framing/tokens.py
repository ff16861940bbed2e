"""Sentences and tokens, with character offsets into each document's text.

Everything here runs offline: sentence splitting uses NLTK's Punkt *without* a pretrained model (a few
abbreviations given by hand), stemming uses NLTK's Snowball stemmer, and the stopword and entity lists
ship inside the package (:mod:`framing.lexicons`).

The raw ``text`` of a document is never changed. Normalisation (:func:`framing.normalize.fold`) is
applied to a copy, per token, so every row of the tokens and sentences tables indexes the original
string: ``text[start:end] == surface``.

Examples
--------
>>> import pandas as pd
>>> docs = pd.DataFrame({"doc_id": ["d1"], "period": ["p1"],
...                      "text": ["Việt Nam values energy cooperation. Both sides agreed."]})
>>> tokens = tokenize(docs)
>>> list(tokens["surface"][:3])
['Việt Nam', 'values', 'energy']
>>> list(split_sentences(docs)["text"])
['Việt Nam values energy cooperation.', 'Both sides agreed.']
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

import pandas as pd

from framing.errors import require_columns
from framing.lexicons.matching import match_key
from framing.lexicons.wordlists import EntityTrie, load_entities, load_stopwords
from framing.normalize import (
    HYPHEN_CHARS,
    NUMBER_RE,
    QUOTE_ONLY,
    WORD_CHAR,
    fold,
    is_punct,
    paragraph_spans,
    stem,
    token_pattern,
)

__all__ = [
    "split_sentences",
    "sentence_spans",
    "tokenize",
    "tokenize_text",
    "display_forms",
    "key_stream_reference",
    "TOKEN_COLUMNS",
    "SENTENCE_COLUMNS",
]

#: Columns of the tokens table, in order.
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
#: Columns of the sentences table, in order.
SENTENCE_COLUMNS = ["doc_id", "period", "paragraph_id", "sentence_id", "start", "end", "text"]

#: Short forms after which the sentence splitter does not end a sentence (a public list: the sector
#: rules read sentences back over the same forms). r29d: "Charge d'Affaires a.i. X" (ad interim); r30c: "Colonel (ret.) X"
ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "st", "no", "vs", "e.g", "i.e", "u.s", "u.k", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "approx", "etc", "a.i", "ret", "retd", "h.e", "mt", "nos"})

#: r36f: short forms that open a title only before another one ("Assoc. Prof. Dr. X", "Maj. Gen. X", "Sr.
#: Lt. Gen. X"): a sentence that ends in one of them goes on when the next opens with a short title
#: (review 51: not in ABBREVIATIONS, as "Henry Ford Sr. Russian Ambassador X said" is two sentences)
_TITLE_OPENERS = re.compile(r"\b(?:Assoc|Maj|Capt|Adm|Brig|Sr)\.$")
_SHORT_TITLE = re.compile(r"(?:Assoc|Prof|Dr|Gen|Col|Lt|Maj|Capt|Adm|Brig|Sr)\. ")
#: lead's round 40e: a person's initials before the surname ("V.I. Lenin", "A.S. Pushkin"), which Punkt
#: ends a sentence at; the initials of a country or a body ("the U.S.", "the U.N.") may end one
_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}$")
_NOT_PERSONS_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "U.S.A.", "P.R."})
_SURNAME_NEXT = re.compile(r"[A-Z][a-z]+(?=[\s,;:.!?)])")
#: review 56: "the" right before the initials makes them a country's or a body's ("the U.A.E.", "the G.D.R.")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


#: review 56 / lead's round 43e: the capitalised words after the surname, up to six ("the A.N. Severtsov
#: Institute", "the I.M. Sechenov First Moscow State Medical University")
_NAME_GOES_ON = re.compile(r"(?: [A-Z][A-Za-z]+){1,6}")


@lru_cache(maxsize=1)
def _body_heads() -> frozenset:
    """The heads of institution names of the packaged names file, as lower-case words."""
    from framing.lexicons.names import load_names

    return frozenset(load_names().heads)


def _initials_before_surname(text: str, held: tuple[int, int], a: int) -> bool:
    """True if the held sentence ``text[held[0]:held[1]]`` ends on a person's initials and the next
    one, at ``a``, opens with a capitalised word that is no word of the stoplist: "the home provinces
    of President Hồ Chí Minh and V.I. Lenin, were preparing ..." is one sentence. "... talks with the
    U.S. The two sides ..." and "... by A.B. The ..." stay two."""
    m = _INITIALS_END.search(text, held[0], held[1])
    if m is None or m.group() in _NOT_PERSONS_INITIALS:
        return False
    w = _SURNAME_NEXT.match(text, a)
    if w is None or w.group().lower() in load_stopwords():
        return False
    if _THE_BEFORE.search(text, held[0], m.start()):
        # review 56: "registered in the U.A.E. Russia is ...": a country's initials, no person's; but a
        # body named after a person goes on with another capital ("the A.N. Severtsov Institute", "the
        # I.M. Sechenov First Moscow State Medical University": lead's round 43, at the merge of review 56)
        run = _NAME_GOES_ON.match(text, w.end())
        # reread: a body's head among them ("Institute", "University"), not any capital ("the U.A.E. Russia
        # Today reported ..." stays two sentences)
        return run is not None and any(word.lower() in _body_heads() for word in run.group().split())
    return True


#: p40p2: a full stop of a short form ("5 p.m.", "U.N.", "Co., Ltd.", "US$1.2 bln.", "JSC.") or one closing a
#: quotation ('"We are ready." he said') that a lower-case word follows ends no sentence; Punkt ends one there
_SHORT_FORM_END = re.compile(r"(?:(?<![\w.])(?:[A-Za-z]\.){2,3}|(?<![\w.])[A-Za-z]{1,4}\.|\.[\"\u201d])$")


def _short_form_before_lower(text: str, held: tuple[int, int], a: int) -> bool:
    """True if the held sentence ends on a short form's full stop (or '."') and the next opens lower-case:
    "The ceremony began at 5 p.m. on Monday." is one sentence; "It was 5 p.m. He said so." stays two,
    and so does "Trade rose. iPhone sales fell." (review 57: a plain lower-case word only, :func:`_plain_lower`)."""
    return _plain_lower(text, a) and _SHORT_FORM_END.search(text, held[0], held[1]) is not None


#: p40p2: a bare attribution after a quotation closed by a full stop ('"... in energy." Lavrov added.'): one to
#: three capitalised words and a past-tense verb ("said", "-ed") make the whole next sentence
_BARE_ATTRIBUTION = re.compile(r"(?:[A-Z][\w\u2019'-]*\s+){1,3}(?:said|told|wrote|[a-z]+ed)\.$")


def _quote_then_attribution(text: str, held: tuple[int, int], a: int, b: int) -> bool:
    """True if the held sentence ends in '."' and the next one, ``a:b``, is a bare attribution
    (``_BARE_ATTRIBUTION``): '"We are ready." Lavrov added.' is one sentence; '"We are ready." Lavrov
    then left the hall.' stays two."""
    return text[held[1] - 2:held[1]] in ('."', ".\u201d") and _BARE_ATTRIBUTION.fullmatch(text, a, b) is not None


#: p40p2: short forms Punkt never ends a sentence at (ABBREVIATIONS) that do close one: a country's or a
#: body's initials, "etc.", a month's short form; before a capitalised function word ("The", "He", "It",
#: "In": the stoplist) a new sentence opens ("talks in the U.S. The two sides ...", "trade etc. The
#: minister ..."); before a name, a figure or a short title it goes on ("the U.S. Department", "Oct. 14",
#: "H.E. Mr. X"). Titles never close a sentence and are not here.
_CLOSING_SHORT_FORM = re.compile(
    r"(?<![\w.])(?:(?:[A-Z]\.){2,3}|etc\.|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)(?=\s+([A-Z][a-z]*)\b(?!\.))"
)


def _cut_after_closing_short_forms(para: str, spans) -> Iterator[tuple[int, int]]:
    """Punkt's spans, each cut after a closing short form a capitalised stopword follows (``_CLOSING_SHORT_FORM``)."""
    stop = load_stopwords()
    for s0, s1 in spans:
        for m in _CLOSING_SHORT_FORM.finditer(para, s0, s1):
            if m.end() < s1 and m.group(1).lower() in stop:
                yield s0, m.end()
                s0 = m.end()
        yield s0, s1


@lru_cache(maxsize=1)
def _sentence_splitter():
    """Punkt without a pretrained model, a few abbreviations given, its sentence-break test memoized.

    ``text_contains_sentbreak`` depends only on the short context around a candidate full stop
    ("cooperation. The"), and such contexts repeat across a corpus: caching it gives the same
    sentences several times faster.
    """
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
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


#: a question or an exclamation closing a quotation: a lower-case word after it goes on the sentence
#: ('"Why not cooperate?" he asked.'), which Punkt would end there
_QUOTED_ASKS = frozenset({'?"', '!"', "?\u201d", "!\u201d"})


#: p34p1: a photo credit in brackets closes its caption, which has no full stop ("Lao students at a
#: class in Hanoi. (Photo: VNA) More than 14,000 ...", "... at the talks (VNA/VNS Photo) The two ..."):
#: a capital after it opens the next sentence, which Punkt would run on
_PHOTO_CREDIT = re.compile(
    r"\((?:(?:Illustrative |File )?[Pp]hotos?(?: ?: ?| by | courtesy of )[^()\n]{1,40}|[A-Z][A-Za-z/]{1,15} [Pp]hoto[^()\n]{0,30})\)"
    r"(?=\s+[\"\u201c]?[A-Z])"
)


def _after_credits(para: str, spans) -> Iterator[tuple[int, int]]:
    """Punkt's spans, each cut after a bracketed photo credit that a capital follows (``_PHOTO_CREDIT``)."""
    for s0, s1 in spans:
        for m in _PHOTO_CREDIT.finditer(para, s0, s1):
            if m.end() < s1:
                yield s0, m.end()
                s0 = m.end()
        yield s0, s1


def sentence_spans(text: str) -> Iterator[tuple[int, int, int]]:
    """``(paragraph_id, start, end)`` of each sentence of one text, whitespace trimmed.

    Paragraphs are blocks separated by blank lines; sentences are found in each paragraph by Punkt
    (no pretrained model; a short list of abbreviations). Empty sentences are skipped; the index of
    a span in the sequence is its ``sentence_id``.

    Parameters
    ----------
    text : str
        A document's text.

    Examples
    --------
    >>> list(sentence_spans("One. Two.\\n\\nThree."))
    [(0, 0, 4), (0, 5, 9), (1, 11, 17)]
    """
    splitter = _sentence_splitter()
    for pid, (p0, p1) in enumerate(paragraph_spans(text)):
        para = text[p0:p1]
        if not para.strip():
            continue
        held = None  # the last sentence, held back in case the next one continues it
        for s0, s1 in _cut_after_closing_short_forms(para, _after_credits(para, splitter.span_tokenize(para))):
            chunk = para[s0:s1]
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk) - len(chunk.rstrip())
            if s1 - trail <= s0 + lead:
                continue
            a, b = p0 + s0 + lead, p0 + s1 - trail
            if held is not None and text[held[1] - 2:held[1]] in _QUOTED_ASKS and text[a].islower():
                held = (held[0], b)  # probe 27: '"Why not?" he asked.' is one sentence
                continue
            if held is not None and _TITLE_OPENERS.search(text, held[0], held[1]) and _SHORT_TITLE.match(text, a):
                held = (held[0], b)  # r36f: "Assoc. Prof. Dr. X", "Maj. Gen. X" is one title
                continue
            if held is not None and _short_form_before_lower(text, held, a):
                held = (held[0], b)  # p40p2: "at 5 p.m. on Monday", "U.N. agencies", '"We are ready." he said'
                continue
            if held is not None and _quote_then_attribution(text, held, a, b):
                held = (held[0], b)  # p40p2: '"... in energy." Lavrov added.' is one sentence
                continue
            if held is not None and _initials_before_surname(text, held, a):
                held = (held[0], b)  # lead's round 40e: "V.I. Lenin" is one person, one sentence
                continue
            if held is not None:
                yield pid, held[0], held[1]
            held = (a, b)
        if held is not None:
            yield pid, held[0], held[1]


_WORD_AT = re.compile(r"[^\s,;:]+")


def _plain_lower(text: str, a: int) -> bool:
    """Review 57: True if the word at ``a`` is a plain lower-case word ("in", "on"), not a name or
    brand written in lower case that may open a sentence ("iPhone", "eVisa", "mRNA", "e-commerce",
    "vnexpress.net")."""
    found = _WORD_AT.match(text, a)
    word = found.group().rstrip(".!?)\"'\u2019\u201d") if found else ""
    return word.isalpha() and word.islower()


def entity_trie(entities) -> EntityTrie:
    """The entity list to merge by: the packaged one (``None``), a trie, or ``(pattern, Entity)`` pairs."""
    if entities is None:
        return load_entities()
    if isinstance(entities, EntityTrie):
        return entities
    return EntityTrie(entities)


def tokenize_text(text: str, entities=None, *, aliases: bool = True) -> list[tuple]:
    """Tokenize one document's text.

    Parameters
    ----------
    text : str
        The document text (not normalised).
    entities : EntityTrie or sequence of (pattern, Entity), optional
        Default=None: the packaged list (:func:`framing.lexicons.load_entities`). Pass ``()`` to turn
        entity merging off.
    aliases : bool, default=True
        Leave out a short name the text defines in brackets right after a name ("Communist Party
        of Việt Nam (CPV)": the bracketed "CPV" repeats the name, so it is not a second token; the
        rule is :func:`framing.lexicons.names.alias_spans`, the one the sector matcher uses). Later
        uses of the short name are tokens as usual. The brackets stay (punctuation tokens).

    Returns
    -------
    list of tuple
        ``(start, end, surface, norm, stem, is_entity, entity_type)`` per token, in text order,
        ``text[start:end] == surface``; tokens never overlap. Multi-word entities are one token.

    Examples
    --------
    >>> [t[2] for t in tokenize_text("The United Russia Party's school")]
    ['The', 'United Russia Party', "'s", 'school']
    >>> [t[2] for t in tokenize_text("Lao People's Revolutionary Party (LPRP). The LPRP")]
    ['Lao', 'People', "'s", 'Revolutionary', 'Party', '(', ')', '.', 'The', 'LPRP']
    """
    trie = entity_trie(entities)
    raw = [(m.start(), m.end(), m.group()) for m in token_pattern(text).finditer(text)]
    if aliases:  # alias_spans finds no candidate bracket in one regex scan, for most texts
        skip = {(start, end) for start, end, _ in _alias_spans(text)}
        if skip:
            raw = [r for r in raw if (r[0], r[1]) not in skip]
    norms = [fold(s) for _, _, s in raw]
    out = []
    append = out.append
    i, n = 0, len(raw)
    while i < n:
        norm = norms[i]
        # Only a token that begins some entity pattern can start a match (cheaper than matching),
        # and names start with a capital: "regards to Lâm" is not "Tô Lâm".
        hit = trie.longest(norms, i) if norm in trie and not raw[i][2][:1].islower() else None
        if hit is not None:
            j, ent = hit
            start, end = raw[i][0], raw[j - 1][1]
            surface = text[start:end]
            norm = " ".join(fold(surface).split())
            append((start, end, surface, norm, ent.key, True, ent.type))
            i = j
            continue
        start, end, surface = raw[i]
        append((start, end, surface, norm, stem(norm) if norm else norm, False, ""))
        i += 1
    return out


def _alias_spans(text: str) -> list[tuple[int, int, str]]:
    from framing.lexicons.names import alias_spans  # imports the matcher: only when brackets occur

    return alias_spans(text)


def _check_docs(docs) -> None:
    require_columns(docs, ["doc_id", "text"], "docs")


def split_sentences(docs: pd.DataFrame) -> pd.DataFrame:
    """Sentences table: one row per sentence of each document.

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

    See Also
    --------
    sentence_spans : the spans of one text.

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": ["One. Two.\\n\\nThree."]})
    >>> split_sentences(docs)[["paragraph_id", "sentence_id", "start", "end", "text"]].values.tolist()
    [[0, 0, 0, 4, 'One.'], [0, 1, 5, 9, 'Two.'], [1, 2, 11, 17, 'Three.']]
    """
    _check_docs(docs)
    rows = []
    for doc_id, period, text in _iter_docs(docs):
        for sid, (pid, s0, s1) in enumerate(sentence_spans(text)):
            rows.append((doc_id, period, pid, sid, s0, s1, text[s0:s1]))
    out = pd.DataFrame.from_records(rows, columns=SENTENCE_COLUMNS)
    return _typed(out, ["paragraph_id", "sentence_id", "start", "end"])


def tokenize(docs: pd.DataFrame, *, stopwords: Iterable[str] | None = None, entities=None) -> pd.DataFrame:
    """Tokens table: one row per token of each document.

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table; uses ``doc_id``, ``period``, ``text``.
    stopwords : iterable of str, optional
        Replaces the packaged list (default=None: :func:`framing.lexicons.load_stopwords`); compared
        with the folded form.
    entities : EntityTrie or sequence of (pattern, Entity), optional
        Replaces the packaged entity list (default=None); ``()`` turns merging off.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`TOKEN_COLUMNS`: ``doc_id``, ``period``, ``paragraph_id``, ``sentence_id``
        (as in :func:`split_sentences`; tokens between sentences get the previous sentence),
        ``token_id`` (0-based within the document), ``start``, ``end`` (offsets into ``text``;
        ``text[start:end] == surface``), ``surface``, ``norm`` (folded form, see
        :func:`framing.normalize.fold`), ``stem`` (Snowball stem of ``norm``, each part of a
        hyphenated compound stemmed; for an entity the folded canonical name), ``is_stop``,
        ``is_punct``, ``is_number``, ``is_entity``, ``entity_type`` ("" unless an entity: person,
        party, place, ...). ``doc_id``, ``period``, ``surface``, ``norm``, ``stem`` and
        ``entity_type`` are categorical (sorted categories; four bytes a token): compare them as
        strings (``tokens["stem"].astype(str)``) when two tables are built separately.

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": ["The CPV's ties grew."]})
    >>> tokenize(docs)[["surface", "stem", "is_stop", "is_entity"]].values.tolist()[:2]
    [['The', 'the', True, False], ['CPV', 'communist party of viet nam', False, True]]
    """
    _check_docs(docs)
    stop = frozenset(fold(w) for w in stopwords) if stopwords is not None else load_stopwords()
    trie = entity_trie(entities)
    rows = []
    for doc_id, period, text in _iter_docs(docs):
        sents = list(sentence_spans(text))
        k = 0
        for tid, (start, end, surface, norm, stm, is_ent, etype) in enumerate(tokenize_text(text, trie)):
            while k + 1 < len(sents) and sents[k + 1][1] <= start:
                k += 1
            pid = sents[k][0] if sents else 0
            rows.append(
                (
                    doc_id, period, pid, k, tid, start, end, surface, norm, stm,
                    (not is_ent) and norm in stop, is_punct(norm), bool(NUMBER_RE.match(norm)),
                    is_ent, etype,
                )
            )
    out = pd.DataFrame.from_records(rows, columns=TOKEN_COLUMNS)
    return _typed(out, ["paragraph_id", "sentence_id", "token_id", "start", "end"])


def display_forms(tokens: pd.DataFrame, *, entities=None) -> pd.Series:
    """The display form of each stem: its most frequent surface form.

    Surface forms are compared lower-cased with quotes unified (so a sentence-initial "Cooperation"
    counts as "cooperation"); ties go to the alphabetically first. An entity displays as its canonical
    name from the entity list.

    Parameters
    ----------
    tokens : pandas.DataFrame
        Tokens table (:func:`tokenize`).
    entities : EntityTrie, optional
        The entity list the tokens were made with (default=None: the packaged one).

    Returns
    -------
    pandas.Series
        Display form (str) indexed by ``stem``.

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": ["Cooperation grows; cooperation."]})
    >>> display_forms(tokenize(docs))["cooper"]
    'cooperation'
    """
    names = entity_trie(entities).names()
    counts: dict[str, Counter] = {}
    for stm, surface, is_ent in zip(tokens["stem"], tokens["surface"], tokens["is_entity"], strict=True):
        counts.setdefault(stm, Counter())[display_form(surface, stm, is_ent, names)] += 1
    disp = {s: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for s, c in counts.items()}
    return pd.Series(disp, name="display", dtype=object).rename_axis("stem")


def display_form(surface: str, stm: str, is_entity: bool, names: dict[str, str]) -> str:
    """The display form of one token: an entity's canonical name, else the lower-cased surface."""
    if is_entity:
        return names.get(stm) or " ".join(surface.split())
    return unicodedata.normalize("NFC", surface).translate(QUOTE_ONLY).lower()


def _iter_docs(docs: pd.DataFrame):
    periods = docs["period"] if "period" in docs else [""] * len(docs)
    yield from zip(docs["doc_id"], periods, docs["text"], strict=True)


def _typed(df: pd.DataFrame, int_cols: list[str]) -> pd.DataFrame:
    for c in int_cols:
        df[c] = df[c].astype("int32")
    for c in ("doc_id", "period"):
        df[c] = df[c].astype("category")
    for c in ("surface", "norm", "stem", "entity_type"):
        # Categorical (sorted categories): four bytes of code per token instead of an eight-byte
        # pointer to a string object, and pickles between processes a fraction of the size; at
        # 100,000 reports (37M tokens) this is what keeps the chunks' tables within memory.
        if c in df:
            df[c] = df[c].astype("category")
    return df


# The slow, obviously right twin of framing.lexicons.matching.key_stream (tests compare them).

_PART = re.compile(r"[^-\u2010\u2011]+")


def key_stream_reference(text: str) -> tuple[list[int], list[int], list[str]]:
    """The slow, obviously right version of :func:`key_stream` (the tests compare the two).

    Built on the tokenizer (:func:`framing.tokens.tokenize_text`) without entity merging.
    Apostrophes, possessive ``'s`` and invisible characters are dropped; a hyphen between two word
    characters counts as a space; each key is the folded form without possessive or plural ending.

    Parameters
    ----------
    text : str
        Any text.
    """
    starts: list[int] = []
    ends: list[int] = []
    keys: list[str] = []
    for start, end, surface, norm, *_ in tokenize_text(text, entities=(), aliases=False):
        if norm in ("", "'", "'s"):  # invisible characters, apostrophes, possessive 's
            continue
        if len(surface) > 1 and not HYPHEN_CHARS.isdisjoint(surface):  # a hyphenated word
            for m in _PART.finditer(surface):
                part = fold(m.group())
                if part not in ("", "'", "'s"):
                    starts.append(start + m.start())
                    ends.append(start + m.end())
                    keys.append(match_key(part))
            continue
        if surface in HYPHEN_CHARS and _joins_words(text, start):
            continue  # "o'clock-energy": the tokenizer leaves this hyphen free-standing
        starts.append(start)
        ends.append(end)
        keys.append(match_key(norm))
    return starts, ends, keys


def _joins_words(text: str, i: int) -> bool:
    """True if the hyphen at ``text[i]`` stands between two word characters (not after 's)."""
    return (
        0 < i < len(text) - 1
        and WORD_CHAR.match(text, i - 1) is not None
        and WORD_CHAR.match(text, i + 1) is not None
        and not (i >= 2 and text[i - 1] in "sS" and text[i - 2] in "'\u2019")
    )
