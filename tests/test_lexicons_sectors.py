"""The sector lexicon (``framing/lexicons/sectors.yml``, :func:`framing.lexicons.load_lexicon`): the
packaged lexicon and custom ones, its classes, and its data on made-up sentences: the words of each
field (the lexicon by fields), the terms, exclusions and party patterns each tuning round added,
where no rule of the code decides the assertion. In the order the rounds added them.

The rules of the sector matcher are tested in ``tests/test_sectors_<module>.py``; the two study reports
end to end in ``tests/test_sectors.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sectors_helpers import GOOD, HAND_COUNT, _docs, found, why_not

import framing
from framing.errors import InputError, LexiconError
from framing.lexicons import load_lexicon, seed_terms
from framing.sectors import find_sector_mentions, match_sectors

# --- the lexicon ---


def test_packaged_lexicon_api():
    lex = load_lexicon()
    assert lex.sectors == tuple(HAND_COUNT)
    assert lex.label("science_technology") == "Science & technology"
    assert "oil and gas" in lex.terms("oil_gas")
    seeds = seed_terms()
    assert list(seeds) == list(HAND_COUNT)
    assert "cadre training" in seeds["party"]
    assert not any("{" in t for terms in seeds.values() for t in terms)
    with pytest.raises(KeyError, match="unknown sector 'mining'"):
        lex.label("mining")


@pytest.mark.parametrize(
    "text, message",
    [
        ("sectors: [energy\n  - oops", "not valid YAML"),
        (GOOD + "colour: blue\n", "unknown top-level key(s) colour"),
        (
            GOOD.replace("    label: Energy\n", "    label: Energy\n    weight: 2\n"),
            "sector 'energy': unknown key(s) weight",
        ),
        (
            GOOD.replace("[energy, power]", "[energy, Power, POWER]"),
            "sector 'energy': term 'POWER' duplicates sector 'energy' term 'Power'",
        ),
        (
            GOOD.replace("[oil and gas]", "[oil and gas, energies]"),
            "sector 'oil_gas': term 'energies' duplicates sector 'energy' term 'energy'",
        ),
        (GOOD.replace("[oil and gas]", "[]"), "sector 'oil_gas': empty sector (no terms)"),
        (
            GOOD + "exclusions:\n  - phrase: Oil Ministry\n    sectors: [oil]\n",
            "exclusion 'Oil Ministry': unknown sector id(s) oil",
        ),
        (
            GOOD.replace("[oil and gas]", '["trade with {country}"]'),
            "term 'trade with {country}' uses unknown class {country}",
        ),
        (GOOD.replace("id: oil_gas", "id: energy"), "sector 'energy': duplicate sector id"),
        ("- just a list\n", "a lexicon must be a mapping"),
    ],
)
def test_bad_lexicons_fail_with_one_line_naming_the_entry(tmp_path, text, message):
    path = tmp_path / "bad.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_lexicon(path)
    assert isinstance(err.value, InputError)
    assert message in str(err.value)
    assert str(err.value).startswith(str(path))
    assert "\n" not in str(err.value)


def test_a_good_custom_lexicon_is_used(tmp_path):
    path = tmp_path / "good.yml"
    path.write_text(GOOD, encoding="utf-8")
    lex = load_lexicon(path)
    assert lex.sectors == ("energy", "oil_gas")
    out = find_sector_mentions(_docs("Power and oil and gas."), lexicon=path)
    assert list(out["sector"]) == ["energy", "oil_gas"]


def test_missing_lexicon_file(tmp_path):
    with pytest.raises(LexiconError, match="cannot read lexicon"):
        load_lexicon(tmp_path / "nope.yml")


# --- review of issue 13's sector rules ---


@pytest.mark.parametrize(
    "text",
    [
        "History has taught the two nations that peace is precious.",
        "The streets of the old quarter form a grid.",
        "There are many roads to peace.",
    ],
)
def test_bare_words_of_a_figure_of_speech_are_no_sector(text):
    assert found(text) == []


def test_compounds_of_those_words_still_count():
    assert found("They praised the teaching staff.") == [("education", "teaching")]
    # the lead's round 44: schools that teach act, no field
    assert found("Schools in Hà Nội teach Russian.") == [("education", "teach")]
    assert found("They will build a power grid.") == [("energy", "power grid")]
    assert found("A line will link Laos to the Vietnamese grid.") == [("energy", "grid")]
    assert found("They discussed roads and bridges.") == [("transport", "roads and bridges")]  # one list (round 8)
    assert found("They discussed road construction.") == [("transport", "road")]


# --- round 7 ---


def test_party_word_lists_come_from_the_lexicon(tmp_path):
    text = "They praised ties between the two Parties' wings."
    assert found(text) == []  # a wing is no organ of the packaged lexicon
    raw = (Path(framing.__file__).parent / "lexicons" / "sectors.yml").read_text(encoding="utf-8")
    path = tmp_path / "mine.yml"
    path.write_text(raw.replace("  organ_word:\n", "  organ_word:\n    - wing\n"), encoding="utf-8")
    assert [(s, text[a:b]) for s, a, b in match_sectors(text, lexicon=load_lexicon(path))] == [
        ("party", "ties between the two Parties")
    ]


# --- round 8, heldout6 ---


def test_foreign_relations_and_other_single_words():
    assert found("Việt Nam expanded its foreign relations to nearly 200 countries.") == [
        ("diplomacy", "foreign relations")
    ]
    assert found("Russian language centres would be opened.") == [("education", "language centres")]
    assert found("Vietnam is a popular travel destination.") == [("tourism_sports", "travel destination")]
    assert found("They plan to increase their air services.") == [("transport", "air services")]
    assert found("They continued their studies online.") == [("education", "continued their studies")]
    # must not touch: a study that is research, and relations of a ministry's name
    assert found("Feasibility studies were completed.") == []
    assert found("The Commission for Foreign Relations met.") == []


def test_holidays_spent_away_but_not_a_day_off():
    assert found("About 60,000 Russians spent their holidays in Vietnam.") == [("tourism_sports", "spent their holidays")]
    # must not touch: a feast day, and a national or public holiday (a day off)
    assert found("They met before the Tết holiday.") == []
    assert found("They exchanged art troupes on their national holidays.") == [("culture", "art")]
    assert found("The office closes on public holidays.") == []


def test_bridges_built_but_not_a_bridge_of_people():
    assert found("Soviet experts helped build power plants, bridges and hospitals.") == [
        ("energy", "power plants"), ("transport", "bridges"), ("health", "hospitals")
    ]
    # must not touch: a living bridge (people who link two nations); the people term stays longer
    assert found('These alumni form "a living bridge" between the two peoples.') == []
    assert found("They act as a bridge between the two peoples.") == [("people", "as a bridge between the two peoples")]
    assert found("The association serves as a bridge for businesses.") == [("economy", "businesses")]
    assert found("They will build a bridge across the river.") == [("transport", "bridge")]


def test_business_people_and_doing_business_name_no_field():
    assert found("The get-together brought together artists and business people.") == []
    assert found("The community can live and do business stably.") == []
    # must not touch: businesses as a field of cooperation
    assert found("He invited Vietnamese businesses to invest.") == [("economy", "businesses"), ("economy", "invest")]


def test_classes_of_no_sector_words_come_from_the_lexicon(tmp_path):
    from framing.errors import LexiconError
    from framing.lexicons.sectors import parse_lexicon

    lex = load_lexicon()
    assert "link" in lex.no_sector_classes and "party" in lex.no_sector_classes
    assert "maintain" not in lex.common_keys and "cooperation" in lex.common_keys
    raw = 'sectors:\n  - id: a\n    label: A\n    terms: ["x {c}"]\nclasses:\n  c: [foo]\n'
    assert "foo" in parse_lexicon(raw, "t.yml").common_keys  # a class's words are sector words by default
    assert "foo" not in parse_lexicon(raw + "no_sector_classes: [c]\n", "t.yml").common_keys
    with pytest.raises(LexiconError, match="no_sector_classes: unknown class"):
        parse_lexicon(raw + "no_sector_classes: [d]\n", "t.yml")


def test_payments_are_finance():
    assert found("They will remove bottlenecks in payments and logistics.") == [
        ("economy", "payments"), ("transport", "logistics")
    ]
    # must not touch: the word inside a company's name
    assert found("The National Payment Corporation of Vietnam signed a deal.") == []


# --- round 9, heldout7 ---


def test_colleges_are_places_of_study():
    # heldout7 e126 "training Vietnamese specialists at Russian technical colleges"
    assert found("They trained specialists at Russian technical colleges.") == [
        ("education", "trained"), ("education", "technical colleges")]
    # must not touch: a named college that is a body; a body of electors
    assert found("The Presidential College of Advisers met.") == []
    assert found("The electoral college voted.") == []


# --- review of round 8 ---


def test_a_bridge_between_or_connecting_places_is_a_structure():
    assert found("The army built a bridge connecting the two banks.") == [("transport", "bridge")]
    assert found("The river is crossed by a bridge between the two villages.") == [("transport", "bridge")]
    # must not touch: the figures and the people term
    assert found("They act as a bridge between the two peoples.") == [("people", "as a bridge between the two peoples")]
    assert found('The graduates are "a living bridge" to Russia.') == []


def test_a_person_s_studies_are_schooling_only_after_a_verb_of_study():
    assert found("Her studies show that exports grew.") == []
    assert found("He completed his studies in Moscow.") == [("education", "completed his studies")]


def test_holidays_in_a_month_are_no_trip():
    assert found("During the holidays in December, prices rose.") == []
    assert found("Many Siberians spend their holidays on the coast.") == [("tourism_sports", "spend their holidays")]


def test_cadre_classes_hold_no_sector_words():
    lex = load_lexicon()
    assert {"cadre", "party_cadre", "party_organ"} <= lex.no_sector_classes


# --- review of round 9 ---


def test_colleges_by_field_and_the_stage_arts_only_as_arts():
    # must not touch: boards called colleges, a browser, ballet as a figure of speech
    for text in ["The ministry's college met on Friday.", "A college of judges heard the case.",
                 "He joined the royal colleges of physicians.", "The Opera browser added a VPN.",
                 "It was a diplomatic ballet.", "It was an elaborate ballet of concessions."]:
        assert found(text) == [], text
    assert found("Students study at vocational colleges and medical colleges.") == [
        ("education", "Students"), ("education", "vocational colleges and medical colleges")]
    assert found("Russian opera singers performed.") == [("culture", "opera singers")]
    assert found("There will be concerts by Russian ballet dancers.") == [("culture", "concerts"), ("culture", "ballet")]


# --- round 10, heldout8 ---


def test_films_publishing_and_exhibits_are_culture():
    assert found("Audiences in Vientiane will watch Vietnamese films at film weeks.") == [
        ("culture", "films"), ("culture", "film weeks")]
    assert found("They planned co-productions for television and cooperation in publishing.") == [
        ("culture", "co-productions"), ("culture", "publishing")]
    assert found("The museums plan to exchange exhibits.") == [("culture", "museums"), ("culture", "exchange exhibits")]
    # must not touch: an occupation, a film watched at an event, publishing as a verb with its object
    assert found("Russian film-makers will visit Huế.") == []
    assert found("Participants watched a film about the volunteers.") == []
    assert found("The ministry is publishing the results next week.") == []
    assert found("The committee is publishing a report on trade.") == [("economy", "trade")]


def test_fields_named_by_their_parts():
    assert found("Japan is among Vietnam's top trading partners.") == [("economy", "trading partners")]
    assert found("Russia will supply gas turbines and help with oil refining.") == [
        ("energy", "gas turbines"), ("oil_gas", "oil refining")]
    assert found("They discussed radiation technologies in farming and nuclear physics.") == [
        ("nuclear", "radiation technologies"), ("economy", "farming"), ("nuclear", "nuclear physics")]
    assert found("Grants go to chemistry, physics and materials science.") == [
        ("science_technology", "chemistry, physics and materials science")]
    assert found("They will hold a Lao language Olympiad for pupils and open more language classes.") == [
        ("education", "Olympiad"), ("education", "pupils"), ("education", "language classes")]
    assert found("She praised people-to-people diplomacy.") == [("people", "people-to-people diplomacy")]
    # (round 11: an event and the party term that is its topic are one mention)
    assert found("They will hold a seminar on Marxist-Leninist theory.") == [("party", "seminar on Marxist-Leninist theory")]
    # must not touch: a trading day, gas as fuel, diplomacy of a state, theory of no party
    assert found("They will hold a conference on economic theory.") == [("economy", "economic")]
    assert found("The trading day ended early.") == []
    # (probe 18: was "Gas prices rose.", now a market's figure, no field; gas as fuel is kept by supplies)
    assert found("Gas supplies rose.") == [("oil_gas", "Gas")]
    assert found("Public diplomacy grew.") == [("diplomacy", "diplomacy")]


# --- round 11, heldout9 ---


def test_round_11_words():
    assert found("Russian firms plan to pour capital into the port.") == [
        ("economy", "pour capital"), ("transport", "port")]
    assert found("Tour guides who speak Russian are in short supply.") == [("tourism_sports", "Tour guides")]
    assert found("Travel firms in Đà Nẵng met the consul.") == [("tourism_sports", "Travel firms")]
    assert found("The Russian graduates have been the bridge connecting the two peoples.") == [
        ("people", "bridge connecting the two peoples")]
    assert found("The twinning relationship between Huế and Kazan deepened.") == [("people", "twinning relationship")]
    assert found("They gave priority to the rehabilitation of land after mining.") == [
        ("environment", "rehabilitation of land")]
    assert found("Russia is one of the main source markets for Khánh Hòa's tourism.") == [("tourism_sports", "tourism")]
    # must not touch: other pouring, guides and travel, a real bridge, other twinning, land mines,
    # other markets
    assert found("They pour water into the tank.") == []
    assert found("The guides led the tour of the hall.") == []
    assert found("The travel of the firm's staff was paid by the ministry.") == []
    assert found("The bridge connecting the two villages opened.") == [("transport", "bridge")]
    assert found("The twinning of the two wards was signed.") == []
    assert found("The rehabilitation of land mine victims continued.") == []
    assert found("The two sides agreed to open new markets for farm produce.") == [
        ("economy", "markets"), ("economy", "farm produce")]


# --- round 13, heldout10, heldout12 ---


def test_a_bridge_between_countries_is_a_figure():
    # round 13: a bridge between countries, or one that brings peoples closer, is a go-between
    assert found("Culture has always been a bridge that brings the peoples closer.") == [("culture", "Culture")]
    assert found("They will be the bridge between our countries.") == []
    # must not touch: a bridge between two places, a bridge that opens, the people term (round 11)
    assert found("A bridge between the two provinces will open.") == [("transport", "bridge")]
    assert found("The bridge is ready and a new bridge will open.") == [("transport", "bridge"), ("transport", "bridge")]
    assert found("The Russian graduates have been the bridge connecting the two peoples.") == [
        ("people", "bridge connecting the two peoples")]


def test_review6_publishing_as_a_verb():
    assert found("The ministry was publishing new data on trade.") == [("economy", "trade")]
    assert found("Publishing data on trade helps investors.") == [("economy", "trade"), ("economy", "investors")]
    # still: the trade of publishing
    assert found("Publishing companies took part.") == [("culture", "Publishing")]


# --- round 14, heldout13, heldout14 ---


def test_round14_look_alikes_of_economy_energy_environment():
    # a sea zone in law, holding office, economic conditions
    assert found("The rig operates in Vietnam's exclusive economic zone and continental shelf.") == []
    assert found("They held a seminar on supervising the exercise of power by Party members.") == []
    assert found("The abuse of power was punished.") == []
    assert found("They built socialism in a market environment.") == []
    # must not touch: economic zones, power plants, nature, markets
    # (round 24b: zones for industry are whole nouns, so the list is one mention)
    assert found("They discussed economic zones and industrial parks.") == [
        ("economy", "economic zones and industrial parks")]
    assert found("They built power plants and power grids.") == [("energy", "power plants and power grids")]
    assert found("They discussed protecting the marine environment.") == [("environment", "environment")]
    assert found("The market for fish grew.") == [("economy", "market")]


def test_round14_industrial_waste_and_film_screenings():
    # the waste of industry is one environment mention; screenings join the list of culture events
    assert found("They cooperate in the treatment of industrial waste.") == [("environment", "industrial waste")]
    assert found("The centre will hold a series of film screenings, photo exhibitions and concerts.") == [
        ("culture", "film screenings, photo exhibitions and concerts")]
    # must not touch: industry and waste apart, other screenings
    assert found("They built industrial parks and waste plants.") == [  # (round 24b: "industrial parks" whole)
        ("economy", "industrial parks"), ("environment", "waste")]
    # (probe 18: was "Industrial output grew.", now a figure of output, no field)
    assert found("Industrial cooperation grew.") == [("economy", "Industrial")]
    assert found("The plastic film screenings for defects were done.") == []


# --- round 15, heldout16 ---


def test_round15_martial_arts_is_a_sport():
    # round 15: "martial arts" is a combat sport, not the arts
    assert found("We want football and martial arts teams to come next summer.") == [
        ("tourism_sports", "football and martial arts")]
    # must not touch: the arts as a field, fine arts, arts beside heritage
    assert found("The arts and heritage of the two nations were shown.") == [("culture", "arts and heritage")]
    assert found("She studied at a school of fine arts.") == [("education", "school"), ("culture", "arts")]
    assert found("Cooperation in culture and the arts will grow.") == [("culture", "culture"), ("culture", "arts")]


def test_round15_international_affairs_as_the_remit_of_a_title():
    # round 15: "for international affairs" closing a title is the office's remit, no field discussed
    assert found("He met Dmitry Koltsevsky, Secretary of the Presidium for international affairs, on Monday.") == []
    # must not touch: affairs discussed, coordinated or listed with regional ones
    assert found("The two ministers discussed international affairs.") == [("diplomacy", "international affairs")]
    assert found("They exchanged views on regional and international affairs.") == [
        ("diplomacy", "regional and international affairs")]
    assert found("Both sides will coordinate closely on international affairs.") == [
        ("diplomacy", "international affairs")]


def test_round15_ties_with_a_party_organisation_described_by_a_word():
    # round 15: a party's organisation in a place is a party organ ("the regional party organisation")
    assert found("Triều stressed the importance of ties with the regional party organisation.") == [
        ("party", "ties with the regional party organisation")]
    assert found("The two sides agreed to boost cooperation between the party organisations of the two provinces.") == [
        ("party", "cooperation between the party organisations")]
    # must not touch: another kind of organisation, a word that is no organ
    assert found("The firm keeps close ties with the regional trade organisation.") == [("economy", "trade")]
    assert found("The club keeps ties with the regional youth organisation.") == [("people", "youth organisation")]
    assert found("Ties with the regional organisation grew.") == []


# --- lexicon by fields ---


#
# The ordinary news vocabulary of each sector, written down field by field and tried on sentences
# where the words have other senses (the probe); a word with a common other sense is a term only
# with its context ("drill four new wells", "studying abroad", "exhibitions of paintings").


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ministers agreed to coordinate on global and regional issues and within multilateral frameworks.",
         [("diplomacy", "global and regional issues"), ("diplomacy", "multilateral frameworks")]),
        ("The deputies praised the parliamentary friendship groups.",
         [("diplomacy", "parliamentary friendship groups")]),
        ("They will cooperate in demining, the clearance of unexploded ordnance and the fight against "
         "money laundering.",
         [("defence_security", "demining"), ("defence_security", "unexploded ordnance"),
          ("defence_security", "money laundering")]),
        ("The two sides will promote e-commerce, retail and livestock.",
         [("economy", "e-commerce, retail and livestock")]),
        ("Russia pursues import substitution.", [("economy", "import substitution")]),
        ("The plan covers geothermal, biomass and photovoltaic projects.",
         [("energy", "geothermal, biomass and photovoltaic")]),
        ("A new 500 kV line links the two grids.", [("energy", "kV line"), ("energy", "grids")]),
        ("Zarubezhneft plans to drill four new wells and expand drilling services on the shelf.",
         [("oil_gas", "drill four new wells"), ("oil_gas", "drilling services")]),
        ("The field yields gas condensate.", [("oil_gas", "gas condensate")]),
        ("The institute produces radioisotopes and works with enriched uranium.",
         [("nuclear", "radioisotopes"), ("nuclear", "enriched uranium")]),
        ("They agreed to cooperate in robotics, nanotechnology and satellites.",
         [("science_technology", "robotics, nanotechnology and satellites")]),
        ("More Vietnamese are studying abroad, and thousands are learning Russian through online courses.",
         [("education", "studying abroad"), ("education", "learning Russian"), ("education", "online courses")]),
        # (round 17: "the festival" refers back to an event named before, so "A festival" here)
        ("A festival offered sculpture, dance performances and poetry.",
         [("culture", "festival"), ("culture", "sculpture, dance performances and poetry")]),
        ("The two ministries will work on pandemic prevention and the control of malaria and tuberculosis.",
         [("health", "pandemic prevention"), ("health", "malaria and tuberculosis")]),
        ("Russian travellers come for the chess and judo matches.",
         [("tourism_sports", "travellers"), ("tourism_sports", "chess and judo")]),
        ("Russia promotes physical culture and sport.", [("tourism_sports", "physical culture and sport")]),
        ("The projects will create jobs and improve working conditions.",
         [("labour", "create jobs"), ("labour", "working conditions")]),
        ("New charter routes and container ships will carry more sea freight.",
         [("transport", "charter routes and container ships"), ("transport", "sea freight")]),
        ("He met expatriates and overseas compatriots in Moscow.",
         [("people", "expatriates and overseas compatriots")]),
        ("They agreed on nature conservation and protected areas and to improve disaster preparedness.",
         [("environment", "nature conservation and protected areas"), ("environment", "disaster preparedness")]),
    ],
)
def test_lexicon_by_fields_words_of_each_field(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # other senses of the field words that are terms only with their context
        "The matter was studied in detail by both working groups.",
        "He said the ministry is studying the possibility of opening a new consulate.",
        "Vietnamese soldiers helped drill 20 wells for villagers in the dry season.",
        "He said the two countries are well placed to deepen their ties, as well as their trust.",
        "He began his career as a driver in the army.",
        "He made a firm commitment to continue the dialogue.",
        "The companies of the two countries signed four contracts.",
        "Deputy Prime Minister Ivan Petrov drew attention to the banks of the Volga in his speech.",
        "The guest presented a painting to the host as a souvenir.",
        "The interns at the party newspaper wrote a report on the congress.",
        "The turnover of staff at the committee has been low.",
        "The delegation went sightseeing in the old quarter after the talks.",
        "The settlements of the early revolutionaries in the mountains are now relic sites.",
        # figures of speech of party copy
        "The visit marked a quantum leap in the relationship, the ambassador said.",
        "He said corruption is a cancer that must be removed from the party.",
        "Marxism-Leninism is the sharp weapon of the party, he said.",
        "The party harbours no illusions about the difficulties ahead.",
        "The ruling party won a landslide victory in the election.",
        "The party must perform surgery on its own apparatus to root out corruption.",
        # the new words inside names of companies, associations, centres and orchestras
        "Vietsovpetro Drilling Services signed a contract.",
        "The Vietnam Software Association signed a memorandum.",
        "The Vietnam National Symphony Orchestra performed in Moscow.",
        "Officials of the National Centre for Hydro-Meteorological Forecasting attended.",
        "The Vietnam Chess Federation hosted the event.",
        "He is head of the Department of Nature Conservation.",
        # review 9: a record, a scene, an award, an amenity, a figure of speech, an actor
        "Ambassador Ivanov, who taught at the Diplomatic Academy for ten years, presented his credentials.",
        "Due to poor meteorological conditions, the plane landed in Đà Nẵng an hour late.",
        "The guests were awarded diplomas of merit by the provincial People's Committee.",
        "The hotel has a swimming pool and a spa.",
        "He described the talks as a delicate dance between the two sides.",
        "The Kremlin called the report a media circus.",
        "The naval officer laid a wreath at the monument.",
    ],
)
def test_lexicon_by_fields_leaves_other_senses_and_names_alone(text):
    assert found(text) == []


def test_lexicon_by_fields_a_bare_word_left_out_keeps_its_neighbours():
    # an exhibition of goods is a trade fair (only "trade" counts), a summer camp no people term
    assert found("The exhibition of goods at the trade fair drew 300 firms.") == [("economy", "trade")]
    assert found("The summer camp of the party school lasted a week.") == [("party", "party school")]
    # but an exhibition of paintings is one of art
    assert found("They opened an exhibition of paintings in Hà Nội.") == [("culture", "exhibition of paintings")]


# --- round 16, heldout17, heldout18 ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two sides agreed on regular exchanges of young cadres.", [("party", "exchanges of young cadres")]),
        ("The two parties should hold theoretical discussions regularly.",
         [("party", "theoretical discussions")]),
        ("They will share experience in traffic safety.", [("transport", "traffic safety")]),
        ("The province will upgrade the waterfall scenic area.", [("tourism_sports", "scenic area")]),
        ("They discussed the protection of marine resources.", [("environment", "marine resources")]),
    ],
)
def test_round16_lexicon_words(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # figures: a second wind is renewed strength; a "bridge" in quotation marks is a go-between
        "We want to give the old field a second wind, the director said.",
        'The ambassador praised the association as a "bridge" that keeps memories alive.',
        "He called the graduates a \u201cbridge\u201d of friendship.",
        # the new words in other senses
        "The settlements of the valley were flooded.",
        "The rain was strong on the day of the ceremony.",
    ],
)
def test_round16_leaves_figures_alone(text):
    assert [s for s, _ in found(text) if s in ("energy", "transport")] == []


def test_round16_real_bridges_and_wind_stay():
    assert found("They will build a bridge over the Mekong.") == [("transport", "bridge")]
    assert found("Offshore wind and solar power grew.") == [("energy", "Offshore wind and solar power")]


def test_round16_exchanging_delegations_is_the_gerund_of_exchange_delegations():
    text = ("He proposed that the provincial Party Committee and the regional branch of United Russia sign a "
            "memorandum on exchanging delegations.")
    assert found(text) == [("party", "exchanging delegations")]
    assert found("The two ministries agreed on exchanging delegations.") == [("diplomacy", "exchanging delegations")]
    assert found("They are exchanging views on the delegations' programme.") == []


def test_round16_the_training_of_human_resources_is_one_mention():
    assert found("Laos thanked Việt Nam for the training of human resources and for health care.") == [
        ("education", "training of human resources"), ("health", "health care")
    ]
    # students stay apart from training (the set marks "training" and "students": e71, e90)
    assert found("They discussed the training of students.") == [("education", "training"), ("education", "students")]


def test_round16_building_a_ruling_party():
    assert found("They held seminars on the theory and practice of building a ruling party.") == [
        ("party", "building a ruling party")
    ]
    assert found("They are building a new party headquarters.") == []


# --- round 17, heldout19, heldout20 ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's or a province's own economy briefed to a guest is a domestic matter
        ("Informing the guest about Việt Nam's socio-economic situation, he praised the ties.", []),
        ("He briefed the host on the province's socio-economic performance in the first half.", []),
        ("He congratulated Việt Nam on its socio-economic achievements.", []),
        # must not touch: development plans and a field of cooperation
        ("They discussed socio-economic development and trade.", [("economy", "economic"), ("economy", "trade")]),
        ("The economic situation and trade ties were discussed.", [("economy", "economic"), ("economy", "trade")]),
    ],
)
def test_round17_a_socio_economic_situation_is_a_domestic_matter(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They discussed cybersecurity and information security.",
         [("defence_security", "cybersecurity and information security")]),
        ("They hope to attract investors in rice processing and high-tech agriculture.",
         [("economy", "investors"), ("economy", "high-tech agriculture")]),
        ("They discussed pharmaceuticals and medical research.", [("health", "pharmaceuticals and medical research")]),
        ("They worked together on vaccine production and epidemic prevention.",
         [("health", "vaccine production and epidemic prevention")]),
        ("They agreed to exchange epidemiological data.", [("health", "epidemiological")]),
        ("They study rail transit and a multimodal corridor.", [("transport", "rail transit"), ("transport", "multimodal corridor")]),
        ("Vaccines and digital services are promising areas.", [("health", "Vaccines"), ("science_technology", "digital services")]),
        ("The programme includes master classes in traditional crafts.", [("culture", "traditional crafts")]),
        ("The share of the rouble in bilateral settlements rose.", [("economy", "bilateral settlements")]),
        ("They will help develop digital learning platforms.", [("education", "digital learning")]),
        ("They will hold refresher courses for teachers.", [("education", "refresher courses"), ("education", "teachers")]),
        ("They organised a sports festival for students.", [("tourism_sports", "sports festival"), ("education", "students")]),
        ("They discussed the training of high-quality human resources.",
         [("education", "training of high-quality human resources")]),
        ("We support student exchanges and contacts between our regions.",
         [("education", "student"), ("people", "contacts between our regions")]),
    ],
)
def test_round17_lexicon_words(text, expected):
    assert found(text) == expected


# --- round 17, party-heavy copy, heldout21 ---


@pytest.mark.parametrize("text, expected", [
    ("He wants to learn from its experience in cadre education.", [("party", "cadre education")]),
    ("They opened a cadre-fostering course for 60 officials.",
     [("party", "cadre-fostering course for 60 officials")]),
    ("They shared views on building a modern party.", [("party", "building a modern party")]),
    ("They wish to expand dialogue on theory and ideology.", [("party", "dialogue on theory")]),
    ("He proposed joint research on Marxism-Leninism.", [("party", "research on Marxism-Leninism")]),
    ("He proposed that they exchange delegations of theorists.", [("party", "exchange delegations of theorists")]),
    # must not touch: delegations of anyone else stay diplomacy
    ("He proposed that they exchange delegations of experts.", [("diplomacy", "exchange delegations")]),
    ("Russian doctors will help diagnose and treat cancer.", [("health", "treat cancer")]),
    ("The centre offers free classes for Vietnamese children.", [("education", "classes for Vietnamese children")]),
    ("The centre offers courses for translators.", [("education", "courses for translators")]),
    ("It is a gateway for its seaport services, logistics and fisheries.",
     [("transport", "seaport services, logistics"), ("economy", "fisheries")]),
])
def test_round17_party_heavy_lexicon_words(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the new words in other senses, or a scene
        "The settlements of the valley were flooded.",
        "They will meet as soon as the epidemiological situation allows.",
        "Production of the vaccine began in May.",
        "The cultural festival and the sports day were held together.",
        "The border between our regions is long.",
    ],
)
def test_round17_leaves_other_senses_alone(text):
    got = found(text)
    assert ("economy", "settlements") not in got
    assert all(s != "health" or t == "vaccine" for s, t in got)
    assert ("tourism_sports", "sports festival") not in got
    assert all(s != "people" for s, _ in got)


def test_round17_schools_of_an_art_are_culture():
    assert found("They will support art schools and music troupes.") == [("culture", "art schools and music")]
    # must not touch: bare schools stay education
    assert found("They will build new schools.") == [("education", "schools")]


# --- round 18, heldout22 ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # field words of news copy that both annotators of heldout22 require
        ("Many resorts hired Russian-speaking staff.", [("tourism_sports", "resorts")]),
        ("The province will develop golf, diving and yachting.", [("tourism_sports", "golf, diving and yachting")]),
        ("They proposed winter holidays and joint tours.", [("tourism_sports", "winter holidays and joint tours")]),
        ("They discussed cancer diagnostics.", [("health", "cancer diagnostics")]),
        ("They will open new routes to Novosibirsk and use the multimodal route through China.",
         [("transport", "open new routes"), ("transport", "multimodal route")]),
        ("They will work on the reclamation of land and treat industrial wastewater.",
         [("environment", "reclamation of land"), ("environment", "industrial wastewater")]),
        ("They will hold a strategic dialogue and coordination within the United Nations.",
         [("diplomacy", "strategic dialogue and coordination within the United Nations")]),
        ("An exhibition of lacquer paintings opened.", [("culture", "lacquer paintings")]),
        ("They agreed on training programmes, lecturer exchanges and research.",
         [("education", "training programmes, lecturer exchanges"), ("science_technology", "research")]),
        ("It would keep drilling new wells on the shelf.", [("oil_gas", "drilling new wells")]),
    ],
)
def test_round18_field_words(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # must not touch: other senses of the new words
        "Force should be used only as a last resort.",
        "They will not resort to force.",
        "They went to the resort city of Nha Trang.",
        "The guest presented a painting to the host.",
        "The route of the march was changed.",
    ],
)
def test_round18_other_senses_stay_out(text):
    assert found(text) == []


def test_round18_gas_fired_plants_are_power():
    assert found("Russia will help build gas-fired power plants.") == [("energy", "gas-fired power plants")]
    # must not touch: gas as a fuel traded
    assert found("Russia will supply liquefied natural gas.") == [("oil_gas", "liquefied natural gas")]


def test_round18_trust_is_a_relation_between_parties():
    assert found("They value the solidarity and trust between the CPV and the CPRF.") == [
        ("party", "trust between the CPV and the CPRF")]
    # must not touch: trust between states stays out of party relations
    assert found("They value the trust between the two countries.") == []


def test_round18_a_relation_with_communists_by_name():
    assert found("They treasure the friendship with the Russian communists.") == [
        ("party", "friendship with the Russian communists")]
    # must not touch: the communists' support for a country, communists as actors
    assert found("Vietnam valued the consistent support of the Russian communists.") == []
    assert found("The communists won the election in 1990.") == []


def test_round18_an_organ_and_an_occupation_are_no_field():
    assert found("They praised cooperation between the two Parties' external relations agencies.") == [
        ("party", "cooperation between the two Parties")]
    assert found("They called for training tour guides and hospitality workers.") == [
        ("education", "training"), ("tourism_sports", "tour guides")]
    # must not touch: external relations as a field, workers as labour
    assert found("They discussed external relations.") == [("diplomacy", "external relations")]
    assert found("Vietnamese workers went to Russia.") == [("labour", "workers")]


# --- recall on new copy ---


# Words a field owns in any report, and courses and schools of a party, from the misses that copy
# no rule had seen made (heldout16-22 scored with the rules of before round 16). Each word with a
# sentence it finds and one with another sense it must leave alone.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # crime by its reach and the handing over of suspects (not bare "crime": marked unevenly)
        ("The two ministries agreed to step up the fight against transnational crime and the extradition of "
         "suspects.", [("defence_security", "transnational crime"), ("defence_security", "extradition")]),
        ("They agreed on intelligence sharing and drug control.",
         [("defence_security", "intelligence sharing and drug control")]),
        # trade settled in the partners' own money, turnover alone, money and tax policy
        ("Turnover rose by 20 per cent, and settlements in national currencies grew.",
         [("economy", "Turnover"), ("economy", "settlements in national currencies")]),
        ("They discussed monetary policy and taxation.", [("economy", "monetary policy and taxation")]),
        # protective gear: "medical masks" whole, so that the list is one mention
        ("Russia sent medical masks and protective suits to Hà Nội.",
         [("health", "medical masks and protective suits")]),
        ("They discussed vaccination and telemedicine.", [("health", "vaccination and telemedicine")]),
        # sports and trips by kind
        ("Russian tourists enjoy skiing, trekking and homestays.",
         [("tourism_sports", "tourists"), ("tourism_sports", "skiing, trekking and homestays")]),
        # rail before a noun of its network, lines of containers
        ("They discussed the rail network and new container lines.",
         [("transport", "rail network"), ("transport", "container lines")]),
        # twinning pacts, veterans' mass organisations
        ("Twinning arrangements between the two provinces were signed.", [("people", "Twinning arrangements")]),
        ("Veterans' associations of the two countries met in Hà Nội.", [("people", "Veterans' associations")]),
        # coordination within the UN and at forums ASEAN leads; multilateralism, visits at the top
        ("They praised coordination within the UN and at ASEAN-led forums.",
         [("diplomacy", "coordination within the UN"), ("diplomacy", "ASEAN-led forums")]),
        ("The two sides agreed to step up multilateralism and high-level visits.",
         [("diplomacy", "multilateralism and high-level visits")]),
        # music by its instruments, choirs; a laboratory run jointly, software
        ("The troupe played folk musical instruments and choirs sang.",
         [("culture", "musical instruments and choirs")]),
        ("They will open a joint laboratory for blockchain software.",
         [("science_technology", "joint laboratory"), ("science_technology", "blockchain software")]),
        # degrees recognised; erosion of land and wetlands
        ("They agreed on mutual recognition of diplomas.", [("education", "recognition of diplomas")]),
        ("Coastal erosion and the loss of wetlands threaten the delta.",
         [("environment", "Coastal erosion"), ("environment", "wetlands")]),
    ],
)
def test_recall_on_new_copy_field_words(text, expected):
    assert found(text) == expected


# --- round 19, heldout25, heldout26 ---


def test_round19_critical_infrastructure_is_no_transport():
    assert found("Our specialists will exchange data on attacks on critical infrastructure.") == []
    # must not touch: infrastructure that is built
    assert found("The two sides will upgrade infrastructure at the border gates.") == [("transport", "infrastructure")]


def test_round19_a_company_named_by_its_field():
    assert found("Vietnam Electricity (EVN) was later named the investor of the plant.") == [("economy", "investor")]
    # must not touch: electricity as the field
    assert found("Electricity demand in Vietnam grows fast.") == [("energy", "Electricity")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ninety percent of its navy and air force equipment is Russian.", [("defence_security", "navy")]),
        ("Vietnam is interested in Russian equipment for border control.", [("defence_security", "border control")]),
        ("They discussed cyberattacks on banks.", [("defence_security", "cyberattacks")]),
        ("The company plans to expand offshore production this year.", [("oil_gas", "offshore production")]),
        ("Russian crews work on the Vietnamese offshore platforms.", [("oil_gas", "offshore platforms")]),
        ("The number of residents holidaying in Việt Nam tripled.", [("tourism_sports", "holidaying")]),
        ("It plans a Russian song contest for students.", [("culture", "song contest"), ("education", "students")]),
        ("It plans friendship exchanges with Russian cities.", [("people", "friendship exchanges")]),
        ("The plan covers seminars on Marxism-Leninism.", [("party", "seminars on Marxism-Leninism")]),
        ("They will fight human trafficking and drug smuggling across the border.",
         [("defence_security", "human trafficking and drug smuggling")]),
        # the lead's round 44: learners who go somewhere are actors, no field; as partners of a tie they count
        ("Russia remains a top destination for Vietnamese learners.", []),
        ("They agreed on exchanges between learners of the two countries.", [("education", "learners")]),
        ("Vietnam has become the third most popular beach destination for Russians.",
         [("tourism_sports", "beach destination")]),
        ("The MoU covers trade promotion, agriculture and cultural exchanges.",
         [("economy", "trade promotion, agriculture"), ("culture", "cultural")]),
    ],
)
def test_round19_new_field_words(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The company controls production on land.",
        "The two peoples enjoy a long friendship.",
        "The border was closed for a day.",
        "They lay on the beach all day.",
        "Police seized drugs and cash.",
        "The campaign won the promotion of its leader.",
    ],
)
def test_round19_new_field_words_leave_other_words_alone(text):
    assert found(text) == []


def test_round19_preparatory_courses():
    # the lead's round 44: universities that act are no field
    assert found("Russian universities will repeat the preparatory courses in spring.") == [
        ("education", "preparatory courses")]
    # must not touch: preparatory talks
    assert found("Preparatory talks for the summit began.") == []


# --- round 20, heldout28 ---


def test_round20_a_countrys_own_affairs_in_set_phrases_are_no_field():
    # round 20: "the cause of national construction and defence" and "market mechanisms" are how one
    # country builds, defends and runs itself (exclusions), not defence or trade with the partner
    assert found("He thanked the CPRF for its support in the cause of national construction and defence.") == []
    assert found("The CPRF studies Việt Nam's experience in combining market mechanisms with state regulation.") == []
    # must not touch: defence and markets as fields
    assert found("The two ministers agreed to expand defence cooperation.") == [("defence_security", "defence")]
    assert found("Exporters seek a firmer foothold on the Russian market.") == [
        ("economy", "Exporters"), ("economy", "market")]
    assert found("They discussed national defence and construction of roads.") == [
        ("defence_security", "defence"), ("transport", "roads")]


def test_round20_ties_between_kinds_of_locality_of_two_sides():
    # round 20: "cooperation between Russian regions and Vietnamese provinces": the two countries'
    # localities, as "between regions and provinces"
    assert found("United Russia supports cooperation between Russian regions and Vietnamese provinces.") == [
        ("people", "cooperation between Russian regions and Vietnamese provinces")]
    # must not touch: ties between the two countries, cooperation in regions
    assert found("Ties between the two countries are strong.") == []
    assert found("Russian regions and Vietnamese provinces signed plans.") == []


def test_round20_words_of_the_field_in_news_copy():
    # round 20: lexicon words: "sent to study" (education), "trading house", "transactions in national
    # currencies" (economy), "international organisations", "exchange of high-level delegations"
    # (diplomacy), "management of Party members" (party)
    assert found("He suggested that more young members be sent to study in Việt Nam.") == [
        ("education", "sent to study")]
    assert found("The region will help set up a trading house in St Petersburg.") == [("economy", "trading house")]
    assert found("Banks will settle more transactions in national currencies.") == [
        ("economy", "transactions in national currencies")]
    assert found("Moscow values coordination in the United Nations and other international organisations.") == [
        ("diplomacy", "international organisations")]
    assert found("The two sides will step up the exchange of high-level delegations.") == [
        ("diplomacy", "exchange of high-level delegations")]
    assert found("They shared experience in the management of Party members.") == [
        ("party", "management of Party members")]
    # must not touch: "study" to examine, a house, a currency alone, a name, a delegation received
    assert found("The ministry will study the proposal.") == []
    assert found("The delegation visited an old trading post and the governor's house.") == []
    assert found("He met officials of the International Organization for Migration.") == []
    assert found("The high-level delegation arrived on Monday.") == []


# --- precision classes 7 ---


def test_prec7_a_holiday_named_as_a_festival_is_a_date():
    # a holiday named as a festival is a date, no cultural event held (exclusions)
    assert found("The ambassador spoke to reporters before the Mid-Autumn Festival.") == []
    assert found("Greetings were sent ahead of the Lunar New Year festival.") == []
    # must not touch: a festival held as an event
    assert found("The embassy will hold a festival of Lao music in Hà Nội.") == [
        ("culture", "festival"), ("culture", "music")]


def test_prec7_fraud_in_trade_is_a_crime():
    # "trade fraud" is a crime fought at the border, no trade as a field (exclusion)
    assert found("Customs officers of the two provinces will work together against commercial fraud.") == []
    # must not touch: trade beside another word
    assert found("Trade grew while fraud fell.") == [("economy", "Trade")]


# --- round 21, heldout32 ---


def test_round21_road_shows_are_promotion_not_roads():
    # round 21: "road shows" are promotional tours (exclusion), not roads
    assert found("The office will hold road shows in Yekaterinburg and Novosibirsk.") == []
    # must not touch: roads and road safety
    assert found("The two sides will build roads and railways.") == [("transport", "roads and railways")]
    assert found("Road safety and road shows were discussed.") == [("transport", "Road safety")]


def test_review14_their_own_health_is_no_health_care():
    # review 14: "own" between the possessive and "health" is still a person's own health
    assert found("Workers should take care of their own health during the heat wave.") == [("labour", "Workers")]
    # must not touch: health as the field
    assert found("The programme aims to improve the health of people in remote areas.") == [("health", "health")]


# --- round 22b, heldout29 ---


def test_round22b_a_corporate_university_is_a_firms_training_place():
    # round 22b: exclusion "corporate university": the firm's own training centre, a place
    assert found("The company was ready to train Vietnamese specialists at its corporate university.") == [
        ("education", "train")]
    # must not touch: universities, training centres
    # the lead's round 44: universities that act are no field
    assert found("Russian universities will open a corporate training centre.") == [
        ("education", "training")]


def test_round22b_lexicon_words_of_pandemic_era_copy():
    # round 22b: the verb of vaccination, the noun "theory conference", a course held online for a
    # party's officials (party_course), exploration on the shelf, bachelor's programmes
    assert found("We want to vaccinate the elderly first.") == [("health", "vaccinate")]
    assert found("They will organise a joint theory conference in 2023.") == [("party", "theory conference")]
    assert found("The Higher Party School of the United Russia party opened a two-week online course for "
                 "officials of the CPV.") == [("party", "online course")]
    assert found("Zarubezhneft discussed further exploration on the shelf.") == [
        ("oil_gas", "exploration on the shelf")]
    assert found("The courses prepare them for bachelor's programmes in engineering.") == [
        ("education", "bachelor's programmes")]
    # must not touch: a course with no party in its sentence, a shop's shelf, the shelf as the place
    # of the wells (unmarked in the set: e118, e201), music theory
    assert found("The university offers an online course in Russian.") == [("education", "online course")]
    assert found("Vietnamese coffee is on the shelf in Moscow shops.") == []
    assert found("Russian companies work on the Vietnamese shelf.") == []
    assert found("The conference on music theory opened.") == [("culture", "music")]


def test_round22b_medical_supplies_as_one_list():
    # round 22b: ventilators and test kits are health; "medical equipment" whole keeps a list after
    # it one mention
    assert found("Moscow also shipped ventilators and test kits to Hanoi last year.") == [
        ("health", "ventilators and test kits")]
    assert found("They handed over medical equipment, test kits and masks.") == [
        ("health", "medical equipment, test kits")]
    # must not touch: "medical" before another noun, a list of two fields
    assert found("Medical workers arrived.") == [("health", "Medical")]
    assert found("Russia sent ventilators and tractors.") == [("health", "ventilators")]


def test_round22b_more_routes_opened_are_links():
    # round 22b: "open more routes", as "open new routes"
    assert found("Khánh Hòa will work with Russian partners to open more routes from Siberia.") == [
        ("transport", "open more routes")]
    # must not touch: routes with no verb of opening, "more" alone
    assert found("The routes of the parade were closed.") == []
    assert found("They want more tourists.") == [("tourism_sports", "tourists")]


# --- round 22a, heldout24 ---


def test_round22a_field_words_of_any_report():
    # round 22a: megascience, photo exhibitions with "of", charter carriers, a river basin, coal chemistry
    assert found("Russia wants Vietnamese partners to join the megascience projects at Dubna.") == [
        ("science_technology", "megascience")]
    assert found("The veteran will hold an exhibition of photos in Moscow.") == [("culture", "exhibition of photos")]
    assert found("Several charter carriers are planning routes.") == [
        ("transport", "charter carriers"), ("transport", "routes")]  # cls11: the routes they fly
    assert found("They protect the Mekong river basin.") == [("environment", "river basin")]
    assert found("They discussed power generation, coal chemistry and logistics.") == [
        ("energy", "power generation, coal chemistry"), ("transport", "logistics")]
    # must not touch: an exhibition of goods, a basin that is no river's, chemistry as a science
    assert found("The exhibition of cars opened in Moscow.") == []
    assert found("The river flows past the basin of the old port.") == [("transport", "port")]
    assert found("Students study chemistry and physics.") == [
        ("education", "Students"), ("science_technology", "chemistry and physics")]


def test_round22a_a_career_in_politics_and_classes_of_society_are_no_field():
    # round 22a: exclusions "entering politics" (a person's career) and "workers and farmers" (the
    # classes a party works among)
    assert found("Prokhvatilov, who worked as an engineer before entering politics, said ties matter.") == []
    assert found("He briefed his host on the party's work among workers and farmers.") == []
    # must not touch: politics discussed, workers of a side abroad
    assert found("The two sides discussed politics and trade.") == [("diplomacy", "politics"), ("economy", "trade")]
    assert found("The two sides will protect the rights of Vietnamese workers in Russia.") == [("labour", "workers")]


def test_round22a_a_tourism_festival_is_a_tourism_event():
    # round 22a: like "sports festival", a tourism festival is one tourism mention, no culture
    assert found("He proposed organising a spring fair and a tourism festival for residents.") == [
        ("tourism_sports", "tourism festival")]
    # must not touch: a film festival beside tourism
    assert found("The two sides will hold a film festival and promote tourism.") == [
        ("culture", "film festival"), ("tourism_sports", "tourism")]


# --- review 14 leftovers ---


def test_review14_leftovers_party_workers_are_cadres_not_labour():
    # "party workers" (with or without "'s") are a party's officials, class cadre; the guidelines
    # count "workers" as labour (migration), which a party's officials are not
    assert found("Party workers from Hà Nội attended a course in Moscow.") == []
    assert found("Many party workers from Hà Nội attended a course.") == []
    # must not touch: training them is party work; other workers stay labour
    assert found("The school trains 3,000 party workers a year.") == [("party", "trains 3,000 party workers")]
    assert found("Many Vietnamese workers live in Moscow.") == [("labour", "workers")]


def test_review14_leftovers_hospitality_is_the_trade_not_the_hosts_welcome():
    # bare "hospitality" among trades is the hotel and restaurant trade (tourism)
    assert found("The firms offered jobs in logistics, manufacturing and hospitality.") == [
        ("transport", "logistics"),
        ("economy", "manufacturing"),
        ("tourism_sports", "hospitality"),
    ]
    assert found("The hospitality sector hired 300 people.") == [("tourism_sports", "hospitality")]
    # must not touch: a host's welcome, by its qualifier, owner, "for" of thanks or "of"
    assert found("The delegation thanked the hosts for the warm hospitality.") == []
    assert found("He thanked Việt Nam for its hospitality.") == []
    assert found("They praised the hospitality of the Lao people.") == []


# --- probe 9 ---


def test_probe9_a_persons_background_and_a_mishap_name_no_field():
    assert found("The minister, an engineer by training, arrived.") == []
    assert found("He recalled his student years in Leningrad.") == []
    assert found("The envoy, a former trade official, arrived.") == []
    assert found("Two guests were hurt in a road accident.") == []
    # must not touch: training and trade as fields, accidents as a field of road safety
    assert found("The two sides discussed training by Russian experts and trade.") == [
        ("education", "training"), ("economy", "trade")]
    assert found("The two sides will cooperate to reduce road accidents.") == [("transport", "road")]


# --- agreed errors 9 ---


def test_round23b_theory_events_in_other_nouns():
    assert found("The two sides will hold the next round of theoretical dialogue in Vientiane.") == [
        ("party", "theoretical dialogue")]
    assert found("The two parties held their third theory symposium.") == [("party", "theory symposium")]
    # must not touch: a discipline's theory event
    assert found("The music theory forum opened in Hanoi.") == [("culture", "music")]


# --- round 23a, heldout35 ---


def test_round23a_information_infrastructure_is_no_transport():
    # fixes: networks of data are no roads and ports
    assert found("Hackers attacked the information infrastructure of the bank.") == []
    # must not touch: infrastructure of transport, bare or beside a port
    assert found("They will upgrade the infrastructure of the port.") == [
        ("transport", "infrastructure"), ("transport", "port")]


def test_review17b_party_delegations_exchanged_in_the_past_are_party():
    # review 17b: "exchanged party delegations" is the party's, as in the present tense
    assert found("Vietnam and Laos exchanged party delegations last year.") == [
        ("party", "exchanged party delegations")]
    # must not touch: delegations of the state
    assert found("Vietnam and Laos exchanged parliamentary delegations last year.") == [
        ("diplomacy", "exchanged parliamentary delegations")]


# --- probe 15 ---


def test_round24b_lexicon_words_of_the_field():
    # fixes: health security (no defence), farm exports, jobs a project brings, zones of industry as one list
    assert found("The plant will strengthen health security in the region.") == [("health", "health security")]
    assert found("Firms can act as a bridge for farm exports.") == [("economy", "farm exports")]
    assert found("Projects must bring jobs to local people.") == [("labour", "bring jobs")]
    assert found("The republic runs industrial parks and special economic zones.") == [
        ("economy", "industrial parks and special economic zones")]
    # must not touch: security alone, exports alone, a job done, a sea zone in law, border ports
    assert found("They discussed maritime security.") == [("defence_security", "security")]
    assert found("Exports rose by 10 percent.") == []
    assert found("The team did a good job.") == []
    assert found("Ships entered Vietnam's exclusive economic zone.") == []
    assert found("Trade through the border ports grew.") == [("economy", "Trade")]
    assert found("Trade through the seaports grew.") == [("economy", "Trade"), ("transport", "seaports")]


# --- round 24a ---


def test_round24a_twinning_with_localities():
    # fixes: twinning "with" a kind of locality
    assert found("Kazan seeks twinning with Lao provinces.") == [("people", "twinning with Lao provinces")]
    # must not touch: bare twinning, a merger of wards
    assert found("The twinning of two wards was approved.") == []
    assert found("The twinning between the two wards was completed.") == []  # check twinning-no-place


def test_round24c_maker_names_and_other_wordings():
    # fixes: a maker's name at a sentence's start; hydraulic turbines; atomic technologies
    assert found("Power Machines has shipped two hydraulic turbines.") == [("energy", "hydraulic turbines")]
    assert found("Atomic technologies are not only about electricity.") == [
        ("nuclear", "Atomic technologies"), ("energy", "electricity")]
    # must not touch: power as a word of the field, even capitalised at the start
    assert found("Power supplies were discussed.") == [("energy", "Power")]


# --- review 20 ---


def test_review20_only_people_are_treated_when_affected_by():
    # fixes: firms or guests "affected by" a harm are treated so by no medicine
    assert found("The government will treat businesses affected by the tariffs equally.") == [
        ("economy", "businesses")]
    assert found("The hotel will treat guests affected by delays to free meals.") == []
    # must not touch: people treated for a harm
    assert found("Russian doctors have treated 300 veterans affected by Agent Orange.") == [
        ("health", "treated 300 veterans affected by")]
    assert found("They are treating children affected by dioxin.") == [
        ("health", "treating children affected by")]


# --- round 24e, heldout45 ---


def test_round24e_fields_of_medicine_trading_with_and_business_travellers():
    assert found("The province will develop heart surgery with Russian help.") == [("health", "heart surgery")]
    assert found("Some 300 firms are trading with Laos.") == [("economy", "trading with")]
    assert found("The new route suits business travellers.") == [("tourism_sports", "business travellers")]
    # must not touch: surgery as a figure, a business mission, trading alone
    assert found("The party called for surgery on the bureaucracy.") == []
    assert ("economy", "business") in found("The minister led a business mission.")  # probe 22: was "went on a business trip"
    assert found("Trading hours were extended.") == []


def test_review21_capitalised_field_words_before_a_field_noun_are_no_paper():
    # fixes: a repeat of a paper's words before a lower-case field noun is the field
    assert found("She edits the Science and Technology journal. Science and Technology cooperation is a priority.") == [
        ("science_technology", "Science and Technology")]
    # must not touch: the paper's name repeated as the subject
    assert found("She edits the Science and Technology journal. Science and Technology will publish a report.") == []


def test_round24f_doctrine_events_and_theorists():
    # fixes: a meeting or study whose topic is the parties' doctrine, by any of its names; a party's
    # theorists trained as its cadres; a party's own members sent to study somewhere
    assert found("The CPRF proposed a joint round table on socialism in the 21st century.") == [
        ("party", "round table on socialism")]
    assert found("The two parties hope to deepen ties in the study of Marxist theory.") == [
        ("party", "study of Marxist theory")]
    assert found("The parties hold joint scientific symposiums on communism every year.") == [
        ("party", "scientific symposiums on communism")]
    assert found("The academy will help the LPRP in training young theoreticians.") == [
        ("party", "training young theoreticians")]
    assert found("The LPRP has sent 300 of its members to study in Hà Nội since 2015.") == [
        ("party", "members to study")]
    # must not touch: a seminar on science, a study of another field, theorists who only attend,
    # members sent to examine something, a firm's members sent to study
    assert found("They held a seminar on scientific research.") == [("science_technology", "scientific research")]
    assert found("The study of climate change is vital.") == [("environment", "climate change")]
    assert found("Several theorists attended the seminar.") == []
    assert found("The CPRF sent its members to study the proposal.") == []
    assert found("The company sent 20 of its members to study in Japan.") == []


def test_round24f_study_abroad_and_here():
    # fixes: the verb of study with "abroad", "overseas" or "here" (where the speaker stands)
    assert found("Many young Lao people wish to study abroad.") == [("education", "study abroad")]
    assert found("Some 300 Cubans study here every year.") == [("education", "study here")]
    # must not touch: "study" with an object
    assert found("The ministry will study the proposal in detail.") == []


# --- round 24d, heldout42 ---


def test_round24d_lexicon_words_of_the_field():
    # fixes: medical tourism as one tourism term, drills of rescue, species, skilled workers in a list,
    # courses of a season and a preparatory faculty, the detection of forest fires
    assert found("Russians come to Nha Trang for medical tourism.") == [("tourism_sports", "medical tourism")]
    assert found("The coast guards held search and rescue exercises.") == [
        ("defence_security", "search and rescue exercises")]
    assert found("Rangers protect rare species in the park.") == [("environment", "rare species")]
    assert found("The firm hires technical interns and skilled workers from Vietnam.") == [
        ("labour", "technical interns and skilled workers")]
    assert found("They will attend summer courses in Kazan.") == [("education", "summer courses")]
    assert found("The university will open a preparatory faculty in Da Nang.") == [
        ("education", "preparatory faculty")]
    assert found("Drones help with fire detection in the taiga.") == [("environment", "fire detection")]
    # must not touch: medical cooperation beside tourism, rescue alone in a list, "of course" after a season
    assert found("Medical cooperation and tourism will grow.") == [("health", "Medical"), ("tourism_sports", "tourism")]
    # (lead 35 made bare "search and rescue" a term: the list is now one mention of one sector)
    assert found("They cooperate in peacekeeping, search and rescue, and cybersecurity.") == [
        ("defence_security", "peacekeeping, search and rescue, and cybersecurity")]
    assert found("In the summer, of course, the beaches are full.") == []


def test_round24d_carbon_markets_are_climate_policy():
    # fixes: markets of emission rights name no trade
    assert found("The two countries could cooperate in carbon credit markets.") == [
        ("environment", "carbon credit markets")]
    assert found("Vietnam is building carbon markets.") == [("environment", "carbon markets")]
    # must not touch: markets for goods
    assert found("Russian goods need new markets.") == [("economy", "markets")]


# --- round 25b, heldout51 ---


def test_round25b_care_named_by_its_kind_or_means():
    # fixes: kinds of care and care at a distance are health
    assert found("The team will pass on techniques in laparoscopic surgery and intensive care.") == [
        ("health", "laparoscopic surgery and intensive care")]
    assert found("Doctors will offer teleconsultations to mountain districts.") == [("health", "teleconsultations")]
    # must not touch: talks between ministries, and bare surgery as a figure of speech
    assert found("The two ministries held consultations on the draft.") == []
    assert found("The party needs surgery on its own ranks.") == []


def test_round25a_training_an_army_is_defence():
    # fixes: the verb of training with armed forces as its object (was education "train")
    assert found("The Soviet advisers helped Laos train its army and build roads.") == [
        ("defence_security", "train its army"), ("transport", "roads")]
    assert found("Cuba will continue training Angolan troops, the minister said.") == [
        ("defence_security", "training Angolan troops")]
    # must not touch: training of specialists, and an army that trains
    assert found("The university will train specialists for the oil industry.") == [
        ("education", "train"), ("oil_gas", "oil")]
    # the lead's round 44: the schools where officers are trained are where, no field
    assert found("The army trains officers at its own schools.") == [("education", "trains")]


def test_round25a_retraining_is_training():
    # fixes: "retrain" as the verb of education ("train")
    assert found("The centre plans to retrain 50 Lao engineers in Novosibirsk.") == [("education", "retrain")]
    # must not touch: a retrained party cadre stays the party's ("{cadre_training} {cadre}")
    assert found("The school will retrain Lao cadres this year.")[0][0] == "party"


def test_round25a_heritage_by_its_care():
    # fixes: restoration or conservation of artefacts and relics is heritage (culture)
    assert found("The city asked Russia to help with the restoration of relics in the old quarter.") == [
        ("culture", "restoration of relics")]
    assert found("The experts discussed the conservation of bronze artefacts.") == [
        ("culture", "conservation of bronze artefacts")]
    # must not touch: artefacts an exhibition shows
    assert found("The exhibition displays 300 artefacts from the Đông Sơn period.") == []


def test_round25a_resorts_by_what_they_offer_are_tourism():
    # fixes: "health resorts" (was health)
    assert found("Russia has many health resorts on the Black Sea coast.") == [("tourism_sports", "health resorts")]
    # must not touch: health itself
    assert found("Vietnam's health sector needs more nurses.") == [("health", "health")]


def test_round25a_direct_routes_are_transport_in_the_plural():
    # fixes: direct routes a carrier opens
    assert found("The province asked carriers to open direct routes from Irkutsk.") == [("transport", "direct routes")]
    # must not touch: one direct route as a path
    assert found("The river is the most direct route to the sea.") == []


def test_round25a_travel_of_children_is_a_youth_exchange():
    # fixes: visits and trips of children and schoolchildren (people)
    assert found("The two cities agreed on visits by Russian schoolchildren to Hà Nội.") == [
        ("people", "visits by Russian schoolchildren")]
    assert found("The association will organise summer trips for Lao children to Hạ Long Bay.") == [
        ("people", "trips for Lao children")]
    # must not touch: schoolchildren or children alone
    assert found("The contest for schoolchildren opened on Monday.") == []
    assert found("Children visited the museum on Sunday.") == []


# --- review 25 ---


def test_review25_children_owning_a_place_are_no_youth_travel():
    # fixes: "tours of the children's hospital": the children own the place toured
    assert ("people", "tours of the children") not in found(
        "The delegation made tours of the children's hospital in Vientiane.")
    # must not touch: travel by children
    assert found("Visits by Russian children to camps in Việt Nam resumed this summer.") == [
        ("people", "Visits by Russian children")]


def test_probe19_economy_in_other_wordings():
    # probe 19: finance by technology and production tied across borders are the economy field
    assert found("The two central banks will cooperate in fintech and digital payments.") == [
        ("economy", "fintech and digital payments")]
    assert found("Both sides agreed to build production links.") == [("economy", "production links")]
    # must not touch: a name, and production as a single work's making
    assert found("The Fintech Association of Vietnam held its congress.") == []
    assert found("The production of the documentary ended last year.") == []


def test_probe19_degrees_of_two_schools_and_skilled_workers_trained():
    # probe 19: double-degree programmes are education; skilled workers educated or trained are the
    # training, one mention (not labour)
    # (probe 37p2: the programme is one span with its degree, as the tuned gold quotes it, e715, e981)
    assert found("The two universities launched double-degree programmes.") == [
        ("education", "double-degree programmes")]
    assert found("Korea will help Việt Nam in educating skilled workers.") == [
        ("education", "educating skilled workers")]
    # must not touch: skilled workers who go abroad are labour; "double" alone is nothing
    assert found("Skilled workers from Việt Nam went to Korea under the programme.") == [("labour", "Skilled workers")]
    assert found("He won a double victory.") == []


def test_probe19_marks_unions_and_business_places_are_no_field():
    # probe 19: a learner's own marks, the students' own body, a business school or incubator
    assert found("Fifty students with outstanding academic results received awards.") == [("education", "students")]
    assert found("The students' union elected a new chairman.") == []
    assert found("Managers will be trained at Russian business schools.") == [("education", "trained")]
    assert found("The minister toured a business incubator.") == []
    # must not touch: academic exchanges, exchanges of students, a business forum
    assert found("The two sides agreed to expand academic exchanges.") == [("education", "academic")]
    assert found("The two sides agreed to expand exchanges of students.") == [("education", "students")]
    assert found("The two sides will hold a business forum in Hà Nội.") == [("economy", "business")]


# --- probe 21 ---


def test_probe21_domestic_politics_is_no_field():
    assert found("He briefed the guests on Russia's domestic politics.") == []
    assert found("The two ministers discussed politics and trade.") == [("diplomacy", "politics"), ("economy", "trade")]


# --- round 26b, heldout55 ---


def test_r26b_power_plants_and_the_grid_by_their_kinds_make_one_list():
    # fixes: "hydropower plants" (was "hydropower" alone, the list broken), "grid interconnection"
    assert found("New hydropower plants and solar farms will come on line in the south.") == [
        ("energy", "hydropower plants and solar farms")]
    assert found("They will expand power grid interconnection and renewable energy.") == [
        ("energy", "power grid interconnection and renewable energy")]
    assert found("They shared experience in extra-high voltage lines.") == [("energy", "extra-high voltage")]
    # must not touch: hydropower alone, the grid of a sentence of another field
    assert found("Laos sells hydropower to Cambodia.") == [("energy", "hydropower")]


def test_r26b_branches_of_physics_and_a_disease_with_its_noun_are_one_term():
    # fixes: "high-energy physics" (was energy + physics), "yellow fever and biomedicine" (two mentions)
    assert found("Young researchers will work in high-energy physics, plasma physics and radiobiology.") == [
        ("science_technology", "high-energy physics, plasma physics and radiobiology")]
    assert found("They will study yellow fever and biomedicine.") == [("health", "yellow fever and biomedicine")]
    # must not touch: energy and physics of their own
    assert found("They discussed energy and physics.") == [("energy", "energy"), ("science_technology", "physics")]


def test_r26b_a_fuel_cargo_and_prices_in_national_currencies():
    # fixes: "an oil cargo" (was transport), "denominated in national currencies" (was nothing)
    assert found("The port received its first oil cargo from Russia.") == [("oil_gas", "oil cargo")]
    assert found("The loans will be denominated in national currencies.") == [
        ("economy", "denominated in national currencies")]
    # must not touch: cargo of its own, a currency named alone
    assert found("Cargo flights to Hanoi will resume.")[0][0] == "transport"
    assert found("The national currency weakened.") == []


# --- probe 23 ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # emissions cut, carbon captured, the sea and wildlife conserved, oil spilled: the environment
        ("Gromov said emission cuts and forest protection would be new pillars.",
         [("environment", "emission cuts and forest protection")]),
        ("The partners discussed emission reduction and carbon capture at power plants.",
         [("environment", "emission reduction and carbon capture"), ("energy", "power plants")]),
        ("Beijing offered to work on marine conservation and the prevention of oil spills.",
         [("environment", "marine conservation"), ("environment", "prevention of oil spills")]),
        ("The two ministries agreed to cooperate in protecting the sea.",
         [("environment", "protecting the sea")]),
        ("They agreed to share meteorological data.", [("environment", "meteorological data")]),
        ("The Russian side pledged to share climate data.", [("environment", "climate data")]),
        ("They will deepen cooperation in disaster relief.", [("environment", "disaster relief")]),
        ("They agreed on energy-saving and renewable-energy projects.",
         [("energy", "energy-saving and renewable-energy")]),
        ("They proposed cooperation in meteorology and the forecasting of cyclones.",
         [("environment", "meteorology"), ("environment", "forecasting of cyclones")]),
        ("Both sides pledged the sustainable use of the Mekong's water.",
         [("environment", "use of the Mekong's water")]),
        # diplomacy: foreign offices consult, coordinate at the UN, back each other's candidacies
        ("The two countries held foreign office consultations in Delhi.",
         [("diplomacy", "foreign office consultations")]),
        ("They agreed to support each other's candidacies and coordination at the United Nations.",
         [("diplomacy", "each other's candidacies and coordination at the United Nations")]),
        # people: twinning "between" localities of a kind, as "with"
        ("She proposed to expand twinning between cities and provinces.",
         [("people", "twinning between cities")]),
    ],
)
def test_probe23_field_words_the_lexicon_lacked(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Coast guards are tasked with protecting the sea and islands of the Fatherland.",  # sovereignty
        "Cyclone Dana hit the coast of Odisha last week.",  # a storm as news
        "The twinning between the two wards was completed.",  # a merger: bare twinning stays out
        "Rudenko, a veteran diplomat, met the ambassador.",  # a diplomat as a person
        "Heavy rain flooded several districts of Hà Tĩnh province.",  # one country's weather
        "Meteorological conditions delayed the flight.",  # one day's weather, no weather science
        "Cuba asked for debt relief.",  # relief in another sense
        "The weather was mild and the climate was dry during the visit.",  # the day's weather, no climate data
        "The two navies will cooperate in protecting the sea lanes.",  # shipping routes: security
    ],
)
def test_probe23_close_sentences_stay_untouched(text):
    assert found(text) == []


def test_probe23_an_oil_spill_is_no_oil_and_as_news_no_field():
    assert found("They discussed oil spill response and oil exports.") == [("environment", "oil spill response"),
                                                                        ("oil_gas", "oil")]
    assert found("Oil exports rose, and oil spills were rare.") == [("oil_gas", "Oil")]
    assert found("An oil spill hit the coast of Khánh Hòa last week.") == []


# --- probe 22 ---


def test_probe22_trade_named_by_both_directions():
    # fixes: import and export together (any order, "and", hyphen or slash) name trade
    assert found("Import and export via the Móng Cái crossing doubled.") == [("economy", "Import and export")]
    assert found("The firms deal in the import/export of machinery.") == [("economy", "import/export")]
    assert found("Export-import turnover with Laos rose.") == [("economy", "Export-import turnover")]
    # must not touch: one direction alone (round 16), and a bank's name
    assert found("Exports of cashew to India rose.") == []
    assert found("The Export-Import Bank of India opened a credit line.") == [("economy", "credit line")]


def test_probe22_a_business_trip_is_a_journey():
    # fixes: a trip made for business names the trip
    assert found("He was in Hanoi on a business trip.") == []
    # must not touch: business ties between the partners
    assert found("Business ties between the two countries grew.") == [("economy", "Business")]


# --- round 27c (heldout48) ---


def test_r27c_the_infrastructure_of_settlements_is_finance():
    # fixes: "a settlement infrastructure", "payment infrastructure": the systems money is settled
    # through (economy), not roads and ports
    assert found("We are building a settlement infrastructure free of third countries.") == [
        ("economy", "settlement infrastructure")]
    assert found("The banks will link their payment infrastructure.") == [("economy", "payment infrastructure")]
    # must not touch: infrastructure of transport, and of energy
    assert found("Roads, ports and other infrastructure will be built.") == [
        ("transport", "Roads, ports and other infrastructure")]
    assert found("They will upgrade energy infrastructure.") == [("energy", "energy infrastructure")]


# --- review 29 ---

def test_review29_a_lesson_taught_by_someone_is_no_schooling():
    # fixes: a passive of teaching with its agent (was education "were taught")
    assert found("The lessons that were taught by President Ho Chi Minh remain valuable.") == []
    assert found("The lesson was taught by the pandemic.") == []
    # must not touch: a subject taught somewhere
    assert found("Russian is now taught in 14 Vietnamese schools.") == [("education", "is now taught")]


# --- stop 35: word lists of rounds 27a and 27d moved into the lexicon ---


def test_remit_holders_trainees_and_training_verbs_come_from_the_lexicon(tmp_path):
    raw = (Path(framing.__file__).parent / "lexicons" / "sectors.yml").read_text(encoding="utf-8")

    def with_words(cls: str, *words: str):
        path = tmp_path / f"{cls}.yml"
        path.write_text(raw.replace(f"  {cls}:\n", f"  {cls}:\n" + "".join(f"    - {w}\n" for w in words), 1),
                        encoding="utf-8")
        return load_lexicon(path)

    def mine(text: str, lexicon) -> list[tuple[str, str]]:
        return [(s, text[a:b]) for s, a, b in match_sectors(text, lexicon=lexicon)]

    # a remit holder the packaged class lacks: the packaged lexicon reads the field, a lexicon that
    # adds "spokesman" reads a post's remit (class remit_holder, r27a)
    remit = "He met the spokesman in charge of energy."
    assert found(remit) == [("energy", "energy")]
    assert mine(remit, with_words("remit_holder", "spokesman")) == []
    # the people a verb of training trains (classes occupation and trainee, r27d): pilots are no
    # occupation of the packaged lexicon, so the teachers after them are a second mention; a lexicon
    # that adds "pilots" reads one list of the trained, one mention with the training
    pilots = "They will train pilots and teachers."
    assert found(pilots) == [("education", "train"), ("education", "teachers")]
    assert mine(pilots, with_words("occupation", "pilots")) == [("education", "train")]


# --- round 28a (heldout61) ---

def test_r28a_exchanges_on_party_theory_are_theoretical_exchanges():
    # fixes: the doctrine named as the party's (was no mention)
    assert ("party", "exchanges on party theory") in found(
        "The two parties intend to expand exchanges on party theory next year.")
    assert ("party", "exchanges of party theory") in found("They agreed on regular exchanges of party theory.")
    # must not touch: "party theory" alone with no party meant
    assert found("The lawyers discussed third-party theory at the faculty.") == []


# --- round 28c (heldout57) ---


def test_round28c_colleges_in_the_plural_are_places_of_study():
    # the lead's round 44: colleges that act or host are no field (tuned parts and heldout155-176: 1 hit, 2
    # optional, 4 false); one college is still a board (review 12)
    assert found("Vietnamese colleges have much to offer, he said.") == []
    # the lead's round 44: universities and colleges that act are no field; as the partners of a tie they count
    assert found("Universities and colleges of the two countries signed a deal.") == []
    assert found("Cooperation between universities and colleges of the two countries is growing.") == [
        ("education", "universities and colleges")]
    assert found("The ministry's college approved the plan on Monday.") == []  # one college: a board
    assert found("She is a member of the royal colleges of physicians.") == []  # boards of a profession
    assert found("A college of judges met in the capital.") == []


def test_round28c_migrants_are_labour_illegal_migrants_security():
    assert found("The province needs more migrants for its farms.") == [("labour", "migrants")]
    assert found("Police detained 40 illegal migrants near the border.") == [("defence_security", "illegal migrants")]


def test_round28c_plastic_pollution_joins_a_list_of_one_sector():
    assert found("They will study mangroves and plastic pollution in the bay.") == [
        ("environment", "mangroves and plastic pollution")]


def test_round28c_the_hospitality_industry_outruns_a_hosts_welcome():
    assert found("Both cities will train cooks for the hospitality industry.")[-1] == (
        "tourism_sports", "hospitality industry")
    assert found("Jobs for the hospitality industry will grow.") == [("tourism_sports", "hospitality industry")]
    assert found("The hospitality industry hired 300 people.") == [("tourism_sports", "hospitality industry")]
    assert found("The guest thanked the city for the hospitality shown to his team.") == []
    assert found("He thanked them for hospitality during the visit.") == []


# --- round 28b (heldout58) ---


def test_r28b_segments_of_the_oil_industry():
    # fixes: "upstream"/"downstream" before a noun of the industry is oil and gas
    assert found("Zarubezhneft hopes to widen its upstream operations on the shelf.") == [
        ("oil_gas", "upstream operations")]
    assert found("Indian firms eye the downstream sector of Vietnam.") == [("oil_gas", "downstream sector")]
    # must not touch: a river's upstream and downstream
    assert found("Dams built upstream threaten farmers living downstream.") == []


# --- round 28d (heldout15) ---

def test_r28d_state_funded_study_places_are_education():
    # fixes: study places paid by the state, as study grants; with their universities one mention
    assert found("The ministry keeps 800 state-funded places for Lao students.") == [
        ("education", "state-funded places"), ("education", "students")]
    assert found("Moscow will raise the quota of state-funded places at Russian universities.") == [
        ("education", "state-funded places at Russian universities")]
    # must not touch: a state-funded thing that is no study place
    assert found("The state-funded places of worship were restored.") == []


# --- round 28f (heldout65) ---


def test_r28f_rolling_stock_and_locomotives_are_transport():
    # fixes: "interested in Russian rolling stock": railway vehicles as goods supplied
    assert found("Russia will supply rolling stock and locomotives to Việt Nam.") == [
        ("transport", "rolling stock and locomotives")]
    # must not touch: one locomotive as a figure of growth
    assert found("Exports are the locomotive of growth.") == []


# --- round 28e (heldout64) ---


def test_r28e_space_field_by_its_activities():
    # fixes: remote sensing and spaceflight name the space field
    assert found("Russia and Vietnam are discussing the joint development of an Earth remote sensing satellite.") == [
        ("science_technology", "remote sensing")]
    assert found("Russia is also open to cooperation in manned spaceflight.") == [
        ("science_technology", "spaceflight")]
    # must not touch: "remote" and "space" alone
    assert found("They visited a remote village near the space centre.") == []


def test_r28e_culture_of_an_organisation_is_no_field():
    # fixes: "safety culture", "corporate culture": habits of work
    assert found("We need engineers who understand the safety culture of a plant.") == []
    assert found("The firm praised its corporate culture.") == []
    # must not touch: culture as a field of exchange
    assert found("They praised cultural exchanges and the culture of both peoples.") == [
        ("culture", "cultural"), ("culture", "culture")]


def test_r28e_twinning_between_partners_is_people_to_people_ties():
    # fixes: "promote twinning between schools"
    assert found("Both sides agreed to promote twinning between schools.") == [("people", "twinning between schools")]
    # must not touch: "the twinning between the two wards" (may be a merger), bare "twinning"
    assert found("The twinning between the two schools was completed.") == [("education", "schools")]


# --- round 28h (heldout30) ---


def test_r28h_capital_poured_capacity_built_farm_goods_exported():
    # fixes: investing with one word before "capital", plants' generating capacity, farm goods exported
    assert found("Firms should pour more capital into processing.") == [("economy", "pour more capital")]
    assert found("The funds poured fresh capital into the zone.") == [("economy", "poured fresh capital")]
    assert found("The country must build new generating capacity.") == [("energy", "generating capacity")]
    assert found("They signed rules on quarantine for exports of farm goods.") == [
        ("economy", "exports of farm goods")]
    # must not touch: the capital city, a capacity of another kind, bare exports
    assert found("The delegation toured the capital and its old quarter.") == []
    assert found("The hall has a seating capacity of 500.") == []
    assert found("Exports of cars rose last year.") == []


def test_r28h_party_schools_by_their_other_names():
    # fixes: a province's school of politics is a party school, not schooling
    assert found("They will cooperate with schools of politics in Nghệ An.") == [("party", "schools of politics")]
    assert found("A political and administrative school was built for the province.") == [
        ("party", "political and administrative school")]
    # must not touch: schools and politics apart
    # the lead's round 44: the schools where he spoke are where, no field
    assert found("The minister spoke of politics at two schools.") == [("diplomacy", "politics")]


# --- round 28g (heldout59) ---


def test_r28g_settlements_in_currencies_named():
    from sectors_helpers import found
    # fixes: "settlements in rubles and dong": the partners' money by name
    assert found("Banks will expand settlements in yuan and dong.") == [("economy", "settlements in yuan and dong")]
    assert found("The two sides use payments in rubles more often.") == [("economy", "payments in rubles")]
    # must not touch: a currency named with no settling ("The dong fell against the yuan")
    assert found("The dong fell against the yuan last week.") == []


# --- round 28i (heldout62) ---


def test_r28i_party_building_as_a_noun():
    # fixes: "the building of a clean and strong party", as "building a clean and strong party"
    assert found("Delegates discussed the building of a clean and strong party.") == [
        ("party", "building of a clean and strong party")]
    assert found("They shared views on the building of a modern party.") == [("party", "building of a modern party")]
    # must not touch: a party's building with no quality of the standing phrase
    assert found("The building of a new party office began in May.") == []


def test_r28i_parliamentary_contacts_and_contacts_between_lawmakers():
    # fixes: contacts of parliaments and of their members as parliamentary channels (diplomacy)
    assert found("He counted on closer parliamentary contacts next year.") == [("diplomacy", "parliamentary contacts")]
    assert found("They agreed to widen contacts between the two countries' lawmakers.") == [
        ("diplomacy", "contacts between the two countries' lawmakers")]
    assert found("They will expand exchanges between legislators of the two countries.") == [
        ("diplomacy", "exchanges between legislators of the two countries")]
    # must not touch: lawmakers met with no relation between the two sides
    assert found("He met lawmakers of the two countries on Monday.") == []
    assert found("Contacts between the two countries' journalists grew.") == []


def test_r28i_joint_patrols_are_security():
    # fixes: patrols the two forces hold together (tuned parts: 3 required, 1 unmarked)
    assert found("The two sides agreed to hold joint patrols along the border.") == [
        ("defence_security", "joint patrols")]
    assert found("The two sides will hold joint maritime patrols.") == [("defence_security", "joint maritime patrols")]
    # must not touch: a patrol boat sold, no joint patrolling
    assert found("The shipyard sold a patrol boat to the city.") == []


# --- probe 28 ---


def test_probe28_a_gas_leak_is_an_accident_no_field():
    # fixes: a leak of gas, in an accident or a drill's scenario
    assert found("The drill simulated a gas leak at the compressor station.") == []
    assert found("Gas leaks were reported at the depot.") == []
    # must not touch: gas as a field
    assert found("Russia will raise gas supplies to Vietnam.") == [("oil_gas", "gas")]


# --- round 29b (heldout67) ---


def test_r29b_political_education_is_ideological_work():
    # fixes: the political or ideological education of members or youth: party work, no schooling
    assert found("The two organisations will share experience in the political education of youth.") == [
        ("party", "political education of youth")]
    assert found("They discussed the political education of party members.") == [
        ("party", "political education of party")]
    assert found("They discussed the ideological education of party members.") == [("party", "ideological education")]
    # must not touch: education as a field, political education of no group (civics), a name
    assert found("The two ministries will cooperate in education.") == [("education", "education")]
    # the lead's round 44: the schools where it is taught are where, no field
    assert found("He praised political education in schools.") == [("education", "education")]
    assert found("He suggested that the CPRF's Centre for Political Education and the academy sign a memorandum.") == []


# --- round 29a (heldout66) ---


def test_r29a_study_grants_finding_jobs_and_twinning_between_places():
    # fixes: grants for study as scholarships; finding work as employment; twinning between two places
    assert found("Russia's study grants for Lao students rose.") == [
        ("education", "study grants"), ("education", "students")]
    assert found("Many graduates find jobs in Vietnamese companies.") == [("labour", "find jobs")]
    assert found("The twinning between Kazan and Huế has borne fruit.") == [("people", "twinning between")]
    # must not touch: bare grants, bare twinning (a merger of wards), workers found alone
    assert found("The bank provided grants to the project.") == []
    assert found("The twinning of two wards was approved.") == []
    assert found("The twinning between the two wards was completed.") == []  # check twinning-no-place
    assert found("It was hard to find workers.") == [("labour", "workers")]


# --- round 29c (heldout37) ---


def test_r29c_citizens_living_abroad_are_the_community():
    # fixes: the community abroad named by its citizens' residence, as "community in"
    assert found("The consul thanked the city for helping the Vietnamese citizens living in Kazan.") == [
        ("people", "Vietnamese citizens living in")]
    assert found("Russia will protect the rights of Lao nationals residing in its territory.") == [
        ("people", "Lao nationals residing in")]
    assert found("She asked for support for the Vietnamese people living and working in Siberia.") == [
        ("people", "Vietnamese people living and working in")]
    # must not touch: anyone living somewhere, and a count of people with no noun of citizens
    assert found("Many people living in Hanoi visited the fair.") == []
    assert found("About 30,000 Vietnamese are now living and working in Russia.") == []


def test_r29c_the_international_and_regional_agenda_is_diplomacy():
    # fixes: the agenda of the world or a region, as its issues
    assert found("The two ministries coordinate closely on the international and regional agenda.") == [
        ("diplomacy", "international and regional agenda")]
    assert found("They compared notes on the regional agenda.") == [("diplomacy", "regional agenda")]
    # must not touch: the agenda of one meeting
    assert found("The agenda of the session was approved.") == []


def test_r29c_public_security_is_one_member_of_a_list():
    # fixes: "defence and public security" was two mentions ("public" is no word of the lexicon)
    assert found("They will expand cooperation in defence and public security.") == [
        ("defence_security", "defence and public security")]
    # must not touch: the ministry's name
    assert found("He met officials of the Ministry of Public Security.") == []


# --- round 29d (heldout23) ---


def test_r29d_holiday_as_a_verb_is_tourism():
    # fixes: the verb's infinitive and past, as "holidaying"
    assert ("tourism_sports", "to holiday in") in found("Agencies expect 100,000 Russians to holiday in Vietnam this winter.")
    assert ("tourism_sports", "holidayed") in found("Last year 20,000 Siberians holidayed on Phu Quoc island.")
    # must not touch: the noun, a feast day or a day off
    assert found("Offices close for the Tết holiday in Vietnam.") == []
    assert found("The new year holiday in Laos lasts three days.") == []


# --- round 29g (heldout72) ---


def test_r29g_fields_named_by_their_methods_and_kinds():
    # fixes: a therapy, a genetic technology, animated film, theatres staging a work together
    assert found("Doctors will offer chemotherapy and gene therapy to patients from Laos.") == [
        ("health", "chemotherapy and gene therapy")]
    assert found("The institute bought genome sequencing machines from Russia.") == [
        ("science_technology", "genome sequencing")]
    assert found("Young viewers in Hà Nội love Russian animation.") == [("culture", "animation")]
    assert found("The two opera houses will co-stage a new opera next year.") == [("culture", "co-stage")]
    # must not touch: a figure of speech, the order of steps, studios as actors
    assert found("He called the long walk a kind of therapy.") == []
    assert found("The sequencing of the reforms was debated.") == []
    assert found("Directors will learn from Russian animation studios.") == []


def test_r29g_tours_by_their_kind_are_tourism():
    # fixes: tours named by how tourists travel
    assert found("Beijing resumed outbound group tours to Laos in February.") == [("tourism_sports", "group tours")]
    assert found("The border gate reopened to tour groups from Yunnan.") == [("tourism_sports", "tour groups")]
    # must not touch: a delegation's tour, a building toured
    assert found("The minister took a tour of the new factory.") == []
    assert found("The guests toured the museum.") == []


def test_r29g_centres_of_area_studies_and_internships_are_education():
    # fixes: a centre for area studies opened, training placements abroad
    assert found("The two universities will open a centre for Russian studies in Huế.") == [
        ("education", "centre for Russian studies")]
    assert found("Each year 30 Lao engineers come to Hà Nội for internships.") == [("education", "internships")]
    # must not touch: a capitalised institute (a name), a labour scheme, a cinema as a building
    assert found("Scholars of the Institute of Oriental Studies attended.") == []
    assert found("Japan will end its internship scheme for foreign workers next year.") == [("labour", "workers")]
    assert found("The week of films opened at a cinema centre downtown.") == [("culture", "films")]


# --- round 29f (heldout69) ---


def test_r29f_power_machines_gas_terminals_reactor_physics_and_fast_lines_by_their_own_words():
    # fixes: a plant's machines, LNG terminals, sea-floor production, reactor physics, fast lines
    # the lead's round 44: bare "turbines" was taken out; the plant's machines by their kind still count
    assert found("The new gas turbines will raise the plant's output.") == [("energy", "gas turbines")]
    assert found("The new turbines will raise the plant's output.") == []
    assert found("The firm upgraded the third generating unit last year.") == [("energy", "generating unit")]
    assert found("Russia offered to build a regasification terminal in the north.") == [
        ("oil_gas", "regasification terminal")]
    assert ("oil_gas", "subsea production") in found("The company has experience in subsea production systems.")
    assert found("The students will study reactor physics and radiation safety.") == [
        ("education", "students"), ("nuclear", "reactor physics and radiation safety")]
    assert ("energy", "grid automation") in found("Cooperation will expand to grid automation.")
    assert ("science_technology", "automation") not in found("Cooperation will expand to grid automation.")
    assert ("transport", "high-speed lines") in found("China will help train engineers for high-speed lines.")
    # must not touch: the makers of a machine (firms, no field), physics alone, fast internet
    assert ("energy", "turbine makers") not in found("Our turbine makers want to be there.")
    assert ("energy", "turbine") not in found("Our turbine makers want to be there.")
    assert ("science_technology", "physics") in found("The students will study physics at the university.")
    assert not [m for m in found("The province offers high-speed internet.") if m[0] == "transport"]


def test_r29f_national_currencies_by_the_verb_of_using():
    # fixes: the currencies traders pay with, the settlements after them in one mention
    assert ("economy", "use national currencies") in found("Exporters on both sides increasingly use national currencies.")
    assert found("The two countries are using national currencies in their settlements.") == [
        ("economy", "using national currencies in their settlements")]
    # must not touch: the currencies alone, and "the use of" (it joins the payments after it)
    assert found("The national currencies of the two countries fell.") == []
    assert ("economy", "use of national currencies") not in found(
        "They agreed to expand the use of national currencies in bilateral payments.")


# --- round 29e (heldout68) ---


def test_r29e_flying_directly_is_an_air_link():
    # fixes: direct air links by the verb, with or without a word between
    assert found("Siberians hope to fly there directly from Novosibirsk next winter.") == [("transport", "fly there directly")]
    assert ("transport", "fly direct") in found("VietJet passengers will soon fly direct to Kazan.")
    # must not touch: a bare "fly", or "directly" of something else
    assert "transport" not in [sec for sec, _ in found("Tourists fly to Nha Trang in winter.")]
    assert "transport" not in [sec for sec, _ in found("The planes will fly over the city directly after the parade.")]


# --- round 29h (heldout71) ---


def test_r29h_forums_trust_and_un_consultations_of_states():
    # fixes: forums of states by other nouns, trust by its level, consultations of foreign offices on the UN
    assert found("Hanoi and Moscow work together on multilateral platforms such as the UN.") == [
        ("diplomacy", "multilateral platforms")]
    assert found("The two countries coordinate in multilateral formats, including BRICS.") == [
        ("diplomacy", "multilateral formats")]
    assert found("The talks helped build strategic trust between the two nations.") == [("diplomacy", "strategic trust")]
    assert found("The ministries will hold consultations on UN issues in Moscow.") == [
        ("diplomacy", "consultations on UN issues")]
    # must not touch: trust of people, consultations of no topic, a format of an event
    assert found("The sailors were welcomed in mutual trust.") == []
    assert found("The ministries signed a plan of consultations.") == []
    assert found("The forum will take a new format next year.") == []


def test_r29h_public_order_is_police_work():
    # fixes: public order as a field of security, as "public security"
    assert found("They agreed to share experience in protecting public order during major events.") == [
        ("defence_security", "public order")]
    # must not touch: a decoration named "Order" (a name, now that "order" is a sector word), an order placed
    assert found("On the occasion, the firm received the Labour Order, first class, from the State.") == []
    assert found("The company placed an order for ten ships.") == []


def test_r29h_twinning_between_border_posts():
    # fixes: twinning between border posts or communes, as between localities
    assert found("The two armies will expand twinning between border posts.") == [
        ("people", "twinning between border posts")]
    # must not touch: the twinning of two named units (a merger), bare twinning
    assert found("The twinning between the two wards was approved by the council.") == []


def test_r29h_a_ships_port_call_and_movement_and_self_defence_are_no_fields():
    # must not touch (the words of the field elsewhere stay): a warship's business call, leaving port
    assert found("The frigate arrived in Đà Nẵng on a business call.") == []
    assert "transport" not in [sec for sec, _ in found("The corvette held drills at sea after leaving port.")]
    assert ("economy", "business") in found("They discussed business on the call.")
    assert found("Investment in port infrastructure grew.") == [
        ("economy", "Investment"), ("transport", "port infrastructure")]
    # fixes: "self-defence" qualifies a policy, one mention (the policy) stays
    assert found("Việt Nam pursues a defence policy of peace and self-defence.") == [("defence_security", "defence")]


# --- round 29i (heldout70) ---


def test_r29i_doctrine_names_with_an_en_dash_and_training_in_the_doctrine():
    # fixes: the doctrine written with an en dash, and people trained in it (no cadre word needed)
    assert found("The two parties held seminars on Marxist–Leninist theory in Hanoi.") == [
        ("party", "seminars on Marxist–Leninist theory")]
    assert found("The two parties will cooperate in training researchers in Marxist theory.") == [
        ("party", "training researchers in Marxist theory")]
    assert found("The CPRF and the CPV will train lecturers in Marxism-Leninism.") == [
        ("party", "train lecturers in Marxism-Leninism")]
    # must not touch: training in a field that is no doctrine
    assert found("The two countries will cooperate in training engineers in nuclear physics.") == [
        ("education", "training"), ("nuclear", "nuclear physics")]


# --- review 33 ---


def test_rev33_the_internship_programme_is_a_labour_scheme():
    # fixes: the British spelling of the labour scheme, as "internship program"
    assert ("education", "internship") not in found("Young workers go to Japan under the technical internship programme.")
    # must not touch: placements of doctors
    assert ("education", "internships") in found("The hospital will receive ten doctors for internships.")


# --- round 30c (heldout73) ---


def test_r30c_water_treatment_and_exhibitions_exchanged():
    # fixes: cleaning water is environment; exhibitions exchanged between museums are culture
    assert found("The region could offer technologies for water treatment.") == [
        ("science_technology", "technologies"), ("environment", "water treatment")]
    assert found("The two sides agreed to exchange exhibitions next year.") == [("culture", "exchange exhibitions")]
    assert found("The galleries will hold exhibition exchanges.") == [("culture", "exhibition exchanges")]
    # must not touch: bare "treatment" of patients, bare exhibitions (trade fairs)
    assert found("The clinic offers treatment to patients.") == found("The clinic offers care to patients.")
    assert found("The firms showed goods at exhibitions in Moscow.") == []


# --- round 30a (heldout77) ---


def test_r30a_the_education_of_communists_is_party_work():
    # fixes: a party schooling its members ("the education of young communists") is party, not education
    assert found("The late leader cared for the education of young communists.") == [
        ("party", "education of young communists")]
    # must not touch: the education of anyone else; "a Communist Party" in another phrase
    assert found("The ministry supports the education of Vietnamese children.") == [("education", "education")]
    assert found("Both countries are building socialism under the leadership of a Communist Party.") == []


def test_r30a_exchanges_of_lawmakers_are_parliamentary_ties():
    # fixes: "exchanges of young parliamentarians": lawmakers exchanged, as delegations are
    assert found("The deputies backed exchanges of young lawmakers between the two assemblies.")[0] == (
        "diplomacy", "exchanges of young lawmakers")
    # must not touch: an exchange of the lawmakers' experience is no exchange of lawmakers
    assert found("They discussed the exchange of legislative experience.") == []


def test_r30a_leaders_of_localities_are_officials():
    # fixes: courses and training for a country's provincial or local leaders are cadre training
    assert found("The academy will train local leaders of Laos.") == [("party", "train local leaders")]
    assert ("short courses", "course-of-cadres") in why_not(
        "The school will hold short courses in management for Vietnamese district leaders.")
    # must not touch: the same leaders doing anything else, and courses for others
    assert found("The provincial leaders visited the plant.") == []
    assert found("The school will hold short courses for Vietnamese notaries.") == [("education", "short courses")]


# --- round 30b (heldout78) ---


def test_r30b_electricity_trade_is_one_energy_field():
    # fixes: trade in electricity, as "power trade" (was energy + economy)
    assert found("The ministers held talks on electricity trade between the two countries.") == [
        ("energy", "electricity trade")]
    assert found("Cross-border electricity trading will double by 2030.") == [("energy", "electricity trading")]
    # must not touch: electricity and trade named apart stay two fields
    assert found("They agreed to expand cooperation in electricity and trade.") == [
        ("energy", "electricity"), ("economy", "trade")]


def test_r30b_pipeline_carries_oil_or_gas():
    # fixes: a bare pipeline of a field project (was nothing)
    assert found("The operator will study a pipeline to link the field with the coast.") == [("oil_gas", "pipeline")]
    assert found("Two new pipelines will carry the fuel to Europe.") == [("oil_gas", "pipelines")]
    # must not touch: projects "in the pipeline", a pipe of water
    assert found("Several new projects are in the pipeline, the minister said.") == []
    assert found("Soldiers helped lay a water pipeline for the village.") == []
    assert found("The bank has a pipeline of projects worth two billion dollars.") == []


def test_r30b_commercial_resources_are_no_commerce():
    # fixes: resources worth producing (was economy "commercial")
    assert found("The survey confirmed commercial reserves of gas.") == [("oil_gas", "gas")]
    assert found("Gas was found in commercial quantities.") == [("oil_gas", "Gas")]
    # must not touch: commerce itself
    assert found("Commercial and investment ties grew fast.") == [("economy", "Commercial and investment")]


def test_r30b_preventing_an_outbreak_is_health():
    # fixes: cooperation against the pandemic by "prevention of" (was nothing)
    assert found("He thanked Russia for its help in the prevention of COVID-19.") == [
        ("health", "prevention of COVID-19")]
    assert found("The two armies shared experience in the prevention and control of the pandemic.") == [
        ("health", "prevention and control of the pandemic")]
    # must not touch: the pandemic as a time or a setting
    assert found("During the COVID-19 pandemic, the visit was postponed.") == []


def test_r30b_branches_of_surgery_are_health():
    # fixes: surgery named by its branch, as "cardiac surgery" (was nothing)
    assert found("They will exchange experience in field surgery.") == [("health", "field surgery")]
    assert found("The programme covers trauma surgery and nursing.") == [("health", "trauma surgery and nursing")]
    # must not touch: bare "surgery", a figure of speech
    assert found("The economy needs surgery, not bandages, he said.") == [("economy", "economy")]


def test_r30b_training_of_officers_is_defence():
    # fixes: an army's training of its officers (was education "training")
    assert found("The two armies will continue joint training of officers.") == [
        ("defence_security", "training of officers")]
    assert found("Officer training is a pillar of the partnership.") == [("defence_security", "Officer training")]
    # must not touch: party officials, teachers
    assert found("They discussed the training of party officials.") == [("party", "training of party officials")]
    assert found("Russia will help with the training of teachers.") == [("education", "training")]


# --- round 30e (heldout80) ---


def test_round30e_care_of_a_named_river_is_environment():
    # fixes: a named river as what is protected (was no mention)
    assert found("The provinces will work together on the conservation of the Đà River.") == [
        ("environment", "conservation of the Đà River")]
    # must not touch: the river as a place
    assert found("A boat took the delegates along the Đà River.") == []


def test_round30e_piracy_is_security_unless_copyright():
    # fixes: piracy as crime at sea (was no mention)
    assert found("The coast guards will cooperate in the fight against piracy in the Malacca Strait.") == [
        ("defence_security", "piracy")]
    # must not touch: piracy of software or films (copyright)
    assert found("The ministry warned against software piracy and online piracy.") == []


def test_round30e_diplomatic_corps_is_people_present():
    # fixes: the foreign diplomats in a capital (was diplomacy)
    assert found("Heads of the diplomatic corps in Hà Nội attended the reception.") == []
    # must not touch: diplomatic ties
    assert found("The ministers praised diplomatic ties between the two countries.") == [("diplomacy", "diplomatic")]


def test_round30e_political_theory_research_is_party_theory():
    # fixes: research with the doctrine as its modifier (was party plus science)
    assert found("The academies will step up political theory research and lecturer exchanges.") == [
        ("party", "political theory research"), ("education", "lecturer exchanges")]
    # must not touch: research of a science
    assert found("The institutes will step up materials research.") == [("science_technology", "research")]


# --- round 30d (heldout83) ---


def test_r30d_physical_training_and_sports_science_are_sport():
    # fixes: the words of sport longer than "training" and "science"
    assert found("The plan covers physical training for schoolchildren.") == [("tourism_sports", "physical training")]
    assert found("Cooperation in sports science will grow.") == [("tourism_sports", "sports science")]
    # must not touch: training and science alone
    assert found("The two sides will expand training and science.") == [
        ("education", "training"), ("science_technology", "science")]


def test_r30d_an_olympiad_named_before_is_the_event():
    # fixes: "the olympiad" pointing back to a contest's name
    assert found("Teams won prizes at the Asian Physics Olympiad in Hanoi. The olympiad drew 300 finalists.") == []
    # must not touch: olympiads held as a field
    assert found("The two ministries will hold olympiads in Russian.") == [("education", "olympiads")]


# --- round 30f (heldout87) ---


def test_r30f_guarding_borders_is_defence():
    # fixes: guarding a border by the verb and its kind (was nothing)
    assert found("Instructors will share their experience in guarding land borders.") == [
        ("defence_security", "guarding land borders")]
    assert found("The two forces protect the shared border together.") == [
        ("defence_security", "protect the shared border")]
    # must not touch: rivers across a border, a border as a place
    assert found("The forum agreed to protect cross-border rivers.") == [("environment", "cross-border rivers")]
    assert found("The two provinces share a border.") == []


def test_r30f_modernising_armed_forces_is_defence():
    # fixes: equipping an army anew (was nothing)
    assert found("Moscow offered to help Hanoi modernize its army.") == [
        ("defence_security", "modernize its army")]
    assert found("They discussed the modernisation of the armed forces.") == [
        ("defence_security", "modernisation of the armed forces")]
    # must not touch: an economy modernised, an army named alone
    assert found("The plan aims to modernise its railways.") == [("transport", "railways")]
    assert found("A delegation of the armed forces arrived in Hanoi.") == []


def test_r30f_grid_lines_and_gas_liquefaction():
    # fixes: a line joining two grids, a plant turning gas into LNG (was nothing)
    assert found("The sides will finish the 220kV interconnection line this year.") == [
        ("energy", "interconnection line")]
    assert found("The partners weigh a liquefaction plant near the port.") == [("oil_gas", "liquefaction plant")]
    # must not touch: interconnection of anything else, a soil's liquefaction
    assert found("The interconnection of the two road networks was discussed.") == [("transport", "road networks")]
    assert found("Liquefaction of the soil damaged houses after the quake.") == []


def test_r30f_processing_of_the_fuel_is_oil_and_gas():
    # fixes: "gas processing" is the industry, one list with LNG or with petroleum engineering (was "gas" + LNG)
    assert found("They study joint projects in gas processing and liquefied natural gas.") == [
        ("oil_gas", "gas processing and liquefied natural gas")]
    assert found("The course covers petroleum engineering and gas processing.") == [
        ("oil_gas", "petroleum engineering and gas processing")]
    # must not touch: processing of other goods
    assert found("Data processing and food processing grew.") == [("economy", "food processing")]


# --- round 30g (heldout85) ---


def test_r30g_cadres_for_two_kinds_of_course_are_cadre_training():
    # fixes: officials received for two kinds of course joined by "and" (was education "doctoral")
    assert found("The academy will take 80 Lao officials for bachelor's and master's courses.") == [
        ("party", "officials for bachelor's and master's courses")]
    # must not touch: students for the same courses are schooling
    # the lead's round 44: universities that act are no field
    assert found("Universities will receive students for master's and doctoral courses.") == [
        ("education", "students"), ("education", "doctoral")]


def test_r30g_teaching_the_parties_doctrine_is_cadre_training():
    # fixes: lecturers sent to teach the doctrine, teaching it, in a party sentence (was education twice)
    assert found("The party school will send lecturers to teach Marxism-Leninism in Vientiane.")[-1] == (
        "party", "lecturers to teach Marxism-Leninism")
    assert found("Party schools of both countries are teaching political theory to young cadres.")[-1][0] == "party"
    # must not touch: teaching a language; the doctrine taught with no party near
    assert found("The school will send lecturers to teach Russian in Hanoi.") == [
        ("education", "lecturers"), ("education", "teach")]
    # (review 37: with no party near, the teaching verb is read alone, as "teach Russian")
    assert found("He teaches socialism at a university in Moscow.") == [("education", "teaches"), ("education", "university")]


def test_r30g_a_place_chosen_for_their_holidays_is_tourism():
    # fixes: people choosing a country for their holidays travel there (was nothing)
    assert found("Many Russians chose Vietnam for their holidays.") == [
        ("tourism_sports", "chose Vietnam for their holidays")]
    assert found("He hoped more families would choose the country for their holidays.") == [
        ("tourism_sports", "choose the country for their holidays")]
    # must not touch: a holiday season at home, a feast day
    assert found("The students went home for their holidays.") == [("education", "students")]
    assert found("The office is closed for the Tet holidays.") == []


def test_r30g_asean_related_forums_are_diplomacy():
    # fixes: the forums ASEAN holds, named "ASEAN-related" as "ASEAN-led" (was nothing)
    assert found("The ministers agreed to coordinate within ASEAN-related forums.") == [
        ("diplomacy", "ASEAN-related forums")]
    # must not touch: ASEAN alone
    assert found("The ministers met on the sidelines of the ASEAN summit.") == []


# --- round 30i (heldout90) ---


def test_border_trade_and_industrial_revolution_are_one_term():
    from sectors_helpers import found

    # fixes: "border trade" joins a list of its sector; the technological revolution is technology
    assert found("They will expand cooperation in agriculture, border trade and road transport.") == [
        ("economy", "agriculture, border trade"), ("transport", "road transport")]
    assert found("They discussed the impact of the fourth industrial revolution.") == [
        ("science_technology", "industrial revolution")]
    # must not touch: "border security and trade"; "industrial parks" stays economy
    assert found("They agreed to strengthen border security and trade.") == [
        ("defence_security", "security"), ("economy", "trade")]
    assert found("The two sides will develop industrial parks.") == [("economy", "industrial parks")]


def test_interregional_ties_are_localities():
    from sectors_helpers import found

    # fixes: ties between regions of the two countries by their adjective
    assert ("people", "interregional ties") in found("The party considers interregional ties an important part of its work.")
    assert found("The two sides agreed to promote inter-regional cooperation.") == [
        ("people", "inter-regional cooperation")]
    # must not touch: the adjective before no relation
    assert found("They toured the interregional distribution centre.") == []


def test_an_exchange_of_researchers_is_science():
    from sectors_helpers import found

    # fixes: scientists or researchers exchanged, as lecturers exchanged are education
    assert ("science_technology", "exchange young researchers") in found(
        "The two institutes agreed to exchange young researchers every year.")
    assert found("The academies will promote exchanges of scientists.") == [
        ("science_technology", "exchanges of scientists")]
    # must not touch: scientists or researchers as actors
    assert found("Researchers from both institutes attended.") == []
    assert found("Scientists exchanged views on the project.") == []


# --- round 30j (heldout91) ---


def test_r30j_political_contacts_are_diplomacy():
    # fixes: contacts between states on politics, as "high-level contacts"
    assert found("The visit opened a new channel for political contacts.") == [
        ("diplomacy", "political contacts")]
    # must not touch: contacts of trade or of people
    assert found("Business contacts grew last year.") == [("economy", "Business")]
    assert found("The two ministers kept in contact by phone.") == []


# --- round 31a (heldout81) ---


def test_r31a_ties_with_the_other_sides_localities_are_people():
    # fixes: a tie "with" provinces, regions or cities named by a partner country's adjective
    assert found("Russian regions, he said, want more links with Lao provinces.") == [
        ("people", "links with Lao provinces")]
    assert ("people", "cooperation with Russian regions") in found(
        "The governor hopes to expand cooperation with Russian regions in tourism.")
    # must not touch: localities of no country named (they may be one country's own)
    assert found("The province strengthened its ties with neighbouring provinces.") == []


# --- round 31b (heldout27) ---


def test_r31b_party_organisations_built_and_theory_exchanged_and_placements_of_party_people():
    # fixes: party building as a noun with "of"; a theory exchange by what it passes on; internships of party people
    assert found("The two parties will share experience in the building of grassroots party organisations.") == [
        ("party", "two parties will share experience in the building of grassroots party organisations")]
    assert found("The two parties agreed on the exchange of theoretical papers.") == [
        ("party", "exchange of theoretical papers")]
    assert found("The two parties plan internships for party officials next year.") == [
        ("party", "internships for party officials")]
    # must not touch: other building, other exchanges, theory of a science, internships of doctors
    assert found("The building of roads will continue.") == [("transport", "roads")]
    assert found("The exchange of students will grow.") == [("education", "students")]
    assert found("The two physics institutes agreed on the exchange of theoretical papers.") == [
        ("science_technology", "physics")]
    assert ("education", "internships") in found("The hospital offers internships for young doctors.")


def test_r31b_shipments_diplomas_further_study_and_courses_by_subject():
    # fixes: goods carried by the lot, a country's diploma, study people are sent for, courses by subject
    assert found("The firms discussed cargo shipments from Vladivostok to Hải Phòng.") == [("transport", "cargo shipments")]
    assert found("Graduates will receive a Vietnamese diploma after four years.") == [("education", "Vietnamese diploma")]
    assert ("education", "universities for further study") in found(
        "The ministry will send lecturers to Russian universities for further study.")
    assert ("education", "for courses in") in found("The university will host engineers for courses in nuclear safety.")
    # must not touch: shipments of aid, an award, a draft studied again, golf courses
    assert found("The shipments of aid arrived.") == []
    assert found("The veteran received a diploma of merit.") == []
    assert found("The draft was sent back to the ministry for further study.") == []
    assert found("There are many golf courses in Đà Nẵng.") == [("tourism_sports", "golf")]


# --- round 31f (heldout79) ---


def test_r31f_courses_taken_at_a_school():
    # fixes: a verb of taking courses and "at" the place of study
    assert ("education", "start courses at") in found("Next year 100 young engineers will start courses at the Tomsk "
                                                      "Polytechnic University.")
    assert ("education", "attend courses at") in found("Young diplomats were invited to attend courses at the "
                                                       "Diplomatic Academy.")
    # must not touch: courses at a party school stay party work; golf courses; bare courses
    got = found("Lao officials attended courses at the Ho Chi Minh National Academy of Politics.")
    assert [s for s, _ in got] == ["party"]
    assert ("education", "courses") not in found("The resort will build two golf courses at the lake.")
    assert found("The talks took their course at the embassy.") == []


# --- round 31e (heldout98) ---


def test_round31e_screen_works_self_drive_surgery_art_space_and_warming():
    # fixes: screen works made together, self-drive travel, surgery by its means, art restored,
    # the space field by its engineering, the warming of seas
    assert found("The studios will co-produce documentaries and TV series.") == [
        ("culture", "co-produce documentaries and TV series")]
    assert found("The province will open self-drive routes for Chinese visitors.") == [
        ("tourism_sports", "self-drive routes"), ("tourism_sports", "visitors")]
    assert found("Doctors learned organ transplantation in Moscow.") == [("health", "organ transplantation")]
    assert found("Restorers will work on the preservation of old paintings.") == [
        ("culture", "preservation of old paintings")]
    assert found("The partners cooperate in rocket science.") == [("science_technology", "rocket science")]
    assert found("Experts studied ocean warming off the coast.") == [("environment", "ocean warming")]
    # must not touch: documentaries shown, plain routes, bare surgery, paintings shown, temperatures of a day
    assert found("The week features two documentaries.") == []
    assert found("The new routes will open next year.") == []
    assert found("He had surgery last year.") == []
    assert found("The gallery showed 80 paintings.") == []
    assert found("Temperatures rose to 38 degrees.") == []


def test_round31e_reduced_passive_taught_with_now():
    # fixes: a subject taught in a reduced passive with "now"
    assert found("Interest grows, with Vietnamese now taught in 30 schools.") == [("education", "now taught")]
    # must not touch: the active, a person's record; a lesson of history
    assert found("He taught at the university for 20 years.") == [("education", "university")]
    assert found("History has taught the two nations a lesson.") == []


# --- round 31c (heldout95) ---


def test_r31c_community_there_is_the_community_abroad():
    # fixes: "there" stands for the place abroad named before, as "community in" does
    assert found("The envoy visited Kazan and met the Vietnamese community there.") == [
        ("people", "Vietnamese community there")]
    assert found("She asked the governor to support the Lao community there.") == [("people", "Lao community there")]
    # must not touch: the community with no place, and the local community at home
    assert found("The Vietnamese community welcomed the delegation.") == []
    assert found("The local community there depends on fishing.") == []


# --- round 31g (heldout86) ---


def test_r31g_a_count_of_travellers_by_their_verb_is_a_tourist_count():
    # fixes: a count of thousands, the people and "travelled to"
    assert found("Last year more than 200,000 Russians travelled to Vietnam.") == [
        ("tourism_sports", "travelled to")]
    assert found("Some 50,000 Vietnamese traveled to Russia last year.") == [("tourism_sports", "traveled to")]
    # must not touch: one person's trip, no count
    assert found("The minister travelled to Moscow last week.") == []
    assert found("In 2024, the President travelled to Hà Nội.") == []


# --- round 31d (heldout96) ---


def test_r31d_joint_manoeuvres_and_managing_a_border():
    # fixes: joint manoeuvres as joint exercises; managing a border as border management (r30f's
    # guarding verbs)
    assert found("The crews will practise joint manoeuvring at sea.") == [("defence_security", "joint manoeuvring")]
    assert found("The fleets held joint maneuvers last year.") == [("defence_security", "joint maneuvers")]
    assert found("The provinces will cooperate in managing the shared border.") == [
        ("defence_security", "managing the shared border")]
    assert found("Both sides pledged to manage the common border.") != []
    # must not touch: manoeuvres that are not joint, a firm managing a project, border gates managed
    assert found("The ship performed manoeuvres in the bay.") == []
    assert found("The company managed the project well.") == []
    assert found("The province is managing border gates better.") == []


# --- round 31i (heldout36) ---


def test_r31i_edible_oils_are_food_not_petroleum():
    # fixes: an oil pressed from a crop (exclusions)
    assert found("Russia will ship more wheat and sunflower oil to Laos.") == []
    assert found("Exports of soybean oil and olive oil rose.") == []
    # must not touch: petroleum, bare or crude, beside a crop
    assert found("Russia will ship more wheat, corn and oil to Laos.") == [("oil_gas", "oil")]
    assert found("Exports of crude oil rose.") == [("oil_gas", "crude oil")]


def test_r31i_politics_by_the_noun_of_a_field():
    # fixes: "the political sphere/field/domain", and "political" in a list sharing that head
    assert found("Cooperation in the political sphere keeps growing.") == [("diplomacy", "political sphere")]
    assert found("Ties grew in the political, economic and cultural fields.") == [
        ("diplomacy", "political"), ("economy", "economic"), ("culture", "cultural")]
    # must not touch: a political science field, a political figure
    assert found("She works in the political science field.") == []
    assert found("He is a political figure in the region.") == []


# --- review 39 ---


def test_review39_sea_temperatures_count_as_they_rise():
    # fixes: a beach's sea temperatures are its weather (r31e counted bare "sea temperatures")
    assert found("The resort has a warm climate and pleasant sea temperatures all year round.") == []
    # must not touch: rising sea temperatures, climate
    assert found("The study will assess the impact of rising sea temperatures on fish stocks.") == [
        ("environment", "rising sea temperatures")]


def test_review39_now_taught_in_an_active_perfect_is_no_subject_taught():
    # fixes: "has now taught" is the active (r31e's "now" of passive_be read a passive)
    assert found("History has now taught the two nations the value of peace.") == []
    assert found("He has now taught at the university for 20 years.") == [("education", "university")]
    # must not touch: the reduced passive with "now"
    assert found("With the language now taught at 12 universities, demand grows.") == [("education", "now taught")]


# --- round 31k (heldout94) ---
def test_r31k_cooperation_between_two_armed_forces_is_defence():
    assert found("The museum became a symbol of the cooperation between the two armies.") == [
        ("defence_security", "cooperation between the two armies")]
    assert found("Ties between the two navies have grown stronger.") == [
        ("defence_security", "Ties between the two navies")]
    # must not touch: the armies as actors, and cooperation of two countries
    assert found("The two armies should deepen their friendship.") == []
    assert [s for s, _ in found("Cooperation between the two countries has grown.")] != ["defence_security"]


def test_r31k_forums_of_communist_and_workers_parties_are_party():
    assert found("The two parties will coordinate at international forums of communist and workers' parties.") == [
        ("party", "international forums of communist and workers' parties")]
    # must not touch: forums of states stay diplomacy
    assert found("The two countries will coordinate at international forums such as the UN.") == [
        ("diplomacy", "international forums")]


def test_r31k_contacts_along_party_lines_are_party():
    assert ("party", "along party lines") in found(
        "The ministers agreed on contacts through parliamentary channels and along party lines.")
    # must not touch: a party's members or lines of another kind
    assert found("The ministers agreed to open new shipping lines.") != [("party", "shipping lines")]


def test_r31k_multilateral_defence_forums_are_defence():
    assert found("The co-chairs agreed to keep close coordination at multilateral defence forums.") == [
        ("defence_security", "multilateral defence forums")]
    # must not touch: a multilateral forum of parliaments stays diplomacy
    assert found("They will coordinate at multilateral parliamentary forums such as the IPU.") == [
        ("diplomacy", "multilateral parliamentary forums")]


# --- round 32a (heldout82) ---
def test_r32a_runs_and_ships_of_a_container_line_are_transport():
    assert ("transport", "container voyages") in found("FESCO will double its container voyages to Haiphong.")
    assert ("transport", "container sailings") in found("Weekly container sailings to Vladivostok start in May.")
    assert ("transport", "container vessels") in found("More container vessels now call at the port.")
    # must not touch: bare voyages, one container of goods
    assert found("The voyages of the explorers lasted years.") == []
    assert not any(s == "transport" for s, _ in found("A container of books arrived at the school."))


def test_r32a_a_business_district_is_a_place():
    assert found("The board met at the fund's office in the Moscow City business district.") == []
    assert found("The offices stand in the city's new business quarter.") == []
    # must not touch: business as a field
    assert ("economy", "business") in found("Both sides want to deepen business ties.")


# --- round 32c (heldout107) ---
def test_r32c_field_words_of_people_to_people_copy():
    cases = [
        ("The two galleries agreed on exchanging exhibitions next year.", "culture", "exchanging exhibitions"),
        ("The embassy will back a Lao photo show in Hà Nội.", "culture", "photo show"),
        ("An exhibition of Orthodox icons will tour three cities.", "culture", "exhibition of Orthodox icons"),
        ("Experts will help with restoring old paintings.", "culture", "restoring old paintings"),
        ("The course covers museum management and marketing.", "culture", "museum management"),
        ("The clinics agreed on exchanges of young doctors.", "health", "exchanges of young doctors"),
        ("Surgeons shared their methods of treating burns.", "health", "treating burns"),
        ("The clubs plan to exchange coaches this winter.", "tourism_sports", "exchange coaches"),
        ("Most Chinese guests come on day trips to Móng Cái.", "tourism_sports", "day trips"),
        ("The airline opens its summer charter season in May.", "transport", "charter season"),
        ("Some 2,000 Vietnamese are working in Japan under contracts.", "labour", "working in Japan under contracts"),
        ("A children's exchange programme links the two cities.", "people", "children's exchange programme"),
        ("The staff take English language lessons twice a week.", "education", "language lessons"),
    ]
    for text, sector, surface in cases:
        assert (sector, surface) in found(text), text
    # must not touch: the same words in other senses
    assert found("The show of new cars opened in Moscow.") == []
    assert found("The fire burns all night.") == []
    assert found("The coaches arrived late at the hotel.") == []
    assert found("The two sides held friendly talks in a friendly atmosphere.") == []
    assert all(s != "labour" for s, _ in found("The firm is working in Hà Nội on new contracts."))


# --- round 32d (heldout108) ---
def test_r32d_international_platforms_are_where_states_coordinate():
    assert ("diplomacy", "international platforms") in found(
        "The two countries work together at the UN and on other international platforms.")
    # must not touch: one platform, an event
    assert not any(s == "diplomacy" for s, _ in found("The expo is an international platform for firms."))


def test_r32d_patrolling_the_sea_or_a_border_is_security():
    assert ("defence_security", "patrolling the sea") in found("Russia will share experience in patrolling the sea.")
    assert ("defence_security", "patrol the shared border") in found("Guards of both sides patrol the shared border.")
    # must not touch: the past of one ship, police in the streets
    assert found("The frigate patrolled the sea for a week.") == []
    assert found("Police patrol the streets of the city.") == []


def test_r32d_crimes_by_information_technologies_are_security():
    assert ("defence_security", "crimes committed with information technologies") in found(
        "They face threats from crimes committed with information technologies.")
    assert ("defence_security", "crimes using information technologies") in found(
        "The police will fight crimes using information technologies.")
    # must not touch: information technologies as a field
    assert ("science_technology", "information technologies") in found(
        "Both sides will cooperate in information technologies.")


# --- round 32e (heldout104) ---


def test_r32e_films_made_jointly_are_culture():
    # fixes: screen works made together said with an adverb, as "co-produce documentaries"
    assert found("The two broadcasters will jointly produce films about the war.") == [
        ("culture", "jointly produce films")]
    assert found("The studios jointly produced documentaries on Hanoi.") == [
        ("culture", "jointly produced documentaries")]
    # must not touch: one studio's own films
    assert found("The studio will produce documentaries on Hanoi.") == []


# --- review 43 ---


def test_review43_day_trips_of_a_group_named_are_its_programme():
    # fixes: "the day trips of the summit guests": a group's programme, no travel between the countries
    assert found("The day trips of the summit guests included Hạ Long Bay.") == []
    # must not touch: day trips as travel across a border
    assert ("tourism_sports", "day trips") in found("Tourists from Lạng Sơn crossed the border gate on day trips.")


# --- round 32g (heldout100) ---


def test_r32g_performing_ensembles_are_culture():
    # fixes: an ensemble named by its art
    assert found("The ministry will send its song and dance ensemble to Hanoi next month.") == [
        ("culture", "song and dance ensemble")]
    assert found("A folk dance ensemble from Hue will tour Siberia.") == [("culture", "dance ensemble")]
    # must not touch: a bare "ensemble"
    assert found("The minister praised an ensemble of measures to curb prices.") == []


def test_r32g_search_and_rescue_with_security_is_defence():
    # fixes: search and rescue in one list with a security word
    assert found("The coast guards discussed security and search and rescue at sea.") == [
        ("defence_security", "security and search and rescue")]
    # bare search and rescue is a term since lead 35 (the tuned parts mark 26 of its 28 uses), civil too
    assert found("Rescuers carried out search and rescue after the flood.") == [
        ("defence_security", "search and rescue")]


def test_r32g_management_of_the_border_is_defence():
    # fixes: managing a border by the noun, as "border management"
    assert found("The provinces agreed to cooperate in the management of the shared border.") == [
        ("defence_security", "management of the shared border")]
    assert ("defence_security", "management of the land border") in found(
        "They discussed the management of the land border and trade.")
    # must not touch: the crossings (trade)
    assert found("The officials discussed the management of border gates.") == []


def test_r32g_party_cadres_attending_courses_are_cadre_training():
    # fixes: a party's own people as the subject of study
    assert found("Every year about 300 Lao cadres attended courses at the academy.") == [
        ("party", "cadres attended courses")]
    assert found("Some 50 party officials attend short courses in Hanoi each year.") == [
        ("party", "party officials attend short courses")]
    # must not touch: officials in general
    assert found("Customs officials attended courses on the new scanners.") == []


def test_r32g_diplomatic_service_is_a_body():
    # fixes: one country's foreign service, as "diplomatic mission"
    assert found("Lavrov congratulated Son on his appointment as head of the Vietnamese diplomatic service.") == []
    assert found("Hanoi sent a senior figure of its diplomatic service to Moscow.") == []
    # must not touch: diplomatic ties
    assert found("The two countries will strengthen diplomatic ties.") == [("diplomacy", "diplomatic")]


# --- round 32f (heldout105) ---


def test_r32f_tariffs_cut_or_waived_are_trade():
    # fixes: tariffs cut as trade policy, goods traded free of duty
    assert ("economy", "tariff cuts") in found("Exporters have yet to benefit from the tariff cuts.")
    assert ("economy", "tariff reductions") in found("The deal brings tariff reductions on seafood.")
    assert ("economy", "traded duty-free") in found("In the zone, goods may be stored and traded duty-free.")
    assert ("economy", "duty-free access") in found("Laos gives Vietnamese rice duty-free access.")
    # must not touch: bare tariffs, or a duty-free shop
    assert found("The city set new tariffs for its parking lots.") == []
    assert found("Customers bought perfume at a duty-free shop.") == []


def test_r32f_the_space_sphere_is_science():
    # fixes: the space field named as a sphere or sector
    assert found("Laos sees Russia as a partner in the space sphere.") == [("science_technology", "space sphere")]
    assert found("They will work together in the space sector.") == [("science_technology", "space sector")]
    # must not touch: space as room
    assert found("There is much space for the two sides to grow.") == []


def test_r32f_responding_to_floods_is_environment():
    # fixes: the response to hazards of the weather named
    assert found("The images help rescuers respond to floods and landslides.") == [
        ("environment", "respond to floods and landslides")]
    assert found("The two agencies will cooperate in responding to typhoons.") == [
        ("environment", "responding to typhoons")]
    assert found("Laos praised the response to floods in the region.") == [("environment", "response to floods")]
    # must not touch: a flood that sets a scene, or a response to something else
    assert found("Floods and typhoons struck the province last month.") == []
    assert found("He welcomed the response to the letter.") == []


# --- review 44 ---


def test_rev44_the_office_space_sector_is_property():
    # fixes: room of one use let as property, a segment of the property market
    assert found("Developers say the office space sector in Hà Nội is weak.") == []
    assert found("Demand cooled in the warehouse space sector.") == []
    # must not touch: the space field named as a sector
    assert found("Russia is a key partner of Laos in the space sector.") == [("science_technology", "space sector")]


# --- round 32i (heldout89) ---
def test_r32i_a_relation_between_two_named_legislatures():
    # fixes: a relation between two legislatures by name, as "between the two legislatures"
    assert found("Belov supports closer ties between the State Duma and the National Assembly.") == [
        ("diplomacy", "ties between the State Duma and the National Assembly")]
    # must not touch: a legislature and another body of one state
    assert found("Relations between the State Duma and the government have been tense.") == []


def test_r32i_reserves_of_oil_and_gas():
    # fixes: reserves of the fuel, and those oilmen call hard to recover
    assert found("Output held up thanks to new wells and hard-to-recover reserves.") == [
        ("oil_gas", "hard-to-recover reserves")]
    assert found("Vietnam has proven gas reserves of 600 billion cubic metres.") == [("oil_gas", "gas reserves")]
    # must not touch: reserves of money or troops
    assert found("The central bank raised its foreign currency reserves.") == []
    assert found("The army called up its reserves.") == []


# --- round 32h (heldout103) ---


def test_r32h_a_bridge_something_becomes_or_remains_is_a_figure():
    # fixes: a go-between after a verb of becoming or staying, no structure
    assert found("Such evenings have become a bridge that helps audiences know each other.") == []
    assert "transport" not in {s for s, _ in found("The alumni club remains a bridge for businesses of both countries.")}
    # the people figure stays, as the longer term
    assert found("Overseas Vietnamese became a bridge between the two peoples.")[0][0] == "people"
    # must not touch: a real bridge, even as the subject of "became"
    assert found("The new bridge became a landmark of the city.") == [("transport", "bridge")]
    assert found("Russia will help build a bridge over the river.") == [("transport", "bridge")]


def test_r32h_a_trade_office_placed_abroad_is_a_body():
    # fixes: a field's office in a place, a body (often the source), as "diplomatic mission"
    assert found("Twenty firms joined the fair, the Vietnamese trade mission in Moscow said.") == []
    assert found("The province opened a trade office in Kazan last year.") == []
    # must not touch: a trip of business people, or trade itself
    assert found("The firms signed ten contracts during a trade mission to Hanoi.") == [("economy", "trade")]
    assert found("The office will promote trade in Kazan.") == [("economy", "trade")]


def test_r32h_an_outbreaks_cases_treated_and_drugs_of_supply_are_health():
    # fixes: cases or patients of an outbreak treated, as "treating cancer"
    assert found("The doctors came to share experience in treating severe COVID-19 cases.") == [
        ("health", "treating severe COVID-19 cases")]
    assert found("The team is treating COVID-19 cases.") == [("health", "treating COVID-19 cases")]
    # fixes: drugs named by supply or kind
    assert found("The country wants to cut its dependence on imported drugs.") == [("health", "imported drugs")]
    assert found("The country buys essential drugs abroad.") == [("health", "essential drugs")]
    # must not touch: the pandemic as a time, cases counted, narcotics
    assert found("The office reopened after the COVID-19 pandemic as cases fell.") == []
    assert found("The police seized illegal drugs.") == []
    assert found("Indian drug makers are large.") == []


# --- round 32k (heldout93) ---


def test_r32k_language_learning_names_the_field():
    # fixes: learning names the field as lessons and courses do
    assert found("The fund supports Russian language learning in Hue.") == [("education", "language learning")]
    assert found("The plan calls for more Vietnamese language learning.") == [("education", "language learning")]
    # must not touch: the language alone (optional by the guide), or learning from experience
    assert found("The talks were held in the Russian language.") == []
    assert found("The delegation said it was learning from Vietnam's experience.") == []


def test_r32k_cadre_organisation_is_party_work():
    # fixes: "công tác tổ chức cán bộ" in its English forms, in lists of party work and alone
    assert found("The delegates discussed cadre organisation in the province.") == [("party", "cadre organisation")]
    assert found("The guests learned about organisational and personnel work in the province.") == [
        ("party", "organisational and personnel work")]
    # must not touch: an organisation that is a body, not a kind of work
    assert found("The cadres of the organisation met the press.") == []
    assert found("The party organisation of the district met the press.") == []



# --- round 32j (heldout41) ---


def test_r32j_fighting_an_outbreak_together_is_health():
    # fixes: working together against an outbreak names the field, as preventing it
    assert found("The two ministers discussed assistance in fighting COVID-19 and trade.")[0] == (
        "health", "assistance in fighting COVID-19")
    assert found("Both sides pledged cooperation in the fight against the new coronavirus.") == [
        ("health", "cooperation in the fight against the new coronavirus")]
    # must not touch: one country's own fight, and the outbreak as a cause or a time
    assert found("He congratulated Vietnam on its success in fighting the pandemic.") == []
    assert found("The meeting was held online because of the coronavirus.") == []


def test_r32j_meetings_of_two_sides_party_heads_are_party_relations():
    # fixes: the party heads of two localities meeting are a party relation
    assert found("Lào Cai and Yunnan hold regular meetings of their provincial party chiefs.") == [
        ("party", "meetings of their provincial party chiefs")]
    assert found("The two provinces hold annual meetings between their party secretaries.") == [
        ("party", "meetings between their party secretaries")]
    # must not touch: one side's meeting, and heads of no party
    assert found("The districts sent reports to a meeting of the party secretaries of the province.") == []
    assert found("The two countries hold annual meetings of their foreign ministers.") == []


# --- round 33b (heldout109) ---


def test_r33b_study_opportunities_and_deep_water_drilling_are_fields():
    # fixes: chances to study (education) and drilling named by its depth (oil_gas)
    # the lead's round 44: learners who act are no field
    assert found("The office will help learners find out about study opportunities in Russia.") == [
        ("education", "study opportunities")]
    assert found("The joint operations have trained hundreds of engineers in deep-water drilling.") == [
        ("education", "trained"), ("oil_gas", "deep-water drilling")]
    # must not touch: a study and opportunities apart, and drills of troops
    assert found("The study found new opportunities for the region.") == []
    assert found("The soldiers were drilling on the parade ground.") == []


# --- round 33a (heldout111) ---


def test_r33a_the_overseas_community_is_people():
    # fixes: the community abroad by the word "overseas", as "overseas compatriots"
    assert found("Members will open language classes for children of the overseas community.") == [
        ("education", "language classes"), ("people", "overseas community")]
    # must not touch: a community with no word of abroad
    assert found("The community held a fair in the town.") == []


def test_r33a_courses_for_the_teachers_they_train_are_education():
    # fixes: courses named by the teachers they are for, as "courses for translators"
    assert found("The centre will offer free courses for schoolteachers.") == [
        ("education", "courses for schoolteachers")]
    assert found("The institute opened a course for Russian teachers.") == [
        ("education", "course for Russian teachers")]
    # must not touch: a course for officials (not a trainee), a course of a ship
    assert not any(s == "education" for s, _ in found("The province held a course for 60 officials."))
    assert found("The ship changed course for the port.") == [("transport", "port")]


def test_r33c_exchange_camps_are_a_youth_exchange():
    # fixes: camps named by the exchange they hold
    assert found("The Youth Union and the Young Guard should organise joint volunteer campaigns and exchange camps "
                 "every year.") == [("people", "exchange camps")]
    assert found("The two sides agreed on youth exchange camps.") == [("people", "youth exchange camps")]
    # must not touch: camps of no exchange
    assert found("Refugees live in camps near the border.") == []
    assert found("The children spent a month at summer camps.") == []


# --- round 33d (heldout117) ---
def test_r33d_filmmaking_is_culture():
    # fixes: the making of films as a trade, in one word or hyphened
    assert found("We want them to discover modern Russian filmmaking as well.") == [("culture", "filmmaking")]
    assert found("Russian film-making has a long history.") == [("culture", "film-making")]
    # must not touch: the film makers as actors, no field
    assert found("The filmmakers arrived in Hanoi on Monday.") == []


def test_r33d_a_museum_exchange_is_culture():
    # fixes: exchanges between museums as a field
    assert found("A museum exchange is a conversation between two civilisations.") == [("culture", "museum exchange")]
    # must not touch: one museum as a place visited
    assert found("The delegation visited the museum on Monday.") == []


def test_r33e_lexicon_words_of_the_forces_and_the_networks():
    # fixes: a drill by its noun, crime and threats of the networks, the networks a state guards,
    # warfare by its means, and the verb of fighting crime
    assert found("The program included search and rescue training.") == [
        ("defence_security", "search and rescue training")]
    assert found("Academies will train officers in investigating cyber fraud.")[-1] == (
        "defence_security", "cyber fraud")
    assert found("They will exchange information on cyber threats and cooperate in protecting critical "
                 "information infrastructure.") == [("defence_security", "cyber threats"),
                                                     ("defence_security", "critical information infrastructure")]
    assert found("The two sides would expand cooperation in electronic warfare.") == [
        ("defence_security", "electronic warfare")]
    assert found("They signed an agreement on cooperation in fighting crime.") == [
        ("defence_security", "fighting crime")]
    # must not touch: training alone and the networks as a technology (bare search and rescue is a term
    # since lead 35)
    assert found("The two sides cooperate in search and rescue.") == [
        ("defence_security", "search and rescue")]  # lead 35: bare search and rescue is a term
    assert found("The program included language training.") == [("education", "training")]
    assert found("They discussed information technology.") == [("science_technology", "information technology")]


def test_r33e_a_stable_environment_and_economic_crimes_are_no_field_of_their_words():
    # fixes: conditions made for people are no nature; crime against the economy is no economy
    assert found("The patrols created a stable environment for fishermen to work at sea.") == []
    assert found("They discussed combating drug trafficking and economic crimes.") == [
        ("defence_security", "drug trafficking")]
    # must not touch: the environment protected, and the economy as a field
    assert found("They agreed to protect the environment.") == [("environment", "environment")]
    assert found("They discussed economic cooperation and crime prevention.") == [
        ("economy", "economic"), ("defence_security", "crime prevention")]


def test_r33e_twinning_of_places_in_pairs_is_a_tie_of_localities():
    # fixes: places twinned in pairs are the two sides' tie
    assert found("He noted that the twinning of 15 pairs of border villages had strengthened solidarity.") == [
        ("people", "twinning of 15 pairs")]
    # must not touch: the twinning of two wards (a merger)
    assert found("The twinning of the two wards was approved.") == []


# --- round 33f (heldout116) ---


def test_r33f_venture_capital_and_tech_products_name_their_fields():
    # fixes: capital for young firms, digital products, technoparks
    assert found("The project gives researchers access to venture capital.") == [("economy", "venture capital")]
    assert found("The firms focus on digital solutions for their clients.") == [("science_technology", "digital solutions")]
    assert found("They agreed to set up a technopark in Hanoi.") == [("science_technology", "technopark")]
    # must not touch: bare tariffs (rec6) and barriers to trade other than duties (optional where the set
    # marks them: taken out at the merge of r33f), a technology park as a place visited, a solution of no field
    assert found("The list of goods covered by zero tariffs will grow.") == []
    assert found("A working group will discuss the removal of non-tariff barriers.") == []
    assert found("The delegation visited a technology park in Shenzhen.") == [("science_technology", "technology")]
    assert found("The sides looked for solutions to the dispute.") == []


def test_r33f_work_abroad_under_contracts_is_labour_export():
    # fixes: work abroad under contracts with no country named, as "working in Russia under contracts"
    assert found("About 650,000 people are working abroad under contracts.") == [
        ("labour", "working abroad under contracts")]
    # must not touch: bank cards that do not work abroad; studying abroad stays education
    assert found("Russian bank cards do not work abroad.") == []
    assert found("Many students are studying abroad.") == [("education", "students"), ("education", "studying abroad")]


def test_probe33p2_political_environments_and_the_economy_of_words_are_no_fields():
    # fixes: the conditions of a country's politics, security or law; the thrift of a style
    assert found("Việt Nam offered a stable political environment for Russian investors.") == [
        ("economy", "investors")]
    assert found("The regional security environment remains complex.") == []
    assert found("The poet was praised for the economy of words in his verse.") == []
    # must not touch: nature, the economy of a country
    assert found("The two sides agreed to cooperate in environmental protection.") == [
        ("environment", "environmental protection")]
    assert found("The economy of Việt Nam grew by 7 percent.") == [("economy", "economy")]


# --- probe 34p1 (real agency copy's furniture) ---


def test_probe34p1_drug_enforcement_is_drug_control():
    # fixes: the units that fight drugs, as "drug control"
    assert found("Russia would help train their drug enforcement units.") == [
        ("education", "train"), ("defence_security", "drug enforcement")]
    # must not touch: law enforcement alone as before, drug prices nothing
    assert found("They discussed law enforcement and drug prices.") == [("defence_security", "law enforcement")]


def test_probe34p2_bookings_are_trips_booked():
    # fixes: the trade's word for trips booked, a tourist figure (e1450: required)
    assert found("Russian tour operators reported a 40% rise in bookings to Vietnam.") == [
        ("tourism_sports", "tour operators"), ("tourism_sports", "bookings")]
    # must not touch: one act of booking (plural only)
    assert found("He said booking a hall was hard.") == []
    # fixes: bookings with no place and no word of travel, a carrier's own trade (e1265)
    text = "The carrier planned to raise the frequency to daily flights if bookings remained strong."
    assert ("bookings", "bookings-nowhere") in why_not(text)
    # must not touch: a place after "for", a word of travel before
    assert found("He said bookings for Nha Trang were up.") == [("tourism_sports", "bookings")]
    assert found("Tour bookings rose.") == [("tourism_sports", "bookings")]


def test_r34a_surgery_named_by_its_organ_is_health():
    # fixes: surgery by the organ it treats, as heart surgery
    assert found("Vietnamese and Lao doctors have performed free cataract surgery for 650 patients.") == [
        ("health", "cataract surgery")]
    # must not touch: bare "surgery" stays out (a party figure)
    assert found("The party needs surgery on its own ranks.") == []


def test_r34a_charter_programmes_are_transport():
    # fixes: a series of charter flights
    assert found("Charter programs from Irkutsk and Khabarovsk have been extended until April.") == [
        ("transport", "Charter programs")]
    # must not touch: bare "programmes"
    assert found("The programs from Irkutsk have been extended until April.") == []


def test_r34a_athletes_training_schools_and_referees_are_sport():
    # fixes: athletes' training, sports schools and referees trained name sport, not education
    assert found("He said his country would send 40 young athletes to train at Russian sports schools.") == [
        ("tourism_sports", "athletes to train"), ("tourism_sports", "sports schools")]
    assert found("The sides share experience in training referees.") == [("tourism_sports", "training referees")]
    # must not touch: training of others stays education
    # the lead's round 44: the schools where teachers are trained are where, no field
    assert found("The ministry will train teachers at secondary schools.") == [
        ("education", "train")]


def test_r34a_health_sciences_are_one_health_field():
    # fixes: one health mention, no second science mention
    assert found("Việt Nam will grant 60 more scholarships in health sciences.") == [
        ("education", "scholarships"), ("health", "health sciences")]
    # must not touch: bare "sciences" stays science
    assert found("They will cooperate in the natural sciences.") == [("science_technology", "sciences")]


def test_r34a_summer_camps_for_the_young_of_two_nations_are_a_youth_exchange():
    # fixes: camps named by the young they gather
    assert found("The association will hold summer camps for Vietnamese and Russian pupils.") == [
        ("people", "summer camps for Vietnamese and Russian pupils")]
    assert found("They will organise summer camps for schoolchildren.") == [
        ("people", "summer camps for schoolchildren")]
    # must not touch: bare "summer camps"
    assert found("The association holds summer camps every year.") == []


# --- probe 35p8 (speakers in people-to-people copy) ---


def test_probe35p8_a_troupe_by_name_holds_its_field_words():
    # fixes (names.yml heads): a company of performers by name holds its field words (was culture)
    assert found("Artists of the Lao National Song and Dance Troupe gave a concert in Hà Nội.") == [
        ("culture", "concert")]
    # must not touch: troupes in lower case, as a field
    assert found("The two sides agreed to exchange art troupes.") == [("culture", "art")]


# --- probe 38p1 (generic institutions and people: field, actor or setting) ---


def test_probe38p1_farm_goods_are_the_field_as_farm_products_are():
    # fixes: "farm goods" by copy's other word for farm products (was nothing); the trade in them one span
    assert found("Russia will buy more Vietnamese farm goods.") == [
        ("economy", "farm goods")]
    assert found("He said trade in farm goods had become a bright spot.") == [("economy", "trade in farm goods")]
    # must not touch: "trade in farm produce" stays trade and produce, as the set splits it
    assert found("Both sides should expand trade in farm produce.") == [
        ("economy", "trade"), ("economy", "farm produce")]


def test_probe38p1_exchanges_of_artists_are_culture():
    # fixes: exchanges of artists are the field, as exchanges of doctors are health (was nothing)
    assert found("Exchanges of artists between the two countries would be stepped up.") == [
        ("culture", "Exchanges of artists")]
    assert found("They agreed on exchanges of young artists.") == [("culture", "exchanges of young artists")]
    # must not touch: artists performing at one event (an occupation, neutral)
    assert found("Russian artists performed at the opening on Saturday.") == []


def test_probe38p1_people_who_are_a_bridge_for_something_are_a_figure():
    # fixes: "are a bridge for cooperation" is a go-between, not a structure (was transport)
    assert found("The scientists are a bridge for cooperation in science and technology.") == [
        ("science_technology", "science and technology")]
    # must not touch: a bridge built
    assert found("A bridge for heavy trucks was built over the river.") == [("transport", "bridge")]


def test_probe39p1_twinned_localities_and_the_twinning_of_border_places():
    # fixes: localities by their twinning, as "sister cities"; the twinning of places on a border (were nothing)
    assert found("HCM City and Saint Petersburg, twinned cities since 1998, will hold a week of events.") == [
        ("people", "twinned cities")]
    assert found("The two twinned provinces exchanged delegations.") == [("people", "twinned provinces"), (
        "diplomacy", "exchanged delegations")]
    assert found("She said the twinning of border villages had strengthened solidarity.") == [
        ("people", "twinning of border villages")]
    # must not touch: bare "twinned" (events linked) and the twinning of the two wards (a merger)
    assert found("The forum was twinned with a book fair.") == [("culture", "book fair")]
    assert found("The twinning of the two wards was approved.") == []


# --- review 54 (misfires of probes 38p1-38p9 and round 38a-38b) ---


def test_review54_protecting_the_global_environment_is_nature():
    # fixes: r38a's exclusion "global environment" (the world's conditions) dropped nature protected
    assert found("The two countries pledged to protect the global environment and fight climate change.") == [
        ("environment", "protect the global environment"), ("environment", "climate change")]
    assert found("They stressed the protection of the global environment.") == [
        ("environment", "protection of the global environment")]
    # must not touch: the world's conditions (r38a)
    assert found("GDP grew despite a difficult global environment.") == []


def test_review54_exchanges_of_martial_artists_are_sport():
    # fixes: probe 38p1's "exchanges of {word} artists" read a combat sport's people as culture
    assert found("The two sides agreed to boost exchanges of martial artists between the two countries.") == [
        ("tourism_sports", "exchanges of martial artists")]
    # must not touch: exchanges of artists of another word (probe 38p1), martial artists alone
    assert found("They agreed on exchanges of folk artists.") == [("culture", "exchanges of folk artists")]
    assert found("Vietnamese martial artists performed in Moscow.") == []


def test_review54_vietnam_social_insurance_is_a_name():
    # fixes: probe 38p6's "social insurance" read the fund's name as labour
    assert found("Vietnam Social Insurance said it had paid pensions to three million people.") == []
    # must not touch: the insurance itself
    assert found("They must ensure social insurance for workers.") == [
        ("labour", "social insurance for workers")]


def test_review54_the_fruits_of_labour_cooperation_are_labour():
    # fixes: probe 38p6's exclusion "fruits of labour" dropped "labour cooperation" running on from it
    assert found("The fruits of labour cooperation were evident.") == [("labour", "labour cooperation")]
    # must not touch: work as effort (probe 38p6)
    assert found("The fruits of labour of generations must be preserved.") == []
