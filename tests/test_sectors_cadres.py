"""Tests of :mod:`framing.sectors.cadres`: party work, cadres, party courses and party schools.

Each test sits in the file of the module whose rule decides its assertion. The tests are ordered by
rule, in the order the module defines them (a ``# === rule:`` line names the function; "other rules"
where none stands out), and a ``# ---`` comment names the round or probe that added each group.
End-to-end tests over the two study reports are in ``tests/test_sectors.py``; shared helpers in
``tests/sectors_helpers.py``, fixtures in ``tests/conftest.py``.
"""

from __future__ import annotations

import pytest
from sectors_helpers import found, rules

# === rule: `_joined_modifiers` =================================================================
# --- round 9, heldout7 ---


def test_modifiers_joined_by_and_stay_inside_the_cadres_trained():
    # heldout7 e125 "training of mid-level and young cadres", e135 "train young and mid-career cadres"
    assert found("They agreed on the training of mid-level and young cadres.") == [
        ("party", "training of mid-level and young cadres")]
    assert found("The CPC will train young and mid-career cadres.") == [("party", "train young and mid-career cadres")]
    # must not touch: a plural noun before "and" is a group of its own; a preposition still ends the object
    assert found("They will train doctors and party officials.")[0] == ("education", "train")
    assert found("They will train nurses and young officials.") == [("education", "train")]
    assert found("They will train young people in Hà Nội and local officials.") == [("education", "train"), ("people", "young people")]


# --- review of round 9 ---


def test_only_modifiers_join_the_cadres_trained():
    # must not touch: a word before "and" that is no modifier names a group of its own
    for text, verb in [
        ("The programme will train children and young officials.", "train"),
        ("They train police and party officials.", "train"),
        ("The academy will train women and young cadres.", "train"),
        ("The centre trains staff and local officials.", "trains"),
        ("They will train staff and party members.", "train"),
        ("We will train him and other party officials.", "train"),
    ]:
        assert found(text) == [("education", verb)], text
    # a hyphenated modifier or one of the class cadre_modifier still joins (round 9)
    assert found("They agreed on the training of mid-level and young cadres.") == [
        ("party", "training of mid-level and young cadres")]
    assert found("The CPC will train young and senior cadres.") == [("party", "train young and senior cadres")]


# --- round 11, heldout9 ---


def test_building_a_party_s_cadres():
    assert found("The two commissions shared experience in the building of strategic-level cadres.") == [
        ("party", "building of strategic-level cadres")]
    assert found("Laos wishes to learn from Việt Nam in building a team of young and female cadres.") == [
        ("party", "building a team of young and female cadres")]
    # must not touch: things built for cadres or officials, a list that goes on
    assert found("The province is building new homes for cadres.") == []
    assert found("The company built a canteen for officials.") == []
    assert found("They are building roads, schools and cadres' housing.") == [
        ("transport", "roads"), ("education", "schools")]


# --- round 13, heldout10, heldout12 ---


def test_review6_cadres_of_no_party():
    # bare "cadres" built with a purpose or an owner of their own, or with no party near
    assert found("The province is building a team of cadres to run the new hospital.") == [("health", "hospital")]
    assert found("They pledged to build a contingent of cadres of the health sector.") == [("health", "health")]
    assert found("The union is building a team of cadres for the trade unions.") == [("people", "trade unions")]
    assert found("The army builds cadres with good qualities.") == []
    assert found("The two sides agreed to exchange groups of cadres of the two ministries.") == []
    # still: a party near, a party's own people
    assert found("The Party stressed building a contingent of young and female cadres.") == [
        ("party", "building a contingent of young and female cadres")]
    assert found("The CPV builds cadres.") == [("party", "builds cadres")]
    assert found("Both sides agreed to exchange groups of cadres of the CPV and the CPRF.") == [
        ("party", "exchange groups of cadres")]


# --- review 13 leftovers ---


def test_review13_a_party_school_training_party_workers_is_party_work():
    # rev12 item 6: "party workers" are a party's people by the word itself (class cadre), and a
    # figure with a comma stands inside the object of the verb of training
    text = "The United Russia delegation toured the Higher Party School. The school trains 3,000 party workers a year."
    assert found(text) == [("party", "trains 3,000 party workers")]
    assert found("The school trains some 3,000 regional and municipal party workers each year.") == [
        ("party", "trains some 3,000 regional and municipal party workers")]
    # must not touch: workers of no party
    assert found("The firm trains 3,000 workers a year.") == [("education", "trains"), ("labour", "workers")]


# === rule: `_second_verb` ======================================================================
# --- review of issue 13's sector rules ---


def test_the_passive_of_training_needs_a_party_s_own_people():
    assert found("Customs officials were trained in the new inspection system.") == [("education", "trained")]
    assert found("Some 120 Vietnamese cadres were trained in Moscow.") == [("party", "cadres were trained")]


# --- round 17, party-heavy copy, heldout21 ---


def test_round17_two_verbs_of_cadre_work_joined_by_and():
    # "training and fostering" both take the cadres: one party mention, no education "training"
    assert found("They will share experience in training and fostering young cadres.") == [
        ("party", "training and fostering young cadres")]
    # must not touch: a second verb with no cadres after it, or "and" before a noun
    assert found("The club is fostering young talent.") == []
    assert found("The centre offers training and fostering of talent.") == [("education", "training")]
    # round 25a: "retrain" is an education verb too, so the two verbs are one education mention
    assert found("They will train and retrain nurses.") == [("education", "train and retrain")]


# === rule: `_trainer_party` ====================================================================
# --- recall on new copy ---


def test_recall_on_new_copy_training_at_a_party_school():
    assert rules("The CPRF will send regional secretaries for training at the Ho Chi Minh National Academy of "
                 "Politics.") == [("party", "training at the Ho Chi Minh National Academy of Politics",
                                   "term:training at the {party_school}")]
    # must not touch: the school named alone, training at another school
    assert found("He gave a lecture at the Ho Chi Minh National Academy of Politics.") == [
        ("party", "Ho Chi Minh National Academy of Politics")]
    assert found("Students received training at the Higher School of Economics.") == [
        ("education", "Students"), ("education", "training")]


# --- round 19, heldout25, heldout26 ---


def test_round19_retraining_is_a_verb_of_cadre_training():
    assert found("The CPV will help the CPRF in the training and retraining of young politicians.") == [
        ("party", "training and retraining of young politicians")]
    # must not touch: retraining with no party
    assert found("The firm offers retraining for workers who lost their jobs.") == [("labour", "workers")]


# --- round 23a, heldout35 ---


def test_probe10_party_work_of_grassroots_organisations_and_training_of_their_staff():
    # fixes: the level of the organisations inside the phrase, and "training of" a party's staff
    assert found("They exchanged experience in building grassroots party organisations.") == [
        ("party", "building grassroots party organisations")]
    assert found("The plan covers training of inspectors of the two parties.") == [
        ("party", "training of inspectors of the two parties")]
    assert found("They exchanged views on party governance in the digital era.") == [("party", "party governance")]
    # must not touch: the staff of two countries is schooling, governance of firms is no party's
    assert found("The plan covers training of inspectors of the two countries.") == [("education", "training")]
    assert found("They discussed corporate governance in state firms.") == []


# === rule: `_at_party_school` ==================================================================
# --- round 33c (heldout110) ---


def test_r33c_training_a_partys_people_at_a_party_school_is_party_work():
    assert rules("He proposed that the two sides cooperate in training Lao inspectors at the Ho Chi Minh National "
                 "Academy of Politics.") == [
        ("party", "training Lao inspectors", "party-work:{cadre_training} ... {party_trainee}"),
        ("party", "Ho Chi Minh National Academy of Politics", "term:Ho Chi Minh National Academy of Politics")]
    # must not touch: the same training at a ministry, no party named
    assert found("He proposed that the two sides cooperate in training Lao inspectors at the Ministry of "
                 "Finance.") == [("education", "training")]


# === rule: `_state_servants` ===================================================================
# --- round 24a ---


def test_round24a_state_servants_and_party_organs_officers_are_cadres():
    # fixes: leaders of a state's service trained, a party's officers trained, officials received
    # for training where the text gave a party school a short name
    assert found("The deal is a model for training leaders of the Lao civil service.") == [
        ("party", "training leaders")]
    assert found("The CPV helped the LPRP train some 300 propaganda officers.") == [
        ("party", "train some 300 propaganda officers")]
    text = ("The National Academy of Politics (NAP) welcomed guests. The rector praised the NAP's role "
            "and said his school would receive more Lao officials for training in budgeting.")
    assert ("party", "officials for training") in found(text)
    assert found("The academy will train more public servants for Laos.") == [
        ("party", "train more public servants")]
    assert found("The CPV helped the LPRP train 150 inspectors.") == [("party", "train 150 inspectors")]
    # must not touch: leaders of a firm or a sector, officers with no party near, a state school
    assert found("The agency trains food inspectors.") == [("education", "trains")]
    assert found("The civil servants went on strike.") == []
    assert ("party", "trains leaders") not in found("The school trains leaders of the service sector.")
    assert found("The firm will train 300 officers next year.") == [("education", "train")]
    text = ("Kazan University (KU) welcomed guests. The rector praised the KU's role and said it "
            "would receive more Lao officials for training in budgeting.")
    assert ("party", "officials for training") not in found(text)


# === rule: `_owned_elsewhere` ==================================================================
# --- round 17, party-heavy copy, heldout21 ---


def test_round17_a_party_training_its_own_leaders():
    # a party right before a verb of training its leaders: cadre training, no education "trains"
    assert found("The CPRF wishes to study how the Vietnamese party trains its leaders.") == [
        ("party", "trains its leaders")]
    assert found("The academy, the CPV's centre for training leaders and managers, has grown.") == [
        ("party", "training leaders")]
    # must not touch: leaders of anyone else, or a party named in the sentence before
    assert found("The forum trains business leaders.") == [("education", "trains"), ("economy", "business")]
    assert found("The company trains its leaders abroad.") == [("education", "trains")]
    assert found("The CPRF and the CPV met. The school trains leaders of firms.") == [
        ("education", "school trains")]
    # ... nor leaders or members "of" a body of no party, even with a party in the sentence
    assert found("The CPV delegation visited a school that trains leaders of firms.") == [
        ("education", "school"), ("education", "trains")]
    assert found("United Russia will help train members of the national football team.") == [
        ("education", "train"), ("tourism_sports", "football")]


# === rule: `_plain_object` =====================================================================
# --- review of round 7 ---


def test_a_school_for_cadres_is_a_party_school_only_with_party():
    assert found("The school for cadres of the health sector trains nurses.") == [
        ("education", "school"), ("health", "health"), ("education", "trains")
    ]
    assert found("The academy, the main school for Party cadres, signed a deal.") == [
        ("party", "school for Party cadres")
    ]


# --- round 15, heldout16 ---


def test_seminars_on_theory_need_a_party_and_cadre_exchanges_no_verb():
    # round 14 "seminars on theory" and round 13 "cadre exchanges" still hold where made for
    assert found("The two parties regularly hold seminars on theory and practice.") == [
        ("party", "seminars on theory")]
    assert found("The cadre exchanges between the two parties grew.") == [("party", "cadre exchanges")]
    # must not touch: seminars of no party, "exchanges" as a verb with what is exchanged
    assert found("Seminars on theory and practice of law were held.") == []
    assert found("The academy held seminars on theory of music.") == [("culture", "music")]
    assert found("The cadre exchanges views with farmers every week.") == []
    assert found("The cadre exchanges opinions with farmers.") == []


# === rule: `_work_opens` =======================================================================
# --- round 13, heldout10, heldout12 ---


def test_a_partys_own_work_is_no_party_work():
    # round 13: "the party's work with veterans" is what one party does at home
    assert found("They learned about the party's work with veterans.") == []
    # must not touch: party work as a field, a party's workers, the youth in the same phrase
    assert found("The course covered party work and public administration.") == [("party", "party work")]
    # review 14 leftovers: a party's workers are its officials (cadres), no labour either
    assert found("The party's workers met the mayor.") == []
    # probe 20: the party's own work "with youth" is its constituency (fields._own_work_with, as the
    # set's "domestic party work"); a field in the same phrase still stays
    assert found("They spoke about the Party's work on youth exchanges.") == [("people", "youth exchanges")]


# --- round 24a ---


def test_round24a_courses_in_a_language_and_words_of_other_fields():
    # fixes: courses by the language taught; dioxin clean-up; planting trees; treating people harmed
    assert found("The club will run classes in Russian for children.") == [("education", "classes in Russian")]
    assert found("They will clean up dioxin near the airbase.") == [("environment", "clean up dioxin")]
    assert found("Villagers planted trees along the river.") == [("environment", "planted trees")]
    assert found("Doctors are treating children affected by the floods.") == [
        ("health", "treating children affected by")]
    # must not touch: a family tree, people treated as equals, waste beside corruption
    assert found("She drew her family tree.") == []
    assert found("The guests were treated as friends.") == []
    assert found("They vowed to fight corruption and waste in public spending.") == []
    assert found("They discussed plastic waste.") == [("environment", "plastic waste")]


def test_round24a_a_trade_unions_fields_are_labour():
    # fixes: occupational safety and the protection of workers are labour
    assert found("They will share experience in occupational safety.") == [("labour", "occupational safety")]
    # must not touch: food safety is health
    assert found("They will share experience in food safety.") == [("health", "food safety")]


# --- round 24e, heldout45 ---


def test_round24e_twinning_pacts_and_twin_ties():
    assert found("The two towns signed an agreement on twinning last year.") == [("people", "agreement on twinning")]
    assert found("Perm and Hue set up twin relations in 2015.") == [("people", "twin relations")]
    # must not touch: bare twin and twinning
    assert found("The twin towers were lit up in blue.") == []
    assert found("The twinning of the two wards was approved.") == []


# === rule: `_work_adjective` ===================================================================
# --- round 7 ---


def test_an_event_on_a_party_topic():
    assert found("They agreed to hold a joint seminar next year on the role of the ruling party.") == [
        ("party", "seminar next year on the role of the ruling party")
    ]
    # must not touch: an event on another sector's matter that party officials attend
    assert found("They held a seminar on investment for party officials.") == [("economy", "investment")]


# --- round 8, heldout6 ---


def test_cadre_training_of_party_personnel_and_party_members():
    assert found("They signed a memorandum on training party personnel.") == [("party", "training party personnel")]
    # parties that sign a memorandum keep a relation, and the party matter it is about joins it:
    # one mention (review of round 8: only a party's own memorandum is none)
    assert found("He hoped the two parties would soon sign a new memorandum on training party personnel.") == [
        ("party", "two parties would soon sign a new memorandum on training party personnel")
    ]
    # (lead's round 40g: "political training" is a party term, so the span opens on it, as e115 quotes it)
    assert found("He proposed political training courses for young party members.") == [
        ("party", "political training courses for young party members")
    ]
    # must not touch: personnel of another service
    assert found("They will train medical personnel.") == [("education", "train"), ("health", "medical")]


# --- review of round 7 ---


def test_an_event_on_a_party_needs_a_real_party():
    # a lower-case "party" with no party word before it is a party to a contract or a working group
    assert found("They held a seminar on third party liability insurance.") == []
    assert found("A workshop on third party vendors opened.") == []
    assert found("The conference on the working party report ended.") == []
    assert found("A seminar on third party logistics opened.") == [("transport", "logistics")]
    # the one rule left (sectors.yml holds no "{party_event} on the {party}" term): a party by name,
    # and the example the rule was made for
    assert found("They held a seminar on the CPV.") == [("party", "seminar on the CPV")]
    assert found("They will hold a round table next month on the history of the ruling party.") == [
        ("party", "round table next month on the history of the ruling party")
    ]


# --- round 11, heldout9 ---


def test_an_event_every_few_years_on_a_party_term():
    # ("the two schools" point back to actors: no education mention since round 17)
    # (r30g: "scientific" is the meeting's kind and opens the one party mention)
    assert found("The two schools will hold a scientific conference every two years on Party building.") == [
        ("party", "scientific conference every two years on Party building")]
    # must not touch: events on other topics, party politics inside a country
    assert found("They held a seminar on trade every two years.") == [("economy", "trade")]
    assert found("They held a conference every year on party politics in Europe.") == [("diplomacy", "politics")]
    assert found("The forum every two years on energy ended.") == [("energy", "energy")]


# === rule: `_pair_of_heads` ====================================================================
# --- round 23a, heldout35 ---


def test_review17b_the_two_leaders_after_cadre_work_are_the_sides_heads():
    # review 17b: "the assessment of the two leaders" is their view, no personnel work
    assert found("The CPV welcomed the assessment of the two leaders on bilateral ties.") == []
    # must not touch: leaders worked on
    assert found("The CPV shared experience in the assessment and planning of leaders.") == [
        ("party", "CPV shared experience in the assessment and planning of leaders")]


# === rule: `_training_at_party_school` =========================================================
# --- probe 21 ---


def test_probe21_party_schools_paired_and_trained_at():
    # fixes: two party schools named in full; training people go to a party school for
    assert found("Both sides agreed to extend the cooperation plan between the Ho Chi Minh academy and the Kaysone "
                 "Phomvihane National Academy of Politics.") == [
        ("party", "cooperation plan between the Ho Chi Minh academy and the Kaysone Phomvihane National Academy of Politics")]
    assert found("He proposed that the CPRF send more officials to the Higher Party School of Vietnam for short-term "
                 "training.") == [("party", "training")]
    # must not touch: two universities, training at another school, a school asked for something
    assert found("They signed a cooperation plan between the Hanoi University of Science and the Moscow Power "
                 "Engineering Institute.") == []
    assert found("The firm will send engineers to the Moscow Power Engineering Institute for training.") == [
        ("education", "training")]
    assert found("The academy asked the Higher Party School for training materials.") == [("education", "training")]


# === rule: `_sent_to_course` ===================================================================
# --- agreed errors 9 ---


def test_agreed_errors9_cadres_sent_for_a_course_are_party_work():
    # heldout13 e200, heldout17 e247, heldout22 e305, heldout26 e364, heldout28 e387
    assert found("The rector offered to receive a group of Cuban propaganda officials for a three-week "
                 "course at the party school.")[0] == ("party", "officials for a three-week course")
    assert found('"We are ready to send our young party members to study in Vietnam," the CPRF secretary '
                 "said.") == [("party", "party members to study")]
    assert found("The LPRP thanked the CPV for hosting hundreds of Lao officials for training every year.") == [
        ("party", "officials for training")]
    assert found("The CPRF will send young party functionaries to Hanoi for a course next year.") == [
        ("party", "functionaries to Hanoi for a course")]
    assert found("The CPRF branch will send its officials on short-term training courses in Việt Nam.") == [
        ("party", "officials on short-term training courses")]
    assert found("The CPRF branch will send officials to study at the provincial political school.") == [
        ("party", "officials to study at the provincial political school")]
    # must not touch: no party in the sentence; "to study" a proposal is to examine it
    assert found("The ministry sent its customs officials for a two-week course on inspection.") == []
    assert found("The CPRF delegation asked the officials to study the proposal.") == []


# --- round 23a, heldout35 ---


def test_review17b_courses_of_a_path_or_research_and_a_select_group():
    # review 17b: "the course of" is a path and "a study of/on/into" research, no schooling of cadres
    assert found("The CPV sent officials for a study of land reform in Laos.") == []
    assert found("The CPV delegation met officials on the course of renewal.") == []
    # must not touch: a course or study that is schooling
    assert found("The CPV sent officials for a two-week course on Marxism.") == [
        ("party", "officials for a two-week course")]
    assert found("The CPV sent officials for study in Moscow.") == [("party", "officials for study")]
    # review 17b: "select" after "a" is an adjective ("a chosen few"), not the selecting of cadres
    assert found("The CPV invited a select group of party members to the ceremony.") == []
    # must not touch: the nouns of the work after "a"/"an", and the verb
    assert found("The CPV shared experience in an assessment of party members.") == [
        ("party", "CPV shared experience in an assessment of party members")]
    assert found("The CPV shared experience in selecting party members.") == [
        ("party", "CPV shared experience in selecting party members")]


def test_review17b_a_study_of_some_months_is_a_course():
    # review 17b: "of" and a length is the course's own ("a study of six months"), unlike "a study of land reform"
    assert found("The CPV sent officials for a study of six months.") == [("party", "officials for a study")]
    assert found("The CPV sent officials for a study of land reform in Laos.") == []


# === rule: `_party_work` =======================================================================
# --- the rules of issue 13 ---


def test_verb_forms():
    assert found("to train Lao cadres") == [("party", "train Lao cadres")]
    assert found("training Vietnamese cadres") == [("party", "training Vietnamese cadres")]
    assert found("to train specialists") == [("education", "train")]
    assert found("firms invest in Laos") == [("economy", "invest")]
    assert found("to educate engineers") == [("education", "educate")]
    # a train is no training
    assert found("new high-speed trains") == [("transport", "high-speed trains")]


# --- round 7 ---


def test_the_passive_of_training_officials_at_a_school_of_politics():
    assert found("He visited the Kaysone National Academy of Politics, where many Lao officials have been "
                 "trained.") == [("party", "officials have been trained")]
    # must not touch: officials trained with no party and no party school in the sentence
    assert found("Many customs officials have been trained in Hà Nội.") == [("education", "trained")]


def test_training_more_than_a_number_of_officials():
    assert found("The academy co-trained more than 300 mid-ranking officials.") == [
        ("party", "co-trained more than 300 mid-ranking officials")
    ]
    # must not touch: "than" that opens a comparison clause
    # (r27d: the teachers trained are one mention with the training, check `trained-people`)
    assert found("They trained more teachers than officials.") == [("education", "trained")]


# --- round 17, heldout19, heldout20 ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # training a party's leaders, press people or its officials shared with the state is cadre training
        ("The two sides will open a joint training course for young party leaders.",
         [("party", "training course for young party leaders")]),
        ("He suggested that the two journals organise training for young party journalists.",
         [("party", "training for young party journalists")]),
        ("They are interested in the training of party and state personnel.",
         [("party", "training of party and state personnel")]),
        # training at a party's school
        ("Twenty officials received training at the provincial party school.",
         [("party", "training at the provincial party school")]),
        ("Nurses received training at the city hospital.", [("education", "training")]),  # cls10: a place
        # leaders, members, activists trained count in a sentence that names a party
        ("Her colleagues asked how the CPV trains young leaders at the grassroots level.",
         [("party", "trains young leaders")]),
        ("The CPRF also wants to train more of its young members at the academy.",
         [("party", "train more of its young members")]),
        # must not touch: no training, or no party's people
        ("He met party leaders in Moscow.", []),
        ("The firm trains young leaders every year.", [("education", "trains")]),
        ("The party leaders discussed the training of doctors.", [("education", "training")]),
        ("The journalists received training in video editing.", [("education", "training")]),
        ("They discussed the training of state personnel.", [("education", "training")]),
    ],
)
def test_round17_training_a_partys_people(text, expected):
    assert found(text) == expected


# --- round 20, heldout28 ---


def test_round20_refresher_courses_for_cadres_are_party_work():
    # round 20: "refresher courses for" reaches the cadres, as "training courses for" (class
    # cadre_training)
    assert found("He proposed that the two parties expand refresher courses for Vietnamese cadres.") == [
        ("party", "refresher courses for Vietnamese cadres")]
    # must not touch: refresher courses for pupils (lead's round 40c: teachers alone are an occupation)
    assert found("Pupils attended refresher courses in Hà Nội.") == [
        ("education", "Pupils"), ("education", "refresher courses")]


# --- round 22b, heldout29 ---


def test_round22b_a_partys_officials_who_study_somewhere_are_trained():
    # round 22b: "CPRF officials study at seminars in Hanoi": a party's officials who study, as
    # those trained ("{cadre} study at", _party_work)
    assert found("Our delegations attend events, and CPRF officials study at seminars in Hanoi.") == [
        ("party", "officials study at")]
    assert found("500 CPV officials studied in Moscow.") == [("party", "officials studied in")]
    # must not touch: officials of no party, studying a matter, a term from the verb on
    assert found("Customs officials study at seminars in Hanoi.") == []
    assert found("The CPV officials study the proposal in detail.") == []
    assert found("Lao party officials study at the Ho Chi Minh National Academy of Politics.") == [
        ("party", "study at the Ho Chi Minh National Academy of Politics")]


# --- agreed errors 9 ---


def test_agreed_errors9_personnel_work_on_a_partys_people():
    # heldout26 e364, heldout28 e387: managing Party members; assessing, planning and rotating leaders
    assert found("The two commissions will share experience in managing Party members and in the assessment "
                 "and planning of leaders, the CPV official said.") == [
        ("party", "managing Party members"), ("party", "assessment and planning of leaders")]
    assert found("The CPRF wants to learn about assessing and rotating leaders.") == [
        ("party", "assessing and rotating leaders")]
    # must not touch: leaders with no party in the sentence, bare officials of a trade
    assert found("The ministry is assessing and rotating leaders of state firms.") == []
    assert found("The CPV briefed the guests on the assessment and rotation of its leaders.") == []
    assert found("The delegation met city planning officials in Hanoi.") == []


def test_round23b_a_relation_between_a_body_and_a_party_school():
    # "between the X and the <party school>": a pair, each with "the", the second a party's school
    assert found("They signed a cooperation plan between the HCMA and the Higher Party School.") == [
        ("party", "cooperation plan between the HCMA and the Higher Party School")]
    assert found("Ties between the institute and the National Academy of Politics grew.") == [
        ("party", "Ties between the institute and the National Academy of Politics")]
    # must not touch: schools that are no party's, even in a party sentence
    assert found("At talks with the CPRF, he praised cooperation between the ministry and the schools "
                 "of the province.") == [("education", "schools")]


# --- round 24a ---


def test_cls11_the_party_press_people_exchanged_trained_or_gathered():
    # fixes: journalists and reporters of the party press, as a party's own people
    assert found("They agreed to exchange young journalists of party newspapers next year.") == [
        ("party", "exchange young journalists of party newspapers")]
    assert found("The plan also covers the training of reporters for the party press.") == [
        ("party", "training of reporters for the party press")]
    assert found("The CPV and the LPRP will hold a forum of party journalists in Vientiane.") == [
        ("party", "forum of party journalists")]
    # must not touch: journalists of no party, a forum of journalists
    assert found("The two news agencies will exchange young journalists next year.") == []
    assert found("A forum of journalists opened in Hanoi.") == []
    assert found("The two ministries will exchange young cadres.") == []
    assert found("The ministry will train reporters for the national broadcaster.") == [("education", "train")]


# --- review 20 ---


def test_review20_a_states_forces_trained_are_no_partys_people():
    # fixes: police, army and customs staff trained where a party is named
    assert ("party", "train 200 police officers") not in found("The CPV will help the LPRP train 200 police officers.")
    assert found("The CPV and the CPRF agreed that Russia would train 100 customs inspectors.") == []
    # must not touch: officers of a party's organs
    assert found("The CPV helped the LPRP train 300 propaganda officers.") == [
        ("party", "train 300 propaganda officers")]
    assert found("The CPV will help the LPRP train 150 inspectors.") == [("party", "train 150 inspectors")]


# === rule: `_body_named_before` ================================================================
# --- round 24a ---


def test_round24a_the_two_bodies_point_back_to_a_party_school_or_a_party_sentence():
    # fixes: "the two academies" after a sentence naming a party school (through its bracket), and
    # "the two commissions" after a sentence that named them beside the parties
    text = ("The rector of the National Academy of Politics (NAP) hosted the head of the Kazan State "
            "Academy (KSA). The rector said exchanges between the two academies would grow.")
    assert ("party", "exchanges between the two academies") in found(text)
    text = ("Ties between the two control commissions serve the bond between the LPRP and the CPV. "
            "Roads were also discussed. They signed a cooperation agreement between the two commissions.")
    assert ("party", "cooperation agreement between the two commissions") in found(text)
    # must not touch: bodies named before in sentences with no party
    text = ("The rector of Kazan University met the head of Hue University. He said exchanges "
            "between the two universities would grow.")
    assert ("party", "exchanges between the two universities") not in found(text)
    assert found("The delegation met the Duma's audit commission. Contacts between the two "
                 "commissions were discussed.") == []


# --- review 20 ---


def test_review20_the_two_bodies_point_back_to_a_partys_own():
    # fixes: a capitalised body of no party in a sentence that names a party
    assert found(
        "General Secretary of the CPV Tô Lâm visited the Russian Academy of Sciences. The visit was short."
        " Cooperation between the two academies has grown."
    ) == []
    # must not touch: a body whose name holds the party
    assert ("party", "cooperation plan between the two commissions") in found(
        "The head of the CPV Central Committee's Organisation Commission met Lao guests."
        " They reviewed the cooperation plan between the two commissions."
    )


# === rule: `_generic_organs_before` ============================================================
# --- probe 38p4 (party bodies, party names and other senses of 'party') ---


def test_probe38p4_the_two_agencies_after_a_lead_that_names_party_organs():
    # fixes: "the two agencies" names no kind of organ; after a lead naming the Commission for External
    # Relations and the CPC's International Department it stands for those party organs
    lead = ("Head of the Party Central Committee's Commission for External Relations Nguyễn Thanh Hải "
            "received a delegation of the International Department of the Communist Party of China (CPC) "
            "Central Committee led by its Vice Minister Zhao Mingyu in Hà Nội on May 12.")
    plan = "The two sides agreed to implement the cooperation plan between the two agencies for 2026-2030."
    assert ("party", "cooperation plan between the two agencies") in found(f"{lead} Hải said so. {plan}")
    # must not touch: a lead of two states' security bodies; the same noun used in a body's name
    # before ("the Vietnam News Agency"), which the old reading judges
    states = ("Minister of Public Security Trần Văn Lực received a delegation of the Federal Security "
              "Service of Russia led by its deputy director Ivan Orlov in Hà Nội on May 12.")
    assert found(f"{states} Lực said so. {plan}") == []
    news = ("Director General of the Vietnam News Agency Vũ Việt Hòa received a delegation of the "
            "International Department of the Communist Party of China (CPC) Central Committee in Hà Nội.")
    assert found(f"{news} Hòa said so. {plan}") == []


# === rule: `_labour_union_within` ==============================================================
# --- round 24a ---


def test_round24a_trade_union_officials_are_no_party_cadres():
    # fixes: the officials of a labour union trained are no party's cadres
    assert found("The plan covers the training of trade union officials.") == []
    # must not touch: a party's or anyone's officials trained
    assert found("The plan covers the training of young party officials.") == [
        ("party", "training of young party officials")]
    assert found("The plan covers the training of district officials.") == [
        ("party", "training of district officials")]


# === rule: `_party_discipline` =================================================================
# --- round 11, heldout9 ---


def test_party_discipline():
    assert found("The meeting reviewed the tightening of Party discipline.") == [("party", "Party discipline")]
    # must not touch: discipline of other parties and groups
    assert found("The coach praised the discipline of the party of climbers.") == []
    assert found("Discipline at the party was lax.") == []


# === rule: `_party_unit_in` ====================================================================
# --- agreed errors 9 ---


def test_round23b_firms_where_a_party_works_are_no_field():
    assert found("They discussed how to set up Party cells in private enterprises.") == []
    assert found("They shared experience in Party building in businesses.") == [("party", "Party building")]
    # must not touch: firms as actors of a field, with no party unit before "in"
    assert found("The two sides will boost investment in enterprises.") == [
        ("economy", "investment"), ("economy", "enterprises")]
    assert found("The CPV supports Russian enterprises in Việt Nam.") == [("economy", "enterprises")]


# === rule: `_people_of_body` ===================================================================
# --- agreed errors 9 ---


def test_round23b_officials_of_a_body_are_who_they_are():
    assert found("Many officials of the Lao mass organisations have studied in Hanoi.") == []
    assert found("Leaders of youth organisations attended the forum.") == []
    # must not touch: the bodies as actors of an exchange, a community met
    assert found("The mass organisations of the two countries will expand exchanges.") == [
        ("people", "mass organisations")]
    assert found("He met representatives of the Vietnamese community in Moscow.") == [
        ("people", "Vietnamese community in")]


# === rule: `_party_course` =====================================================================
# --- recall on new copy ---


def test_recall_on_new_copy_a_party_course():
    assert rules("United Russia will send young members to a summer school in Hà Nội.") == [
        ("party", "summer school", "party-course:{party_course}")]
    assert found("The CPRF hopes to send party secretaries to Hà Nội for a short course.") == [
        ("party", "short course")]
    # must not touch: a course with no party, "in the course of", a bare "the course" (marked unevenly),
    # the means of training named before it
    # (round 24a: the courses are schooling by the language, as "language courses", and no party's;
    # r27a: "short courses" is a term of its own now, read first)
    assert found("The university offers short courses in Russian.") == [
        ("education", "university"), ("education", "short courses")]
    assert found("In the course of the talks, the CPV and the CPRF agreed to meet.") == []
    assert found("The course was part of the cooperation plan between the CPV and United Russia.") == [
        ("party", "cooperation plan between the CPV and United Russia")]
    assert found("They will expand the training of party officials through short courses.") == [
        ("party", "training of party officials")]


# --- review 12 ---


def test_review12_a_course_the_party_does_not_run():
    text = "At talks with the CPRF, the minister said the ministry runs training courses for football coaches."
    assert ("party", "training courses") not in found(text)
    assert found("The CPV's political course has been consistent for decades, the CPRF leader said.") == []
    # must not touch: a party's course
    assert found("The CPRF organised short courses for its regional secretaries.") == [("party", "short courses")]
    assert found("The CPRF proposed a summer school in Moscow for young CPV members.") == [("party", "summer school")]


# === rule: `_between_party_schools` ============================================================
# --- round 22b, heldout29 ---


def test_round22b_a_course_between_two_party_schools_is_their_cooperation():
    # round 22b: "the first online course between the two schools" after a party school was named
    # (_between_party_schools): the schools' cooperation, party
    assert found("The Higher Party School of United Russia opened a course. The first online course between the "
                 "two schools took place in November 2020.") == [("party", "online course between the two schools")]
    # must not touch: a text of no party school
    # (the lead's round 44: the universities that opened it and the schools after "course between" are no
    # field: only a relation noun before "between" makes them partners of a tie)
    assert found("Two universities opened a course. The first online course between the two schools took place "
                 "in 2020.") == [("education", "online course")]


# === rule: `_party_sender` =====================================================================
# --- review 14 leftovers ---


def test_review15_cadres_sent_to_courses_need_a_party():
    # review 15: "{cadre} to/for courses" with no party in the sentence is schooling (_CADRES_SENT)
    assert found("The ministry sent its officials to courses on customs procedures.") == []
    assert found("The railway sent forty functionaries to courses in Moscow.") == [("transport", "railway")]
    # must not touch: a party named in the sentence
    assert found("The CPV sent more than forty regional functionaries to courses in Moscow.") == [
        ("party", "functionaries to courses")]


# === rule: `_discipline_before` ================================================================
# --- review 14 leftovers ---


def test_review15_a_discipline_before_theory_is_no_party_theory():
    # review 15: "music theory", "game theory": a discipline's conference (_discipline_before)
    assert found("A music theory conference was held at the conservatory.") == [("culture", "music")]
    assert found("The game theory conference gathered mathematicians in Hanoi.") == []
    # must not touch: a theory conference with no discipline before it
    assert found("The two parties will hold a joint theory conference in Moscow.") == [("party", "theory conference")]


# === rule: `_discipline_after` =================================================================
# --- agreed errors 9 ---


def test_fix10_review17_theory_of_a_discipline_and_delegations_exchanged_by_kind():
    # fix 10, review 17: a theory event on another field's subject, no party named, is that
    # discipline's; delegations exchanged (past tense) by a kind of one field are that field
    assert found("The university held a theory conference on quantum physics.") == [
        ("education", "university"), ("science_technology", "physics")]
    assert found("The two countries exchanged youth delegations last year.") == [
        ("people", "exchanged youth delegations")]
    # must not touch: a party's theory conference, delegations of no field
    assert found("The two parties will hold a theory conference on economic development.")[0] == (
        "party", "theory conference")
    assert found("The two countries exchanged parliamentary delegations.") == [
        ("diplomacy", "exchanged parliamentary delegations")]


# --- round 23a, heldout35 ---


def test_review17b_a_theory_event_is_a_disciplines_only_on_a_science():
    # review 17b: a party's theory workshops are on the economy and the like; only a science (or a
    # word of the class theory_field) after "on" makes the event a discipline's
    assert found("The seventh theory workshop on economic development opened in Moscow on Tuesday.") == [
        ("party", "theory workshop"), ("economy", "economic")]
    assert found("A theory workshop on market economy and socialism opened in Hà Nội.") == [
        ("party", "theory workshop"), ("economy", "market economy")]
    # must not touch: a science's theory event, and a party's in a party sentence
    assert found("The university held a theory conference on quantum physics.") == [
        ("education", "university"), ("science_technology", "physics")]
    assert ("party", "theory conference") in found(
        "The two parties will hold a theory conference on quantum physics.")


# === rule: `_others_school` ====================================================================
# --- review 13 leftovers ---


def test_review13_a_political_school_of_another_body():
    # rev12 item 8: "the political school of the army" is the army's school, no party school
    assert found("He studied at the political school of the army in Moscow.") == []
    # must not touch: a party's or a province's political school
    assert found("He studied at the political school of the ruling party.") == [
        ("party", "studied at the political school")]
    assert found("He studied at the political school of the province.") == [
        ("party", "studied at the political school")]


# === rule: `_the_partys` =======================================================================
# --- actor vs field ---


def test_actor_vs_field_a_partys_own_school():
    # in a sentence that names a party, the school of the story or with a party after it is the party's
    assert found("Rector of the school, Ivan Markov, said the CPRF would send its members to the course.") == []
    # a party's course for party members is party work (party-course), not a school as education
    assert found("The CPRF proposed a summer school in Moscow for young CPV members.") == [("party", "summer school")]
    assert found("The CPRF and the CPV met. He praised their rich school of party journalism.") == []
    # must not touch: someone else's school visited by a party, or a school after a party sentence
    assert found("The CPV delegation visited a school that trains leaders of firms.") == [
        ("education", "school"), ("education", "trains")]
    assert found("The CPRF and the CPV met. The school trains leaders of firms.") == [("education", "school trains")]


# === rule: `_trains_party_people` ==============================================================
# --- review leftovers ---


def test_review_leftovers_a_party_trains_its_own_people():
    # rev10: the party of an opening phrase does not train the region's politicians
    text = "At a meeting with the CPRF delegation, the governor said the region trains young politicians."
    # no party relation; and with a party named, training politicians is cadre work at home, not
    # education as a field (actor vs field, _trains_party_people), so nothing at all
    assert found(text) == []
    # must not touch: a party that trains, before or after the verb, or in apposition
    assert found("Her colleagues asked how the CPV trains young leaders at the grassroots level.") == [
        ("party", "trains young leaders")]
    assert found("The CPRF, the main opposition party, trains young members.") == [("party", "trains young members")]
    assert found("The two sides will organise courses for young leaders of the two parties.") == [
        ("party", "courses for young leaders")]
    assert found("The firm trains young leaders every year.") == [("education", "trains")]


# --- actor vs field ---


def test_actor_vs_field_training_a_partys_own_people():
    # training whose trainees are a party's people, or at a party's school: cadre work, no education
    assert found("The CPV briefed the guests on the selection, training and rotation of its leaders.") == []
    assert found("The CPRF will send regional secretaries to Hà Nội for training at the Ho Chi Minh "
                 "National Academy of Politics.") == [
        ("party", "training at the Ho Chi Minh National Academy of Politics")]  # training at a party school
    # must not touch: other trainees in a party sentence, leaders of firms
    # the lead's round 44: the universities where the training is held are where, no field
    assert found("The CPRF backs the training of Vietnamese engineers at Russian universities.") == [
        ("education", "training")]
    assert found("The two Parties will cooperate in training journalists.") == [("education", "training")]
    assert found("The company trains its leaders abroad.") == [("education", "trains")]


# === rule: other rules =========================================================================
# --- round 7 ---


def test_a_school_named_by_the_cadres_it_trains_is_a_party_school():
    assert found("The academy, the main school for Party cadres, signed a deal.") == [
        ("party", "school for Party cadres")
    ]
    # must not touch: a school for anyone else
    assert found("The new school for nurses opened.") == [("education", "school")]


# --- round 27a (issue 13: tuned on heldout47, ministry-to-ministry copy) ---------------------------

def test_round27a_courses_by_their_length_are_schooling():
    # fixes: courses by their length, for people who are no officials
    assert found("The Russian ministry is ready to host short courses for Vietnamese notaries.") == [
        ("education", "short courses")]
    assert found("The institute will run short-term courses for Lao meteorologists.") == [
        ("education", "short-term courses")]
    # must not touch: a party's course, the means of a training named before, courses for officials
    assert found("The CPRF organised short courses for its regional secretaries.") == [("party", "short courses")]
    assert found("They will expand the training of propaganda officials through short courses.") == [
        ("party", "training of propaganda officials")]
    assert found("More than 300 provincial officials have attended short courses at the academy.") == []


# === Probe 27: precision and sides in TASS, Xinhua and KPL copy =================================
# (sentences written for the tests)

def test_probe27_bodies_of_the_two_countries_are_no_party_bodies():
    # fixes: youth organisations "of the two countries" in a sentence that names a party
    assert found("The CPRF backs ties between the youth organizations of the two countries.") == [
        ("people", "youth organizations")]
    # must not touch: the same bodies of the two parties
    assert [s for s, _ in found("The CPRF backs ties between the youth organizations of the two parties.")] == [
        "party"]


# ==== round 27b (heldout54: party relations and high-level contacts) =============================

def test_r27b_the_parties_doctrine_taught_or_on_congress_documents_is_one_party_mention():
    # fixes: teaching and courses of the doctrine; an event on a party congress's documents
    assert found("The delegation met officials of the Higher Party School. The two sides discussed the "
                 "teaching of political theory.") == [("party", "teaching of political theory")]
    assert found("The Higher Party School offers courses in Marxism-Leninism to Lao cadres.")[-1] == (
        "party", "courses in Marxism-Leninism")
    assert found("The CPV and the CPRF agreed to hold a joint round table on the congress documents.") == [
        ("party", "round table on the congress documents")]
    assert found("The two parties will hold a seminar on the documents of the congress.") == [
        ("party", "seminar on the documents of the congress")]
    # must not touch: the same events with no party near
    assert found("Scholars held a workshop on the documents of the Congress of Vienna.") == []
    assert found("The ministry discussed the teaching of mathematics.") == [
        ("education", "teaching"), ("science_technology", "mathematics")]


def test_r27b_staff_trained_right_after_a_partys_cadre_training_is_that_training():
    # fixes: "training personnel/staff" in the sentence after a party's cadre training
    assert found('United Russia will train 30 Vietnamese party officials, she said after talks with the '
                 'Communist Party of Vietnam (CPV). "Training personnel for our Vietnamese friends is '
                 'practical," she said.')[-1] == ("party", "Training personnel")
    assert found("The CPRF trained 40 Lao cadres last year. This year it will train more staff from "
                 "Laos.")[-1] == ("party", "train more staff")
    # must not touch: after a sentence of no party training, a sentence further off, a body's own staff
    assert found("Rosatom will train 30 Vietnamese engineers. Training personnel for the plant is key.") == [
        ("education", "train"), ("education", "Training")]
    assert found("The CPRF trained 40 Lao cadres in 2019. Trade grew. Training personnel for the plant is "
                 "key.")[-1] == ("education", "Training")
    assert found("The CPRF trained Lao cadres last year. The plant is also training its staff.")[-1] == (
        "education", "training")


def test_r27b_a_just_russia_is_a_party():
    # fixes: a Russian party whose name ends in no "Party", in the {party} slot
    assert found("Relations between the CPV and A Just Russia have developed well.") == [
        ("party", "Relations between the CPV and A Just Russia")]
    # must not touch: the words in lower case inside a sentence
    assert found("It was not a just Russia that they wanted.") == []


def test_r27b_the_two_sides_after_a_partys_delegation_exchange_party_delegations():
    # fixes: "the two sides" after a sentence naming a party's delegation are that party and its hosts
    assert found("Le Hoai Trung received a CPRF delegation led by Dmitry Novikov. The two sides agreed to step "
                 "up exchanges of delegations at all levels.") == [("party", "exchanges of delegations")]
    assert found("Le Hoai Trung received a delegation of the Communist Party of the Russian Federation led by "
                 "Dmitry Novikov. The two sides agreed to step up exchanges of delegations.")[-1] == (
        "party", "exchanges of delegations")
    # must not touch: a delegation of a ministry or of firms
    assert found("Le Hoai Trung received a delegation of the Russian Ministry of Health. The two sides agreed "
                 "to step up exchanges of delegations.") == [("diplomacy", "exchanges of delegations")]
    assert found("The minister received a delegation of businesses. The two sides agreed to step up the "
                 "exchange of delegations.")[-1] == ("diplomacy", "exchange of delegations")


def test_r27b_meetings_between_two_parties_or_their_organs_are_party_relations():
    # fixes: meetings between two parties or two of their organs
    assert found("The two sides agreed to maintain regular meetings between the leaders of the two Party "
                 "Committees.") == [("party", "meetings between the leaders of the two Party Committees")]
    assert found("The two sides agreed to hold the annual meeting of the two Party committees next year.") == [
        ("party", "meeting of the two Party committees")]
    # must not touch: one party's or one organ's meeting, meetings of states
    assert found("He attended a meeting of the CPV Politburo.") == []
    assert found("The provincial Party Committee held a meeting on the plan.") == []
    assert found("Meetings between the leaders of the two countries are regular.") == []


# --- review 29 ---

def test_review29_staff_trained_by_a_subject_of_its_own_is_no_party_training():
    # fixes: a training with its own subject after a party's cadre training (was party "train more staff")
    assert found("United Russia will train 30 Vietnamese party officials. The plant will train more staff next "
                 "year.") == [("party", "train 30 Vietnamese party officials"), ("education", "train")]
    # must not touch: the training opening its sentence, in a quotation
    assert found('United Russia will train 30 Vietnamese party officials. "Training personnel for our friends is '
                 'useful," she said.') == [("party", "train 30 Vietnamese party officials"),
                                           ("party", "Training personnel")]


# --- round 28a (heldout61) ---

def test_r28a_plain_officials_trained_with_other_occupations_are_no_party_cadres():
    # fixes: courses for officials and teachers (was party "courses for Lao officials", and the
    # education course dropped as a course of cadres)
    # the lead's round 44: universities that act are no field
    assert found("The universities will offer more short-term courses for Lao officials and teachers next "
                 "year.") == [("education", "short-term courses"),
                              ("education", "teachers")]
    assert found("The college will run refresher courses for provincial officials, doctors and "
                 "nurses.") == [("education", "refresher courses")]
    # must not touch: officials alone, cadres with students, party officials with others
    assert found("The academy will offer short-term courses for Lao officials next year.") == [
        ("party", "courses for Lao officials")]
    assert found("The province trained 320 Lao cadres and students.") == [
        ("party", "trained 320 Lao cadres"), ("education", "students")]
    assert ("party", "refresher courses for party officials") in found(
        "The school will open refresher courses for party officials and lecturers.")


# --- round 28d (heldout15) ---

def test_r28d_its_officers_of_a_state_service_are_no_party_cadres():
    # fixes: "its officers" after a state's force: education, not the party's cadre work
    text = ("The Party official praised the ties between the two parties. Vietnam helped the Lao police "
            "ministry build its headquarters and train thousands of its officers.")
    assert found(text) == [("party", "ties between the two parties"), ("education", "train")]
    # must not touch: a party training its own officers
    text = ("The Party official praised the ties between the two parties. The LPRP will train its officers "
            "at the academy.")
    assert found(text) == [("party", "ties between the two parties"), ("party", "train its officers")]


# --- review 30 ---


def test_review30_officials_among_others_reads_the_lexicon_classes_and_a_party_after():
    # fixes (a class word the old list lacked): officials trained with managers are people at large
    assert found("The school trained Lao officials and managers of state firms.") == [("education", "trained")]
    # fixes: officials and lecturers "of" a party are the party's people
    assert ("party", "trained 300 Lao officials") in found(
        "The academy has trained 300 Lao officials and lecturers of the LPRP.")
    # must not touch: officials trained with teachers, no party after
    assert found("The university trained 500 Lao officials and teachers last year.") == [("education", "trained")]


# --- round 28h (heldout30) ---


def test_r28h_leaders_and_civil_servants_trained():
    # fixes: a verb of cadre training reaches the cadres over "leaders and" before them
    assert found("The school will be a centre for fostering the province's leaders and civil servants.") == [
        ("party", "fostering the province's leaders and civil servants")]
    assert found("The academy trains young leaders and officials of the Lao party.") == [
        ("party", "trains young leaders and officials")]
    # must not touch: no cadres after "and"
    assert found("The school is fostering leaders and students.") == [("education", "school"), ("education", "students")]


# --- round 30a (heldout77) ---


def test_r30a_the_two_schools_point_back_to_a_party_school_of_another_name():
    # fixes: "the two schools" after a party academy and a partner school is a relation between party schools
    assert found("The Lao Academy of Politics and the Russian Academy of Public Service signed a plan on "
                 "Monday. The rector said ties between the two schools would grow.")[-1] == (
        "party", "ties between the two schools")
    # must not touch: two schools of no party
    assert found("Hanoi University and Kazan Federal University signed a plan on Monday. The rector said ties "
                 "between the two schools would grow.") == [("education", "schools")]


# --- review 35 ---


def test_rev35_the_two_schools_are_the_places_of_study_named_after_a_party_school():
    # fixes: two universities named after the party school are "the two schools" (was party)
    assert found("The Ho Chi Minh National Academy of Politics welcomed the guests. Later, Hue University and "
                 "Tomsk State University signed a plan for cooperation between the two schools.") == [
        ("party", "Ho Chi Minh National Academy of Politics"), ("education", "schools")]
    # must not touch: the party school and a partner named by its acronym
    assert found("The Ho Chi Minh National Academy of Politics and MGIMO signed a memorandum. They will deepen "
                 "cooperation between the two schools.") == [
        ("party", "Ho Chi Minh National Academy of Politics"), ("party", "cooperation between the two schools")]


# --- round 30g (heldout85) ---


def test_r30g_scientific_is_the_kind_of_a_party_meeting():
    # fixes: "scientific" before a meeting on party work is the meeting's kind, one party mention
    assert found("The two academies will hold a scientific workshop on Party building.") == [
        ("party", "scientific workshop on Party building")]
    assert found("They plan a scientific conference next year on the history of the ruling party.") == [
        ("party", "scientific conference next year on the history of the ruling party")]
    # must not touch: a scientific meeting on science, scientific research, no party topic
    assert found("The institutes held a scientific conference on nanotechnology.") == [
        ("science_technology", "scientific"), ("science_technology", "nanotechnology")]
    assert found("Scientists held a scientific workshop on party lines.") == [("science_technology", "scientific")]


# --- round 31c (heldout95) ---


def test_r31c_party_office_staff_trained_in_a_party_sentence():
    # fixes: staff a party office trains, in a sentence that names a party, are its cadres
    assert ("party", "train Cambodian staff") in found(
        "The Organisation Commission of the CPV will train Cambodian staff in personnel management.")
    assert ("party", "train Lao staff") in found(
        "He asked them to train Lao staff in archive work at the Party Central Committee's Office.")
    assert found("The two Party offices agreed to train more personnel for the LPRP's archives.") == [
        ("party", "train more personnel")]
    # must not touch: staff trained where no party is named stay schooling, also after a party's sentence
    assert found("The hospital will train Lao staff in intensive care.") == [
        ("health", "hospital"), ("education", "train"), ("health", "intensive care")]
    assert found("The plant will train personnel and local officials.") == [("education", "train")]
    assert found("The CPRF trained Lao cadres last year. The plant is also training its staff.")[-1] == (
        "education", "training")


def test_r31c_relations_between_party_offices():
    # fixes: ties between the offices of party committees, in a sentence that names the parties
    assert ("party", "cooperation between the two offices") in found(
        "He said cooperation between the two offices serves the relationship between the two Parties.")
    assert found("They agreed to expand links between the offices of provincial Party Committees.") == [
        ("party", "links between the offices")]
    # must not touch: "holds office" is no body; offices with no party named
    assert ("party", "cooperation between localities where the CPRF holds office") not in found(
        "Both sides backed cooperation between localities where the CPRF holds office and Vietnamese provinces.")
    assert found("The minister said exchanges between the two offices have grown.") == []


# --- round 31i (heldout36) ---


def test_r31i_training_cooperation_said_with_a_party_school_is_party_work():
    # fixes: cooperation in training in a sentence with a party's school or a party that trains
    assert found("The rector of the Higher Party School said the training cooperation was part of inter-party ties.") == [
        ("party", "training cooperation"), ("party", "inter-party ties")]
    assert found("The CPRF official said training cooperation with the CPV would grow.") == [
        ("party", "training cooperation")]
    # must not touch: the same words of a university or of two armies
    assert found("The rector of Moscow State University said the training cooperation was part of bilateral ties.") == [
        ("education", "training")]
    # r31k: the armies' cooperation is defence too ("cooperation between the two {armed_forces}")
    assert found("The minister said training cooperation between the two armies is growing.") == [
        ("education", "training"), ("defence_security", "cooperation between the two armies")]


# --- review 39 ---


def test_review39_staff_are_a_partys_only_where_a_party_trains_them():
    # fixes: a party named in another clause does not train the staff (r31c read any party in the sentence)
    assert found("The CPV delegation said the company will train more staff for the new plant.") == [
        ("education", "train")]
    assert ("party", "trains staff") not in found("The Party delegation visited the hospital, which trains staff "
                                                  "in intensive care.")
    # must not touch: the party trains them, or they are the party's by name
    assert found("The two Parties agreed to train staff in propaganda work.") == [
        ("party", "train staff"), ("party", "propaganda work")]
    assert ("party", "training of party personnel") in found("The plan provides for joint training of party personnel.")


def test_review39_offices_of_others_are_no_party_body():
    # fixes: "offices of" a body that is no party (r31c read any "offices" in a party sentence)
    assert found("The CPV delegation welcomed cooperation between the offices of the two news agencies.") == []
    # must not touch: the offices of party committees
    assert found("They agreed to expand links between the offices of provincial Party Committees.") == [
        ("party", "links between the offices")]


# --- review 41 ---


def test_a_course_held_with_universities_is_no_partys():
    """Review 41: a course of the class party_course (r31i added "training cooperation") followed by
    "between/with/at/of" and an education term is that institution's, in a party sentence too."""
    # fixes: the Party named in the sentence, the universities hold the course
    assert found("The Party leader said the training cooperation between Vietnamese and Russian "
                 "universities had grown.") == [("education", "training"), ("education", "universities")]
    assert "party" not in [s for s, _ in found("The Party chief said the training courses at Russian "
                                                 "universities had grown.")]
    # must not touch: a party school holds it, or the course stands alone in a party sentence
    assert found("The Party leader hailed training cooperation with the Higher Party School.") == [
        ("party", "training cooperation")]
    assert [s for s, _ in found("The rector of the Higher Party School said the training cooperation "
                                "was part of inter-party ties.")] == ["party", "party"]


# --- round 32e (heldout104) ---


def test_r32e_a_second_party_school_joins_the_relation_between_bodies():
    from sectors_helpers import found
    # fixes: "cooperation between <a party body> and <a party school>": one relation, not a second
    # mention of the school by name
    text = ("The two sides discussed cooperation between the Higher Party School and the Ho Chi Minh National "
            "Academy of Politics, which signed a memorandum in 2019.")
    assert found(text) == [("party", "cooperation between the Higher Party School and the Ho Chi Minh National "
                                     "Academy of Politics")]
    # must not touch: a second member that is no party body or school
    assert ("education", "universities") in found("The CPV delegation discussed ties between the Higher Party "
                                                  "School and universities.")


# --- the lead's round 35a (heldout141) ---


def test_lead35_officers_trained_at_a_military_school_are_no_partys_people():
    # fixes: a sentence that later names party work in the army read the army's training as a party's (e1744)
    text = ("He noted that the two ministries had completed their plan, including the training of Lao "
            "officers at Vietnamese military academies and the exchange of experience in Party and political "
            "work in the armed forces.")
    assert [m for m in found(text) if m[0] == "party"] == [("party", "Party")]
    assert [m for m in found("The CPV will help the LPRP train Lao officers in police colleges in Hà Nội.")
            if m[0] == "party"] == []
    # must not touch: officers trained at a party school, or in party work
    assert found("The CPV will continue the training of Lao officers at the Party school in Hà Nội.") == [
        ("party", "training of Lao officers"), ("party", "Party school")]
    assert found("The LPRP thanked the CPV for training Lao officers in Party building.") == [
        ("party", "training Lao officers"), ("party", "Party building")]


# --- probe 35p7 ---


def test_probe35p7_cadres_trained_the_participle_after_the_cadres():
    # fixes: "the number of Lao cadres trained at Vietnamese political academies" (was education "trained"):
    # the passive participle after a party's cadres, as "cadres were trained"
    assert found("The CPV and the LPRP agreed to increase the number of Lao cadres trained at Vietnamese "
                 "political academies.") == [("party", "cadres trained"), ("party", "political academies")]
    assert found("Lao party officials trained by the academy will work in the provinces.") == [
        ("party", "party officials trained")]
    # must not touch: cadres who train someone (an object after the verb; check "cadres-who-train")
    assert found("Party cadres trained local farmers in new rice varieties.") == [("education", "trained")]


# --- probe 37p1 (party relations beyond the usual wordings) ---


def test_probe37p1_party_schools_of_the_two_sides():
    # fixes: "of the two sides" after a party school is the pair's own schools, not another body's
    assert ("party", "party schools") in found(
        "Under the memorandum, the party schools of the two sides will exchange lecturers.")
    assert ("party", "party schools") in found("The party schools of the two countries will co-train officials.")
    # must not touch: another body's school ("others-school"), with a pair word before no side or place
    assert found("Officers studied at the political school of the army.") == []
    assert found("He studied at the political school of both armies.") == []


# --- probe 37p7 (Việt Nam–China and Việt Nam–Laos copy) ---


def test_probe37p7_officials_for_training_courses_of_a_kind_are_cadre_training():
    # fixes: "officials for short-term training courses" ("short-term" is two keys) was education
    # "training"
    assert found("The Lao side proposed that the city host more Lao officials for short-term training "
                 "courses in urban management.") == [("party", "officials for short-term training courses")]
    # must not touch: training courses with no officials sent to them
    assert found("The city will open short-term training courses in urban management.") == [
        ("education", "training")]


# --- probe 39p2 (Việt Nam–Laos and Việt Nam–China copy, second pass) ---


def test_probe39p2_cadres_in_the_perfect_passive_are_trained_by_a_party():
    # fixes: "had been trained" / "have been trained" of cadres was education "trained", as "were trained"
    # is party
    assert found("Thousands of Lao cadres had been trained in Việt Nam over the past four decades.") == [
        ("party", "cadres had been trained")]
    assert found("More than 300 cadres have been trained at the academy.") == [
        ("party", "cadres have been trained")]
    # must not touch: officials of no party trained (schooling)
    assert found("Customs officials have been trained in the new procedures.") == [("education", "trained")]


def test_probe39p2_cadres_invited_to_attend_a_course():
    # fixes: cadres "to attend" a course, as cadres "for" one (was education "training")
    assert found("Qian invited a delegation of Vietnamese young cadres to attend a training course in China.") == [
        ("party", "cadres to attend a training course")]
    # and a party's people by their noun sent "to study" with no party named in the sentence (e247)
    assert found("We are ready to send our young party members to study in Vietnam.") == [
        ("party", "party members to study")]
    # must not touch: cadres invited to an event of no course; a ministry's officials (no party) to a course
    assert found("Qian invited a delegation of young cadres to attend the ceremony.") == []
    assert found("The ministry invited its officials to attend a training course.") == [("education", "training")]
    assert found("We are ready to send our young officials to study in Vietnam.") == []
