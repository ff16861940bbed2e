"""Tests of :mod:`framing.sectors.figures`: figures of speech, counts and amounts, scenes, one flight or train.

Each test sits in the file of the module whose rule decides its assertion. The tests are ordered by
rule, in the order the module defines them (a ``# === rule:`` line names the function; "other rules"
where none stands out), and a ``# ---`` comment names the round or probe that added each group.
End-to-end tests over the two study reports are in ``tests/test_sectors.py``; shared helpers in
``tests/sectors_helpers.py``, fixtures in ``tests/conftest.py``.
"""

from __future__ import annotations

import pytest
from sectors_helpers import found

# === rule: `_VENUES` ===========================================================================
# --- review 13 leftovers ---


def test_review13_visitors_at_a_ceremony_are_its_guests():
    assert found("The number of foreign visitors at the ceremony was small.") == []
    # must not touch: the flow of visitors to a country
    assert found("He noted that the number of Russian visitors to Việt Nam has recovered strongly.") == [
        ("tourism_sports", "visitors")]


# === rule: `_train_vehicle` ====================================================================
# --- probe 15 ---


def test_round24b_train_the_noun_is_transport():
    # fixes: "train" after a count or beside another vehicle is the vehicle, not the verb of education
    assert found("We need more ships and trains, the minister said.") == [("transport", "trains")]
    assert found("The operator will run two trains a week from May.") == [("transport", "trains")]
    assert found("Trucks or trains will carry the coffee.") == [("transport", "trains")]
    assert found("Some 40 trains left the station.") == [("transport", "trains")]
    # must not touch: the verb, with its count or object after it, or beside another verb
    assert found("The academy will train more engineers.") == [("education", "train")]
    assert found("Russia will help Laos train 200 specialists.") == [("education", "train")]
    assert found("The college will educate and train nurses.") == [("education", "educate and train")]


# --- review 20 ---


def test_review20_train_after_plural_vehicles_is_the_verb():
    # fixes: a singular "train" after plural vehicles opens a second clause
    assert found("Russia will help Vietnam build ships and train sailors.") == [("education", "train")]
    # must not touch: vehicles that agree in number
    assert found("Travellers can go by bus or train to the border.")[-1] == ("transport", "train")
    assert found("We need more ships and trains.") == [("transport", "trains")]


# === rule: `_domestic` =========================================================================
# --- review of round 9 ---


def test_politics_inside_one_country_is_no_sector():
    # must not touch: ties between a country's own regions and its centre, a dialogue among factions
    assert found("Relations between provinces and Ottawa remain tense.") == []
    assert found("Cooperation between regions and the federal centre on tax collection improved.") == []
    assert found("The UN envoy urged an inclusive political dialogue among Libyan factions.") == []
    assert found("Venezuela's government and opposition resumed political dialogue in Mexico.") == []
    assert found("They discussed parliamentary relations between the ruling coalition and the opposition.") == []
    # between states: the two countries, a named pair, or a bilateral word in the sentence
    assert found("Ties between the two regions grew.") == [("people", "Ties between the two regions")]
    assert found("They praised political dialogue between Hanoi and Moscow.") == [("diplomacy", "political dialogue")]
    assert found("The two countries value their political dialogue among other ties.") == [
        ("diplomacy", "political dialogue")]


def test_political_dialogue_between_named_states_whatever_the_sentence_holds():
    # review of the round-9 fixes: a word of politics at home does not undo "between Russia and Vietnam"
    assert found("The opposition welcomed the political dialogue between Russia and Vietnam.") == [
        ("diplomacy", "political dialogue")]
    # must not touch: between bodies with no name, and among factions
    assert found("They discussed parliamentary relations between the ruling coalition and the opposition.") == []
    assert found("The UN envoy urged an inclusive political dialogue among Libyan factions.") == []


# --- round 26a, heldout53 ---


def test_r26a_a_dialogue_between_our_countries_is_between_states():
    # fixes: "between our countries" (a speaker's two countries) makes "political dialogue" bilateral
    assert found('"The political dialogue between our countries never stopped," the envoy said.') == [
        ("diplomacy", "political dialogue")]
    assert found("The political dialogue between their nations has deepened.") == [("diplomacy", "political dialogue")]
    # must not touch: politics inside one country
    assert found("The political dialogue among the factions of our country is lively.") == []
    assert found("The political dialogue between our parliament's factions is lively.") == []


# === rule: `_quoted_name` ======================================================================
# --- round 21, heldout32 ---


def test_round21_words_inside_a_short_quoted_name_are_no_field():
    # round 21: two to six capitalised words between double quotes name a programme or an event
    # (_quoted_name): sector words inside names are not annotated
    assert found('They will hold a "Youth Friendship Bridge" tourism programme.') == [("tourism_sports", "tourism")]
    # must not touch: a quoted sentence, quoted lower-case words
    assert found('"Education is the key to our friendship," he said.') == [("education", "Education")]
    assert found('She said "education and trade" mattered most.') == [
        ("education", "education"), ("economy", "trade")]


# === rule: `_quoted_figure` ====================================================================
# --- review 14 leftovers ---


def test_review14_leftovers_a_quoted_epithet_is_a_figure():
    # heldout32 e429: becoming "a small bridge" between two countries: scare quotes around an
    # article and the word mark a figure, no structure
    assert found('She dreamed of becoming "a small bridge" between Việt Nam and Russia.') == []
    # must not touch: an unquoted bridge, a quoted sentence that ends with the word
    assert found("They will build a small bridge between the two villages.") == [("transport", "bridge")]
    assert found('"We opened the bridge", he said.') == [("transport", "bridge")]


def test_agreed_errors8_a_quoted_figure_after_as_is_no_field():
    # heldout24 e329, heldout26 e354, heldout32 e429: a quoted "a school of ..." / "a small bridge"
    assert found('He described the CPV as "a school of political experience for us".') == []
    assert found('Hanoi values the joint ventures as "a school for our engineers".') == []
    assert found('She dreamed of becoming "a small bridge" between Việt Nam and Russia.') == []
    # must not touch: an unquoted school, a quoted sentence, a quote with no "as" or copula before it
    assert found("The company will build a school in the province.") == [("education", "school")]
    assert found('"We opened a school", he said.') == [("education", "school")]
    assert found('He said the fund would build "a bridge over the river".') == [("transport", "bridge")]


# === rule: `_topic_of_work` ====================================================================
# --- round 17, party-heavy copy, heldout21 ---


def test_round17_the_topic_of_a_work_is_no_field():
    # what a film or a book is about is what it shows, not a field of cooperation
    assert found("They will co-produce a feature film about Vietnamese students in Moscow.") == [
        ("culture", "film")]
    assert found("The book about trade was published.") == []
    # must not touch: talks or events about a field
    assert found("They talked about education and tourism.") == [
        ("education", "education"), ("tourism_sports", "tourism")]
    assert found("A seminar about nuclear energy was held.") == [("nuclear", "nuclear energy")]
    # ... nor a work about cooperation in a field: the field of the ties (review 10)
    assert found("Newspapers ran stories about cooperation in energy.") == [("energy", "energy")]


# --- round 21, heldout32 ---


def test_round21_the_topic_of_a_drama_is_what_it_shows():
    # round 21: "drama" joins the works whose topic after "about" is what they show (work_about)
    assert found("The week opened with a new war drama about Soviet military specialists.") == []
    # must not touch: a drama school, military cooperation
    assert found("They discussed a drama school and military cooperation.") == [
        ("culture", "drama school"), ("defence_security", "military")]


# === rule: `_number_of` ========================================================================
# --- round 20, heldout28 ---


def test_round20_the_number_of_visitors_is_a_flow_counted():
    # round 20: "the number of Russian visitors to Việt Nam has recovered": a count of the flow, as
    # "12 million visitors" (class counted)
    assert found("He noted that the number of Russian visitors to Việt Nam has recovered strongly.") == [
        ("tourism_sports", "visitors")]
    # must not touch: "a number of" (some people), visitors of a delegation
    assert found("A number of visitors laid wreaths at the monument.") == []
    assert found("The visitors laid a wreath.") == []


# === rule: `_destination_after` ================================================================
# --- round 26b, heldout55 ---


def test_review27_visitors_of_the_story_a_phase_and_a_port_business():
    # fixes: visitors as the sentence's subject or one group; a stage that is a phase; a port's business
    assert found("Russian visitors laid flowers at the monument.") == []
    assert found("A group of Lao visitors toured the factory.") == []
    assert found("The investment stage of the project begins in May.") == [("economy", "investment")]
    assert found("The city seeks capital from Vladivostok port operators.") == [("transport", "port")]
    # must not touch: a flow for or to a place, a stage stood on, the scene of a ship's call
    assert found("Phú Quốc is the top choice for Russian visitors.") == [("tourism_sports", "visitors")]
    assert found("Russian visitors to Nha Trang doubled.") == [("tourism_sports", "visitors")]
    assert found("The dancers appeared on the culture stage of the festival.") == []
    assert found("The frigate docked at Cam Ranh port yesterday.") == []


# === rule: `_counted` ==========================================================================
# --- round 11, heldout9 ---


def test_visitors_and_arrivals_after_a_large_count():
    assert found("Last year Khánh Hòa welcomed about 9 million visitors.") == [("tourism_sports", "visitors")]
    assert found("The resort recorded 250,000 Korean arrivals in May.") == [("tourism_sports", "arrivals")]
    # must not touch: a delegation, a museum's public, the arrival of a delegation
    assert found("The visitors laid a wreath at the mausoleum.") == []
    # probe 9: one museum is the actor here, no field (plural_only); the visitors stay uncounted
    assert found("The museum counted 300 visitors on Sunday.") == []
    assert found("Arrivals of the delegation were delayed by the storm.") == []
    # a count after, over words of amount only
    assert found("Officials expect Korean arrivals to exceed 1 million this year.") == [("tourism_sports", "arrivals")]
    assert found("The visitors donated 100 million đồng to the fund.") == []
    # a year before them is no count (review of the whole change); a count written with a comma is
    assert found("In 2025 visitors from the province met the mayor.") == []
    assert found("The resort recorded 2,025 Korean arrivals in May.") == [("tourism_sports", "arrivals")]


# --- round 15, heldout16 ---


def test_round15_arrivals_to_a_place_then_a_count():
    # round 15: the count may follow the place they arrive in ("arrivals to Việt Nam topped 640,000")
    assert found("He noted that Russian arrivals to Việt Nam topped 640,000 last year.") == [
        ("tourism_sports", "arrivals")]
    assert found("Arrivals in Nha Trang reached 1.2 million.") == [("tourism_sports", "Arrivals")]
    # must not touch: a delay, a count of goods, a small count of newcomers
    assert found("The arrivals to Moscow were delayed by 2 hours.") == []
    assert found("Arrivals to Hà Nội topped 2 million tonnes of rice.") == []
    assert found("New arrivals in Hanoi, 20 in all, were welcomed.") == []


def test_review8_counts_of_arrivals_use_the_shared_count_rule():
    # framing.lexicons.counts.is_count (least=1000) decides here and for the speakers: a year is no
    # count before the word or after it, a count with a comma is
    assert found("More than 3,000 Russian visitors came in May.") == [("tourism_sports", "visitors")]
    assert found("In 2024 arrivals topped 180,000.") == [("tourism_sports", "arrivals")]
    assert found("Arrivals reached 2,025 in May.") == [("tourism_sports", "Arrivals")]
    # must not touch: a year before or after, a small count
    assert found("In 1990 visitors from Hanoi came.") == []
    assert found("Arrivals reached 2025 in May.") == []
    assert found("The 250 visitors laid a wreath.") == []


# --- review leftovers ---


def test_review_leftovers_decimal_counts_of_visitors():
    # rev9 C7: "100.5" is no count of thousands (is_count read it as 1005)
    assert found("About 100.5 visitors came.") == []
    # must not touch: a count of thousands, a count in words
    assert found("Some 1,500 visitors came.") == [("tourism_sports", "visitors")]
    assert found("Nearly 3.2 million visitors came.") == [("tourism_sports", "visitors")]


# --- Probe 20 ---


def test_probe20_visitors_named_by_their_origin_or_destination_are_a_flow():
    # fixes: "visitors" with no count but an origin ("Russian", "foreign") or a place they go to
    assert found("Đà Lạt is the favourite resort for Korean visitors in winter.") == [("tourism_sports", "visitors")]
    assert found("The new rules on e-visas for visitors to Côn Đảo took effect.")[-1] == ("tourism_sports", "visitors")
    # must not touch: one group of the story ("the Korean visitors", "twelve Korean visitors"), bare visitors
    assert found("The Korean visitors laid flowers at the memorial.") == []
    assert found("Twelve Korean visitors toured the shipyard.") == []
    assert found("The visitors were briefed on the project.") == []


# === rule: `_venue_public` =====================================================================
# --- round 13, heldout10, heldout12 ---


def test_review6_a_venues_visitors_are_no_tourism():
    # the lead's round 44: the schools visitors come from are where, no field
    assert found("The exhibition drew 5,000 visitors from Hà Nội schools.") == []
    assert found("Vietnam Expo attracted 20,000 visitors, including 3,000 foreign traders.") == []
    assert found("The website drew 2 million visitors in March.") == []
    assert found("Some 10,000 visitors to the trade fair signed up.") == [("economy", "trade")]
    # still: a place's visitors
    assert found("Hà Nội received 5 million visitors in 2024.") == [("tourism_sports", "visitors")]
    assert found("Some 10,000 visitors to the city came from Russia.") == [("tourism_sports", "visitors")]


# --- review 14 leftovers ---


def test_review15_visitors_drawn_by_a_site_or_on_business_are_no_tourists():
    # review 15: a venue's public and visitors on business are no tourist flow
    assert found("The website attracts thousands of visitors a day.") == []
    assert found("The fair will attract more business visitors to Hanoi.") == [("economy", "business")]
    # must not touch: visitors drawn to a place
    assert found("The province hopes to attract more Russian visitors to Cua Lo beach.") == [
        ("tourism_sports", "attract more Russian visitors")]


# === rule: `_one_performance` ==================================================================
# --- round 25b, heldout51 ---


def test_round25a_one_performance_and_one_stall_are_items_of_an_event():
    # fixes: what one performance was of, and the kind of one stall
    assert found("Visitors were welcomed with a performance of traditional music at the station.") == []
    assert found("The fair featured a calligraphy corner and a Vietnamese cuisine stall.") == []
    # must not touch: performances in the plural, cuisine as a field
    assert found("The two troupes gave joint performances of Vietnamese music in Moscow.") == [("culture", "music")]
    assert found("Vietnamese cuisine has become popular in Moscow.") == [("culture", "cuisine")]


# === rule: `_diagnosed_field` ==================================================================
# --- review 18 ---


def test_review18_a_diagnosis_of_another_field_is_a_figure():
    # fixes: a diagnosis of the market or the economy judges that field, no medicine
    assert found("Analysts said their diagnosis of the market was right.") == [("economy", "market")]
    assert found("A diagnosis of the economy came from the bank.") == [("economy", "economy")]
    # must not touch: a diagnosis of a disease, or of nothing named as a field
    assert found("Doctors helped with the diagnosis of tuberculosis.") == [
        ("health", "diagnosis"), ("health", "tuberculosis")]
    assert found("A diagnosis of the case was made.") == [("health", "diagnosis")]


# === rule: `_one_object` =======================================================================
# --- round 13, heldout10, heldout12 ---


def test_round_13_words():
    assert found("The two sides agreed to coordinate at meetings of communist and workers' parties.") == [
        ("party", "meetings of communist and workers' parties")]
    assert found("He stressed cadre exchanges and exchanges of cadres.") == [
        ("party", "cadre exchanges and exchanges of cadres")]
    assert found("They studied the theory of socialism.") == [("party", "theory of socialism")]
    assert found("They discussed aquaculture and fisheries.") == [("economy", "aquaculture and fisheries")]
    assert found("He said the processing industry and agriculture grew.") == [
        ("economy", "processing industry and agriculture")]
    assert found("Container trains run weekly and goods go by rail to Moscow.") == [
        ("transport", "Container trains"), ("transport", "by rail")]
    assert found("They will hold book fairs and a football match and a volleyball tournament.") == [
        ("culture", "book fairs"), ("tourism_sports", "football"), ("tourism_sports", "volleyball")]
    assert found("He addressed the Vietnamese abroad.") == [("people", "Vietnamese abroad")]
    # an attaché is an office: the field word before it names no field
    assert found("The Vietnamese Embassy's labour attaché told reporters about the labour market.") == [
        ("labour", "labour market")]
    # must not touch: a party's name, workers who meet, the cadre who speaks, another theory, a rail,
    # a book that is fair, the verb "attaches", the processing of visas
    assert found("The Workers' Party of Korea sent a delegation.") == []
    assert found("Meetings of the workers were held in Hanoi.") == [("labour", "workers")]
    assert found("The cadre said the exchanges were useful.") == []
    assert found("They studied the theory of relativity.") == []
    assert found("The rail was painted.") == []
    assert found("The book was fair.") == []
    assert found("Vietnam attaches importance to education.") == [("education", "education")]
    assert found("The processing of visas was slow.") == []


# --- recall on new copy ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # must not touch: the same words in another sense, and the bare words left out
        ("The court ruled on the crime last week.", []),
        ("Drug prices rose.", []),
        ("Staff turnover at the embassy was low.", []),
        ("The fiscal year ends in June.", []),
        ("The settlements along the river were flooded.", []),
        ("The guests wore masks at the ceremony.", []),
        ("The clinical picture of the economy is mixed.", [("economy", "economy")]),
        ("Cycling across the city, the ambassador met residents.", []),
        ("He held the rail as the ship docked.", []),
        ("They discussed cooperation within the United Nations Development Programme.", []),
        ("He showed artistic flair in the talks.", []),
        ("The laboratory was closed for the holiday.", []),
        ("The erosion of trust worried him.", []),
        ("The veterans laid a wreath.", []),
        # a folded Vietnamese name is no field word ("AI" and "tram lines" are no terms)
        ("Ms Ai said the plan was good.", []),
        ("Tram said the city would open an office.", []),
    ],
)
def test_recall_on_new_copy_leaves_other_senses_alone(text, expected):
    assert found(text) == expected


# --- Probe 25 ---


def test_probe25_one_satellite_is_one_craft():
    # fixes: one satellite after "a" and its modifiers
    assert found("The agency offered to launch a Lao weather satellite.") == []
    # must not touch: satellites, satellite data
    assert found("They will share satellite data.") == [("science_technology", "satellite")]


# === rule: `_noun_as_verb` =====================================================================
# --- round 22b, heldout29 ---


def test_round22b_a_field_noun_written_as_a_verb_is_no_field():
    # round 22b: "the fund finances the production": a verb with its object (_noun_as_verb)
    assert found("The RDIF, Russia's sovereign wealth fund, finances the production of Sputnik V abroad.") == []
    # must not touch: the noun, plural or not
    assert found("Public finances and finance were discussed.") == [("economy", "finances and finance")]
    assert found("The finances of the two banks grew.") == [("economy", "finances")]


# --- round 23a, heldout35 ---


def test_cls10_lending_fishing_rail_and_care_words_are_fields():
    # fixes: lending as banking, fishing as an industry, bare rail, diagnosis, insurance, testing
    assert found("The state bank will increase lending to small farms in the delta.") == [("economy", "lending")]
    assert found("Khánh Hòa invited Japanese fishing companies to open plants in Nha Trang.") == [
        ("economy", "fishing companies")]
    assert found("The two ministers agreed that rail should carry more of the goods.") == [("transport", "rail")]
    assert found("The embassy arranged health insurance for the interns.") == [("health", "health insurance")]
    assert found("They will share experience in testing and treatment of the virus.") == [
        ("health", "testing and treatment")]
    assert ("health", "diagnosis") in found("The clinic offers diagnosis and treatment of heart diseases.")
    # must not touch: lending as a verb with its object, illegal fishing, testing alone
    assert found("The ministry is lending its support to the plan.") == []
    assert found("Coast guards raised concerns over illegal fishing incidents near the islands.") == []
    assert found("The missile testing worried the neighbours.") == []


def test_cls10_going_to_study_is_schooling_not_examining():
    # fixes: people who go, come, live to study, and a year of study
    assert found("Many Lao officials went to study in Hà Nội in the 1980s.") == [("education", "went to study")]
    assert found("She lived and studied in Kyiv for six years.") == [("education", "lived and studied")]
    assert found("No one should lose a year of study because of the floods.") == [("education", "year of study")]
    assert found("Many young Laotians go to Việt Nam to study every year.") == [
        ("education", "go to Việt Nam to study")]
    # must not touch: "study" with an object is to examine
    assert found("The ministry will study the proposal carefully.") == []
    assert found("The experts came to study the flood defences.") == [("defence_security", "defences")]
    assert found("The experts came to Hanoi to study the flood defences.") == [("defence_security", "defences")]


# === rule: `_lent_figure` ======================================================================
# --- review 18 ---


def test_review18_lending_a_figure_is_the_verb():
    # fixes: lending momentum, support or weight is a figure, no lending as a field
    assert found("The summit is lending new momentum to the partnership.") == []
    assert found("Moscow is lending its support to the peace talks.") == []
    assert found("The report, lending weight to the claims, appeared on Monday.") == []
    # must not touch: lending to firms, lending rates
    assert found("The bank expanded lending to small farms.") == [("economy", "lending")]
    assert found("Lending rates fell in May.") == [("economy", "Lending")]


# === rule: `_scene_cause` ======================================================================
# --- round 22b, heldout29 ---


def test_round22b_a_health_measure_as_a_cause_sets_the_scene():
    # round 22b: "because of pandemic controls", "due to the ...": the cause of what is reported,
    # as "during the pandemic" (_scene_cause)
    assert found("Trade fell sharply because of pandemic controls.") == [("economy", "Trade")]
    assert found("Trade rose due to the pandemic control measures.") == [("economy", "Trade")]
    # must not touch: the measures as the matter of the talks or of cooperation
    assert found("The two sides discussed pandemic control and vaccines.") == [
        ("health", "pandemic control and vaccines")]
    assert found("Trade rose amid cooperation in pandemic control.") == [
        ("economy", "Trade"), ("health", "pandemic control")]


# --- review 14 leftovers ---


def test_review15_round22b_rules_on_close_variants():
    # review 15: a health term after "due to" that is no state of things names the field
    assert found("Ties deepened because of vaccine cooperation.") == [("health", "vaccine")]
    assert found("Trade fell because of pandemic controls.") == [("economy", "Trade")]
    # "study in" reads a place after it, not "in detail"
    assert found("CPV officials study in detail the experience of the CPRF.") == []
    assert found("500 CPV officials studied in Moscow.") == [("party", "officials studied in")]
    # the flight between two places is the air link, one trip of the story is not
    assert found("Vietnam Airlines will resume the flight between Hanoi and Moscow.") == [
        ("transport", "flight")]
    assert found("The flight also brought back face masks.") == []


# --- Probe 20 ---


def test_probe20_a_disease_that_names_a_season_sets_the_scene():
    # fixes: "during the dengue season" is a time of year
    assert found("The wards were full during the dengue season.") == []
    # must not touch: cooperation against the disease
    assert found("The institutes will cooperate against dengue before the rainy season.") == [("health", "dengue")]


# === rule: `_own_efforts` ======================================================================
# --- round 22b, heldout29 ---


def test_round22b_one_countrys_own_efforts_against_a_disease_are_domestic():
    # round 22b: "Việt Nam's efforts to contain the disease" briefed to a partner: a domestic matter
    # (_own_efforts)
    assert found("He informed his counterpart of Việt Nam's efforts to contain the disease.") == []
    # must not touch: joint efforts, both countries' efforts, efforts in a field, cooperation sought
    assert found("They praised joint efforts to contain the disease.") == [("health", "disease")]
    assert found("He praised the two countries' efforts to fight diseases.") == [("health", "diseases")]
    assert found("He praised Russia's efforts in health care.") == [("health", "health care")]
    assert found("He praised Vietnam's efforts to expand cooperation with Russia in health care.") == [
        ("health", "health care")]


# --- review 14 leftovers ---


def test_review15_efforts_for_a_partner_named_after_are_cooperation():
    # review 15: a partner after the matter ("to Vietnam") makes one side's efforts cooperation
    assert found("Russia's efforts to supply vaccines to Vietnam were praised.") == [("health", "vaccines")]
    # must not touch: one country's own efforts, another matter after "and"
    assert found("He informed his counterpart of Việt Nam's efforts to contain the disease.") == []
    assert found("Vietnam's efforts to contain the disease and boost trade with Russia were praised.") == [
        ("economy", "trade")]


# === rule: `_one_flight` =======================================================================
# --- round 22b, heldout29 ---


def test_round22b_one_flight_of_the_story_is_no_air_link():
    # round 22b: "A Vietnam Airlines flight carrying ...", "The flight also brought ...": one trip
    # (_one_flight)
    assert found("A Vietnam Airlines flight carrying 278 citizens landed at Vân Đồn.") == []
    assert found("The flight also brought back face masks.") == []
    # must not touch: flights, a flight with a modifier or a lexicon phrase
    assert found("They will resume direct flights and a charter flight.") == [
        ("transport", "direct flights"), ("transport", "flight")]
    assert found("A direct flight between Hanoi and Moscow will open.") == [("transport", "direct flight")]
    assert found("The two sides will add more flights.") == [("transport", "flights")]


# --- Probe 16 ---


def test_probe16_flights_that_are_one_trip_or_domestic():
    # fixes: an ordinal or an owner before one flight, and kinds of flight that are no air link
    assert found("The first flight was delayed by fog.") == []
    assert found("Rain delayed the delegation's flight back to Moscow.") == []
    assert found("Domestic flights were delayed.") == []
    assert found("Citizens returned home on repatriation flights.") == []
    assert found("A train carrying engineers arrived on Monday.") == []
    # must not touch: the first flight on a route, direct flights, a train link, by train
    assert found("The first flight between Hanoi and Moscow took off in 2010.") == [("transport", "flight")]
    assert found("Direct flights between the two countries resumed.") == [("transport", "Direct flights")]
    assert found("A train link is planned.") == [("transport", "A train")]
    assert found("Goods will travel by train.") == [("transport", "by train")]


# --- round 24e, heldout45 ---


def test_review21_kinds_of_flight_only_before_flights():
    # fixes: "domestic" before other transport terms is no flight of a trip
    assert found("Russia will help Vietnam develop domestic aviation.") == [("transport", "aviation")]
    assert found("Vietnam wants to expand domestic railways with Russian help.") == [("transport", "railways")]
    # must not touch: domestic flights stay one country's matter
    assert found("Domestic flights were cancelled because of the storm.") == []


def test_review21_a_train_that_links_places_is_a_service():
    # fixes: a train connecting or running between places is a rail link
    assert found("They agreed to launch a train connecting Hanoi and Nanning.") == [("transport", "a train")]
    assert found("A train running between Lao Cai and Kunming was launched.") == [("transport", "A train")]
    # must not touch: one train of the story
    assert found("A train carrying fertiliser left Moscow on Monday.") == []


# --- Probe 25 ---


def test_probe25_a_trip_of_the_story():
    # fixes: a vehicle people travel by or board
    assert found("The delegates travelled by train to the border town.") == []
    assert found("The guests later took the metro to the campus.") == []
    assert found("A train had just arrived from the north.") == []
    assert found("He showed them a container ship moored at the pier.") == []
    # must not touch: goods by rail, a planned service, ships as a field
    assert found("Goods go by rail to Moscow.") == [("transport", "by rail")]
    assert found("A train will link the two capitals.") == [("transport", "A train")]
    assert found("Container ships carry more goods each year.") == [("transport", "Container ships")]


# === rule: `_dated_year` =======================================================================
# --- round 17, heldout19, heldout20 ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # times, titles and events named before set the scene
        ("Enrolment rose in the 2024–2025 school year.", []),
        ("Russia offers 1,035 scholarships for the 2021–2022 academic year.", [("education", "scholarships")]),
        ("Russia will raise the number from next academic year.", []),
        # must not touch: an undated academic year, academic ties
        ("Students could return for the new academic year.", [("education", "Students"), ("education", "academic")]),
        ("They discussed academic exchanges.", [("education", "academic")]),
        ("Boris Petrov, a leading research fellow at the institute, told TASS.", []),
        ("The festival will run until July 15.", []),
        ("She said the festival would help residents learn about Vietnamese culture.", [("culture", "culture")]),
        # must not touch
        ("They will fund research fellowships and joint research.",
         [("science_technology", "research"), ("science_technology", "research")]),
        ("They agreed to hold a festival of Vietnamese culture in Moscow.",
         [("culture", "festival"), ("culture", "culture")]),
        ("The film festival opened in Hanoi.", [("culture", "film festival")]),
        ("They agreed to hold festivals and concerts.", [("culture", "festivals and concerts")]),
        ("The school was closed for a year.", [("education", "school")]),
    ],
)
def test_round17_times_titles_and_events_named_before(text, expected):
    assert found(text) == expected


# === rule: `_figure_moves` =====================================================================
# --- Probe 16 ---


def test_probe16_unemployment_that_moves_is_a_domestic_figure():
    # fixes: unemployment of one place with a verb of change
    assert found("Unemployment in Russia fell to 2.6%.") == []
    assert found("He said unemployment in the Republic of Korea had risen.") == []
    # must not touch: unemployment as a matter of cooperation
    assert found("They agreed to cooperate to reduce unemployment.") == [("labour", "unemployment")]
    assert found("Unemployment insurance and labour migration were discussed.") == [
        ("labour", "Unemployment"), ("labour", "labour migration")]


# --- round 24e, heldout45 ---


def test_review21_unemployment_worked_against_is_no_moving_figure():
    # fixes: unemployment as the object of work against it
    assert found("Joint efforts to reduce unemployment increased in 2024.") == [("labour", "unemployment")]
    assert found("Programmes against unemployment rose in number.") == [("labour", "unemployment")]
    # must not touch: the figure of one place moving
    assert found("Unemployment in Laos fell last year.") == []


# --- round 25b, heldout51 ---


def test_probe18_the_economy_of_a_named_place_that_moves():
    # fixes: one named country's economy and a verb of change in its clause
    assert found("Brazil's economy grew 2.9% last year.") == []
    assert found("The Indonesian economy is expected to expand by 5%.") == []
    # must not touch: the object of a field, a field of cooperation, the two economies, "the country's"
    assert found("Investment in the Russian economy grew by 4%.") == [("economy", "Investment"), ("economy", "economy")]
    assert found("Cooperation in the digital economy grew quickly.") == [("economy", "digital economy")]
    assert found("The two economies complement each other.") == [("economy", "economies")]
    assert found("The country's economy has recovered strongly.") == [("economy", "economy")]


# === rule: `_AMOUNT_HEADS` =====================================================================
# --- round 25b, heldout51 ---


def test_probe18_a_sector_word_before_an_amount_is_a_figure():
    # fixes: a field's word that only qualifies a measured amount of a market or of one country
    assert found("Coal prices dropped sharply in Asia last month.") == []
    assert found("Indonesia's industrial output rose 5% in the third quarter.") == []
    assert found("Norway's gas export revenue declined by a third.") == []
    assert found("Thailand's trade surplus widened to 12 billion USD.") == []
    # must not touch: bilateral turnover, a need the cooperation meets, an owner or a deal after the amount
    assert found("Two-way trade turnover reached 5 billion USD.") == [("economy", "trade turnover")]
    assert found("Vietnam's demand for electricity is growing fast.") == [("energy", "electricity")]
    assert found("Oil output of the joint venture will stay above 3 million tonnes.") == [("oil_gas", "Oil")]
    assert found("They signed a contract on gas prices for LNG supplies.") == [
        ("oil_gas", "gas"), ("oil_gas", "LNG")]
    assert found("They discussed stabilising energy prices.") == [("energy", "energy")]
    assert found("Russia offered Vietnam discounted oil prices.") == [("oil_gas", "oil")]


# === rule: `_measured_amount` ==================================================================
# --- review 25 ---


def test_review26_an_amount_of_the_flow_with_a_partner_keeps_its_field():
    # fixes (probe 18's _measured_amount): a moving amount of the flow between two partners, named
    # after it ("with", "from", "between", "to" a capitalised name) or by "bilateral", is the field
    assert found("Malaysia's trade surplus with Japan rose to 9 billion USD.") == [("economy", "trade")]
    # probe 20: "Korean visitors" is a flow of its own (figures._visitor_flow), a second mention
    assert found("Tourism revenue from Korean visitors grew 30% this year.") == [
        ("tourism_sports", "Tourism"), ("tourism_sports", "visitors")]
    assert found("The bilateral trade surplus narrowed last year.") == [("economy", "trade")]
    assert found("Two-way trade surplus narrowed last year.") == [("economy", "trade")]
    # fixes: a goal the sides set for the amount ("for ... to" a move), the partners' own amount ("joint")
    assert found("The ministers set a target for trade revenue to reach 8 billion USD by 2028.") == [
        ("economy", "trade")]
    assert found("The joint company's gas output rose 4% last year.") == [("oil_gas", "gas")]
    assert found("Gas output at the joint block grew 4% last year.") == [("oil_gas", "Gas")]
    # must not touch: one country's own amount that moves, a forecast "to" a move, a joint text's report
    assert found("Malaysia's trade surplus widened to 9 billion USD.") == []
    assert found("Tourism revenue grew 30% this year.") == []
    assert found("Malaysia's gas output is expected to reach 80 billion cubic metres.") == []
    assert found("The joint statement noted that coal prices fell.") == []


# === rule: `_ECONOMY_STATES` ===================================================================
# --- review 28 ---


def test_rev28_an_economy_in_a_state_that_names_the_field_again():
    # fixes: a state verb whose clause names the field is the field ("remains a priority for investors")
    assert ("economy", "banking") in found(
        "Vietnam's banking system faces new opportunities from Russian investors.")
    assert ("economy", "economy") in found("The Vietnamese economy remains a priority for Russian investors.")
    # must not touch: a state of one country's branch
    assert found("The Lao banking system remained fragile last year.") == []


# === rule: `_RANK_WORDS` =======================================================================
# --- probe 22 ---


def test_probe22_an_economy_ranked_or_measured_or_a_branch_in_a_state():
    # fixes: a superlative or rank in the noun phrase, a measure of the economy, a named country's
    # economy or banking sector in a state
    assert found("Vietnam is among the fastest-growing economies in Asia.") == []
    assert found("Japan remains one of the most advanced economies.") == []
    assert found("The plan aims to triple the scale of the economy.") == []
    assert found("The Cambodian economy faced a drought last year.") == []
    assert found("The Lao banking system remained fragile, the minister noted.") == []
    # must not touch: the field around the same words
    assert found("Cooperation in the green economy deepened.") == [("economy", "green economy")]
    assert found("Japan is the largest investor in the Vietnamese economy.") == [
        ("economy", "investor"), ("economy", "economy")]
    assert found("Russia will help Laos modernise its banking system.") == [("economy", "banking")]
    # fixes: one firm's own business as the subject of its verb; untouched: a nation's business abroad
    assert found("Vinamilk's business grew 9% last year.") == []
    assert found("Vietnamese business has grown in Russia.") == [("economy", "business")]


# === rule: `_NOT_SUPERLATIVES` =================================================================
# --- review 28 ---


def test_rev28_a_word_ending_in_est_is_no_superlative():
    # fixes: "forest" read as a superlative ranked the economy (no economy left)
    assert ("economy", "economy") in found("Laos plans to build a forest economy with help from Vietnam.")
    # must not touch: a superlative still ranks the country
    assert found("Laos is among the fastest-growing economies in the region.") == []


# === rule: `_predicate_figure` =================================================================
# --- precision classes 7 ---


def test_prec7_a_field_likened_to_a_thing_is_a_figure():
    # a copula, an article and one noun whose subject is a field: what that field is like
    assert found('"Music is the fastest road into a foreign heart," the conductor said.') == [
        ("culture", "Music")]
    assert found("Tourism, he said, is a school of mutual understanding.") == [("tourism_sports", "Tourism")]
    # must not touch: a subject of no field, the noun before the copula, a noun after a verb
    assert found("The flagship project is a road to the border gate.") == [("transport", "road")]
    assert found("The new road is a gift from the province.") == [("transport", "road")]
    assert found("Tourism needs a road to the beach.") == [("tourism_sports", "Tourism"), ("transport", "road")]


# --- round 21, heldout32 ---


def test_round21_an_adverb_after_the_copula_keeps_the_figure():
    # round 21: "X is perhaps the shortest road to ...": a stance adverb between the copula and the
    # noun keeps the predicate a figure of the field named before it (_predicate_figure)
    assert found("Cinema is perhaps the shortest road to the heart of another nation.") == [("culture", "Cinema")]
    # must not touch: a subject of no sector, or of the same sector
    assert found("The project is perhaps the shortest road to the border.") == [("transport", "road")]
    assert found("The new expressway is also the main road to the port.") == [
        ("transport", "expressway"), ("transport", "road"), ("transport", "port")]


# --- review 14 ---


def test_review14_a_field_in_a_framing_phrase_is_no_subject_of_a_figure():
    # "Besides energy, another priority is the railway": energy opens the sentence in a framing
    # phrase, so the railway is no figure of energy but a field of its own
    assert found("Besides energy, another priority of cooperation is the railway.") == [
        ("energy", "energy"),
        ("transport", "railway"),
    ]
    assert found("As for energy, another priority is the railway.")[1] == ("transport", "railway")
    # must not touch: the field as the subject, with or without a parenthesis before the copula
    assert found("Culture is the shortest road between two hearts.") == [("culture", "Culture")]
    assert found("Culture, the minister said, is the shortest road between hearts.") == [("culture", "Culture")]


# --- review 14 leftovers ---


def test_review14_leftovers_a_match_that_modifies_the_subject_is_no_subject_of_a_figure():
    # "The railway project is the largest investment": "railway" only describes the subject's head
    # ("project"), so the predicate noun is no figure of transport but a field of its own
    assert found("The railway project is the largest investment of the year.") == [
        ("transport", "railway"),
        ("economy", "investment"),
    ]
    # must not touch: the field itself as the subject, also with a phrase after it
    assert found("The railway is the largest investment of the year.") == [("transport", "railway")]
    assert found("Education in Russia is the key to our future.") == [("education", "Education")]
    assert found("Culture is a bridge between peoples.") == [("culture", "Culture")]


# === rule: `_ONE_WHOLE` ========================================================================
# --- Probe 20 ---


def test_probe20_a_maxim_about_a_field_and_one_nation_is_no_field():
    # fixes: "[field] is the [noun] of the nation/people" said of one nation
    assert found("Culture is the soul of the nation, the minister said.") == []
    assert found("He said that education is the root of the Lao people.") == []
    # must not touch: a field said to be a pillar of the ties, or a priority of two countries
    assert found("Energy remains a pillar of the relationship.") == [("energy", "Energy")]
    assert found("Culture is a priority of the two countries.") == [("culture", "Culture")]


# === rule: `_own_achievement` ==================================================================
# --- Probe 20 ---


def test_probe20_one_countrys_achievements_in_a_field_are_a_domestic_record():
    # fixes: "X's achievements in" or "its achievements in" a field (and the rest of that list)
    assert found("The senator spoke highly of Laos's achievements in disease control and education.") == []
    assert found("He congratulated Cuba on its achievements in healthcare.") == []
    # must not touch: party building, achievements with no owner or of both, a second "in" member
    assert found("He praised the CPV's achievements in building the Party.") == [("party", "building the Party")]
    assert found("The ministers reviewed the achievements in cooperation in education.") == [("education", "education")]
    assert found("The two countries' achievements in trade were noted.") == [("economy", "trade")]
    assert found("He praised Laos's achievements in healthcare and in opening its economy.") == [
        ("economy", "economy")]


# === rule: `_tourist_market` ===================================================================
# --- review 14 leftovers ---


# agreed errors 8 (issue 13): errors on mentions both annotators agree on, over the tuned parts
# annotated twice; each rule with the sentence shape it fixes and ordinary sentences it must not touch.
def test_agreed_errors8_a_market_of_visitors_is_no_trade():
    # heldout29 e393, heldout32 e431: a source of tourists called a market
    assert found("Russia is a priority market for our tourism.") == [("tourism_sports", "tourism")]
    # probe 20: the foreign visitors themselves are a flow of tourists (as heldout29 e393 marks them)
    assert found("Russia had been the largest source of foreign visitors, and the province wants to win "
                 "back that market.") == [("tourism_sports", "visitors")]
    # must not touch: a market of goods, a market opened, a market with no visitors in the sentence
    assert found("Russia is a priority market for Vietnamese exports and tourism.") == [
        ("economy", "market"), ("tourism_sports", "tourism")]
    assert found("They agreed to expand tourism and open the Russian market to Vietnamese fruit.") == [
        ("tourism_sports", "tourism"), ("economy", "market")]
    assert found("The two sides discussed the Russian market.") == [("economy", "market")]


# --- agreed errors 9 ---


def test_fix10_a_market_for_goods_is_trade_even_beside_tourists():
    # fix 10 (review 16 leftover): goods and commodities are the lexicon's class "goods"
    assert found("Russia is a key market for Vietnamese seafood and for tourists.") == [
        ("economy", "market"), ("tourism_sports", "tourists")]
    assert found("Russian tourists love the country, a growing market for Vietnamese rice.") == [
        ("tourism_sports", "tourists"), ("economy", "market")]
    assert ("economy", "market") in found("Russia is a priority market for tourism and for Vietnamese coffee.")
    # must not touch: a market of visitors only
    assert found("Russia is a priority market for our tourism.") == [("tourism_sports", "tourism")]


# === rule: `_in_regular_service` ===============================================================
# --- round 24a ---


def test_round24c_commercial_operation_is_the_service_starting():
    # fixes: "commercial" of an operation or output that starts is regular running, no trade
    assert found("The start of commercial operation of the new line is set for May.") == []
    assert found("Commercial production at the mine began in June.") == []
    # must not touch: commercial ties, commercial cooperation
    assert found("The two sides discussed commercial ties.") == [("economy", "commercial")]
    assert found("They will expand commercial services.") == [("economy", "commercial")]


# === rule: `_oil_exploration` ==================================================================
# --- round 24a ---


def test_round24c_bare_exploration_needs_oil_in_its_sentence():
    # fixes: exploration of blocks, fields or the shelf is oil and gas exploration
    assert found("The partners discuss joint exploration of new blocks off the coast.") == [("oil_gas", "exploration")]
    assert found("The firm will continue its exploration work in Block 12 for two years.") == [("oil_gas", "exploration")]
    # must not touch: exploration of nature, of minerals or of space; an oil object named itself
    assert found("They discussed the exploration of tropical forests.") == [("environment", "forests")]
    assert found("Hanoi welcomed mineral exploration by Russian firms near the oil terminal.") == [("oil_gas", "oil")]
    assert found("They cooperate in the exploration and exploitation of hydrocarbons.") == [("oil_gas", "hydrocarbons")]


# --- round 24e, heldout45 ---


def test_review21_exploration_of_an_object_reads_that_object():
    # fixes: an object of no oil, oil only in another clause
    assert found("Joint exploration of rare earth deposits was proposed, and gas supply was discussed.") == [
        ("oil_gas", "gas")]
    # must not touch: the object is an oil place
    assert found("The two sides discussed exploration of the Arctic shelf.") == [("oil_gas", "exploration")]


# === rule: `_OIL_SITES` ========================================================================
# --- round 26b, heldout55 ---


def test_r26b_wells_drilled_there_at_an_oil_site_named_before():
    # fixes: "found oil at Block 15-1 and will drill three wells there" (was nothing)
    assert found("The venture finished a survey at Block 15-1 and will drill three wells there next year.") == [
        ("oil_gas", "drill three wells")]
    # must not touch: wells drilled "there" after a pipeline named (no oil site), wells of water
    assert found("Soldiers camped near the gas pipeline and helped drill four wells there for villagers.") == [
        ("oil_gas", "gas pipeline")]  # r30b: "pipeline" is an oil_gas term, one mention with "gas"
    assert found("Volunteers will drill three wells there for the village.") == []


# === rule: `_DRILL_PURPOSES` ===================================================================
# --- review 28 ---


def test_rev28_water_wells_drilled_beside_an_oil_site():
    # fixes: wells drilled "there" for a purpose of no oil, in a sentence naming an oil field
    assert found("The village lies near the oil field, and volunteers will drill wells there for "
                 "drinking water.") == [("oil_gas", "oil field")]
    # must not touch: wells drilled there for oil's sake, or with no purpose
    assert ("oil_gas", "drill two wells") in found(
        "The rig reached Block 09-1 and will drill two wells there to reach the deeper reservoir.")
    assert ("oil_gas", "drill three wells") in found(
        "Vietsovpetro mapped the White Tiger field and will drill three wells there in 2026.")


# === rule: `_oil_drilling` =====================================================================
# --- review 14 leftovers ---


def test_agreed_errors8_drilling_beside_an_oil_place_is_oil_and_gas():
    # heldout13 e201, heldout24 e333, heldout25 e346, heldout26 e354: bare drilling at a well or block
    assert found("The drilling of the first production well is proceeding on schedule.") == [
        ("oil_gas", "drilling")]
    assert found("We are drilling in Block 09-1 with our Vietnamese colleagues.") == [("oil_gas", "drilling")]
    assert found("They are preparing to drill several appraisal wells at the Bach Ho field.") == [
        ("oil_gas", "drill several appraisal wells")]
    # heldout5 e104 (tuned): the wells drilled belong to the mention, so it meets the annotated "wells"
    assert found("Zarubezhneft planned to drill four exploration wells in Block 09-1.") == [
        ("oil_gas", "drill four exploration wells")]
    # must not touch: troops' drills, a dentist, wells of water, "the field of", "as well"
    assert found("Officers drill the young troops as well near the gas plant.") == [("oil_gas", "gas")]
    assert found("Vietnamese soldiers helped drill 20 deep wells for villagers.") == []
    assert found("The soldiers were drilling on the square.") == []
    assert found("Vietnamese soldiers helped drill 20 wells for villagers in the dry season.") == []
    assert found("The two sides drilled together in the field of search and rescue.") == [
        ("defence_security", "search and rescue")]  # no oil and gas; the field is a term since lead 35


# --- probe 9 ---


def test_review16_noun_drill_quoted_compound_and_money_markets():
    # review 16: "a drill" is an exercise even beside an oil place; the verb drills
    assert found("Firefighters held a fire drill at the oil depot.") == [("oil_gas", "oil")]
    assert found("We are drilling in Block 09-1 off Vung Tau.") == [("oil_gas", "drilling")]
    # a quoted term that modifies a noun is the field itself, not a figure
    assert found('He described the deal as "a trade agreement" of historic scale.') == [("economy", "trade")]
    assert found('He described the CPV as "a school of political experience".') == []
    # a stock market is no source of tourists
    # probe 20: the foreign visitors are a flow of tourists by their origin (as heldout9 e158 marks
    # "Russian visitors stay longer"); the stock market stays economy
    assert found("The stock market fell as foreign visitors left.") == [("economy", "market"), ("tourism_sports", "visitors")]
    assert found("Russia is a priority market for Vietnamese tourism.") == [("tourism_sports", "tourism")]


# --- agreed errors 9 ---


def test_fix10_drilling_is_oil_and_gas_only_of_an_oil_place():
    # fix 10 (review 16 leftover): the drilling must be of, in or at an oil place, its wells, its
    # subject, or a noun of the trade in a sentence of oil; not merely in a sentence that names oil
    assert found("The officers drilled troops near the gas pipeline.") == [
        ("defence_security", "troops"), ("oil_gas", "gas pipeline")]  # r30b: "pipeline" is an oil_gas term
    assert found("Soldiers were drilling on the square beside the oil refinery.") == [("oil_gas", "oil refinery")]
    # (probe 18: was "while gas prices rose", now a market's figure, no field)
    assert found("The recruits drilled for hours while gas supplies rose.") == [("oil_gas", "gas")]
    assert found("Engineers drilled holes in the wall of the gas station.") == [("oil_gas", "gas")]
    # must not touch: drilling of, in or at an oil place, by an oil subject, the trade's nouns
    assert found("The rig is drilling at the Ca Tam field.") == [("oil_gas", "drilling")]
    assert found("Offshore drilling resumed in March.") == [("oil_gas", "Offshore drilling")]
    assert found("The venture kept drilling new wells on the shelf.") == [("oil_gas", "drilling new wells")]
    assert found("Zarubezhneft will drill at least six new wells on the Vietnamese shelf.") == [
        ("oil_gas", "drill at least six new wells")]
    assert found("Output depends on drilling and on enhanced oil recovery.") == [
        ("oil_gas", "drilling"), ("oil_gas", "oil")]
    assert found("Russian drilling crews returned to the offshore platforms.")[0] == ("oil_gas", "drilling")


# === rule: other rules =========================================================================
# --- probe 9 ---


def test_probe9_trains_by_what_they_carry_are_transport():
    # "trains" after "cargo"/"goods" is the vehicle, not the verb of education
    assert found("Cargo trains from Việt Nam reach Moscow in 20 days.") == [("transport", "Cargo trains")]
    assert found("Goods trains run daily.") == [("transport", "Goods trains")]
    # must not touch: the verb with "cargo" after it
    assert found("The company trains cargo handlers.") == [("education", "trains"), ("transport", "cargo")]


def test_probe9_figures_and_guards_are_no_field():
    # vigour breathed into ties, a relation "in good health", a habit of behaviour, guards of a visit
    assert found("The visit breathed new energy into bilateral relations.") == []
    assert found("He said the relationship is in good health.") == []
    assert found("The two sides share a culture of dialogue and mutual respect.") == []
    assert found("The President thanked the security staff for their work.") == []
    # must not touch: the fields themselves, "new energy" as renewables, energy converted
    assert found("The two sides will boost cooperation in new energy.") == [("energy", "energy")]
    assert found("They discussed cooperation in culture, security and health.") == [
        ("culture", "culture"), ("defence_security", "security"), ("health", "health")]
    assert found("They converted solar energy into electricity.") == [
        ("energy", "solar energy"), ("energy", "electricity")]


# --- round 24e, heldout45 ---


def test_round24f_figures_and_ceremonies():
    # fixes: "a lot to teach" (learning from experience), a military parade attended
    assert found("Our friends in Vientiane have much to teach us about combining a market economy "
                 "with a plan.") == [("economy", "market economy")]
    assert found("The president attended the military parade in Beijing.") == []
    # must not touch: teaching as schooling, military cooperation
    assert ("education", "teach") in found("Russian lecturers will teach Vietnamese students.")
    assert found("They agreed to boost military cooperation.") == [("defence_security", "military")]


# --- round 27c (heldout48) ---


def test_r27c_an_investment_in_the_ties_is_a_figure():
    # fixes: "the best investment in our relations", "an investment in the future of our friendship"
    assert found("These camps are the best investment in our relations, the minister said.") == []
    assert found("Each exchange is an investment in the future of our friendship.") == []
    # must not touch: capital put into a field, "the future" as a modifier, investment relations
    assert found("Russia raised investment in our energy sector.") == [("economy", "investment"), ("energy", "energy")]
    assert found("Investment in the future plant will reach 2 billion USD.") == [("economy", "Investment")]
    assert found("Trade and investment relations grew.") == [("economy", "Trade and investment")]


# --- round 27d (heldout56) ---


def test_r27d_a_way_after_a_copula_that_carries_the_ties_is_a_figure():
    # fixes: "will become the bridge that links our two peoples", "is the shortest road between ... nations"
    assert ("transport", "bridge") not in found(
        "Students who study abroad will become the bridge that links our two peoples.")
    assert found("Music is the shortest road between the hearts of two nations.") == [("culture", "Music")]
    # must not touch: a real bridge or road after a copula, with no ties after it
    assert found("The new bridge is the longest in the region.") == [("transport", "bridge")]
    assert ("transport", "road") in found("The road is the main route to the port.")


def test_r27d_arrivals_counted_in_half_a_million():
    # fixes: "arrivals would reach half a million": a flow counted after its words of amount
    assert found("The embassy hoped Russian arrivals would reach half a million by 2027.") == [
        ("tourism_sports", "arrivals")]
    # must not touch: arrivals of a delegation that reach a place (no count)
    assert found("The delegation arrivals would reach a hotel by noon.") == []


# --- round 28c (heldout57) ---


def test_round28c_one_vessel_before_a_participle_is_no_field():
    assert found("A container ship carrying rice docked at the port.") == []
    assert found("A container ship sailing from the north was delayed by rain.") == []
    assert found("Container ships carrying rice will call at the port.") == [("transport", "Container ships")]
    assert found("They signed a container ship building contract.") == [("transport", "container ship")]


def test_round28c_a_mode_listed_with_another_mode_is_no_one_object():
    assert found("The sides hope to launch a rail-and-sea service next year.") == [("transport", "rail")]
    assert found("They opened a rail and road route to the port.")[0] == ("transport", "rail and road")
    assert found("The rail was painted red.") == []
    assert found("They inspected the rail and the station.") == []


# --- round 28d (heldout15) ---

def test_r28d_drilling_as_the_subject_of_a_start_is_oil_drilling():
    # fixes: the drilling phase of a field project, no oil word in its sentence
    assert found("If the tests go well, drilling could start next year, the firm said.") == [("oil_gas", "drilling")]
    assert found("Drilling is expected to begin in March.") == [("oil_gas", "Drilling")]
    # must not touch: drilling with an object that is no oil well, and a soldiers' drill
    assert found("Drilling of water wells for the villagers will begin next month.") == []
    assert found("The soldiers were drilling in the yard.") == []


# --- round 28f (heldout65) ---


def test_r28f_the_train_counted_by_its_load_is_one_vehicle():
    # fixes: "The train of 62 containers covered 9,300 km": the one train of the story
    assert found("The train of 40 wagons of fertiliser left Moscow on Friday.") == []
    assert found("The train with 55 containers reached Hanoi in 12 days.") == []
    # must not touch: a train run as a service, by rail
    assert found("The firms plan to run a train of 50 containers every week.") == [("transport", "a train")]
    assert found("Goods will go by train to Moscow.") == [("transport", "by train")]


def test_r28f_the_kind_of_one_named_ship_is_no_field():
    # fixes: "on board the research vessel Akademik Oparin", "the training ship Nadezhda"
    assert found("Twenty scientists sailed on board the research vessel Professor Gagarinsky.") == []
    assert found("Cadets joined the training ship Pallada in Vladivostok.") == []
    # must not touch: research vessels as a kind, a vessel with no name
    assert found("The two sides will build research vessels together.") == [("science_technology", "research")]
    assert found("Russia will lend a research vessel to the joint centre.") == [("science_technology", "research")]


# --- round 28h (heldout30) ---


def test_r28h_the_situation_as_a_topic_of_talks():
    # fixes: the situation of the world or a region that the sides discussed is diplomacy
    assert found("The two sides exchanged views on the international situation.") == [
        ("diplomacy", "international situation")]
    assert found("The ministers also exchanged views on the situation in the Asia-Pacific region.") == [
        ("diplomacy", "situation in the Asia-Pacific region")]
    assert found("They discussed the regional situation and trade.") == [
        ("diplomacy", "regional situation"), ("economy", "trade")]
    # must not touch: the situation as a scene or a question
    assert found("Despite the complicated international situation, the talks went ahead.") == []
    assert found("Asked about the international situation, the ambassador smiled.") == []


# --- round 28g (heldout59) ---


def test_r28g_drilling_of_the_trade_after_a_sentence_on_an_oil_field():
    # fixes: "... decline of the White Tiger field. ... completed its drilling programme": the field
    # named one sentence before
    got = found("Output fell at the Dragon field. The venture then finished its drilling campaign early.")
    assert ("oil_gas", "drilling") in got
    # must not touch: no oil in either sentence (soldiers drill too, charities dig wells)
    assert found("The battalion held a parade. It then finished its drilling programme early.") == []
    assert found("The charity dug wells in three villages. Its drilling programme ended in June.") == []


def test_r28g_bare_exercises_of_armed_forces_are_defence():
    # fixes: "joint events with sailors of the Vietnamese People's Navy, including exercises on communications"
    got = found("The visiting sailors will join the Lao army in exercises on mine clearance.")
    assert ("defence_security", "exercises") in got
    # must not touch: exercises with no armed force in the sentence
    assert found("The residents held their morning exercises in the park.") == []
    assert ("defence_security", "exercises") not in found("Pupils did exercises in Vietnamese grammar.")


# --- review 31 ---


def test_review31_a_situation_with_its_talks_after_it():
    # fixes: the situation as the subject of a clause about the talks' agenda (r28h looked back only)
    assert found("The regional situation was high on the agenda of the meeting.") == [
        ("diplomacy", "regional situation")]
    # must not touch: the talks in a new clause, or a scene word before it
    assert found("The international situation is tense, but the ministers discussed fisheries.") == [
        ("economy", "fisheries")]
    assert ("diplomacy", "regional situation") not in found(
        "Amid the uncertain regional situation, the talks focused on rice exports.")


def test_review31_forces_guards_and_fleets_of_no_army():
    # fixes: "joined forces", "a security guard", an airline's fleet name no armed force (r28g)
    assert ("defence_security", "exercises") not in found("The two colleges joined forces to run exercises for pupils.")
    assert ("defence_security", "exercises") not in found("A security guard watched the exercises of the choir.")
    assert ("defence_security", "exercises") not in found("The carrier's fleet crews held evacuation exercises.")
    # must not touch: armed forces in their pairs, a capitalised Fleet, marines
    assert ("defence_security", "exercises") in found("Border guards of Laos and Việt Nam held exercises in May.")
    assert ("defence_security", "exercises") in found("Sailors of the Northern Fleet held exercises at sea.")
    assert ("defence_security", "exercises") in found("Marines of the two countries held exercises.")


# --- probe 28 ---


def test_probe28_a_country_after_a_vessel_is_no_ships_name():
    # fixes: a country or its adjective after the vessel is no ship's name
    assert ("science_technology", "research") in found("Russia will build a research vessel Vietnam ordered.")
    assert ("science_technology", "research") in found(
        "Russia will build a research vessel Vietnamese scientists asked for.")
    # must not touch: one named ship
    assert found("They sailed on the research vessel Akademik Oparin.") == []


def test_probe28_drills_of_safety_are_no_oil_drilling():
    # fixes: fire, evacuation and emergency drills at an oil site
    assert ("oil_gas", "drills") not in found("Workers held fire drills at the oil plant.")
    assert ("oil_gas", "drills") not in found("The crew ran emergency and fire drills on the offshore platform.")
    # must not touch: drilling for oil
    assert ("oil_gas", "drills") in found("The oil company drills at the White Tiger field.")
    assert found("Vietsovpetro will drill new wells on the shelf.") == [("oil_gas", "drill new wells")]


def test_probe28_a_situation_that_has_its_verb_ends_its_clause_at_and():
    # fixes: "and" after the situation's own verb opens a new clause
    assert ("diplomacy", "international situation") not in found(
        "The international situation is complicated and the sides discussed trade.")
    assert ("diplomacy", "regional situation") not in found(
        "The regional situation remained tense and the ministers reviewed energy projects.")
    # must not touch: "and" joining a list before the verb of talks
    assert ("diplomacy", "international situation") in found(
        "The international situation and trade were discussed at the talks.")


def test_probe28_training_with_an_armed_force_is_no_education():
    # fixes: "train with" a force: exercises together, no one educated
    assert found("Its crews regularly train with the Vietnamese coast guard.") == []
    assert found("Vietnamese sailors train with the Russian Navy every year.") == []
    # must not touch: training with teachers or partners
    assert ("education", "train") in found("Russia will train specialists with Vietnamese partners.")


# --- round 29c (heldout37) ---


def test_r29c_troops_marching_in_a_parade_are_a_ceremony():
    # fixes: troops that march in a parade their clause names, as "military parade"
    assert found("A Lao guard of honour joined the parade alongside troops from ten countries.") == []
    assert found("Vietnamese cadets will march on Red Square next to Russian troops.") == []
    # must not touch: troops after the clause of the parade, and the month of March
    assert found("After the parade, the two ministers discussed exercises of their troops.") == [
        ("defence_security", "exercises"), ("defence_security", "troops")]
    assert found("In March troops of the two countries held drills.") == [("defence_security", "troops")]


# --- round 29d (heldout23) ---


def test_r29d_a_flow_word_repeated_in_its_sentence_is_the_same_flow():
    # fixes: bare "visitors" after a counted or origin-named flow of visitors in the same sentence
    assert found("The province, which receives most Russian visitors, will open an information centre "
                 "for visitors.") == [("tourism_sports", "visitors"), ("tourism_sports", "visitors")]
    assert found("Some 300,000 foreign visitors came last year, and the city built new hotels for visitors.")[-1] == (
        "tourism_sports", "visitors")
    # must not touch: bare visitors in a sentence of their own, or after a show's public
    assert found("Nearly 200,000 Russian visitors came. The visitors laid a wreath at the monument.") == [
        ("tourism_sports", "visitors")]
    assert ("tourism_sports", "visitors") not in found("The exhibition drew 5,000 visitors and the museum thanked visitors.")


# --- round 29f (heldout69) ---


def test_r29f_water_named_by_its_depth_is_an_oil_place():
    # fixes: drilling and exploration in deep water are offshore oil work
    assert ("oil_gas", "drilling") in found("We are now drilling in deeper water at the field.")
    assert ("oil_gas", "drilling") in found("The venture is drilling in deep water off the coast.")
    assert ("oil_gas", "exploration") in found("The two countries can take on deep-water exploration together.")
    assert ("oil_gas", "exploration") in found("The company plans to start exploration in shallow water next year.")
    # must not touch: wells of clean water, exploration of a reef, divers in deep water
    assert found("Engineers helped villagers drill wells for clean water.") == []
    assert ("oil_gas", "exploration") not in found(
        "Divers practised in deep water while scientists continued the exploration of the reef's biodiversity.")


def test_r29f_industry_as_the_source_of_a_figure_is_no_field():
    # fixes: "industry data", "industry analysts": who gave the figure
    assert found("Imports rose by 10%, according to industry data.") == []
    assert found("The figure comes from industry estimates published in May.") == []
    # must not touch: industry as a field, or an industry that moves
    assert found("The two sides agreed to expand cooperation in industry.") == [("economy", "industry")]
    assert found("The industry grew by 5% last year.") == [("economy", "industry")]


def test_r29f_a_named_quoted_phrase_is_a_figure():
    # fixes: a naming verb gives its object a quoted name ("called X \"a school of ...\"")
    assert ("education", "school") not in found('He called Vietsovpetro "a school of the oil and gas industry".')
    assert ("education", "school") not in found('The minister called the academy "a school for future leaders".')
    assert ("education", "school") not in found('Many dubbed the venture "a school for engineers".')
    # must not touch: an appeal for a school, a school named unquoted
    assert ("education", "school") in found('The minister called for "a school for engineers" in the province.')
    assert ("education", "school") in found("He called the school a model for the region.")


def test_r29f_a_place_handling_cargo_is_its_own_throughput():
    # fixes: the amount of cargo a port or city handled is its own figure
    assert found("Hải Phòng handled over 200 million tonnes of cargo last year.") == []
    assert ("transport", "freight") not in found("The port handles about 5 million tonnes of freight a year.")
    # must not touch: cargo carried between the countries, handling as cooperation
    assert ("transport", "cargo") in found("The railway will carry 5 million tonnes of cargo between the two countries.")
    assert ("transport", "cargo") in found("The two sides agreed to cooperate in handling cargo at the port.")


def test_r29f_bare_settlements_are_payments_beside_a_currency():
    # fixes: settlements in a sentence that names a currency
    assert found("Most settlements still went through the dollar or the euro.") == [("economy", "settlements")]
    assert found("Most settlements are now made in roubles and dong.") == [("economy", "settlements")]
    # must not touch: places settled, the settling of disputes, no currency named
    assert found("New settlements were built along the river.") == []
    assert found("Rural settlements will receive the euro grant.") == []
    assert ("economy", "settlement") not in found("They discussed the settlement of disputes over the dollar debt.")


# --- round 29e (heldout68) ---


def test_r29e_years_of_pandemic_controls_are_the_scene():
    # fixes: a stretch of time of health measures sets the scene, as "because of pandemic controls"
    assert found("Laos reopened its checkpoints in May, ending two years of pandemic controls.") == []
    assert found("Flights resumed after eighteen months of epidemic restrictions.") == [("transport", "Flights")]
    # must not touch: cooperation or experience of the field after the span
    assert found("The two sides shared three years of pandemic control experience.") != []
    assert found("They reviewed five years of epidemic prevention and control.") != []


# --- round 29h (heldout71) ---


def test_r29h_one_epidemic_sets_the_scene_the_plural_names_the_field():
    # fixes: epidemics as a threat or field, in the plural
    assert ("health", "epidemics") in found(
        "Non-traditional challenges such as climate change, epidemics and cyberattacks need joint action.")
    assert found("They will cooperate in preventing epidemics.") == [("health", "epidemics")]
    # must not touch: the singular, one outbreak (the time or state of it)
    assert found("During the epidemic, trade fell.") == [("economy", "trade")]
    assert found("Scholarships were kept despite the complicated developments of the epidemic.") == [
        ("education", "Scholarships")]


# --- review 33 ---


def test_rev33_settlements_beside_banks_are_payments():
    # fixes: banks make bare settlements payments, as a currency does
    assert found("The banks agreed to speed up settlements.") == [("economy", "settlements")]
    # must not touch: settlements as places, with no money in the sentence
    assert found("Floods hit 20 settlements in the province.") == []


# --- round 30a (heldout77) ---


def test_r30a_an_investment_in_people_is_a_figure():
    # fixes: "an investment in people" ending its phrase is a figure of speech, as "in our relations"
    assert found("The rector called the exchange of lecturers a wise investment in people.") == [
        ("education", "exchange of lecturers")]
    # must not touch: people followed by more of the phrase
    assert found("Investment in people and infrastructure grew.") == [("economy", "Investment"),
                                                                     ("transport", "infrastructure")]
    assert found("Russian investment in the people's health sector grew.")[0] == ("economy", "investment")


# --- round 30b (heldout78) ---


def test_r30b_drilling_results_read_the_sentence_before_over_short_forms():
    # fixes: "drilling results" after a sentence of a gas field that a short form's full stop and a
    # bracket cut ("St. Petersburg ... (SPIEF).") (was nothing)
    assert found("Gazprom will start work at a new offshore field, its executive said at the St. Petersburg "
                 "International Economic Forum (SPIEF). \"The drilling results have confirmed the reserves,\" he said.") == [
        ("oil_gas", "offshore field"), ("oil_gas", "drilling")]  # r37e: the offshore field is a term too
    assert found("The venture drilled at Block 15. Mr. Petrov said the drilling data were good.") == [
        ("oil_gas", "drilled"), ("oil_gas", "drilling")]
    assert found("The venture met in Hanoi. Mr. Petrov said the drilling data were good.") == []
    # must not touch: a soldiers' drill, no oil in either sentence
    assert found("The general visited the St. Petersburg Military Forum (SPMF). \"The drilling results were "
                 "excellent,\" he said.") == []


# --- round 30e (heldout80) ---


def test_round30e_performers_and_the_art_of_one_concert_are_items_of_an_event():
    # fixes: who gave one performance, and what one concert was of (the set marks them optional at most)
    assert found("The gala closed with a performance by a children's folk choir from Huế.") == []
    assert found("The evening ended with a recital by young pianists of the Moscow Conservatory.") == []
    assert found("The troupe gave a concert of Russian romances for the veterans.") == [("culture", "concert")]
    # must not touch: performances in the plural, an ensemble named outside a performance
    assert found("Their ensembles gave performances by student orchestras in three cities.") == [
        ("education", "student")]
    assert found("The student choir of the university will tour Russia.") == [
        ("education", "student"), ("culture", "choir")]


# --- round 30d (heldout83) ---


def test_r30d_visitors_counted_after_a_period():
    # fixes: a period between the visitors and their count
    assert found("Chinese arrivals in the first half of 2024 reached 1.8 million.") == [
        ("tourism_sports", "arrivals")]
    assert found("Arrivals during 2023 topped 900,000.") == [("tourism_sports", "Arrivals")]
    # must not touch: a place or a hall, and a count of goods
    assert found("The arrivals in the first week of May were met with flowers.") == []
    assert found("Arrivals in the hall reached 2 million.") == []


def test_r30d_a_school_as_a_figure_of_speech():
    # fixes: praise and a verb of being or having: a tradition or a figure
    assert found("Japan has excellent schools in judo and karate.") == [("tourism_sports", "judo and karate")]
    assert found("The joint expedition was a real school for young biologists.") == []
    # must not touch: schools built or named without praise
    assert found("The company will build good schools for mountain children.") == [("education", "schools")]
    # the lead's round 44: schools a country has (not built or opened) are where, no field
    assert found("Russia has schools in several provinces of Laos.") == []


def test_r30d_a_source_of_visitors_is_a_ranking():
    # fixes: a partner ranked with no field word of its own
    assert found("Thailand remains the third largest source of tourists for the province.") == []
    # must not touch: visitors counted, a field, a qualified statistic
    assert found("The island received 200,000 Russian visitors.") == [("tourism_sports", "visitors")]
    assert found("The region sees Laos as a source of medical tourism.") == [("tourism_sports", "medical tourism")]


def test_r30d_one_craft_of_a_joint_project():
    # fixes: a craft after "on" and a word of working together is the project, a field
    assert found("The two agencies will collaborate on a small weather satellite.") == [
        ("science_technology", "satellite")]
    # must not touch: one craft launched, or a craft as a place
    assert found("Russia will launch a Vietnamese weather satellite.") == []
    assert found("Cameras were fitted on a satellite.") == []


# --- review 35 ---


def test_rev35_a_pipeline_is_oil_only_in_a_report_on_oil_or_gas():
    # fixes: a bare "pipeline" with no oil or gas in its sentence or the one before: talent, plans, water
    assert found("The institute has a steady pipeline of young engineers.") == []
    assert found("The city will repair the old sewage pipeline before the rainy season.") == []
    assert found("A pipeline of infrastructure loans is ready.") == [("transport", "infrastructure")]
    # must not touch: a pipeline in a report on a gas field, in its sentence or the one before
    assert found("The partners found gas at Block 12. They will study a pipeline to the coast.") == [
        ("oil_gas", "gas"), ("oil_gas", "pipeline")]
    assert found("The partners will study a pipeline from the offshore field to the coast.")[0] == (
        "oil_gas", "pipeline")


def test_rev35_an_investment_in_people_before_a_comma_that_goes_on_with_a_list_is_capital():
    # fixes: "investment in people, X and Y": a list of what money goes to (was no investment)
    assert found("The budget covers investment in people, clinics and roads.") == [
        ("economy", "investment"), ("health", "clinics"), ("transport", "roads")]
    # must not touch: the figure before a reporting clause
    assert found("Friendship is an investment in people, the envoy said.") == []


# --- round 30g (heldout85) ---


def test_r30g_exploring_an_oil_place_is_oil_and_gas():
    # fixes: the verb "explore" with a block, a field or the shelf as its object (was nothing)
    assert found("The subsidiary received a licence to explore Block 05-3 off the coast.") == [("oil_gas", "explore")]
    assert found("The venture will explore two new fields offshore.") == [("oil_gas", "explore")]
    # must not touch: the common verb; an oil term as the object is the mention itself
    assert found("They agreed to explore opportunities in oil and gas.") == [("oil_gas", "oil and gas")]
    assert found("The sides will explore the field of education.") == [("education", "education")]
    assert found("Tourists explored the old town.") == [("tourism_sports", "Tourists")]
    assert found("They will explore two new oil fields on the shelf.") == [("oil_gas", "oil fields")]


# --- review 36 ---


def test_review36_explored_place_of_no_fuel():
    # fixes: a place named by what it is of, no fuel, is no oil work
    assert found("The companies plan to explore new deposits of rare earths.") == []
    assert found("They will explore the basin of the Mekong River for tourism.") == [("tourism_sports", "tourism")]
    # must not touch: an oil place
    assert found("Zarubezhneft will explore the shelf off Vietnam.") == [("oil_gas", "explore")]


def test_review36_good_school_for_children():
    # fixes: having a good school "for" someone is a place of study
    assert found("The village has a good school for children.") == [("education", "school")]
    # must not touch: a figure of speech by "is", a tradition by "has ... in"
    assert found("Russia is the best school for young scientists.") == []
    assert found("Russia has strong schools in gymnastics.") == [("tourism_sports", "gymnastics")]


# --- round 31f (heldout79) ---


def test_r31f_tours_of_performers_are_no_tourism():
    # fixes: tours "of" or "by" performers are concerts on the road
    assert ("tourism_sports", "joint tours") not in found("They proposed joint tours of art troupes between provinces.")
    assert ("tourism_sports", "joint tours") not in found("The ministries back joint tours of Russian folk dance "
                                                          "ensembles.")
    # must not touch: tours for tourists, a route toured
    assert ("tourism_sports", "joint tours") in found("Firms will offer joint tours for Russian holidaymakers.")
    assert ("tourism_sports", "package tours") in found("Agencies sell package tours of the Mekong Delta.")


def test_r31f_health_rules_kept_are_the_setting():
    # fixes: health rules a place or a group keeps
    assert found("The dormitories were prepared in line with health rules.") == []
    assert found("The visitors followed the health guidelines of the museum.") == []
    assert found("All guests complied with strict health protocols.") == []
    # must not touch: rules as the topic of talks, cooperation plans kept
    assert found("The ministers discussed health regulations.") == [("health", "health")]
    assert found("They agreed to harmonise health standards.") == [("health", "health")]
    assert ("health", "health") in found("Plans were drafted in line with health cooperation programmes.")


def test_r31f_more_wells_after_a_producing_oil_well():
    # fixes: wells drilled after a well named by the oil or gas it gives are oil wells
    assert found('"The first well is producing 1,200 tonnes of crude a day, and we will drill three more wells '
                 'this year," he said.') == [("oil_gas", "crude"), ("oil_gas", "drill three more wells")]
    assert ("oil_gas", "drill two more wells") in found("The new well yields 5,000 barrels of oil a day. The company "
                                                        "will drill two more wells in 2025.")
    # must not touch: a well of water near an oil place, wells drilled for villagers
    assert ("oil_gas", "drill two more wells") not in found("The village well gives clean water near the gas field, "
                                                            "and volunteers will drill two more wells.")
    assert ("oil_gas", "drill three more wells") not in found("The well produced gas for years, and the firm will "
                                                              "drill three more wells for villagers.")


# --- round 31e (heldout98) ---


def test_round31e_quoted_way_figure():
    # fixes: a figurative way in quotes after the copula
    assert found('In her view, music is "the shortest road between two nations", she said.') == [("culture", "music")]
    assert found("Sport is 'the best road to friendship', the minister said.") == [("tourism_sports", "Sport")]
    # must not touch: a quoted road with no ties after it, a plain road
    assert ("transport", "road") in found('He said "the road between the two towns" is closed.')
    assert found("The new road links the two provinces.") == [("transport", "road")]


def test_round31e_launched_satellite_is_one_craft():
    # fixes: a satellite launched, with its owner and an ordinal
    assert found("Laos launched its first communications satellite in 2015.") == []
    assert found("The agency launched the satellite in May.") == []
    # must not touch: a satellite to be built together, plural satellites, satellite as a modifier
    assert found("Russia will help Laos build its first satellite.") == [("science_technology", "satellite")]
    assert found("They launched two Earth observation satellites.") == [("science_technology", "satellites")]
    assert ("science_technology", "satellite") in found("The country launched the satellite navigation programme.")


def test_round31e_ship_named_by_two_words():
    # fixes: a ship's name whose first word ends like an adjective of origin
    assert found("The research vessel Academician Lavrentyev left Vladivostok.") == []
    # must not touch: a side after the vessel, plural vessels
    assert found("They used a research vessel Russian scientists built.") == [("science_technology", "research")]
    assert found("The two research vessels left port.") == [("science_technology", "research")]


# --- review 39 ---


def test_review39_wells_drilled_for_water_after_a_producing_well():
    # fixes: a purpose later in the sentence that names no oil makes the wells water's (r31f read only
    # a purpose right after "wells")
    assert found("The first well produced oil in 1986. The two sides plan to drill more wells in the delta to "
                 "supply water.") == [("oil_gas", "oil")]
    # must not touch: more wells after a producing well, also for the field's output
    assert found("The first well is producing 1,200 tonnes of crude a day. We will drill three more wells next year "
                 "to raise output at the field.") == [("oil_gas", "crude"), ("oil_gas", "drill three more wells")]


def test_review39_tours_of_a_theatre_are_tourists_tours():
    # fixes: a theatre after "of" is the building toured (r31f read every theatre as performers)
    assert ("tourism_sports", "package tours") in found(
        "Travel firms will offer package tours of the opera theatre and the Kremlin for Vietnamese tourists.")
    # must not touch: tours by a theatre company, tours of troupes
    assert ("tourism_sports", "joint tours") not in found("The ministries will arrange joint tours by the Moscow Circus.")
    assert ("tourism_sports", "joint tours") not in found("The sides agreed on joint tours of circus troupes.")


# --- round 31k (heldout94) ---
def test_r31k_settlement_of_a_deal_in_a_currency_is_a_payment():
    assert found("The settlement of the contract in roubles will spare both firms currency risks.") == [
        ("economy", "settlement")]
    assert ("economy", "settlement") in found("They agreed on the settlement of the deal in national currencies.")
    # must not touch: the settling of disputes, no currency after "in"
    assert found("They called for the settlement of disputes in a peaceful manner.") == []


# --- review 42 ---


def test_settlement_of_something_in_banks_is_no_payment():
    """Review 42: r31k's "the settlement of X in {currency}" asks a currency after "in"; a bank there
    is where a dispute is settled, no payment."""
    # fixes: disputes settled in banks
    assert found("The sides discussed the settlement of disputes in banks.") == []
    # must not touch: a settlement of a deal in a currency
    assert ("economy", "settlement") in found("The settlement of contracts in dollars fell.")
    assert ("economy", "settlement") in found("The sides eased the settlement of trade in national currencies.")


# --- round 32a (heldout82) ---
def test_r32a_exploration_after_a_sentence_on_oil_is_oil():
    # fixes: the oil is named in the sentence before
    assert ("oil_gas", "exploration") in found(
        "The envoy said oil and gas remained the core of economic ties. He hoped for a deal on joint "
        "exploration in the East Sea.")
    assert ("oil_gas", "exploration") in found(
        "Zarubezhneft produced more gas last year. The partners plan further exploration off the coast.")
    # must not touch: no oil in either sentence, or an object of its own that is no oil
    assert ("oil_gas", "exploration") not in found(
        "The institutes signed a deal on biodiversity. They plan joint exploration in the mountains.")
    assert ("oil_gas", "exploration") not in found(
        "The sides discussed oil and gas. They also agreed on joint exploration of the biodiversity of forests.")


def test_r32a_pipeline_two_sentences_after_the_fuel_is_oil():
    # fixes: the fuel named two sentences before, then the cost, then the pipeline to the plant
    assert ("oil_gas", "pipeline") in found(
        "Gas from Arctic fields will fuel the new plant. The project will cost about 2 billion dollars. "
        "The firm is also studying a pipeline to the plant.")
    # must not touch: the fuel three sentences back, a pipeline of talent
    assert ("oil_gas", "pipeline") not in found(
        "Russia sells oil to many countries. The university opened a new campus. It cost 2 million "
        "dollars. The rector spoke of a pipeline of young scientists.")


# --- round 32c (heldout107) ---
def test_r32c_a_ranked_venue_is_described():
    assert found("The Louvre is one of the world's largest museums.") == []
    assert found("It is among the oldest theatres in Europe.") == []
    # must not touch: venues as a field of cooperation
    assert ("culture", "museums") in found("The ministers agreed to link their museums more closely.")


# --- round 32d (heldout108) ---
def test_r32d_business_as_the_purpose_of_one_trip_is_no_field():
    # fixes: a business call, a business trip of one person
    assert not any(s == "economy" for s, _ in found("The frigate left Vladivostok for a business call at Hải Phòng."))
    assert not any(s == "economy" for s, _ in found("The governor was on a business trip to Đà Nẵng last week."))
    # must not touch: business visits as a flow, a business mission of firms
    assert ("economy", "Business") in found("Business visits between the two countries grew by a third.")
    assert ("economy", "business") in found("A business mission of 50 firms will come to Kazan.")


def test_r32d_diplomatic_relations_were_established_is_history():
    # fixes: the passive founding date of the relationship
    assert found("Diplomatic relations between Russia and Laos were established on October 7, 1960.") == []
    assert found("Diplomatic relations had been established in 1950, the ambassador recalled.") == []
    # must not touch: the relationship growing today
    assert ("diplomacy", "Diplomatic") in found("Diplomatic relations between the two countries have developed well.")
    assert ("diplomacy", "diplomatic") in found("The sides want to deepen diplomatic ties, which were established long ago.")


def test_r32d_specialists_of_a_past_war_are_history():
    # fixes: Soviet specialists, specialists who served during the war
    assert found("A film tells of Soviet military specialists in Indochina.") == [("culture", "film")]
    assert found("The men served in Laos as military experts during the resistance war.") == []
    # must not touch: specialists of today's cooperation
    assert ("defence_security", "military") in found("Russian military specialists will train Vietnamese officers.")
    assert ("defence_security", "Military") in found("Military experts of both sides met in Hà Nội.")


# --- review 43 ---


def test_review43_wartime_specialists_need_the_war_as_a_head():
    # fixes: "in the war college", "in the war museum" name a school or a venue, not a past war (r32d misfired)
    assert found("Russia will send military specialists to train officers at the war college.") == [
        ("defence_security", "military"), ("education", "train")]
    assert found("Russian military specialists will lecture in the war museum.") == [("defence_security", "military")]
    # must not touch: specialists who served during / in a war
    assert found("They served as military specialists during the war against the US.") == []
    assert found("They worked as military specialists in the war.") == []
    assert found("Veterans who served as air defence specialists during the war met their comrades.") == []


# --- round 33c (heldout110) ---


def test_r33c_units_set_up_in_a_past_war_are_a_veterans_history():
    assert found("Kuzmin, 83, helped set up air defence units near Hanoi during the war.") == []
    # must not touch: units of today, a Soviet school (history, but required in e586)
    assert found("Russian air defence units will train with Vietnamese units next year.") == [
        ("defence_security", "defence"), ("education", "train")]
    assert found("Thousands were sent to Soviet military academies.") == [("defence_security", "military")]


def test_review43_trip_purpose_reads_past_words_describing_the_trip():
    # fixes: a lower-case word between the determiner and "business" ("a friendly business visit")
    assert found("The delegation made a friendly business visit to Đà Nẵng.") == []
    assert found("The minister went on his short business visit to Huế.") == []
    # must not touch: business visits as a flow, or "business" after a capitalised word
    assert found("Business visits grew last year.") == [("economy", "Business")]
    assert found("They discussed a Russian business visit programme.") != []


def test_review43_relations_established_not_in_a_relative_clause():
    # fixes: the founding told in a relative clause; the main clause says how the relations fare
    assert found("Diplomatic relations between the two nations, which were established in 1950, "
                 "have been developing well.") == [("diplomacy", "Diplomatic")]
    # must not touch: the founding date as the sentence's own predicate
    assert found("Diplomatic relations between the USSR and the DRV were established on January 30, 1950.") == []


# --- round 32f (heldout105) ---


def test_r32f_exploration_two_sentences_after_barrels_of_crude_is_oil():
    # fixes: a find told in barrels of crude, then a remark, then bare "exploration" in a quote
    text = ("The well gave a test flow of 2,000 barrels of crude a day. The director said the find would keep "
            "output stable. \"We will keep investing in exploration here,\" he said.")
    assert ("oil_gas", "exploration") in found(text)
    text = ("The firm drilled a new well in Block 15 last year. The director said the find was large. "
            "\"We will continue exploration,\" he said.")
    assert ("oil_gas", "exploration") in found(text)
    # must not touch: oil named three sentences back, or exploration of something else
    text = ("The country produced oil in the 1980s. Then came the war. After that, peace returned. "
            "The team continued exploration.")
    assert ("oil_gas", "exploration") not in found(text)
    text = ("The tanker carried 2 million barrels last year. The minister visited the museum. "
            "He praised joint exploration of the Arctic biodiversity.")
    assert ("oil_gas", "exploration") not in found(text)


# --- review 44 ---


def test_rev44_barrels_of_something_else_two_sentences_back_are_no_oil():
    # fixes: barrels of beer two sentences back measure no oil
    text = ("The brewery sold 2,000 barrels of beer last year. The mayor praised the result. "
            "\"We will keep investing in exploration here,\" he said.")
    assert ("oil_gas", "exploration") not in found(text)
    # must not touch: barrels counted bare, or barrels of crude
    text = ("The new well gave 1,000 barrels a day. The mayor praised the result. "
            "\"We will keep investing in exploration here,\" he said.")
    assert ("oil_gas", "exploration") in found(text)
    text = ("The new well gave 1,000 barrels of crude a day. The mayor praised the result. "
            "\"We will keep investing in exploration here,\" he said.")
    assert ("oil_gas", "exploration") in found(text)


# --- round 32i (heldout89) ---
def test_r32i_visitors_a_centre_received_are_its_public():
    # fixes: a centre (a building) that received or drew visitors: its public, no tourist flow
    assert ("tourism_sports", "visitors") not in found(
        "The Information Centre for Nuclear Energy in Hanoi has received more than 10,000 visitors.")
    assert ("tourism_sports", "visitors") not in found("The Russian cultural centre drew 5,000 visitors last year.")
    # must not touch: a city as a centre of tourism, and a centre opened for visitors
    assert ("tourism_sports", "visitors") in found(
        "Da Nang, the country's leading tourism centre, received 3 million visitors last year.")
    assert ("tourism_sports", "visitors") in found(
        "Nha Trang, a major centre of tourism, welcomed more than 400,000 visitors.")
    assert found("Khanh Hoa, which receives most Russian visitors, will open a centre for visitors.").count(
        ("tourism_sports", "visitors")) == 2


# --- round 33a (heldout111) ---


def test_r33a_a_field_placed_during_the_war_is_history_recalled():
    # fixes: where people worked during the war, a few plain words after the match
    assert found("He recalled that Soviet doctors worked in Vietnamese hospitals during the war years.") == []
    # must not touch: a pandemic as the time, and a war after a comma
    assert found("They cooperated in health care during the pandemic.") == [("health", "health care")]
    assert found("They built hospitals, during the war and after it.") == [("health", "hospitals")]


# --- review 47 (misfires of rounds 33a-33b) ---


def test_review47_a_figurative_war_is_no_history_recalled():
    # fixes: "the war on poverty", "the price war": no past war, the match read as before
    assert found("The two sides will expand investment during the war on poverty.") == [("economy", "investment")]
    assert found("Investment rose during the price war.") == [("economy", "Investment")]
    # must not touch: the war years (r33a)
    assert found("He recalled that Soviet doctors worked in Vietnamese hospitals during the war years.") == []


# --- review 48 (misfires of rounds 33c-33d) ---
def test_review48_units_in_a_war_of_today_keep_their_field():
    # fixes: r33c's units "during the war" read for a war of today ("in the war against terrorism", "the war
    # in South Sudan"): the field stays
    assert found("The Russian military units in the war against terrorism were praised.") == [
        ("defence_security", "military"), ("defence_security", "terrorism")]
    assert found("Vietnamese peacekeeping units serving in the UN mission during the war in South Sudan were "
                 "praised.") == [("defence_security", "peacekeeping")]
    # must not touch: units set up during Vietnam's war, history recalled
    assert found("Soviet specialists helped set up air defence units near Hanoi during the war.") == []


def test_probe33p2_a_sentence_opened_by_a_past_war_tells_history():
    # fixes: a sentence that opens "During the (resistance) war," recalls history (guidelines: background)
    assert found("During the war, thousands of Soviet specialists helped Việt Nam build power plants and "
                 "bridges.") == []
    assert found("During the resistance war, Soviet doctors treated soldiers in field hospitals.") == []
    # must not touch: a figurative war (review 47), a war named later (r33a's), a sentence after it
    assert found("During the price war, trade grew.") == [("economy", "trade")]
    assert found("During the war, they met. The two sides discussed energy.") == [("energy", "energy")]
    assert found("During the visit, the two sides discussed energy.") == [("energy", "energy")]


def test_probe33p2_the_energy_of_young_people_is_their_vigour():
    # fixes: the energy of people, a figure of speech, no power
    assert found("The festival showed the energy of young people from both countries.") == [
        ("people", "young people")]
    assert found("He praised the energy of the students.") == [("education", "students")]
    # must not touch: the energy of a country, energy cooperation
    assert found("The energy of Russia is vast.") == [("energy", "energy")]
    assert found("Both sides agreed to boost energy cooperation.") == [("energy", "energy")]


# --- probe 34p3 (defence, security, diplomacy and history as background: tests/probe34p3_data.py) ---


def test_probe34p3_things_from_a_past_war_are_history():
    # fixes: weapons shown "from the two wars of resistance": history recalled (as r33a's "during the war")
    assert found("The museum held an exhibition featuring weapons and documents from the two wars of "
                 "resistance.") == []
    # must not touch: "from" and a time, a field with "from" after it, a figurative war
    assert found("Russia will supply weapons from next year.") == [("defence_security", "weapons")]
    assert found("They discussed the clearance of unexploded ordnance left from the war.") == \
        found("They discussed the clearance of unexploded ordnance left after the war.") != []
    assert found("They discussed military cooperation from the start.") == [("defence_security", "military")]
    assert found("Investment fell during the trade war.") == [("economy", "Investment"), ("economy", "trade")]


def test_review50_what_a_war_left_behind_from_the_war_is_todays_work():
    # fixes: probe 34p3's "from the war" read the mines and the dioxin a war left, cleared today, as history
    assert found("Russia will help Vietnam clear landmines from the war.") == [("defence_security", "landmines")]
    assert found("Russia helped Vietnam overcome dioxin contamination from the war.") == [
        ("environment", "dioxin contamination")]
    # must not touch: things kept from a past war (probe 34p3), and what is left from the war
    assert found("The exhibition featured weapons and documents from the two wars of resistance.") == []
    assert found("Unexploded ordnance left from the war remains a threat.") == [
        ("defence_security", "Unexploded ordnance")]


# --- probe 34p9 (figurative and idiomatic senses of field words: tests/probe34p9_data.py) ---


def test_probe34p9_health_wished_to_a_person_is_a_courtesy():
    # fixes: "wished him good health and happiness": a wish, no field
    assert found("Thinh wished Vasilyev good health and happiness in his new post.") == []
    assert found("He wished the guests health, happiness and success.") == []
    # must not touch: the field of health, and a wish for a health programme
    assert found("He proposed that the two countries step up health cooperation.") == [("health", "health")]
    assert found("He wished the health cooperation programme success.") != []


def test_probe34p9_positive_energy_given_to_ties_is_vigour():
    # fixes: energy of mood, or new energy brought to the ties
    assert found("The visit brought positive energy to the relations between the two countries.") == []
    assert found("The talks gave new energy to bilateral ties.") == []
    # must not touch: energy cooperation, new energy alone, energy supplied to a country
    assert found("The two sides agreed to expand energy cooperation.") == [("energy", "energy")]
    assert found("Russia will supply energy to Laos.") == [("energy", "energy")]


def test_probe37p4_energy_paired_with_zeal_or_devoted_is_vigour():
    # fixes: energy beside enthusiasm or dedication, and energy one devotes to something
    assert found("The ambassador praised the energy and enthusiasm of the young diplomats.") == []
    assert found("He spoke with dedication and energy.") == []
    assert found("The embassy would devote all its energy to the success of the visit.") == []
    assert found("They dedicated their energy to the friendship.") == []
    # must not touch: energy and another field, the energy a country needs, its energy sector
    assert found("They discussed energy and mining.") == [("energy", "energy")]
    assert found("Russia will supply all its energy needs.") == [("energy", "energy")]
    assert found("Laos devoted its energy sector to exports.") == [("energy", "energy")]


def test_probe34p9_efforts_invested_are_no_capital():
    # fixes: effort, time or the heart invested
    assert found("Moscow and Hanoi have invested great efforts in building mutual trust.") == []
    assert found("The community has invested its heart in the friendship.") == []
    # must not touch: money invested, "invest in", time and money
    assert found("Russian investors have invested more than 1 billion USD in the city.") != []
    assert ("economy", "invest") in found("Russian companies are ready to invest in Vietnam.")
    assert found("They invested time and money in the project.") == [("economy", "invested")]


def test_probe34p9_idioms_of_field_words_name_no_field():
    # fixes: a nuclear family, trade barbs, a school of thought, the economy of a speech, the science
    # of governance, the market price of trust, a diplomatic source
    assert found("The ambassador called on a nuclear family of four.") == []
    assert found("The ministers did not trade barbs over the issues.") == []
    assert found("The two parties share the same school of thought on socialism.") == []
    assert found("Observers praised the economy of the speech.") == []
    assert found("He said the science of governance is learned through practice.") == []
    assert found("They hailed the market price of trust.") == []
    assert found("The talks went well, a diplomatic source told TASS.") == []
    # must not touch: the same words naming the field
    assert found("Russia hopes to build a nuclear power plant.") == [("nuclear", "nuclear power plant")]
    assert found("They discussed trade between the two countries.") == [("economy", "trade")]
    assert found("He praised the economy of Laos.") == [("economy", "economy")]
    assert found("He said the science of materials is a priority of cooperation.") != []
    assert found("They discussed diplomatic relations.") != []


def test_probe35p5_a_firms_turnover_is_its_takings():
    # fixes: one firm's turnover, after its possessive or before "of the" and the firm
    assert found("He noted that the company's turnover grew by a quarter in the same period.") == []
    assert found("The turnover of the group rose by 8 per cent.") == []
    assert found("The bank's annual turnover doubled.") == []
    # must not touch: the turnover of the two countries' trade
    assert found("Bilateral turnover rose by 12 per cent.") == [("economy", "Bilateral turnover")]
    assert found("The two countries' turnover grew last year.") == [("economy", "turnover")]
    assert found("Vietnam's turnover with Russia grew last year.") == [("economy", "turnover")]


def test_probe35p5_one_of_the_largest_places_describes_one_place():
    # fixes: a kind of place ranked after "one of the": a description of the place visited
    assert found("The delegation toured Bach Mai Hospital, one of the largest hospitals in the country.") == []
    assert found("He spoke at Tomsk State University, one of the oldest universities in Siberia.") == []
    # must not touch: a partner ranked by its field, hospitals as a field, no rank
    assert found("Japan is one of the largest investors in Vietnam.") == [("economy", "investors")]
    assert found("One of the priorities is to build hospitals.") == [("health", "hospitals")]
    assert found("He called for cooperation between the largest hospitals of the two countries.") == [
        ("health", "hospitals")]


def test_probe35p6_years_of_epidemic_prevention_and_control_stay_the_field():
    # probe 35p6: with "epidemic prevention and control" one term, r29e's stretch of time of health
    # measures must not take the work of prevention for the scene
    assert found("They reviewed five years of epidemic prevention and control.") == [
        ("health", "epidemic prevention and control")]
    # must not touch: the measures of a time set the scene
    assert found("Laos reopened its checkpoints in May, ending two years of pandemic controls.") == []


# --- review 52 (misfires of rounds probes 37p1-37p7 and the lead's round 37a-37d) ---


def test_review52_all_its_energy_sold_is_power():
    # fixes: probe 37p4's "all its energy to" read energy sold as vigour (was no mention)
    assert found("The Xekaman 1 plant will sell all its energy to EVN under the contract.") == [("energy", "energy")]
    # must not touch: energy devoted
    assert found("The ministry would devote all its energy to the success of the visit.") == []


# --- probe 39p3 (economy, transport and energy words that are not fields of cooperation) ---


def test_probe39p3_full_of_energy_is_peoples_vigour():
    # fixes: "The Russian students, full of energy after a week in Đà Nẵng, performed" (was energy)
    assert found("The Russian students, full of energy after a week in Đà Nẵng, performed folk songs.") == [
        ("education", "students"), ("culture", "folk songs")]
    assert found("The young guests were full of energy.") == []
    # must not touch: energy resources a place is full of; the field
    assert ("energy", "energy") in found("The region is full of energy resources such as coal and gas.")
    assert found("They agreed to expand cooperation in energy.") == [("energy", "energy")]


def test_probe39p3_its_route_is_the_carriers_over_a_figure():
    # fixes: "Vietnam Airlines carried about 25,000 passengers on its Hà Nội-Moscow route" (the carrier
    # more than six keys back, over a figure: was no mention)
    assert found("Vietnam Airlines carried about 25,000 passengers on its Hà Nội-Moscow route last year.") == [
        ("transport", "route")]
    # must not touch: "its" route after another clause's subject; a place's tourism route
    assert found("Vietnam Airlines said the city promotes its tourism route.") == [("tourism_sports", "tourism")]
    assert found("The city promotes its tourism route along the coast.") == [("tourism_sports", "tourism")]


def test_probe39p3_to_go_to_waste_is_an_idiom():
    # fixes: "should not let the potential of their partnership go to waste" (was environment)
    assert found("The two sides should not let the potential of their partnership go to waste.") == []
    assert found("The potential goes to waste.") == []
    # must not touch: waste as a field
    assert found("He called for stronger cooperation in waste treatment.") == [("environment", "waste")]


# --- probe 39p5 (nuclear, oil and gas and power copy) ---


def test_probe39p5_gas_generation_is_power():
    # fixes: "Gas generation is the most reliable way to meet demand" (was oil_gas "Gas")
    assert found('"Gas generation is the most reliable way to meet demand," he said.') == [
        ("energy", "Gas generation")]
    assert ("energy", "gas-fired generation") in found(
        "In his view, gas-fired generation would help Vietnam move away from coal.")
    # must not touch: gas as the fuel traded; a generation of people beside gas
    assert found("The company will supply gas to the plant.") == [("oil_gas", "gas")]
    assert ("oil_gas", "gas") in found("The next generation of gas engineers was trained in Russia.")


def test_probe39p5_fuel_assemblies_are_reactor_fuel():
    # fixes: "TVEL has shipped a batch of fuel assemblies for research reactors" (was no mention)
    assert found("TVEL has shipped a batch of fuel assemblies for research reactors abroad.") == [
        ("nuclear", "fuel assemblies"), ("nuclear", "research reactors")]
    # must not touch: fuel alone; assemblies of another kind
    assert found("The plant needs a steady supply of fuel.") == []
    assert found("The factory makes engine assemblies for trucks.") == []
