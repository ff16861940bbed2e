"""Tests of :mod:`framing.speakers.institutions`: subjects that are bodies (ministries, embassies, press services, organisations) and their sides.

Each test sits in the file of the module whose rule decides its assertion. The tests are ordered by
rule, in the order the module defines them (a ``# === rule:`` line names the function; "other rules"
where none stands out), and a ``# ---`` comment names the round or probe that added each group.
End-to-end tests over the two study reports are in ``tests/test_speakers.py``; shared helpers in
``tests/speakers_helpers.py``, fixtures in ``tests/conftest.py``.
"""

from __future__ import annotations

import dataclasses

from speakers_helpers import (
    SIDES,
    TL,
    C,
    N,
    R,
    V,
    _dated,
    _filed,
    _filed_speakers,
    _with_dateline,
    attributed,
    rules,
    sides,
    speakers,
)

from framing.lexicons import load_actors

# === rule: `_local_side` =======================================================================
# --- round 17, heldout19, heldout20 ---


def test_round17_the_regional_government_is_the_regions():
    # round 17: "the regional government's press service", "the regional ministry of industry and trade"
    got = speakers("The Republic of Tatarstan and Vietnam's Bac Ninh Province signed an agreement, the regional "
                   "government's press service reported.", "Trade rose by 30%, the regional ministry of industry and "
                   "trade said.")
    assert got == [("the regional government's press service", R), ("the regional ministry of industry and trade", R)]
    assert sides("Vietnam's Bac Ninh Province signed an agreement, the provincial government said.") == [V]
    # must not touch: no region named before, a person of a side but no region
    assert sides("The regional government said prices rose.") == [N]
    assert sides("Vietnamese Minister Lê Văn An met students.", "The regional ministry said prices rose.") == [N, N]


# --- round 18, heldout22 ---


def test_round18_a_region_of_no_side_word_in_a_two_side_text():
    # round 18: "the Primorye Territory" has no side word; of the two sides of the text, it is the one
    # whose names are not spelled the Vietnamese way
    got = speakers("Vietnamese and Russian artists came to the Primorye Territory, the regional government's "
                   "press service said.")
    assert got == [("the regional government's press service", R)]
    assert sides("Vietnamese and Russian artists came to Lam Dong Province, the provincial government said.") == [V]
    # must not touch: three sides, one side only, no place before
    assert sides("Vietnamese, Lao and Russian artists came to the Primorye Territory, the regional government "
                 "said.") == [N]
    assert sides("Artists came to the Primorye Territory, the regional government said.") == [N]
    assert sides("Vietnamese and Russian artists met, the regional government said.") == [N]


# --- round 24d, heldout42 ---


def test_round24d_according_to_a_level_of_government_takes_the_place_named_before():
    # fixes: "the province of X" in lower case, the place spelled the Vietnamese way, in a text of three sides
    assert speakers(
        "The province of Khánh Hòa welcomed 90,000 Russian tourists and 50,000 Chinese tourists, "
        "according to the provincial Department of Tourism.",
        "Vietnamese officials were pleased.",
    )[0] == ("the provincial Department of Tourism", V)
    # must not touch: a level of government with no place of that level and no person of it
    assert speakers(
        "Arrivals grew by half, according to the provincial Department of Tourism.",
        "Russian Ambassador Pavel Orlov spoke.",
    )[0] == ("narrator", N)


# === rule: `_members_of` =======================================================================
# --- round 16, heldout17, heldout18 ---


def test_round16_members_of_a_body_speak_for_its_side():
    # round 16: "Members of the association pledged": the association named before with a side word
    o = "Vietnamese Ambassador Lê Văn An met leaders of the Association of Vietnamese Businesses in Russia."
    assert speakers(o, "Members of the association pledged to donate vaccines.")[1] == ("Members of the association", V)
    # must not touch: no verb of speech, a body never named with a side word, no such body at all
    assert speakers(o, "Members of the association visited a farm.")[1] == (N, N)
    assert speakers(o, "Members of the committee said prices rose.")[1] == (N, N)
    assert speakers("Russian Minister Ivan Petrov met Vietnamese Minister Lê Văn An.",
                    "Members of the association pledged to donate vaccines.")[1] == (N, N)


# === rule: `_the_party` ========================================================================
# --- round 20, heldout28 ---


def test_review13_the_party_that_speaks_is_the_party_named_last():
    # review 13 (heldout21 e297): "..., the party said" is the party the text named last (the
    # sentence's own, else the nearest earlier sentence's first), as "according to the party's ..."
    o = "The CPRF held its congress near Moscow."
    said = "The congress was attended by 400 delegates, the party said."
    assert speakers(o, said)[1] == ("the party", R)
    assert speakers(o, "The party said 400 delegates attended.")[1] == ("The party", R)
    # must not touch: no party named, two sides' parties in the sentence before, no verb of
    # speech, the parties
    assert sides("The congress opened near Moscow.", said) == [N, N]
    assert sides("The CPV and the CPRF held a congress.", said) == [N, N]
    assert sides(o, "The party congress adopted a programme.") == [N, N]
    assert sides("The CPV and the CPRF met.", "The parties signed a plan.") == [N, N]


# === rule: `_guest_party` ======================================================================
# --- probe 38p4 (party bodies, party names and other senses of 'party') ---


def test_probe38p4_the_guest_party_and_the_host_party_are_the_sides_of_the_meeting():
    # fixes: "The guest party said" after a delegation of the CPRF received in Hà Nội (VNA's "the guest
    # party" for the visiting side) was the narrator's
    lead = ("Deputy Head of the Party Central Committee's Commission for External Relations Vũ Thanh Bình "
            "held talks with a delegation of the Communist Party of the Russian Federation (CPRF) led by "
            "Secretary of its Central Committee Dmitry Ivashin in Hà Nội on October 3.")
    assert sides(lead, "The guest party said the CPRF wants to boost ties between the two parties.") == [N, R]
    assert sides(lead, "The host party briefed the guests on the preparations for the congress.") == [N, V]
    # must not touch: "the guest party delegation" with no verb after "party", and "the party said" of
    # round 24's rule
    assert sides(lead, "The guest party delegation toured the Temple of Literature.") == [N, N]
    assert sides("The CPRF held its congress in Moscow.", "The party said it backs closer ties.") == [N, R]


# === rule: `_body_spokesman` ===================================================================
# --- round 16, heldout17, heldout18 ---


def test_round16_a_spokesman_of_a_body_a_titled_person_heads():
    # round 16: "A Roscosmos spokesperson confirmed" after "Roscosmos head Yury Borisov": Borisov's side
    o = ("Russia and Vietnam will work together in space, Roscosmos head Yury Borisov said after talks with "
         "Vietnamese Minister of Science Huỳnh Thành Đạt.")
    assert speakers(o, "A Roscosmos spokesperson later confirmed the talks.")[1] == ("A Roscosmos spokesperson", R)
    assert speakers(o, "The Roscosmos official said the launch was set.")[1] == ("The Roscosmos official", R)
    # must not touch: a body nobody heads (review 13: the body's voice, of no known side), a thing
    # of the body, the spokesman of a side word
    assert speakers(o, "A Gazprom spokesperson later confirmed the talks.")[1] == ("A Gazprom spokesperson", N)
    assert speakers(o, "A Roscosmos rocket later lifted off.")[1] == (N, N)
    assert speakers(o, "A Vietnamese spokesperson later confirmed the talks.")[1] == ("A Vietnamese spokesperson", V)


# --- round 17, heldout19, heldout20 ---


def test_round17_a_body_word_in_two_sides_names_is_no_spokesmans_body():
    # round 17: "The Party official" after the Communist Party of Việt Nam and the United Russia Party:
    # not the United Russia man by "Party", but the role's person
    o = ("Chairman of the Communist Party of Việt Nam Commission Lê Văn An met Deputy Secretary of the General "
         "Council of the United Russia Party Oleg Petrov.")
    urp = tuple(dataclasses.replace(x, parties=(*x.parties, "United Russia Party")) if x.id == R else x for x in SIDES)
    out = attributed(o, "An said ties were strong.", "The Party official also suggested more exchanges.", sides=urp)
    assert (out["speaker"][2], out["side"][2]) == ("Lê Văn An", V)
    # must not touch: a body only one side's person heads
    got = speakers("Russian Minister Oleg Petrov met Head of the Roscosmos agency Ivan Sokolov.",
                   "A Roscosmos spokesperson confirmed the launch.")
    assert got[1] == ("A Roscosmos spokesperson", R)


# --- round 19b, heldout25 ---


def test_round19b_a_bodys_spokesman_and_the_spokesman_after():
    # round 19b, review 13 (P1): '"...," the spokesman said' after "A Rostec spokesman told TASS" is
    # that voice, not a person of another title named before; the body takes a side only when
    # something ties it to one (here a guest visited it: the host's), never from the agency told
    o = "Vietnamese Deputy Minister Nguyễn Văn An visited the Rostec corporation."
    told = "A Rostec spokesman told TASS that the corporation was ready to help."
    q = '"Vietnam is an old partner," the spokesman said.'
    unknown = ("A Rostec spokesman", N)
    assert speakers(o, told, q) == [(N, N), unknown, unknown]
    met = "Russian Deputy Minister Ivan Petrov met Vietnamese Deputy Minister Nguyễn Văn An."
    guest = "The Vietnamese guest visited the Rostec corporation."
    assert speakers(met, guest, told, q)[2:] == [("A Rostec spokesman", R)] * 2
    # must not touch: no verb of speech, another speaker between
    assert speakers(o, "A Rostec spokesman visited TASS to say the corporation was ready to help.")[1] == (N, N)
    petrov = ("Ivan Petrov", R)
    # fix 10: a deputy minister is never "the spokesman" (guidelines: a role names again a person
    # introduced in that role; strict_roles): the spokesman after Petrov is no longer Petrov (was
    # petrov here); another speaker between, the Rostec voice is not taken up again either
    assert speakers(o, told, "Russian Deputy Minister Ivan Petrov said trade rose.", q)[1:] == [
        unknown, petrov, (N, N)]


def test_review13_a_news_agency_told_gives_no_side_to_a_body(tmp_path):
    # review 13 (P1): both countries' agencies interview the other's firms: "told TASS" ties no body
    # to Russia, "told VNA" none to Việt Nam; the speaker is the body, its side unknown, and "the
    # spokesman" after it is that voice, not a person named before
    assert speakers("A Petrovietnam spokesman told TASS that talks continued.") == [("A Petrovietnam spokesman", N)]
    assert sides("A Rosatom spokesman told VNA the plant was on track.") == [N]
    assert speakers("Russian Deputy Minister Ivan Petrov met the guests.",
                    "A Rostec spokesman told reporters the deliveries were on schedule.",
                    '"We are ready," the spokesman said.')[1:] == [("A Rostec spokesman", N)] * 2
    # must not touch: a body the text names with a side word, a body the actors file gives a side
    assert sides("Vietnamese carrier Vietjet opened a route.", "A Vietjet spokesman told TASS flights would resume.") == [N, V]
    assert sides("Russia's Rostec signed a deal.", "A Rostec spokesman told VNA deliveries would start.") == [N, R]
    (tmp_path / "actors.yml").write_text(
        "groups:\n  - label: Rosatom\n    resolve: none\n    side: russia\n    phrases: [Rosatom]\n", encoding="utf-8")
    own = load_actors(tmp_path / "actors.yml", sides=SIDES)
    assert speakers("A Rosatom spokesman told VNA the plant was on track.", actors=own) == [("A Rosatom spokesman", R)]
    # "The Party official" may be a person the role was given: no body's voice
    assert speakers("The Party official said the two Parties should meet more.") == [(N, N)]


# === rule: `_organisation_voice` ===============================================================
# --- issue 13, round 4 ---


def test_a_named_institution_the_text_tied_to_a_side():
    out = attributed("Russia's state nuclear corporation Rosatom will train engineers.",
                     "Rosatom said a centre would open.")
    assert (out["speaker"][1], out["side"][1]) == ("Rosatom", R)
    out = attributed("Rosatom Director General Aleksei Lavrin, Deputy Chairman of the Russian Federation "
                     "Council, arrived.", "Rosatom said a centre would open.")
    assert out["side"][1] == R
    # must not touch: a name the text never tied to a side
    assert sides("Rosatom said a centre would open.") == [N]


# --- round 19 ---


def test_round19_an_organisation_gives_the_side_the_text_gives_it():
    # round 19: a company or body the text gives a side (a side word and an organisation noun before
    # its name, a side's possessive, an apposition) gives it to its spokesperson, press service and people
    assert speakers("Vietnam's Sovico Group signed a deal.", "The group's CEO said the deal was big.")[1] == (
        "The group's CEO", V)
    assert speakers("Novatek, a Russian firm, signed a deal.", "A company spokesperson said supplies would "
                    "start soon.")[1] == ("A company spokesperson", R)
    assert speakers("Novatek, a Russian firm, signed a deal.", "Novatek's press service said supplies would "
                    "start soon.")[1] == ("Novatek's press service", R)
    assert speakers("Russian state corporation Rosatom is back.", "A spokesman for the state corporation said "
                    "talks went well.")[1] == ("A spokesman for the state corporation", R)
    assert sides("Vietnam's Sovico Group signed a deal.", "Supplies will start soon, a company spokesperson "
                 "told reporters.") == [N, V]
    assert speakers("Novatek, a Russian firm, signed a deal.", "Supplies will start in May, according to the "
                    "company.")[1] == ("the company", R)
    # its people: the organisation in the title decides before the side the document names most
    got = speakers("Vietnamese Deputy Minister Nguyễn Văn An met Chinese and Russian officials.",
                   "Russian energy company Zarubezhneft signed a deal with Chinese firms.",
                   "Zarubezhneft Director General Pavel Yermishin said talks went well.")
    assert got[2] == ("Pavel Yermishin", R)
    # must not touch: an organisation the text gives no side, no organisation named before, "the
    # company" after firms of two sides, a company's noun with no verb of speech
    assert sides("Rosatom is back.", "A spokesman for the state corporation said talks went well.") == [N, N]
    assert sides("Novatek signed a deal.", "A company spokesperson said supplies would start soon.") == [N, N]
    assert sides("Vietnamese Deputy Minister Nguyễn Văn An met Russian officials.",
                 "The company said the deal was big.") == [N, N]
    assert sides("Russian firm Novatek and Vietnamese firm Sovico signed a deal.",
                 "The company said the deal was big.") == [N, N]
    assert sides("Novatek, a Russian firm, signed a deal.", "The company's shares rose.") == [N, N]
    assert sides("Vietnam's Sovico Group signed a deal.", "A group of Russian students said it was useful.") == [N, N]
    assert sides("Novatek signed a deal.", "Supplies will start in May, according to the company.") == [N, N]


# --- probe 14 ---


def test_round24c_an_organisation_by_its_countrys_adjective():
    # fixes: "the Russian manufacturer expects", "a Vietnamese firm said"
    assert speakers("The plant was built in 2019.", "The Russian manufacturer expects to finish by May.") == [
        ("narrator", N), ("The Russian manufacturer", R)]
    assert speakers("A Vietnamese firm said it would buy the turbines.") == [("A Vietnamese firm", V)]
    # must not touch: the firm as an owner, and no verb of speech
    assert speakers("The Russian firm's turbines arrived in May.") == [("narrator", N)]
    assert speakers("The Russian company built the plant.") == [("narrator", N)]


# --- review 22 ---


def test_review22_a_firm_by_its_countrys_adjective_with_its_name():
    # fixes: the firm's name after its head, an apposition or a clause before the verb
    opening = "Russia and Vietnam held talks."
    assert speakers(opening, "The Russian company Novatek said the plant would open.")[1] == (
        "The Russian company Novatek", R)
    assert speakers(opening, "A Vietnamese company, PetroVietnam, said it would invest.")[1] == (
        "A Vietnamese company", V)
    assert speakers(opening, "The Russian firm, which built the plant, said output grew.")[1][1] == R
    # must not touch: no verb of speech after the name or the clause; an owner's part
    assert speakers(opening, "The Russian company Novatek built the plant.")[1] == (N, N)
    assert speakers(opening, "The Russian developer, according to the plan, will build homes.")[1] == (N, N)
    assert speakers(opening, "The Russian company Novatek's turbines arrived in May.")[1] == (N, N)


# --- round 26b, heldout55 ---


def test_r26b_a_firm_named_bare_whose_press_service_speaks_in_an_agency_s_copy():
    # fixes: "Glavkosmos press service said" in TASS copy (was narrator), then "the press service said",
    # "According to Glavkosmos"; "X plans ..., the company's press service told TASS" (the lead's subject)
    o = "Russia and Vietnam are discussing a launch, the Glavkosmos press service said."
    assert _filed(o, '"Our partners are keen," the press service said.',
                  "According to Glavkosmos, engineers finished training.", agency="TASS") == [R, R, R]
    o2 = "Gazpromneft plans to drill on the Vietnamese shelf, the company's press service told TASS."
    assert _filed(o2, "According to the company, output rose.", agency="TASS") == [R, R]
    # fixes: a firm of a side word's press service ("the Russian company's press service told TASS")
    assert _filed("Sovcomflot is in talks with Vietnamese firms, the Russian company's press service said.",
                  '"Vietnam is a growing market," the press service said.') == [R, R]
    # must not touch: no agency (a firm named bare is of no side), an agency's own press service
    assert _filed(o, '"Our partners are keen," the press service said.') == [N, N]
    assert _filed(o2, "According to the company, output rose.") == [N, N]
    assert _filed("Vietnam and Laos signed a deal, the TASS press service said.", agency="TASS") == [N]


# === rule: `_executive_side` ===================================================================
# --- round 19b, heldout25 ---


def test_round19b_the_company_after_its_manager_spoke_is_his():
    # round 19b: "the company's press service said" in a text that gave no company a side: the
    # company of the manager (director, CEO, executive) named last, of his side
    mgr = "Output in Russia rose, Zarubezhneft Deputy Director General Oleg Petrov told TASS."
    c = "The company's press service said dividends rose."
    assert speakers(mgr, c) == [("Oleg Petrov", R), ("The company's press service", R)]
    # must not touch: after a minister, after a ministry department's director, "a company
    # spokesperson" (someone new), the company with no verb of speech
    assert sides(mgr.replace("Zarubezhneft Deputy Director General", "Russian Deputy Minister"), c) == [R, N]
    assert sides("Output in Russia rose, Oleg Petrov, Director of the Department of Asia of the Foreign "
                 "Ministry, told TASS.", c) == [R, N]
    assert sides(mgr, "A company spokesperson said dividends rose.") == [R, N]
    assert sides(mgr, "The company's shares rose.") == [R, N]


# === rule: `_bare_owner_side` ==================================================================
# --- round 24d, heldout42 ---


def test_review24_a_press_service_of_a_firm_or_a_foreign_body_is_not_the_datelines():
    # fixes: a firm named bare, or a body named by a country of no side, may be of any country
    assert _with_dateline(
        "VLADIVOSTOK", "Toyota Motor Corporation opened a plant in Hà Nội, the corporation's press service said.",
        "Russian workers will train there.")[0] == ("narrator", N)
    assert _with_dateline(
        "VLADIVOSTOK", "Ships of the Indian Navy reached Cam Ranh, the navy's press service said.",
        "Russian sailors met them.")[0] == ("narrator", N)
    # must not touch: a state body of no side word in the dateline's copy (round 24d)
    assert _with_dateline(
        "VLADIVOSTOK", "Ships of the Pacific Fleet reached Cam Ranh, the fleet's press service said.",
        "Russian sailors met them.")[0] == ("the fleet's press service", R)


# --- round 26a, heldout53 ---


def test_r26a_a_body_named_bare_is_of_the_copy_s_agency_country():
    # fixes: TASS copy filed from Hanoi names Russia's own fleet bare ("the fleet's press service")
    o = ("Russian and Vietnamese officers met in Hanoi. Meanwhile, three Baltic Fleet ships arrived in "
         "Da Nang, the fleet's press service said.")
    assert _filed(o, dateline="HANOI", agency="TASS") == [N, R]
    assert _filed(o, dateline="MOSCOW", agency="VNA") == [N, V]
    # must not touch: no agency (the dateline's country, as before), a fleet named with a country
    assert _filed(o, dateline="HANOI") == [N, V]
    assert _filed("Russian and Vietnamese officers met in Hanoi. Meanwhile, three Indian Navy ships arrived "
                  "in Da Nang, the navy's press service said.", dateline="HANOI", agency="TASS") == [N, N]


# === rule: `_event_host_side` ==================================================================
# --- round 33c (heldout110) ---


def test_r33c_the_press_service_of_an_event_named_in_lower_case_is_the_hosts():
    o = ("Young activists from Vietnam have joined a youth forum of Russian youth groups on Russky Island, the forum's "
         "press service said on Saturday.")
    # fixes: the forum's press service in TASS copy filed from Vladivostok is the host's, Russia's
    assert _filed(o, "Some 600 participants are taking part.", dateline="VLADIVOSTOK", agency="TASS") == [R, N]
    # must not touch: filed from the other side's country by TASS (the host unsure), or a body's press service
    assert _filed(o, "Some 600 participants are taking part.", dateline="HÀ NỘI", agency="TASS") == [N, N]
    assert _with_dateline(
        "VLADIVOSTOK", "Toyota Motor Corporation opened a plant in Hà Nội, the corporation's press service said.",
        "Russian workers will train there.")[0] == ("narrator", N)


# === rule: `_bare_owner_office` ================================================================
# --- round 24d, heldout42 ---


def test_round24d_the_press_service_of_a_body_named_bare_is_the_datelines_country():
    # fixes: "the fleet's press service said" after "Pacific Fleet" (no side word), in copy filed from
    # a side's country, and "the press service said" after it
    o = "Ships of the Pacific Fleet reached Cam Ranh, the fleet's press service said."
    assert _with_dateline("VLADIVOSTOK", o, "Russian sailors will play football, the press service said.") == [
        ("the fleet's press service", R), ("the press service", R)]
    # must not touch: no dateline of a side, or a body the text ties to a side by a side word
    assert _with_dateline("", o, "Russian sailors will play football.")[0] == ("narrator", N)
    assert _with_dateline(
        "VLADIVOSTOK", "Ships of the Vietnamese Coast Guard arrived, the guard's press service said.",
        "Russian sailors met them.")[0] == ("narrator", N)


# === rule: `_office_named_before` ==============================================================
# --- round 18, heldout22 ---


def test_round18_the_press_service_named_before():
    # round 18: "the press service said" after "the United Russia press service said": that party's
    got = speakers("The two parties agreed on a seminar, the United Russia press service said.",
                   '"The sides noted the high level of trust," the press service said in a statement.')
    assert got[1] == ("the press service", R)
    # must not touch: no press service named before, one named with no side word, a press conference
    assert sides("The press service said trust was high.") == [N]
    assert sides("The ministry's press service said so.", "The press service said trust was high.") == [N, N]
    assert sides("Russian officials met the press.", "The press conference was held in Moscow.")[1] == N


# === rule: `_persons_office` ===================================================================
# --- round 16, heldout17, heldout18 ---


def test_round16_a_persons_press_service_speaks_for_the_person():
    # round 16: "Petrov's press service said", "Khôi's office said": the person's side
    o = "Russian Deputy Minister Ivan Petrov met Vietnamese Ambassador Đặng Minh Khôi in Moscow."
    assert speakers(o, "Petrov's press service said flights would grow.")[1] == ("Petrov's press service", R)
    assert speakers(o, "Trade grew, Khôi's office said.")[1] == ("Khôi's office", V)
    # must not touch: the person's visit (a topic), an office with no verb of speech, the person himself
    assert speakers(o, "Petrov's visit was confirmed on Sunday.")[1] == (N, N)
    assert speakers(o, "Petrov's office opened in May.")[1] == (N, N)
    assert speakers(o, "Petrov said flights would grow.")[1] == ("Ivan Petrov", R)


# === rule: `_sources_in` =======================================================================
# --- spk15 ---


def test_spk15_a_representative_of_a_long_body_name_and_sources_in_a_body():
    # fixes: the body after "a representative of" runs past "of ... and ..." to the verb; "Sources
    # in the Russian Foreign Ministry" and then "sources in the ministry" speak for the body
    o = "Vietnamese Deputy Minister Nguyễn Văn An visited Laos."
    assert sides(o, "A representative of the Lao Ministry of Labour and Social Welfare briefed the guests.") == [N, "laos"]
    assert sides("Russia and Vietnam held talks.", "Sources in the Russian Foreign Ministry told reporters a deal was close.",
                 "Sources in the ministry said it could be signed soon.") == [N, R, R]
    # must not touch: a representative as one of a list that acts, sources in no body of a side
    assert sides(o, "A representative of the Lao Ministry of Health and the guests visited a hospital.") == [N, N]
    assert sides("Russia and Vietnam held talks.", "Sources in the industry said prices rose.",
                 "Diplomatic sources said the talks went well.") == [N, N, N]


# === rule: `_body_office` ======================================================================
# --- probe 14 ---


def test_probe14_office_of_a_named_body_speaks_for_its_side():
    opening = "Russia and Vietnam held talks."
    assert speakers(opening, "Trade grew, the Russian Foreign Ministry's press service said.")[1][1] == R
    assert speakers(opening, "The press service of the Russian Foreign Ministry reported that trade grew.")[1][1] == R
    assert speakers(
        opening, "Trade grew, according to the press service of the Russian Foreign Ministry.",
        "According to the press service, tourism grew.",
    )[2][1] == R
    # no verb of speech; an office of no named body; a body of no side
    assert speakers(opening, "The Russian Foreign Ministry's press service published photos.")[1] == (N, N)
    assert speakers(opening, "Trade grew, the ministry's press service said.")[1] == (N, N)
    assert speakers(opening, "The Eurasian Economic Commission's press service said trade grew.")[1] == (N, N)


# === rule: `_named_institution` ================================================================
# --- issue 13, round 3, heldout2 ---


def test_an_institution_named_with_a_side_word_reports():
    assert sides("Earlier, the Russian Ministry of Energy reported that trade rose.") == [R]
    # must not touch: an institution that only acts
    assert sides("Earlier, the Russian Ministry of Energy signed a contract.") == [N]


# --- issue 13, round 4 ---


def test_an_institution_that_opens_with_a_side_word():
    assert sides("The Vietnam Oil and Gas Group said output grew.", "Vietnam Airlines reported more flights.") == [V, V]
    # must not touch: a side word before a noun that is no institution
    assert sides("The Russian economy grew.", "Vietnam Oil and Gas said output grew.") == [N, N]


# --- round 17, heldout19, heldout20 ---


def test_round17_a_side_word_inside_an_institutions_name():
    # round 17: "the Pushkin State Russian Language Institute said": the side word inside the name
    assert speakers("Vietnamese students won three medals, the Pushkin State Russian Language Institute said.") == [
        ("the Pushkin State Russian Language Institute", R)]
    # must not touch: no verb of speech, a name of two sides, a name with no side word
    assert sides("The Russian Language Institute in Hanoi opened in May.") == [N]
    assert sides("The Vietnam-Russia Friendship Association held a meeting.") == [N]
    # (r26a: "the Moscow State University" now takes its capital's side: a place of a side opens it)
    assert sides("Prices rose, the Lomonosov State University said.") == [N]


# --- round 19b, heldout25 ---


def test_round19b_data_of_a_sides_institution_named_by_its_head_and_field():
    # round 19b: a name that opens with a side word has its head before its field ("the Vietnam
    # National Authority of Tourism", "the Russian Federal Agency for Tourism"), not only last;
    # consistency 2: the body as the source speaks, but "according to data of X" is the narrator's
    rose = "Visitors rose, according to {}."
    assert speakers(rose.format("the Vietnam National Authority of Tourism")) == [
        ("the Vietnam National Authority of Tourism", V)]
    assert speakers(rose.format("the Russian Federal Agency for Tourism")) == [
        ("the Russian Federal Agency for Tourism", R)]
    assert sides(rose.format("data of the Vietnam National Authority of Tourism")) == [N]
    assert sides(rose.format("figures of the Russian Federal Agency for Tourism")) == [N]
    assert speakers("The Vietnam National Authority of Tourism said arrivals rose.") == [
        ("The Vietnam National Authority of Tourism", V)]
    # must not touch: data of a body of no side, of people unnamed, a name with no institution's head
    assert sides(rose.format("data of the ministry")) == [N]
    assert sides(rose.format("data of Russian experts")) == [N]
    assert sides(rose.format("data of the Vietnam Pride of Asia")) == [N]
    assert sides("The Vietnam Pride of Asia said arrivals rose.") == [N]


# --- round 23a, heldout35 ---


def test_probe10_data_of_a_named_body_as_the_subject_of_showing():
    # consistency 2 (was probe 10: the body's): "Figures from China's General Administration of
    # Customs show ..." are the narrator's, as figures "according to" a body's data (guidelines)
    held = "China and Vietnam held talks."
    assert sides(held, "Figures from China's General Administration of Customs show trade topped 200 billion USD.")[1] == N
    assert sides("Figures from the Russian Federal Customs Service showed trade grew.") == [N]
    assert sides("Statistics from the Vietnamese Ministry of Industry and Trade indicate that exports rose.") == [N]
    assert sides("Customs data showed that trade grew.") == [N]
    # must not touch: the body itself as the subject of a verb of speech
    assert sides("The Russian Federal Customs Service said trade grew.") == [R]


def test_round24b_a_level_of_government_before_a_body_as_subject():
    # fixes: "..., the provincial Department of Tourism reported": the people of that level's side
    assert speakers(
        "Arrivals grew by half, the provincial Department of Tourism reported on Monday.",
        "Vice Chairman of the provincial People's Committee Trần Văn Hải said hotels were full.",
    )[0] == ("the provincial Department of Tourism", V)
    assert speakers(
        "The provincial Department of Tourism said arrivals grew.",
        "Vice Chairman of the provincial People's Committee Trần Văn Hải spoke.",
    )[0] == ("The provincial Department of Tourism", V)
    # must not touch: no person of that level (no side to give)
    assert speakers(
        "Arrivals grew by half, the provincial Department of Tourism reported.",
        "Russian Ambassador Pavel Orlov spoke.",
    )[0] == ("narrator", N)


# --- spk15 ---


def test_spk15_a_bare_state_body_opening_with_general_or_running_past_of_is_the_datelines():
    # fixes: "the General ... Office/Administration" and "the National Bureau of Statistics" named
    # bare in copy filed from a side's country are that country's; "the office" names it again
    o = "Chinese and Vietnamese firms signed deals."
    assert _with_dateline("BEIJING", o, "Exports rose 9%, the General Administration of Customs said.",
                          "The National Bureau of Statistics said output rose.")[1:] == [
        ("the General Administration of Customs", "china"), ("The National Bureau of Statistics", "china")]
    assert _with_dateline("HÀ NỘI", o, "Rice exports to China doubled, the General Statistics Office said.",
                          "Fruit led the rise, the office said.")[1:] == [
        ("the General Statistics Office", V), ("the office", V)]
    # must not touch: "General" opening a person's title, and a report filed from a third country
    assert _with_dateline("HÀ NỘI", o, "General Director Nguyễn Văn An of PetroVietnam said gas output rose.")[1] == (
        "Nguyễn Văn An", V)
    assert _with_dateline("BANGKOK", o, "Exports rose 9%, the General Administration of Customs said.")[1] == (
        "narrator", N)


# --- round 26a, heldout53 ---


def test_r26a_a_body_named_by_a_place_of_a_side():
    # fixes: "according to Nanning Customs", "The Guangxi Department of Commerce said": a listed city,
    # or a place the text tied to a side ("China's Guangxi"), opening a body's name
    o = "Trade between China and Vietnam rose, according to Nanning Customs."
    assert sides(o, "The Vladivostok City Administration said more flights were planned.") == [C, R]
    assert sides("Prices rose, the Moscow State University said.") == [R]
    assert sides("Trade between south China's Yunnan Province and Vietnam rose.",
                 "The Yunnan Department of Commerce said it would hold fairs.") == [N, C]
    assert sides("Lang Son, Vietnam, sent fruit to China.", "The Lang Son Department of Trade said sales rose.") == [N, V]
    # must not touch: a place the text tied to no side, a place with no body's head
    assert sides("Trade between China and Vietnam rose.",
                 "The Guangxi Department of Commerce said it would hold fairs.") == [N, N]
    assert sides("Trade between China and Vietnam rose.", "Nanning Airport said it would add flights.") == [N, N]


# === rule: `_place_opened_body` ================================================================
# --- review leftovers ---


def test_leftover_an_article_is_no_name_and_brings_someone_new():
    # "A student", "An official": not the person named before, nor a role named "A"
    o = "Russian Ambassador Ivan Petrov met students."
    assert speakers(o, "An official said the course was useful.") == [(N, N), (N, N)]
    assert speakers("A student said the course was useful.") == [(N, N)]
    # must not touch: "the official" is the person named before; "a Russian official" is that side
    assert speakers(o, "The official said the course was useful.")[1] == ("Ivan Petrov", R)
    assert speakers(o, "A Russian official said the course was useful.")[1] == ("A Russian official", R)
    # "a/an" role of an institution with a side: that side, no earlier person
    v = "Vietnamese Minister Nguyễn Văn An met Russian guests."
    assert speakers(v, "A spokesman for the Russian Ministry of Culture said the week would open.")[1] == (
        "A spokesman for the Russian Ministry of Culture", R)
    assert sides(v, "A representative of the Hà Nội People's Committee said the city was ready.") == [N, V]
    # must not touch: "a member of the audience", an institution of no side
    assert sides(v, "A member of the audience said the film was good.") == [N, N]
    assert sides(v, "A representative of the committee said the city was ready.") == [N, N]


# === rule: `_state_body_end` ===================================================================
# --- issue 13, round 5, heldout3 ---


def test_an_institution_spelled_with_vietnamese_marks():
    out = attributed("Chairman of the Lạng Sơn People's Committee Hoàng Văn Trọng met Chinese officials.",
                     "According to the Lạng Sơn Department of Industry and Trade, trade grew.",
                     "According to the Guangxi Department of Commerce, trade grew.")
    assert list(out["side"])[1:] == [V, N]


# --- round 13, heldout10, heldout12 ---


def test_review6_foreign_names_of_vietnamese_syllables_are_no_institution_of_the_side():
    # review 6: a name spelled with Vietnamese syllables but without marks ("Hong Kong", "Hun Sen")
    # is the Vietnamese side's only when an institution's head ends it
    o = "Deputy Prime Minister Trần Hồng Hà visited the port."
    for text in ("Hong Kong said it would join the project.", "Ban Ki-moon said the climate plan was urgent.",
                 "Hun Sen said the border was calm.", "Hon Hai said it would build a plant."):
        assert sides(o, text) == [N, N]
    # the case the rule was made for: an institution of that spelling, marks or not
    assert speakers(o, "The Lạng Sơn Department said exports rose.")[1] == ("The Lạng Sơn Department", V)
    assert speakers(o, "The Lang Son Department said exports rose.")[1] == ("The Lang Son Department", V)
    assert sides(o, "Lạng Sơn said exports rose.") == [N, V]


# === rule: `_head_of_country` ==================================================================
# --- round 10, heldout8 ---


def test_a_role_word_that_opens_an_institution_is_no_role():
    # round 10: "General" of "the General Department of Vietnam Customs" is no role word (a
    # general), and "Customs" is a name's word, no data; the institution's country speaks, or nobody
    opening = "Deputy Foreign Minister Nguyen Minh Hang met Russian Ambassador Gennady Bezdetko."
    assert sides(opening, "Hang said trade grew.",
                 "Trade reached 3.6 billion USD, according to the General Department of Vietnam Customs.",
                 "According to the General Statistics Office, exports grew.") == [N, V, V, N]
    # must not touch: roles, one capitalised, a capitalised general secretary, and customs data
    assert sides(opening, "Hang said trade grew.", "The Russian diplomat said energy ties grew.",
                 "The Ambassador said exports grew.") == [N, V, R, R]
    assert speakers("Party General Secretary Tô Lâm met Russian President Vladimir Putin.",
                    "The General Secretary said ties grew.")[1] == (TL, V)
    assert sides(opening, "Trade grew, according to customs data.") == [N, N]


# --- review 14 leftovers ---


def test_review14_leftovers_a_body_that_names_its_country_after_of():
    # heldout32 e431: "..., the Association of Tour Operators of Russia (ATOR) said": an
    # institution takes its country's side, here given after "of" inside its name
    flights = "Charter flights to Vietnam will rise, the Association of Tour Operators of Russia (ATOR) said on Tuesday."
    assert speakers(flights)[0] == ("the Association of Tour Operators of Russia", R)
    assert speakers("Trade grew, the Association of Russian Banks said.")[0] == ("the Association of Russian Banks", R)
    # must not touch: such a name of no country stays a source of no side
    assert sides("Trade grew, the Union of Friendship Organisations said.") == [N]


# --- speaker probe 9 ---


def test_round23b_a_body_named_in_full_with_its_country_writes_its_message():
    # "The Central Committee of the Communist Party of Việt Nam (CPV) has sent a message ... The
    # message said": the body's head after one or two capitalised words, its country after "of"
    assert sides("The Central Committee of the Communist Party of Việt Nam (CPV) has sent a message to the CPRF.",
                 "The message affirmed that ties would grow.") == [N, V]
    # must not touch: a body named with no country, and a message of unknown author
    assert sides("The Central Committee of the party has sent a message to the CPRF.",
                 "The message affirmed that ties would grow.") == [N, N]


# --- probe 14 ---


def test_probe14_short_form_of_a_body_named_with_its_country():
    assert speakers(
        "Payments will grow, the State Bank of Việt Nam said.",
        "The State Bank said the two banks had agreed to train staff.",
    )[1][1] == V
    # a short form never named in full with a country: narrator
    assert speakers("Payments will grow.", "The State Bank said the banks had agreed to train staff.")[1] == (N, N)


# === rule: `_apposed_institution` ==============================================================
# --- round 19b, heldout25 ---


def test_round19b_a_body_named_in_a_persons_title_is_of_that_persons_side():
    # round 19b: "X, head of the ... department of the Ministry of Science and Higher Education, told
    # reporters" then "The Ministry of Science and Higher Education said": X's side
    o = ("Russia will keep its quotas, Irina Petrova, head of the international department of the Ministry of "
         "Science and Higher Education, told reporters.")
    said = "The Ministry of {} said in a statement that 200 deals were signed."
    assert speakers(o, said.format("Science and Higher Education"))[1] == (
        "The Ministry of Science and Higher Education", R)
    # must not touch: another ministry, a body not in her title, no side of hers
    assert sides(o, said.format("Health")) == [R, N]
    assert sides("Russia will keep its quotas, Irina Petrova, an expert, told reporters at the Ministry of "
                 "Science and Higher Education.", said.format("Science and Higher Education")) == [R, N]
    assert sides(o.replace("Russia will keep its quotas", "Quotas will stay"),
                 said.format("Science and Higher Education")) == [N, N]


# === rule: `_home_ministry` ====================================================================
# --- round 22b, heldout29 ---


def test_round22b_a_ministry_named_bare_is_the_datelines():
    # round 22b: "..., the Ministry of Foreign Affairs said" with no side word, in a report filed
    # from Hà Nội, is Việt Nam's own ministry (_home_ministry)
    said = ("Most Vietnamese passengers were students whose Russian scholarships had ended, the Ministry of "
            "Foreign Affairs said.")
    assert _with_dateline("HÀ NỘI", said)[0] == ("the Ministry of Foreign Affairs", V)
    assert _with_dateline("MOSCOW", said)[0] == ("the Ministry of Foreign Affairs", R)
    # must not touch: no dateline, a dateline of a side the text does not name, a ministry with a
    # side word, "the ministry" alone
    assert sides(said) == [N]
    assert _with_dateline("VIENTIANE", said)[0] == (N, N)
    assert _with_dateline("HÀ NỘI", "Exports grew, the Russian Ministry of Economic Development said.")[0] == (
        "the Russian Ministry of Economic Development", R)
    assert _with_dateline("HÀ NỘI", "Exports grew, the ministry said.")[0] == (N, N)


def test_review15_a_ministry_whose_country_follows_its_name_is_that_countrys():
    # review 15: _home_ministry read "of Russia" / "in Moscow" as part of the name and still gave
    # the dateline's side; the country (or capital) after the name decides
    said = "Việt Nam and Russia signed a deal, the Ministry of Foreign Affairs of Russia said."
    assert _with_dateline("HÀ NỘI", said)[0] == ("the Ministry of Foreign Affairs of Russia", R)
    assert _with_dateline("HÀ NỘI", said.replace("of Russia", "in Moscow"))[0] == (
        "the Ministry of Foreign Affairs in Moscow", R)
    # must not touch: a ministry named bare still takes the dateline's side
    assert _with_dateline("HÀ NỘI", "Việt Nam and Russia signed a deal, the Ministry of Industry and Trade said.")[0] == (
        "the Ministry of Industry and Trade", V)


# --- probe 14 ---


def test_probe14_bodies_named_bare_in_copy_from_their_country():
    # a bare ministry, then "the ministry"; a state body opening with a state word: the dateline's country
    out = _dated("Trade between Russia and Vietnam grew, the Ministry of Economic Development said. The ministry "
                 "said exports had risen. According to the Federal Customs Service, coal supplies doubled.", "MOSCOW")
    assert [s for _, s in out] == [R, R, R]
    # no dateline of a side: no side for a body named bare
    out = _dated("Russia and Vietnam met. According to the Federal Customs Service, coal supplies doubled.", "")
    assert out[1][1] == N
    # a body that opens with no state word stays unread ("the Eurasian Economic Commission")
    out = _dated("Russia and Vietnam met. According to the Eurasian Economic Commission, coal supplies doubled.", "MOSCOW")
    assert out[1][1] == N


def test_round24c_a_ministry_named_with_its_country():
    # fixes: "the Ministry of ... of the Russian Federation said", with no dateline
    assert speakers("The Ministry of Energy of the Russian Federation said exports had doubled.") == [
        ("The Ministry of Energy of the Russian Federation", R)]
    # must not touch: a ministry of no country and no dateline
    assert speakers("The Ministry of Energy said exports had doubled.") == [("narrator", N)]


# === rule: `_BODY_HEADS` =======================================================================
# --- round 24d, heldout42 ---


def test_round24d_the_bank_points_back_to_the_bank_of_a_country():
    # fixes: "..., the bank said" after "the Export-Import Bank of Korea said"; "According to the
    # Department of X," opening a sentence: the copy's own country's body, named bare
    assert speakers(
        "Russia will lend US$10 million, the Development Bank of Russia said.",
        "The loan will pay for roads, the bank said.",
    )[1] == ("the bank", R)
    assert speakers(
        "Deputy Minister Nguyễn Văn An of Vietnam met Russian Ambassador Pavel Orlov.",
        "According to the Department of Overseas Labour, Vietnam sent 9,000 workers abroad.",
    )[1][1] == V
    # must not touch: a body named by a place before its head (maybe the other country's), a bank the
    # text gave no side
    assert speakers(
        "Deputy Minister Nguyễn Văn An of Vietnam met Chinese officials.",
        "According to the Guangxi Department of Commerce, trade grew.",
    )[1] == ("narrator", N)
    assert speakers(
        "The loan was agreed, the Development Bank said.",
        "The loan will pay for roads, the bank said.",
    )[1] == ("narrator", N)


# === rule: `_ACRONYM_NAME_REACH` ===============================================================
# --- probe 22 ---


def test_probe22_acronym_of_a_long_sided_name():
    # fixes: an acronym defined after a side's body whose name runs past eight keys
    assert sides("Prices are rising, according to the Vietnam Association of Coffee Growers and Traders of the Central "
                 "Highlands (VACGT).",
                 "Shipments to Russia doubled, VACGT said.") == [V, V]
    # must not touch: an acronym after a name with no side word
    assert sides("Prices are rising, according to the Association of Coffee Growers and Traders (ACGT).",
                 "Shipments to Russia doubled, ACGT said.")[1] == N


# === rule: `_body_named_before` ================================================================
# --- review leftovers ---


def test_leftover_an_institutions_role_by_its_possessive():
    # "the foundation's director": the director whose title names a foundation
    o = "Director of the Russian Science Foundation Pavel Ivanov met Vietnamese Minister Nguyễn Văn An."
    assert speakers(o, "The foundation's director said calls would open in May.")[1] == ("Pavel Ivanov", R)
    # must not touch: no one whose title names that body, so no one
    assert speakers("Russian Minister Ivan Petrov met Vietnamese scientists.",
                    "The foundation's director said calls would open in May.")[1] == (N, N)


# --- round 23a, heldout35 ---


def test_probe10_the_body_named_before_as_a_subject():
    # fixes: "The association said ..." after "the Vietnam Association of ...", as "according to the
    # association" (round 23a): the body of that head named last, with its name's side
    named = "According to the Vietnam Association of Seafood Exporters and Producers, exports to Russia grew."
    assert sides(named, "The association said logistics costs remained high.") == [V, V]
    agency = "Russia's Federal Agency for Tourism published figures on Monday."
    assert sides(agency, "The agency said Russian tourists prefer Nha Trang.")[1] == R
    # must not touch: a body named with no side, or none named, stays the narrator's
    assert sides("The Seafood Exporters Association met in Hà Nội.", "The association said costs rose.")[1] == N
    assert sides("The association said costs rose.") == [N]


# --- round 26a, heldout53 ---


def test_r26a_an_association_named_with_its_country_after_a_second_of():
    # fixes: "the Association of Tour Operators of Russia ... The association noted that ..."
    o = "According to the Association of Seafood Exporters of Vietnam, sales to Russia rose."
    assert sides(o, "The association noted that demand was strong.") == [V, V]
    # must not touch: an association named with no country
    assert sides("According to the Association of Seafood Exporters, sales to Russia rose.",
                 "The association noted that demand was strong.") == [N, N]


# === rule: `_press_service_owner` ==============================================================
# --- round 24e, heldout45 ---


def test_round24e_the_press_service_said_is_the_one_named_before():
    first = "Russia's S7 Airlines will fly to Huế, the airline's press service told TASS."
    assert speakers(first, "Demand is high, the press service said.")[1] == ("the press service", R)
    # must not touch: a press service never named before with an owner
    assert speakers("Trade rose.", "Demand is high, the press service said.")[1] == (N, N)


# --- round 26a, heldout53 ---


def test_r26a_a_firm_named_by_a_noun_of_its_kind():
    # fixes: "Russia's flag carrier X ... the airline's press service said", then "the press service said"
    o = "Russian carrier Azur Air will fly to Phu Quoc from May, the airline's press service said."
    assert sides(o, "Flights will run twice a week, the press service said.") == [R, R]
    assert sides("Russia's largest carrier Pobeda will add flights.", "The airline said demand was high.") == [N, R]
    # must not touch: carriers of two sides, a firm of another kind, no side given
    assert sides("Russian carrier Azur Air and Vietnamese carrier Vietjet signed a deal.",
                 "The airline said demand was high.") == [N, N]
    assert sides("Russian energy company Novatek signed a deal.", "The airline said demand was high.") == [N, N]
    assert sides("Azur Air will fly to Phu Quoc, the airline's press service said.") == [N]


# === rule: `_party_side` =======================================================================
# --- round 10, heldout8 ---


def test_a_party_named_by_its_side_speaks_for_it():
    o = "The CPV received letters from the CPRF and United Russia."
    assert sides(o, "In a letter to the CPV, the Russian ruling party said the congress was a success.")[1] == R
    assert sides(o, "The Vietnamese party said the letters were warm.")[1] == V
    # must not touch: "the party" with no side word when both sides' parties are named, a delegation
    # that arrives ("according to the party's press service" is the party the last sentence opens
    # with: see test_leftover_the_partys_press_service_is_the_party_named_first)
    assert sides(o, "The party said the letters were warm.")[1] == N
    assert sides(o, "According to the party's press service, 300 students study in Russia.")[1] == V
    assert sides(o, "The Russian party delegation arrived in Hà Nội.")[1] == N


# --- review leftovers ---


def test_leftover_the_partys_press_service_is_the_party_named_first():
    # decided: the party the sentence names before the phrase (its subject), else the party the
    # nearest earlier sentence names first (its subject or topic)
    o = "A CPV delegation visited Moscow to meet United Russia officials."
    assert speakers(o, "United Russia held talks with the delegation, according to the party's press service.")[1] == (
        "the party's press service", R)
    assert speakers("The Communist Party of Việt Nam and United Russia signed a cooperation plan.",
                    "According to the party's press service, the plan covers training.")[1] == (
        "the party's press service", V)
    assert rules(o, "According to the party, the plan covers training.")[1] == "according-to:role"
    # a party's name before a country's adjective: "Vietnamese students" is no party
    assert sides("The CPRF and the CPV signed a memorandum.",
                 "Many Vietnamese students study in regions run by CPRF governors, according to the party's "
                 "press service.") == [N, R]
    # must not touch: what the party's charter says is no one's words; nor "the party said" (no
    # side word of its own) when both sides' parties are named
    assert sides(o, "According to the party's charter, members pay dues.") == [N, N]
    assert sides(o, "The party said the talks were good.") == [N, N]


# === rule: `_host_institution` =================================================================
# --- round 12, heldout9 ---


def test_a_bare_institution_closing_a_sentence_as_source_is_the_hosts():
    # round 12: "..., according to the Foreign Investment Agency.": news copy names its own
    # country's offices bare; the bare office is the host's (or, with no host, the first person's)
    opening = "Deputy Minister Hồ Sĩ Tuệ received Russian Deputy Minister Kirill Zhdanovich in Hà Nội."
    assert speakers(opening, "Russia is the 23rd largest investor, according to the Foreign Investment Agency.")[1] == (
        "the Foreign Investment Agency", V)
    assert sides(opening, "Russia is the largest investor, according to the Foreign Investment Agency (FIA).") == [N, V]
    # must not touch: a side word in the name, the source opening the sentence
    assert sides(opening, "Russia is the largest investor, according to the Foreign Investment Agency of Russia.") == [N, R]
    # no reception: the side of the first person the report names (the copy's own official first)
    met = "Deputy Minister Hồ Sĩ Tuệ met Russian Deputy Minister Kirill Zhdanovich."
    assert sides(met, "Russia is the 23rd largest investor, according to the Foreign Investment Agency.") == [N, V]
    # nobody of a known side: nobody
    assert sides("Trade grew.", "Russia is the 23rd largest investor, according to the Foreign Investment Agency.") == [N, N]
    assert sides(opening, "According to the Foreign Investment Agency, investment rose, but the ministry disagreed.") == [N, N]


# --- round 24d, heldout42 ---


def test_review24_a_body_named_head_first_with_its_owner_after_a_second_of():
    # fixes: "the Department of Tourism of Irkutsk": the owner after a second "of" may be the other side's
    o = "Deputy Minister Nguyễn Văn An of Vietnam met Russian Ambassador Pavel Orlov."
    assert speakers(o, "According to the Department of Tourism of Irkutsk, arrivals rose.")[1] == ("narrator", N)
    # must not touch: a head-first body with one "of" (round 24d), its field joined by "and"
    assert speakers(o, "According to the Department of Science and Technology, output rose.")[1][1] == V


# === rule: other rules =========================================================================
# --- issue 13, round 4 ---


def test_a_seat_of_government_speaks_for_its_country():
    out = attributed("Vietnamese State President Lương Minh Cường met Russian President Vladimir Putin.",
                     "Cường invited Putin to Hà Nội.",
                     "The Russian leader accepted the invitation, the Kremlin said.",
                     "The talks were useful, the Kremlin press service said.")
    assert list(out["side"])[2:] == [R, R]
    # must not touch: a seat whose country the study has no side for names nobody's side
    assert sides("Trade grew, the White House said.") == [N]


# --- round 9, heldout7 ---


def test_it_takes_only_a_party_or_institution_that_spoke_right_before():
    # heldout7 e128: "United Russia pledged to ... It also called for wider contacts" -> russia
    assert sides("The CPRF said ties were strong.", "It also called for wider contacts.") == [R, R]
    assert sides("The CPRF said ties were strong.", '"Trade grows," it said.') == [R, R]
    # must not touch: "it" after a person; after a narrator sentence; "it" with no reporting verb
    assert sides("Russian Minister Ivan Petrov said ties were strong.", "It also called for wider contacts.") == [R, N]
    assert sides("The CPRF sent a letter to the CPV.", "It also called for wider contacts.") == [N, N]
    assert sides("The CPRF said ties were strong.", "It is expected that trade grows.") == [R, N]


# --- round 14, heldout13, heldout14 ---


def test_an_institution_in_its_city_speaks():
    # round 14: "the Russian Embassy in Hanoi said": the body's seat stands between it and its verb
    assert speakers("The Russian Embassy in Hanoi said in a statement that visas would be issued.") == [
        ("The Russian Embassy", R)]
    # must not touch: no verb of speech, a person who acts
    assert sides("The Russian delegation in Hanoi visited a factory.") == [N]
    assert sides("The Vietnamese ambassador in Moscow met students.") == [N]


# --- round 27a (issue 13: tuned on heldout47, ministry-to-ministry copy) ---------------------------

def test_round27a_the_watchdog_is_the_regulator_named_before():
    # fixes: "the watchdog", "the regulator" point back to the last body of a regulator's head; a
    # state body opening with "The Federal ..." in copy filed from Moscow is Russia's
    assert _with_dateline("MOSCOW", "The Federal Service for Veterinary Surveillance has cleared 12 Vietnamese "
                          "plants to sell fish in Russia, the watchdog said on Tuesday.")[0][1] == R
    assert _with_dateline("HÀ NỘI", "Vietnam's State Securities Commission fined three brokers, the regulator "
                          "said.")[0][1] == V
    # must not touch: no regulator named before, a regulator of no side
    assert _with_dateline("HÀ NỘI", "Vietnamese firms exported more, the watchdog said.")[0][1] == N
    assert sides("The Asian Securities Commission met.", "Rules will change, the regulator said.") == [N, N]


# === Probe 27: precision and sides in TASS, Xinhua and KPL copy =================================
# (sentences written for the tests)

def test_probe27_the_state_corporations_press_service_is_its_managers_firm():
    opening = "Rosatom will build the centre, Rosatom Director General Alexei Likhachev told reporters."
    # fixes: "the state corporation's press service" and "the corporation's" after its manager spoke,
    # and "the press service" after it (were nobody)
    got = _filed_speakers(opening, "The state corporation's press service said 300 students study there.",
                     '"Training comes first," the press service noted.')
    assert [side for _, side in got] == ["russia", "russia", "russia"]
    assert _filed_speakers(opening, "The corporation's press service said the site was ready.")[1][1] == "russia"
    # fixes too: "the Russian state corporation said" (was nobody)
    assert _filed_speakers("Rosatom signed a road map, the Russian state corporation said.")[0][1] == "russia"
    # must not touch: a state corporation with no manager named before, or after a minister
    assert _filed_speakers("Rosatom will build the centre.",
                      "The state corporation's press service said the site was ready.")[1][1] == "narrator"
    assert _filed_speakers("Russian Deputy Minister Ivan Sorokin spoke first.",
                      "The state corporation's press service said the site was ready.")[1][1] == "narrator"


def test_probe27_the_partys_press_service_as_a_subject():
    # fixes: "..., the party's press service reported" (was nobody, the narrator): the party its sentence
    # names before it, as "according to the party's press service"
    assert _filed_speakers("CPRF leader Ivan Melnikov sent a letter to the CPV, the party's press service reported.")[0][
        1] == "russia"
    assert _filed_speakers("The CPV delegation left Moscow.", "The talks went well, the party's press service said.")[1][
        1] == "vietnam"
    # must not touch: no party named before it
    assert _filed_speakers("The talks went well, the party's press service said.")[0][1] == "narrator"


# --- round 27c (heldout48) ---


def test_r27c_a_ministry_named_by_its_field_is_the_datelines_country():
    # fixes: "The Finance Ministry said ..." in copy filed from Moscow (no side word): Russia's, as a
    # bare "Ministry of Finance" is (round spk14)
    o = "Trade between Russia and Vietnam grew."
    assert _with_dateline("MOSCOW", o, "The Finance Ministry said the budget deficit would stay low.")[1] == (
        "The Finance Ministry", R)
    assert _with_dateline("HANOI", o, "The Foreign Ministry said the talks went well.")[1][1] == V
    # must not touch: no dateline of a side, a side word in the name, a ministry that says nothing,
    # "the ministry" alone
    assert _with_dateline("", o, "The Finance Ministry said the deficit would stay low.")[1] == (N, N)
    assert _with_dateline("MOSCOW", o, "The Vietnamese Finance Ministry said the deficit would fall.")[1][1] == V
    assert _with_dateline("MOSCOW", o, "The Finance Ministry building was opened.")[1] == (N, N)
    assert _with_dateline("MOSCOW", o, "The ministry said the deficit would stay low.")[1] == (N, N)


def test_r27c_the_central_bank_named_bare_is_the_datelines_country():
    # fixes: "Inflation slowed, the Central Bank (CBR) said" in copy filed from Moscow: a state body
    # opening with "Central", as "Federal" and "State" ones (spk14)
    o = "Vietnam and Russia held talks."
    assert _with_dateline("MOSCOW", o, "Inflation slowed to 7%, the Central Bank (CBR) said on Friday.")[1] == (
        "the Central Bank", R)
    # must not touch: no dateline of a side, no verb of speech, a central body named with its country
    assert _with_dateline("", o, "Rates rose, the Central Bank said.")[1] == (N, N)
    assert _with_dateline("MOSCOW", o, "The Central Bank kept its key rate at 21%.")[1] == (N, N)
    assert _with_dateline("HANOI", "Vietnam and China held talks.", "The Central Committee of the Communist "
                          "Party of China said ties were strong.")[1][1] == "china"


# --- round 28e (heldout64) ---


def test_r28e_a_body_owned_by_a_country_in_the_possessive_gives_its_press_service_that_side():
    # fixes: "Russia's Pacific Fleet ... the fleet's press service said" (the owner's possessive)
    o = ("A detachment of warships of Russia's Baltic Fleet has arrived in Da Nang for a visit to Vietnam, "
         "the fleet's press service said.")
    assert _filed(o, dateline="HANOI", agency="TASS") == [R]
    assert _filed(o, dateline="HANOI", agency="VNA") == [R]
    assert _filed(o) == [R]
    # must not touch: a side adjective inside the name (as round 24d), a country of no side
    assert _with_dateline(
        "VLADIVOSTOK", "Ships of the Vietnamese Coast Guard arrived, the guard's press service said.",
        "Russian sailors met them.")[0] == ("narrator", N)
    assert _filed("Russian and Vietnamese officers met in Hanoi. Meanwhile, three Indian Navy ships arrived "
                  "in Da Nang, the navy's press service said.", dateline="HANOI", agency="TASS") == [N, N]


# --- round 28h (heldout30) ---


def test_r28h_sources_in_a_body_named_before_with_its_side():
    # fixes: "Sources in the Security Council told TASS" after "the Russian Security Council": the same
    # capitalised name, whose side the text gave before
    head = "Deputy Secretary of the Russian Security Council Yuri Petrov met Vietnamese officials in Moscow."
    assert speakers(head, "Sources in the Security Council told TASS that the sides touched on maritime security.")[1][1] == R
    assert speakers(head, "Sources at the Security Council said the talks went well.")[1][1] == R
    # must not touch: a body the text never named with a side
    assert sides(head, "Sources in the Defence Council told TASS that the talks went well.")[1] == N


# --- round 28g (heldout59) ---


def test_r28g_according_to_the_press_service_after_a_bare_owners_one():
    from speakers_helpers import _filed_speakers
    # fixes: "According to the press service" after "the fleet's press service said" and a bare
    # "the press service said" between them: the owner named before, of the agency's country
    out = _filed_speakers("Three Pacific Fleet corvettes reached Da Nang in Vietnam, the fleet's press service said.",
                          "The Russian crews will meet Vietnamese sailors, the press service added.",
                          "According to the press service, the corvettes will leave on Friday.")
    assert [s for _, s in out] == [R, R, R]
    # must not touch: no press service named with an owner before: nobody known
    out = _filed_speakers("Vietnam hosted a naval parade on Monday.",
                          "According to the press service, the ships will leave on Friday.")
    assert out[1] == (N, N)


def test_r28g_an_office_in_a_city_speaks_for_its_body():
    from speakers_helpers import _with_dateline
    opening = "Russian airline S7 will fly to Nha Trang from March, officials said."
    # fixes: the office's seat between the office and its verb
    assert _with_dateline("HÀ NỘI", opening, "S7's office in Hà Nội said the flights would run twice a week.")[1][1] == R
    assert _with_dateline("HÀ NỘI", opening, "S7's representative office in Ho Chi Minh City reported strong demand.")[1][1] == R
    # must not touch: a place that is the subject's own, with no office word ("S7 in Hà Nội" is no office)
    assert _with_dateline("HÀ NỘI", opening, "Travellers in Hà Nội booked most of the seats.")[1] == (N, N)


def test_r28g_firms_placed_in_a_sides_city_report_for_it():
    from speakers_helpers import _with_dateline
    opening = "Russian tourists returned to the coast this winter."
    # fixes: "Hotels in Nha Trang reported occupancy ...": a plural of firms placed in a side's city
    assert _with_dateline("KHÁNH HÒA", opening, "Resorts in Nha Trang reported bookings up by a third.")[1][1] == V
    assert _with_dateline("KHÁNH HÒA", opening, "Exporters in Russia said shipping costs had doubled.")[1][1] == R
    # must not touch: one firm, a place of no side, or no verb of speech
    assert _with_dateline("KHÁNH HÒA", opening, "A hotel in Nha Trang reported bookings up by a third.")[1] == (N, N)
    assert _with_dateline("KHÁNH HÒA", opening, "Hotels in Bali reported bookings up by a third.")[1] == (N, N)
    assert _with_dateline("KHÁNH HÒA", opening, "Hotels in Nha Trang were full in January.")[1] == (N, N)


# --- review 31 ---


def test_review31_the_press_service_again_by_one_rule():
    # fixes (no change of result): "the press service said" again reads its owner as "According to
    # the press service" does (one rule, _press_service_owner), a bare owner's included
    out = speakers("Russia's Pacific Fleet sent two corvettes to Cam Ranh.",
                   "The fleet's press service said the visit would last three days.",
                   "The press service said the crews would play football.")
    assert [s for _, s in out] == [N, R, R]
    # must not touch: an owner of no side named before ("the Indian Navy") gives none
    assert speakers("The Indian Navy held drills.", "The press service said the drills were routine.")[1] == (N, N)


# --- round 28i (heldout62) ---


def test_r28i_a_body_of_two_sides_named_before_takes_the_side_its_name_puts_first():
    # fixes: "the association said" after a bilateral body joined by a dash, spaced or not
    for body in ("Việt Nam–Russia", "Vietnam-Russia", "Việt Nam – Russia"):
        assert speakers(f"The {body} Friendship Association held its congress in Hà Nội.",
                        "In its report, the association said it had held 300 events.")[1][1] == V
    assert speakers("The Russia–Việt Nam Friendship Association met in Moscow.",
                    "The association said it had held 300 events.")[1][1] == R
    # must not touch: a body of one side; a body of another head
    assert speakers("The Russian Friendship Association met in Moscow.",
                    "The association said it had held 300 events.")[1][1] == R
    assert speakers("The Russia–Việt Nam Friendship Society met in Moscow.",
                    "The association said it had held 300 events.")[1] == (N, N)


# --- probe 28 ---


def test_probe28_a_city_body_after_a_capital_named_before():
    # fixes: "the municipal/city's/capital's Department of ..." after a capital named: its country's
    assert _filed_speakers("Vietnam and Russia held talks.",
                           "Hà Nội has opened 800 places, the municipal Department of Health said.",
                           agency="VNA")[1] == ("the municipal Department of Health", V)
    assert _filed_speakers("Vietnam and Russia held talks in Moscow.",
                           "The capital's Department of Education said the city will add places.",
                           agency="VNA")[1] == ("The capital's Department of Education", R)
    # must not touch: no capital named before (no side), the provincial level (no capital read)
    assert _filed_speakers("Vietnam and Russia held talks.",
                           "The capital's Department of Education said the city will add places.",
                           agency="VNA")[1][1] == N
    assert _filed_speakers("Vietnam and Russia held talks in Moscow.",
                           "The provincial Department of Health said it will add places.",
                           agency="VNA")[1][1] == N


# --- round 29a (heldout66) ---


def test_r29a_a_state_owned_firm_of_a_side_speaks():
    # fixes: "state-owned", "state-run" between the side's adjective and the firm's noun
    assert speakers("Output rose by 5 per cent last year, the Vietnamese state-run group said.")[0] == (
        "the Vietnamese state-run group", V)
    assert speakers("Exports rose, the Russian state-controlled company said.")[0] == (
        "the Russian state-controlled company", R)
    # must not touch: no side named, or the state itself with no firm
    assert speakers("Exports rose, the state-owned company said.")[0] == (N, N)
    assert speakers("Exports rose, the Russian state said.")[0] == (N, N)


# --- round 29f (heldout69) ---


def test_r29f_a_name_given_its_short_form_in_brackets_is_a_body_that_speaks():
    # fixes: "Vietnam Electricity (EVN) said": a body, whatever its last word, as subject or closing source
    assert speakers("Russia's Power Machines has upgraded the unit, Vietnam Electricity (EVN) said on Monday.") == [
        ("Vietnam Electricity", V)]
    assert speakers("Vietnam Electricity (EVN) said on Monday that the unit was upgraded.") == [("Vietnam Electricity", V)]
    # must not touch: the body doing something else, two bodies signing
    assert speakers("Vietnam Electricity (EVN) completed the upgrade of the unit last year.") == [(N, N)]
    assert speakers("Vietnam Electricity (EVN) and Russia's Power Machines signed a contract.") == [(N, N)]


def test_r29f_the_agency_points_back_to_a_body_of_any_regulators_head():
    # fixes: "the agency said" after a body named a Service, or an Agency
    assert speakers("Russia's Federal Service for Veterinary Surveillance (Rosselkhoznadzor) has allowed 12 firms "
                    "to export, the agency said on Wednesday.") == [("the agency", R)]
    assert speakers("The Russian Federal Agency for Tourism has approved new routes, the agency said.") == [
        ("the agency", R)]
    # must not touch: a body no capitalised name of a regulator's head stands for
    assert speakers("Rosatom has signed a deal with Vietnam, the agency said.") == [(N, N)]


# --- round 29i (heldout70) ---


def test_r29i_the_partys_press_service_is_not_the_party_that_only_names_a_delegation():
    # fixes: a party named as a delegation's is the guest; the host party named after it speaks
    assert speakers("A delegation of the CPV attended the congress of the United Russia party in Moscow, "
                    "the party's press service said.") == [("the party's press service", R)]
    assert speakers("A CPV delegation visited the CPRF headquarters on Monday, the party's press service said.") == [
        ("the party's press service", R)]
    # must not touch: a party that is the subject itself, or the only party named
    assert speakers("The CPV hosted a CPRF delegation in Hanoi, according to the party's press service.") == [
        ("the party's press service", V)]
    assert speakers("A CPV delegation held talks in Moscow, the party's press service said.") == [
        ("the party's press service", V)]


# --- review 34 ---


def test_rev34_the_guest_party_in_the_sentence_before_the_press_service():
    # fixes: "the party's press service" opening the next sentence is the host's too, as in its own sentence
    opening = "A delegation of the CPV attended the congress of the CPRF in Moscow."
    assert speakers(opening, "The party's press service said the talks were useful.")[1] == (
        "The party's press service", R)
    # must not touch: a party that is the subject itself in the sentence before
    assert speakers("The CPV hosted a CPRF delegation in Hanoi.", "The party's press service said the talks were "
                    "useful.")[1] == ("The party's press service", V)


# --- round 30b (heldout78) ---


def test_r30b_the_chief_of_a_body_named_bare_speaks_for_it():
    # fixes: "the theater's artistic director said" after "The Vakhtangov Theater" in TASS copy, as
    # "the theater's press service said" (was narrator)
    theatre = "The Vakhtangov Theater will bring Russian drama to Vietnam in October."
    assert _filed_speakers(theatre, "The theater's artistic director said the actors had studied local "
                           "traditions.", agency="TASS")[1] == ("The theater's artistic director", R)
    museum = "The Pushkin Museum will send Russian paintings to Vietnam in May."
    assert _filed_speakers(museum, "The museum's general director told reporters the show would open in May.",
                           agency="TASS")[1] == ("The museum's general director", R)
    # must not touch: the chief as no subject of speech
    assert _filed_speakers(theatre, "The theater's artistic director arrived in Hanoi on Monday.",
                           agency="TASS")[1] == ("narrator", N)


def test_r30b_a_house_by_name_is_a_body():
    # fixes: "the Russian House" as an institution that speaks (was narrator)
    assert speakers("Russian universities are recruiting students, the Russian House said.") == [
        ("the Russian House", R)]
    # must not touch: a house that is no name ("the house said" has no side)
    assert sides("Russian universities are recruiting students in a house near the lake.") == ["narrator"]


# --- round 30g (heldout85) ---


def test_r30g_a_firm_named_by_its_side_and_trade_speaks_for_that_side():
    # fixes: lower-case words of a trade between the side word and the firm's noun
    assert speakers("The firm got a licence for an offshore block, the Russian state-owned oil company said.") == [
        ("the Russian state-owned oil company", R)]
    assert speakers("Output rose by 5%, the Vietnamese oil and gas group said on Monday.") == [
        ("the Vietnamese oil and gas group", V)]
    # must not touch: two sides' firms, a side and a firm apart
    assert sides("The Russian and Vietnamese companies said they would invest.") == [N]
    assert sides("He met the Russian side and the company said nothing.") == [N]


# --- round 30h (heldout88) ---


def test_r30h_the_press_service_of_a_state_body_named_bare():
    # fixes: "the press service of the Federal Security Service" (a state body's head, "of"/"for" parts and
    # its acronym in brackets) in agency copy is the agency's country's; "According to the press service" after it
    assert _filed_speakers("The ship arrived in Vladivostok, the press service of the Border Directorate of the Federal "
                           "Security Service (FSB) for the Primorye Territory said.",
                           "According to the press service, the crews will hold drills.") == [
        ("the press service of the Border Directorate of the Federal Security Service (FSB) for the Primorye Territory", R),
        ("the press service", R)]
    assert _filed_speakers("The rules were eased, the press service of the Federal Customs Service reported.") == [
        ("the press service of the Federal Customs Service", R)]
    # must not touch: a side word in the name keeps its side; no verb of speech, no speaker
    assert _filed_speakers("The ship arrived, the press service of the Vietnamese Border Guard said.") == [
        ("the press service of the Vietnamese Border Guard", V)]
    assert _filed_speakers("The press service of the Federal Security Service moved to a new building.") == [
        ("narrator", N)]


def test_r30h_a_body_spelled_the_vietnamese_way_with_its_head_and_short_form():
    lead = "Deputy Minister Nguyễn Văn An visited Moscow."
    # fixes: a Vietnamese-spelled name longer than four words, up to its head, and its short form in brackets
    assert _filed_speakers(lead, "The fields reached a new output, the Biển Đông Petroleum Operating Company (BĐ POC) "
                           "announced.", agency="VNA")[1] == ("the Biển Đông Petroleum Operating Company", V)
    assert _filed_speakers(lead, "The plant reached full capacity, the Quảng Ninh Thermal Power Joint Stock Company "
                           "said.", agency="VNA")[1] == ("the Quảng Ninh Thermal Power Joint Stock Company", V)
    assert _filed_speakers("Deputy Minister Nguyen Van An visited Moscow.", "The plant reached full capacity, the "
                           "Quang Ninh Thermal Power Joint Stock Company said.", agency="VNA")[1] == (
        "the Quang Ninh Thermal Power Joint Stock Company", V)
    # must not touch: with no verb of speech it is no speaker
    assert _filed_speakers(lead, "The Quảng Ninh Thermal Power Joint Stock Company built a new road.",
                           agency="VNA")[1] == ("narrator", N)


# --- round 30k (heldout92) ---


def test_r30k_a_local_body_with_no_place_named_before_is_the_datelines():
    # fixes: "KHÁNH HÒA — ..., the provincial Department of Tourism said": no province named before
    assert _with_dateline("KHÁNH HÒA", "Russian carrier Azur Air will fly to Cam Ranh from May, the provincial "
                          "Department of Tourism said.", "Vietnamese hotels are ready.")[0] == (
        "the provincial Department of Tourism", V)
    assert _with_dateline("QUẢNG NINH", "The provincial Department of Industry and Trade said Russian buyers "
                          "had ordered coal.", "Vietnamese firms agreed.")[0] == (
        "The provincial Department of Industry and Trade", V)
    # must not touch: a dateline of no side and no Vietnamese spelling; a dateline of a side the text never names
    assert _with_dateline("GENEVA", "Russian carrier Azur Air will fly to Cam Ranh from May, the provincial "
                          "Department of Tourism said.", "Vietnamese hotels are ready.")[0] == (N, N)
    assert _with_dateline("KHÁNH HÒA", "Russian carrier Azur Air will fly to Kazan from May, the regional "
                          "Department of Tourism said.")[0] == (N, N)


# --- round 30j (heldout91) ---


def test_r30j_a_press_service_of_a_lower_case_body_after_its_side_word():
    # fixes: "the press service" again is that of "the Russian government", a side word before it
    s = ["Prime Minister Ivan Sokolov phoned his Vietnamese counterpart on Monday, the Russian "
         "government's press service said.",
         '"The two leaders reviewed joint energy projects," the press service said in a statement.']
    assert speakers(*s)[1] == ("the press service", R)
    # must not touch: a lower-case body with no side word gives no side
    s = ["The city government's press service said the talks were useful.",
         "Trade was discussed, the press service said."]
    assert speakers(*s) == [("narrator", N), ("narrator", N)]


# --- round 31k (heldout94) ---
def test_r31k_a_quantifier_before_a_plural_side_group_is_a_subject():
    from speakers_helpers import speakers
    assert speakers("Several Vietnamese firms called for a direct air route to cut costs.") == [
        ("Several Vietnamese firms", "vietnam")]
    assert speakers("Many Russian companies said they wanted more access.") == [("Many Russian companies", "russia")]
    # no verb of speech, or a singular noun: no speaker
    assert speakers("Several Vietnamese firms opened offices in Moscow.") == [("narrator", "narrator")]


# --- round 32b (heldout97) ---
def test_r32b_a_body_of_four_words_or_with_its_short_form_gives_its_country_after_of():
    from speakers_helpers import speakers
    # fixes: three capitalised words before the head, and a short form in brackets before "of"
    assert speakers("The National Export Credit Corporation of Vietnam said it would lend more.") == [
        ("The National Export Credit Corporation of Vietnam", "vietnam")]
    assert speakers("The National Export Credit Corporation (NECC) of Vietnam and the Russian Export Centre "
                    "have agreed to open a joint desk.") == [("both sides", "joint")]
    # must not touch: no country after the name; two bodies that did nothing reported
    assert speakers("The National Export Credit Corporation (NECC) said it would lend more.") == [
        ("narrator", "narrator")]
    assert speakers("The National Export Credit Corporation of Vietnam and the Russian Export Centre "
                    "opened a joint desk.") == [("narrator", "narrator")]


# --- round 32g (heldout100) ---


def test_r32g_the_university_named_bare_in_agency_copy():
    # fixes: "according to the university" after a university named with no side word, in TASS copy
    assert _filed_speakers(
        "Russia will train 100 Vietnamese engineers at the National Research Nuclear University MEPhI.",
        "About 400 graduates now work in Vietnam's nuclear sector, according to the university.",
    )[1] == ("the university", R)
    # must not touch: a university named with a place of a side, or spelled the Vietnamese way
    assert _filed_speakers(
        "Russia will train 100 Vietnamese engineers at the Hanoi University of Science and Technology.",
        "Most graduates work at power plants, according to the university.",
    )[1] == ("the university", V)
    assert _filed_speakers(
        "Russia will train 100 Vietnamese engineers at the Thai Nguyen University of Technology.",
        "Most graduates work at power plants, according to the university.",
    )[1] == ("narrator", N)


# --- round 32i (heldout89) ---
def test_r32i_a_local_governments_press_service_is_the_home_countrys():
    # fixes: "the regional government's press service" in TASS copy: a home body named by its level
    assert _filed_speakers(
        "Governor Ivan Petrov has returned from Vietnam with Russian exporters, the regional government's press "
        "service said.",
        "According to the press service, the governor also met Vietnamese Deputy Minister Nguyen Van An.",
    )[1] == ("the press service", R)
    # must not touch: a government named with a side word keeps that side
    assert _filed_speakers(
        "Governor Ivan Petrov has returned from Vietnam with Russian exporters, the Vietnamese government's press "
        "service said.",
        "According to the press service, the governor also met Vietnamese Deputy Minister Nguyen Van An.",
    )[1] == ("the press service", V)


# --- review 45 ---
def test_review45_a_local_governments_press_service_is_the_place_named_before():
    # fixes: r32i gave "the press service" of "the provincial government" the agency's country even after
    # the text named the province with its side (the speaker itself had it by round 17's `_local_side`)
    assert _filed_speakers(
        "Vietnam's Quang Ninh Province received 200 Russian tourists, the provincial government's press service said.",
        "According to the press service, the tourists also visited Ha Long Bay.",
    ) == [("the provincial government's press service", V), ("the press service", V)]
    # must not touch: no place of the level named before, the agency's country (r32i)
    assert _filed_speakers(
        "The governor has returned from Vietnam with Russian exporters, the regional government's press service said.",
        "According to the press service, the governor also met Vietnamese officials.",
    )[1] == ("the press service", R)


# --- review 48 (misfires of rounds 33c-33d) ---
def test_review48_an_event_held_in_the_other_sides_place_is_not_the_datelines():
    # fixes: r33c gave the forum's press service the dateline's side (TASS from Moscow) though the forum
    # is held in Hà Nội
    o = "Russian and Vietnamese companies joined an investment forum in Hà Nội, the forum's press service said."
    assert _filed(o, "Some 600 participants are taking part.", dateline="MOSCOW", agency="TASS") == [N, N]
    # must not touch: the forum held on the dateline's side
    o = ("Young activists from Vietnam have joined a youth forum of Russian youth groups on Russky Island, the forum's "
         "press service said on Saturday.")
    assert _filed(o, "Some 600 participants are taking part.", dateline="VLADIVOSTOK", agency="TASS") == [R, N]


# --- probe 33p4 (TASS and Sputnik English copy: tests/probe33p4_data.py) ---


def test_probe33p4_an_agency_learned_from_sources_in_a_body():
    # fixes: "TASS learned from a source in the Russian government that ..." (was narrator): the
    # sources speak for their body, as "Sources in the ... told TASS"
    assert _filed_speakers("TASS learned from a source in the Russian government that the agreement "
                           "will be signed in autumn.")[0][1] == R
    assert _filed_speakers("TASS has learned from sources in the Vietnamese Ministry of Transport that "
                           "flights will resume.")[0] == ("sources in the Vietnamese Ministry of Transport", V)
    # must not touch: the agency's own report, and sources in no body of a side
    assert _filed_speakers("TASS learned that the agreement will be signed in autumn.")[0] == ("narrator", N)
    assert _filed_speakers("TASS learned from diplomatic sources that the agreement will be signed in "
                           "autumn.")[0] == ("narrator", N)


def test_probe34p7_a_missions_press_service_in_a_place_speaks_for_its_country():
    # fixes: "the press service of the Russian Embassy in Vietnam reported": an embassy is a body's head
    # (names.yml), and the place it sits in stands between its name and the verb
    assert speakers("A navy detachment arrived at Cam Ranh port, the press service of the Russian Embassy in "
                    "Vietnam reported.") == [("the press service of the Russian Embassy in Vietnam", R)]
    assert sides("Trade grew, the press service of the Vietnamese Embassy in Russia reported.") == [V]
    # must not touch: two bodies after "of"; an embassy visited (no verb of speech)
    assert sides("Trade grew, the press service of the Russian Embassy in Vietnam and the Lao Embassy said.") == [N]
    assert sides("He visited the Vietnamese Embassy in Moscow to discuss trade.") == [N]


def test_probe34p7_a_local_governments_press_service_in_agency_copy_is_the_agencys_country():
    # fixes: "the regional government's press service said" with no place of that level named with a side:
    # the copy's agency's country, the subject as r32i reads "the press service" after it
    assert _filed_speakers("Primorye will launch a line to Haiphong, the regional government's press service said.",
                           "According to the press service, the line will carry timber.") == [
        ("the regional government's press service", R), ("the press service", R)]
    # must not touch: no agency; no press service; a place of the level named with a side (review 45)
    assert _filed_speakers("Trade grew, the regional government's press service said.", agency="") == [(N, N)]
    assert _filed_speakers("Trade grew, the regional government said.") == [(N, N)]
    assert _filed_speakers("Vietnam's Quang Ninh Province received 200 Russian tourists, the provincial "
                           "government's press service said.") == [("the provincial government's press service", V)]


# --- probe 35p3 (interviews, press conferences and statements in TASS and Sputnik copy) ---


def test_probe35p3_a_source_in_a_sides_government_and_the_source_after():
    # fixes: "A source in the Russian government told TASS ..." (an article before "source", a body in
    # lower case after the side word), then "The source said ..." (the same voice)
    assert speakers("A source in the Russian government told TASS that the commission would meet in Hanoi.",
                    "The source said the agenda included energy and transport.") == [
        ("A source in the Russian government", R), ("A source in the Russian government", R)]
    assert sides("Sources in the Russian Foreign Ministry told TASS that the commission would meet.",
                 "According to the sources, the agenda included energy.") == [R, R]
    # must not touch: a source of no body, a place that is no body, "the source" of something else, and
    # "the source said" after another speaker came between
    assert sides("A diplomatic source told TASS that the commission would meet.") == [N]
    assert sides("A source in the Russian capital said the commission would meet.") == [N]
    assert sides("Sources in the Russian Foreign Ministry told TASS that the commission would meet.",
                 "The source of the river is in Laos.") == [R, N]
    assert sides("A source in the Russian government told TASS that the commission would meet.",
                 "Deputy Prime Minister Trần Hồng Hà said the meeting was useful.",
                 "The source said the agenda included energy.") == [R, V, N]


def test_probe35p3_the_press_office_named_before():
    # fixes: "..., the press office said." after "The Russian Ministry of Agriculture's press office
    # reported ..." (a press office, and an owner named with "of" inside its name)
    assert sides("The Russian Ministry of Agriculture's press office reported that grain exports had tripled.",
                 "Vietnam has become one of the top buyers of Russian wheat, the press office said.") == [R, R]
    assert sides("The Russian Ministry of Agriculture's press service reported that grain exports had tripled.",
                 "Vietnam is a top buyer of Russian wheat, the press service said.") == [R, R]
    # must not touch: no press office named before, and an owner of no side
    assert sides("Grain exports had tripled.", "Vietnam is a top buyer of Russian wheat, the press office said.") == [N, N]
    assert sides("The Ministry of Agriculture's press office reported that grain exports had tripled.",
                 "Vietnam is a top buyer of wheat, the press office said.") == [N, N]


def test_probe35p3_a_bodys_remit_before_its_country():
    # fixes: "The Commission for External Relations of the Communist Party of Vietnam Central Committee
    # said in a statement ..." (the remit "for External Relations" between the head and "of"), and the
    # statement after it
    assert sides("The Commission for External Relations of the Communist Party of Vietnam Central Committee "
                 "said in a statement that the CPV and United Russia had agreed to hold a theory workshop.",
                 "The statement said the two parties would also exchange delegations.") == [V, V]
    assert sides("The Committee for Foreign Affairs of the Russian State Duma said the sides had agreed.") == [R]
    # must not touch: a remit with no country after it, and a name holding two sides
    assert sides("The Commission for External Relations said the parties had agreed to hold a workshop.") == [N]
    assert sides("The Commission for External Relations of the Communist Party of Vietnam and the Russian "
                 "Foreign Ministry said the parties had agreed.") == ["joint"]


# --- the lead's round 36a (heldout141, spent) ---


def test_lead36_a_command_of_a_sides_armed_forces_speaks_for_that_side():
    # fixes: "the press service of Russia's Eastern Military District" (e1736), "Russia's Pacific Fleet said":
    # a side word before a military command's name, as before a ministry's
    assert speakers("Medics completed a joint exercise, the press service of Russia's Eastern Military District "
                    "said.") == [("the press service of Russia's Eastern Military District", R)]
    assert speakers("Russia's Pacific Fleet said two ships would call at Cam Ranh.") == [("Russia's Pacific Fleet", R)]
    assert sides("Ships held a joint patrol, the Russian Pacific Fleet's press service said.") == [R]
    # must not touch: a district that is a place, and a command named with no side word and no agency
    assert sides("Officials from the Ba Dinh District said the fair drew 5,000 visitors.") == [N]
    assert sides("Ships held drills, the Pacific Fleet said.") == [N]


def test_lead36_a_sides_armed_force_in_lower_case_is_a_source():
    # fixes: "the Russian navy said", "Vietnam's coast guard said", "the Vietnamese border guards reported"
    assert sides("Two ships held a joint patrol, the Russian navy said.",
                 "Vietnam's coast guard said it rescued 12 fishermen.",
                 "The crossing reopened, the Vietnamese border guards reported.") == [R, V, V]
    # must not touch: the navy as an object, and a navy of no side
    assert sides("The ships of the Russian navy arrived in Cam Ranh on Monday.",
                 "Two ships held a joint patrol, the navy said.") == [N, N]


def test_lead36_the_press_service_of_a_body_named_before():
    # fixes: "the press service of the district said" after "Russia's Eastern Military District" (e1736),
    # as "the district's press service said" is read
    assert speakers("Medical units of Russia's Eastern Military District completed a joint exercise, the press "
                    "service of the district said.") == [("the press service of the district", R)]
    # must not touch: no body of that noun named before; no verb of speech after it
    assert sides("Units completed a joint exercise, the press service of the district said.") == [N]
    assert sides("Russia's Eastern Military District held drills, and the press service of the district "
                 "published photographs.") == [N]


def test_lead36_an_organ_of_a_body_spelled_the_vietnamese_way():
    # fixes: "..., the Central Committee of the Hồ Chí Minh Communist Youth Union announced" (e1801): the owner's
    # Vietnamese spelling, as for the body itself
    assert sides("Some 200 young people will take part in a camp, the Central Committee of the Hồ Chí Minh "
                 "Communist Youth Union announced.", "Secretary of the union's Central Committee Bùi Thanh Tâm "
                 "said youth exchanges had grown.") == [V, V]
    # must not touch: the organ as the subject of an act, no speech
    assert sides("The Central Committee of the Hồ Chí Minh Communist Youth Union held a meeting.") == [N]


def test_probe35p7_the_partys_website_speaks_for_the_party():
    # fixes: "..., the party's website said" (was narrator): the party its sentence names, as "the
    # party's press service said" (probe 27) and "the CPRF website said"
    assert _filed_speakers("The Vietnamese delegation attended a reception at the CPRF Central Committee, "
                           "the party's website said.") == [("the party's website", R)]
    # must not touch: the website with no verb of speech
    assert _filed_speakers("The Vietnamese delegation attended a reception at the CPRF Central Committee, "
                           "the party's website was updated.") == [(N, N)]


def test_probe35p1_a_local_body_named_by_its_place_and_level():
    # fixes: "The Irkutsk regional ministry of international relations said" and "The ministry added" in
    # VNA copy naming only Việt Nam (were narrator): the place before the level, of a kind of local
    # government of Russia's (names.yml local_kinds); "The Khabarovsk Territory government said" and
    # "The regional government added" in TASS copy (were narrator)
    assert _filed("The Irkutsk regional ministry of international relations said a group of Vietnamese tour "
                  "operators would visit.", "The ministry added that the visit would focus on winter tourism.",
                  dateline="HANOI", agency="VNA") == [R, R]
    assert _filed("The Khabarovsk Territory government said a Vietnamese company would build a factory.",
                  "The regional government added that the plant would employ 300 people.",
                  dateline="KHABAROVSK", agency="TASS") == [R, R]
    # fixes: "the city administration's press service said" in TASS copy from Moscow (was narrator)
    assert _filed("Vietnam will send artists.", "The city administration's press service said 50 artists would "
                  "perform.", dateline="MOSCOW", agency="TASS") == [N, R]
    # must not touch: a level body with no place; the ministry named before with a side word; the
    # administration's plans, no voice
    assert _filed("Vietnam will send tour operators.", "The regional ministry of tourism said the visit would "
                  "focus on winter tourism.", dateline="HANOI", agency="VNA") == [N, N]
    assert _filed("The Russian Foreign Ministry said Vietnam is a partner.", "The ministry added that the visit "
                  "would focus on trade.", dateline="HANOI", agency="VNA") == [R, R]
    assert _filed("Vietnam will send artists.", "The city administration's plans were praised.",
                  dateline="MOSCOW", agency="TASS") == [N, N]


def test_probe37p3_a_body_written_with_vietnamese_marks_is_of_that_side_when_nobody_is_spelled_so():
    # fixes: a body's name with Vietnamese marks and a head, in copy that names nobody spelled the Vietnamese
    # way, is of the side whose names are spelled so, its field after "of" included; "The department said"
    # after it too (were narrator)
    said = "Russian guests made up a third, the Kiên Giang Department of Tourism said."
    assert _filed_speakers(said, "The department said staff were lacking.", agency="VNA") == [
        ("the Kiên Giang Department of Tourism", V), ("The department", V)]
    assert _filed_speakers("Russian Deputy Minister Ivan Petrov met the head of the Kiên Giang Department of "
                           "Tourism.", said, agency="VNA")[1] == ("the Kiên Giang Department of Tourism", V)
    # must not touch: the name without marks, a place of no head, a Russian body by its head alone
    assert _filed_speakers("Russian guests made up a third, the Kien Giang Department of Tourism said.",
                           agency="VNA") == [(N, N)]
    assert _filed_speakers("Russian guests made up a third, the Lê Văn Hưu Street said.", agency="VNA") == [(N, N)]
    assert _filed_speakers("The Irkutsk Department of Tourism met guests.", "The department said staff were lacking.",
                           agency="VNA") == [(N, N), (N, N)]


# --- probe 37p6: press services, statements and sources in home copy ---

def test_probe37p6_a_bare_ministry_in_home_copy_that_names_its_country_nowhere():
    # fixes: VNA copy filed from Hanoi that names only Russia: the ministry named bare is Vietnam's
    s = ("The Ministry of National Defence said General Tran Van Khang had held talks with the Russian "
         "Deputy Defence Minister on defence industry cooperation.")
    assert _filed(s, dateline="HANOI", agency="VNA") == [V]
    # must not touch: VNA copy with no dateline or filed from Vientiane (not home copy), no agency, and a
    # ministry with its side word
    assert _filed(s, agency="VNA") == [N]
    assert _filed(s, dateline="VIENTIANE", agency="VNA") == [N]
    assert _filed(s, dateline="HANOI") == [N]
    assert _filed("The Russian Ministry of National Defence said trade had grown.", dateline="HANOI",
                  agency="VNA") == [R]


def test_probe37p6_a_level_s_body_in_home_copy_and_the_department_after_it():
    # fixes: "the provincial Department of Tourism" in VNA copy from Nha Trang that names only Russia,
    # in an inverted source and as "The department said" after a data phrase
    opening = "Khanh Hoa received 310,000 Russian holidaymakers in the first nine months"
    assert _filed(f"{opening}, the provincial Department of Tourism said.", dateline="NHA TRANG", agency="VNA") == [V]
    assert _filed(f"{opening}, according to the provincial Department of Tourism's statistics.",
                  "The department said the province would hold a tourism roadshow in Moscow.",
                  dateline="NHA TRANG", agency="VNA") == [N, V]
    # must not touch: the figures stay the narrator's; no level's body named before, no home copy
    assert _filed(f"{opening}.", "The department said the province would hold a roadshow.",
                  dateline="NHA TRANG", agency="VNA") == [N, N]
    assert _filed(f"{opening}, the provincial Department of Tourism said.", agency="VNA") == [N]


def test_probe37p6_a_body_s_press_service_in_agency_copy_that_names_its_country_nowhere():
    # fixes: Sputnik copy that names only Vietnam: "the university's press service" is the Russian body's
    s = ("Far Eastern Federal University has enrolled 60 Vietnamese students, the university's press "
         "service said.")
    assert _filed(s, agency="Sputnik") == [R]
    assert _filed(s.replace("Far Eastern", "Kazan"), dateline="KAZAN", agency="Sputnik") == [R]
    # must not touch: no agency; "according to the university" (no press service) as before
    assert _filed(s) == [N]
    assert _filed("Far Eastern Federal University has enrolled 60 Vietnamese students, according to the "
                  "university.", agency="Sputnik") == [N]


def test_probe38p3_a_ministry_named_in_lower_case_with_its_portfolio_has_its_side():
    # fixes: "the Russian culture ministry" then "the ministry's press service" / "the culture ministry said" (were narrator)
    assert sides("The Russian culture ministry will hold a festival in September, the ministry's press service said.",
                 "The festival will open in Kazan, the culture ministry said.") == [R, R]
    assert sides("The Vietnamese minister arrived in Moscow, the Russian defence ministry said.",
                 "The ministry said the two sides would discuss defence.") == [R, R]
    # must not touch: a ministry the text named after a verb, with no side word of its own
    assert sides("Russian experts visited the ministry on Monday.", "The ministry said the talks went well.") == [N, N]


def test_probe38p7_the_governments_press_service_speaks_for_the_government_of_the_sentence():
    # fixes: "the government's press office/service said" named bare, and "the press service said" after it
    # (were narrator): the government of the person the sentence names first, else the dateline's country
    assert _filed("Vietnamese Prime Minister Pham Van Khang will attend the forum in Vladivostok, "
                  "the government's press office said on Monday.",
                  "Khang is expected to discuss energy, the press office said.",
                  dateline="HANOI", agency="TASS") == [V, V]
    assert _filed("Russian Prime Minister Mikhail Volkov will visit Vietnam next week, the government's press "
                  "service said.", dateline="MOSCOW", agency="TASS") == [R]
    assert _filed("Vietnam and Russia will hold talks on energy next week, the government's press service said.",
                  dateline="MOSCOW", agency="TASS") == [R]
    # must not touch: a government the text gives no side and no place ("the government's plan"), no speech
    assert _filed("Vietnam and Russia will hold talks on energy next week, the government's press service said.") == [N]
    assert _filed("Russian Prime Minister Mikhail Volkov presented the government's plan for the Far East.",
                  dateline="MOSCOW", agency="TASS") == [N]
    # and the local government named by its level keeps its reading (r32i)
    assert _filed("A festival opened in Vladivostok on Saturday, bringing artists from Vietnam, the regional "
                  "government's press service said.", dateline="VLADIVOSTOK", agency="TASS") == [R]


# --- probe 38p2: sides of regional and local officials and bodies ---

def test_probe38p2_a_body_of_a_place_with_acute_and_grave_marks_or_plain_in_home_copy():
    # fixes: "Khánh Hòa" carries only the accents other languages share; plain "Khanh Hoa" in VNA copy
    # filed from Nha Trang (were narrator)
    s = "The {} People's Committee said the province received 120,000 Russian tourists."
    assert _filed(s.format("Khánh Hòa"), agency="VNA") == [V]
    assert _filed(s.format("Khanh Hoa"), dateline="NHA TRANG", agency="VNA") == [V]
    assert _filed(s.format("Khanh Hoa"), "The committee said the province had opened new routes.",
                  dateline="NHA TRANG", agency="VNA") == [V, V]
    # must not touch: plain letters in copy that is no home copy; a place of no Vietnamese spelling
    assert _filed(s.format("Khanh Hoa"), agency="VNA") == [N]
    assert _filed(s.format("Khanh Hoa"), dateline="VIENTIANE", agency="VNA") == [N]
    assert _filed(s.format("Kien Giang").replace("People's Committee", "Department of Tourism"),
                  dateline="MOSCOW", agency="VNA") == [N]


def test_probe38p2_a_body_named_by_a_place_the_text_tied_or_in_home_copy_of_another_side():
    # fixes: a place tied to its country with its level ("the Vietnamese province of Binh Duong"); a place
    # of no Vietnamese spelling in Xinhua copy filed from Nanning (were narrator)
    first = "The government of the Sverdlovsk region and the Vietnamese province of Binh Duong signed a deal."
    assert _filed(first, "The Binh Duong Department of Planning said investment would grow.",
                  agency="TASS")[1] == V
    guangxi = "The Guangxi Department of Commerce said trade between Guangxi and Vietnamese provinces rose 12 percent."
    assert _filed(guangxi, dateline="NANNING", agency="Xinhua") == [C]
    # must not touch: the place untied in copy from another side's country; the Chinese place in copy
    # filed from Hanoi; no agency
    assert _filed("The Binh Duong Department of Planning said investment would grow.", dateline="MOSCOW",
                  agency="TASS") == [N]
    assert _filed(guangxi, dateline="HANOI", agency="VNA") == [N]
    assert _filed(guangxi, dateline="NANNING") == [N]
    assert _filed(guangxi.replace("between Guangxi and", "with"), dateline="NANNING", agency="Xinhua") == [N]
    # nor a body's name of common words in copy of two sides (was Russia's at this rule's first draft)
    assert _filed("Russia is the 23rd largest foreign investor in Vietnam, according to the Foreign Investment "
                  "Agency.", dateline="HANOI", agency="VNA") == [N]


# --- probe 38p6 (health and labour beyond the usual nouns) ---


def test_probe38p6_a_comma_inside_a_ministrys_name():
    # fixes: "the Ministry of Labour, Invalids and Social Affairs said" in Hà Nội copy was the narrator's
    # (the comma ended the name)
    assert _filed("The Ministry of Labour, Invalids and Social Affairs said 42,000 workers had gone abroad.",
                  dateline="HÀ NỘI", agency="VNA") == [V]
    # must not touch: a comma before a speaker, and a side word after the comma (heldout127)
    assert _filed("The Ministry of Health, Tran said, would help.", dateline="HÀ NỘI", agency="VNA") == [N]
    assert _filed("According to the Ministry of Health, Soviet and Russian universities have trained 3,000 "
                  "Vietnamese doctors.", dateline="HÀ NỘI", agency="VNA") == [V]


# --- probe 39p2 (Việt Nam–Laos and Việt Nam–China copy, second pass) ---


def test_probe39p2_a_place_with_vietnamese_marks_in_copy_that_names_only_another_side():
    # fixes: "the provincial Department" after a province written with Vietnamese marks, in VNS copy filed
    # from the province that names only China (was narrator: the spelling was read only when Việt Nam is named)
    quang_ninh = ("Quảng Ninh province welcomed 1.2 million Chinese visitors in the first nine months, the "
                  "provincial Department of Tourism said.")
    assert _filed(quang_ninh, dateline="QUẢNG NINH", agency="VNS") == [V]
    # must not touch: the place without marks, and a Chinese province (no marks, no side word)
    assert _filed(quang_ninh.replace("Quảng Ninh", "Quang Ninh"), dateline="QUẢNG NINH", agency="VNS") == [N]
    assert _filed(quang_ninh.replace("Quảng Ninh", "Yunnan"), dateline="QUẢNG NINH", agency="VNS") == [N]


# --- probe 39p3 (economy, transport and energy words that are not fields of cooperation) ---


def test_probe39p3_the_countrys_body_as_a_subject_is_of_the_country_its_sentence_names():
    # fixes: "..., the country's General Statistics Office said" and "The country's ... Office said
    # Vietnam's ..." (were narrator; "according to the country's ..." was Vietnam's already)
    assert _filed("Vietnam's GDP grew by 7.1% in 2025, the country's General Statistics Office said.",
                  dateline="HANOI", agency="TASS") == [V]
    assert _filed("The country's General Statistics Office said Vietnam's GDP grew by 7.1% in 2025.",
                  dateline="HANOI", agency="TASS") == [V]
    assert _filed("Vietnam's GDP grew by 7.1% in 2025, according to the country's General Statistics Office.",
                  dateline="HANOI", agency="TASS") == [V]
    # must not touch: two countries listed (either); a body in lower case (no name, left as before)
    assert _filed("Russian tourists flocked to Vietnam and Laos, the country's Statistics Office said.",
                  dateline="MOSCOW", agency="TASS") == [N]
    assert _filed("In 2019, about 650,000 Russian holidaymakers visited Vietnam, the country's statistics "
                  "office said.", dateline="MOSCOW", agency="TASS") == [N]


# --- review 54 (misfires of probes 38p1-38p9 and round 38a-38b) ---


def test_review54_the_governments_press_service_is_the_prime_ministers():
    # fixes: probe 38p7 took the first person of the sentence, a guest of the prime minister
    assert _filed("Vietnamese Ambassador Dang Minh Khoi met Russian Prime Minister Mikhail Volkov, the "
                  "government's press service said.", dateline="MOSCOW", agency="TASS") == [R]
    # must not touch: no head of government named, the first person (probe 38p7)
    assert _filed("Vietnamese Prime Minister Pham Van Khang will attend the forum in Vladivostok, "
                  "the government's press office said on Monday.", dateline="HANOI", agency="TASS") == [V]
    assert _filed("Vietnamese Ambassador Dang Minh Khoi met Russian Deputy Minister Ivan Petrov, the "
                  "government's press service said.", dateline="MOSCOW", agency="TASS") == [V]


# --- review 55 (misfires of probes 39p1-39p6, review 54 and the lead's round 39) ---


def test_review55_the_countrys_body_opening_a_sentence_is_not_of_an_adjective_after_it():
    # fixes: probe 39p3's "The country's ... Ministry" took the side of "Russian experts" after it (was R)
    assert speakers("Vietnam received Russian vaccines.",
                    "The country's Health Ministry said Russian experts would arrive next week.") == [(N, N), (N, N)]
    # must not touch: the country named after it by its name (probe 39p3)
    assert speakers("Vietnam received Russian vaccines.", "The country's Health Ministry said Vietnam would "
                    "receive more next week.") == [(N, N), ("The country's Health Ministry", V)]
