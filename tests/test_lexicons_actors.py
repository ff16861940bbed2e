"""The actors list (``framing/lexicons/actors.yml``, the study's actors file, ``names.yml``):
:func:`framing.lexicons.load_actors`, custom lists and the errors a bad one gives.

The speaker rules are tested in ``tests/test_speakers_<module>.py``; the two study reports end to end
in ``tests/test_speakers.py``.
"""

from __future__ import annotations

import pandas as pd
import pytest
from speakers_helpers import GOOD, GZ, SIDES, TL, J, N, R, V, attributed, sides, speakers

from framing.errors import InputError, LexiconError
from framing.lexicons import load_actors
from framing.sectors import find_sector_mentions
from framing.speakers import attribute_speakers
from framing.tokens import split_sentences

# --- the actors list ---


def test_packaged_actors_name_nobody_and_the_study_file_adds_people(study):
    assert load_actors().people == {}
    act = load_actors(study.actors, sides=study.sides)
    assert act.people[TL] == V and act.people[GZ] == R
    assert any(g["label"] == "both sides" and g["side"] == J for g in act.groups)


@pytest.mark.parametrize(
    "text, message",
    [
        ("people: [\n", "not valid YAML"),
        (GOOD + "colour: red\n", "unknown top-level key(s) colour"),
        (
            GOOD.replace("side: vietnam", "side: korea"),
            "person 'Ann': side 'korea' is not a side of the study",
        ),
        (
            GOOD.replace("    side: joint\n", "    side: joint\n    size: 2\n"),
            "group 'both teams': unknown key(s) size",
        ),
        (GOOD + "openers: [at, on]\n", "'openers': item True is not a word (quote it"),
        (
            GOOD.replace("phrases: [both teams]", "phrases: [Ann]"),
            "group 'both teams': phrase 'ann'",
        ),
    ],
)
def test_bad_actor_lists_fail_with_one_line(tmp_path, text, message):
    path = tmp_path / "actors.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_actors(path, sides=("vietnam", "russia"))
    assert isinstance(err.value, InputError)
    assert message in str(err.value) and str(err.value).startswith(str(path))
    assert "\n" not in str(err.value)


def test_a_custom_actors_list_is_used(tmp_path):
    path = tmp_path / "actors.yml"
    path.write_text(GOOD, encoding="utf-8")
    docs = pd.DataFrame(
        {"doc_id": ["d"], "period": ["p"], "text": ["Ann said yes. Medvedev said no."]}
    )
    out = attribute_speakers(split_sentences(docs), actors=path)
    # Medvedev: not in this list, and no title introduces him: the narrator's sentence
    assert list(out["speaker"]) == ["Ann", N]
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": ["Ann said energy matters."]})
    m = find_sector_mentions(docs, actors=path)
    assert list(zip(m["sector"], m["speaker"], m["side"], strict=True)) == [("energy", "Ann", V)]


# --- round 7 ---


def test_trades_and_local_levels_come_from_the_actors_file(tmp_path):
    path = tmp_path / "actors.yml"
    path.write_text("roles: [engineer]\ntrades: [engineer]\n", encoding="utf-8")
    lines = ("Russian Deputy Minister Pavel Gromov met Vietnamese Ambassador Đặng Minh Khôi.", "Gromov said trade grew.",
             "Khôi said energy ties grew.", "The engineers said the plant was safe.")
    # a role named for a trade in the user's file: people the report does not name
    assert attributed(*lines, actors=load_actors(path, sides=SIDES))["side"][3] == N
    packaged = load_actors(sides=SIDES)
    assert "scientist" in packaged.trades and "provincial" in packaged.local_levels
    assert packaged.quote_verbs.longest(["went", "on"], 0) is not None


# --- round 9, heldout7 ---


def test_words_of_meeting_come_from_the_actors_file():
    # review of round 8: the word list moved from speakers.py to actors.yml (keys fold plurals)
    act = load_actors()
    assert act.meeting_words == frozenset({"talk", "met", "meet", "meeting", "negotiation"})


# --- review 8 ---


def test_review8_document_verbs_and_body_units_come_from_the_packaged_file():
    # the lists moved from speakers.py to actors.yml; keys fold plurals ("sends" = "send"), so the
    # lists hold the forms a text's keys can take
    act = load_actors()
    assert act.authoring_verbs == frozenset({
        "sent", "send", "sending", "issued", "issue", "released", "release", "adopted", "adopt", "published",
        "publish", "wrote", "write", "written", "signed", "sign", "addressed", "address"})
    assert act.obtaining_verbs == frozenset({"received", "receive", "receiving", "got", "get"})
    assert act.body_units == frozenset({"branch", "chapter", "division", "wing", "cell"})
    # what they decide: a letter the subject got is not its words, one it sends is
    assert sides("Minister Nguyen Van An got a letter from farmers in Son La.", "The letter asked for help.") == [N, N]
    assert sides("President Vo Van Thuong sends a letter to Putin.", "The letter affirmed that ties were strong.") == [
        N, V]
    # a unit of a side's body ends a title before "of" and the side ("wing" as "branch")
    assert speakers("Secretary of the Moscow youth wing of United Russia Arkady Zemtsov said ties grew.") == [
        ("Arkady Zemtsov", R)]


def test_review8_a_malformed_packaged_list_is_one_line():
    from framing.lexicons.actors import _Builder

    b = _Builder(())
    with pytest.raises(LexiconError) as err:
        b.add("authoring_verbs: [sent, yes]\n", "actors.yml")
    assert str(err.value).startswith("actors.yml") and "'authoring_verbs': item True is not a word" in str(err.value)
    assert "\n" not in str(err.value)


# --- round 19 ---


def test_round19_a_study_file_may_add_to_the_grammar_lists(tmp_path):
    # round 19 (review 9, D1): speakers read these lists from the actors in hand, not from a copy of
    # the packaged file made at import, so a study's file may add to them as to any other list
    path = tmp_path / "actors.yml"
    path.write_text(GOOD + "body_units: [bureau]\nauthoring_verbs: [drafted]\n", encoding="utf-8")
    act = load_actors(path, sides=("vietnam", "russia"))
    assert {"bureau", "branch"} <= act.body_units and {"drafted", "sent"} <= act.authoring_verbs


# --- round 19b, heldout25 ---


def test_round19b_names_file_middle_names_are_read_and_checked():
    # round 19b: ``middle_names`` of a name origin is optional; read as folded keys, checked as a
    # list of words like ``surnames``
    from framing.lexicons.names import parse_names

    base = "name_origins:\n  - adjective: Vietnamese\n    short_form: given\n    surnames: [Nguyễn]\n"
    assert parse_names(base + "    middle_names: [Thị]\n", "t.yml").origin_middles == (
        ("vietnamese", frozenset({"thi"})),)
    assert parse_names(base, "t.yml").origin_middles == ()
    with pytest.raises(LexiconError, match="middle_names"):
        parse_names(base + "    middle_names: Thị\n", "t.yml")


# --- the lead's reread of stop 43 ---


def test_reread43_an_occupation_joins_roles_generic_roles_and_trades(tmp_path):
    # the r36e words were written three times in actors.yml; one ``occupations`` key now adds each to
    # the three lists, the packaged ones and a study's
    packaged = load_actors(sides=SIDES)
    assert {"student", "tourist", "cadet"} <= packaged.generic_roles & packaged.trades
    assert packaged.roles.longest(["tourist"], 0) == (1, True)
    path = tmp_path / "actors.yml"
    path.write_text(GOOD + "occupations: [sommelier]\n", encoding="utf-8")
    act = load_actors(path, sides=("vietnam", "russia"))
    assert "sommelier" in act.generic_roles and "sommelier" in act.trades
    assert act.roles.longest(["sommelier"], 0) == (1, True)
    # a role that is no occupation stays out of the trades
    assert "minister" not in act.trades
