"""Tests of :mod:`framing.sectors.lists`: lists of one sector and lists sharing a head noun.

Each test sits in the file of the module whose rule decides its assertion. The tests are ordered by
rule, in the order the module defines them (a ``# === rule:`` line names the function; "other rules"
where none stands out), and a ``# ---`` comment names the round or probe that added each group.
End-to-end tests over the two study reports are in ``tests/test_sectors.py``; shared helpers in
``tests/sectors_helpers.py``, fixtures in ``tests/conftest.py``.
"""

from __future__ import annotations

import pytest
from sectors_helpers import found, rule_of

# === rule: `_list_head` ========================================================================
# --- the rules of issue 13 ---


def test_lists_that_share_a_head_noun():
    assert rule_of("political and economic ties") == [
        ("diplomacy", "political", "list-head:political ties"),
        ("economy", "economic", "term:economic"),
    ]
    assert found("cultural and educational exchanges") == [
        ("culture", "cultural"),
        ("education", "educational"),
    ]
    assert found("theoretical and practical exchanges") == [("party", "theoretical")]
    assert found("energy and transport infrastructure") == [
        ("energy", "energy"),
        ("transport", "transport infrastructure"),
    ]
    # must not touch: "local" names no field; one sector stays one mention
    assert found("local and transport connectivity") == [("transport", "transport connectivity")]
    assert found("oil and gas") == [("oil_gas", "oil and gas")]


# --- round 23a, heldout35 ---


def test_round23a_fields_named_by_their_usual_words():
    # fixes: food safety (health), dioxin clean-up (environment), forecasts of weather hazards
    # (environment), arrivals qualified as foreign (tourism), travel fairs (tourism), parliamentary
    # and multilateral forums of one kind (diplomacy)
    assert found("Shrimp farms must meet the food safety rules of the Eurasian union.") == [("health", "food safety")]
    assert found("The two air bases still need dioxin remediation.") == [("environment", "dioxin remediation")]
    assert found("Russia will help improve forecasting of storms in the central provinces.") == [
        ("environment", "forecasting of storms")]
    assert found("Flood warnings will be shared by the two services.") == [("environment", "Flood warnings")]
    assert found("Foreign arrivals to the island doubled last winter.") == [("tourism_sports", "Foreign arrivals")]
    assert found("The agency will join travel fairs in Kazan and Omsk.") == [("tourism_sports", "travel fairs")]
    assert found("The deputies will back each other at multilateral legislative forums.") == [
        ("diplomacy", "multilateral legislative forums")]
    assert found("The two assemblies coordinate at regional and international parliamentary forums.") == [
        ("diplomacy", "regional and international parliamentary forums")]
    # must not touch: food security is supply, a storm or a forecast alone sets a scene or is
    # another matter, bare arrivals need a count, a capitalised forum is a name
    assert found("The country's food security is assured.") == []
    assert found("The storm delayed the talks in Hà Nội.") == []
    assert found("Growth forecasts were cut in March.") == []
    assert found("The arrivals of the two delegations were delayed.") == []
    assert found("The Asia-Pacific Parliamentary Forum opened in Hà Nội.") == []


# --- probe 39p1 ---


def test_probe39p1_a_verb_of_saying_ends_a_list_before_its_head():
    # fixes: "delegation, Colonel X, said exchanges": the subject's phrase, no member of "delegation
    # exchanges" (was diplomacy "delegation")
    assert found("The head of the delegation, Colonel Tran Van Kien, said exchanges between veterans help "
                 "pass on the friendship.") == [("people", "exchanges between veterans")]
    assert found("The head of the delegation, Colonel Kien, noted exchanges of students would grow.") == [
        ("education", "students")]
    # must not touch: a list that shares its head with no verb between, the members after the verb
    assert found("They discussed political and economic ties.") == [
        ("diplomacy", "political"), ("economy", "economic")]
    assert found("The head of the delegation and security exchanges.") == [
        ("diplomacy", "delegation"), ("defence_security", "security")]
    assert found("The head of the delegation, Colonel Kien, said cultural and educational exchanges would "
                 "grow.") == [("culture", "cultural"), ("education", "educational")]


# === rule: `_modifies_other` ===================================================================
# --- round 8, heldout6 ---


def test_a_modifier_of_another_sector_s_noun_is_no_list_member():
    assert found("They discussed nuclear power and nuclear medicine.") == [
        ("nuclear", "nuclear power"), ("nuclear", "nuclear"), ("health", "medicine")
    ]
    # must not touch: a list of one sector before a relation noun stays one mention
    assert found("They praised economic, trade and investment cooperation.") == [
        ("economy", "economic, trade and investment")
    ]
    assert found("They discussed defence and security cooperation.") == [("defence_security", "defence and security")]


# --- review of round 8 ---


def test_a_modifier_list_before_another_sector_s_noun_stays_one_mention():
    assert found("They discussed defence and security industry cooperation.") == [
        ("defence_security", "defence and security"), ("economy", "industry")
    ]
    # the rule's own case: a list member that ends with a head noun
    assert found("They discussed small modular reactors, nuclear medicine and vaccines.") == [
        ("nuclear", "small modular reactors"), ("nuclear", "nuclear"), ("health", "medicine and vaccines")
    ]


# === rule: `_coordinated` ======================================================================
# --- review 18 ---


def test_review18_rail_in_a_list_or_before_a_noun_is_the_mode():
    # fixes: "the rail" first of a list of fields, or modifying a noun, is the mode of transport
    assert ("transport", "rail") in found("The two sides agreed to cooperate in the rail and energy sectors.")
    assert ("transport", "rail, road and aviation") in found("Russia will invest in the rail, road and aviation sectors.")
    assert ("transport", "rail") in found("The rail sector needs new investment.")
    # must not touch: one rail, an object ("the rail was painted", "a rail and a sleeper")
    assert found("A rail was bent by the storm.") == []
    assert found("A rail and a sleeper were replaced overnight.") == []


# --- round 24d, heldout42 ---


def test_round24d_contests_named_and_people_or_teams_of_schools_name_no_field():
    # fixes: a contest by its capitalised name, people by the school they have left, teams of students,
    # a concert named before
    assert found("The national Physics Olympiad drew 900 entrants.") == []
    assert found("The Hanoi Chess Tournament opened on Monday.") == []
    assert found("The course lets school leavers learn the language at home.") == []
    assert found("Two student teams played a friendly match.") == []
    assert found("Guests met the artists after the concert.") == []
    # must not touch: a contest held as an exchange, pupils of schools, student exchanges, concerts held
    assert found("The two sides will hold an online olympiad for pupils.") == [
        ("education", "olympiad"), ("education", "pupils")]
    assert found("Secondary school pupils will join.") == [("education", "school pupils")]
    assert found("Student exchanges will grow.") == [("education", "Student")]
    assert found("The programme includes concerts in Huế.") == [("culture", "concerts")]


# === rule: `_and_other` ========================================================================
# --- round 24e, heldout45 ---


def test_round24f_a_kind_and_a_range_are_one_mention():
    # fixes: "A and other B" of one sector, and a mention spelt out by ", from A to B"
    assert found("They will fight malaria and other tropical diseases.") == [
        ("health", "malaria and other tropical diseases")]
    assert found("Some 200 Laotians study here, from first-year undergraduates to doctoral candidates.") == [
        ("education", "study here, from first-year undergraduates to doctoral")]
    # must not touch: a preposition between, two sectors, a move with no comma
    assert found("Dengue in the north and other diseases rose.") == [("health", "Dengue"), ("health", "diseases")]
    assert found("Cooperation covers all fields, from tourism to energy.") == [
        ("tourism_sports", "tourism"), ("energy", "energy")]
    assert found("Traders should move from small-scale retail to wholesale and e-commerce.") == [
        ("economy", "retail"), ("economy", "wholesale and e-commerce")]


# === rule: `_verb_owned_object` ================================================================
# --- round 20, heldout28 ---


def test_round20_a_verb_of_training_and_its_owned_object_are_one_act():
    # round 20: "train its human resources": a bare verb of training (class cadre_training) and an
    # object of the same sector after only a possessive make one mention
    assert found("Việt Nam will help Laos train its human resources.") == [
        ("education", "train its human resources")]
    # must not touch: a comma or a full stop between, "the training of their students"
    assert found("The academy offers training; their students come from Laos.") == [
        ("education", "training"), ("education", "students")]
    assert found("He discussed the training of their students.") == [
        ("education", "training"), ("education", "students")]


# === rule: `_origin_member` ====================================================================
# --- round 10, heldout8 ---


def test_a_list_member_opened_by_a_word_of_origin():
    assert found("The club holds art performances, Lao film weeks and concerts.") == [
        ("culture", "art performances, Lao film weeks and concerts")]
    # must not touch: two sentences, a name between two sectors
    assert found("Trade grew. Investment fell.") == [("economy", "Trade"), ("economy", "Investment")]
    assert found("They discussed energy, Japan and trade.") == [("energy", "energy"), ("economy", "trade")]


# === rule: `_plain_member` =====================================================================
# --- round 16, heldout17, heldout18 ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list that already holds a comma goes on over a plain modifier of its last member
        ("Laos wants to work with Việt Nam on logistics, aviation and inland waterways.",
         [("transport", "logistics, aviation and inland waterways")]),
        # ... or over a member the lexicon does not list, between a comma and "and"
        ("The institutes will do research in marine science, biotechnology, new materials and space technology.",
         [("science_technology", "research"),
          ("science_technology", "science, biotechnology, new materials and space technology")]),
    ],
)
def test_round16_a_list_goes_on_over_plain_words(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma alone before the words: a verb or an adverb of a new clause
        ("The CPV and the CPP have regularly exchanged delegations, held theoretical workshops and met often.",
         [("party", "CPV and the CPP have regularly exchanged delegations"), ("party", "theoretical workshops")]),
        ("They will invest in renewable energy, especially wind power.",
         [("economy", "invest"), ("energy", "renewable energy"), ("energy", "wind power")]),
        # no comma in the list before: two members with a modifier are two mentions, as before
        ("They discussed trade and foreign investment.", [("economy", "trade"), ("economy", "investment")]),
        ("Trade grew, and investment rose.", [("economy", "Trade"), ("economy", "investment")]),
    ],
)
def test_round16_plain_words_that_end_no_list(text, expected):
    assert found(text) == expected


# --- review leftovers ---


def test_review_leftovers_the_festivals_are_the_field():
    # (precision classes 7: "exhibitions", a plural between a comma and "and", is the middle member of
    # one list of the field, so the three are one mention, as the guidelines quote such lists)
    assert found("They promote exchanges through the festivals, exhibitions and film weeks.") == [
        ("culture", "festivals, exhibitions and film weeks")]
    # must not touch: "the festival" is an event named before
    assert found("They promote exchanges through the festival, exhibitions and film weeks.") == [
        ("culture", "film weeks")]
    assert found("The festival attracted many visitors.") == []
    assert found("The festival's organisers thanked the guests.") == []


# --- precision classes 7 ---


def test_prec7_a_list_of_three_places_of_study_is_one_mention():
    # "A, X and B": one plural noun the lexicon does not list between a comma and "and" is the
    # middle member of one list (gold: "universities, colleges and vocational schools", one row)
    # the lead's round 44: universities attended are where, no field; the list is cut to its last member
    assert found("Some 9,000 Cambodian students attend Vietnamese universities, academies and technical colleges.") == [
        ("education", "students"), ("education", "technical colleges")]
    # the lead's round 44: universities built still count, and the list of three is one mention
    assert found("Vietnam will build new universities, academies and technical colleges in Cambodia.") == [
        ("education", "universities, academies and technical colleges")]
    # must not touch: a verb between, a member of another field between two of one field
    assert found("They discussed trade, agreed and signed investment deals.") == [
        ("economy", "trade"), ("economy", "investment")]
    assert found("The two ministers discussed energy, visa rules and tourism.") == [
        ("energy", "energy"), ("tourism_sports", "tourism")]


# === rule: `_modified_member` ==================================================================
# --- round 24a ---


def test_cls11_a_list_member_with_its_own_modifier_after_and():
    # fixes: "A and <modifier> B" of one sector, the list opening after a preposition or a joiner
    assert found("The talks touched on climate change and coastal ecosystems.") == [
        ("environment", "climate change and coastal ecosystems")]
    assert found("The fund invests in biotechnology and marine research.") == [
        ("economy", "invests"), ("science_technology", "biotechnology and marine research")]
    assert found("They discussed trade, railways and border infrastructure.") == [
        ("economy", "trade"), ("transport", "railways and border infrastructure")]
    # must not touch: a second verb after a verb's object, a word of no field, other sectors
    assert found("The sides agreed to boost trade and attract investment.") == [
        ("economy", "trade"), ("economy", "investment")]
    assert found("The ministry will supply textbooks and run online courses.") == [
        ("education", "textbooks"), ("education", "online courses")]
    assert found("The studios will co-produce films and exchange film weeks.") == [
        ("culture", "films"), ("culture", "film weeks")]
    assert found("They talked about energy and high-tech industries.") == [
        ("energy", "energy"), ("science_technology", "high-tech")]


# === rule: `_level_of` =========================================================================
# --- precision classes 7 ---


def test_prec7_the_level_of_a_programme_just_named_is_no_second_mention():
    # a word of the same field before "level(s)" after "at" gives the grade of what was just named
    assert found("They will widen joint training programmes at bachelor's and doctoral levels.") == [
        ("education", "training programmes")]
    # must not touch: the level of no field named before, a field at a level
    assert found("Ten Lao engineers will enrol at the doctoral level.") == [("education", "doctoral")]
    assert found("They will cooperate in tourism at the doctoral level.") == [
        ("tourism_sports", "tourism"), ("education", "doctoral")]


# --- round 27c (heldout48) ---


def test_r27c_a_hyphen_compound_of_one_sector_is_one_mention():
    # fixes: "rail-sea transport", "road-rail freight": a word joined by a hyphen to a term of the
    # sector modifies the next term, one noun phrase
    assert found("They praised rail-sea transport on the new route.") == [("transport", "rail-sea transport")]
    assert found("The new road-rail freight service doubled.") == [("transport", "road-rail freight")]
    # must not touch: a word after a space, not a hyphen ("rail cargo" and a later "transport"), two
    # sectors joined by a hyphen compound
    assert found("The ports handle rail cargo and sea transport.") == [
        ("transport", "ports"), ("transport", "rail cargo"), ("transport", "transport")]
    assert found("They discussed oil-rich energy projects.") == [("oil_gas", "oil"), ("energy", "energy")]


def test_r27c_two_phrases_of_modifier_and_head_joined_by_and_are_one_mention():
    # fixes: "nuclear safety and radioactive waste management": each member a term before a noun
    assert found("Russia will share experience in nuclear safety and radioactive waste management.") == [
        ("nuclear", "nuclear safety and radioactive waste")]
    # must not touch: a verb after the first term, a word of relations, another sector's term
    assert found("Trade grew and investment rose.") == [("economy", "Trade"), ("economy", "investment")]
    assert found("They reviewed trade cooperation and investment ties.") == [
        ("economy", "trade"), ("economy", "investment")]
    assert found("They discussed energy security and nuclear power plants.") == [
        ("energy", "energy security"), ("nuclear", "nuclear power plants")]


# --- round 28b (heldout58) ---


def test_r28b_a_training_verb_after_and_opens_a_predicate_of_its_own():
    # fixes: "and" joins two predicates ("share experience in ... and co-train ..."): two mentions
    assert found("They agreed to share experience in Party building and co-train young officials.") == [
        ("party", "Party building"), ("party", "co-train young officials")]
    assert found("They will strengthen Party building and train young cadres of the two parties.") == [
        ("party", "Party building"), ("party", "train young cadres")]
    assert found("They will cooperate in education and train specialists.") == [
        ("education", "education"), ("education", "train")]
    # must not touch: two verbs of one object, a noun of training after "and"
    assert found("They agreed to train and retrain young cadres.") == [
        ("party", "train and retrain young cadres")]
    assert found("The college will educate and train nurses.") == [("education", "educate and train")]
    assert found("The talks covered Party building and training of cadres.") == [
        ("party", "Party building and training of cadres")]


# --- round 28d (heldout15) ---

def test_r28d_new_materials_are_a_field_only_in_a_list_or_after_in():
    # fixes: a research field named after another of its list, or after "in"
    assert found("The two institutes will work on artificial intelligence and new materials.") == [
        ("science_technology", "artificial intelligence and new materials")]
    assert found("They agreed to cooperate in new materials.") == [("science_technology", "new materials")]
    # must not touch: materials as things
    assert found("New materials were delivered to the site.") == []
    assert found("The museum received new materials on the war.") == []


# --- review 30 ---


def test_review30_all_materials_read_as_a_field_only_in_its_list_or_after_in():
    # fixes: the other materials r28d added are things too outside a field's list
    assert found("The plant uses composite materials imported from Russia.") == []
    assert found("Advanced materials were delivered to the shipyard.") == []
    # fixes: the first of its field's list keeps the field
    assert found("They will work in fields such as advanced materials and biotechnology.") == [
        ("science_technology", "advanced materials and biotechnology")]
    # must not touch: after "in", and after another member of the list
    assert found("The two sides will cooperate in composite materials.") == [
        ("science_technology", "composite materials")]
    assert found("Cooperation covers artificial intelligence and new materials.") == [
        ("science_technology", "artificial intelligence and new materials")]


# --- round 28e (heldout64) ---


def test_r28e_armed_word_before_logistics_is_a_list_member_not_a_modifier_of_transport():
    # fixes: "the defence industry and military logistics": "military" modifies logistics of armed forces
    # (no transport term), so it is the second member of one defence list
    assert found("They pledged to develop the defence industry and military logistics.") == [
        ("defence_security", "defence industry and military")]
    # must not touch: a transport word after the list keeps its own term and the defence member
    assert found("They will develop the defence industry and rail logistics.") == [
        ("defence_security", "defence industry"), ("transport", "rail logistics")]


def test_r28e_and_exchanges_of_joins_two_members_of_one_sector():
    # fixes: "co-productions and exchanges of film weeks", "scholarships and exchanges of students"
    assert found("The studios agreed on co-productions and exchanges of film weeks.") == [
        ("culture", "co-productions and exchanges of film weeks")]
    assert found("They agreed to expand scholarships and exchanges of students.") == [
        ("education", "scholarships and exchanges of students")]
    # must not touch: an article makes the exchange a list's own member; exchanges of people
    assert found("They set up a group on clinical trials and the exchange of medical data.") == [
        ("health", "clinical trials"), ("health", "medical")]
    assert found("The studios agreed on co-productions and exchanges between the two peoples.") == [
        ("culture", "co-productions"), ("people", "exchanges between the two peoples")]


def test_r28e_comma_and_after_a_closed_list_opens_a_new_clause():
    # fixes: the list closed by its own "and"; ", and" + a verb starts a new clause
    assert found("They will step up coordination in combating cybercrime, drug trafficking and terrorism, "
                 "and ensure security for major events.") == [
        ("defence_security", "cybercrime, drug trafficking and terrorism"), ("defence_security", "security")]
    # must not touch: a list with no "and" yet goes on over a plain modifier of its last member
    assert found("Laos wants to work with Việt Nam on logistics, aviation and inland waterways.") == [
        ("transport", "logistics, aviation and inland waterways")]


# --- round 28h (heldout30) ---


def test_r28h_connectivity_in_a_field_is_one_mention():
    # fixes: a noun of linking and the field it links, after "in" or "of": one mention
    assert found("They will boost connectivity in transport infrastructure.") == [
        ("transport", "connectivity in transport infrastructure")]
    assert found("They agreed on connectivity of railways and expressways.") == [
        ("transport", "connectivity of railways and expressways")]
    assert found("They seek better connectivity of the seaports.") == [("transport", "connectivity of the seaports")]
    # must not touch: other words between, two mentions
    assert found("They will boost connectivity, especially the railway.") == [
        ("transport", "connectivity"), ("transport", "railway")]


def test_r28h_a_preposition_ends_a_list_sharing_a_head():
    # fixes: "the shared border, and working together on border management": a new phrase, no list of
    # "border" and "border management"
    assert found("They boosted exchanges along the shared border, and working together on border management.") == [
        ("defence_security", "border management")]
    # must not touch: a list that shares its head
    assert found("They praised the political and economic ties.") == [
        ("diplomacy", "political"), ("economy", "economic")]
    assert found("They praised the political, trade and economic ties.") == [
        ("diplomacy", "political"), ("economy", "trade and economic")]


def test_r28h_members_between_commas_before_and_other():
    # fixes: "A, B and other C" of one sector: one mention over the list's plain members
    assert found("They should bolster coordination at the United Nations, ASEAN-related mechanisms and other "
                 "multilateral forums.") == [
        ("diplomacy", "coordination at the United Nations, ASEAN-related mechanisms and other multilateral forums")]
    assert found("They fight dengue fever, seasonal flu and other infectious diseases.") == [
        ("health", "dengue fever, seasonal flu and other infectious diseases")]
    # must not touch: a member of another sector, or a preposition, between
    assert found("They discussed coordination at the United Nations, trade and other multilateral forums.") == [
        ("diplomacy", "coordination at the United Nations"), ("economy", "trade"),
        ("diplomacy", "multilateral forums")]
    assert found("They fight dengue fever, malaria in the north and other diseases.") == [
        ("health", "dengue fever, malaria"), ("health", "diseases")]


# --- round 29d (heldout23) ---


def test_r29d_a_list_goes_on_after_the_head_its_first_match_left_out():
    # fixes: "cultural exchanges, X and Y": the head "exchanges" left out of "cultural" ends no list
    assert found("The club will hold cultural exchanges, Lao film weeks and photo exhibitions.") == [
        ("culture", "cultural exchanges, Lao film weeks and photo exhibitions")]
    assert found("Both sides will expand educational exchanges, scholarships and joint training.") == [
        ("education", "educational exchanges, scholarships and joint training")]
    # must not touch: another sector after the comma, a verb after it, or "and" with no comma
    assert found("They discussed cultural exchanges, trade and investment.") == [
        ("culture", "cultural"), ("economy", "trade and investment")]
    assert found("They agreed to widen cultural exchanges, boosting film weeks.") == [
        ("culture", "cultural"), ("culture", "film weeks")]


# --- review 32 ---


def test_review32_a_left_out_head_before_a_comma_joins_only_a_list_that_goes_on():
    # fixes (r29d misfire): the comma after the head closes an opening phrase, no list
    assert found("Through years of cultural cooperation, concerts have become a tradition.") == [
        ("culture", "cultural"), ("culture", "concerts")]
    assert found("Thanks to educational exchanges, scholarships have risen.") == [
        ("education", "educational"), ("education", "scholarships")]
    # must not touch: the list goes on after the next member
    assert found("They will hold cultural exchanges, concerts and film weeks.") == [
        ("culture", "cultural exchanges, concerts and film weeks")]


# --- round 30c (heldout73) ---


def test_r30c_a_possessed_head_then_and_goes_on_with_the_list():
    # fixes: a match ending in a possessive, its head noun and "and" before a match of one sector
    text = "He proposed more exchanges between veterans' organisations and youth unions of the two countries."
    assert found(text) == [("people", "exchanges between veterans' organisations and youth unions")]
    assert found("They backed exchanges between women's unions and youth unions.") == [
        ("people", "exchanges between women's unions and youth unions")]
    # must not touch: no possessive before the noun; two sectors
    assert found("They boosted trade with veterans' groups and investment in ports.") == [
        ("economy", "trade"), ("economy", "investment"), ("transport", "ports")]


# --- round 30d (heldout83) ---


def test_r30d_degree_lists_and_their_head():
    # fixes: a degree by its possessive is a member; a head of study left out joins the next member
    assert found("The grants cover bachelor's, master's and doctoral programmes as well as internships.") == [
        ("education", "bachelor's, master's and doctoral programmes as well as internships")]
    assert found("It funds doctoral studies and internships.") == [("education", "doctoral studies and internships")]
    # must not touch: other words between, another field's head
    assert found("Doctoral studies, he said, and scholarships are planned.") == [
        ("education", "Doctoral"), ("education", "scholarships")]
    assert found("Trade, Russia's and China's investment grew.") == [("economy", "Trade"), ("economy", "investment")]


def test_r30d_the_object_of_training_joins_the_verb():
    # fixes: an education word in the object of "train"
    assert found("The institutes will train more postgraduate researchers.") == [
        ("education", "train more postgraduate")]
    # must not touch: a preposition or joiner between
    assert found("They train in Moscow and study abroad.") == [("education", "train"), ("education", "study abroad")]


# --- round 31f (heldout79) ---


def test_r31f_fuel_in_the_make_up_of_a_trade_flow():
    # fixes: a fuel among product categories that make up exports or imports is one more product
    assert found("Vietnam's imports from Russia, mainly fertilizers, coal, steel and wheat, reached 2 billion USD.") == []
    assert found("Laos's exports, led by rubber, timber and coal, rose by 8%.") == []
    assert found("Exports to China, including rice, seafood and crude oil, grew.") == []
    # must not touch: supplies or payments of the goods, a list of fuels, a fuel alone
    assert found("Russia is ready to increase supplies of fertilizers, wheat and coal.") == [("energy", "coal")]
    assert found("Russia's exports, mainly oil, gas and coal, grew.") == [("oil_gas", "oil, gas"), ("energy", "coal")]
    assert found("The sides discussed payments for fertilizers and oil products.") == [
        ("economy", "payments"), ("oil_gas", "oil")]


# --- round 31e (heldout98) ---


def test_round31e_train_services_in_a_list_of_transport():
    # fixes: "train" opening a noun of transport after "and" is no second predicate
    assert found("They called for more direct flights and train services to Nanning.") == [
        ("transport", "direct flights and train services")]
    # must not touch: a verb of training after a party mention opens a predicate of its own
    assert found("The sides will share experience in Party building and train mid-level officials.") == [
        ("party", "Party building"), ("party", "train mid-level officials")]


def test_round31e_activity_in_ing_between_list_members():
    # fixes: one activity in "-ing" between a comma and "and" in a list of sports
    assert found("Coaches will come for gymnastics, fencing and wrestling.") == [
        ("tourism_sports", "gymnastics, fencing and wrestling")]
    # must not touch: a verb in "-ing" with a word after it, "including"
    assert found("They will boost trade, promoting and protecting investment.") == [
        ("economy", "trade"), ("economy", "investment")]
    assert found("They discussed trade, including investment.") == [("economy", "trade"), ("economy", "investment")]


# --- round 32b (heldout97) ---
def test_r32b_an_adjective_by_its_ending_opens_a_lists_second_member():
    # fixes: "and" then an adjective in -ic/-ical/-ial/-ous before the second member: one list, even after a verb
    assert found("The new plant will make vaccines and generic medicines for export.") == [
        ("health", "vaccines and generic medicines")]
    assert found("The fund backs trade and industrial parks in the south.") == [("economy", "trade and industrial parks")]
    # must not touch: a verb after "and" opens a second predicate; a member with a modifier of no field
    assert found("The plant will make vaccines and supply medicines.") == [
        ("health", "vaccines"), ("health", "medicines")]
    assert found("They discussed education and economic cooperation.") == [
        ("education", "education"), ("economy", "economic")]


# --- round 32i (heldout89) ---
def test_r32i_and_in_other_joins_one_list():
    # fixes: the preposition repeated after "and" before "other": the kind the members belong to, one mention
    assert found("They coordinate at the United Nations, within ASEAN-led mechanisms and in other "
                 "multilateral forums.") == [("diplomacy", "ASEAN-led mechanisms and in other multilateral forums")]
    # must not touch: a preposition before "and" opens another phrase
    assert found("Dengue in the north and other infectious diseases worry doctors.") == [
        ("health", "Dengue"), ("health", "diseases")]


def test_r32i_students_taking_courses_are_one_mention():
    # fixes: the students, then only words of tense, then the courses they take at a place: one act
    assert found("A group of 30 students will begin courses at the academy in May.") == [
        ("education", "students will begin courses at")]
    assert found("The students would start classes at the institute.") == [
        ("education", "students would start classes at")]
    # must not touch: other words between, or no education word before
    assert found("The college admitted more students, and cadets began courses at the naval school.") == [
        ("education", "students"), ("education", "began courses at")]
    assert found("Twenty Lao officials will begin courses at the academy.") == [("education", "begin courses at")]


def test_r32i_relation_through_channels_is_one_mention():
    # fixes: the channels through which a relation runs are its means, one mention
    assert found("He urged contacts between the National Assembly and the State Duma through parliamentary "
                 "channels.") == [("diplomacy", "contacts between the National Assembly and the State Duma through "
                                   "parliamentary channels")]
    # must not touch: a comma between, or no relation before
    assert found("Political trust grew, through diplomatic channels.") == [
        ("diplomacy", "Political trust"), ("diplomacy", "diplomatic")]


# --- round 32j (heldout41) ---


def test_r32j_named_examples_after_such_as_join_their_head():
    # fixes: names given as examples of a field's head are one mention with it
    assert found("They will coordinate at international forums such as the United Nations, ASEAN-led mechanisms "
                 "and APEC.") == [("diplomacy", "international forums such as the United Nations, ASEAN-led mechanisms")]
    # must not touch: a lower-case member ends the examples; a plain list after a comma
    assert len(found("They will coordinate at international forums such as the UN and regional security "
                     "mechanisms.")) == 2
    assert found("They discussed the expressway and the railway.") == [
        ("transport", "expressway"), ("transport", "railway")]


# --- round 33b (heldout109) ---


def test_r33b_field_object_of_an_activity_noun_is_one_mention():
    # fixes: the field after "of" is the object of the festival or the exploration, one mention
    assert found("The two plan to hold a joint festival of classical music in 2027.") == [
        ("culture", "festival of classical music")]
    assert found("The company wants to expand the exploration and production of hydrocarbons.") == [
        ("oil_gas", "exploration and production of hydrocarbons")]
    # must not touch: a noun of people or of a measure before "of" names someone else
    assert found("He said a bill to raise the minimum wage of foreign trainees was ready.") == [
        ("labour", "minimum wage"), ("labour", "foreign trainees")]
    assert found("He proposed that vocational colleges of the two countries train welders jointly.") == [
        ("education", "vocational colleges"), ("education", "train")]


# --- round 33a (heldout111) ---


def test_r33a_parallel_members_headed_by_nouns_of_an_activity_are_one_mention():
    # fixes: "modifier + activity noun" and "modifier + activity noun", the second noun not in the lexicon
    assert found("The project builds capacity in vaccine development and disease surveillance.") == [
        ("health", "vaccine development and disease")]
    # must not touch: two clauses, verbs after the field words
    assert found("Trade grew and investment rose.") == [("economy", "Trade"), ("economy", "investment")]


def test_r33a_a_middle_member_with_its_own_adjective_is_one_mention():
    # fixes: a comma and an adjective by its ending before a member of the same sector, the list going on
    assert found("The course covered intensive care, geriatric nursing and rehabilitation.") == [
        ("health", "intensive care, geriatric nursing")]
    # must not touch: the adjective before the last member, no list going on after it
    assert found("The course covered intensive care, geriatric nursing.") == [
        ("health", "intensive care"), ("health", "nursing")]


# === rule: `_gerund_after_noun` ================================================================
# --- round 33c (heldout110) ---


def test_r33c_a_gerund_after_a_relation_between_sides_is_the_next_verb_of_a_list():
    assert found("He proposed signing a memorandum on cooperation between the two party organisations, exchanging "
                 "delegations regularly and sharing experience in training young cadres.") == [
        ("party", "cooperation between the two party organisations"), ("party", "exchanging delegations"),
        ("party", "training young cadres")]
    # must not touch: two gerunds, and a list with no relation before the gerund
    assert found("The two parties agreed on training cadres, exchanging delegations and holding seminars.") == [
        ("party", "training cadres, exchanging delegations")]
    assert found("The two sides will cooperate in agriculture, processing industry and tourism.") == [
        ("economy", "agriculture, processing industry"), ("tourism_sports", "tourism")]


# --- round 33d (heldout117) ---
def test_r33d_a_plural_head_before_and_closes_a_list_with_a_comma():
    # fixes: a member's own plural head noun before "and", in a list that already holds a comma: one list
    assert found("They will provide textbooks, online learning platforms and refresher courses.") == [
        ("education", "textbooks, online learning platforms and refresher courses")]
    # must not touch: no comma before the member, the two stay apart
    assert found("They will provide online learning platforms and refresher courses.") == [
        ("education", "online learning"), ("education", "refresher courses")]


def test_r33e_cultural_events_lead_a_list_of_culture():
    # fixes: "events" is a head the culture match leaves out before the list goes on
    assert found("They will hold a series of cultural events, photo exhibitions and Russian film weeks.") == [
        ("culture", "cultural events, photo exhibitions and Russian film weeks")]
    # must not touch: "events" and "and" with no comma, and a comma that closes an opening phrase
    assert found("They held cultural events and food festivals.") == [("culture", "cultural"), ("culture", "festivals")]
    assert found("Through cultural events, concerts became popular.") == [("culture", "cultural"), ("culture", "concerts")]


# --- probe 33p6 (lists of fields and verb forms: tests/probe33p6_data.py) ---


def test_probe33p6_co_produce_one_documentary_or_film():
    # fixes: the verb of a screen work made together before one work ("will co-produce a documentary")
    assert found("VTV and a Russian studio will co-produce a documentary about the friendship.") == [
        ("culture", "co-produce a documentary")]
    assert found("The two studios co-produced a film for children.") == [("culture", "co-produced a film")]
    # must not touch: a documentary without the verb of making it together (a work shown, r31e), and
    # the plural as before (cls11: "films")
    assert found("The delegation watched a documentary about the friendship.") == []
    assert found("The studios will co-produce films and exchange film weeks.") == [
        ("culture", "films"), ("culture", "film weeks")]


def test_r34a_exchanges_of_the_young_of_several_kinds_are_a_youth_exchange():
    # fixes: a list of kinds of young persons after "exchanges of young" is a youth exchange, one mention
    assert found("He proposed that they expand exchanges of young entrepreneurs, students and volunteers, "
                 "and organise study tours.") == [
        ("people", "exchanges of young entrepreneurs, students and volunteers")]
    assert found("Hạnh proposed that the two sides increase exchanges of young scientists and start-up "
                 "founders.") == [("people", "exchanges of young scientists and start-up founders")]
    # must not touch: one kind is read by its field; a list that goes on with no person
    assert found("They agreed on exchanges of young researchers.") == [
        ("science_technology", "exchanges of young researchers")]
    assert found("They agreed on exchanges of young parliamentarians and cooperation in culture.") == [
        ("diplomacy", "exchanges of young parliamentarians"), ("culture", "culture")]


def test_probe34p7_a_list_of_many_joiners_reaches_its_head_past_eight_keys():
    # fixes: "the political, trade and economic, military and technical, and humanitarian spheres": six words
    # in twelve keys; "political" shares "spheres" (diplomacy, as "political sphere")
    assert found("Relations are developing in the political, trade and economic, military and technical, and "
                 "humanitarian spheres.") == [
        ("diplomacy", "political"), ("economy", "trade and economic"), ("defence_security", "military")]
    # must not touch: a list of many words past eight keys
    assert found("Relations are developing in the political, trade, economic, military, technical, scientific, "
                 "educational, cultural and humanitarian spheres.") == [
        ("economy", "trade, economic"), ("defence_security", "military"), ("science_technology", "scientific"),
        ("education", "educational"), ("culture", "cultural")]


# --- probe 34p6 (real VNA English copy's long sentences: tests/probe34p6_data.py) ---


def test_probe34p6_training_in_a_field_of_education():
    # fixes: "training in vocational skills" was two mentions ("training", "vocational"): the noun
    # "training" and the education word right after "in" are one mention
    assert found("The Korean side will open training in vocational skills for them.") == [
        ("education", "training in vocational")]
    # must not touch: another field after "in", a place after "in", a comma between
    assert found("The Korean side will open training in medicine.") == [
        ("education", "training"), ("health", "medicine")]
    assert found("They discussed training in Russia and vocational schools.") == [
        ("education", "training"), ("education", "vocational schools")]
    assert found("They agreed on training, in vocational schools too.") == [
        ("education", "training"), ("education", "vocational schools")]


def test_probe35p5_co_stage_one_work_is_one_span():
    # fixes: the verb of staging together before the one work it stages was two mentions
    assert found("The two theatres will co-stage a ballet next year.") == [("culture", "co-stage a ballet")]
    assert found("The troupes co-staged a play in Hanoi.") == [("culture", "co-staged a play")]
    # must not touch: the verb alone, and the theatres' productions
    assert found("The two troupes would co-stage productions.") == [("culture", "co-stage")]


# --- probe 35p4 (the long tail of sector wordings) ---


def test_probe35p4_a_noun_of_handling_between_two_members_keeps_one_list():
    # fixes: "climate change response and waste treatment" (was two mentions; the guidelines' span
    # rule and e470's second annotation: one), "medical evacuation and field surgery" (e1736, round 35a)
    assert found("They will cooperate in climate change response and waste treatment.") == [
        ("environment", "climate change response and waste")]
    assert found("They discussed medical evacuation and field surgery.") == [
        ("health", "medical evacuation and field surgery")]
    # must not touch: another noun between, members of two sectors
    assert found("They discussed climate change talks and waste.") == [
        ("environment", "climate change"), ("environment", "waste")]
    assert found("They discussed energy management and oil and gas.") == [
        ("energy", "energy"), ("oil_gas", "oil and gas")]


def test_probe35p6_a_parallel_member_that_is_a_term_of_its_own_ends_the_list():
    # probe 35p6: "modifier + activity noun" and a term of its own modifier and noun that ends the
    # clause are two parallel phrases of one sector, one mention
    assert found("Russia is ready to share its experience in disease surveillance and public health.") == [
        ("health", "disease surveillance and public health")]
    # must not touch: two clauses (a verb, no activity noun), and a second term of one word
    assert found("Trade grew and foreign investment rose.") == [("economy", "Trade"), ("economy", "investment")]
    assert found("They shared experience in vaccine research and medicine.") == [
        ("health", "vaccine"), ("science_technology", "research"), ("health", "medicine")]


# --- probe 37p2 (education and science beyond the usual nouns) ---


def test_probe37p2_cadets_taken_in_by_a_school():
    # fixes: a school taking cadets in is the exchange itself (tuned e1102, e1737 required)
    assert found("Khiem asked the academies to admit more Vietnamese cadets next year.") == [
        ("education", "admit more Vietnamese cadets")]
    assert found("The academy will accept more cadets.") == [("education", "accept more cadets")]
    # must not touch: cadets at one event, cadets let into a room
    assert found("The cadets laid flowers at the monument.") == []
    assert found("The cadets were admitted to the hall.") == []


def test_probe37p2_study_places_and_classes():
    # fixes: places of study by their count, classes online, courses together in a subject, the
    # retraining of teachers, a double degree's programme as one span
    assert found("Russia will offer 1,000 state-funded study places next year.") == [
        ("education", "study places")]
    assert found("The embassy opened online classes for teachers.") == [
        ("education", "online classes"), ("education", "teachers")]
    assert found("The two universities will run joint courses in automation.") == [
        ("education", "joint courses in"), ("science_technology", "automation")]
    assert found("The retraining of 500 teachers will help the country.") == [
        ("education", "retraining of 500 teachers")]
    assert found("They signed a double degree programme in petroleum engineering.") == [
        ("education", "double degree programme"), ("oil_gas", "petroleum engineering")]
    # must not touch: the verb "study", classes moved online, joint courses of two party schools
    # (e442: party work), the retraining of workers (labour, round 19)
    assert found("They will study places of interest in Hue.") == []
    assert found("The pandemic moved the classes online.") == []
    assert found("The two schools will run joint courses on public administration.") == []
    assert found("The retraining of workers laid off by the plant began.") == [("labour", "workers")]


def test_probe37p2_sciences_of_space_and_the_sea():
    # fixes: launches as a service of space science, oceanography as a field of research
    assert found("Roscosmos will offer Vietnam launch services.") == [("science_technology", "launch services")]
    assert found("They agreed to expand joint research in oceanography.") == [
        ("science_technology", "research"), ("science_technology", "oceanography")]
    # must not touch: the launch of a flight, a name holding the field
    assert found("The two sides discussed the launch of a direct flight.") == [("transport", "direct flight")]
    assert found("Scientists from the Institute of Oceanography surveyed the seabed.") == []


def test_probe37p2_a_training_ship_is_a_kind_of_ship():
    # fixes: "training ship", "training cruise" (tuned e1091: unmarked, "not the name training ship")
    assert found("A training ship of the Russian Pacific Fleet docked at the port.") == []
    assert found("The training cruise will last two months.") == []
    # must not touch: training held at sea
    assert found("The two navies held joint training at sea.") == [("education", "training")]
    assert found("Russian sailors will conduct training with Vietnamese crews aboard the ship.") == [
        ("education", "training")]


def test_probe37p12_the_member_after_and_ends_a_list_of_one_word_members():
    # the lead's round 44: research institutes visited are the kind of body, no science mention
    assert found("The delegation visited agricultural, forestry and fisheries research institutes.") == [
        ("economy", "agricultural, forestry and fisheries")
    ]
    # must not touch: a list of members of several words keeps the modifier of another sector's noun apart
    assert found("They discussed small modular reactors, nuclear power plants and nuclear medicine.") == [
        ("nuclear", "small modular reactors, nuclear power plants"), ("nuclear", "nuclear"), ("health", "medicine")
    ]


# --- the lead's round 39 (heldout147-150) ---
def test_lead39_a_scope_adjective_opens_a_lists_second_member():
    # fixes: "and" then an adjective of scope before the second member of one sector: one list, even after a verb
    assert found("They will step up cooperation in countering cyber threats and international terrorism.") == [
        ("defence_security", "cyber threats and international terrorism")]
    assert found("Both sides pledged to fight drug trafficking and transnational crime.") == [
        ("defence_security", "drug trafficking and transnational crime")]
    # must not touch: another sector after the adjective; a modifier of no kind ("new") keeps two
    assert found("They discussed terrorism and regional connectivity.") == [
        ("defence_security", "terrorism"), ("transport", "connectivity")]
    assert found("The plan covers a rail link and new roads.") == [("transport", "rail link"), ("transport", "roads")]


def test_lead39_the_fight_against_an_outbreak_by_any_name():
    # fixes: the fight against COVID-19 named by the virus, as "the fight against the pandemic" is
    assert found("Our countries stood side by side in the fight against COVID-19.") == [
        ("health", "fight against COVID-19")]
    assert found("The fight against the coronavirus is no exception.") == [
        ("health", "fight against the coronavirus")]
    # must not touch: the outbreak as a time or a cause
    assert found("During the COVID-19 pandemic the forum moved online.") == []


def test_lead39_programmes_by_their_level_and_in_us_spelling():
    # fixes: a degree's programmes by the level alone, and the US spelling TASS uses
    assert found("Demand for Russian degree programs keeps growing.") == [("education", "degree programs")]
    assert found("The academy runs postgraduate programmes for Lao officials.") == [
        ("education", "postgraduate programmes")]
    # must not touch: a programme of no level or field
    assert found("The delegation's programme included talks and a working trip.") == []


def test_lead39_the_circus_as_an_art():
    # fixes: the circus's troupes and art are culture, as theatre troupes are
    assert found("They agreed to expand the tours of Russian circus troupes in the provinces.") == [
        ("culture", "circus troupes")]
    # must not touch: a circus by name, as a company or a venue
    assert found("Artists of the Great Moscow State Circus opened a tour at the Central Circus.") == []


def test_lead39_the_wells_drilled_with_their_kind_named():
    # fixes: the drilling and the wells it drills, their kind named between, are one mention
    assert found("Zarubezhneft and PetroVietnam plan to drill at least five new oil wells on the shelf.") == [
        ("oil_gas", "drill at least five new oil wells")]
    # must not touch: wells of water drilled for villagers
    assert found("The soldiers helped drill 20 wells for clean water.") == []


def test_probe39p6_a_middle_member_the_lexicon_lacks_joins_its_list():
    # fixes: a lower-case member no term matched, between a comma and a joiner, inside a one-sector list
    assert found("The two ministries will expand cooperation in cinema, libraries, museums and fine arts.") == [
        ("culture", "cinema, libraries, museums and fine arts")]
    assert found("Visitors from Russia like golf, spa and medical tourism.") == [
        ("tourism_sports", "golf, spa and medical tourism")]
    # must not touch: a verb's clause (no joiner before the match), a name between, a list of actors
    assert found("They agreed to boost trade, attract investment and expand tourism.") == [
        ("economy", "trade"), ("economy", "investment"), ("tourism_sports", "tourism")]
    assert found("They discussed trade, Vietnam and investment.") == [
        ("economy", "trade"), ("economy", "investment")]
    assert [s for s, _ in found("Exchanges between young people, media and localities will grow.")].count(
        "people") == 2


# --- the lead's round 40 (heldout155-162) ---
def test_lead40_twinning_alone_is_the_tie_of_two_places():
    # fixes: bare "twinning" (was: no mention; the tuned parts require it 33 times in 39, never unmarked)
    assert found("The diplomat proposed that the region seek twinning with a Vietnamese province.") == [
        ("people", "twinning")]
    assert found("The two cities will celebrate the tenth anniversary of their twinning next year.") == [
        ("people", "twinning")]
    # must not touch: the longer pacts keep their spans
    assert found("The two provinces signed a twinning agreement in 2015.") == [("people", "twinning agreement")]


def test_lead40_a_partys_youth_wing_is_no_youth_exchange():
    # fixes: "youth" inside a party's youth wing (was a people mention; round 10 makes the wings optional)
    assert found("Both sides agreed to encourage cooperation between their youth wings.") == []
    assert found("The party's youth wing, the Young Guard, will send a delegation to Hà Nội.") == []
    # must not touch: youth exchanges and youth as people
    assert found("The two sides agreed to promote youth exchanges.") == [("people", "youth exchanges")]


def test_lead40_teachers_and_lecturers_alone_are_an_occupation():
    # fixes: an occupation alone, neutral by the guidelines (was an education mention each)
    assert found("About 40 lecturers of HUST hold Russian degrees.") == []
    assert found("Teachers attended refresher courses in Hà Nội.") == [("education", "refresher courses")]
    # must not touch: the people as the exchange itself, sent, trained, whom a course trains, teacher training
    assert found("Russia will send more teachers to Laos.") == [("education", "teachers")]
    assert found("Laos asked for help to train their teachers.") == [("education", "train their teachers")]
    assert found("The two academies will exchange lecturers and researchers.") == [("education", "lecturers")]
    assert found("She proposed a regular exchange of teachers.") == [("education", "teachers")]
    assert found("Two methodologists will run workshops for teachers in the autumn.") == [("education", "teachers")]
    assert found("The ministry will work on new textbooks and teacher training.") == [
        ("education", "textbooks and teacher training")]


def test_lead40_twinning_as_a_verb_of_no_places_and_before_of():
    # fixes: bare "twinning" before "of" or before a noun that is no place (was a people mention)
    assert found("The twinning of the two wards was approved.") == []
    assert found("The governor proposed twinning schools.") == [("education", "schools")]
    # must not touch: twinning places named or counted by their kind
    assert found("He also suggested twinning Hải Phòng with Vladivostok.") == [("people", "twinning")]
    assert found("They agreed on twinning border districts.") == [("people", "twinning")]


def test_lead40_political_training_and_travel_businesses():
    # fixes: political training is the party's (was education "training"); travel businesses are the
    # tourist trade's firms, as travel firms (was economy "businesses")
    assert found("More than 900 LPRP officials have received political training in Laos.") == [
        ("party", "political training")]
    assert found("They discussed connecting the province's travel businesses with Russian partners.") == [
        ("tourism_sports", "travel businesses")]
    # must not touch: training of no party kind, businesses of no trade
    assert found("The two ministries will expand joint training.") == [("education", "training")]
    assert found("Many businesses attended.") == [("economy", "businesses")]


# --- review 55 (misfires of probes 39p1-39p6, review 54 and the lead's round 39) ---


def test_review55_a_middle_member_of_another_sectors_word_is_another_member():
    # fixes: probe 39p6's unmatched member merged over a word the lexicon holds in another sector only
    assert found("The sides discussed defence, weather and security.") == [
        ("defence_security", "defence"), ("defence_security", "security")]
    assert found("Cooperation in education, media and training will grow.") == [
        ("education", "education"), ("education", "training")]
    assert found("The sides discussed trade, people and investment.") == [
        ("economy", "trade"), ("economy", "investment")]
    # must not touch: a word no term holds, or this sector's (probe 39p6)
    assert found("They discussed trade, construction and agriculture.") == [
        ("economy", "trade, construction and agriculture")]
    assert found("Golf, spa and medical tourism are growing.") == [("tourism_sports", "Golf, spa and medical tourism")]


# --- the lead's round 43 (heldout155-170 read for terms the lexicon lacks) ---
def test_lead43_famtrips_tour_routes_and_drugmakers():
    # fixes: three misses of heldout155-170 (the trade's trips and routes; makers of drugs)
    assert found("The ministry organised famtrips for Russian tour operators.") == [
        ("tourism_sports", "famtrips"), ("tourism_sports", "tour operators")]
    assert found("The two airlines will open a new tour route to Phu Quoc.") == [("tourism_sports", "tour route")]
    assert found("Russian drugmakers want to build plants in Vietnam.") == [("health", "drugmakers")]
    # must not touch: one drugmaker named before the firm's name is an actor (the tuned parts leave it
    # unmarked: e1280, e1850); bare "doses" (tried and left: the tuned parts quote the vaccine)
    assert found("Russian drugmaker Biogard will build a plant in Vietnam.") == []
    assert found("Russia delivered 1 million doses.") == []


def test_lead43_teachers_who_study_are_trained():
    # fixes: round 40c's check left out teachers who study abroad (was a mention before round 40c)
    assert found("More Lao lecturers will study in Vietnam.") == [("education", "lecturers")]
    # must not touch: teachers alone (round 40c)
    assert found("Some 40 lecturers hold Russian degrees.") == []

# --- review 56 (misfires of the lead's round 40a-40g) ---


def test_review56_teachers_exchanged_in_a_list_are_the_exchange():
    # fixes: teachers or lecturers after a comma in the list a verb of exchange or sending moves (was
    # dropped as an occupation alone by round 40c's walk, which stopped at the comma)
    assert found("The sides agreed to exchange doctors, teachers and engineers.") == [("education", "teachers")]
    assert found("The two sides agreed to exchange experts, lecturers and students.") == [
        ("education", "lecturers and students")]
    # must not touch: a comma that ends a clause or a list of no exchange
    assert found("In Hà Nội, teachers attended refresher courses.") == [("education", "refresher courses")]
    assert found("The fund was sent, teachers said.") == []
    assert found("He thanked the teachers, doctors and engineers who have worked in Laos.") == []


def test_review56_twinning_their_universities_is_no_tie_of_places():
    # fixes: bare "twinning" as a verb whose object, after an article or owner, is no place (was people)
    assert found("They are twinning their universities.") == [("education", "universities")]
    assert found("He proposed twinning the universities of the two cities.") == [("education", "universities")]
    # must not touch: places after the article, and the noun after an owner
    assert found("They are twinning the two provinces.") == [("people", "twinning")]
    assert found("The two cities will celebrate the tenth anniversary of their twinning next year.") == [
        ("people", "twinning")]


# === rule: `_modifier_member`, `_left_out_head`, `_middle_modified_member` =============


# --- probe 41p1 ---


def test_probe41p1_a_modifier_the_lexicon_knows_opens_a_lists_next_member():
    # fixes: a member after "and" with a modifier the lexicon uses only as one (was two mentions)
    assert found("The programme would also survey coral reefs and marine biodiversity off the coast.") == [
        ("environment", "coral reefs and marine biodiversity")]
    assert found("Laos wants support for hydropower and cross-border transmission lines.") == [
        ("energy", "hydropower and cross-border transmission lines")]
    # must not touch: a second verb, a verb's compound, a word of no kind, two sectors
    assert found("The two countries pledged to boost trade and attract investment.") == [
        ("economy", "trade"), ("economy", "investment")]
    assert found("They will exchange art troupes and co-organise film weeks.") == [
        ("culture", "art"), ("culture", "film weeks")]
    assert found("The plan covers a rail link and new roads.") == [("transport", "rail link"), ("transport", "roads")]
    assert found("They discussed smuggling and illegal logging.") == [
        ("defence_security", "smuggling"), ("environment", "illegal logging")]


def test_probe41p1_a_head_noun_the_match_leaves_out_before_a_list_joiner():
    # fixes: the members' head outside the matched term, then a comma and "as well as" or a list going on
    assert found("Russia has supplied vaccine doses, as well as ventilators and protective equipment, to Vietnam.") == [
        ("health", "vaccine doses, as well as ventilators and protective equipment")]
    assert found("Climate change adaptation, disaster prevention and water resources were on the agenda.") == [
        ("environment", "Climate change adaptation, disaster prevention and water resources")]
    # must not touch: a comma closing an opening phrase, persons ending a member, a verb
    assert found("Through cultural exchanges, concerts became popular.") == [
        ("culture", "cultural"), ("culture", "concerts")]
    assert found("It held concerts by Russian ballet dancers, photo exhibitions and a festival.") == [
        ("culture", "concerts"), ("culture", "ballet"), ("culture", "photo exhibitions"), ("culture", "festival")]
    assert found("Trade rose, as well as investment.") == [("economy", "Trade"), ("economy", "investment")]


def test_probe41p1_a_middle_member_with_a_modifier_the_lexicon_lacks():
    # fixes: a comma, a modifier and a match, with another member of the sector after the joiner
    assert found("Officials discussed road transport, inland waterways and civil aviation.") == [
        ("transport", "road transport, inland waterways and civil aviation")]
    assert found("The province will develop eco-tourism, community-based tourism and sports tourism.") == [
        ("tourism_sports", "eco-tourism, community-based tourism and sports tourism")]
    # fixes: a member the lexicon lacks after ", as well as"
    assert found("Viet Nam received test kits, as well as masks and medical supplies.") == [
        ("health", "test kits, as well as masks and medical")]
    assert found("Moscow is ready to help with power plants, transmission grids and nuclear energy.") == [
        ("energy", "power plants, transmission grids"), ("nuclear", "nuclear energy")]
    # fixes: a member the lexicon lacks, then "and" and a modifier the lexicon knows
    assert found("The centre would teach Vietnamese literature, history and traditional music.") == [
        ("education", "teach"), ("culture", "literature, history and traditional music")]
    # must not touch: another sector after the list's joiner; a verb after the comma
    assert found("They discussed trade, tourism and foreign investment.") == [
        ("economy", "trade"), ("tourism_sports", "tourism"), ("economy", "investment")]
    assert found("Moscow will help with power plants, transmission grids and seaports.") == [
        ("energy", "power plants"), ("energy", "grids"), ("transport", "seaports")]
    assert found("They exchanged delegations, held theoretical seminars and organised cadre training.") == [
        ("diplomacy", "exchanged delegations"), ("party", "theoretical seminars"), ("party", "cadre training")]


# --- review 57 (misfires of the lead's rounds 42a-42e and 43a-43d) ---


def test_review57_teachers_who_study_a_thing_are_no_trainees():
    # fixes: round 43d read "study" with an object (to examine) as teachers trained
    assert found("The lecturers will study the plan.") == []
    assert found("The teachers are studying the proposal.") == []
    # must not touch: teachers who study somewhere (round 43d)
    assert found("More Lao lecturers will study in Vietnam.") == [("education", "lecturers")]
    assert found("Teachers can study in Russia.") == [("education", "Teachers")]


# --- the reread of the stop's change ---


def test_reread_teachers_after_a_comma_need_the_list_to_go_on_and_study_in_detail_examines():
    # fixes: "They sent aid, teachers said" read the comma as a list's (review 56's _list_comma); "study
    # in detail the draft" read as study abroad (round 43d)
    assert found("They sent aid, teachers said.") == []
    assert found("The lecturers will study in detail the draft budget.") == []
    # must not touch: the list that goes on (review 56), study in a place (round 43d)
    assert found("The sides agreed to exchange doctors, teachers and engineers.") == [("education", "teachers")]
    assert found("More Lao lecturers will study in Vietnam.") == [("education", "lecturers")]
