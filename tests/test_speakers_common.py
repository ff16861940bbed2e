"""Tests of :mod:`framing.speakers._common`: word lists several rules read, Vietnamese spelling, helpers over keys.

Each test sits in the file of the module whose rule decides its assertion. The tests are ordered by
rule, in the order the module defines them (a ``# === rule:`` line names the function; "other rules"
where none stands out), and a ``# ---`` comment names the round or probe that added each group.
End-to-end tests over the two study reports are in ``tests/test_speakers.py``; shared helpers in
``tests/speakers_helpers.py``, fixtures in ``tests/conftest.py``.
"""

from __future__ import annotations

from speakers_helpers import N, R, V, attributed, sides, speakers

# === rule: `_vietnamese_marks` =================================================================
# --- round 21, heldout32 ---


def test_speed_helpers_find_what_a_scan_would():
    from framing.lexicons.matching import PhraseTrie
    from framing.speakers._common import _first_keys, _positions_before, _vietnamese_marks

    keys = ["the", "ministry", "said", "the", "ministry", "of", "the"]
    # every "the" before key 6, ascending; none past the end given; an absent key gives none
    assert _positions_before(keys, "the", 6) == [0, 3]
    assert _positions_before(keys, "ministry", 2) == [1]
    assert _positions_before(keys, "said", 2) == []
    assert _positions_before(keys, "embassy", 7) == []
    assert _positions_before(keys, "the", 0) == []
    # the first keys of literal patterns; None when a pattern opens with a slot (any key may)
    trie = PhraseTrie()
    trie.add(("according", "to"), "a")
    assert set(_first_keys(trie)) == {"according"}
    slotted = PhraseTrie(classes={"party": PhraseTrie()})
    slotted.add((("{}", "party"), "said"), "b")
    assert _first_keys(slotted) is None
    # plain ASCII carries no Vietnamese mark; a mark or "Đ" does
    assert [_vietnamese_marks(s) for s in ("Tran Cam Tu", "Trần Cẩm Tú", "Đặng", "Dang")] == [False, True, True, False]


# === rule: `_vietnamese_spelling` ==============================================================
# --- round 10, heldout8 ---


def test_a_vietnamese_name_without_marks_is_vietnamese():
    from framing.normalize import strip_marks
    from framing.speakers._common import _vietnamese_spelling

    # round 10: VNA English and TASS drop the marks; two words at the start of a title's name were
    # Vietnamese only with them, and the name then took the side the document names most
    # ("Luong Cuong" russia, as Volodin)
    for text in ("President Lương Cường received Chairman of the Russian State Duma Vyacheslav Volodin.",
                 "President Luong Cuong received Chairman of the Russian State Duma Vyacheslav Volodin."):
        out = attributed(text, "Cuong said trade grew." if text.isascii() else "Cường said trade grew.",
                         "Volodin said energy ties grew.")
        assert list(out["side"]) == [N, V, R]
    out = attributed(strip_marks("Party General Secretary Tô Lâm received Russian Ambassador Gennady Bezdetko."),
                     "Lam said trade grew.", "The Party chief said energy ties grew.")
    assert list(zip(out["speaker"], out["side"], strict=True))[1:] == [("To Lam", V), ("To Lam", V)]
    # a name of three syllables and a surname is a person without a title, marks or not
    assert speakers("Mai Lan Anh said the two sides agreed to boost trade with Russia.") == [("Mai Lan Anh", V)]
    # every word one syllable of Vietnamese, two words at least; one word only by its marks
    assert [_vietnamese_spelling(s) for s in ("To Lam", "Nguyen Minh Hang", "Nghiem Thi Thanh Van", "Huế")] == [True] * 4
    assert [_vietnamese_spelling(s) for s in ("Vyacheslav Volodin", "Wang Yi", "Dong Jun", "Kim Jong Un", "Lee Jae",
                                               "Sok Vannak", "Hue", "Lang Son Department")] == [False] * 8
    assert _vietnamese_spelling("Lang Son Department", opening=True)
    # must not touch: a Chinese name with a surname Vietnamese shares ("Dong Jun": "Jun" is no
    # syllable of it), a Russian name, and a place of syllables that no title names
    assert speakers("Defence Minister Dong Jun met Vietnamese Ambassador Phạm Sao Mai in China.",
                    "Dong said trade grew.")[1] == ("Dong Jun", "china")
    assert speakers("Russian Ambassador Gennady Bezdetko met Deputy Minister Nguyen Minh Hang.",
                    "Bezdetko said trade grew.")[1] == ("Gennady Bezdetko", R)
    assert sides("Tourists visited Ha Long Bay and Russia, officials said.") == [N]
