"""framing.normalize: stems are NLTK's English Snowball stems, whichever stemmer computes them."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.stem.snowball import SnowballStemmer

from framing import normalize
from framing.corpus import load_corpus
from framing.normalize import _NLTK_ONLY, fold, stem, stem_many
from framing.tokens import tokenize

_NLTK = SnowballStemmer("english")


def _nltk_stem(norm: str) -> str:
    """The reference: NLTK's stemmer on each alphabetic part, as framing always stemmed."""
    return "-".join(_NLTK.stem(p) if p.isalpha() else p for p in norm.split("-"))


def _libstemmer():
    fast = normalize._stemmers()[2]
    if fast is None:
        pytest.skip("PyStemmer is not installed")
    return fast


# Each rule of _NLTK_ONLY with a word where libstemmer (Snowball 3.1) and NLTK disagree, and the
# two stems: NLTK's first.
_RULE_EXAMPLES = [
    ("adding", "ad", "add"),  # no undoubling after an initial a, e or o (Snowball 3.0)
    ("offing", "of", "off"),
    ("vying", "vy", "vie"),  # consonant + "ying" -> "ie" (3.0; NLTK knows only dying/lying/tying)
    ("evening", "even", "evening"),  # "even" + ing kept (3.0)
    ("organization", "organ", "organiz"),  # new R1 prefixes (3.0, 3.1)
    ("university", "univers", "universiti"),
    ("lateral", "later", "lateral"),
    ("emergency", "emerg", "emergenc"),
    ("international", "intern", "internat"),
    ("pasted", "past", "paste"),  # "past" as a short syllable (3.0)
    ("geologist", "geologist", "geolog"),  # -ogist -> -og (3.0)
    ("alization", "alize", "aliz"),  # NLTK drops R2 after -ization -> -ize
    ("alizer", "alize", "aliz"),
    ("beastlationally", "beastlate", "beastlat"),  # ... and after step 3's -ational -> -ate
    ("scrated", "scrat", "scrate"),  # ... and guesses R2 after -at + e in step 1b
]


@pytest.mark.parametrize(("word", "nltk_stem", "snowball3_stem"), _RULE_EXAMPLES)
def test_each_rule_sends_a_word_libstemmer_stems_otherwise_to_nltk(word, nltk_stem, snowball3_stem):
    assert _NLTK.stem(word) == nltk_stem
    assert _libstemmer().stemWord(word) == snowball3_stem
    assert _NLTK_ONLY.search(word)
    assert stem(word) == nltk_stem
    assert stem_many([word]) == [nltk_stem]


def test_rules_leave_most_words_to_libstemmer():
    words = ["cooperation", "relations", "energy", "security", "strengthening", "agreement", "added"]
    assert [w for w in words if _NLTK_ONLY.search(w)] == ["added"]  # "add" + ed: the a/e/o rule
    assert stem_many(words) == ["cooper", "relat", "energi", "secur", "strengthen", "agreement", "ad"]


def test_special_words_of_nltk_are_known():
    special = normalize._stemmers()[1]
    assert {"skies", "dying", "proceeded", "news"} <= special
    assert stem_many(["skies", "dying", "proceeded", "news"]) == ["sky", "die", "proceed", "news"]


def test_study_tokens_keep_their_stems():
    tokens = tokenize(load_corpus())
    words = tokens.loc[~tokens["is_entity"], ["norm", "stem"]].drop_duplicates()
    assert len(words) > 300
    assert words["stem"].tolist() == [_nltk_stem(n) for n in words["norm"]]
    assert stem_many(words["norm"]) == words["stem"].tolist()


_SUFFIXES = (
    "s es ed eds ing ings ingly edly ly er ers est ation ations ational ationally ization izer "
    "ize ise ised ising ness ful fully fulness ment ments ement ity ities iti ive ively iveness "
    "ous ously ousness al ally alism alize ic ical ically icate ance ence ency ancy able ably ible "
    "ant ent ently ism ist ists ogist ogy ies ied ying eed eedly less lessly li bli abli enci anci "
    "ator y e ee logi lli ousli entli alli fulli biliti aliti iviti tional bly bility ate ated "
    "ating ble bled bling"
).split()


def test_generated_words_match_nltk():
    # Stems of random letter strings with every suffix of the algorithm (the rules were checked on
    # 10 million such words; this is a seeded sample of 20,000).
    rng = random.Random(16)
    letters = "aeiouybcdlmnprstvzgwx"
    words = sorted(
        {
            "".join(rng.choice(letters) for _ in range(rng.randint(1, 7))) + rng.choice(_SUFFIXES)
            for _ in range(20_000)
        }
    )
    expected = [_NLTK.stem(w) for w in words]
    assert stem_many(words) == expected
    assert [stem(w) for w in words] == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="abeilnorstyz-9é", min_size=0, max_size=12), max_size=8))
def test_property_stem_many_is_stem_of_each(norms):
    assert stem_many(norms) == [stem(n) for n in norms] == [_nltk_stem(n) for n in norms]


def test_without_pystemmer_the_stems_are_the_same(monkeypatch):
    words = ["cooperation", "adding", "science-technology", "2026", "việt", ""]
    expected = stem_many(words)
    nltk, special, _ = normalize._stemmers()
    monkeypatch.setattr(normalize, "_stemmers", lambda: (nltk, special, None))
    stem.cache_clear()
    try:
        assert stem_many(words) == expected == [stem(w) for w in words]
    finally:
        stem.cache_clear()


def test_fold_and_stem_of_a_compound():
    assert fold("Science–Technology") == "science-technology"
    assert stem("science-technology") == "scienc-technolog"
    assert stem_many(["oil-and-gas", "a--b", "14th"]) == ["oil-and-gas", "a--b", "14th"]


def test_strip_marks_keeps_one_character_for_one():
    from framing.normalize import strip_marks

    text = "Party chief Tô Lâm met Đỗ Văn Chiến in Hà Nội; Øresund, Łódź, 北京 and “quotes” stay."
    out = strip_marks(text)
    assert out == "Party chief To Lam met Do Van Chien in Ha Noi; Oresund, Lodz, 北京 and “quotes” stay."
    assert len(out) == len(text)  # offsets into the result index the input
    assert strip_marks("Nguyễn Thị Ánh Tuyết") == "Nguyen Thi Anh Tuyet"
