"""Names, parties and the sector rules added for issue 13 (round 2), on made-up sentences.

Each rule has an example it fixes and one it must not touch. Spans are worked out by hand:
``(sector, text[start:end])``.
"""

from __future__ import annotations

import pytest

from framing.lexicons.names import TextView, load_names, party_spans
from framing.sectors import match_sectors


def found(text: str) -> list[tuple[str, str]]:
    return [(sector, text[a:b]) for sector, a, b in match_sectors(text)]


# --- parties and party relations ---------------------------------------------------------------


def test_political_parties_in_lower_case_are_a_party():
    view = TextView("exchanges with Japanese political parties")
    spans = party_spans(view, load_names())
    # "political parties" (keys 3-4) is a party: a party modifier before "parties"
    assert 3 in spans and 5 in spans[3]
    assert "political" in load_names().party_modifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cadre training worded with "officials" (verb and noun forms)
        ("The two parties agreed to jointly train young officials.", [("party", "train young officials")]),
        ("The academy praised the training of Lao officials.", [("party", "training of Lao officials")]),
        # a relation with parties named with a nationality, or with the parties' own units
        (
            "Quyết valued exchanges with Japanese political parties.",
            [("party", "exchanges with Japanese political parties")],
        ),
        ("They promoted exchanges between their party organisations.", [("party", "exchanges between their party")]),
        (
            "He proposed more exchanges between the organisation departments of the two parties.",
            [("party", "exchanges between the organisation departments of the two parties")],
        ),
        (
            "Both sides praised the exchange of experience between the two parties.",
            [("party", "exchange of experience between the two parties")],
        ),
    ],
)
def test_party_relation_wordings(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hospital will train young doctors.", [("health", "hospital"), ("education", "train")]),
        ("Quyết valued exchanges with Japanese companies.", []),
        ("They promoted exchanges between their ministries.", []),
        ("He proposed more exchanges between the trade departments of the two countries.", [("economy", "trade")]),
        ("Both sides praised the exchange of experience in rice farming.", [("economy", "farming")]),
    ],
)
def test_party_relation_rules_leave_other_relations_alone(text, expected):
    assert found(text) == expected


# --- roles, vocabulary and scene-setting -------------------------------------------------------


def test_chief_of_diplomacy_is_a_role_not_a_field():
    assert found("The two chiefs of diplomacy met.") == []
    # must not touch: diplomacy as a field
    assert found("Economic diplomacy matters.") == [("economy", "Economic"), ("diplomacy", "diplomacy")]


def test_environment_labour_and_diplomacy_vocabulary():
    assert found("They discussed waste management, recycling and the protection of forests.") == [
        ("environment", "waste management, recycling"),
        ("environment", "forests"),
    ]
    assert found("Employers must respect labour rights and issue work permits.") == [
        ("labour", "Employers"),
        ("labour", "labour rights"),
        ("labour", "work permits"),
    ]
    assert found("They held political consultations and consultations between their ministries.") == [
        ("diplomacy", "political consultations and consultations between their ministries")
    ]
    assert found("The minister offered help in flood prevention.") == [("environment", "flood prevention")]


def test_greenhouse_gas_is_no_oil_and_gas_and_disasters_that_set_the_scene_are_no_mention():
    assert found("They cut greenhouse gas emissions and imported natural gas.") == [
        ("environment", "greenhouse gas emissions"),
        ("oil_gas", "natural gas"),
    ]
    # "floods" that set the scene (sympathy over damage) are not listed: no mention
    assert found("He expressed sympathy over damage caused by storms and floods.") == []


def test_party_officials_sent_for_training_is_cadre_training():
    text = "United Russia will receive young Vietnamese party officials for training in Russia."
    assert found(text) == [("party", "party officials for training")]
    # must not touch: officials of no party sent for training are education
    assert found("They will send officials for training abroad.") == [("education", "training")]


def test_schools_clinics_and_drug_trafficking():
    assert found("They fought drug trafficking and built schools and clinics.") == [
        ("defence_security", "drug trafficking"),
        ("education", "schools"),
        ("health", "clinics"),
    ]
    # must not touch: a school named as an institution, a party school
    assert found("She studied at the Hanoi Law School.") == []
    assert found("The two party schools signed a plan.") == [("party", "party schools")]


# --- issue 13, round 3 (heldout2): parties as subjects, party wordings, communities, lists ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After the talks, the LPRP and the CPV signed a cooperation plan.",
         [("party", "LPRP and the CPV signed a cooperation plan")]),
        ("The CPV and the CPP have regularly exchanged delegations.",
         [("party", "CPV and the CPP have regularly exchanged delegations")]),
        ('"Our parties have maintained contacts since 1950," he said.',
         [("party", "Our parties have maintained contacts")]),
        ("He met the chairman of the Belaya Rus party, who proposed exchanges between Belaya Rus and the CPV.",
         [("party", "exchanges between Belaya Rus and the CPV")]),
        # at the start of a sentence: "The" is no part of the name, so "Belaya Rus" alone is the party
        ("The Belaya Rus party sent a delegation. It proposed exchanges between Belaya Rus and the CPV.",
         [("party", "exchanges between Belaya Rus and the CPV")]),
        ("They share experience in Party building and cadre management.",
         [("party", "Party building and cadre management")]),
        ("We exchange experience in party work.", [("party", "party work")]),
        ("The two sides agreed to exchange delegations of young politicians every year.",
         [("party", "exchange delegations of young politicians")]),
    ],
)
def test_parties_as_subjects_and_more_party_wordings(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # must not touch: companies that sign, delegations of other people, a nationality alone
        ("Russian and Vietnamese companies signed a contract.", []),
        ("The two sides agreed to exchange delegations of businesspeople.", [("diplomacy", "exchange delegations")]),
        ("The Russian party welcomed the guests.", []),
        ("He met the Vietnamese community leaders.", []),
    ],
)
def test_round_three_rules_leave_other_wordings_alone(text, expected):
    assert found(text) == expected


def test_communities_abroad_power_trading_and_floods_and_landslides():
    assert found("He praised the Vietnamese community in Russia.") == [("people", "Vietnamese community in")]
    assert found("They discussed power trading and hydropower development.") == [
        ("energy", "power trading and hydropower")]
    assert found("They agreed to respond to floods and landslides and to flash floods.") == [
        ("environment", "floods and landslides"), ("environment", "flash floods")]
    assert found("They reviewed information technology, space research and pharmaceuticals.") == [
        ("science_technology", "information technology, space research"), ("health", "pharmaceuticals")]
