"""Tests of :mod:`framing.sectors.party`: party relations, party clauses and sentences, and whether a sentence speaks of a party.

Each test sits in the file of the module whose rule decides its assertion. The tests are ordered by
rule, in the order the module defines them (a ``# === rule:`` line names the function; "other rules"
where none stands out), and a ``# ---`` comment names the round or probe that added each group.
End-to-end tests over the two study reports are in ``tests/test_sectors.py``; shared helpers in
``tests/sectors_helpers.py``, fixtures in ``tests/conftest.py``.
"""

from __future__ import annotations

import pytest
from sectors_helpers import found, rule_of, rules

from framing.sectors import match_text

# === rule: `_legal_to` =========================================================================
# --- review 12 ---


def test_review12_parties_raised_to_a_level_are_political():
    assert found("They agreed to bring the relations between the two parties to a new height.") == [
        ("party", "relations between the two parties")]
    assert found("The CPRF and the CPV will raise the cooperation between the parties to a new level.") == [
        ("party", "cooperation between the parties")]
    # must not touch: sides of a deal or a conflict
    assert found("Relations between the two parties to the conflict remain tense.") == []
    assert found("Ties between the two parties to the loan agreement remain good.") == []


# === rule: `_organ_after` ======================================================================
# --- round 7 ---


def test_an_organ_of_the_parties_as_subject_and_party_members():
    assert found("He proposed that the Parties' Secretariats hold regular consultations.") == [
        ("party", "Parties' Secretariats hold regular consultations")
    ]
    assert found("They agreed to increase exchanges between young party members.") == [
        ("party", "exchanges between young party members")
    ]
    # must not touch: a wing that is no organ of the party
    # (lead's round 40b: a party's youth wing is one of its bodies, no youth exchange)
    assert found("The CPRF's youth wing held a concert.") == [("culture", "concert")]


# --- round 14, heldout13, heldout14 ---


def test_round14_organs_described_by_two_words():
    # "the two Parties' inspection and discipline agencies": the relation is between party organs
    assert found("He noted that cooperation between the two Parties' inspection and discipline agencies "
                 "has grown.") == [("party", "cooperation between the two Parties' inspection and discipline")]
    assert found("He wished to upgrade the cooperation between the two parties' ideological and information "
                 "agencies.") == [("party", "cooperation between the two parties")]
    # must not touch: a party's own wings, other owners' departments
    assert found("He praised ties between the CPRF's youth and women's wings.") == [("people", "youth")]
    assert found("Cooperation between the two companies' research and sales departments grew.") == [
        ("science_technology", "research")]


# --- party patterns ---


def test_party_clause_a_party_subject_keeps_a_relation():
    assert rules("The CPV and the CPRF have long maintained close ties, the guest noted.") == [
        ("party", "CPV and the CPRF have long maintained close ties", "party-clause:{party} ... {relation}")]
    # two parties' organs, names on the way ("Commission for External Relations" is no relation)
    text = ("United Russia's General Council and the CPV Central Committee's Commission for External "
            "Relations agreed to strengthen cooperation.")
    assert found(text) == [("party", text[:-1])]
    # must not touch: one party and a relation with others, or in another field
    assert found("The CPRF criticised trade ties with the US.") == [("economy", "trade")]
    assert found("The CPV has maintained close ties with the masses.") == []
    assert found("The two parties strengthened capital cooperation.") == []


def test_party_clause_actors_that_are_not_the_party():
    # "the Party, State and people" are the country; a relation after a preposition of another noun
    assert found("The Party, State and people always treasure the traditional friendship with Laos.") == []
    assert found("The LDP regards relations with the CPV as an important channel.") == [
        ("party", "relations with the CPV")]
    assert found("The CPV thanked the CPRF for its support.") == []
    # must not touch: an organ of a party stands for it ("the two Parties' commissions")
    assert found("The two Parties' commissions will hold regular consultations.") == [
        ("party", "two Parties' commissions will hold regular consultations")]


# === rule: `_infinitive_alone` =================================================================
# --- round 13, heldout10, heldout12 ---


def test_a_relation_verb_after_to_is_the_partys_verb():
    # round 13: "the CPRF continue to support the community": an infinitive, not the party's support
    assert found("He proposed that the CPRF continue to support the Vietnamese community in Russia.") == [
        ("people", "Vietnamese community in")]
    # must not touch: support of each other, support of a party relation, "supports" (round 8)
    assert found("The two parties agreed to support each other.") == [("party", "two parties agreed to support")]
    assert found("The CPV and the CPRF agreed to support cooperation between the two parties.") == [
        ("party", "cooperation between the two parties")]
    assert found("The CPRF continues to support the new bridge.") == [("transport", "bridge")]


# === rule: `_modifiers_before` =================================================================
# --- round 8, heldout6 ---


def test_a_relative_clause_between_a_party_and_its_relation():
    text = "The two Parties, which both lead socialist countries, should strengthen strategic exchanges."
    assert found(text) == [("party", text[4:-1])]
    # must not touch: a clause that never closes, and a subject that is no party
    assert found("The CPV and the CPRF, which signed a plan in 2019.") == []
    assert found("The two countries, which both border the sea, should strengthen strategic exchanges.") == []


def test_an_adjective_without_article_before_a_party_relation():
    assert found("The two parties maintain annual dialogues.") == [("party", "two parties maintain annual dialogues")]
    # must not touch: a verb between the party and the relation keeps the relation for "with"
    text = "The Communist Party of Việt Nam (CPV) always values cooperation with the United Russia Party."
    assert found(text) == [("party", "cooperation with the United Russia Party")]


# === rule: `_modifying_term` ===================================================================
# --- review of round 9 ---


def test_a_two_word_diplomacy_term_before_a_party_relation_modifies_it():
    # must not touch: the parties as the subject of a relation the term's second word names
    assert found("The CPV and the CPRF maintain close political dialogue.") == [
        ("party", "CPV and the CPRF maintain close political dialogue")]
    assert found("The CPV and United Russia hold an annual political dialogue.") == [
        ("party", "CPV and United Russia hold an annual political dialogue")]
    assert found("The two parties agreed to deepen parliamentary ties.") == [
        ("party", "two parties agreed to deepen parliamentary ties")]
    assert found("They praised parliamentary ties between the two parties.") == [
        ("party", "ties between the two parties")]
    # round 9 still holds: alone, the terms are diplomacy
    assert found("They discussed political dialogue and parliamentary ties.") == [
        ("diplomacy", "political dialogue and parliamentary ties")]


# === rule: `_party_state_people` ===============================================================
# --- round 20, heldout28 ---


def test_round20_the_party_state_and_people_name_the_country():
    # round 20: "the Party, Government and people of China" names the whole country by its pillars,
    # a relationship label (guidelines: "the two Parties, the two States and the two peoples")
    assert found("Việt Nam values its relations with the Party, Government and people of China.") == []
    assert found("Việt Nam values its relations with the Party and people of Laos.") == []
    # must not touch: a party relation followed by something else
    assert found("The CPV values its relations with the CPC and its Organisation Department.") == [
        ("party", "relations with the CPC")]
    assert found("The CPV values its relations with the CPC, which is the ruling party.") == [
        ("party", "relations with the CPC")]


# --- review 13 leftovers ---


def test_review13_the_two_parties_states_and_peoples_are_a_label():
    # guidelines (data/evaluation/README.md, "Does not count"): "the two Parties, the two States and the
    # two peoples" is a relationship label; relations between them are the whole countries' ties, short
    # form or long
    assert found("The relations between the two Parties, States and peoples are developing well.") == []
    assert found("Relations between the two Parties, the two States and the two peoples are developing well.") == []
    # must not touch: relations between the two Parties alone, or with the States but no peoples
    assert found("The relations between the two Parties are developing well.") == [
        ("party", "relations between the two Parties")]
    assert found("Relations between the two Parties and the two States are developing well.") == [
        ("party", "Relations between the two Parties")]


# --- probe 21 ---


def test_probe21_party_diplomacy_and_a_partys_external_relations():
    # fixes: the CPV's foreign work by its own names
    assert found("In his view, party diplomacy has helped the two countries keep political trust.") == [
        ("party", "party diplomacy"), ("diplomacy", "political trust")]
    assert found("He described the agreement as a milestone in the CPV's external relations.") == [
        ("party", "CPV's external relations")]
    assert found("He praised the external relations of the Communist Party of Vietnam.") == [
        ("party", "external relations of the Communist Party of Vietnam")]
    assert found("The conference reviewed the Party's external relations, State diplomacy and people-to-people diplomacy.") == [
        ("party", "Party's external relations"), ("diplomacy", "diplomacy"), ("people", "people-to-people diplomacy")]
    # must not touch: a ministry's external relations, a party's organs for them, the pillars' label
    assert found("The ministry's external relations have grown.") == [("diplomacy", "external relations")]
    assert found("Staff of the Party's external relations bodies will learn Russian.") == [
        ("education", "learn Russian")]  # round 30d: the language learned counts
    assert found("The Party's external relations department received the delegation.") == []
    assert found("He praised the relations with the Party, State and people of Laos.") == []


# --- probe 33p3 ---


def test_probe33p3_peoples_before_a_verbs_to_still_close_the_label():
    # "the two Parties, States and peoples to grow": "peoples" then a verb's "to" is the label's last
    # pillar, not "people-to-people" (only "to" between two "people" keys is)
    assert found("He wished the friendship between the two Parties, States and peoples to grow further.") == []
    assert found("He wished the relations between the two Parties, the two States and the two peoples to develop.") == []
    # must not touch: people-to-people diplomacy after the party relation, the two Parties alone
    assert found("The CPV values its relations with the CPRF, State diplomacy and people-to-people diplomacy.") == [
        ("party", "relations with the CPRF"), ("diplomacy", "diplomacy"), ("people", "people-to-people diplomacy")]
    assert found("He wished the friendship between the two Parties to grow further.") == [
        ("party", "friendship between the two Parties")]


# === rule: `_party_from` =======================================================================
# --- round 9, heldout7 ---


def test_political_dialogue_and_parliamentary_ties_are_diplomacy_unless_a_party_relation_follows():
    # heldout7 e125, e132: "political dialogue", "parliamentary ties" (as "political relations")
    assert found("They discussed political dialogue and parliamentary ties.") == [
        ("diplomacy", "political dialogue and parliamentary ties")]
    # must not touch: names; "political" before a party relation modifies it (was diplomacy)
    assert found("He attended the Political Dialogue Forum.") == []
    assert found("They held a political dialogue between the two parties.") == [
        ("party", "dialogue between the two parties")]
    assert found("They value political cooperation between the two parties.") == [
        ("party", "cooperation between the two parties")]
    assert found("They value political ties with Laos.") == [("diplomacy", "political ties")]


# === rule: `_names_party` ======================================================================
# --- round 10, heldout8 ---


def test_delegations_counted_after_the_verb_in_the_past():
    assert found("Since 2012 the CPV and the LPRP have exchanged over 40 delegations.") == [
        ("party", "exchanged over 40 delegations")]  # a sentence that names parties: party
    assert found("The two ministries have exchanged 12 delegations since 2019.") == [
        ("diplomacy", "exchanged 12 delegations")]
    # must not touch: views exchanged about delegations
    assert found("The two sides exchanged views on delegations of observers.") == []


def test_a_list_of_bodies_ending_with_a_party_body():
    assert found("Both sides agreed to expand exchanges between their think tanks, magazines and Party "
                 "newspapers.") == [("party", "exchanges between their think tanks, magazines and Party newspapers")]
    # must not touch: a list of no party body, a list that goes on with other owners, no party in the sentence
    assert found("Both sides agreed to expand exchanges between their research institutes, publishers and "
                 "newspapers.") == [("science_technology", "research")]
    assert found("The CPV praised ties between the two countries, their firms and their schools.") == [
        ("education", "schools")]
    assert found("The CPV welcomed cooperation between Vietnamese universities, hospitals and firms.") == [
        ("education", "universities"), ("health", "hospitals")]


# --- round 14, heldout13, heldout14 ---


def test_round14_seminars_on_theory_coal_fired_container_routes():
    assert found("The two parties regularly hold seminars on theory.") == [("party", "seminars on theory")]
    assert found("They will invest in coal-fired, wind and LNG-fuelled power generation.") == [
        ("economy", "invest"), ("energy", "coal-fired, wind"), ("energy", "power generation")]
    assert found("Exporters hope for more direct sea and rail container routes to Vladivostok.") == [
        ("economy", "Exporters"), ("transport", "sea and rail container routes")]  # cls10: bare "rail" joins; r37e: "sea routes" shares the head
    # must not touch: a theory with an article, a fired container, other routes
    assert found("He attended a seminar on the theory of relativity.") == []
    assert found("The container was fired at.") == []
    assert found("The routes of the marathon changed.") == []


# --- party patterns ---


def test_party_clause_keeps_other_terms_whole():
    # a term of its own on the way is read by its own rule: one mention each
    assert found("The two Parties praised the exchange of delegations at all levels.") == [
        ("party", "exchange of delegations")]
    assert found("The two parties agreed to hold a theory workshop and to exchange young cadres.") == [
        ("party", "theory workshop"), ("party", "exchange young cadres")]  # cls11: a party's people exchanged
    # must not touch: a clause break between the parties and the relation
    assert found("The CPV met the CPRF, while trade ties with the US grew.") == [("economy", "trade")]


# --- recall on new copy ---


def test_recall_on_new_copy_grooming_the_people_a_party_trains():
    assert found("The CPV shared its experience in grooming young leaders.") == [
        ("party", "grooming young leaders")]
    # must not touch: grooming with no party, nurturing ties
    assert found("The club grooms young footballers.") == []
    assert found("They nurture close ties.") == []


# --- round 22a, heldout24 ---


def test_round22a_party_relations_in_other_words():
    # round 22a: "theory conference" (as "theory seminar"), cadres sent "to" courses (as "for"
    # courses, with "functionaries" as officials), exchanges of delegations by their level
    assert found("The CPRF has sent more than forty regional functionaries to courses in Hanoi.") == [
        ("party", "functionaries to courses")]
    assert found("The two parties will hold a joint theory conference in Moscow.") == [("party", "theory conference")]
    assert found("The two sides agreed to increase exchanges of mid-level delegations between party bodies.") == [
        ("party", "exchanges of mid-level delegations between party")]
    # must not touch: officials who go to courses, a conference on another field's theory, delegations
    # of two states by their level
    assert found("Customs officials went to courses in Hanoi.") == []
    assert found("The conference on energy theory opened in Moscow.") == [("energy", "energy")]
    assert found("The two countries will increase exchanges of high-level delegations.") == [
        ("diplomacy", "exchanges of high-level delegations")]


# --- round 24a ---


def test_cls11_party_theory_by_other_nouns_and_issues_solved():
    # fixes: theory studied or debated as issues, in a sentence of party work
    assert found("The LPRP and the CPV will hold a workshop on questions of theory next year.") == [
        ("party", "questions of theory")]
    assert found("They praised the exchange of experience in building the party and the theoretical studies of "
                 "socialism.") == [("party", "building the party"), ("party", "theoretical studies")]
    assert found("The forums have helped the two Parties resolve several theoretical and practical issues.") == []
    # must not touch: a physicist's study, theory of a discipline, issues as the topic after "on"
    assert found("The physicist published a theoretical study of quantum dots.") == []
    assert found("The conductor raised questions of theory of music.") == [("culture", "music")]
    assert found("The CPV and the CPRF will hold seminars on theoretical issues of socialism.") == [
        ("party", "seminars on theoretical issues")]


# === rule: `_real_party` =======================================================================
# --- the rules of issue 13 ---


def test_look_alikes_are_excluded():
    for text in [
        "global food security",
        "edible oil exports",
        "APEC member economies",
        "the Workers' Party of Korea",
        "the communist and workers' movement",
        "soft power",
        "the ruling party came to power",
    ]:
        assert found(text) == [], text


# === rule: `_party_slot` =======================================================================
# --- matching rules on made-up sentences ---


def test_party_relations_use_the_party_class():
    assert found("valued cooperation with the CPV.") == [("party", "cooperation with the CPV")]
    assert found("relations with the two parties") == [("party", "relations with the two parties")]
    # a party name alone is an actor, not a sector
    assert found("the leadership of the CPV") == []


# --- the rules of issue 13 ---


def test_party_relations_must_not_touch():
    # relationship labels, actors, possessions of a party, other organisations
    assert found("the friendship between the two peoples") == []
    assert found("the leadership of the CPV") == []
    assert found("closer ties between the CPRF's youth wing and the league") == []  # lead's round 40b
    assert found("solidarity between revolutionary parties") == []
    assert found("relations between the two countries") == []
    assert found("the Nghệ An Provincial Party Committee") == []
    # a party school is a party term, the school's party no relation
    assert found("collaboration between the two parties' political academies") == [
        ("party", "political academies")
    ]


def test_matching_stays_linear(monkeypatch):
    """Ten times the text costs ten times the work: the trie is consulted a number of times
    proportional to the tokens (no per-phrase or quadratic loop). Counted, not timed."""
    from framing.lexicons.matching import PhraseTrie

    text = (
        "Both sides agreed to expand cooperation with the CPV in energy, oil and gas, and "
        "education, and the Ministry of Industry and Trade welcomed political and economic ties. "
    )
    calls = {"n": 0}
    real = PhraseTrie.longest

    def counted(self, keys, i):
        calls["n"] += 1
        return real(self, keys, i)

    monkeypatch.setattr(PhraseTrie, "longest", counted)

    def work(k):
        calls["n"] = 0
        found = match_text(text * k)
        return calls["n"], len(found)

    (small, found_small), (large, found_large) = work(100), work(1000)
    assert found_large == 10 * found_small
    assert small > 0 and large <= 10 * small + 100


# === rule: `_named_party_before` ===============================================================
# --- probe 21 ---


def test_probe21_parties_by_two_modifiers_and_one_forum():
    # fixes: two party modifiers joined by "and"; one forum attended is an event, no field
    assert found("The CPV wants to expand relations with ruling and left-wing parties in Latin America.") == [
        ("party", "relations with ruling and left-wing parties")]
    assert found("He invited the delegation to the next United Russia international forum in Moscow.") == []
    # must not touch: modifiers of other nouns, forums in the plural
    assert found("The ruling and opposition blocs met business parties.") == [("economy", "business")]
    assert found("He called for closer coordination at international forums.") == [("diplomacy", "international forums")]


# === rule: `_named` ============================================================================
# --- the rules of issue 13 ---


def test_names_rule_leaves_generic_and_deliberate_uses_alone():
    assert found("cooperation in energy and trade") == [("energy", "energy"), ("economy", "trade")]
    # capitalised sector words alone are no name: "Party Building", "Science, Technology and Innovation"
    assert found("a forum on Party Building") == [("party", "Party Building")]
    assert [s for s, _ in found("the Science, Technology and Innovation agenda")] == ["science_technology"]
    # the first word of a sentence is capitalised anyway
    assert found("Trade grew. Energy cooperation deepened.") == [("economy", "Trade"), ("energy", "Energy")]
    # a name the lexicon lists on purpose still counts
    assert found("the Ho Chi Minh National Academy of Politics") == [
        ("party", "Ho Chi Minh National Academy of Politics")
    ]


# --- round 10, heldout8 ---


def test_a_relation_between_party_organs_with_two_modifiers():
    assert found("Khamla praised links between the two district Party Committees.") == [
        ("party", "links between the two district Party Committees")]
    # must not touch: committees of the state
    assert found("Ties between the two provincial people's committees are close.") == []


# --- round 17, party-heavy copy, heldout21 ---


@pytest.mark.parametrize("text, expected", [
    ("A modern party of young voters was founded.", []),
    ("Economic theorists met at the forum.", [("economy", "Economic")]),
    ("He called corruption a cancer that the Party must treat.", []),
    ("They held a dialogue on music theory.", [("culture", "music")]),
    ("Tax-free classes of goods were listed.", []),
    ("Financial services, logistics and tourism grew.",
     [("economy", "Financial"), ("transport", "logistics"), ("tourism_sports", "tourism")]),
])
def test_round17_party_heavy_leaves_other_senses_alone(text, expected):
    # must not touch: the same words with no party work or no disease treated
    assert found(text) == expected


# --- round 24a ---


def test_round24a_party_self_governance_inspection_and_doctrine_research():
    # fixes: a party governing and inspecting itself; research on the parties' doctrine
    assert found("They shared lessons on strict Party self-governance.") == [("party", "Party self-governance")]
    assert found("They stressed the self-governance of the Party.") == [("party", "self-governance of the Party")]
    assert found("The commissions will cooperate in supervising Party organisations.") == [
        ("party", "supervising Party organisations")]
    assert found("Scholars will pursue research on Marxist-Leninist theory.") == [
        ("party", "research on Marxist-Leninist theory")]
    # must not touch: self-governance of towns, inspecting a plant, research on a science's theory
    assert found("Towns enjoy local self-governance.") == []
    assert found("The team inspected the plant and the Party Committee offices.") == []
    assert found("Scientists expanded research on game theory.") == [("science_technology", "research")]


# === rule: `_two_parties` ======================================================================
# --- review 13 leftovers ---


def test_review13_a_partys_parliamentary_group_is_its_faction():
    # rev12 item 8: groups "of" a party in one parliament are factions at home (class faction_term)
    assert found("The parliamentary groups of United Russia and the CPRF in the State Duma backed the bill.") == []
    # must not touch: contacts between two parliaments' groups
    assert found("He suggested that the two sides step up contacts between their parliamentary groups.") == [
        ("diplomacy", "parliamentary groups")]


# === rule: `_organs_of_two` ====================================================================
# --- review leftovers ---


def test_review_leftovers_plural_parties_and_organs_of_two_places():
    text = "The Communist parties of Việt Nam and Cuba share a long friendship."
    assert rules(text) == [("party", text[4:-1], "party-clause:{party} ... {relation}")]
    text = "The provincial Party Committees of Thanh Hóa and Ulyanovsk agreed to expand cooperation."
    assert found(text) == [("party", text[15:-1])]
    assert found("The provincial Party Committees of the two provinces agreed to expand cooperation.") == [
        ("party", "Party Committees of the two provinces agreed to expand cooperation")]
    # must not touch: one party, one organ, organs of one place, a state body
    assert found("The Communist Party of Việt Nam shares a long friendship with Cuba.") == []
    assert found("The provincial Party Committee of Thanh Hóa agreed to expand cooperation.") == []
    assert found("The Party Committees of the province's districts agreed to expand cooperation.") == []
    assert found("The people's committees of Thanh Hóa and Ulyanovsk agreed to expand cooperation.") == []


# === rule: `_bare_parties` =====================================================================
# --- party patterns ---


def test_party_clause_a_relation_before_its_parties():
    # (the text names a party first: lower-case "the two parties" alone may be the sides of a deal)
    assert found("Zyuganov met Trung. He praised the ties that the two parties have nurtured.") == []
    assert found("The CPRF met the CPV. He praised the ties that the two parties have nurtured.") == [
        ("party", "ties that the two parties")]
    assert found("Cooperation, which United Russia values highly, between the parties has grown.") == [
        ("party", "Cooperation, which United Russia")]
    assert found("She hailed the relationship between the Vietnamese and Russian Communist parties.") == [
        ("party", "relationship between the Vietnamese and Russian Communist parties")]
    # must not touch: another clause after "and"; relations between states
    assert found("He praised the relationship and said that the LPRP met the CPV.") == []
    assert found("Relations between the two countries have grown, the CPV official said.") == []


# === rule: `_party_clause` =====================================================================
# --- round 16, heldout17, heldout18 ---


def test_round16_a_pair_before_bare_parties_is_no_subject_after_of():
    # "of the two parties, exchange lecturers": the parties are an object, "exchange" a verb of a list
    text = "The schools will run courses for young leaders of the two parties, exchange lecturers and hold seminars."
    assert ("party", "parties, exchange") not in found(text)
    # (round 17: courses for the parties' young leaders are cadre training, the only party mention)
    assert [t for s, t in found(text) if s == "party"] == ["courses for young leaders"]
    # the parties as the subject still make a party relation
    assert found("The two parties exchange delegations every year.") == [
        ("party", "two parties exchange delegations")
    ]


# --- probe 33p3 ---


def test_probe33p3_an_event_two_parties_hold_is_their_relation():
    # `_event_held`: a seminar, workshop or conference that two parties hold (hold, organise, co-host,
    # convene) is an event between them, as "a seminar between two parties" in the set (e60, e66)
    assert found("The two Parties held a seminar in Hanoi.") == [("party", "two Parties held a seminar")]
    assert found("The CPV and the CPRF will co-organise a workshop next year.") == [
        ("party", "CPV and the CPRF will co-organise a workshop")]
    # must not touch: an event attended, one party's own event, other bodies' events
    assert found("The two Parties attended a seminar in Hanoi.") == []
    assert found("The CPRF held a seminar on youth policy.") == [("people", "youth")]
    assert found("The two ministries held an online seminar.") == []


# === rule: `_counterpart_at` ===================================================================
# --- review 14 leftovers ---


def test_review14_leftovers_the_two_commissions_read_their_nearest_antecedent():
    # "the two commissions" point back to the nearest sentence that names commissions, not to any
    # party organ earlier in the text
    text = (
        "The Party Central Committee sent a letter. The Vietnam-Russia Intergovernmental Commission "
        "and its Belarus counterpart met. The two commissions agreed to exchange delegations."
    )
    assert found(text) == [("diplomacy", "exchange delegations")]
    # must not touch: commissions of the parties named just before stay a party relation
    text = (
        "The Party Central Committee's Commission for External Relations and the CPRF's commission "
        "met. They talked. The two commissions agreed to exchange delegations."
    )
    assert found(text) == [("party", "exchange delegations")]


# === rule: `_counterpart_clause` ===============================================================
# --- review 20 ---


def test_probe17_organs_remit_and_counterparts():
    # fixes: a lower-case organ remit on the way to the relation; a party organ "and its counterpart"
    assert found("The two Parties' commissions for external relations hold annual consultations.") == [
        ("party", "two Parties' commissions for external relations hold annual consultations")]
    assert found("The Hà Nội Party Committee and its Moscow counterpart have maintained close ties for years.") == [
        ("party", "counterpart have maintained close ties")]
    assert found("The Quảng Ninh Party Committee and its Guangxi counterparts exchanged experience in Party building.") == [
        ("party", "counterparts exchanged experience in Party building")]
    # must not touch: a ministry and its counterpart, a person's counterpart, a relation of another field
    assert found("The Ministry of Industry and Trade and its Lao counterpart signed a cooperation agreement.") == []
    assert found("The provincial Party Secretary and his counterpart signed a cooperation agreement.") == []
    assert found("The Department of Transport and its Lao counterpart exchanged experience in road safety.") == [
        ("transport", "road safety")]
    assert found("The Party Committee of Lào Cai and its Yunnan counterpart held talks on trade ties.") == [
        ("economy", "trade")]


# --- round 24d, heldout42 ---


def test_review23_a_counterpart_needs_the_party_body_before_it():
    # fixes: a party that speaks of a state body and its counterpart is no party organ of the pair
    assert found("Vietnam's ruling party said the ministry and its counterpart would strengthen cooperation.") == []
    # must not touch: a party organ coordinated with its counterpart
    assert found("The Party Committee of Nghe An province and its counterpart in Vientiane signed a "
                 "cooperation agreement.") == [("party", "counterpart in Vientiane signed a cooperation agreement")]


# === rule: `_second_relation` ==================================================================
# --- the rules of issue 13 ---


def test_any_party_the_text_names_and_party_relations():
    text = (
        "Bình valued relations between the Communist Party of Việt Nam (CPV) and the Lao People's "
        "Revolutionary Party (LPRP). Ties with the LPRP grew. So did cooperation between the CPC and "
        "the WPK. Party-to-Party links grew. So did ties between the two Communist Parties. So did "
        "friendship between the two Parties. So did inter-party channels."
    )
    got = [(s, surface) for s, surface, _ in rule_of(text)]
    assert got == [
        ("party", "relations between the Communist Party of Việt Nam (CPV) and the Lao People's Revolutionary Party"),
        ("party", "Ties with the LPRP"),
        ("party", "cooperation between the CPC and the WPK"),
        ("party", "Party-to-Party links"),
        ("party", "ties between the two Communist Parties"),
        ("party", "friendship between the two Parties"),
        ("party", "inter-party channels"),
    ]
    assert found("ties with Japan's Liberal Democratic Party") == [
        ("party", "ties with Japan's Liberal Democratic Party")
    ]
    assert found("ties with Vietnam's ruling Communist Party") == [
        ("party", "ties with Vietnam's ruling Communist Party")
    ]
    assert found("the CPV and the BJP exchange delegations") == [
        ("party", "CPV and the BJP exchange delegations")
    ]
    assert rule_of("relations with the CPC")[0][2] == "party-relation:{relation} with the {party}"
    # one sector named by neighbours joined by "and" or commas is one mention
    assert found("Party-to-Party links and ties between the two Communist Parties") == [
        ("party", "Party-to-Party links and ties between the two Communist Parties")
    ]


# --- agreed errors 9 ---


def test_round23b_a_relation_joined_to_one_with_a_state_is_the_states():
    # "friendship and strategic partnership with Laos": the first relation is with the state too
    assert found("The CPV always values the great friendship and special partnership with Laos "
                 "and the cooperation agreement between the CPV and the LPRP.") == [
        ("party", "cooperation agreement between the CPV and the LPRP")]
    assert found("The CPV and the CPRF value their friendship and cooperation with Cuba.") == []
    # must not touch: the second relation is with a party
    assert found("The CPV treasures the friendship and solidarity with the CPRF.") == [
        ("party", "CPV treasures the friendship and solidarity with the CPRF")]


# === rule: `_modified_plainly` =================================================================
# --- review of round 8 ---


def test_parties_that_sign_a_memorandum_keep_the_relation():
    assert found("The CPV and the CPRF signed a memorandum.") == [("party", "CPV and the CPRF signed a memorandum")]
    assert found("The two parties will sign a new memorandum.") == [("party", "two parties will sign a new memorandum")]
    assert found("United Russia and the CPV signed a memorandum in 2019.") == [
        ("party", "United Russia and the CPV signed a memorandum")
    ]
    # must not touch: the party's own memorandum (a possessive, or only an article between)
    assert found("The CPV's memorandum to the National Assembly was read.") == []


# --- round 16, heldout17, heldout18 ---


def test_party_clause_a_second_actor_of_an_object_is_no_subject():
    # the actor after "by ... and" is the object's second half, not a subject
    # (round 17: "the festival" refers back to an event named before, so "A festival" here)
    assert found("A festival, co-hosted by the CPV and the CPRF, celebrated long-standing cooperation.") == [
        ("culture", "festival")]
    assert found("Youth unions, backed by the CPV and the LPRP, pledged to deepen cooperation.") == [
        ("people", "Youth unions")]
    # must not touch: two parties as the subject
    assert found("The CPV and the LPRP pledged to deepen cooperation.") == [
        ("party", "CPV and the LPRP pledged to deepen cooperation")]


def test_review9_lower_case_parties_need_a_party_named_before():
    # the sides of a deal are no political parties: "Both parties" with no party named before
    assert found("Both parties welcomed the agreement on visa exemption.") == []
    assert found("Both parties, the buyer and the seller, signed the agreement.") == []
    # must not touch: after a party is named, "both parties" are those parties
    assert found("The CPV delegation met CPRF leaders. Both parties agreed to strengthen cooperation.") == [
        ("party", "Both parties agreed to strengthen cooperation")
    ]


# --- review 20 ---


def test_probe17_party_relations_in_other_wordings():
    # fixes: a pair of parties right before a relation verb (no pair of states), members called
    # comrades, theory exchanged "of", the standing phrase of party building with its qualities
    assert found("Both Parties cooperate closely in many fields.") == [("party", "Both Parties cooperate")]
    assert found("They praised the bond with the Chinese comrades.") == [("party", "bond with the Chinese comrades")]
    assert found("The seminar included exchanges of theory between the LPRP and the CPV.") == [
        ("party", "exchanges of theory")]
    assert found("The congress stressed building a clean and strong party.") == [
        ("party", "building a clean and strong party")]
    # must not touch: a pair of countries, comrades of a war, theory of a science, a party's building
    assert found("The two countries cooperate closely in trade.") == [("economy", "trade")]
    assert found("The veterans met their comrades from the war.") == []
    assert found("The students attended a lecture on the theory of relativity.") == [("education", "students")]
    assert found("The firm is building a new party hall.") == []


def test_probe17_party_actors_named_otherwise():
    # fixes: parties whose names do not end in "Party", left and progressive parties, fraternal ties
    assert found("The CPV values its fraternal relations with the ANC.") == [("party", "relations with the ANC")]
    assert found("He called for closer cooperation between the CPV and FRELIMO.") == [
        ("party", "cooperation between the CPV and FRELIMO")]
    assert found("The CPV wants more exchanges with left-wing parties in Europe.") == [
        ("party", "exchanges with left-wing parties")]
    assert found("The CPV and the Sandinista National Liberation Front share long-standing fraternal ties.") == [
        ("party", "CPV and the Sandinista National Liberation Front share long-standing fraternal ties")]
    # must not touch: the same names with no relation, "left" as a verb
    assert found("The ANC won the election by a wide margin.") == []
    assert found("FRELIMO has governed Mozambique since 1975.") == []
    assert found("He left the party in 2010.") == []
    assert found("The ruling coalition left parties in the opposition angry.") == []


# === rule: `_with_party_after` =================================================================
# --- review of issue 13's sector rules ---


def test_a_relation_between_bodies_that_are_not_the_parties_own():
    assert found(
        "At the meeting with the CPRF delegation, both sides praised exchanges between the two countries' schools."
    ) == [("education", "schools")]
    # the bodies of the parties themselves, or of no owner in a sentence that names a party
    assert found("The Party chief praised exchanges between the two Parties' schools.") == [
        ("party", "exchanges between the two Parties' schools")
    ]
    assert found("The Party secretary said cooperation between the two academies covers Party building.") == [
        ("party", "cooperation between the two academies"), ("party", "Party building")
    ]


# --- round 7 ---


def test_a_relation_behind_a_participle_and_its_parties():
    assert found("He hoped the memorandum signed last year between the CPV and the CPRF would be carried out.") == [
        ("party", "memorandum signed last year between the CPV and the CPRF")
    ]
    # must not touch: a participle that leads to no party
    assert found("The memorandum signed last year between the two ministries covers trade.") == [
        ("economy", "trade")
    ]


# --- round 11, heldout9 ---


def test_a_relation_with_one_party_organ():
    assert found("The CPC Guangxi Regional Committee values its links with the Party Committee of Lạng Sơn.") == [
        ("party", "links with the Party Committee")]
    # must not touch: a committee of the state, an organ with no relation, a committee of no party
    assert found("The firm values its ties with the People's Committee of Lạng Sơn.") == []
    assert found("He thanked the Party Committee for its support.") == []
    assert found("Relations with the committee of the games were tense.") == []


def test_a_relation_signed_between_party_bodies():
    assert found("He praised the cooperation agreement signed between the two organisations in 2019, which "
                 "deepened ties between the CPRF and the CPV.") == [
        ("party", "cooperation agreement signed between the two organisations"),
        ("party", "ties between the CPRF and the CPV")]
    # must not touch: no party in the sentence, bodies that are no party's, a trade agreement
    assert found("He praised the cooperation agreement signed between the two organisations in 2019.") == []
    assert found("The CPV official praised the cooperation agreement signed between the two ministries.") == []
    assert found("The CPRF praised the trade agreement signed between the two companies.") == [("economy", "trade")]


# --- party patterns ---


def test_a_party_s_relation_with_no_party_is_none():
    for text in ("The CPV's relations with the people are its strength.",
                 "United Russia's ties to voters in the Far East are strong."):
        assert found(text) == [], text
    assert found("The party's cooperation with businesses was praised.") == [("economy", "businesses")]
    # must not touch: a party's relation with a party
    assert found("The CPRF's cooperation with the CPV has deepened.") == [
        ("party", "CPRF's cooperation")]


# === rule: `_clause_bounds` ====================================================================
# --- review of round 8 ---


def test_a_relative_clause_after_parties_that_are_no_political_party():
    assert found("The parties, which met in Geneva, agreed to strengthen cooperation.") == []


# --- round 10, heldout8 ---


def test_groups_of_party_people_exchanged():
    assert found("Both sides agreed to exchange teams of young party activists.") == [
        ("party", "exchange teams of young party activists")]
    # must not touch: groups of students, party activists with no exchange
    assert found("Both sides agreed to exchange groups of students.") == [("education", "students")]
    assert found("He praised party activists in the region.") == []


def test_the_founding_of_diplomatic_relations_is_a_label():
    assert found("Laos and Vietnam established diplomatic relations in 1962.") == []
    assert found("They marked the anniversary of the establishment of diplomatic relations.") == []
    # must not touch: diplomacy as a field
    assert found("They agreed to deepen diplomatic cooperation.") == [("diplomacy", "diplomatic")]


# --- round 23a, heldout35 ---


def test_lead_an_exchange_of_delegations_by_a_hyphenated_level():
    # lead (review 17b's leftover): "high-level" is two keys, which the one-word slot of
    # "exchange {word} delegations" misses; the verb, its past and "high-ranking" are terms
    assert found("The two countries will exchange high-level delegations regularly.") == [
        ("diplomacy", "exchange high-level delegations")]
    assert found("They exchanged high-level delegations last year.") == [
        ("diplomacy", "exchanged high-level delegations")]
    assert found("They will boost the exchange of high-ranking delegations.") == [
        ("diplomacy", "exchange of high-ranking delegations")]
    # must not touch: an exchange of views at a level is no exchange of delegations
    assert found("The ministers exchanged high-level views on the region.") == []


def test_probe10_fields_of_mass_organisations_and_the_press():
    # fixes: the fields of women's unions, trade unions, veterans and party newspapers
    assert found("The two unions will share experience in gender equality.") == [("people", "gender equality")]
    assert found("She spoke of the rights of women in rural areas.") == [("people", "rights of women")]
    assert found("He proposed more exchanges between veterans of the two countries.") == [
        ("people", "exchanges between veterans")]
    assert found("The two federations will share experience in collective bargaining.") == [
        ("labour", "collective bargaining")]
    assert found("Protecting the rights of workers is their core task.") == [("labour", "rights of workers")]
    assert found("The two news agencies agreed to boost press cooperation.") == [("culture", "press cooperation")]
    assert found("The sides discussed rural revitalisation.") == [("economy", "rural revitalisation")]
    # must not touch: women and veterans as attendees, the press as an audience, a city's revival
    assert found("Many women and war veterans attended the ceremony.") == []
    assert found("He told a press conference that the talks went well.") == []
    assert found("The revitalisation of the old city centre is under way.") == []


# === rule: `_party_owns` =======================================================================
# --- precision classes 7 ---


def test_prec7_the_two_commissions_point_back_to_the_lead():
    # "the two commissions" in a later paragraph point back to the party organs the lead names, two
    # or more sentences before ("the Party Central Committee's Commission for ..."): their exchange
    # of delegations is party work
    text = ("Head of the Party Central Committee's Commission for Mass Mobilisation Lê Văn Khải received "
            "a delegation of the LPRP in Hà Nội. The guests toured the capital. Khải thanked them for the "
            "visit. He proposed that the two commissions step up the exchange of delegations.")
    assert found(text) == [("party", "exchange of delegations")]
    # must not touch: two commissions of governments named in the lead
    text = ("Co-chairs of the Intergovernmental Commission met in Hà Nội on Monday. The guests toured the "
            "capital. Khải thanked them for the visit. He proposed that the two commissions step up the "
            "exchange of delegations.")
    assert found(text) == [("diplomacy", "exchange of delegations")]


# === rule: `_party_before` =====================================================================
# --- round 8, heldout6 ---


def test_bodies_named_in_the_sentence_before():
    text = ("A delegation of the Central Inspection Commission of the CPV held talks with the Central Control "
            "Commission of United Russia. The two officials signed a plan on cooperation between the two agencies.")
    assert found(text) == [("party", "cooperation between the two agencies")]
    # must not touch: the sentence before names no party
    text = ("A delegation of the State Audit Office held talks with the Accounts Chamber of Russia. The two officials "
            "signed a plan on cooperation between the two agencies.")
    assert found(text) == []


# --- review of round 8 ---


def test_bodies_of_the_sentence_before_must_be_a_party_s_organs():
    # a party that only acts in the sentence before: "the two agencies" may be anyone's
    assert found("The CPV congratulated Putin. Relations between the two agencies of the UN improved.") == []
    # the lead's round 44: airlines that act are no field
    assert found("The CPV praised the visit. The two airlines expanded cooperation between their agencies.") == []
    # the organ of a party by "of" or by a possessive
    assert found("A team from the Control Commission of the CPRF met CPV officials. They agreed on exchanges "
                 "between the two commissions.") == [("party", "exchanges between the two commissions")]
    assert found("The CPV's Organisation Commission met the CPRF. They agreed on exchanges between the two "
                 "commissions.") == [("party", "exchanges between the two commissions")]


# --- round 14, heldout13, heldout14 ---


def test_round14_two_organs_after_a_party_organ_exchange_delegations():
    # "the two commissions" after a sentence naming the parties' commissions are sides of a party relation
    assert found("The Inspection Commission of the CPV Central Committee held talks with the CPC's commission. "
                 "The Vietnamese official proposed that the two commissions increase exchanges of delegations.") == [
        ("party", "exchanges of delegations")]
    assert found("The Hà Nội Party Committee hosted a reception. The two committees agreed to exchange "
                 "delegations.") == [("party", "exchange delegations")]
    # must not touch: organs of no party, or no organ named before
    assert found("The Ministry of Health hosted a reception. The two committees agreed to exchange "
                 "delegations.") == [("diplomacy", "exchange delegations")]
    assert found("The two commissions agreed to exchange delegations.") == [("diplomacy", "exchange delegations")]
    assert found("The Intergovernmental Committee met in Moscow. The two committees agreed to exchange "
                 "delegations.") == [("diplomacy", "exchange delegations")]


# === rule: `_two_parties_before` ===============================================================
# --- round 24e, heldout45 ---


def test_round24f_two_sides_after_two_parties():
    # fixes: "the two sides" right after a sentence naming "the two parties" are the parties
    assert found("He said ties between the two parties had grown. Since 2010 the two sides have "
                 "exchanged hundreds of delegations.") == [
        ("party", "ties between the two parties"), ("party", "exchanged hundreds of delegations")]
    # must not touch: the two sides after two countries, parties to a contract
    assert found("Ties between the two countries grew. The two sides exchanged dozens of delegations.") == [
        ("diplomacy", "exchanged dozens of delegations")]
    assert found("The two parties to the contract met. The two sides exchanged delegations.") == [
        ("diplomacy", "exchanged delegations")]


# === rule: `_exchanges_with_party` =============================================================
# --- probe 21 ---


def test_probe21_exchanges_of_the_parties():
    # fixes: a list after a colon spells out the parties' plan; exchanges between parties named after
    assert found("The cooperation agreement between the two parties gives us a clear plan: exchanges of delegations, "
                 "joint seminars and training of party officials.") == [
        ("party", "cooperation agreement between the two parties"), ("party", "exchanges of delegations"),
        ("party", "training of party officials")]
    assert found("The two leaders agreed to enhance high-level exchanges between the two Parties.") == [
        ("party", "high-level exchanges")]
    # must not touch: a plan of two countries, exchanges between countries or with a state
    assert found("The two countries agreed on a plan: exchanges of delegations and trade fairs.") == [
        ("diplomacy", "exchanges of delegations"), ("economy", "trade")]
    assert found("The two leaders agreed to enhance high-level exchanges between the two countries.") == [
        ("diplomacy", "high-level exchanges")]
    assert found("They agreed to maintain high-level contacts with Russia.") == [("diplomacy", "high-level contacts")]


# === rule: `_SPEECH_BEFORE_COLON` ==============================================================
# --- round 26b, heldout55 ---


def test_review27_words_said_before_a_colon_and_parties_by_modifiers_only():
    # fixes: a party leader's words after "said:" are no party plan spelled out
    assert found("The Party chief said: exchanges of delegations between the two countries will grow.") == [
        ("diplomacy", "exchanges of delegations")]
    # fixes: a noun before "and" ends the modifiers of "parties" ("both nations and both ruling parties")
    assert found("Ties between both nations and both ruling parties grew.") == []
    # must not touch: the parties' plan after a colon, modifiers joined by "and"
    assert ("party", "exchanges of delegations") in found(
        "The agreement between the two parties sets a plan: exchanges of delegations and seminars.")
    assert found("The CPV wants relations with ruling and left-wing parties in Africa.") == [
        ("party", "relations with ruling and left-wing parties")]


# === rule: `_two_sides_after_organ` ============================================================
# --- round 11, heldout9 ---


def test_two_sides_that_are_party_organs_exchange_delegations():
    assert found("The Hải Phòng Party Committee wishes to learn from the branch's experience. She proposed "
                 "that the two sides exchange delegations every year.") == [("party", "exchange delegations")]
    # must not touch: two sides after a state body, other exchangers, no sentence before
    assert found("The Hải Phòng People's Committee wishes to learn from the city's experience. She proposed "
                 "that the two sides exchange delegations every year.") == [("diplomacy", "exchange delegations")]
    assert found("The Party Committee hosted the meeting. Officials proposed that the two ministries exchange "
                 "delegations.") == [("diplomacy", "exchange delegations")]
    assert found("The two sides exchange delegations every year.") == [("diplomacy", "exchange delegations")]


# === rule: `_modifies_noun` ====================================================================
# --- review of round 7 ---


def test_a_memorandum_is_a_party_relation_only_before_its_parties():
    assert found("The CPV's memorandum to the National Assembly was read.") == []
    # a party that only describes the noun after it ("Labour" stays a word of its own sector)
    assert found("The memorandum signed in 2023 with the Labour Party government covers trade.") == [
        ("labour", "Labour"), ("economy", "trade")
    ]
    assert found("They signed a memorandum between the CPV and the CPRF.") == [
        ("party", "memorandum between the CPV and the CPRF")
    ]
    assert found("He hoped the memorandum signed last year between the CPV and the CPRF would be carried out.") == [
        ("party", "memorandum signed last year between the CPV and the CPRF")
    ]


# --- round 10, heldout8 ---


def test_a_party_that_only_describes_a_faction_is_no_party_relation():
    assert found("He hoped for closer ties between the LDPR faction and the city council.") == []
    # must not touch: the parties themselves
    assert found("He hoped for closer contacts between the CPRF and the CPV.") == [
        ("party", "contacts between the CPRF and the CPV")]
    assert found("He hoped for closer contacts with the CPRF.") == [("party", "contacts with the CPRF")]


# === rule: `_hyphen_participle` ================================================================
# --- round 24a ---


def test_round24a_a_party_joined_to_a_participle_only_describes_the_noun():
    # fixes: "CPC-led provinces" are provinces, no relation with the party
    assert ("party", "links between CPC") not in found(
        "He urged links between CPC-led provinces and Lao districts in farming.")
    # must not touch: the relation with the party itself
    assert found("He urged links between the CPC and the LPRP.") == [
        ("party", "links between the CPC and the LPRP")]


# === rule: `_one_party_and_other` ==============================================================
# --- round 11, heldout9 ---


def test_a_relation_between_one_party_and_someone_else():
    assert found("The Vietnamese side proposed closer collaboration between the CPRF and Vietnamese "
                 "localities.") == [("people", "localities")]
    # must not touch: two parties, a list of parties, a party pair and a clause after it
    assert found("He hailed cooperation between the two parties and the two countries.") == [
        ("party", "cooperation between the two parties")]
    assert found("He hailed relations between the CPV and the CPRF and the Communist Party of China.") == [
        ("party", "relations between the CPV and the CPRF and the Communist Party of China")]
    assert found("He hailed ties between the CPV and United Russia and said trade grew.") == [
        ("party", "ties between the CPV and United Russia"), ("economy", "trade")]


# --- round 23a, heldout35 ---


def test_probe10_relations_between_named_organs_of_two_parties_are_party():
    # fixes: a relation between two organs of parties, each named and owned ("the X Commission of
    # the CPV and the Y Department of the CPC"), or an organ and a party
    assert found("The seminar was part of exchanges between the Propaganda Commission of the CPV and "
                 "the Publicity Department of the CPC.") == [
        ("party", "exchanges between the Propaganda Commission of the CPV and the Publicity Department of the CPC")]
    assert found("They reviewed cooperation between the Commission for Organisation and Personnel of the "
                 "LPRP and the Organisation Commission of the CPV.") == [
        ("party", "cooperation between the Commission for Organisation and Personnel of the LPRP and the "
                  "Organisation Commission of the CPV")]
    # must not touch: an organ of a parliament, a party organ with a state body, two academies
    assert found("They discussed ties between the Foreign Affairs Committee of the National Assembly and "
                 "the State Duma.") == []
    assert found("They discussed cooperation between the Propaganda Commission of the CPV and the "
                 "Russian Embassy.") == []
    assert found("They discussed ties between the Vietnam Academy of Social Sciences and the Chinese "
                 "Academy of Social Sciences.") == []
    # an exchange programme is a relation like a cooperation programme; between two universities
    # it gives no party mention
    assert found("The seminar was part of the exchange programme between the CPV and the CPC.") == [
        ("party", "exchange programme between the CPV and the CPC")]
    # the lead's round 44: only a relation noun before "between" makes the universities a tie's partners
    assert found("The exchange programme between the two universities was renewed.") == []
    assert found("The exchanges between the two universities were renewed.") == [("education", "universities")]


# === rule: `_party_near` =======================================================================
# --- round 24d, heldout42 ---


def test_review23_a_meeting_on_doctrine_needs_a_party_near():
    # fixes: a scholars' seminar on communism with no party in the sentence or the one before
    assert found("The academy held a seminar on communism in Eastern Europe with historians.") == []
    # must not touch: a party named in the sentence before ("He proposed ...")
    assert found("Kuznetsov of the CPRF spoke. He proposed a joint round table on socialism.") == [
        ("party", "round table on socialism")]


# === rule: `_others_delegations` ===============================================================
# --- review of issue 13's sector rules ---


def test_a_delegation_exchange_is_party_only_with_a_real_party():
    # "Party" in a person's title, "parties" to a treaty: no party named
    assert found(
        "Party General Secretary Tô Lâm said the two countries should exchange delegations at all levels."
    ) == [("diplomacy", "exchange delegations")]
    assert found("The parties to the treaty agreed to exchange delegations of border guards.") == [
        ("diplomacy", "exchange delegations")
    ]
    # what the rule is for: a sentence that names a party ("the two Parties", an acronym)
    assert found("The two Parties praised the exchange of delegations at all levels.") == [
        ("party", "exchange of delegations")
    ]
    assert found("Within the CPRF's programme, the sides will exchange delegations.") == [
        ("party", "exchange delegations")
    ]


# --- round 13, heldout10, heldout12 ---


def test_review6_discipline_of_other_parties_and_delegations_of_others():
    assert found("Party discipline in the US Congress was tested by the vote.") == []
    assert found("The Republican party discipline held in the Senate vote.") == []
    assert found("The Hà Nội Party Committee hosted a reception. The two sides agreed to exchange delegations "
                 "of businesses.") == [("diplomacy", "exchange delegations"), ("economy", "businesses")]
    # still: a party's discipline, delegations after a party organ
    assert found("The meeting reviewed the tightening of Party discipline in the Hà Nội Party Committee.") == [
        ("party", "Party discipline")]
    assert found("The Hà Nội Party Committee hosted a reception. The two sides agreed to exchange "
                 "delegations.") == [("party", "exchange delegations")]


# --- round 19, heldout25, heldout26 ---


def test_round19_delegations_of_officials_in_a_party_sentence():
    assert found("The plan covers exchanges of delegations of officials working in ideology and propaganda, and "
                 "books on the history of the two parties.") == [("party", "exchanges of delegations")]
    # must not touch: delegations of officials with no party named
    assert found("The two countries will exchange delegations of officials and businesses.") == [
        ("diplomacy", "exchange delegations"), ("economy", "businesses")]


# === rule: `_delegations_kind` =================================================================
# --- probe 9 ---


def test_probe9_delegations_of_a_field_are_that_field():
    # the kind of the delegations exchanged names the field: youth (people), business (economy)
    assert found("The two cities agreed to exchange youth delegations.") == [
        ("people", "exchange youth delegations")]
    assert found("They increased exchanges of business delegations.") == [
        ("economy", "exchanges of business delegations")]
    # must not touch: delegations of no field, of parliaments, of parties
    assert found("The two sides agreed to exchange delegations.") == [("diplomacy", "exchange delegations")]
    assert found("The two sides will exchange parliamentary delegations.") == [
        ("diplomacy", "exchange parliamentary delegations")]
    assert found("The two sides will exchange party delegations.") == [("party", "exchange party delegations")]


# === rule: `_party_exchanges_back` =============================================================
# --- round 22b, heldout29 ---


def test_round22b_such_exchanges_after_a_party_sentence_are_the_partys():
    # round 22b: "such exchanges" right after a sentence that names a party are the party exchanges
    # just told of (_party_exchanges_back)
    assert found('"CPRF officials study at seminars in Hanoi," the deputy said. He hoped that such exchanges '
                 "would resume.") == [("party", "officials study at"), ("party", "such exchanges")]
    assert found("The CPV and the CPRF held talks. These exchanges matter.") == [("party", "These exchanges")]
    # must not touch: after a sentence of no party; exchanges with their own matter
    assert found("Students from Laos came to Hanoi. Such exchanges help.") == [("education", "Students")]
    assert found("The CPV and the CPRF held talks. Such exchanges of students are useful.") == [
        ("education", "students")]


# --- review 14 leftovers ---


def test_review15_such_exchanges_need_a_party_that_acts_before():
    # review 15: a party named only as a source or in a title is no exchange told of
    # (_party_exchanges_back, _parties_open)
    assert found("Vietnam exported rice to Russia, the CPV newspaper said. Such exchanges will grow.") == []
    assert found("General Secretary of the CPV To Lam met Putin. Such exchanges are welcome.") == []
    # must not touch: parties as the subject, a party mention in the sentence before
    assert found("The CPV and the CPRF held talks. These exchanges matter.") == [("party", "These exchanges")]
    assert found("The CPV delegation visited Moscow. These exchanges strengthen trust.") == [
        ("party", "These exchanges")]


# === rule: `_party_context` ====================================================================
# --- review of round 7 ---


def test_the_passive_of_training_needs_a_party_term_or_a_partys_officials():
    assert found("Many officials have been trained in customs procedures, the Liberal Party said.") == [
        ("education", "trained")
    ]
    assert found("Over 500 CPV officials have been trained in Russia.") == [("party", "officials have been trained")]
    assert found("He visited the Kaysone National Academy of Politics, where many Lao officials have been "
                 "trained.") == [("party", "officials have been trained")]


# === rule: `_with_a_party` =====================================================================
# --- review of round 8 ---


def test_only_listed_adjectives_stand_before_a_party_relation_without_article():
    assert found("The two parties strengthened capital cooperation.") == []
    assert found("The CPV and the CPRF have Arctic cooperation.") == []
    assert found("The two parties hold regular consultations.") == [("party", "two parties hold regular consultations")]


# --- round 16, heldout17, heldout18 ---


def test_party_clause_our_party_is_one_party():
    # "Our Party" alone names one party: no relation between parties by the rule party-clause
    assert found("Our Party values its cooperation and friendship above all, he said.") == []
    # must not touch: "our two parties"
    assert found("Our two parties have always maintained close cooperation.") == [
        ("party", "Our two parties have always maintained close cooperation")]


# === rule: `_plain_after_with` =================================================================
# --- review leftovers ---


#
# Each rule with the sentence that shows it and an ordinary sentence it must not touch.


def test_review_leftovers_sides_of_a_deal_are_no_party_slot():
    # the {party} slot of the older pattern rules ("party-relation")
    assert found("Both parties to the loan agreement confirmed the schedule.") == []
    assert found("The interested parties will sign a cooperation agreement next month.") == []
    assert found("The bank and its partner parties signed a cooperation deal on green credit.") == []
    assert found("They discussed cooperation with the interested parties.") == []
    assert found("Ties between the two parties to the loan agreement remain good.") == []
    assert found("Relations between the parties remain good.") == []  # no party named
    # must not touch: political parties by name, modifier, origin, capital, or after a named party
    assert rules("They praised relations between the two parties.") == [
        ("party", "relations between the two parties", "party-relation:{relation} between the {party}")]
    assert found("It would lift the cooperation between the two Parties to a new height.") == [
        ("party", "cooperation between the two Parties")]
    assert found("The CPV has kept strong ties with Russian parties across the spectrum.") == [
        ("party", "ties with Russian parties")]
    assert found("The CPV and the CPRF met. Relations between the parties remain good.") == [
        ("party", "Relations between the parties")]
    assert found("Asked about party ties, he smiled.") == [("party", "party ties")]
    assert found("The CPV and the CPRF maintain close ties.") == [("party", "CPV and the CPRF maintain close ties")]


# === rule: `_appraised_as` =====================================================================
# --- round 20, heldout28 ---


def test_round20_a_party_appraised_as_a_partner_is_a_label():
    # round 20: "United Russia regards the CPV as a reliable partner and an important channel": what
    # one party takes the other for (a label), no relation held
    assert found("Pchelintsev said United Russia regards the CPV as a reliable partner and an important channel.") == []
    # must not touch: the relation as the object appraised, a relation held
    assert found("The CPV and the CPRF regard their cooperation as a priority.") == [
        ("party", "CPV and the CPRF regard their cooperation")]
    assert found("The CPRF considers ties with the CPV as a priority.") == [("party", "ties with the CPV")]


# === rule: `_relation_of` ======================================================================
# --- agreed errors 9 ---


def test_agreed_errors9_a_relation_with_its_parties_keeps_the_field_after_it_apart():
    # heldout18 e258: "ties between the two parties in theoretical work": the ties and the work
    assert found("The CPRF leader called for closer ties between the two parties in theoretical work.") == [
        ("party", "ties between the two parties"), ("party", "theoretical work")]
    assert found("The CPV wants stronger cooperation with the LPRP in party building.") == [
        ("party", "cooperation with the LPRP"), ("party", "party building")]
    # must not touch: a relation whose parties come first keeps its matter ("exchanges of experience in")
    assert found("The two parties should intensify exchanges of experience in Party building.") == [
        ("party", "two parties should intensify exchanges of experience in Party building")]


# === rule: `_one_partys_aid` ===================================================================
# --- precision classes 7 ---


def test_prec7_one_partys_support_is_aid_not_a_relation():
    # one party's support or assistance, alone: aid given to a country, no relation between parties
    # (the set never annotates "the CPRF's consistent support": e126, e199, e306, e342)
    assert found("The envoy said Hà Nội remembers the LDPR's support for Laos during the war.") == []
    assert found("The minister said the CPV highly values the assistance of the CPRF.") == []
    # must not touch: support given to a party, support between two parties, aid in party work
    assert found("She praised United Russia's support for the CPV over the years.") == [
        ("party", "United Russia's support")]
    assert found("Support between the two parties keeps growing.") == [
        ("party", "Support between the two parties")]
    assert found("The CPV valued the CPC's support in training Lao cadres.") == [
        ("party", "training Lao cadres")]


# === rule: `_party_body_remit` =================================================================
# --- precision classes 7 ---


def test_prec7_a_partys_bodies_named_by_their_remit_are_actors():
    # a match between a party's possessive and a noun of its bodies (organ_word, party_institution)
    # names the party's organs: actors, no field
    assert found("He invited scholars of the two parties' research centres to the seminar.") == []
    assert found("Officials of the CPV's external relations bodies attended the meeting.") == []
    # must not touch: the same bodies of countries (a party's youth wing: no mention since lead's round 40b)
    # (the lead's round 44: research centres that act are the kind of body, no field; between them, a tie)
    assert found("Research centres of the two countries will cooperate.") == []
    assert found("Ties between the research centres of the two countries grew.") == [("science_technology", "research")]
    assert found("The CPRF's youth wing will send a delegation.") == []  # lead's round 40b: no youth exchange


# ==== round 27b (heldout54: party relations and high-level contacts) =============================

def test_r27b_information_exchanged_between_parties_is_a_party_relation():
    # fixes: information exchanged both ways, alone or with experience, between parties
    assert found("The two sides agreed to keep up the regular exchange of information and experience "
                 "between the two parties.") == [
        ("party", "exchange of information and experience between the two parties")]
    assert found("The LPRP and the CPV will step up information exchanges.") == [
        ("party", "LPRP and the CPV will step up information exchanges")]
    assert found("The two parties agreed to boost information sharing.") == [
        ("party", "two parties agreed to boost information sharing")]
    # must not touch: information exchanged by states or their agencies, or shared one way
    assert found("The border guards of the two countries will step up the exchange of information.") == []
    assert found("The two sides agreed to strengthen the exchange of information between their customs "
                 "agencies.") == []
    assert found("The CPV delegation shared information about Vietnam's situation with the CPRF.") == []


def test_r27b_a_party_and_a_partys_members_joined_by_and_are_two_sides():
    # fixes: a party and communists (class communists) joined by "and", then their relation
    assert found("Zyuganov said the KPRF and the Vietnamese communists would deepen their cooperation.") == [
        ("party", "KPRF and the Vietnamese communists would deepen their cooperation")]
    assert found("Russian communists and the CPV will deepen their cooperation.") == [
        ("party", "CPV will deepen their cooperation")]
    # must not touch: the members as the owner of one side's solidarity, or named apart from the party
    assert found("The ambassador thanked the CPRF for the message and said the Vietnamese side values the "
                 "solidarity of Russian communists.") == []
    assert found("The CPRF thanked the Vietnamese comrades for their warm welcome and hoped to expand "
                 "cooperation.") == []


def test_r27b_forums_of_any_kind_of_parties_are_party_relations():
    # fixes: multilateral forums of parties the party class does not name, not diplomacy
    assert found("He proposed that the two parties coordinate their positions at international forums of "
                 "left-wing parties.") == [("party", "international forums of left-wing parties")]
    assert found("The CPV joined a forum of Asian political parties.") == [
        ("party", "forum of Asian political parties")]
    # must not touch: forums of states
    assert found("The two countries will coordinate at international forums.") == [
        ("diplomacy", "international forums")]


# --- review 29 ---

def test_review29_delegations_exchanged_between_other_bodies_are_no_partys():
    # fixes: "exchanges of delegations between ministries" after a party's delegation (was party)
    assert found("Nguyen Van An received a CPRF delegation led by Ivan Petrov. The two sides agreed to boost "
                 "trade and exchanges of delegations between ministries.") == [
        ("economy", "trade"), ("diplomacy", "exchanges of delegations")]
    # must not touch: the exchanges of the two sides, or between the two parties
    assert found("Nguyen Van An received a CPRF delegation led by Ivan Petrov. The two sides agreed to step up "
                 "exchanges of delegations.") == [("party", "exchanges of delegations")]


# --- round 28a (heldout61) ---

def test_r28a_support_after_plural_parties_with_an_object_is_a_verb():
    # fixes: "the two parties support <object>" (was party "two parties support")
    assert ("party", "two parties support") not in found(
        "He suggested that the two parties support contacts between their youth wings.")
    assert found("The CPV and the CPRF support the initiative of the forum.") == []
    # must not touch: support with no object, the parties' support as a noun
    assert found("The two parties support each other in the struggle.") == [("party", "two parties support")]
    assert found("He praised the two parties' support for the event.") == [("party", "two parties' support")]


# --- round 28d (heldout15) ---

def test_r28d_an_event_on_the_doctrine_by_its_founders_work_is_party():
    # fixes: a meeting whose topic is Lenin's work, the parties' doctrine by another name
    assert found("The Russian party will invite Vietnamese scholars to a joint conference on Lenin's legacy.") == [
        ("party", "conference on Lenin's legacy")]
    assert found("The two parties plan a seminar on the ideas of Lenin in Hanoi.") == [
        ("party", "seminar on the ideas of Lenin")]
    # must not touch: the same event with no party near (check doctrine-without-party)
    # the lead's round 44: one named university after a capitalised word is a place, no field
    assert found("A conference on Lenin's legacy was held at a Moscow university.") == []


# --- review 30 ---


def test_review30_a_relation_word_before_a_verb_is_the_subject_no_verb():
    # fixes: "support" before "is"/"has" is a noun, the parties' relation (r28a's check dropped it)
    assert found("The two parties support is vital.") == [("party", "two parties support")]
    assert found("The two parties support has grown over the years.") == [("party", "two parties support")]
    # must not touch: "support" with an object is the parties' verb
    # (lead's round 40b: the youth wings are the parties' bodies, no youth exchange)
    assert found("The two parties support cooperation between their youth wings.") == []


# --- round 28h (heldout30) ---


def test_r28h_a_party_channel_used_to_act():
    # fixes: "make use of the Party channel to direct ministries": "to" opens a purpose, no one related to
    assert found("The two sides should make effective use of the Party channel to direct ministries.") == [
        ("party", "Party channel")]
    assert found("They agreed to use party channels to promote ties.") == [("party", "party channels")]
    # must not touch: a party's relation with people who are no party
    assert found("The CPV's relations to voters were strong.") == []
    assert found("He praised the use of the party's ties to the people.") == []


def test_r28h_a_relation_repeated_by_and_between():
    # fixes: "contacts between the youth ... and between <parties' bodies>": the relation again, with parties
    assert found("He supports contacts between the youth of the two countries and between regional branches of "
                 "United Russia and provincial Party Committees of Việt Nam.") == [
        ("people", "youth"),
        ("party", "between regional branches of United Russia and provincial Party Committees")]
    assert found("They backed ties between the youth of the two countries and between the CPV and the CPRF.") == [
        ("people", "youth"), ("party", "between the CPV and the CPRF")]
    # must not touch: a second "between" with no pair of parties, or no relation before
    assert found("Trade between the countries and between the CPV and firms grew.") == [("economy", "Trade")]
    assert found("He stood between the youth and between the CPV and the CPRF.") == [("people", "youth")]


# --- review 31 ---


def test_review31_a_universitys_school_of_politics_and_another_subject():
    # fixes: "school of politics and <subject>" is a university's faculty, no party school (r28h)
    assert [m for m in found("She teaches at the school of politics and economics of a Moscow university.")
            if m[0] == "party"] == []
    # must not touch: a province's school of politics, and the name with "administration"
    assert ("party", "school of politics") in found("The provincial school of politics hosted the guests.")
    assert found("They toured the school of politics and administration of the province.")[0][0] == "party"


# --- round 29b (heldout67) ---


def test_r29b_a_comma_list_of_relations_with_a_state_is_no_party_relation():
    # fixes: a party treasures a list of relations, closed by "and", "with" a country: the state's relation
    assert found("She said the Vietnamese Party always treasures the great friendship, special solidarity and "
                 "comprehensive cooperation with Laos.") == []
    assert found("He said the CPV always treasures the friendship, solidarity and cooperation with Russia.") == []
    # must not touch: the same list with a party after "with" or "between"
    assert found("He said the CPV always treasures the friendship, solidarity and cooperation with the CPRF.")[0] == (
        "party", "CPV always treasures the friendship")
    assert ("party", "CPV values the friendship") in found(
        "The CPV values the friendship, special solidarity and comprehensive cooperation between the two Parties.")


def test_r29b_parties_as_the_subject_of_high_level_exchanges():
    # fixes: "the two parties maintain high-level exchanges": the parties' relation (a party named before)
    assert found("Khánh thanked the CPC. He proposed that the two parties maintain high-level exchanges and "
                 "expand cooperation in cadre training.") == [
        ("party", "high-level exchanges"), ("party", "cadre training")]
    assert found("He met the CPC envoy. The CPV and the CPC will maintain high-level contacts.")[-1][0] == "party"
    # must not touch: the countries' exchanges, a party title, a party before a preposition
    assert found("He met the CPC envoy. He proposed that the two countries maintain high-level exchanges.") == [
        ("diplomacy", "high-level exchanges")]
    assert found("Party General Secretary Tô Lâm called for more high-level exchanges.") == [
        ("diplomacy", "high-level exchanges")]
    assert found("At the invitation of the CPV, the two ministries maintain high-level exchanges.") == [
        ("diplomacy", "high-level exchanges")]


# --- review 32 ---


def test_review32_a_partys_person_or_exchanges_of_states_are_no_party_subject():
    # fixes (r29b misfires): a person of the party holds the exchanges; the exchanges are the states'
    assert found("The CPV leader will promote high-level exchanges.") == [("diplomacy", "high-level exchanges")]
    assert found("The CPV will promote high-level exchanges with Russia.") == [("diplomacy", "high-level exchanges")]
    # must not touch: the parties themselves, with no partner or with each other
    assert found("The CPV and the CPC held talks. The sides said the two parties must further maintain "
                 "high-level exchanges.")[-1][0] == "party"
    assert found("The CPV and the CPC held talks. He proposed that both parties should regularly maintain "
                 "high-level exchanges with each other.")[-1][0] == "party"


# --- round 29i (heldout70) ---


def test_r29i_ties_with_a_partys_branch_are_a_party_relation():
    # fixes: "ties with the <place> branch of <party>", "St." with its dot one word of the place
    assert found("The committee values its ties with the St. Petersburg branch of United Russia.") == [
        ("party", "ties with the St. Petersburg branch of United Russia")]
    assert found("The province values cooperation with the Kazan branch of the CPRF.") == [
        ("party", "cooperation with the Kazan branch of the CPRF")]
    # must not touch: a branch of a bank or a firm
    assert found("The province values cooperation with the Kazan branch of Sberbank.") == []
    assert found("The bank opened ties with the Hanoi branch of Vietcombank.") == []


# --- round 30a (heldout77) ---


def test_r30a_ties_between_the_institutes_both_parties_keep_are_party_ties():
    # fixes: "between the two parties' research institutes": organs of both parties, as their commissions
    assert found("The leader backed cooperation between the two parties' research institutes.")[0][0] == "party"
    # must not touch: one party's centre and someone else; a wing of one party
    assert found("Cooperation between the CPRF's training centre and the city grew.") == []
    assert [s for s, _ in found("Ties between the CPRF's youth wing and the union grew.")] == []  # lead's round 40b


# --- round 30e (heldout80) ---


def test_round30e_a_party_noun_is_no_modifier_of_a_list():
    # fixes: the last word of a party's name before an appositive is no list member (would be a party
    # mention from "party ties")
    assert found("She met the chairman of the Just Russia party, Sergei Mironov, who wants closer ties.") == []
    # must not touch: "party" opening a list of channels, lower case or after the sentence's article
    assert found("Cooperation through party, government and people-to-people channels keeps growing.") == [
        ("party", "party"), ("people", "people-to-people")]
    assert found("The Party, State and people-to-people channels all matter, he said.") == [
        ("party", "Party"), ("people", "people-to-people")]


# --- round 30i (heldout90) ---


def test_party_relation_ending_in_a_term_of_another_field():
    # fixes: "the two parties promote political trust": trust between the states (diplomacy)
    assert found("He proposed that the two parties promote political trust.") == [("diplomacy", "political trust")]
    assert found("The CPV and the CPRF will strengthen strategic trust.") == [("diplomacy", "strategic trust")]
    # must not touch: a bare relation, and exchanges of delegations, stay the parties'
    assert found("He proposed that the two parties promote trust.") == [("party", "two parties promote trust")]
    assert [s for s, _ in found("The two parties should strengthen exchange of experience.")] == ["party"]
    assert [s for s, _ in found("The two parties agreed to exchange delegations regularly.")] == ["party"]


# --- round 31c (heldout95) ---


def test_r31c_party_units_are_the_party():
    # fixes: "Party organisations", "Party committees" after "Party" are the party itself, no body it describes
    assert found("The governor values cooperation with local Party organisations of the CPV.") == [
        ("party", "cooperation with local Party")]
    assert found("The region seeks ties with provincial Party committees of the LPRP.") == [
        ("party", "ties with provincial Party")]
    # must not touch: a party that only describes a faction or a government
    assert found("The city expanded ties with the LDPR faction in the regional duma.") == []
    assert "party" not in [s for s, _ in found("The minister signed a deal with the Labour Party government.")]


# --- round 31g (heldout86) ---


def test_r31g_the_schools_a_party_training_is_held_at_are_one_mention_with_it():
    # fixes: the parties' schools where the training of their officials is held
    assert found("The CPRF and the CPV will continue training young party officials at each other's "
                 "schools.") == [("party", "training young party officials")]
    assert found("The two parties will keep training cadres in their schools.") == [("party", "training cadres")]
    # must not touch: schools built, or schools after no party training
    assert ("education", "schools") in found("The parties agreed on training party officials and opening schools.")
    # the lead's round 44: the schools where teachers were trained are where, no field (the training stays)
    assert found("Teachers were trained at Russian schools.") == [("education", "trained")]


# --- round 31h (heldout74) ---


def test_r31h_two_politburos_are_party_organs():
    # fixes: a relation between the parties' top organs named alone in the plural
    assert found("Both leaders witnessed the signing of a cooperation programme between the two Politburos.") == [
        ("party", "cooperation programme between the two Politburos")]
    assert found("Relations between the two Central Committees have deepened.") == [
        ("party", "Relations between the two Central Committees")]
    # must not touch: one party's Politburo meeting at home
    assert found("The Politburo met on Monday to review the budget.") == []


def test_r31h_trust_between_parties_and_states_is_diplomacy():
    # fixes: political trust that the parties and the states share is the term of diplomacy
    assert found("They hailed the political trust between the two Parties and States.") == [
        ("diplomacy", "political trust")]
    assert found("Strategic trust between the two Parties and Governments keeps growing.") == [
        ("diplomacy", "Strategic trust")]
    # must not touch: trust or dialogue of the parties alone
    assert [s for s, _ in found("Political dialogue between the two parties has deepened.")] == ["party"]
    assert [s for s, _ in found("Political trust between the two ruling parties is high.")] == ["party"]


def test_r31h_delegations_of_leaders_are_the_parties_delegations():
    # fixes: "of leaders" gives the delegations' rank, not a group of their own, in a party sentence
    assert [s for s, _ in found("Under the plan, the CPV and the CPRF will hold talks, exchange delegations of "
                                "leaders and experts, and train cadres.")] == ["party", "party"]
    # must not touch: business leaders, or leaders of states with no party in the sentence
    assert "economy" in [s for s, _ in found("The CPV and the LDPR agreed to hold talks and exchange "
                                             "delegations of business leaders.")]
    assert found("The two countries agreed to exchange delegations of leaders and experts.") == [
        ("diplomacy", "exchange delegations")]


def test_r31h_exchange_of_officials_is_the_parties_in_a_party_sentence():
    # fixes: officials sent both ways, as delegations, are a party's exchange when a party is named
    assert [s for s, _ in found("The CPRF proposed more exchanges of young officials.")] == ["party"]
    assert [s for s, _ in found("He asked United Russia to support the exchange of officials.")] == ["party"]
    # must not touch: states' exchanges stay diplomacy, a field's officials stay that field
    assert found("The two governments will boost the exchange of officials.") == [
        ("diplomacy", "exchange of officials")]
    assert [s for s, _ in found("The two ministries agreed on exchanges of health officials.")] == ["health"]


# --- round 31j (heldout102) ---
def test_r31j_party_committee_in_a_secretarys_office_is_no_party_sentence():
    # fixes: "Party Committee" in the speaker's office names his post, not a party actor
    assert [s for s, _ in found("Secretary of the Hà Giang provincial Party Committee Lê Văn Hải said the two "
                                "provinces kept up exchanges of delegations.")] == ["diplomacy"]
    assert [s for s, _ in found("Deputy Secretary of the city Party Committee Trần Minh said the localities "
                                "would step up the exchange of delegations.")] == ["people", "diplomacy"]
    # must not touch: the Party Committees themselves as actors
    assert [s for s, _ in found("The Party Committees of the two provinces have maintained exchanges of "
                                "delegations.")] == ["party"]
    assert "party" in [s for s, _ in found("Secretary of the provincial Party Committee Lê Văn Hải said the two "
                                           "provincial Party Committees would exchange delegations.")]


# --- review 41 ---


def test_central_committees_of_a_mass_organisation_are_no_parties():
    """Review 41: "central committees" (r31h, class party_organ) followed by "of" and a body that is
    no party are a mass organisation's organs; alone or of the Parties they stay the parties'."""
    # fixes: the youth and women's unions have central committees too
    got = found("Cooperation between the two central committees of the women's unions grew.")
    assert "party" not in [s for s, _ in got]
    got = found("They signed a plan between the central committees of the student associations.")
    assert "party" not in [s for s, _ in got]
    # must not touch: the Central Committees alone, or of the two Parties / a named party
    assert found("Relations between the two Central Committees are strong.") == [
        ("party", "Relations between the two Central Committees")]
    assert [s for s, _ in found("Relations between the Central Committees of the two Parties are strong.")] == [
        "party"]


# --- review 42 ---


def test_along_party_lines_of_a_vote_is_no_party_relation():
    """Review 42: r31k's "along party lines" (TASS's party channel) names how a vote divides in
    domestic copy; with no relation or channel before it in its clause it is dropped."""
    # fixes: a vote or a split along party lines
    assert found("Vietnam and Russia agreed to expand trade. The bill passed largely along party lines.") == [
        ("economy", "trade")]
    assert "party" not in [s for s, _ in found("Lawmakers divided along party lines over the budget bill.")]
    # must not touch: the channel after other channels, or after a relation
    got = found("The two sides will develop contacts through parliamentary channels and along party lines.")
    assert ("party", "along party lines") in got
    assert ("party", "along party lines") in found("They agreed to widen contacts along party lines.")


# --- round 32e (heldout104) ---


def test_r32e_the_parties_institutes_are_the_two_parties():
    # fixes: "the parties'" (plural, after "the") before an institution both parties keep
    text = ("The CPV and the CPRF signed a plan for 2026-2030. It provides for cooperation between the parties' "
            "research institutes.")
    assert ("party", "cooperation between the parties") in found(text)
    # must not touch: one party's institutes ("the party's"), which may work with anybody
    text = ("The CPV and the CPRF signed a plan for 2026-2030. It provides for cooperation between the party's "
            "research institutes and universities.")
    assert [s for s, _ in found(text)] == ["education"]


def test_r32e_party_work_among_people_is_one_party_mention():
    # fixes: the people a party work reaches are no people-to-people field
    assert found("The two parties discussed party work among young people.") == [("party", "party work")]
    assert found("The CPV values mass mobilisation work among the youth.") == [("party", "mass mobilisation work")]
    # must not touch: exchanges among young people, no party work before them
    assert ("people", "young people") in found("The two parties agreed to boost exchanges among young people.")
    assert ("people", "young people") in found("They praised party work and exchanges among young people.")


# --- round 32j (heldout41) ---


def test_r32j_delegation_exchange_beside_party_work_after_a_party_is_party():
    # fixes: a delegation exchange in a sentence on party work, a party named just before
    text = ("The CPRF values the CPV's experience. The two sides will exchange delegations and hold seminars "
            "on party building.")
    assert ("party", "exchange delegations") in found(text)
    # must not touch: no party work in the sentence, or party work without the word "party"
    text = ("The CPRF values the CPV's experience. The two cities will exchange delegations and hold seminars "
            "on urban planning.")
    assert ("diplomacy", "exchange delegations") in found(text)
    text = "The ambassador thanked the CPRF. The embassy will support the exchange of delegations and the training of cadres."
    assert ("diplomacy", "exchange of delegations") in found(text)


def test_r32j_two_relation_nouns_of_one_party_tie_are_one_mention():
    # fixes: "the X and the Y with <party>" after a party's verb: one relation, one mention
    assert found("He said the LPRP cherishes the special solidarity and the comprehensive cooperation with the CPV.") == [
        ("party", "LPRP cherishes the special solidarity and the comprehensive cooperation with the CPV")]
    assert len(found("Hà said the CPV always treasures the traditional friendship and the comradeship with the CPRF.")) == 1
    # must not touch: two relations, each naming its party
    assert len(found("He said the LPRP cherishes the solidarity with the CPV and the cooperation with the CPRF.")) == 2


# --- review 46 ---


def test_review46_party_heads_owning_the_next_noun_are_no_meeting_of_party_heads():
    # fixes: the heads own the noun after them; the meetings are their assistants'
    assert found("The two provinces held meetings of their party secretaries' assistants.") == []
    # must not touch: the party heads themselves meeting
    assert found("The two provinces held meetings of their party secretaries in May.") == [
        ("party", "meetings of their party secretaries")]


# --- round 33b (heldout109) ---


def test_r33b_party_relation_about_a_list_ending_in_party_matter_is_one_mention():
    # fixes: the relation is about the list whose last member is the party matter, one mention
    assert found("The series is a channel for the two Parties to share experience in national governance and "
                 "Party building.") == [
        ("party", "two Parties to share experience in national governance and Party building")]
    # must not touch: a relation that names its parties; a member of another sector after "and"
    assert found("Ties between the two parties in national governance and Party building grew.") == [
        ("party", "Ties between the two parties"), ("party", "Party building")]
    assert found("The plan will help the two parties share experience in socio-economic governance and "
                 "support contacts.") == [("party", "two parties share experience"), ("economy", "economic")]


def test_probe34p4_holding_office_is_no_power():
    # probe 34p4: holding or taking office in more verb forms is no electricity
    assert found("The Vietnamese leader said the CPV had held power for nearly eight decades.") == []
    for text in ("the party rose to power in 1945", "a party that has held power since 1975",
                 "those who hold power for life"):
        assert found(text) == [], text
    # must not touch: power as electricity, beside the same verbs
    assert found("The two sides agreed to boost power supply.") == [("energy", "power")]
    assert found("Laos held power trade talks with Vietnam.") == [("energy", "power trade")]
    assert found("The plant has supplied power for two decades.") == [("energy", "power")]


# --- probe 35p7: party-to-party wordings in VNA, Nhân Dân and TASS copy ---


def test_probe35p7_a_relation_that_names_its_party_is_the_mention_not_the_subject_and_verb():
    # fixes: "{party} {word} ... {relation}" read the subject and its verb ("CPV treasures its friendship")
    # when "with" or "between" and a party follow the relation: the relation names its parties itself
    assert found("Nam said the CPV treasures its friendship with the CPRF.") == [
        ("party", "friendship with the CPRF")]
    assert found("Wang said the CPC is ready to work with the CPV to deepen exchanges between the two "
                 "Parties.") == [("party", "exchanges between the two Parties")]
    # must not touch: no party after the relation, or "with each other"
    assert found("The CPV and the CPRF maintain close ties with each other.") == [
        ("party", "CPV and the CPRF maintain close ties")]
    assert found("The CPV and the CPRF maintain close ties.") == [("party", "CPV and the CPRF maintain close ties")]


def test_probe35p7_a_partys_own_people_named_with_the_word_make_a_party_matter():
    # fixes: "exchanges of delegations" in a plan's list beside "the training of party activists", after a
    # sentence naming the parties (was diplomacy): r32j's party matter, a party's people named with "party"
    text = ("United Russia and the CPV will sign a new cooperation agreement. According to him, the document "
            "provides for regular exchanges of delegations, joint theoretical seminars and the training of "
            "party activists.")
    assert ("party", "exchanges of delegations") in found(text)
    # must not touch: people of no party ("civil servants") after states, no party named
    assert ("diplomacy", "exchanges of delegations") in found(
        "Russia and Vietnam will sign a new agreement. According to him, the document provides for regular "
        "exchanges of delegations and the training of civil servants.")


def test_probe35p7_a_party_to_a_treaty_is_no_subject_of_a_relation():
    # fixes: "Vietnam is a party to the Paris Agreement" (was a party mention "party to the Paris
    # Agreement"): "party" and "to" and a determiner is a side of a treaty (`_legal_to`), also for the
    # "{party} {word} ... {relation}" terms
    assert found("Vietnam is a party to the Paris Agreement on climate change, Deputy Minister Lê Công Thành "
                 "said.") == [("environment", "climate change")]
    # must not touch: parties that sign a relation
    assert found("The CPV and the CPRF signed a cooperation agreement.") == [
        ("party", "CPV and the CPRF signed a cooperation agreement")]


def test_probe35p6_the_parties_commissions_for_external_relations_are_one_organ():
    # probe 35p6: the organ with its field after "for" is one organ of the parties, so the relation
    # runs over it and "external relations" is no diplomacy (e891 quotes "... external relations agencies")
    assert found("promote exchanges between the two parties' commissions for external relations") == [
        ("party", "exchanges between the two parties' commissions for external relations")]
    # must not touch: external relations as a field, a department for them alone (r33a keeps it), and
    # the parties' commissions for another field
    assert found("The department for external relations will host the talks.") == [
        ("diplomacy", "external relations")]
    assert found("He stressed the importance of external relations for the country") == [
        ("diplomacy", "external relations")]
    assert found("exchanges between the two parties' commissions for inspection") == [
        ("party", "exchanges between the two parties' commissions")]


# --- the lead's round 37a (heldout113-134's eighteen, spent) ---


def test_lead37_party_delegations_by_their_visits_and_cadres_by_their_kind():
    # fixes: "step up visits by party delegations" (e1641), "continue sending United Russia delegations"
    # (e1503), "an exchange of young party cadres" (e1528)
    assert found("The guest proposed that the two parties step up visits by party delegations.") == [
        ("party", "visits by party delegations")]
    assert found("He wished to continue sending United Russia delegations to Việt Nam.") == [
        ("party", "sending United Russia delegations")]
    assert found("United Russia was keen to organise an exchange of young party cadres.") == [
        ("party", "exchange of young party cadres")]
    # must not touch: a state's delegations and cadres exchanged with no party named
    assert found("The two ministries agreed to send delegations to the fair.") == []
    assert found("The two provinces will exchange young officials.") == []


def test_lead37_party_contacts_and_political_forces():
    # fixes: "we want party contacts to help our businesses" (e1559), "its relations with all Russian
    # political forces represented in the State Duma" (e1423)
    assert ("party", "party contacts") in found("We want party contacts to help our businesses as well.")
    assert found("Hanoi attaches importance to its relations with all Russian political forces.") == [
        ("party", "relations with all Russian political forces")]
    # must not touch: "party" joined by a hyphen to the word before is no party, as a rule's slot or a
    # literal term; political forces that keep no relation
    assert found("The firm will rely on third-party contacts.") == []
    assert found("The deal covers third-party contractors and third-party contacts.") == []
    assert found("Various political forces in Thailand formed a coalition.") == []


# --- probe 37p1 (party relations beyond the usual wordings) ---


def test_probe37p1_party_officials_exchanged_and_on_study_tours():
    # fixes: the officials by the word "party", as its cadres; study tours of a party's own people
    assert found("Hải said exchanges of party officials between the two localities have become regular.") == [
        ("party", "exchanges of party officials")]
    assert found("He called for more exchanges of young party officials.") == [
        ("party", "exchanges of young party officials")]
    assert found("Guangxi would organise study tours for party officials of Quảng Ninh.") == [
        ("party", "study tours for party officials")]
    # must not touch: a state's officials exchanged (diplomacy) or on study tours (no field)
    assert found("The two countries agreed to expand exchanges of young officials.") == [
        ("diplomacy", "exchanges of young officials")]
    assert found("The ministry organised study tours for officials of the customs department.") == []


def test_probe37p1_party_inspection_not_third_party():
    # fixes: a party's inspection of its own members, as its discipline
    assert found("The LPRP wants to learn from the CPV's experience in Party inspection.") == [
        ("party", "Party inspection")]
    # must not touch: "party" joined by a hyphen to the word before (check "hyphened-party-head")
    assert found("The contractor will pay for a third-party inspection of the new warehouse.") == []
    assert found("Third-party school operators bid for the contract.") == []


# --- the lead's round 37d (heldout113-134's eighteen, spent) ---


def test_lead37_party_building_and_cadre_work_in_other_words():
    # fixes: "build a strong and clean party" (e1414), "keeping the Party clean and strong" (e1557), "the
    # inspection of Party members" (e1564), "cadre assessment and planning" (e1432)
    assert found("The CPRF wants to learn how to build a strong and clean party.") == [
        ("party", "build a strong and clean party")]
    assert found("He praised the CPV's experience in keeping the Party clean and strong.") == [
        ("party", "keeping the Party clean and strong")]
    assert found("They shared experience in the inspection of Party members.") == [
        ("party", "inspection of Party members")]
    assert ("party", "cadre assessment") in found("They shared experience in cadre assessment and planning.")
    # must not touch: a party kept in no quality of the standing phrase, and an inspection of others
    assert found("They will keep the party going until midnight.") == []
    assert found("The inspection of factories found no faults.") == []


def test_lead39_a_relation_between_a_party_and_communists_named_by_their_members():
    # fixes: "the ties between United Russia and the Vietnamese communists" (was: one party and another word)
    assert found("Putin highlighted the ties between United Russia and the Vietnamese communists.") == [
        ("party", "ties between United Russia and the Vietnamese communists")]
    # must not touch: a country and the communists (no party named)
    assert found("He praised relations between Russia and the Vietnamese communists.") == []


def test_lead40_a_partys_clause_on_the_ties_between_places_is_theirs():
    # fixes: "{party} ... {relation}" whose relation "between" gives to places (was a party mention)
    assert found("He affirmed that the provincial Party Committee always treasures the ties between the two "
                 "localities.") == [("people", "localities")]
    # must not touch: the ties between the parties, the ties with a party
    assert found("He affirmed that the provincial Party Committee always treasures the ties between the two "
                 "parties.") == [("party", "ties between the two parties")]
    assert found("The CPV treasures its ties with United Russia.") == [("party", "ties with United Russia")]


def test_lead40_a_party_schools_name_inside_a_title_is_no_mention():
    # fixes: the academy's name inside a person's title (was a party mention)
    assert found("Politburo member and Director of the Hồ Chí Minh National Academy of Politics Nguyễn Đình Khải "
                 "held talks.") == []
    assert found("Thang, vice president of the Ho Chi Minh National Academy of Politics, said the ties are good.") == []
    # must not touch: the academy as a partner of cooperation
    assert found("He suggested that it cooperate with the Hồ Chí Minh National Academy of Politics.") == [
        ("party", "Hồ Chí Minh National Academy of Politics")]


# --- review 56 (misfires of the lead's round 40a-40g) ---


def test_review56_a_plural_title_word_is_the_schools_people_no_title():
    # fixes: a title word in the plural before a party school's name (was no mention by round 40f)
    assert found("Representatives of the Hồ Chí Minh National Academy of Politics attended the forum.") == [
        ("party", "Hồ Chí Minh National Academy of Politics")]
    assert found("Members of the Hồ Chí Minh National Academy of Politics delegation visited Moscow.") == [
        ("party", "Hồ Chí Minh National Academy of Politics")]
    # must not touch: one person's title
    assert found("Director of the Hồ Chí Minh National Academy of Politics Nguyễn Xuân Thắng met the delegation.") == []
    assert found("The president of the Hồ Chí Minh National Academy of Politics said cooperation would grow.") == []
