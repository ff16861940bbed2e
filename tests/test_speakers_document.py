"""Tests of :mod:`framing.speakers.document`: one document as the rules read it (:func:`discover_people`).

Each test sits in the file of the module whose rule decides its assertion. The tests are ordered by
rule, in the order the module defines them (a ``# === rule:`` line names the function; "other rules"
where none stands out), and a ``# ---`` comment names the round or probe that added each group.
End-to-end tests over the two study reports are in ``tests/test_speakers.py``; shared helpers in
``tests/speakers_helpers.py``, fixtures in ``tests/conftest.py``.
"""

from __future__ import annotations

from speakers_helpers import SIDES, N, V, sides, speakers

from framing.lexicons import load_actors
from framing.speakers.document import _document_view

# === rule: `_Document` =========================================================================
# --- round 19b, heldout25 ---


def test_review13_the_middle_name_needs_a_vietnamese_name_around_it():
    # review 13 (P3): "Thi" folded from "Thị" is no Vietnamese name in "Anna Thi Smith": the middle
    # name counts when the surname is listed or every word is a Vietnamese syllable
    assert speakers("Anna Thi Smith, a researcher, said the data were new.") == [("Anna Thi Smith", N)]
    assert sides("Anna Thị Smith, a researcher, said the data were new.") == [N]
    # must not touch: a surname the list misses, with marks or without, and a listed one
    for name in ("Phí Thị Ngân", "Phi Thi Ngan", "Khieu Thi Hoa", "Nguyen Thi Lynn"):
        assert speakers(f"{name}, a researcher, said the data were new.") == [(name, V)]


# --- round 20, heldout28 ---


def test_review13_a_quotes_own_reporting_clause_names_its_speaker():
    # review 13 (P2): '"...," Tô Lâm said, and wished ...': a name with an origin (a listed surname,
    # Vietnamese spelling) right after the closing quotation and before the reporting verb is a
    # person, title or not; the "and" clause after it stays his
    q = '"Ties are strong," {} said, and wished Vietnamese communists success.'
    assert speakers(q.format("Tô Lâm")) == [("Tô Lâm", V)]
    assert speakers(q.format("To Lam")) == [("To Lam", V)]
    # must not touch: a capital, a name of no origin, the same name outside a quotation's clause
    assert sides(q.format("Hà Nội")) == [V]  # the capital as a subject, not a person
    assert speakers(q.format("Ivan Petrov")) == [(N, N)]
    assert sides("Ties are strong, Tô Lâm said.", "Tô Lâm Street was busy, reports said.") == [N, N]


def test_review13_one_visitor_the_opening_names_is_the_guest_of_the_country_visited():
    # review 13 (heldout16 e233): "A delegation ... led by X paid a working visit to Russia" with no
    # one else in the opening: X is the guest, the first Russian named after it the host ("the
    # guest also met ..., where he urged" is X, not the Russian who spoke last)
    act = load_actors(sides=SIDES)
    o = "A delegation of the CPV led by Nguyễn Văn An paid a working visit to Russia."
    met = "At a meeting with Russian Deputy Minister Ivan Petrov, An briefed him on the congress."
    doc = _document_view(o + "\n" + met, act)  # the opening paragraph names An alone
    assert (doc.people[doc.guest].name, doc.people[doc.host].name) == ("Nguyễn Văn An", "Ivan Petrov")
    # must not touch: a visit to the visitor's own country, nobody of the country visited named
    for text in (o.replace("to Russia", "to Việt Nam's north") + "\n" + met, o):
        doc = _document_view(text, act)
        assert (doc.host, doc.guest) == (None, None)


# --- round 30h (heldout88) ---


def test_r30h_a_visit_makes_the_guest_whose_side_the_spelling_gives():
    lead = ("Secretary of the Hà Tĩnh provincial Party Committee Nguyễn Văn Hưng led a delegation on a working "
            "visit to the Lao province of Khammouane on May 2.")
    talks = "At a meeting with Governor Khamla Sisouk, the two sides signed a plan."
    # fixes: "the guest" is the visitor, not the host named last (was Khamla Sisouk)
    assert speakers(lead, talks, "Khamla thanked Hà Tĩnh for its help.", "The guest said Hà Tĩnh will build a school.")[
        2:] == [("Khamla Sisouk", "laos"), ("Nguyễn Văn Hưng", V)]
    assert speakers("Hà Tĩnh Party chief Nguyễn Văn Hưng paid a visit to Laos on May 2.", talks,
                    "The visitor said Hà Tĩnh will build a school.")[2] == ("Nguyễn Văn Hưng", V)
    # must not touch: "the host" is the one visited
    assert speakers(lead, talks, "Hưng thanked him.", "The host said Khammouane will build a road.")[3] == (
        "Khamla Sisouk", "laos")


def test_r33e_a_press_centre_speaks_as_a_press_service():
    # fixes: "the ministry's press center reported", then "the press center said": the body's side
    held = ("Russian Deputy Interior Minister Andrei Gusarov held talks in Moscow with a delegation of "
            "Vietnam's Ministry of Public Security, the Russian Interior Ministry's press center reported.")
    said = '"The sides discussed cooperation in combating drug trafficking," the press %s said in a statement.'
    assert speakers(held, said % "center") == [
        ("the Russian Interior Ministry's press center", "russia"), ("the press center", "russia")]
    assert sides(held.replace("center", "centre"), said % "centre") == ["russia", "russia"]
    # must not touch: a press centre as a place, where nobody speaks for a body
    assert speakers("Reporters gathered at the press center in Hanoi.") == [("narrator", "narrator")]


# === rule: `_quoted_stops` ====================================================================
# --- probe 40p2 ---


def test_probe40p2_a_quotation_closed_by_a_full_stop_reads_as_closed_by_a_comma():
    # fixes: the attribution after '."' gives the sentence its speaker
    assert sides('"We are ready." the Russian Foreign Minister told reporters.') == ["russia"]
    assert sides("Russian Deputy PM Dmitry Cherkov met Ambassador Dang Minh Khoi.",
                 '"Russia will remain a partner in energy." he stressed.') == [N, "russia"]
    # must not touch: a quotation that ends its sentence before a capital stays the narrator's
    assert sides("The Russian minister spoke.", '"We want peace."', "He said more trade is needed.")[1] == N
