"""Sector mentions at automaton speed (issue 16): the same mentions as the reference matcher.

The fast path (``method="automaton"``) scans each text once with pyahocorasick and applies the rules
only to the sentences that hold candidates; these tests compare it, at run time, with the
reference path (``method="reference"``: the rules on the whole text), so they hold whatever the
lexicon and the names lists say.
"""

from __future__ import annotations

import importlib.util
import sys
import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.corpus import load_corpus
from framing.lexicons.matching import (
    KeyScanner,
    PhraseTrie,
    anchor_keys,
    key_stream,
    scan_fold,
    scan_position,
    surface_variants,
)
from framing.sectors import (
    MENTION_COLUMNS,
    automaton_text,
    automaton_windows,
    find_sector_mentions,
    match_text,
)

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
SEED = 16  # the generated reports of these tests (the benchmarks use seed 0)


def _corpusgen():
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("corpusgen", BENCH / "corpusgen.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _generated(n: int) -> pd.DataFrame:
    gen = _corpusgen()
    texts = [gen.generate_document(i, SEED)[1] for i in range(n)]
    return pd.DataFrame({"doc_id": [f"g{i:04d}" for i in range(n)], "period": ["p"] * n, "text": texts})


def _both(docs: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    return (
        find_sector_mentions(docs, method="automaton"),
        find_sector_mentions(docs, method="reference"),
    )


# ---------------------------------------------------------------------------------------------
# The same table as the reference
# ---------------------------------------------------------------------------------------------


def test_study_mentions_are_identical():
    docs = load_corpus()
    fast, ref = _both(docs)
    assert len(ref) > 20 and list(fast.columns) == MENTION_COLUMNS
    pd.testing.assert_frame_equal(fast, ref)


def test_200_generated_reports_give_identical_mentions():
    docs = _generated(200)
    # the sample holds the hard cases: decomposed Unicode, brackets, abbreviations
    assert any(unicodedata.normalize("NFC", t) != t for t in docs["text"])
    assert sum("(" in t for t in docs["text"]) > 10
    fast, ref = _both(docs)
    assert len(ref) > 1000
    pd.testing.assert_frame_equal(fast, ref)


@pytest.mark.slow
def test_1000_generated_reports_give_identical_mentions():
    docs = _generated(1000)
    fast, ref = _both(docs)
    assert len(ref) > 5000
    pd.testing.assert_frame_equal(fast, ref)


def test_identical_with_a_sentences_table():
    import framing
    from framing.config import load_study

    docs = load_corpus()
    analysis = framing.analyse(docs, study=load_study())
    fast = find_sector_mentions(docs, sentences=analysis.sentences, method="automaton")
    ref = find_sector_mentions(docs, sentences=analysis.sentences, method="reference")
    pd.testing.assert_frame_equal(fast, ref)


# ---------------------------------------------------------------------------------------------
# Edge cases, worked out by hand
# ---------------------------------------------------------------------------------------------


def _same(text: str) -> list[tuple]:
    fast = automaton_text(text)
    assert fast == match_text(text)
    for _, a, b, _ in fast:
        assert text[a:b] == text[a:b].strip() != ""
    return fast


def test_terms_at_the_start_and_at_the_end_of_a_text():
    text = "Energy ties grew and so did cooperation in energy"
    assert _same(text) == [("energy", 0, 6, "term:energy"), ("energy", 43, 49, "term:energy")]


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_offsets_after_diacritics(form):
    text = unicodedata.normalize(form, "Hà Nội hosted talks on energy.")
    start = 23 if form == "NFC" else 26  # NFD: "à" and "ộ" take 2 and 3 code points
    assert _same(text) == [("energy", start, start + 6, "term:energy")]
    assert text[start : start + 6] == "energy"


def test_a_term_inside_a_name_is_no_mention():
    assert _same("The Ministry of Industry and Trade backs trade.") == [
        ("economy", 41, 46, "term:trade")
    ]
    assert _same("Russian Energy Week opened in Moscow.") == []


def test_a_term_inside_an_exclusion_is_no_mention():
    assert _same("Russia's soft power grew.") == []
    assert _same("Russia's soft power grew. Solar power too.") == [
        ("energy", 26, 37, "term:solar + term:power")
    ]


def test_class_slot_terms():
    assert _same("They deepened relations with the CPRF.") == [
        ("party", 14, 37, "party-relation:{relation} with the {party}")
    ]
    assert _same("They train young cadres.") == [("party", 5, 23, "term:train {word} cadres")]


def test_a_short_name_defined_in_a_sentence_without_candidates_is_kept():
    text = "The Mongolian People's Party (MPP) met in Ulaanbaatar. Talks went well. MPP ties grew."
    # the bracket's sentence is kept (its word "MPP" comes back); "Talks went well." is not
    assert automaton_windows(text) == [(0, 54), (71, 86)]
    assert _same(text) == [("party", 72, 80, "party-relation:{party} {relation}")]
    assert text[72:80] == "MPP ties"


@pytest.mark.parametrize("brackets", ["()", "\uff08\uff09"])
def test_a_short_name_in_any_brackets_and_its_plural(brackets):
    o, c = brackets
    text = f"The Mongolian People's Party {o}MPP{c} met in Ulaanbaatar. Talks went well. MPPs ties grew."
    assert automaton_windows(text) == [(0, 54), (71, 87)]
    assert _same(text) == [("party", 72, 81, "party-relation:{party} {relation}")]


def test_hyphenated_and_slashed_compounds():
    text = "Science-technology cooperation and oil/gas projects grew."
    assert _same(text) == [
        ("science_technology", 0, 18, "term:science + term:technology"),
        ("oil_gas", 35, 42, "term:oil + term:gas"),
    ]


def test_a_text_without_candidates_costs_one_scan():
    assert automaton_windows("Talks went well. The weather was mild.") == []
    assert automaton_text("Talks went well. The weather was mild.") == []


def test_sentences_without_candidates_are_left_out():
    text = "Talks went well. Energy ties grew. The sun was bright. Trade rose."
    assert automaton_windows(text) == [(16, 34), (54, 66)]
    assert _same(text) == [("energy", 17, 23, "term:energy"), ("economy", 55, 60, "term:trade")]


def test_an_abbreviation_is_no_sentence_end():
    text = "Officials of the U.S. Energy Department met. Talks went well."
    # "U.S." is one token: "Energy" opens no sentence, so it joins the name and counts not
    assert automaton_windows(text) == [(0, 44)]
    assert _same(text) == []


_WORD_FIRST = """
sectors:
  - id: diaspora
    label: Diaspora
    terms: ["{word} community in", "overseas community"]
  - id: energy
    label: Energy
    terms: [energy]
"""


def test_a_term_opening_with_a_word_slot_is_tried_only_before_its_next_key(tmp_path, monkeypatch):
    import framing.sectors.matcher as matcher
    from framing.lexicons import load_lexicon

    path = tmp_path / "lex.yml"
    path.write_text(_WORD_FIRST, encoding="utf-8")
    lex = load_lexicon(path)
    assert lex.trie.root_slot_names() == ["word"]
    assert lex.trie.keys_after_root_slot("word") == {"community"}
    text = "The Vietnamese community in Moscow met. The overseas community grew. Energy too."
    keys = key_stream(text)[2]
    # only the keys before "community" open a {word} match, not every key of the text
    assert matcher._slot_starts(lex.trie, keys) == {1, 8}
    found = automaton_text(text, lex)
    assert found == match_text(text, lexicon=lex) == [
        ("diaspora", 4, 27, "term:{word} community in"),
        ("diaspora", 44, 62, "term:overseas community"),
        ("energy", 69, 75, "term:energy"),
    ]
    # the same mentions as trying every key, the rule before this one
    monkeypatch.setattr(matcher, "_slot_starts", lambda trie, keys: set(range(len(keys))))
    assert match_text(text, lexicon=lex) == found


def test_skipping_slot_patterns_where_no_class_phrase_starts_changes_nothing(monkeypatch):
    import framing.sectors.matcher as matcher

    texts = [
        "The CPV and the CPRF deepened relations with the Lao People's Revolutionary Party (LPRP). "
        "The LPRP signed a cooperation agreement; the two parties exchanged delegations.",
        "Ties between the two Communist Parties grew, and relations with United Russia too.",
        "They train young cadres. The Vietnamese community in Moscow met the Ministry of Energy.",
    ]
    fast = [match_text(t) for t in texts]
    assert sum(r.startswith("party-relation:") for hits in fast for *_, r in hits) >= 3
    # every pattern tried at every place, as before the places were narrowed
    monkeypatch.setattr(matcher, "_slot_starts", lambda trie, keys: set(range(len(keys))))
    monkeypatch.setattr(PhraseTrie, "without_root_slots", lambda self: self)
    assert [match_text(t) for t in texts] == fast


def test_the_whole_text_view_is_shared_with_the_speakers():
    from framing.lexicons.names import TextView
    from framing.lexicons.sectors import as_lexicon
    from framing.sectors.mentions import _automaton_hits

    lex = as_lexicon(None)
    text = "Talks went well. Energy ties grew. Trade rose."
    # windows hold 30 of 46 characters: cut for the mentions alone, whole when speakers follow
    hits, view = _automaton_hits(text, lex)
    assert view is None and hits == match_text(text)
    hits, view = _automaton_hits(text, lex, 0.6)
    assert isinstance(view, TextView) and view.keys == key_stream(text)[2] and hits == match_text(text)


# ---------------------------------------------------------------------------------------------
# The scanner
# ---------------------------------------------------------------------------------------------


def test_key_stream_is_the_same_when_its_piece_cache_is_renewed(monkeypatch):
    from framing.lexicons import matching

    text = "Science-technology ties, Việt Nam’s  energy\n(VNA) U.S. 1.5 'quoted'  "
    before = key_stream(text)
    assert before[2] == [
        "science", "technology", "tie", ",", "viet", "nam", "energy", "(", "vna", ")", "u.s.", "1.5",
        "quoted",
    ]
    assert [text[a:b] for a, b in zip(before[0], before[1], strict=True)][:2] == ["Science", "technology"]
    monkeypatch.setattr(matching, "_PIECE_CACHE_SIZE", 1)  # a new cache at each call
    assert key_stream(text) == before
    assert key_stream(text) == before


def test_scan_fold_keeps_offsets_or_maps_them_back():
    assert scan_fold("Hà Nội ENERGY") == ("ha noi energy", None)
    text = unicodedata.normalize("NFD", "Việt energy")
    folded, anchors = scan_fold(text)
    assert folded == "viet energy"
    assert text[scan_position(anchors, folded.index("energy")) :].startswith("energy")
    assert scan_fold("Straße energy")[0] == "strasse energy"


def test_scanner_finds_plurals_and_word_starts_only():
    scanner = KeyScanner(["energy", "academy", "tie"])
    text = "Energies, academies, ties; bioenergy, untied, ENERGY’s"
    assert scanner.positions(text) == [0, 10, 21, 46]
    assert surface_variants("tie") == ["tie", "ties", "tiees"]


def test_scanner_positions_cover_every_key_of_the_key_stream():
    text = unicodedata.normalize("NFD", "Việt Nam’s academies and Energy-ties (VNA) grew.")
    starts, _, keys = key_stream(text)
    scanner = KeyScanner(["viet", "academy", "energy", "tie"])
    wanted = [s for s, k in zip(starts, keys, strict=True) if k in scanner.keys]
    assert len(wanted) == 4 and set(wanted) <= set(scanner.positions(text))


def test_anchor_keys_pick_a_rare_word_of_each_pattern():
    party = PhraseTrie()
    party.add(("cpv",), True)
    trie = PhraseTrie(classes={"party": party})
    trie.add((("{}", "party"), "to", "exchange", "delegation"), "a")
    trie.add(("tie", "with", "the", ("{}", "party")), "b")
    trie.add(("power", "of"), None)
    assert anchor_keys(trie, {"party"}, skip=lambda p: p is None, common={"to", "with", "the"}) == {
        "delegation",
        "tie",
    }
    only_slot = PhraseTrie(classes={"party": party})
    only_slot.add((("{}", "party"),), "c")
    assert anchor_keys(only_slot, {"party"}) is None
    assert anchor_keys(only_slot) == {"cpv"}


# ---------------------------------------------------------------------------------------------
# Any text
# ---------------------------------------------------------------------------------------------

_PIECES = [
    "energy", "Energy", "ties", "relations with the", "CPRF", "CPV", "Party", "party", "parties",
    "the two", "Communist", "Lao People's Revolutionary Party", "(LPRP)", "LPRP", "(MPP)", "MPP",
    "Ministry of", "Industry and Trade", "Week", "minister", "soft power", "power", "oil", "gas",
    "and", ",", "/", "-", ".", ". ", "U.S.", "political", "economic", "train", "young", "cadres",
    "Việt Nam", "Hà Nội", "science", "technology", "cooperation", "in", "of", "talks", "went",
    "well", "\n\n", "’s", "'", "1.5", "Ho Chi Minh", "academies", "exchange", "delegations",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.booleans(), st.booleans())
def test_any_text_gives_the_reference_mentions(pieces, nfd, tight):
    text = ("" if tight else " ").join(pieces)
    if nfd:
        text = unicodedata.normalize("NFD", text)
    assert automaton_text(text) == match_text(text)
