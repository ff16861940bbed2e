"""Sector mentions: lexicon, matching rules, concordance; checked against hand counts.

The summaries built on the mentions are tested in tests/test_stats_sectors.py."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing import cli
from framing.config import load_study
from framing.corpus import load_corpus
from framing.errors import AnalysisError, InputError, LexiconError
from framing.lexicons import load_lexicon, seed_terms
from framing.lexicons.matching import key_stream as _stream
from framing.sectors import (
    MENTION_COLUMNS,
    find_sector_mentions,
    match_sectors,
    match_text,
)
from framing.tokens import key_stream_reference as _stream_reference

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
P = "2025-10-10-pyongyang"
M = "2026-02-24-moscow"


@pytest.fixture(scope="module")
def docs():
    return load_corpus()


@pytest.fixture(scope="module")
def analysis(docs):
    return framing.analyse(docs, study=load_study())


@pytest.fixture(scope="module")
def mentions(docs, analysis):
    return find_sector_mentions(docs, sentences=analysis.sentences)


def _docs(*texts: str) -> pd.DataFrame:
    n = len(texts)
    return pd.DataFrame(
        {"doc_id": [f"d{i}" for i in range(n)], "period": ["p"] * n, "text": list(texts)}
    )


def found(text: str) -> list[tuple[str, str]]:
    """(sector, surface) of each mention of a made-up text."""
    return [(s, text[a:b]) for s, a, b in match_sectors(text)]


# --- the hand count -------------------------------------------------------------------------
#
# Read sentence by sentence (ids as framing.tokens.split_sentences); one mention per sector per
# coordinated phrase; longest match; institution names and titles excluded.
#
# Pyongyang (2025-10)                                   Moscow (2026-02)
# s0  party "cooperation with the United Russia Party"  s2  sci "science-technology and digital
#     dipl "political trust"                                transformation", econ "economic",
#     (not: "Security Council of Russia")                   culture "socio-cultural",
# s5  dipl "politics", def "security and defence",          env "environmental protection"
#     energy "energy", oil "oil and gas", sci "science  s3  dipl "foreign affairs", def "defence
#     and technology", edu "education and training",        and security"
#     culture "culture and humanity"                    s4  party "relations with the two parties"
# s6  party "cooperation channels between the two       s5  party "cooperation between the CPV and
#     Parties", people "youth", party "Ho Chi Minh          the two Russian parties"
#     National Academy of Politics and the United       s11 nuclear "nuclear energy", def "defence
#     Russia Party School"                                  and security", sci "science-technology",
# s9  dipl "political trust", dipl "exchange of             culture "culture", edu "education"
#     delegations"                                      s12 party "inter-party cooperation", party
# s10 econ "economic, trade, and investment", econ          "cooperation plan between the CPV and
#     "markets", econ "enterprises", oil "oil and gas",     United Russia"
#     energy "energy", sci "science and technology"     s13 party "cadre training", party "political
# s11 def "security and defence", transport "transport      academies", people "youth exchanges",
#     connectivity", edu "education", health "health",      sci "science", edu "education"
#     culture "culture", tourism "sports, and tourism"  s14 party "party-to-party relations", party
# s12 people "citizens' travel", energy "energy", oil       "theory exchanges", dipl "parliamentary
#     "oil and gas", nuclear "nuclear power", labour        channels", people "localities", people
#     "labour", labour "agricultural labour"                "mass organisations"
# s13 dipl "regional and international issues", dipl    s15 dipl "international and regional issues"
#     "multilateral mechanisms"                             (not s0 "Minister of Foreign Affairs")
#
# sector              Pyongyang  Moscow
# party                   3         8
# diplomacy               6         3
# defence_security        2         2
# economy                 3         1
# energy                  3         0     ("nuclear energy" is nuclear only)
# oil_gas                 3         0
# nuclear                 1         1
# science_technology      2         3
# education               2         2
# culture                 2         2
# health                  1         0
# tourism_sports          1         0
# labour                  2         0
# transport               1         0
# people                  2         3
# environment             0         1
# total                  34        26
HAND_COUNT = {
    "party": (3, 8),
    "diplomacy": (6, 3),
    "defence_security": (2, 2),
    "economy": (3, 1),
    "energy": (3, 0),
    "oil_gas": (3, 0),
    "nuclear": (1, 1),
    "science_technology": (2, 3),
    "education": (2, 2),
    "culture": (2, 2),
    "health": (1, 0),
    "tourism_sports": (1, 0),
    "labour": (2, 0),
    "transport": (1, 0),
    "people": (2, 3),
    "environment": (0, 1),
}

HAND_MENTIONS = {
    P: [
        (0, "party", "cooperation with the United Russia Party"),
        (0, "diplomacy", "political trust"),
        (5, "diplomacy", "politics"),
        (5, "defence_security", "security and defence"),
        (5, "energy", "energy"),
        (5, "oil_gas", "oil and gas"),
        (5, "science_technology", "science and technology"),
        (5, "education", "education and training"),
        (5, "culture", "culture and humanity"),
        (6, "party", "cooperation channels between the two Parties"),
        (6, "people", "youth"),
        (6, "party", "Ho Chi Minh National Academy of Politics and the United Russia Party School"),
        (9, "diplomacy", "political trust"),
        (9, "diplomacy", "exchange of delegations"),
        (10, "economy", "economic, trade, and investment"),
        (10, "economy", "markets"),
        (10, "economy", "enterprises"),
        (10, "oil_gas", "oil and gas"),
        (10, "energy", "energy"),
        (10, "science_technology", "science and technology"),
        (11, "defence_security", "security and defence"),
        (11, "transport", "transport connectivity"),
        (11, "education", "education"),
        (11, "health", "health"),
        (11, "culture", "culture"),
        (11, "tourism_sports", "sports, and tourism"),
        (12, "people", "citizens' travel"),
        (12, "energy", "energy"),
        (12, "oil_gas", "oil and gas"),
        (12, "nuclear", "nuclear power"),
        (12, "labour", "labour"),
        (12, "labour", "agricultural labour"),
        (13, "diplomacy", "regional and international issues"),
        (13, "diplomacy", "multilateral mechanisms"),
    ],
    M: [
        (2, "science_technology", "science-technology and digital transformation"),
        (2, "economy", "economic"),
        (2, "culture", "socio-cultural"),
        (2, "environment", "environmental protection"),
        (3, "diplomacy", "foreign affairs"),
        (3, "defence_security", "defence and security"),
        (4, "party", "relations with the two parties"),
        (5, "party", "cooperation between the CPV and the two Russian parties"),
        (11, "nuclear", "nuclear energy"),
        (11, "defence_security", "defence and security"),
        (11, "science_technology", "science-technology"),
        (11, "culture", "culture"),
        (11, "education", "education"),
        (12, "party", "inter-party cooperation"),
        (12, "party", "cooperation plan between the CPV and United Russia"),
        (13, "party", "cadre training"),
        (13, "party", "political academies"),
        (13, "people", "youth exchanges"),
        (13, "science_technology", "science"),
        (13, "education", "education"),
        (14, "party", "party-to-party relations"),
        (14, "party", "theory exchanges"),
        (14, "diplomacy", "parliamentary channels"),
        (14, "people", "localities"),
        (14, "people", "mass organisations"),
        (15, "diplomacy", "international and regional issues"),
    ],
}


@pytest.mark.parametrize("sector", list(HAND_COUNT))
def test_each_sector_count_matches_the_hand_count(mentions, sector):
    got = mentions[mentions["sector"] == sector].groupby("doc_id", observed=False).size()
    assert (int(got.get(P, 0)), int(got.get(M, 0))) == HAND_COUNT[sector]


def test_totals_match_the_hand_count(mentions):
    assert sum(p for p, _ in HAND_COUNT.values()) == 34
    assert sum(m for _, m in HAND_COUNT.values()) == 26
    assert mentions["doc_id"].value_counts()[P] == 34
    assert mentions["doc_id"].value_counts()[M] == 26


@pytest.mark.parametrize("doc_id", [P, M])
def test_every_mention_matches_the_hand_list(mentions, doc_id):
    mine = mentions[mentions["doc_id"] == doc_id]
    got = list(zip(mine["sentence_id"], mine["sector"], mine["surface"], strict=True))
    assert got == HAND_MENTIONS[doc_id]


def test_mentions_table_columns_offsets_and_order(docs, mentions):
    assert list(mentions.columns) == MENTION_COLUMNS
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    for r in mentions.itertuples():
        text = texts[r.doc_id]
        assert text[r.start : r.end] == r.surface
        assert r.rel_position == pytest.approx(r.start / len(text))
    # no overlaps, sorted by doc then start
    for _, g in mentions.groupby("doc_id", observed=True):
        assert (g["start"].to_numpy()[1:] >= g["end"].to_numpy()[:-1]).all()
    assert list(mentions["doc_id"].astype(str).unique()) == [P, M]
    assert set(mentions["period"].astype(str)) == {"2025-10", "2026-02"}


def test_mentions_carry_sentence_paragraph_speaker_and_side(mentions):
    row = mentions[mentions["surface"] == "theory exchanges"].iloc[0]
    # Moscow paragraph 9 = sentence 14: "Russian Communist Party chief Zyuganov agreed ..."
    assert (row["paragraph_id"], row["sentence_id"]) == (9, 14)
    assert (row["speaker"], row["side"]) == ("Gennady Zyuganov", "russia")
    row = mentions[mentions["surface"] == "foreign affairs"].iloc[0]
    assert (row["speaker"], row["side"]) == ("narrator", "narrator")  # "For the first time, ..."
    row = mentions[mentions["surface"] == "cadre training"].iloc[0]
    assert (row["speaker"], row["side"]) == ("Dmitry Medvedev", "russia")  # "This would encompass"


# --- matching rules on made-up sentences --------------------------------------------------------


def test_case_diacritics_and_apostrophe_style_do_not_matter():
    assert found("ENERGY. Énergy") == [("energy", "ENERGY"), ("energy", "Énergy")]
    for apostrophe in ["'", "\u2019", "\u02bc"]:
        text = f"They eased citizens{apostrophe} travel."
        assert found(text) == [("people", f"citizens{apostrophe} travel")]
    # decomposed (NFD) input: offsets still index the original string
    nfd = unicodedata.normalize("NFD", "Hội nghị về năng lượng: Énergy cooperation")
    assert found(nfd) == [("energy", unicodedata.normalize("NFD", "Énergy"))]


def test_hyphen_and_space_are_the_same():
    assert found("party-to-party ties") == [("party", "party-to-party ties")]
    assert found("party to party ties") == [("party", "party to party ties")]
    assert found("Party‐to‐party ties") == [("party", "Party‐to‐party ties")]
    assert found("a party-to-party channel") == [("party", "party-to-party channel")]
    # "science-technology" is "science and technology": one mention
    assert found("growth based on science-technology.") == [
        ("science_technology", "science-technology")
    ]
    assert found("socio-cultural life") == [("culture", "socio-cultural")]


def test_plurals_and_simple_inflections():
    assert found("two political academies") == [("party", "political academies")]
    assert found("one political academy") == [("party", "political academy")]
    assert found("between localities") == [("people", "localities")]
    # round 16: "localities" count only in the plural (class plural_only); one locality is one place
    assert found("a locality") == []
    # "local" is an adjective, not "localities"
    assert found("local and regional") == []
    assert found("economic and economy") == [("economy", "economic and economy")]


def test_longest_match_wins_and_mentions_never_overlap():
    assert found("nuclear energy") == [("nuclear", "nuclear energy")]
    assert found("cadre training") == [("party", "cadre training")]
    assert found("energy security") == [("energy", "energy security")]
    text = "oil and gas, nuclear power plant and labour"
    spans = match_sectors(text)
    assert [text[a:b] for _, a, b in spans] == ["oil and gas", "nuclear power plant", "labour"]
    assert all(b1 <= a2 for (_, _, b1), (_, a2, _) in zip(spans, spans[1:], strict=False))


def test_coordinated_phrases_split_per_sector():
    assert found("energy and oil and gas") == [("energy", "energy"), ("oil_gas", "oil and gas")]
    assert found("science and education") == [
        ("science_technology", "science"),
        ("education", "education"),
    ]
    # one sector named twice in one coordination: one mention
    assert found("security and defence") == [("defence_security", "security and defence")]
    assert found("education and training") == [("education", "education and training")]
    assert found("economic, trade, and investment ties") == [
        ("economy", "economic, trade, and investment")
    ]
    assert found("culture, sports and tourism") == [
        ("culture", "culture"),
        ("tourism_sports", "sports and tourism"),
    ]
    # not a coordination: two mentions of labour
    assert found("labour, particularly agricultural labour") == [
        ("labour", "labour"),
        ("labour", "agricultural labour"),
    ]


def test_institution_names_and_titles_are_not_mentions():
    assert found("Minister of Foreign Affairs Lê Hoài Trung") == []
    assert found("Deputy Chairman of the Security Council of Russia") == []
    assert found("the Asia-Pacific Economic Cooperation (APEC) forum") == []
    assert found("the Ministry of Education and Training") == []
    # the same words outside the name still count
    assert found("The Foreign Minister spoke about foreign affairs and security.") == [
        ("diplomacy", "foreign affairs"),
        ("defence_security", "security"),
    ]


def test_party_relations_use_the_party_class():
    assert found("valued cooperation with the CPV.") == [("party", "cooperation with the CPV")]
    assert found("relations with the two parties") == [("party", "relations with the two parties")]
    # a party name alone is an actor, not a sector
    assert found("the leadership of the CPV") == []


# --- the rules of issue 13: each with a case it fixes and one it must not touch ------------------


def rule_of(text: str) -> list[tuple[str, str, str]]:
    """(sector, surface, rule) of each mention of a made-up text."""
    return [(s, text[a:b], r) for s, a, b, r in match_text(text)]


@pytest.mark.parametrize(
    "name",
    [
        "the Ministry of Industry and Trade",
        "the Việt Nam Oil and Gas Group",
        "the Russian Science Foundation",
        "the National Assembly's Committee for Culture and Education",
        "the Asia-Pacific Economic Cooperation forum",
        "Minister of Education and Training Vũ Đức Thắng",
        "Russian Energy Week",
        "the Trans-Siberian Railway",
        "First Deputy Energy Minister Sergei Volkov",
        "Trade, Industry and Energy Minister Park Min-soo",
        "the Employment for Skill Development programme",
        "Vietnam Electricity",
        "the Ho Chi Minh Communist Youth Union",
        "Director of the Energy Institute of Vietnam Hồ Ngọc Lan",
    ],
)
def test_sector_words_inside_names_and_titles_are_no_mentions(name):
    assert found(f"They met {name} on Monday.") == []


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


def test_offices_are_no_fields():
    assert found("the energy minister and the ministers of health met") == []
    assert found("the energy ministries of both countries") == []
    assert found("energy cooperation between the ministries") == [("energy", "energy")]


def test_a_bracketed_alias_is_not_counted_twice():
    assert found("supplies of liquefied natural gas (LNG) and LNG terminals") == [
        ("oil_gas", "liquefied natural gas"),
        ("oil_gas", "LNG"),
    ]


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


def test_party_relations_must_not_touch():
    # relationship labels, actors, possessions of a party, other organisations
    assert found("the friendship between the two peoples") == []
    assert found("the leadership of the CPV") == []
    assert found("closer ties between the CPRF's youth wing and the league") == [("people", "youth")]
    assert found("solidarity between revolutionary parties") == []
    assert found("relations between the two countries") == []
    assert found("the Nghệ An Provincial Party Committee") == []
    # a party school is a party term, the school's party no relation
    assert found("collaboration between the two parties' political academies") == [
        ("party", "political academies")
    ]


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


def test_verb_forms():
    assert found("to train Lao cadres") == [("party", "train Lao cadres")]
    assert found("training Vietnamese cadres") == [("party", "training Vietnamese cadres")]
    assert found("to train specialists") == [("education", "train")]
    assert found("firms invest in Laos") == [("economy", "invest")]
    assert found("to educate engineers") == [("education", "educate")]
    # a train is no training
    assert found("new high-speed trains") == [("transport", "high-speed trains")]


def test_hyphenated_and_slashed_variants():
    assert found("oil/gas and science/technology") == [
        ("oil_gas", "oil/gas"),
        ("science_technology", "science/technology"),
    ]
    assert found("cyber-security and socio-economic ties") == [
        ("defence_security", "cyber-security"),
        ("economy", "economic"),
    ]


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


def test_the_rule_column_records_what_matched(mentions):
    assert (mentions["rule"].str.len() > 0).all()
    row = mentions[mentions["surface"] == "relations with the two parties"].iloc[0]
    assert row["rule"] == "party-relation:{relation} with the {party}"
    row = mentions[mentions["surface"] == "security and defence"].iloc[0]
    assert row["rule"] == "term:security + term:defence"


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


def test_fast_stream_equals_the_tokenizer_based_stream(docs):
    tricky = [
        "Việt Nam–Russia ties; U.S. firms, 1.5 per cent, o'clock, people’s and citizens' travel",
        "science-technology, party-to-party, 2026-2028, well--known, -lead, end-",
        unicodedata.normalize("NFD", "Hồ Chí Minh National Academy of Politics"),
        "soft\u00adhyphen and\u00a0no-break\r\nspace",
    ]
    for text in [*docs["text"], *tricky]:
        assert _stream(text) == _stream_reference(text)


_PIECES = [
    "energy",
    "Oil",
    "and",
    "gas",
    "science",
    "-",
    "technology",
    "Việt",
    "Nam",
    "\u2019s",
    "'",
    "\u02bc",
    ",",
    ".",
    " ",
    "  ",
    "\n\n",
    "\u2013",
    "security",
    "Council",
    "1.5",
    "citizens",
    "travel",
    "localities",
    "e\u0301nergy",
    "\u00ad",
    "o'clock",
    "_x",
    "party",
    "\u02bcs",
    "\u2010",
]
# Left out: abbreviations ("U.S."), tested in the test above. Known divergence: after a word with an
# inner apostrophe and a hyphen ("o'clock-U.S."), the tokenizer starts a new token and finds the
# abbreviation; _stream reads "-U", ".", "S", "." (no lexicon term holds an abbreviation).


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.text(max_size=30))
def test_fast_stream_and_matching_invariants(pieces, noise):
    text = "".join(pieces) + noise
    assert _stream(text) == _stream_reference(text)
    spans = match_sectors(text)
    for _, a, b in spans:
        assert 0 <= a < b <= len(text)
    assert all(b1 <= a2 for (_, _, b1), (_, a2, _) in zip(spans, spans[1:], strict=False))


def test_memoized_sentence_splitter_equals_split_sentences(docs):
    from framing.tokens import sentence_spans as _sentence_spans
    from framing.tokens import split_sentences

    tricky = (
        "Mr. Putin met Dr. Lâm. He said: \u201cYes!\u201d (Sent1.) Sent2. Wait... next one. U.S. "
        "firms grew 2.5 per cent. J. Bach wrote it. Is it? Yes!\n\n  New para.  \n \nLast one"
    )
    texts = [*docs["text"], tricky, tricky.upper(), ""]
    ref = split_sentences(_docs(*texts))
    for i, text in enumerate(texts):
        mine = [(p, a, b) for p, a, b in _sentence_spans(text)]
        sub = ref[ref["doc_id"] == f"d{i}"]
        assert mine == list(zip(sub["paragraph_id"], sub["start"], sub["end"], strict=True))


def test_no_mentions_gives_an_empty_table_with_the_columns():
    out = find_sector_mentions(_docs("Nothing to see here.", ""))
    assert out.empty and list(out.columns) == MENTION_COLUMNS


def test_n_jobs_is_accepted_and_ignored(docs):
    serial = find_sector_mentions(docs)
    pd.testing.assert_frame_equal(find_sector_mentions(docs, n_jobs=2, chunk_size=1), serial)
    pd.testing.assert_frame_equal(find_sector_mentions(docs, n_jobs=None), serial)
    with pytest.raises(AnalysisError, match="n_jobs"):
        find_sector_mentions(docs, n_jobs=0)
    with pytest.raises(AnalysisError, match="method"):
        find_sector_mentions(docs, method="regex")


def test_sentences_given_or_not_give_the_same_mentions(docs, analysis):
    study = load_study()
    from framing.lexicons import load_actors

    actors = load_actors(study.actors, sides=study.sides)
    alone = find_sector_mentions(docs, actors=actors)
    pd.testing.assert_frame_equal(
        alone.drop(columns=["period"]),
        analysis.mentions[MENTION_COLUMNS].drop(columns=["period"]),
        check_dtype=False,
    )


# --- the lexicon ----------------------------------------------------------------------------


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


GOOD = """
sectors:
  - id: energy
    label: Energy
    terms: [energy, power]
  - id: oil_gas
    label: Oil & gas
    terms: [oil and gas]
"""


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


# --- command line ---------------------------------------------------------------------------


def test_cli_mentions_writes_the_csv(capsys):
    assert cli.main(["mentions", "--corpus", str(RAW)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(",".join(MENTION_COLUMNS))
    assert len(lines) == 1 + 60


def test_cli_mentions_bad_corpus_exits_2(tmp_path, capsys):
    assert cli.main(["mentions", "--corpus", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "corpus folder does not exist" in err


# --- review of issue 13's sector rules: misfires on ordinary text ----------------------------


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
    assert found("Schools in Hà Nội teach Russian.") == [("education", "Schools"), ("education", "teach")]
    assert found("They will build a power grid.") == [("energy", "power grid")]
    assert found("A line will link Laos to the Vietnamese grid.") == [("energy", "grid")]
    assert found("They discussed roads and bridges.") == [("transport", "roads and bridges")]  # one list (round 8)
    assert found("They discussed road construction.") == [("transport", "road")]


def test_the_passive_of_training_needs_a_party_s_own_people():
    assert found("Customs officials were trained in the new inspection system.") == [("education", "trained")]
    assert found("Some 120 Vietnamese cadres were trained in Moscow.") == [("party", "cadres were trained")]


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


# --- round 7 (issue 13) ----------------------------------------------------------------------


def test_a_relation_behind_a_participle_and_its_parties():
    assert found("He hoped the memorandum signed last year between the CPV and the CPRF would be carried out.") == [
        ("party", "memorandum signed last year between the CPV and the CPRF")
    ]
    # must not touch: a participle that leads to no party
    assert found("The memorandum signed last year between the two ministries covers trade.") == [
        ("economy", "trade")
    ]


def test_an_organ_of_the_parties_as_subject_and_party_members():
    assert found("He proposed that the Parties' Secretariats hold regular consultations.") == [
        ("party", "Parties' Secretariats hold regular consultations")
    ]
    assert found("They agreed to increase exchanges between young party members.") == [
        ("party", "exchanges between young party members")
    ]
    # must not touch: a wing that is no organ of the party
    assert found("The CPRF's youth wing held a concert.") == [("people", "youth"), ("culture", "concert")]


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
    assert found("They trained more teachers than officials.") == [("education", "trained"), ("education", "teachers")]


def test_an_event_on_a_party_topic():
    assert found("They agreed to hold a joint seminar next year on the role of the ruling party.") == [
        ("party", "seminar next year on the role of the ruling party")
    ]
    # must not touch: an event on another sector's matter that party officials attend
    assert found("They held a seminar on investment for party officials.") == [("economy", "investment")]


def test_party_word_lists_come_from_the_lexicon(tmp_path):
    text = "They praised ties between the two Parties' wings."
    assert found(text) == []  # a wing is no organ of the packaged lexicon
    raw = (Path(framing.__file__).parent / "lexicons" / "sectors.yml").read_text(encoding="utf-8")
    path = tmp_path / "mine.yml"
    path.write_text(raw.replace("  organ_word:\n", "  organ_word:\n    - wing\n"), encoding="utf-8")
    assert [(s, text[a:b]) for s, a, b in match_sectors(text, lexicon=load_lexicon(path))] == [
        ("party", "ties between the two Parties")
    ]


def test_a_school_named_by_the_cadres_it_trains_is_a_party_school():
    assert found("The academy, the main school for Party cadres, signed a deal.") == [
        ("party", "school for Party cadres")
    ]
    # must not touch: a school for anyone else
    assert found("The new school for nurses opened.") == [("education", "school")]


# --- round 8 (issue 13): rules from the fourth untouched part (heldout6) ----------------------


def test_cadre_training_of_party_personnel_and_party_members():
    assert found("They signed a memorandum on training party personnel.") == [("party", "training party personnel")]
    # parties that sign a memorandum keep a relation, and the party matter it is about joins it:
    # one mention (review of round 8: only a party's own memorandum is none)
    assert found("He hoped the two parties would soon sign a new memorandum on training party personnel.") == [
        ("party", "two parties would soon sign a new memorandum on training party personnel")
    ]
    assert found("He proposed political training courses for young party members.") == [
        ("party", "training courses for young party members")
    ]
    # must not touch: personnel of another service
    assert found("They will train medical personnel.") == [("education", "train"), ("health", "medical")]


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


def test_training_camps_of_athletes_are_no_schooling():
    assert found("They will host sports teams for winter training camps.") == [("tourism_sports", "sports")]
    # must not touch: training that is schooling
    assert found("They will host students for winter training courses.") == [
        ("education", "students"), ("education", "training")
    ]


def test_workers_of_a_field_are_an_occupation():
    assert found("They will step up exchanges between young journalists and cultural workers.") == [
        ("culture", "cultural")
    ]
    assert found("Health workers were praised.") == [("health", "Health")]
    # must not touch: workers of a nationality, or the object of a verb of training
    assert found("Vietnamese workers help run greenhouses.") == [("labour", "workers")]
    assert found("They will train workers for oil fields.") == [
        ("education", "train"), ("labour", "workers"), ("oil_gas", "oil fields")
    ]


def test_business_people_and_doing_business_name_no_field():
    assert found("The get-together brought together artists and business people.") == []
    assert found("The community can live and do business stably.") == []
    # must not touch: businesses as a field of cooperation
    assert found("He invited Vietnamese businesses to invest.") == [("economy", "businesses"), ("economy", "invest")]


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


def test_bodies_named_in_the_sentence_before():
    text = ("A delegation of the Central Inspection Commission of the CPV held talks with the Central Control "
            "Commission of United Russia. The two officials signed a plan on cooperation between the two agencies.")
    assert found(text) == [("party", "cooperation between the two agencies")]
    # must not touch: the sentence before names no party
    text = ("A delegation of the State Audit Office held talks with the Accounts Chamber of Russia. The two officials "
            "signed a plan on cooperation between the two agencies.")
    assert found(text) == []


def test_ties_between_two_provinces_are_ties_between_localities():
    assert found("The region was negotiating with Khanh Hoa on cooperation between the two regions.") == [
        ("people", "cooperation between the two regions")
    ]
    # must not touch: two countries
    assert found("They praised cooperation between the two countries.") == []


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


def test_a_modifier_of_another_sector_s_noun_is_no_list_member():
    assert found("They discussed nuclear power and nuclear medicine.") == [
        ("nuclear", "nuclear power"), ("nuclear", "nuclear"), ("health", "medicine")
    ]
    # must not touch: a list of one sector before a relation noun stays one mention
    assert found("They praised economic, trade and investment cooperation.") == [
        ("economy", "economic, trade and investment")
    ]
    assert found("They discussed defence and security cooperation.") == [("defence_security", "defence and security")]


# --- review of round 7 -----------------------------------------------------------------------


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


def test_a_school_for_cadres_is_a_party_school_only_with_party():
    assert found("The school for cadres of the health sector trains nurses.") == [
        ("education", "school"), ("health", "health"), ("education", "trains")
    ]
    assert found("The academy, the main school for Party cadres, signed a deal.") == [
        ("party", "school for Party cadres")
    ]


def test_the_passive_of_training_needs_a_party_term_or_a_partys_officials():
    assert found("Many officials have been trained in customs procedures, the Liberal Party said.") == [
        ("education", "trained")
    ]
    assert found("Over 500 CPV officials have been trained in Russia.") == [("party", "officials have been trained")]
    assert found("He visited the Kaysone National Academy of Politics, where many Lao officials have been "
                 "trained.") == [("party", "officials have been trained")]


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


# --- round 9 (tuned on heldout7) ------------------------------------------------------------------


def test_modifiers_joined_by_and_stay_inside_the_cadres_trained():
    # heldout7 e125 "training of mid-level and young cadres", e135 "train young and mid-career cadres"
    assert found("They agreed on the training of mid-level and young cadres.") == [
        ("party", "training of mid-level and young cadres")]
    assert found("The CPC will train young and mid-career cadres.") == [("party", "train young and mid-career cadres")]
    # must not touch: a plural noun before "and" is a group of its own; a preposition still ends the object
    assert found("They will train doctors and party officials.")[0] == ("education", "train")
    assert found("They will train nurses and young officials.") == [("education", "train")]
    assert found("They will train young people in Hà Nội and local officials.") == [("education", "train"), ("people", "young people")]


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


def test_ties_between_regions_and_sister_ties_are_between_localities():
    # heldout7 e133 "a sister relationship with Kaluga" -> people; e132's bare "cooperation between
    # regions" gave way to the review of round 9 (domestic ties): only with the two countries
    assert found("He also pointed to cooperation between regions of the two countries.") == [
        ("people", "cooperation between regions of the two countries")]
    assert found("Thanh Hóa set up a sister relationship with Kaluga.") == [("people", "sister relationship")]
    # must not touch: a person's sister; a name; ties between the two countries
    assert found("His sister relationship with Ivan ended.") == []
    assert found("The Sister Relationship Fund met.") == []
    assert found("Ties between the two countries grew.") == []


def test_stage_arts_by_their_genre_are_culture():
    # heldout7 e132 "concerts by Russian ballet dancers", e133 "a Kaluga folk ensemble" -> culture
    assert found("There will be concerts by Russian ballet dancers.") == [("culture", "concerts"), ("culture", "ballet")]
    assert found("A Kaluga folk ensemble performed.") == [("culture", "folk ensemble")]
    # must not touch: names of companies and buildings; an ensemble of measures
    assert found("The Bolshoi Ballet toured Hà Nội.") == []
    assert found("He visited the Hà Nội Opera House.") == []
    assert found("An ensemble of measures was adopted.") == []


def test_colleges_are_places_of_study():
    # heldout7 e126 "training Vietnamese specialists at Russian technical colleges"
    assert found("They trained specialists at Russian technical colleges.") == [
        ("education", "trained"), ("education", "technical colleges")]
    # must not touch: a named college that is a body; a body of electors
    assert found("The Presidential College of Advisers met.") == []
    assert found("The electoral college voted.") == []


# --- review of round 8: misfires on ordinary text --------------------------------------------


def test_parties_that_sign_a_memorandum_keep_the_relation():
    assert found("The CPV and the CPRF signed a memorandum.") == [("party", "CPV and the CPRF signed a memorandum")]
    assert found("The two parties will sign a new memorandum.") == [("party", "two parties will sign a new memorandum")]
    assert found("United Russia and the CPV signed a memorandum in 2019.") == [
        ("party", "United Russia and the CPV signed a memorandum")
    ]
    # must not touch: the party's own memorandum (a possessive, or only an article between)
    assert found("The CPV's memorandum to the National Assembly was read.") == []


def test_bodies_of_the_sentence_before_must_be_a_party_s_organs():
    # a party that only acts in the sentence before: "the two agencies" may be anyone's
    assert found("The CPV congratulated Putin. Relations between the two agencies of the UN improved.") == []
    assert found("The CPV praised the visit. The two airlines expanded cooperation between their agencies.") == [
        ("transport", "airlines")
    ]
    # the organ of a party by "of" or by a possessive
    assert found("A team from the Control Commission of the CPRF met CPV officials. They agreed on exchanges "
                 "between the two commissions.") == [("party", "exchanges between the two commissions")]
    assert found("The CPV's Organisation Commission met the CPRF. They agreed on exchanges between the two "
                 "commissions.") == [("party", "exchanges between the two commissions")]


def test_a_bridge_between_or_connecting_places_is_a_structure():
    assert found("The army built a bridge connecting the two banks.") == [("transport", "bridge")]
    assert found("The river is crossed by a bridge between the two villages.") == [("transport", "bridge")]
    # must not touch: the figures and the people term
    assert found("They act as a bridge between the two peoples.") == [("people", "as a bridge between the two peoples")]
    assert found('The graduates are "a living bridge" to Russia.') == []


def test_a_modifier_list_before_another_sector_s_noun_stays_one_mention():
    assert found("They discussed defence and security industry cooperation.") == [
        ("defence_security", "defence and security"), ("economy", "industry")
    ]
    # the rule's own case: a list member that ends with a head noun
    assert found("They discussed small modular reactors, nuclear medicine and vaccines.") == [
        ("nuclear", "small modular reactors"), ("nuclear", "nuclear"), ("health", "medicine and vaccines")
    ]


def test_a_person_s_studies_are_schooling_only_after_a_verb_of_study():
    assert found("Her studies show that exports grew.") == []
    assert found("He completed his studies in Moscow.") == [("education", "completed his studies")]


def test_holidays_in_a_month_are_no_trip():
    assert found("During the holidays in December, prices rose.") == []
    assert found("Many Siberians spend their holidays on the coast.") == [("tourism_sports", "spend their holidays")]


def test_workers_of_a_trade_stay_labour():
    assert found("Oil workers in Norway went on strike over pay.") == [("oil_gas", "Oil"), ("labour", "workers")]
    assert found("Transport workers went on strike.") == [("transport", "Transport"), ("labour", "workers")]
    # the fields of the class occupation_field still make an occupation
    assert found("Medical workers were praised.") == [("health", "Medical")]


def test_only_listed_adjectives_stand_before_a_party_relation_without_article():
    assert found("The two parties strengthened capital cooperation.") == []
    assert found("The CPV and the CPRF have Arctic cooperation.") == []
    assert found("The two parties hold regular consultations.") == [("party", "two parties hold regular consultations")]


def test_a_relative_clause_after_parties_that_are_no_political_party():
    assert found("The parties, which met in Geneva, agreed to strengthen cooperation.") == []


def test_cadre_classes_hold_no_sector_words():
    lex = load_lexicon()
    assert {"cadre", "party_cadre", "party_organ"} <= lex.no_sector_classes



# --- review of round 9: misfires on ordinary news text -------------------------------------------


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


def test_sister_relations_only_between_localities():
    # must not touch: family, a firm's partner
    assert found("They have a brother-sister relationship.") == []
    assert found("Their sister relationship survived the war.") == []
    assert found("The hotel chain has a sister relationship with a resort in Bali.") == []
    # a kind of locality, or a named place after "with"
    assert found("Kaluga and Thanh Hóa established sister city relations.") == [("people", "sister city relations")]
    assert found("Thanh Hóa set up a sister relationship with Kaluga.") == [("people", "sister relationship")]
    assert found("They agreed on sister cities.") == [("people", "sister cities")]


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


def test_political_dialogue_between_named_states_whatever_the_sentence_holds():
    # review of the round-9 fixes: a word of politics at home does not undo "between Russia and Vietnam"
    assert found("The opposition welcomed the political dialogue between Russia and Vietnam.") == [
        ("diplomacy", "political dialogue")]
    # must not touch: between bodies with no name, and among factions
    assert found("They discussed parliamentary relations between the ruling coalition and the opposition.") == []
    assert found("The UN envoy urged an inclusive political dialogue among Libyan factions.") == []


# --- round 10 (tuned on heldout8) ---------------------------------------------------------------


def test_delegations_counted_after_the_verb_in_the_past():
    assert found("Since 2012 the CPV and the LPRP have exchanged over 40 delegations.") == [
        ("party", "exchanged over 40 delegations")]  # a sentence that names parties: party
    assert found("The two ministries have exchanged 12 delegations since 2019.") == [
        ("diplomacy", "exchanged 12 delegations")]
    # must not touch: views exchanged about delegations
    assert found("The two sides exchanged views on delegations of observers.") == []


def test_a_relation_between_party_organs_with_two_modifiers():
    assert found("Khamla praised links between the two district Party Committees.") == [
        ("party", "links between the two district Party Committees")]
    # must not touch: committees of the state
    assert found("Ties between the two provincial people's committees are close.") == []


def test_groups_of_party_people_exchanged():
    assert found("Both sides agreed to exchange teams of young party activists.") == [
        ("party", "exchange teams of young party activists")]
    # must not touch: groups of students, party activists with no exchange
    assert found("Both sides agreed to exchange groups of students.") == [("education", "students")]
    assert found("He praised party activists in the region.") == []


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


def test_a_party_that_only_describes_a_faction_is_no_party_relation():
    assert found("He hoped for closer ties between the LDPR faction and the city council.") == []
    # must not touch: the parties themselves
    assert found("He hoped for closer contacts between the CPRF and the CPV.") == [
        ("party", "contacts between the CPRF and the CPV")]
    assert found("He hoped for closer contacts with the CPRF.") == [("party", "contacts with the CPRF")]


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


def test_a_list_member_opened_by_a_word_of_origin():
    assert found("The club holds art performances, Lao film weeks and concerts.") == [
        ("culture", "art performances, Lao film weeks and concerts")]
    # must not touch: two sentences, a name between two sectors
    assert found("Trade grew. Investment fell.") == [("economy", "Trade"), ("economy", "Investment")]
    assert found("They discussed energy, Japan and trade.") == [("energy", "energy"), ("economy", "trade")]


def test_the_founding_of_diplomatic_relations_is_a_label():
    assert found("Laos and Vietnam established diplomatic relations in 1962.") == []
    assert found("They marked the anniversary of the establishment of diplomatic relations.") == []
    # must not touch: diplomacy as a field
    assert found("They agreed to deepen diplomatic cooperation.") == [("diplomacy", "diplomatic")]


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


# --- round 11 (tuned on heldout9) ---------------------------------------------------------------


def test_a_relation_with_one_party_organ():
    assert found("The CPC Guangxi Regional Committee values its links with the Party Committee of Lạng Sơn.") == [
        ("party", "links with the Party Committee")]
    # must not touch: a committee of the state, an organ with no relation, a committee of no party
    assert found("The firm values its ties with the People's Committee of Lạng Sơn.") == []
    assert found("He thanked the Party Committee for its support.") == []
    assert found("Relations with the committee of the games were tense.") == []


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


def test_party_discipline():
    assert found("The meeting reviewed the tightening of Party discipline.") == [("party", "Party discipline")]
    # must not touch: discipline of other parties and groups
    assert found("The coach praised the discipline of the party of climbers.") == []
    assert found("Discipline at the party was lax.") == []


def test_an_event_every_few_years_on_a_party_term():
    # ("the two schools" point back to actors: no education mention since round 17)
    assert found("The two schools will hold a scientific conference every two years on Party building.") == [
        ("science_technology", "scientific"),
        ("party", "conference every two years on Party building")]
    # must not touch: events on other topics, party politics inside a country
    assert found("They held a seminar on trade every two years.") == [("economy", "trade")]
    assert found("They held a conference every year on party politics in Europe.") == [("diplomacy", "politics")]
    assert found("The forum every two years on energy ended.") == [("energy", "energy")]


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


def test_a_relation_signed_between_party_bodies():
    assert found("He praised the cooperation agreement signed between the two organisations in 2019, which "
                 "deepened ties between the CPRF and the CPV.") == [
        ("party", "cooperation agreement signed between the two organisations"),
        ("party", "ties between the CPRF and the CPV")]
    # must not touch: no party in the sentence, bodies that are no party's, a trade agreement
    assert found("He praised the cooperation agreement signed between the two organisations in 2019.") == []
    assert found("The CPV official praised the cooperation agreement signed between the two ministries.") == []
    assert found("The CPRF praised the trade agreement signed between the two companies.") == [("economy", "trade")]


def test_two_sides_that_are_party_organs_exchange_delegations():
    assert found("The Hải Phòng Party Committee wishes to learn from the branch's experience. She proposed "
                 "that the two sides exchange delegations every year.") == [("party", "exchange delegations")]
    # must not touch: two sides after a state body, other exchangers, no sentence before
    assert found("The Hải Phòng People's Committee wishes to learn from the city's experience. She proposed "
                 "that the two sides exchange delegations every year.") == [("diplomacy", "exchange delegations")]
    assert found("The Party Committee hosted the meeting. Officials proposed that the two ministries exchange "
                 "delegations.") == [("diplomacy", "exchange delegations")]
    assert found("The two sides exchange delegations every year.") == [("diplomacy", "exchange delegations")]


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


# --- round 13 (tuned on heldout10 and heldout12) -----------------------------------------------


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


def test_a_relation_verb_after_to_is_the_partys_verb():
    # round 13: "the CPRF continue to support the community": an infinitive, not the party's support
    assert found("He proposed that the CPRF continue to support the Vietnamese community in Russia.") == [
        ("people", "Vietnamese community in")]
    # must not touch: support of each other, support of a party relation, "supports" (round 8)
    assert found("The two parties agreed to support each other.") == [("party", "two parties agreed to support")]
    assert found("The CPV and the CPRF agreed to support cooperation between the two parties.") == [
        ("party", "cooperation between the two parties")]
    assert found("The CPRF continues to support the new bridge.") == [("transport", "bridge")]


def test_a_bridge_between_countries_is_a_figure():
    # round 13: a bridge between countries, or one that brings peoples closer, is a go-between
    assert found("Culture has always been a bridge that brings the peoples closer.") == [("culture", "Culture")]
    assert found("They will be the bridge between our countries.") == []
    # must not touch: a bridge between two places, a bridge that opens, the people term (round 11)
    assert found("A bridge between the two provinces will open.") == [("transport", "bridge")]
    assert found("The bridge is ready and a new bridge will open.") == [("transport", "bridge"), ("transport", "bridge")]
    assert found("The Russian graduates have been the bridge connecting the two peoples.") == [
        ("people", "bridge connecting the two peoples")]


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


def test_review6_counts_of_goods_and_materials_are_no_sector():
    # review 6 (rules committed in 72db0c0): counts of goods are no arrivals, a sheet of material
    # and the verb of filming are no film, joint manufacture and rapport are no culture or science
    assert found("Container arrivals topped 1.2 million units in May.") == []
    assert found("Arrivals exceeded 2 million tonnes of cargo.") == [("transport", "cargo")]
    assert found("Vietnam imports plastic film from Thailand.") == []
    assert found("The firm uses packaging film made in Russia.") == []
    assert found("The crew will film the ceremony at the border.") == []
    # (round 22b: "medical equipment" is a term whole, the span of the same one mention)
    assert found("Co-production of medical equipment will start in Hà Nội.") == [("health", "medical equipment")]
    assert found("There was no chemistry between the two leaders.") == []
    # still: arrivals of people, films as art
    # (round 23a: "international arrivals" is a term whole, the span of the same one mention)
    assert found("International arrivals reached 12 million.") == [("tourism_sports", "International arrivals")]
    assert found("The film festival in Hà Nội opened.") == [("culture", "film festival")]


def test_review6_a_venues_visitors_are_no_tourism():
    assert found("The exhibition drew 5,000 visitors from Hà Nội schools.") == [("education", "schools")]
    assert found("Vietnam Expo attracted 20,000 visitors, including 3,000 foreign traders.") == []
    assert found("The website drew 2 million visitors in March.") == []
    assert found("Some 10,000 visitors to the trade fair signed up.") == [("economy", "trade")]
    # still: a place's visitors
    assert found("Hà Nội received 5 million visitors in 2024.") == [("tourism_sports", "visitors")]
    assert found("Some 10,000 visitors to the city came from Russia.") == [("tourism_sports", "visitors")]


def test_review6_publishing_as_a_verb():
    assert found("The ministry was publishing new data on trade.") == [("economy", "trade")]
    assert found("Publishing data on trade helps investors.") == [("economy", "trade"), ("economy", "investors")]
    # still: the trade of publishing
    assert found("Publishing companies took part.") == [("culture", "Publishing")]


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


# --- round 14 (tuned on heldout13 and heldout14) -----------------------------------------------


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


def test_round14_drilling_rigs_and_the_peaceful_atom():
    assert found("A drilling rig of the joint venture operates at Block 05.") == [("oil_gas", "drilling rig")]
    assert found("We want to move to the peaceful atom.") == [("nuclear", "peaceful atom")]
    # must not touch: drilling of other kinds, an atom and peace apart
    assert found("The soldiers were drilling on the square.") == []
    assert found("The dentist was drilling a tooth.") == []
    assert found("The atom is small; peaceful talks went on.") == []


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


def test_round14_seminars_on_theory_coal_fired_container_routes():
    assert found("The two parties regularly hold seminars on theory.") == [("party", "seminars on theory")]
    assert found("They will invest in coal-fired, wind and LNG-fuelled power generation.") == [
        ("economy", "invest"), ("energy", "coal-fired, wind"), ("energy", "power generation")]
    assert found("Exporters hope for more direct sea and rail container routes to Vladivostok.") == [
        ("economy", "Exporters"), ("transport", "rail container routes")]  # cls10: bare "rail" joins
    # must not touch: a theory with an article, a fired container, other routes
    assert found("He attended a seminar on the theory of relativity.") == []
    assert found("The container was fired at.") == []
    assert found("The routes of the marathon changed.") == []


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


# --- round 15 (tuned on heldout16) ----------------------------------------------------------------


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


def test_round15_arrivals_to_a_place_then_a_count():
    # round 15: the count may follow the place they arrive in ("arrivals to Việt Nam topped 640,000")
    assert found("He noted that Russian arrivals to Việt Nam topped 640,000 last year.") == [
        ("tourism_sports", "arrivals")]
    assert found("Arrivals in Nha Trang reached 1.2 million.") == [("tourism_sports", "Arrivals")]
    # must not touch: a delay, a count of goods, a small count of newcomers
    assert found("The arrivals to Moscow were delayed by 2 hours.") == []
    assert found("Arrivals to Hà Nội topped 2 million tonnes of rice.") == []
    assert found("New arrivals in Hanoi, 20 in all, were welcomed.") == []


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


# --- party patterns (rule "party-clause") ---------------------------------------------------
#
# A party actor and a relation noun or verb in one clause, in either order, when the clause names two
# parties (framing.sectors.party._party_clause). Each example that it fixes beside one it must not touch.


def rules(text: str) -> list[tuple[str, str, str]]:
    """(sector, surface, rule) of each mention of a made-up text."""
    from framing.sectors import match_text

    return [(s, text[a:b], r) for s, a, b, r in match_text(text)]


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


def test_a_party_s_relation_with_no_party_is_none():
    for text in ("The CPV's relations with the people are its strength.",
                 "United Russia's ties to voters in the Far East are strong."):
        assert found(text) == [], text
    assert found("The party's cooperation with businesses was praised.") == [("economy", "businesses")]
    # must not touch: a party's relation with a party
    assert found("The CPRF's cooperation with the CPV has deepened.") == [
        ("party", "CPRF's cooperation")]


def test_party_clause_actors_that_are_not_the_party():
    # "the Party, State and people" are the country; a relation after a preposition of another noun
    assert found("The Party, State and people always treasure the traditional friendship with Laos.") == []
    assert found("The LDP regards relations with the CPV as an important channel.") == [
        ("party", "relations with the CPV")]
    assert found("The CPV thanked the CPRF for its support.") == []
    # must not touch: an organ of a party stands for it ("the two Parties' commissions")
    assert found("The two Parties' commissions will hold regular consultations.") == [
        ("party", "two Parties' commissions will hold regular consultations")]


def test_party_clause_keeps_other_terms_whole():
    # a term of its own on the way is read by its own rule: one mention each
    assert found("The two Parties praised the exchange of delegations at all levels.") == [
        ("party", "exchange of delegations")]
    assert found("The two parties agreed to hold a theory workshop and to exchange young cadres.") == [
        ("party", "theory workshop"), ("party", "exchange young cadres")]  # cls11: a party's people exchanged
    # must not touch: a clause break between the parties and the relation
    assert found("The CPV met the CPRF, while trade ties with the US grew.") == [("economy", "trade")]


# --- lexicon by fields (round 16) -----------------------------------------------------------------
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


# --- round 16 (tuned on heldout17 and heldout18, with their second annotation) ------------------


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


def test_round16_a_locality_in_the_singular_is_one_place():
    # "localities" count only in the plural (class plural_only): one locality is an actor or the scene
    # (round 17: the socio-economic situation itself is a domestic matter, no economy mention)
    assert found("He briefed the guests on the locality's socio-economic situation.") == []
    assert found("He briefed the guests on the locality's economic ties.") == [("economy", "economic")]
    assert found("The locality has three new airports.") == [("transport", "airports")]
    assert found("They agreed to promote cooperation between localities.") == [("people", "localities")]
    assert found("The localities' leaders met in Hà Nội.") == [("people", "localities")]


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


def test_party_clause_our_party_is_one_party():
    # "Our Party" alone names one party: no relation between parties by the rule party-clause
    assert found("Our Party values its cooperation and friendship above all, he said.") == []
    # must not touch: "our two parties"
    assert found("Our two parties have always maintained close cooperation.") == [
        ("party", "Our two parties have always maintained close cooperation")]


def test_review9_lower_case_parties_need_a_party_named_before():
    # the sides of a deal are no political parties: "Both parties" with no party named before
    assert found("Both parties welcomed the agreement on visa exemption.") == []
    assert found("Both parties, the buyer and the seller, signed the agreement.") == []
    # must not touch: after a party is named, "both parties" are those parties
    assert found("The CPV delegation met CPRF leaders. Both parties agreed to strengthen cooperation.") == [
        ("party", "Both parties agreed to strengthen cooperation")
    ]


# --- round 17 (tuned on heldout19 and heldout20, with heldout20's second annotation) -------------


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one port named by its place is the scene, not transport as a field
        ("They may launch a container service to the port of Hai Phong.", []),
        ("They visited the port of Vostochny.", []),
        # must not touch: ports as a field, a port not named
        ("They will upgrade the ports of Vietnam and Russia.", [("transport", "ports")]),
        ("The port of the city is busy.", [("transport", "port")]),
        ("They discussed ports and airports.", [("transport", "ports and airports")]),
    ],
)
def test_round17_the_port_of_a_named_place(text, expected):
    assert found(text) == expected


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


# --- round 17, party-heavy copy (tuned on heldout21, with its second annotation) -------------------


def test_round17_two_verbs_of_cadre_work_joined_by_and():
    # "training and fostering" both take the cadres: one party mention, no education "training"
    assert found("They will share experience in training and fostering young cadres.") == [
        ("party", "training and fostering young cadres")]
    # must not touch: a second verb with no cadres after it, or "and" before a noun
    assert found("The club is fostering young talent.") == []
    assert found("The centre offers training and fostering of talent.") == [("education", "training")]
    # round 25a: "retrain" is an education verb too, so the two verbs are one education mention
    assert found("They will train and retrain nurses.") == [("education", "train and retrain")]


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


def test_round17_schools_of_an_art_are_culture():
    assert found("They will support art schools and music troupes.") == [("culture", "art schools and music")]
    # must not touch: bare schools stay education
    assert found("They will build new schools.") == [("education", "schools")]


def test_round17_places_of_study_pointed_back_to_are_actors():
    # "the two", "this", "both" point back to schools of the story: no education field
    assert found("He hoped that the two schools would sign a memorandum.") == []
    assert found("We see in this school a partner.") == []
    assert found("Both universities train engineers.") == [("education", "train")]
    # must not touch: a relation between them, and places of study as a field
    assert found("They discussed cooperation between the two universities.") == [("education", "universities")]
    assert found("Russia will help build both schools and hospitals.") == [
        ("education", "schools"), ("health", "hospitals")]
    assert found("Russian universities will admit more students.") == [("education", "universities"), ("education", "students")]


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


# --- round 18 (tuned on heldout22, with its second annotation) ----------------------------------


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


def test_round18_one_place_of_study_pointed_back_to():
    assert found("He said that the university has trained 500 engineers.") == [("education", "trained")]
    assert found("He said his university would grant scholarships.") == [("education", "scholarships")]
    # must not touch: places of study as a field, a passive about schooling
    assert found("Thousands study at our universities.") == [("education", "universities")]
    assert found("The school was closed for a year.") == [("education", "school")]
    assert found("He said the university sector will grow.") == [("education", "university")]


def test_round18_industries_after_another_field_is_its_head():
    assert found("They work in the oil and gas industries of Vietnam.") == [("oil_gas", "oil and gas")]
    # must not touch: industry as a field of its own, or a modifier of another noun
    assert found("Trade and industry grew.") == [("economy", "Trade and industry")]
    assert found("They discussed defence and security industry cooperation.") == [
        ("defence_security", "defence and security"), ("economy", "industry")]


# --- review leftovers (reviews 9 and 10, fixed after the last stop) ------------------------------
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


def test_review_leftovers_a_socio_economic_goal_is_no_briefing():
    text = "Both countries aim to improve the socio-economic situation of ethnic minorities through joint projects."
    assert found(text) == [("economy", "economic")]
    assert found("The socio-economic situation in border areas has improved thanks to joint projects.") == [
        ("economy", "economic")]
    # must not touch: a place's own state reported to a guest
    assert found("The minister briefed the guests on the socio-economic situation of the province.") == []
    assert found("He briefed his host on the province's socio-economic situation.") == []
    assert found("Informing the guests about the local socio-economic situation, he smiled.") == []
    assert found("Informing the delegation of Việt Nam's socio-economic situation, he smiled.") == []


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


def test_review_leftovers_decimal_counts_of_visitors():
    # rev9 C7: "100.5" is no count of thousands (is_count read it as 1005)
    assert found("About 100.5 visitors came.") == []
    # must not touch: a count of thousands, a count in words
    assert found("Some 1,500 visitors came.") == [("tourism_sports", "visitors")]
    assert found("Nearly 3.2 million visitors came.") == [("tourism_sports", "visitors")]


# --- actor vs field (round 19, issue 13) ------------------------------------------------------
# A sector noun that names an actor, a place or one entity of the story, not the field the sentence
# is about (framing.sectors.fields._actor_not_field).


def test_actor_vs_field_one_place_of_study_owned_owner_or_acting():
    # an owner, owned, after its head, or the subject of a verb in "-ed": one institution, no field
    assert found("The school's rector met the guests from Hà Nội.") == []
    assert found("Kazan's university welcomed its first Vietnamese students in 1962.") == [("education", "students")]
    assert found("Rector of the school Ivan Markov met the guests.") == []
    # must not touch: the plural, a place of study that modifies a plural noun, a school closed or of
    # an art, a summer school held
    assert found("Russian universities will offer more scholarships.") == [
        ("education", "universities"), ("education", "scholarships")]
    assert found("The ministry allocated 1,000 university places to Vietnamese citizens.") == [
        ("education", "university")]
    assert found("The school was closed for a year.") == [("education", "school")]
    assert found("The JINR will co-organise a summer school on accelerator physics.") == [
        ("education", "summer school"), ("science_technology", "physics")]


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


def test_actor_vs_field_training_a_partys_own_people():
    # training whose trainees are a party's people, or at a party's school: cadre work, no education
    assert found("The CPV briefed the guests on the selection, training and rotation of its leaders.") == []
    assert found("The CPRF will send regional secretaries to Hà Nội for training at the Ho Chi Minh "
                 "National Academy of Politics.") == [
        ("party", "training at the Ho Chi Minh National Academy of Politics")]  # training at a party school
    # must not touch: other trainees in a party sentence, leaders of firms
    assert found("The CPRF backs the training of Vietnamese engineers at Russian universities.") == [
        ("education", "training"), ("education", "universities")]
    assert found("The two Parties will cooperate in training journalists.") == [("education", "training")]
    assert found("The company trains its leaders abroad.") == [("education", "trains")]


def test_actor_vs_field_one_economy():
    # "a"/"an" or "world"/"global" before "economy": one economy described, or the scene
    assert found("Việt Nam has become a dynamic economy, the CPRF leader said.") == []
    assert found("Despite the slowdown of the world economy, exports grew.") == []
    # must not touch: the economy as a field, a market economy (a term of its own)
    assert found("The two sides discussed cooperation in the economy and trade.") == [("economy", "economy and trade")]
    assert found("He exchanged views on a socialist-oriented market economy.") == [("economy", "market economy")]


def test_actor_vs_field_airlines_acting():
    # airlines as the subject of a clause, or one airline: actors; their flights are the field
    assert found("Russian airlines plan to add weekly flights to Nha Trang.") == [("transport", "flights")]
    assert found("The republic's airline is considering a route to Đà Nẵng.") == []
    # must not touch: airlines as an object or in a list
    assert found("Cooperation between airlines is expanding.") == [("transport", "airlines")]
    assert found("The talks covered tourism, airlines and visas.") == [
        ("tourism_sports", "tourism"), ("transport", "airlines")]


# --- recall on new copy (rec6) -----------------------------------------------------------------
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


def test_recall_on_new_copy_training_at_a_party_school():
    assert rules("The CPRF will send regional secretaries for training at the Ho Chi Minh National Academy of "
                 "Politics.") == [("party", "training at the Ho Chi Minh National Academy of Politics",
                                   "term:training at the {party_school}")]
    # must not touch: the school named alone, training at another school
    assert found("He gave a lecture at the Ho Chi Minh National Academy of Politics.") == [
        ("party", "Ho Chi Minh National Academy of Politics")]
    assert found("Students received training at the Higher School of Economics.") == [
        ("education", "Students"), ("education", "training")]


def test_recall_on_new_copy_grooming_the_people_a_party_trains():
    assert found("The CPV shared its experience in grooming young leaders.") == [
        ("party", "grooming young leaders")]
    # must not touch: grooming with no party, nurturing ties
    assert found("The club grooms young footballers.") == []
    assert found("They nurture close ties.") == []


def test_recall_on_new_copy_a_party_course():
    assert rules("United Russia will send young members to a summer school in Hà Nội.") == [
        ("party", "summer school", "party-course:{party_course}")]
    assert found("The CPRF hopes to send party secretaries to Hà Nội for a short course.") == [
        ("party", "short course")]
    # must not touch: a course with no party, "in the course of", a bare "the course" (marked unevenly),
    # the means of training named before it
    # (round 24a: the courses are schooling by the language, as "language courses", and no party's)
    assert found("The university offers short courses in Russian.") == [
        ("education", "university"), ("education", "courses in Russian")]
    assert found("In the course of the talks, the CPV and the CPRF agreed to meet.") == []
    assert found("The course was part of the cooperation plan between the CPV and United Russia.") == [
        ("party", "cooperation plan between the CPV and United Russia")]
    assert found("They will expand the training of party officials through short courses.") == [
        ("party", "training of party officials")]


# --- review 12 (rev12): the round's rules, each with what it must leave alone --------------------


def test_review12_parties_raised_to_a_level_are_political():
    assert found("They agreed to bring the relations between the two parties to a new height.") == [
        ("party", "relations between the two parties")]
    assert found("The CPRF and the CPV will raise the cooperation between the parties to a new level.") == [
        ("party", "cooperation between the parties")]
    # must not touch: sides of a deal or a conflict
    assert found("Relations between the two parties to the conflict remain tense.") == []
    assert found("Ties between the two parties to the loan agreement remain good.") == []


def test_review12_a_noun_after_a_is_no_economy_described():
    assert found("The two sides held a meeting on the economy and trade.") == [("economy", "economy and trade")]
    # must not touch: one economy described
    assert found("Russia is an important economy for ASEAN.") == []


def test_review12_a_course_the_party_does_not_run():
    text = "At talks with the CPRF, the minister said the ministry runs training courses for football coaches."
    assert ("party", "training courses") not in found(text)
    assert found("The CPV's political course has been consistent for decades, the CPRF leader said.") == []
    # must not touch: a party's course
    assert found("The CPRF organised short courses for its regional secretaries.") == [("party", "short courses")]
    assert found("The CPRF proposed a summer school in Moscow for young CPV members.") == [("party", "summer school")]


def test_review12_an_airline_before_a_noun_is_the_field():
    assert found("The two sides agreed to boost cooperation in the airline sector.") == [("transport", "airline")]
    # must not touch: one airline acting
    assert found("The republic's airline will open a route to Da Nang.") == []


# --- round 19 (issue 13: tuned on heldout25 and heldout26, errors both annotators agree on) --------


def test_round19_studying_in_a_named_place():
    assert found("Some 5,000 Vietnamese are studying in Russia.") == [("education", "studying in")]
    # learners before the study they are at make one mention with it
    assert found("Some 120 Vietnamese students are currently studying at the Far Eastern Federal University.") == [
        ("education", "students are currently studying at")]
    # must not touch: examining, a person's record, a list sharing no head noun
    assert found("The ministry is studying in detail the proposal of the Russian side.") == []
    assert found("Veterans who had studied in the Soviet Union attended.") == []
    assert found("More than 2,000 Vietnamese living, studying and working in Moscow gathered at the centre.") == []


def test_round19_a_field_before_an_office_names_the_office():
    assert found("Military analyst Roman Ushkalov told TASS that the talks went well.") == []
    assert found("Bui Khac Toan, the education counsellor at the embassy, told Sputnik the figures.") == []
    # must not touch: the field itself, analysts who speak of a field
    assert found("The two sides discussed military cooperation and education.") == [
        ("defence_security", "military"), ("education", "education")]
    assert found("Analysts expect trade to grow.") == [("economy", "trade")]


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
        ("Russia remains a top destination for Vietnamese learners.", [("education", "learners")]),
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


def test_round19_retraining_is_a_verb_of_cadre_training():
    assert found("The CPV will help the CPRF in the training and retraining of young politicians.") == [
        ("party", "training and retraining of young politicians")]
    # must not touch: retraining with no party
    assert found("The firm offers retraining for workers who lost their jobs.") == [("labour", "workers")]


def test_round19_preparatory_courses():
    assert found("Russian universities will repeat the preparatory courses in spring.") == [
        ("education", "universities"), ("education", "preparatory courses")]
    # must not touch: preparatory talks
    assert found("Preparatory talks for the summit began.") == []


def test_round19_one_persons_expertise_is_no_field():
    assert found("Dmitry Zvonarev, an expert in Asian markets at the Higher School of Economics, told TASS the "
                 "figures were modest.") == []
    # must not touch: experts exchanged in a field, a partner in a field
    assert found("The two sides agreed on an exchange of experts in health care.") == [("health", "health care")]
    assert found("Russia is a partner in energy.") == [("energy", "energy")]


def test_round19_a_field_inside_a_body_a_person_heads():
    assert found("Zinaida Pribylova, head of the Russia-Vietnam business council at the Chamber, told TASS that "
                 "trade grew.") == [("economy", "trade")]
    assert found("Ivan Petrov, chairman of the tourism association of Primorye, spoke.") == []
    # must not touch: lower-case words between the title and the field, a council set up as a field
    assert found("The head of the delegation discussed business council plans.") == [("economy", "business")]
    assert found("The two countries set up a business council.") == [("economy", "business")]


def test_round19_a_places_development_reported_to_a_guest():
    assert found("Welcoming the guests, Triết briefed them on the socio-economic development of Nghệ An.") == []
    # must not touch: development planned, or helped by the other side
    assert found("He spoke of the country's plans for socio-economic development in the 2026-2030 period.") == [
        ("economy", "economic")]
    assert found("Russia will contribute to the socio-economic development of Laos.") == [("economy", "economic")]


def test_round19_delegations_of_officials_in_a_party_sentence():
    assert found("The plan covers exchanges of delegations of officials working in ideology and propaganda, and "
                 "books on the history of the two parties.") == [("party", "exchanges of delegations")]
    # must not touch: delegations of officials with no party named
    assert found("The two countries will exchange delegations of officials and businesses.") == [
        ("diplomacy", "exchange delegations"), ("economy", "businesses")]


# --- round 20 (tuned on heldout28: leaders' contacts and big events; general rules and lexicon words) --


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


def test_round20_refresher_courses_for_cadres_are_party_work():
    # round 20: "refresher courses for" reaches the cadres, as "training courses for" (class
    # cadre_training)
    assert found("He proposed that the two parties expand refresher courses for Vietnamese cadres.") == [
        ("party", "refresher courses for Vietnamese cadres")]
    # must not touch: refresher courses for teachers
    assert found("Teachers attended refresher courses in Hà Nội.") == [
        ("education", "Teachers"), ("education", "refresher courses")]


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


def test_round20_a_places_own_development_briefed_is_domestic():
    # round 20: "socio-economic development" owned or briefed (class briefing_exclusion, as
    # "socio-economic situation") is a place's own affairs
    assert found("Lũy briefed the guests on the city's socio-economic development.") == []
    # must not touch: development as a goal of cooperation, or plans briefed for it
    assert found("The two sides agreed to cooperate in socio-economic development.") == [("economy", "economic")]
    assert found("He briefed the host on the country's plans for socio-economic development.") == [
        ("economy", "economic")]


def test_round20_bodies_called_on_to_act_are_actors():
    # round 20: "called on the friendship societies, veterans' associations ... to help": the bodies
    # addressed are actors, no field
    assert found("He called on the friendship societies and veterans' associations to help promote trade.") == [
        ("economy", "trade")]
    assert found("He urged youth organisations of the two countries to boost ties.") == []
    # must not touch: no call, the bodies after "to", a call with no "to"
    assert found("He called for more exchanges between friendship societies.") == [("people", "friendship societies")]
    assert found("He called on the two sides to support friendship societies.") == [("people", "friendship societies")]
    assert found("He called on the youth organisations.") == [("people", "youth organisations")]
    # "asked about": a question, no call, though a "to" follows
    assert found("He asked about the friendship societies' plans to hold a festival.") == [
        ("people", "friendship societies"), ("culture", "festival")]


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


def test_round20_a_party_appraised_as_a_partner_is_a_label():
    # round 20: "United Russia regards the CPV as a reliable partner and an important channel": what
    # one party takes the other for (a label), no relation held
    assert found("Pchelintsev said United Russia regards the CPV as a reliable partner and an important channel.") == []
    # must not touch: the relation as the object appraised, a relation held
    assert found("The CPV and the CPRF regard their cooperation as a priority.") == [
        ("party", "CPV and the CPRF regard their cooperation")]
    assert found("The CPRF considers ties with the CPV as a priority.") == [("party", "ties with the CPV")]


def test_round20_the_number_of_visitors_is_a_flow_counted():
    # round 20: "the number of Russian visitors to Việt Nam has recovered": a count of the flow, as
    # "12 million visitors" (class counted)
    assert found("He noted that the number of Russian visitors to Việt Nam has recovered strongly.") == [
        ("tourism_sports", "visitors")]
    # must not touch: "a number of" (some people), visitors of a delegation
    assert found("A number of visitors laid wreaths at the monument.") == []
    assert found("The visitors laid a wreath.") == []


def test_round20_capital_drawn_in_is_money():
    # round 20: "attracting Russian capital": capital as money drawn in (economy)
    assert found("Vietnam is interested in attracting Russian capital.") == [
        ("economy", "attracting Russian capital")]
    # must not touch: the capital city
    assert found("The festival attracted visitors to the capital.") == []
    assert found("The city attracts the capital's residents.") == []


def test_round20_the_countrys_own_localities_ranked_are_no_ties():
    # round 20: "among the country's leading localities": one country's own places ranked
    assert found("Hải Phòng is among the country's leading localities in tourism.") == [
        ("tourism_sports", "tourism")]
    # must not touch: ties between the country's localities and others, the two localities
    assert found("He called for cooperation between the country's localities and Russian regions.") == [
        ("people", "localities")]
    assert found("He suggested that the two localities work towards a memorandum.") == [("people", "localities")]


# --- review 13 leftovers (rev12 items 6-8, rev13 S2-S9): each rule with what it must leave alone --


def test_review13_people_trained_in_a_field_keep_the_field():
    # a verb of training before "a specialist in ..." or "... analysts": the people trained make the
    # field one of cooperation (the expertise and office rules describe one person)
    assert found("The two countries will train a specialist in nuclear energy each year.") == [
        ("education", "train"), ("nuclear", "nuclear energy")]
    assert found("The two sides agreed to train energy analysts.") == [("education", "train"), ("energy", "energy")]
    assert found("They discussed the training of energy analysts.") == [("education", "training"), ("energy", "energy")]
    # must not touch: one person's expertise or office, with no training
    assert found("Energy analyst Ivan Petrov said the talks went well.") == []
    assert found("Energy analysts expect prices to fall.") == []
    assert found("Dmitry Zvonarev, an expert in Asian markets, said the talks went well.") == []


def test_review13_international_organisations_only_as_forums():
    assert found("Representatives of ministries, agencies and international organisations attended the ceremony.") == []
    # must not touch: coordination in them, after a name and "other"
    assert found("Moscow values coordination in the United Nations and other international organisations.") == [
        ("diplomacy", "international organisations")]
    assert found("The two sides will step up coordination at international organisations.") == [
        ("diplomacy", "international organisations")]
    assert found("They will boost cooperation within the framework of international organisations.") == [
        ("diplomacy", "international organisations")]
    assert found("Việt Nam will strengthen cooperation with international organisations.") == [
        ("diplomacy", "international organisations")]


def test_review13_a_month_after_studying_in_is_a_time():
    assert found("The ministry is studying in March a plan to cut tariffs.") == []
    # must not touch: a place of study
    assert found("Some 5,000 Vietnamese are studying in Russia.") == [("education", "studying in")]


def test_review13_visitors_at_a_ceremony_are_its_guests():
    assert found("The number of foreign visitors at the ceremony was small.") == []
    # must not touch: the flow of visitors to a country
    assert found("He noted that the number of Russian visitors to Việt Nam has recovered strongly.") == [
        ("tourism_sports", "visitors")]


def test_review13_a_field_before_chief_or_commander_is_a_title():
    assert found("The navy chief met Vietnamese officers.") == []
    assert found("The defence chiefs of the two countries met in Hà Nội.") == []
    # must not touch: the navy as a field of equipment, "chief" as an adjective
    assert found("Ninety percent of its navy and air force equipment is Russian.") == [("defence_security", "navy")]
    assert found("Energy is the chief priority.") == [("energy", "Energy")]


def test_review13_learners_and_their_study_after_a_comma_are_one_mention():
    assert found("Students, now studying in Moscow and Kazan, met the ambassador.") == [
        ("education", "Students, now studying in")]
    # must not touch: learners and another sentence's study
    assert found("Students met the ambassador. Studying in Russia is popular.") == [
        ("education", "Students"), ("education", "Studying in")]


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


def test_review13_a_party_school_training_party_workers_is_party_work():
    # rev12 item 6: "party workers" are a party's people by the word itself (class cadre), and a
    # figure with a comma stands inside the object of the verb of training
    text = "The United Russia delegation toured the Higher Party School. The school trains 3,000 party workers a year."
    assert found(text) == [("party", "trains 3,000 party workers")]
    assert found("The school trains some 3,000 regional and municipal party workers each year.") == [
        ("party", "trains some 3,000 regional and municipal party workers")]
    # must not touch: workers of no party
    assert found("The firm trains 3,000 workers a year.") == [("education", "trains"), ("labour", "workers")]


def test_review13_a_situation_of_places_is_their_own_affairs():
    # rev12 item 7: a state of named places is domestic whatever verb reports it
    assert found("The two leaders reviewed the socio-economic situation of the two countries.") == []
    assert found("They discussed the socio-economic situation of Laos.") == []
    # must not touch: a situation of people improved, development of a place helped
    assert found("Both countries aim to improve the socio-economic situation of ethnic minorities.") == [
        ("economy", "economic")]
    assert found("Russia will contribute to the socio-economic development of Laos.") == [("economy", "economic")]


def test_review13_a_partys_parliamentary_group_is_its_faction():
    # rev12 item 8: groups "of" a party in one parliament are factions at home (class faction_term)
    assert found("The parliamentary groups of United Russia and the CPRF in the State Duma backed the bill.") == []
    # must not touch: contacts between two parliaments' groups
    assert found("He suggested that the two sides step up contacts between their parliamentary groups.") == [
        ("diplomacy", "parliamentary groups")]


def test_review13_a_political_school_of_another_body():
    # rev12 item 8: "the political school of the army" is the army's school, no party school
    assert found("He studied at the political school of the army in Moscow.") == []
    # must not touch: a party's or a province's political school
    assert found("He studied at the political school of the ruling party.") == [
        ("party", "studied at the political school")]
    assert found("He studied at the political school of the province.") == [
        ("party", "studied at the political school")]
# --- precision classes 7 (issue 13: false positives on tuned parts, grouped; general rules) -------


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


def test_prec7_a_list_of_three_places_of_study_is_one_mention():
    # "A, X and B": one plural noun the lexicon does not list between a comma and "and" is the
    # middle member of one list (gold: "universities, colleges and vocational schools", one row)
    assert found("Some 9,000 Cambodian students attend Vietnamese universities, academies and technical colleges.") == [
        ("education", "students"), ("education", "universities, academies and technical colleges")]
    # must not touch: a verb between, a member of another field between two of one field
    assert found("They discussed trade, agreed and signed investment deals.") == [
        ("economy", "trade"), ("economy", "investment")]
    assert found("The two ministers discussed energy, visa rules and tourism.") == [
        ("energy", "energy"), ("tourism_sports", "tourism")]


def test_prec7_the_level_of_a_programme_just_named_is_no_second_mention():
    # a word of the same field before "level(s)" after "at" gives the grade of what was just named
    assert found("They will widen joint training programmes at bachelor's and doctoral levels.") == [
        ("education", "training programmes")]
    # must not touch: the level of no field named before, a field at a level
    assert found("Ten Lao engineers will enrol at the doctoral level.") == [("education", "doctoral")]
    assert found("They will cooperate in tourism at the doctoral level.") == [
        ("tourism_sports", "tourism"), ("education", "doctoral")]


def test_prec7_a_field_likened_to_a_thing_is_a_figure():
    # a copula, an article and one noun whose subject is a field: what that field is like
    assert found('"Music is the fastest road into a foreign heart," the conductor said.') == [
        ("culture", "Music")]
    assert found("Tourism, he said, is a school of mutual understanding.") == [("tourism_sports", "Tourism")]
    # must not touch: a subject of no field, the noun before the copula, a noun after a verb
    assert found("The flagship project is a road to the border gate.") == [("transport", "road")]
    assert found("The new road is a gift from the province.") == [("transport", "road")]
    assert found("Tourism needs a road to the beach.") == [("tourism_sports", "Tourism"), ("transport", "road")]


def test_prec7_a_holiday_named_as_a_festival_is_a_date():
    # a holiday named as a festival is a date, no cultural event held (exclusions)
    assert found("The ambassador spoke to reporters before the Mid-Autumn Festival.") == []
    assert found("Greetings were sent ahead of the Lunar New Year festival.") == []
    # must not touch: a festival held as an event
    assert found("The embassy will hold a festival of Lao music in Hà Nội.") == [
        ("culture", "festival"), ("culture", "music")]


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


def test_prec7_the_remit_of_a_title_after_for_is_no_field():
    # lower-case words after a capitalised title and "for", before the body or the holder's name,
    # give the remit of the office
    assert found("Director for international business of Rosneft Pavel Orlov said the talks went well.") == []
    assert found("Vice Rector for research and innovation, Anna Sokolova, opened the session.") == []
    # must not touch: "for" after a verb of thanks (a reason), a title without a holder after it
    assert found("He thanked the Minister for energy cooperation with Laos.") == [("energy", "energy")]
    assert found("He thanked the Minister for health support, Vietnamese media said.") == [("health", "health")]


def test_prec7_fraud_in_trade_is_a_crime():
    # "trade fraud" is a crime fought at the border, no trade as a field (exclusion)
    assert found("Customs officers of the two provinces will work together against commercial fraud.") == []
    # must not touch: trade beside another word
    assert found("Trade grew while fraud fell.") == [("economy", "Trade")]


def test_prec7_a_partys_bodies_named_by_their_remit_are_actors():
    # a match between a party's possessive and a noun of its bodies (organ_word, party_institution)
    # names the party's organs: actors, no field
    assert found("He invited scholars of the two parties' research centres to the seminar.") == []
    assert found("Officials of the CPV's external relations bodies attended the meeting.") == []
    # must not touch: the same bodies of countries, a party's youth wing (people)
    assert found("Research centres of the two countries will cooperate.") == [("science_technology", "Research")]
    assert found("The CPRF's youth wing will send a delegation.") == [("people", "youth")]


# --- round 21 (tuned on heldout32: culture, education, people and localities copy) --------------


def test_round21_an_adverb_after_the_copula_keeps_the_figure():
    # round 21: "X is perhaps the shortest road to ...": a stance adverb between the copula and the
    # noun keeps the predicate a figure of the field named before it (_predicate_figure)
    assert found("Cinema is perhaps the shortest road to the heart of another nation.") == [("culture", "Cinema")]
    # must not touch: a subject of no sector, or of the same sector
    assert found("The project is perhaps the shortest road to the border.") == [("transport", "road")]
    assert found("The new expressway is also the main road to the port.") == [
        ("transport", "expressway"), ("transport", "road"), ("transport", "port")]


def test_round21_industry_after_a_field_before_a_preposition_is_its_head():
    # round 21: "the film industry as well": "industry" heads the field just named when a
    # preposition or "as" follows, as before a phrase end (round 18)
    assert found("We want young viewers to discover our new film industry as well.") == [("culture", "film")]
    # must not touch: industry alone, a lexicon phrase with industry
    assert found("Industry as a field of cooperation grew.") == [("economy", "Industry")]
    assert found("The defence industry as a whole grew.") == [("defence_security", "defence industry")]


def test_round21_road_shows_are_promotion_not_roads():
    # round 21: "road shows" are promotional tours (exclusion), not roads
    assert found("The office will hold road shows in Yekaterinburg and Novosibirsk.") == []
    # must not touch: roads and road safety
    assert found("The two sides will build roads and railways.") == [("transport", "roads and railways")]
    assert found("Road safety and road shows were discussed.") == [("transport", "Road safety")]


def test_round21_a_place_of_study_thanked_is_an_actor():
    # round 21: "thanked the university": an actor (_thanked_institution), no schooling as a field
    assert found("Bounmy thanked the university and the authorities for their support.") == []
    # must not touch: ties between universities, universities as givers, several thanked for a field,
    # the alma mater (the set marks it)
    assert found("Vietnamese graduates of Russian universities form the backbone.") == [("education", "universities")]
    assert found("The two sides will expand cooperation between universities.") == [("education", "universities")]
    assert found("Russian universities will offer more scholarships.") == [
        ("education", "universities"), ("education", "scholarships")]
    assert found("He thanked the universities of both countries for cooperation in education.") == [
        ("education", "universities"), ("education", "education")]


def test_round21_students_called_on_or_represented_are_actors():
    # round 21: students urged to act (_ADDRESSED_BODIES) or represented ("on behalf of the
    # students") are the people of the story, no field; a person's own health is no health care
    assert found("Vượng urged the students to study hard and take care of their health.") == []
    assert found("On behalf of the students, Vy said she dreamed of working in diplomacy.") == [
        ("diplomacy", "diplomacy")]
    # must not touch: exchanges of students after the call, students as the subject
    assert found("He urged the two sides to expand exchanges of students.") == [("education", "students")]
    assert found("Students from Laos will study in Hanoi.") == [("education", "Students")]


def test_review14_their_own_health_is_no_health_care():
    # review 14: "own" between the possessive and "health" is still a person's own health
    assert found("Workers should take care of their own health during the heat wave.") == [("labour", "Workers")]
    # must not touch: health as the field
    assert found("The programme aims to improve the health of people in remote areas.") == [("health", "health")]


def test_round21_the_topic_of_a_drama_is_what_it_shows():
    # round 21: "drama" joins the works whose topic after "about" is what they show (work_about)
    assert found("The week opened with a new war drama about Soviet military specialists.") == []
    # must not touch: a drama school, military cooperation
    assert found("They discussed a drama school and military cooperation.") == [
        ("culture", "drama school"), ("defence_security", "military")]


def test_round21_words_inside_a_short_quoted_name_are_no_field():
    # round 21: two to six capitalised words between double quotes name a programme or an event
    # (_quoted_name): sector words inside names are not annotated
    assert found('They will hold a "Youth Friendship Bridge" tourism programme.') == [("tourism_sports", "tourism")]
    # must not touch: a quoted sentence, quoted lower-case words
    assert found('"Education is the key to our friendship," he said.') == [("education", "Education")]
    assert found('She said "education and trade" mattered most.') == [
        ("education", "education"), ("economy", "trade")]


# --- review 14 ----------------------------------------------------------------------------------


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


# --- round 22b (tuned on heldout29: pandemic-era copy on health, education, economy, party) ------


def test_round22b_a_field_noun_written_as_a_verb_is_no_field():
    # round 22b: "the fund finances the production": a verb with its object (_noun_as_verb)
    assert found("The RDIF, Russia's sovereign wealth fund, finances the production of Sputnik V abroad.") == []
    # must not touch: the noun, plural or not
    assert found("Public finances and finance were discussed.") == [("economy", "finances and finance")]
    assert found("The finances of the two banks grew.") == [("economy", "finances")]


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


def test_round22b_a_corporate_university_is_a_firms_training_place():
    # round 22b: exclusion "corporate university": the firm's own training centre, a place
    assert found("The company was ready to train Vietnamese specialists at its corporate university.") == [
        ("education", "train")]
    # must not touch: universities, training centres
    assert found("Russian universities will open a corporate training centre.") == [
        ("education", "universities"), ("education", "training")]


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


def test_round22b_a_course_between_two_party_schools_is_their_cooperation():
    # round 22b: "the first online course between the two schools" after a party school was named
    # (_between_party_schools): the schools' cooperation, party
    assert found("The Higher Party School of United Russia opened a course. The first online course between the "
                 "two schools took place in November 2020.") == [("party", "online course between the two schools")]
    # must not touch: a text of no party school
    assert found("Two universities opened a course. The first online course between the two schools took place "
                 "in 2020.") == [("education", "universities"), ("education", "online course"), ("education", "schools")]


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
# --- round 22a (tuned on heldout24: party, energy, education, economy, tourism, transport copy) ----


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


def test_round22a_a_place_of_study_as_actor():
    # round 22a: a place of study after its head "of the" and one word, before a verb of intent
    # ("wants to") or "is (also) ready": an actor, no schooling as a field
    assert found("Rector of the Vietnamese university Trịnh Văn Khôi spoke.") == []
    assert found("He noted that the school wants to renew this tradition.") == []
    assert found("She said the Russian university is also ready to cooperate.") == []
    # must not touch: a country that wants students sent, a school built, universities that give places
    assert found("Vietnam wants to send more students to Russian universities.") == [
        ("education", "students"), ("education", "universities")]
    assert found("The province plans to build a new school.") == [("education", "school")]
    assert found("The university offers places to students from Laos.") == [
        ("education", "university"), ("education", "students")]


def test_round22a_visitors_drawn_to_a_place_are_tourists():
    # round 22a: "attract (more Russian) visitors": tourism without a count (bare "visitors" needs one)
    assert found("Nghệ An wants to attract more Russian visitors to Cửa Lò beach.") == [
        ("tourism_sports", "attract more Russian visitors")]
    # must not touch: the visitors of a talk
    assert found("The visitors were received by the governor.") == []


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
# --- review 14 leftovers -------------------------------------------------------------------------


def test_review14_leftovers_party_workers_are_cadres_not_labour():
    # "party workers" (with or without "'s") are a party's officials, class cadre; the guidelines
    # count "workers" as labour (migration), which a party's officials are not
    assert found("Party workers from Hà Nội attended a course in Moscow.") == []
    assert found("Many party workers from Hà Nội attended a course.") == []
    # must not touch: training them is party work; other workers stay labour
    assert found("The school trains 3,000 party workers a year.") == [("party", "trains 3,000 party workers")]
    assert found("Many Vietnamese workers live in Moscow.") == [("labour", "workers")]


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


def test_review14_leftovers_a_meetings_of_names_the_forum():
    # "the conference of international organisations": a meeting's "of" names the forum, as "within
    # the framework of" does
    assert found("Delegates of the CPV took part in the conference of international organisations.") == [
        ("diplomacy", "international organisations")
    ]
    # must not touch: people's "of" names who came
    assert found("Representatives of international organisations attended.") == []
    assert found("Heads of international organisations met.") == []


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


def test_review14_leftovers_a_currency_after_an_amount_starts_no_name():
    # "1.5 billion USD of FDI": an amount's unit and a field word joined by "of" are no name
    assert found("Nghệ An attracted more than 1.5 billion USD of FDI last year.") == [("economy", "FDI")]
    # must not touch: a name with "of" and no amount before it
    assert found("The Bank of FDI opened.") == []


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


def test_review14_leftovers_a_quoted_epithet_is_a_figure():
    # heldout32 e429: becoming "a small bridge" between two countries: scare quotes around an
    # article and the word mark a figure, no structure
    assert found('She dreamed of becoming "a small bridge" between Việt Nam and Russia.') == []
    # must not touch: an unquoted bridge, a quoted sentence that ends with the word
    assert found("They will build a small bridge between the two villages.") == [("transport", "bridge")]
    assert found('"We opened the bridge", he said.') == [("transport", "bridge")]


def test_review14_leftovers_a_role_someone_served_as_is_no_field():
    # heldout32 e427: "veterans who served as military advisers": people described by a past role
    assert found("Russian veterans who served as military advisers in Việt Nam laid wreaths.") == []
    # must not touch: the same words with no "who served as", a thing that serves as something
    assert found("Russian archives hold files on military advisers.") == [("defence_security", "military")]
    assert found("The university serves as a training centre.")[-1][0] == "education"




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


def test_review15_cadres_sent_to_courses_need_a_party():
    # review 15: "{cadre} to/for courses" with no party in the sentence is schooling (_CADRES_SENT)
    assert found("The ministry sent its officials to courses on customs procedures.") == []
    assert found("The railway sent forty functionaries to courses in Moscow.") == [("transport", "railway")]
    # must not touch: a party named in the sentence
    assert found("The CPV sent more than forty regional functionaries to courses in Moscow.") == [
        ("party", "functionaries to courses")]


def test_review15_a_discipline_before_theory_is_no_party_theory():
    # review 15: "music theory", "game theory": a discipline's conference (_discipline_before)
    assert found("A music theory conference was held at the conservatory.") == [("culture", "music")]
    assert found("The game theory conference gathered mathematicians in Hanoi.") == []
    # must not touch: a theory conference with no discipline before it
    assert found("The two parties will hold a joint theory conference in Moscow.") == [("party", "theory conference")]


def test_review15_efforts_for_a_partner_named_after_are_cooperation():
    # review 15: a partner after the matter ("to Vietnam") makes one side's efforts cooperation
    assert found("Russia's efforts to supply vaccines to Vietnam were praised.") == [("health", "vaccines")]
    # must not touch: one country's own efforts, another matter after "and"
    assert found("He informed his counterpart of Việt Nam's efforts to contain the disease.") == []
    assert found("Vietnam's efforts to contain the disease and boost trade with Russia were praised.") == [
        ("economy", "trade")]


def test_review15_visitors_drawn_by_a_site_or_on_business_are_no_tourists():
    # review 15: a venue's public and visitors on business are no tourist flow
    assert found("The website attracts thousands of visitors a day.") == []
    assert found("The fair will attract more business visitors to Hanoi.") == [("economy", "business")]
    # must not touch: visitors drawn to a place
    assert found("The province hopes to attract more Russian visitors to Cua Lo beach.") == [
        ("tourism_sports", "attract more Russian visitors")]


def test_review15_such_exchanges_need_a_party_that_acts_before():
    # review 15: a party named only as a source or in a title is no exchange told of
    # (_party_exchanges_back, _parties_open)
    assert found("Vietnam exported rice to Russia, the CPV newspaper said. Such exchanges will grow.") == []
    assert found("General Secretary of the CPV To Lam met Putin. Such exchanges are welcome.") == []
    # must not touch: parties as the subject, a party mention in the sentence before
    assert found("The CPV and the CPRF held talks. These exchanges matter.") == [("party", "These exchanges")]
    assert found("The CPV delegation visited Moscow. These exchanges strengthen trust.") == [
        ("party", "These exchanges")]




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


def test_agreed_errors8_a_quoted_figure_after_as_is_no_field():
    # heldout24 e329, heldout26 e354, heldout32 e429: a quoted "a school of ..." / "a small bridge"
    assert found('He described the CPV as "a school of political experience for us".') == []
    assert found('Hanoi values the joint ventures as "a school for our engineers".') == []
    assert found('She dreamed of becoming "a small bridge" between Việt Nam and Russia.') == []
    # must not touch: an unquoted school, a quoted sentence, a quote with no "as" or copula before it
    assert found("The company will build a school in the province.") == [("education", "school")]
    assert found('"We opened a school", he said.') == [("education", "school")]
    assert found('He said the fund would build "a bridge over the river".') == [("transport", "bridge")]


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
    assert found("The two sides drilled together in the field of search and rescue.") == []


# --- probe 9: 365 sentences of VNA/TASS-style copy written and annotated before any run -------------


def test_probe9_an_offices_remit_goes_on_after_and_of():
    # "and of" carries an office's remit on: "ministers of industry and trade and of education"
    assert found("Signing were the ministers of industry and trade and of education.") == []
    assert found("The ministries of health and of labour sent staff.") == []
    # must not touch: the nearest "of" is a verb's, not the office's
    assert found("The Minister of Health spoke of trade and of education.") == [
        ("economy", "trade"), ("education", "education")]


def test_probe9_trains_by_what_they_carry_are_transport():
    # "trains" after "cargo"/"goods" is the vehicle, not the verb of education
    assert found("Cargo trains from Việt Nam reach Moscow in 20 days.") == [("transport", "Cargo trains")]
    assert found("Goods trains run daily.") == [("transport", "Goods trains")]
    # must not touch: the verb with "cargo" after it
    assert found("The company trains cargo handlers.") == [("education", "trains"), ("transport", "cargo")]


def test_probe9_a_countrys_experience_is_no_language_learned():
    # "learning Russian experience": the language word is the country's, lessons drawn from it
    assert found("Officials are learning Russian experience in party building.") == [
        ("party", "party building")]
    # must not touch: the language learned
    assert found("Pupils are learning Russian at school.") == [
        ("education", "Pupils"), ("education", "learning Russian")]  # cls10: "at school" a place


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


def test_probe9_one_museum_is_a_place_museums_are_the_field():
    # a single museum is a recipient, a place visited or an actor
    assert found("They presented a map to the museum.") == []
    assert found("The delegation visited the museum.") == []
    # must not touch: museums as a field of cooperation
    assert found("The two sides agreed to cooperate on museums and libraries.") == [("culture", "museums")]


def test_probe9_a_persons_background_and_a_mishap_name_no_field():
    assert found("The minister, an engineer by training, arrived.") == []
    assert found("He recalled his student years in Leningrad.") == []
    assert found("The envoy, a former trade official, arrived.") == []
    assert found("Two guests were hurt in a road accident.") == []
    # must not touch: training and trade as fields, accidents as a field of road safety
    assert found("The two sides discussed training by Russian experts and trade.") == [
        ("education", "training"), ("economy", "trade")]
    assert found("The two sides will cooperate to reduce road accidents.") == [("transport", "road")]


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


# --- agreed errors 9: errors on mentions both annotators agree on (tuned parts annotated twice) -----


def test_agreed_errors9_a_relation_with_its_parties_keeps_the_field_after_it_apart():
    # heldout18 e258: "ties between the two parties in theoretical work": the ties and the work
    assert found("The CPRF leader called for closer ties between the two parties in theoretical work.") == [
        ("party", "ties between the two parties"), ("party", "theoretical work")]
    assert found("The CPV wants stronger cooperation with the LPRP in party building.") == [
        ("party", "cooperation with the LPRP"), ("party", "party building")]
    # must not touch: a relation whose parties come first keeps its matter ("exchanges of experience in")
    assert found("The two parties should intensify exchanges of experience in Party building.") == [
        ("party", "two parties should intensify exchanges of experience in Party building")]


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


def test_fix10_drilling_is_oil_and_gas_only_of_an_oil_place():
    # fix 10 (review 16 leftover): the drilling must be of, in or at an oil place, its wells, its
    # subject, or a noun of the trade in a sentence of oil; not merely in a sentence that names oil
    assert found("The officers drilled troops near the gas pipeline.") == [
        ("defence_security", "troops"), ("oil_gas", "gas")]
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


def test_fix10_a_market_for_goods_is_trade_even_beside_tourists():
    # fix 10 (review 16 leftover): goods and commodities are the lexicon's class "goods"
    assert found("Russia is a key market for Vietnamese seafood and for tourists.") == [
        ("economy", "market"), ("tourism_sports", "tourists")]
    assert found("Russian tourists love the country, a growing market for Vietnamese rice.") == [
        ("tourism_sports", "tourists"), ("economy", "market")]
    assert ("economy", "market") in found("Russia is a priority market for tourism and for Vietnamese coffee.")
    # must not touch: a market of visitors only
    assert found("Russia is a priority market for our tourism.") == [("tourism_sports", "tourism")]


def test_fix10_a_figure_gives_way_to_a_longer_term_and_trained_guards_are_the_field():
    # fix 10 (review 16 leftovers): "in good health care" reads "health care" (class open_exclusion);
    # guards after a verb of training are trainees of the field (class trained_exclusion)
    assert found("Both countries want people in good health care systems.") == [("health", "health care")]
    assert found("Russia will help in training security staff for Laos.") == [
        ("education", "training"), ("defence_security", "security")]
    assert found("Vietnam will train more security guards with Russian help.") == [
        ("education", "train"), ("defence_security", "security")]
    # must not touch: the figure alone, guards at an event, a guard of another kind ("his sister")
    assert found("The relationship is in good health.") == []
    assert found("Security staff checked the guests at the door.") == []
    assert found("His sister relationship with Ivan ended.") == []


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


def test_round23b_a_relation_joined_to_one_with_a_state_is_the_states():
    # "friendship and strategic partnership with Laos": the first relation is with the state too
    assert found("The CPV always values the great friendship and special partnership with Laos "
                 "and the cooperation agreement between the CPV and the LPRP.") == [
        ("party", "cooperation agreement between the CPV and the LPRP")]
    assert found("The CPV and the CPRF value their friendship and cooperation with Cuba.") == []
    # must not touch: the second relation is with a party
    assert found("The CPV treasures the friendship and solidarity with the CPRF.") == [
        ("party", "CPV treasures the friendship and solidarity with the CPRF")]


def test_round23b_a_relation_between_a_body_and_a_party_school():
    # "between the X and the <party school>": a pair, each with "the", the second a party's school
    assert found("They signed a cooperation plan between the HCMA and the Higher Party School.") == [
        ("party", "cooperation plan between the HCMA and the Higher Party School")]
    assert found("Ties between the institute and the National Academy of Politics grew.") == [
        ("party", "Ties between the institute and the National Academy of Politics")]
    # must not touch: schools that are no party's, even in a party sentence
    assert found("At talks with the CPRF, he praised cooperation between the ministry and the schools "
                 "of the province.") == [("education", "schools")]


def test_round23b_theory_events_in_other_nouns():
    assert found("The two sides will hold the next round of theoretical dialogue in Vientiane.") == [
        ("party", "theoretical dialogue")]
    assert found("The two parties held their third theory symposium.") == [("party", "theory symposium")]
    # must not touch: a discipline's theory event
    assert found("The music theory forum opened in Hanoi.") == [("culture", "music")]


def test_round23b_legislatures_and_exchanges_of_visits_are_diplomacy():
    assert found("The visit is a chance to review cooperation between the two legislatures.") == [
        ("diplomacy", "cooperation between the two legislatures")]
    assert found("They agreed to step up contacts between their parliaments.") == [
        ("diplomacy", "contacts between their parliaments")]
    assert found("The two sides should increase the exchange of visits by lawmakers.") == [
        ("diplomacy", "exchange of visits")]
    # must not touch: visitors of another field; parliaments named as no relation; a party's exchange
    assert found("The two cities will promote exchanges of visits by students.") == [("education", "students")]
    assert found("The ratio of parliaments to voters varies.") == []
    assert found("The CPV and the CPRF agreed to increase the exchange of visits.")[0][0] == "party"


def test_round23b_a_startup_ecosystem_is_no_nature():
    assert found("The city is building a startup ecosystem.") == [("science_technology", "startup")]
    # must not touch: nature's ecosystems
    assert found("The two sides will protect marine ecosystems.") == [("environment", "ecosystems")]
    assert found("Floods threaten coastal ecosystems.") == [("environment", "ecosystems")]


def test_round23b_firms_where_a_party_works_are_no_field():
    assert found("They discussed how to set up Party cells in private enterprises.") == []
    assert found("They shared experience in Party building in businesses.") == [("party", "Party building")]
    # must not touch: firms as actors of a field, with no party unit before "in"
    assert found("The two sides will boost investment in enterprises.") == [
        ("economy", "investment"), ("economy", "enterprises")]
    assert found("The CPV supports Russian enterprises in Việt Nam.") == [("economy", "enterprises")]


def test_round23b_officials_of_a_body_are_who_they_are():
    assert found("Many officials of the Lao mass organisations have studied in Hanoi.") == []
    assert found("Leaders of youth organisations attended the forum.") == []
    # must not touch: the bodies as actors of an exchange, a community met
    assert found("The mass organisations of the two countries will expand exchanges.") == [
        ("people", "mass organisations")]
    assert found("He met representatives of the Vietnamese community in Moscow.") == [
        ("people", "Vietnamese community in")]


# --- round 23a (heldout35): words of fields the lexicon lacked, and athletes' training camps ----------


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


def test_round23a_a_training_camp_is_sport_for_athletes_named_after_it():
    # fixes: camps of athletes, the sport or team named after them
    assert found("They proposed joint training camps for the national judo team.") == [
        ("tourism_sports", "training camps"), ("tourism_sports", "judo")]
    assert found("Russia will host training camps for Vietnamese swimmers and their coaches.") == [
        ("tourism_sports", "training camps")]
    # must not touch: a camp of no athletes (police, soldiers), or one whose sport the sentence
    # named already (one field, counted once), is no new mention and no schooling
    assert found("Russia will host a training camp for Vietnamese police officers.") == []
    assert found("The province will host sports teams from Primorye for winter training camps.") == [
        ("tourism_sports", "sports")]


def test_round23a_information_infrastructure_is_no_transport():
    # fixes: networks of data are no roads and ports
    assert found("Hackers attacked the information infrastructure of the bank.") == []
    # must not touch: infrastructure of transport, bare or beside a port
    assert found("They will upgrade the infrastructure of the port.") == [
        ("transport", "infrastructure"), ("transport", "port")]


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


def test_cls10_a_visited_place_is_no_field():
    # fixes: one school, hospital, port or museum visited or where someone is
    assert found("Later the guests visited the Hải Phòng port and a children's hospital.") == []
    assert found("Ten Russian doctors will work at the hospital next year.") == []
    assert found("Half of the children learn Russian at school.") == []
    # must not touch: a place built or invested in, the plural, a relation between places
    assert found("The two sides agreed to build a school and a hospital in the border district.") == [
        ("education", "school"), ("health", "hospital")]
    assert found("They will invest in the port and in seaports of the south.") == [
        ("economy", "invest"), ("transport", "port"), ("transport", "seaports")]
    assert found("The delegation visited the country to discuss cooperation between hospitals.") == [
        ("health", "hospitals")]
    assert found("The ministers toured the port area.") == [("transport", "port")]


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


def test_review17b_the_two_leaders_after_cadre_work_are_the_sides_heads():
    # review 17b: "the assessment of the two leaders" is their view, no personnel work
    assert found("The CPV welcomed the assessment of the two leaders on bilateral ties.") == []
    # must not touch: leaders worked on
    assert found("The CPV shared experience in the assessment and planning of leaders.") == [
        ("party", "CPV shared experience in the assessment and planning of leaders")]


def test_review17b_party_delegations_exchanged_in_the_past_are_party():
    # review 17b: "exchanged party delegations" is the party's, as in the present tense
    assert found("Vietnam and Laos exchanged party delegations last year.") == [
        ("party", "exchanged party delegations")]
    # must not touch: delegations of the state
    assert found("Vietnam and Laos exchanged parliamentary delegations last year.") == [
        ("diplomacy", "exchanged parliamentary delegations")]


def test_review17b_a_study_of_some_months_is_a_course():
    # review 17b: "of" and a length is the course's own ("a study of six months"), unlike "a study of land reform"
    assert found("The CPV sent officials for a study of six months.") == [("party", "officials for a study")]
    assert found("The CPV sent officials for a study of land reform in Laos.") == []


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
    assert found("The exchange programme between the two universities was renewed.") == [
        ("education", "universities")]


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


# --- review 18: misfires of rounds 23a-23b, agreed errors 10 and probe 10 ------------------------


def test_review18_rail_in_a_list_or_before_a_noun_is_the_mode():
    # fixes: "the rail" first of a list of fields, or modifying a noun, is the mode of transport
    assert ("transport", "rail") in found("The two sides agreed to cooperate in the rail and energy sectors.")
    assert ("transport", "rail, road and aviation") in found("Russia will invest in the rail, road and aviation sectors.")
    assert ("transport", "rail") in found("The rail sector needs new investment.")
    # must not touch: one rail, an object ("the rail was painted", "a rail and a sleeper")
    assert found("A rail was bent by the storm.") == []
    assert found("A rail and a sleeper were replaced overnight.") == []


def test_review18_the_noun_visit_has_no_object():
    # fixes: "During the visit," opens a new clause; a hospital inspected there is no visited object
    assert found("During the visit, the Prime Minister inspects a new hospital in Da Nang.") == [
        ("health", "hospital")]
    # must not touch: the verb "visited"/"toured" with its object is still a visited place
    assert found("The minister toured the hospital in Da Nang.") == []
    assert found("The delegation visited the Cam Ranh port on Friday.") == []


def test_review18_lending_a_figure_is_the_verb():
    # fixes: lending momentum, support or weight is a figure, no lending as a field
    assert found("The summit is lending new momentum to the partnership.") == []
    assert found("Moscow is lending its support to the peace talks.") == []
    assert found("The report, lending weight to the claims, appeared on Monday.") == []
    # must not touch: lending to firms, lending rates
    assert found("The bank expanded lending to small farms.") == [("economy", "lending")]
    assert found("Lending rates fell in May.") == [("economy", "Lending")]


def test_review18_a_diagnosis_of_another_field_is_a_figure():
    # fixes: a diagnosis of the market or the economy judges that field, no medicine
    assert found("Analysts said their diagnosis of the market was right.") == [("economy", "market")]
    assert found("A diagnosis of the economy came from the bank.") == [("economy", "economy")]
    # must not touch: a diagnosis of a disease, or of nothing named as a field
    assert found("Doctors helped with the diagnosis of tuberculosis.") == [
        ("health", "diagnosis"), ("health", "tuberculosis")]
    assert found("A diagnosis of the case was made.") == [("health", "diagnosis")]


def test_review18_ecosystems_of_living_nature_stay_nature():
    # fixes: ecosystems of farming or fishing are nature's, not a figure of that field's network
    assert found("Pesticides harm agricultural ecosystems.") == [
        ("economy", "agricultural"), ("environment", "ecosystems")]
    assert found("Fisheries ecosystems suffer from warming seas.") == [
        ("economy", "Fisheries"), ("environment", "ecosystems")]
    # must not touch: a startup's or innovation's ecosystem is a figure
    assert found("Firms joined the startup ecosystems of both countries.") == [("science_technology", "startup")]


# --- probe 15: precision in economy and education -----------------------------------------------


def test_probe15_one_person_in_the_singular():
    # one student, pupil or lecturer of the story: no field
    assert found("A student from the Hanoi Medical University spoke on behalf of the graduates.") == []
    assert found("Irina Volkova, a lecturer at the institute, said the course was popular.") == []
    assert found("Every pupil in the class received a book.") == []
    # must not touch: the plural, and the singular that modifies a noun
    assert found("Russia will send more teachers to Laos.") == [("education", "teachers")]
    assert found("The two countries will expand student exchanges.") == [("education", "student")]
    assert found("The college will host teacher training for Lao staff.") == [("education", "teacher training")]


def test_probe15_marketplace():
    # a market where goods are sold: a kind of marketplace before it, or listed with shops and venues
    assert found("The Tân Thanh border market draws many Chinese traders.") == []
    assert found("The community runs markets, restaurants and shops in Moscow.") == []
    assert found("The festival offered an exhibition of paintings and a market of crafts.") == [
        ("culture", "exhibition of paintings")]
    # must not touch: a market for trade, also next to a venue that is not listed with it
    assert found("Vietnamese goods will enter the Russian market more easily.") == [("economy", "market")]
    assert found("They discussed access to the market and to hotels for tourists.") == [
        ("economy", "market"), ("tourism_sports", "tourists")]


def test_probe15_professors_and_chambers_as_offices():
    # the remit of a chair or a chamber, every member of it
    assert found("Professors of physics and economics attended the forum.") == []
    assert found("The regional chamber of commerce and industry will lead a mission.") == []
    # must not touch: the same fields after a verb of cooperation, and "and of" after a minister
    assert found("The two sides will cooperate in physics and economics.") == [
        ("science_technology", "physics"), ("economy", "economics")]
    assert found("Trade and investment grew, and commerce expanded.") == [
        ("economy", "Trade and investment"), ("economy", "commerce")]


def test_probe15_people_from_one_place_of_study():
    # people "from" one school: where they come from, no field
    assert found("Teachers from the school in Vinh joined the course.") == [("education", "Teachers")]
    # must not touch: a kind of school, a school built, a school modifying a noun
    assert found("He graduated from a school of fine arts in Moscow.") == [
        ("education", "school"), ("culture", "arts")]
    assert found("The ministry will open a school in Vientiane.") == [("education", "school")]
    assert found("Funds from the school budget were used.") == [("education", "school")]


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


def test_round24b_a_firm_described_before_its_name_is_the_actor():
    # fixes: the line of business of one named firm describes the actor
    assert found("The head of the Russian pharmaceutical company Pharmstandard spoke.") == []
    assert found("The energy group Rosneft will build a plant.") == []
    # must not touch: firms of a field in general, or one firm with no name after it
    assert found("Pharmaceutical companies of both countries will cooperate.") == [("health", "Pharmaceutical")]
    assert found("Energy companies Rosneft and Gazprom signed deals.") == [("energy", "Energy")]
    assert found("A pharmaceutical company in Hanoi will make vaccines.") == [
        ("health", "pharmaceutical"), ("health", "vaccines")]


def test_round24b_departments_of_a_remit_are_bodies():
    # fixes: a unit of government by its remit after "of" is the body, no field
    assert found("Both sides asked their departments of foreign affairs to draft the plan.") == []
    assert found("The department of culture will host the guests.") == []
    # must not touch: the field a unit works in, before "department"; the remit talked about
    assert found("The centre will open an ecology department in the delta.") == [("environment", "ecology")]
    assert found("They discussed foreign affairs and trade.") == [("diplomacy", "foreign affairs"), ("economy", "trade")]


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


# --- round 24a: party and mass-organisation copy ------------------------------------------------


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


def test_round24a_a_party_joined_to_a_participle_only_describes_the_noun():
    # fixes: "CPC-led provinces" are provinces, no relation with the party
    assert ("party", "links between CPC") not in found(
        "He urged links between CPC-led provinces and Lao districts in farming.")
    # must not touch: the relation with the party itself
    assert found("He urged links between the CPC and the LPRP.") == [
        ("party", "links between the CPC and the LPRP")]


def test_round24a_trade_union_officials_are_no_party_cadres():
    # fixes: the officials of a labour union trained are no party's cadres
    assert found("The plan covers the training of trade union officials.") == []
    # must not touch: a party's or anyone's officials trained
    assert found("The plan covers the training of young party officials.") == [
        ("party", "training of young party officials")]
    assert found("The plan covers the training of district officials.") == [
        ("party", "training of district officials")]


def test_round24a_twinning_with_localities():
    # fixes: twinning "with" a kind of locality
    assert found("Kazan seeks twinning with Lao provinces.") == [("people", "twinning with Lao provinces")]
    # must not touch: bare twinning, a merger of wards
    assert found("The twinning of two wards was approved.") == []


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


def test_round24a_one_organisation_of_people_is_an_actor():
    # fixes: one organisation named by its kind, or the subject of a clause, is who acts
    assert found("He met the Lao veterans' organisation Old Comrades on Monday.") == []
    assert found("Lao trade unions will host the meeting.") == []
    assert found("The veterans' associations will meet in Hue.") == []
    # must not touch: organisations of people as a field of ties
    assert found("They praised exchanges between youth unions.") == [("people", "youth unions")]
    assert found("The trade union delegation arrived.") == [("people", "trade union")]


def test_round24a_a_trade_unions_fields_are_labour():
    # fixes: occupational safety and the protection of workers are labour
    assert found("They will share experience in occupational safety.") == [("labour", "occupational safety")]
    # must not touch: food safety is health
    assert found("They will share experience in food safety.") == [("health", "food safety")]


def test_cls11_a_route_is_an_air_link_when_a_carrier_flies_it():
    # fixes: a bare "route(s)" whose clause names the carrier flying it
    assert found("Two charter carriers are planning routes from Siberian cities.") == [
        ("transport", "charter carriers"), ("transport", "routes")]
    assert found("Bamboo Airways has resumed its Hanoi-Novosibirsk route.") == [("transport", "route")]
    assert found("Lao airlines now operate regular routes to Đà Nẵng.") == [
        ("transport", "airlines"), ("transport", "routes")]
    # must not touch: a path of goods or tourists, a route after a comma or a joiner
    assert found("The new port gives the province a short route to the sea.") == [("transport", "port")]
    assert found("They offered a tourism route from Huế to Savannakhet.") == [("tourism_sports", "tourism")]
    assert found("The deal allows more vehicles and routes.") == []
    assert found("Our airline is small, and the route across the mountains is long.") == []


def test_cls11_localities_that_own_bodies_or_join_another_fields_relation():
    # fixes: localities as owners of bodies, or partners of another field's relation
    assert found("They will link the trade unions and farmers' associations of the two localities.") == [
        ("people", "trade unions")]
    assert found("The party committees of both localities meet every year.") == []
    assert found("Trade between the two localities rose by a fifth last year.") == [("economy", "Trade")]
    # must not touch: ties between localities, firms of the localities, localities as subject
    assert found("Cooperation between the two localities keeps growing.") == [("people", "localities")]
    assert found("The forum connected businesses of the two localities.") == [
        ("economy", "businesses"), ("people", "localities")]
    assert found("He suggested that the two localities sign a memorandum.") == [("people", "localities")]
    assert found("Tourism and friendship between the two localities grew.") == [
        ("tourism_sports", "Tourism"), ("people", "localities")]


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


def test_cls11_sector_words_naming_a_paper_are_a_name():
    # fixes: capitalised sector words before a lower-case outlet noun, there and where repeated
    assert found("The Science and Education magazine ran a story on the visit.") == []
    assert found("He edits the Political Education journal. Political Education will print the speech.") == []
    # must not touch: the words in lower case, capitalised without an outlet noun
    assert found("He praised political education in schools.") == [
        ("education", "education"), ("education", "schools")]
    assert found("They discussed Science and Education policy.") == [
        ("science_technology", "Science"), ("education", "Education")]


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


def test_round24c_sector_adjective_inside_a_place_name():
    # fixes: a sector adjective between a place's own name and a zone or park names that place
    assert found("The plant lies in the Vung Ang economic zone near the coast.") == []
    assert found("A new line opened at the Tan Phu industrial park.") == []
    # must not touch: a country's adjective, the plural, a corridor between places
    # (round 24b's phrases make the park or zone part of the span)
    assert found("Firms may invest in a Russian industrial park.") == [("economy", "invest"), ("economy", "industrial park")]
    assert found("They visited Vietnamese industrial parks.") == [("economy", "industrial parks")]
    assert found("They will use the Kunming – Hai Phong economic corridor.") == [("economy", "economic")]


def test_round24c_a_market_after_another_field_is_that_fields():
    # fixes: "energy markets", "the coal market": no second, trade mention
    assert found("Asia is among the fastest-growing energy markets.") == [("energy", "energy")]
    assert found("Prices on the coal market fell.") == [("energy", "coal")]
    # must not touch: a market alone, or one after a word of no field
    assert found("Firms want to enter the Russian market.") == [("economy", "market")]
    assert found("Prices on the domestic market fell.") == [("economy", "market")]


def test_round24c_commercial_operation_is_the_service_starting():
    # fixes: "commercial" of an operation or output that starts is regular running, no trade
    assert found("The start of commercial operation of the new line is set for May.") == []
    assert found("Commercial production at the mine began in June.") == []
    # must not touch: commercial ties, commercial cooperation
    assert found("The two sides discussed commercial ties.") == [("economy", "commercial")]
    assert found("They will expand commercial services.") == [("economy", "commercial")]


def test_round24c_by_trains_is_an_agent_not_the_way_of_carrying():
    # fixes: "served by trains made by X": who serves
    assert found("The line is served by trains made by a Japanese firm.") == []
    # must not touch: "by train", "by rail" as the way goods travel
    assert found("Fruit will travel by train to Moscow.") == [("transport", "by train")]
    assert found("Containers go by rail to Moscow.") == [("transport", "by rail")]


def test_round24c_bare_exploration_needs_oil_in_its_sentence():
    # fixes: exploration of blocks, fields or the shelf is oil and gas exploration
    assert found("The partners discuss joint exploration of new blocks off the coast.") == [("oil_gas", "exploration")]
    assert found("The firm will continue its exploration work in Block 12 for two years.") == [("oil_gas", "exploration")]
    # must not touch: exploration of nature, of minerals or of space; an oil object named itself
    assert found("They discussed the exploration of tropical forests.") == [("environment", "forests")]
    assert found("Hanoi welcomed mineral exploration by Russian firms near the oil terminal.") == [("oil_gas", "oil")]
    assert found("They cooperate in the exploration and exploitation of hydrocarbons.") == [("oil_gas", "hydrocarbons")]


def test_round24c_maker_names_and_other_wordings():
    # fixes: a maker's name at a sentence's start; hydraulic turbines; atomic technologies
    assert found("Power Machines has shipped two hydraulic turbines.") == [("energy", "hydraulic turbines")]
    assert found("Atomic technologies are not only about electricity.") == [
        ("nuclear", "Atomic technologies"), ("energy", "electricity")]
    # must not touch: power as a word of the field, even capitalised at the start
    assert found("Power supplies were discussed.") == [("energy", "Power")]


def test_round24c_settling_in_national_currencies_by_the_verb():
    # fixes: the verb of settling, and the currencies before the settlements
    assert found("He proposed that the firms settle half of their deals in national currencies.") == [
        ("economy", "settle half of their deals in national currencies")]
    assert found("The share of national currencies in bilateral settlements grew.") == [
        ("economy", "national currencies in bilateral settlements")]
    # must not touch: the currencies alone stay out
    assert found("The national currencies of both countries weakened.") == []


# Probe 16: precision in transport, health, culture, labour, environment, tourism and defence


def test_probe16_one_place_that_owns_people_or_acts():
    # fixes: one airport or port as the owner of a person or body, or as a subject
    assert found("The airport's general director spoke to reporters.") == []
    assert found("Officials met the press service of the airport on Monday.") == []
    assert found("In 2024, Vladivostok airport served 3.5 million passengers.") == []
    assert found("The minister said that the port, which is run by the Navy, is busy.") == []
    # must not touch: the place as a project, its capacity, places in a list
    assert found("The port's capacity will double.") == [("transport", "port")]
    assert found("Investment in the airport is rising.") == [("economy", "Investment"), ("transport", "airport")]
    assert found("They will upgrade ports and airports.") == [("transport", "ports and airports")]


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


def test_probe16_workers_of_one_workplace():
    # fixes: workers of one plant or factory, with no origin, are the people of a place
    assert found("Workers at the plant showed him how bottles are sorted.") == []
    assert found("Workers from a Moscow garment factory also took part.") == []
    # must not touch: workers with an origin, workers of firms in general, their rights
    assert found("Vietnamese workers at the plant earn more.") == [("labour", "workers")]
    assert found("They will protect workers at foreign firms.") == [("labour", "workers")]


def test_probe16_unemployment_that_moves_is_a_domestic_figure():
    # fixes: unemployment of one place with a verb of change
    assert found("Unemployment in Russia fell to 2.6%.") == []
    assert found("He said unemployment in the Republic of Korea had risen.") == []
    # must not touch: unemployment as a matter of cooperation
    assert found("They agreed to cooperate to reduce unemployment.") == [("labour", "unemployment")]
    assert found("Unemployment insurance and labour migration were discussed.") == [
        ("labour", "Unemployment"), ("labour", "labour migration")]


def test_probe16_the_navy_as_a_body():
    # fixes: the Navy by name, and the two navies of the story, are actors
    assert found("The ships will drill with the Vietnamese Navy.") == []
    assert found("They aim to strengthen defence cooperation between the two navies.") == [
        ("defence_security", "defence")]
    # must not touch: a navy as a branch in a list, naval cooperation
    assert found("Its navy and air force equipment is Soviet.") == [("defence_security", "navy")]
    assert found("Naval cooperation grew.") == [("defence_security", "Naval cooperation")]


def test_probe16_jobs_titles_weather_and_an_events_guarding():
    # fixes: a sport before one person, a counsellor's remit, strong winds, one event's security
    assert found("The former national football coach Park attended.") == []
    assert found("The embassy's counsellor for culture spoke.") == []
    assert found("Heavy rain and strong winds delayed the flight.") == []
    assert found("Security at the forum was tight.") == []
    # must not touch: coaches trained, a friendly match, a minister thanked for a field, wind power,
    # security as a field at a venue
    assert ("tourism_sports", "football") in found("They will train football coaches.")
    assert found("A friendly football match was held.") == [("tourism_sports", "football")]
    assert found("They thanked the minister for energy cooperation.") == [("energy", "energy")]
    assert found("Strong wind power growth was noted.")[0][0] == "energy"
    assert found("He raised information security at the United Nations.") == [
        ("defence_security", "information security")]


def test_probe16_works_visited_and_ship_types():
    # fixes: a visited place of work named by a field's word, a ship's "anti-" type
    assert found("The minister later visited a recycling factory in Kawasaki.") == []
    assert found("The large anti-submarine ship Admiral Panteleyev docked.") == []
    # must not touch: a plant built, a term that holds the noun, warfare, labour shortages (the set
    # marks a country's shortage of labour as labour, e23, e301), workers recruited
    assert found("They agreed to build a recycling plant in Hanoi.") == [("environment", "recycling")]
    assert found("The delegation visited the Nhơn Trạch power plant.") == [("energy", "power plant")]
    assert found("They agreed to cooperate in anti-submarine warfare.") == [("defence_security", "submarine")]
    assert found("The deal will help ease workforce shortages.") == [("labour", "workforce")]
    assert found("Many regions faced labour shortages.") == [("labour", "labour")]
    assert found("They will recruit workers and protect labourers.") == [
        ("labour", "workers"), ("labour", "labourers")]


def test_probe16_places_at_a_name_near_or_before_a_time():
    # fixes: "at" over the words of a place's name, "near", a word of time after, "had" before "-ed"
    assert found("Two ships docked at Hải Phòng port on Monday.") == []
    assert found("The plane landed at Wattay airport later in the day.") == []
    assert found("The crew spent the night at a hotel near the airport.") == []
    assert found("Vietnamese doctors had worked at the hospital since 2010.") == []
    assert found("Phu Quoc airport had received many guests.") == []
    assert found("Workers at a Tokyo nursing home, where he stopped, praised them.") == [("health", "nursing")]
    # must not touch: a named port invested in, a place of study after "at" and a name (left to the
    # education rules), ports and airports as a field
    assert found("Russia will invest in Lach Huyen port.") == [("economy", "invest"), ("transport", "port")]
    assert ("education", "university") in found("Vietnamese students at Kazan university study hard.")
    assert found("They will cooperate in ports and airports.") == [("transport", "ports and airports")]


# --- review 20: misfires of probe 15 and rounds 24a-24b ----------------------------------------


def test_review20_a_remit_member_is_a_whole_field_term():
    # fixes: a verb inside a member ends the remit; a member that modifies a noun opens its own group
    assert found("He met the Minister of Health and discussed education, culture and trade.") == [
        ("education", "education"), ("culture", "culture"), ("economy", "trade")]
    assert found("The Ministry of Health and education experts met in Hanoi.") == [("education", "education")]
    # must not touch: a remit of field words
    assert found("Professors of physics, chemistry and economics attended.") == []
    assert found("The regional chamber of commerce and industry will lead a mission.") == []


def test_review20_a_market_listed_with_venues_is_one_clause():
    # fixes: "and" or ", and" joining two clauses, a verb after the join, a food market of trade
    assert found("Firms will seek new markets and build hotels in the region.") == [("economy", "markets")]
    assert found("They will hold exhibitions and expand markets for rice.") == [("economy", "markets")]
    assert found("Russia is a big market, and hotels there need staff.") == [("economy", "market")]
    assert found("Hotels are full, and the market is growing.") == [("economy", "market")]
    assert found("Exporters eye the Russian food market.") == [("economy", "Exporters"), ("economy", "market")]
    # must not touch: markets listed with shops and restaurants, a night market
    assert found("They run shops, restaurants, and a market in Moscow.") == []
    assert found("The community runs markets, restaurants and shops in Moscow.") == []
    assert found("The delegation visited a night market in Lang Son.") == []


def test_review20_train_after_plural_vehicles_is_the_verb():
    # fixes: a singular "train" after plural vehicles opens a second clause
    assert found("Russia will help Vietnam build ships and train sailors.") == [("education", "train")]
    # must not touch: vehicles that agree in number
    assert found("Travellers can go by bus or train to the border.")[-1] == ("transport", "train")
    assert found("We need more ships and trains.") == [("transport", "trains")]


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


def test_review20_a_states_forces_trained_are_no_partys_people():
    # fixes: police, army and customs staff trained where a party is named
    assert ("party", "train 200 police officers") not in found("The CPV will help the LPRP train 200 police officers.")
    assert found("The CPV and the CPRF agreed that Russia would train 100 customs inspectors.") == []
    # must not touch: officers of a party's organs
    assert found("The CPV helped the LPRP train 300 propaganda officers.") == [
        ("party", "train 300 propaganda officers")]
    assert found("The CPV will help the LPRP train 150 inspectors.") == [("party", "train 150 inspectors")]


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


# --- round 24e (heldout45: local and people-level copy; sentences written for the test) ------------


def test_round24e_an_institution_named_before_is_an_actor_after_the():
    named = "The Hai Duong General Hospital and Kazan State Medical University signed an agreement. "
    assert found(named + "Kazan doctors will help the hospital open new wards.") == []
    assert found(named + "The Russian university will host ten young interns.") == []
    # must not touch: none named before; an indefinite or plural place of care or study
    assert found("Russia will help build a hospital in the province.") == [("health", "hospital")]
    assert ("health", "hospitals") in found(named + "Russia will help build hospitals in the province.")


def test_round24e_ties_between_localities_owning_a_sector_term():
    assert found("The two governors discussed links between the two cities' airports.") == [
        ("transport", "airports")]
    # must not touch: ties between the localities in a field; a party's organs; no sector term owned
    assert found("They discussed cooperation between the two cities in tourism.") == [
        ("people", "cooperation between the two cities"), ("tourism_sports", "tourism")]
    assert found("They praised exchanges between veterans' organisations.") != []


def test_round24e_twinning_pacts_and_twin_ties():
    assert found("The two towns signed an agreement on twinning last year.") == [("people", "agreement on twinning")]
    assert found("Perm and Hue set up twin relations in 2015.") == [("people", "twin relations")]
    # must not touch: bare twin and twinning
    assert found("The twin towers were lit up in blue.") == []
    assert found("The twinning of the two wards was approved.") == []


def test_round24e_a_delegate_named_by_a_field_is_a_post():
    assert found("The regional Health delegate, Maria Gómez, toured the site.") == []
    # must not touch: a trade delegation; a field the delegates discussed
    assert found("A trade delegation arrived in Havana.") == [("economy", "trade")]
    assert found("Delegates discussed agriculture.") == [("economy", "agriculture")]


def test_round24e_fields_of_medicine_trading_with_and_business_travellers():
    assert found("The province will develop heart surgery with Russian help.") == [("health", "heart surgery")]
    assert found("Some 300 firms are trading with Laos.") == [("economy", "trading with")]
    assert found("The new route suits business travellers.") == [("tourism_sports", "business travellers")]
    # must not touch: surgery as a figure, a business mission, trading alone
    assert found("The party called for surgery on the bureaucracy.") == []
    assert ("economy", "business") in found("The minister led a business mission.")  # probe 22: was "went on a business trip"
    assert found("Trading hours were extended.") == []


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


def test_review21_navy_opening_a_sentence_is_no_name():
    # fixes: the sentence's capital is no sign of the service's name
    assert found("Navy cooperation is strong.") == [("defence_security", "Navy")]
    # must not touch: the Navy named inside a sentence
    assert found("The delegation met officers of the Russian Navy.") == []


def test_review21_by_trains_after_a_verb_of_carrying():
    # fixes: goods or people carried by trains: the way of carrying
    assert found("Goods will be transported by trains to China.") == [("transport", "by trains")]
    # must not touch: who serves a line
    assert found("The new line is served by trains built by a Spanish firm.") == []


def test_review21_exploration_of_an_object_reads_that_object():
    # fixes: an object of no oil, oil only in another clause
    assert found("Joint exploration of rare earth deposits was proposed, and gas supply was discussed.") == [
        ("oil_gas", "gas")]
    # must not touch: the object is an oil place
    assert found("The two sides discussed exploration of the Arctic shelf.") == [("oil_gas", "exploration")]


def test_review21_a_place_name_after_an_indefinite_article_is_a_kind():
    # fixes: "a <country> industrial park" is a kind of park
    assert found("The two countries agreed on a Kazakh industrial park.") == [("economy", "industrial park")]
    assert found("They plan to develop a Vietnam-Russia industrial park.") == [("economy", "industrial park")]
    # must not touch: a park's own name after "the"
    assert found("Investors came to the Hai Phong industrial park.") == [("economy", "Investors")]


def test_review21_unemployment_worked_against_is_no_moving_figure():
    # fixes: unemployment as the object of work against it
    assert found("Joint efforts to reduce unemployment increased in 2024.") == [("labour", "unemployment")]
    assert found("Programmes against unemployment rose in number.") == [("labour", "unemployment")]
    # must not touch: the figure of one place moving
    assert found("Unemployment in Laos fell last year.") == []


def test_review21_a_place_then_in_turn_is_no_apposition():
    # fixes: "in" of no place after the comma
    assert found("The port, in turn, will be upgraded with Russian help.") == [("transport", "port")]
    # must not touch: "in" of the place's province
    assert found("The port, in the province of Nghe An, had received 40 ships.") == []


def test_review21_capitalised_field_words_before_a_field_noun_are_no_paper():
    # fixes: a repeat of a paper's words before a lower-case field noun is the field
    assert found("She edits the Science and Technology journal. Science and Technology cooperation is a priority.") == [
        ("science_technology", "Science and Technology")]
    # must not touch: the paper's name repeated as the subject
    assert found("She edits the Science and Technology journal. Science and Technology will publish a report.") == []


def test_review21_a_sport_persons_word_before_a_noun_is_no_job():
    # fixes: the person's word modifies a noun of exchange
    assert found("The two sides discussed football fan exchanges.") == [("tourism_sports", "football")]
    # must not touch: one person of the sport, named or sent
    assert found("Former football coach Nguyen Van A arrived in Moscow.") == []
    assert found("Vietnam will send a tennis player to Russia.") == []


def test_review21_an_industrial_complex_of_a_region_is_its_industry():
    # fixes: "agro-industrial complex" after a region's name is that region's farming industry
    assert found("Vietnamese firms eye the Primorye agro-industrial complex.") == [("economy", "agro-industrial")]
    # must not touch: one plant's complex named by its place
    assert found("The Long Son petrochemical complex began operation.") == []


def test_review21_a_place_after_a_preposition_is_no_subject():
    # fixes: the place is the object of "in" or of an "-ing" verb, the verb in "-ed" is its head's
    assert found("Russian investment in the port increased sharply.") == [
        ("economy", "investment"), ("transport", "port")]
    assert found("Cooperation in upgrading the airport reached a new stage.") == [("transport", "airport")]
    # must not touch: the place as the subject of its verb
    assert found("Cam Ranh port welcomed Russian ships.") == []
    assert found("The officials said that the airport served 3 million passengers.") == []


def test_review21_theorists_exchanged_need_a_party():
    # fixes: bare theorists exchanged or gathered with no party in the sentence
    assert found("The two academies will exchange theorists and researchers.") == []
    assert found("A forum of theorists on history was held in Moscow.") == []
    # must not touch: a party's press people, theorists where a party is named
    assert ("party", "exchange theorists") in found("The CPV sent a delegation, and they agreed to exchange theorists.")
    assert found("They held a forum of party journalists.") == [("party", "forum of party journalists")]


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


def test_round24f_the_named_university_and_places_toured():
    # fixes: "the university" the text named, as an actor (a verb of intent over an adverb, a pair
    # with a named one, a participle of its founding); places toured after a first place
    assert found("According to him, the university also plans to open a branch in Huế.") == []
    assert found("The university and the Hanoi Medical University signed a memorandum.") == []
    assert found("The college, founded in 1956, is one of the oldest in Laos.") == []
    assert found("The guests will tour an industrial zone and a newly built district hospital.") == []
    # must not touch: the university beside a plain noun, industrial parks to be developed
    assert found("They discussed cooperation between the university and schools.") == [
        ("education", "university and schools")]
    assert found("The two sides agreed to develop an industrial park in Hải Phòng.") == [
        ("economy", "industrial park")]


def test_round24f_figures_and_ceremonies():
    # fixes: "a lot to teach" (learning from experience), a military parade attended
    assert found("Our friends in Vientiane have much to teach us about combining a market economy "
                 "with a plan.") == [("economy", "market economy")]
    assert found("The president attended the military parade in Beijing.") == []
    # must not touch: teaching as schooling, military cooperation
    assert ("education", "teach") in found("Russian lecturers will teach Vietnamese students.")
    assert found("They agreed to boost military cooperation.") == [("defence_security", "military")]


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


def test_round24f_own_schooling_and_youth():
    # fixes: a place of study in one person's own past ("as a teenager", "in his youth")
    assert found("The minister recalled that as a boy he had attended a technical school in Kyiv.") == []
    assert found("In her youth she studied at a college in Minsk.") == []
    # must not touch: a school built, youth exchanges
    assert found("As a partner, Russia will build a technical school in Hanoi.") == [("education", "school")]
    assert found("They will expand youth exchanges.") == [("people", "youth exchanges")]


# --- round 24d: people, culture, health, labour and defence copy (tuned on heldout42) -------------------


def test_round24d_places_of_care_and_call_after_at():
    # fixes: one hospital of a named owner, hospitals where people train, a port called at over an adverb
    assert found("Korea will build a cancer ward at the general hospital of Vietnam's Thanh Hoa Province.") == []
    assert found("The fund will pay for 50 nurses to intern at Japanese hospitals.") == []
    assert found("Warships have docked at the port regularly since 2016.") == [("defence_security", "Warships")]
    assert found("The trawlers stayed at the port until May.") == []
    # must not touch: a kind of place after "of" with "a", hospitals as a field, places of study and ports
    assert found("He studied at a school of fine arts in Moscow.") == [("education", "school"), ("culture", "arts")]
    assert found("Cooperation between hospitals of the two cities will grow.") == [("health", "hospitals")]
    assert found("Carriers stopped calling at Russian ports.") == [("transport", "ports")]
    assert found("Investment in the port area grew.") == [("economy", "Investment"), ("transport", "port")]


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
    assert found("They cooperate in peacekeeping, search and rescue, and cybersecurity.") == [
        ("defence_security", "peacekeeping"), ("defence_security", "cybersecurity")]
    assert found("In the summer, of course, the beaches are full.") == []


def test_round24d_athletes_by_their_sport_make_a_training_camp_sport():
    # fixes: swimmers, boxers, wrestlers named by their sport in the sentence of a training camp
    assert found("The city will send its young swimmers to training camps in Kazan.") == [
        ("tourism_sports", "training camps")]
    assert found("Boxers from Tula will join a winter training camp in Da Lat.") == [
        ("tourism_sports", "training camp")]
    # must not touch: a camp of no athletes
    assert found("Police officers will attend a training camp in Vladivostok.") == []


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


def test_round24d_carbon_markets_are_climate_policy():
    # fixes: markets of emission rights name no trade
    assert found("The two countries could cooperate in carbon credit markets.") == [
        ("environment", "carbon credit markets")]
    assert found("Vietnam is building carbon markets.") == [("environment", "carbon markets")]
    # must not touch: markets for goods
    assert found("Russian goods need new markets.") == [("economy", "markets")]


def test_round24d_one_place_described_by_its_name_or_in_an_apposition():
    # fixes: a field's word between the owners' capitalised names and "centre"; a place in an apposition
    # after its name
    # probe 24: students gathering are people present (the point here is the trade centre)
    assert found("Students gathered at the Hanoi-Moscow trade centre on Sunday.") == []
    assert found("They planted trees in Ba Vi National Park, the region's largest nature reserve.") == [
        ("environment", "planted trees")]
    assert found("Surgeons met at Cho Ray Hospital, a leading hospital in the south.") == []
    # must not touch: a trade centre that will open, nature reserves as a field, a port city
    assert found("A trade centre will open in Moscow.") == [("economy", "trade")]
    assert found("Nature reserves of the two countries will cooperate.") == [("environment", "Nature reserves")]
    assert found("They discussed Hai Phong, the port city, and its seaport.") == [("transport", "seaport")]


def test_review23_a_fronted_place_then_a_subject_is_no_apposition():
    # fixes: a place after a sentence-opening phrase with a preposition is the clause's subject, a field
    assert found("In Da Nang, a hospital will be built with Russian funds.") == [("health", "hospital")]
    assert found("At the forum in Hanoi, a school for engineers was proposed by Russia.") == [
        ("education", "school")]
    # must not touch: an apposition after a name, also when a fronted phrase holds the name and a comma
    # closes the apposition
    assert found("Surgeons met at Cho Ray Hospital, a leading hospital in the south.") == []
    assert found("At Cho Ray Hospital, a leading hospital in the south, surgeons met.") == []


def test_review23_a_complex_of_one_countrys_word_is_its_industry():
    # fixes: "complex" after a field word and one capitalised word (a country's adjective) is that
    # country's industry, the field
    assert found("The two sides pledged to boost cooperation with the Russian energy complex.") == [
        ("energy", "energy")]
    # must not touch: a plant named by its site, a centre named by its owners
    assert found("The delegation toured the Dung Quat refinery complex.") == []
    # probe 24: students gathering are people present (the point here is the trade centre)
    assert found("Students gathered at the Hanoi-Moscow trade centre on Sunday.") == []


def test_review23_a_time_of_life_gives_way_to_a_longer_term():
    # fixes: "in their youth" with a term of people running on from "youth"
    assert found("The two countries must invest in their youth exchanges.") == [
        ("economy", "invest"), ("people", "youth exchanges")]
    # must not touch: the time of life itself
    assert found("In their youth they studied together in Moscow.") == []


def test_review23_a_counterpart_needs_the_party_body_before_it():
    # fixes: a party that speaks of a state body and its counterpart is no party organ of the pair
    assert found("Vietnam's ruling party said the ministry and its counterpart would strengthen cooperation.") == []
    # must not touch: a party organ coordinated with its counterpart
    assert found("The Party Committee of Nghe An province and its counterpart in Vientiane signed a "
                 "cooperation agreement.") == [("party", "counterpart in Vientiane signed a cooperation agreement")]


def test_review23_hospitals_listed_with_other_institutions_are_the_field():
    # fixes: plural places of care after "at" listed with another kind of institution
    assert found("Nurses will work at Japanese hospitals or clinics in Osaka.") == [
        ("health", "hospitals or clinics")]
    # must not touch: the plural place where people trained, and a verb after "and"
    assert found("Doctors trained at Korean hospitals and returned home.") == [("education", "trained")]


def test_review23_a_meeting_on_doctrine_needs_a_party_near():
    # fixes: a scholars' seminar on communism with no party in the sentence or the one before
    assert found("The academy held a seminar on communism in Eastern Europe with historians.") == []
    # must not touch: a party named in the sentence before ("He proposed ...")
    assert found("Kuznetsov of the CPRF spoke. He proposed a joint round table on socialism.") == [
        ("party", "round table on socialism")]


# --- round 25b: defence, science, health and education at real density (heldout51) ---------------


def test_round25b_care_named_by_its_kind_or_means():
    # fixes: kinds of care and care at a distance are health
    assert found("The team will pass on techniques in laparoscopic surgery and intensive care.") == [
        ("health", "laparoscopic surgery and intensive care")]
    assert found("Doctors will offer teleconsultations to mountain districts.") == [("health", "teleconsultations")]
    # must not touch: talks between ministries, and bare surgery as a figure of speech
    assert found("The two ministries held consultations on the draft.") == []
    assert found("The party needs surgery on its own ranks.") == []


def test_round25b_one_school_owned_or_said_of_the_subject_is_no_field():
    # fixes: a school owned by a pronoun ("its school of chemistry": a tradition of science) and a
    # school that the subject is said to be ("the exercise is a school where ...": a figure)
    assert found("She picked Kazan for its famous school of chemistry.") == [("science_technology", "chemistry")]
    assert found("For our officers, the exercise is a school where they learn from their partners.") == []
    assert found("Our school has signed an agreement with a Russian college.") == []
    # must not touch: a school built or opened, and a school that modifies the next noun
    assert found("The province will build a school where Lao children can learn Vietnamese.") == [
        ("education", "school")]
    assert found("Their school education system is being reformed.") == [("education", "education")]


def test_round25b_a_named_place_in_a_range_of_places_is_the_scene():
    # fixes: "from <place> to the coral reefs of <place>" and the reverse: where an expedition went
    assert found("The scientists travelled from Nha Trang to the coral reefs of Con Dao.") == []
    assert found("Expeditions went from the mangrove forests of Ca Mau to Ha Long Bay.") == []
    # must not touch: the same place protected, a range of fields, and a range with no named place
    assert found("Russia will help Vietnam protect the coral reefs of Khanh Hoa.") == [("environment", "coral reefs")]
    assert found("The two sides will cooperate in fields ranging from education to climate change.") == [
        ("education", "education"), ("environment", "climate change")]
    assert found("Cooperation will extend from Hanoi to the localities.") == [("people", "localities")]


def test_round25b_patients_name_the_field_only_as_the_object_of_care():
    # fixes: patients as people the text speaks of (a subject, or after "for")
    assert found("The hotline offers advice for patients with diabetes.") == []
    assert found("So that patients do not have to travel abroad, the hospital opened a new ward.") == []
    # must not touch: patients that a verb of care takes, over a number and modifiers
    assert found("Russian doctors treated 300 Vietnamese patients last year.") == [("health", "patients")]
    assert found("They shared experience in treating COVID-19 patients.") == [("health", "patients")]


def test_round25b_a_fields_word_before_people_at_work_names_their_occupation():
    # fixes: "medical" describing staff or a team: who works, not the field
    assert found("A medical team from the hospital joined the ceremony.") == []
    assert found("Forty Vietnamese medical staff will take part in the course.") == []
    # probe 24: students performing are people present (the set: performers optional, e82); "medical" stays out
    assert found("Medical students from Laos performed traditional songs.") == []
    # must not touch: the training of such staff, medical goods, military medicine
    assert found("The training of medical staff will continue.") == [("education", "training")]
    assert found("Russia will supply medical equipment.") == [("health", "medical equipment")]
    assert found("The two sides will cooperate in military medicine.") == [
        ("defence_security", "military"), ("health", "medicine")]
    assert found("Security cooperation between the two ministries is growing.") == [("defence_security", "Security")]


def test_round25b_a_fields_word_before_one_place_the_story_happens_at():
    # fixes: "military" describing one academy, school or hospital visited, attended or left
    assert found("The minister visited the military academy and a naval base.") == []
    assert found("He graduated from the military academy in 1985.") == []
    assert found("The veterans recalled their years at the military school.") == []
    # must not touch: a place built, places in the plural, the field named
    assert found("Russia will build a military hospital in Vientiane.") == [
        ("defence_security", "military"), ("health", "hospital")]
    assert found("The two ministries will expand exchanges between military academies.") == [
        ("defence_security", "military")]
    assert found("Both sides agreed to expand military education.") == [
        ("defence_security", "military"), ("education", "education")]


def test_round25a_training_an_army_is_defence():
    # fixes: the verb of training with armed forces as its object (was education "train")
    assert found("The Soviet advisers helped Laos train its army and build roads.") == [
        ("defence_security", "train its army"), ("transport", "roads")]
    assert found("Cuba will continue training Angolan troops, the minister said.") == [
        ("defence_security", "training Angolan troops")]
    # must not touch: training of specialists, and an army that trains
    assert found("The university will train specialists for the oil industry.") == [
        ("education", "train"), ("oil_gas", "oil")]
    assert found("The army trains officers at its own schools.") == [("education", "trains"), ("education", "schools")]


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


def test_round25a_one_cinema_or_theatre_is_a_place():
    # fixes: the cinema or theatre an event is held at
    assert found("The festival opened with a screening at the Lotte cinema in Hà Nội.") == []
    assert found("The troupe performed at the theatre on Monday.") == []
    # must not touch: cinema as a field, theatres in the plural
    assert found("Young viewers have shown growing interest in Korean cinema.") == [("culture", "cinema")]
    assert found("The two sides agreed to support theatres and museums.") == [("culture", "theatres and museums")]


def test_round25a_members_of_one_named_place_of_study_are_people_of_the_story():
    # fixes: pupils of a named college, and whom a representative speaks for
    assert found("The week ends with a master class for pupils of the Hà Nội College of Culture and Arts.") == []
    assert found("The delegation presented gifts to teachers and pupils of the Friendship School in Vientiane.") == []
    assert found("A representative of the students, Lê Hoàng Nam, thanked the embassy.") == []
    # must not touch: students of no named place, students for whom a field is named
    assert found("The two sides will increase exchanges of students of the two countries.") == [("education", "students")]
    assert found("Russia offers scholarships for Vietnamese students every year.") == [
        ("education", "scholarships"), ("education", "students")]


def test_round25a_an_institution_helped_with_a_field_of_its_sector_is_who_is_helped():
    # fixes: the institution a verb of helping takes, the field named after "with"/"in"
    assert found("Moscow is ready to help Vietnamese museums with the restoration of artefacts.") == [
        ("culture", "restoration of artefacts")]
    assert found("Japan will assist Lao schools in language teaching.") == [("education", "language teaching")]
    # must not touch: no field of the sector after it, and no verb of helping
    assert found("Russia will help Lao hospitals with new equipment.") == [("health", "hospitals")]
    assert found("The two sides agreed to support museums and theatres.") == [("culture", "museums and theatres")]


def test_round25a_one_performance_and_one_stall_are_items_of_an_event():
    # fixes: what one performance was of, and the kind of one stall
    assert found("Visitors were welcomed with a performance of traditional music at the station.") == []
    assert found("The fair featured a calligraphy corner and a Vietnamese cuisine stall.") == []
    # must not touch: performances in the plural, cuisine as a field
    assert found("The two troupes gave joint performances of Vietnamese music in Moscow.") == [("culture", "music")]
    assert found("Vietnamese cuisine has become popular in Moscow.") == [("culture", "cuisine")]


def test_round25a_people_an_event_gathers_are_its_participants():
    # fixes: a count of pupils or athletes after a verb of gathering
    assert found("The tournament brings together more than 200 young athletes from three provinces.") == []
    assert found("The olympiad opened on Thursday, bringing together 64 pupils from five countries.") == [
        ("education", "olympiad")]
    # must not touch: students received or studying, counted without a verb of gathering
    assert found("Russia will receive 1,000 Vietnamese students this year.") == [("education", "students")]
    assert found("Some 6,000 Vietnamese students are studying in Russia.") == [
        ("education", "students are studying in")]


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


def test_probe18_the_economy_of_a_named_place_that_moves():
    # fixes: one named country's economy and a verb of change in its clause
    assert found("Brazil's economy grew 2.9% last year.") == []
    assert found("The Indonesian economy is expected to expand by 5%.") == []
    # must not touch: the object of a field, a field of cooperation, the two economies, "the country's"
    assert found("Investment in the Russian economy grew by 4%.") == [("economy", "Investment"), ("economy", "economy")]
    assert found("Cooperation in the digital economy grew quickly.") == [("economy", "digital economy")]
    assert found("The two economies complement each other.") == [("economy", "economies")]
    assert found("The country's economy has recovered strongly.") == [("economy", "economy")]


def test_probe18_a_field_before_a_representative_or_a_watchdog_is_a_post():
    # fixes: a post or a body named by its field
    assert found("Thailand's trade representative in Moscow met the governor.") == []
    assert found("The country's agricultural watchdog banned the imports.") == []
    # must not touch: representatives "of" people of a field, and the field itself
    assert found("The minister met representatives of the business community.") == [("economy", "business")]
    assert found("Trade between the two countries is growing.") == [("economy", "Trade")]


# --- review 25: misfires of rounds 25a-25b ---------------------------------------------------


def test_review25_a_range_of_places_needs_a_name_at_its_other_end():
    # fixes: the other end is a nationality adjective of a plain noun, a kind, so the range is of fields
    assert ("oil_gas", "oil and gas") in found(
        "Cooperation covers everything from the oil and gas fields of Siberia to Vietnamese offshore blocks.")
    assert ("science_technology", "research") in found(
        "Exchanges range from Russian universities to the research institutes of Hà Nội.")
    # must not touch: a name at the other end keeps the scene
    assert found("The expedition went from the mangrove forests of Cà Mau to Hạ Long Bay.") == []


def test_review25_students_attracted_are_recruited_not_gathered():
    # fixes: "attract" students is recruitment, the field
    assert found("Russia attracted 5,000 Vietnamese students this year, the minister said.") == [
        ("education", "students")]
    # must not touch: an event that draws or brings together a count of people gathers its participants
    assert found("The contest drew more than 1,500 pupils from 20 provinces.") == []
    assert found("The forum brought together 200 young athletes.") == []


def test_review25_patients_cared_for_in_the_passive_or_receiving_treatment():
    # fixes: the verb of care after the patients (passive) or "receive treatment"
    assert found("Patients from Cambodia are treated free of charge at the hospital.") == [
        ("health", "Patients")]
    assert found("Lao patients will be able to receive treatment in Việt Nam.") == [("health", "patients")]
    # must not touch: patients the text speaks of, no care in the clause
    assert found("Thousands of Cambodian patients have regained their sight thanks to the programme.") == []
    assert found("So that patients do not have to travel abroad, the province built a wing.") == []


def test_review25_a_school_said_of_the_subject_is_a_figure_only_before_what_one_learns():
    # fixes: a school built or given is the field
    assert found("The goal is a school in every village of the border province.") == [("education", "school")]
    assert found("Việt Nam's gift to Laos is a school for 500 children.") == [("education", "school")]
    # must not touch: the figure, said of what one learns there
    assert found("The Army Games are a school where soldiers learn from each other.") == []
    assert found("The exercise was a school of courage for young officers.") == []


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


def test_probe19_joint_ventures_as_a_kind_of_investment():
    # probe 19: joint ventures in the plural are a kind of investment (fields._owned_ventures)
    assert found("Russian firms plan to set up joint ventures in Việt Nam.") == [("economy", "joint ventures")]
    assert found("He asked Russia to cut red tape for joint ventures.") == [("economy", "joint ventures")]
    # must not touch: one joint venture, or ones pointed at, counted, owned or named, are firms
    assert not any(s == "economy" for s, _ in found("Vietsovpetro, the joint venture of the two groups, drilled a new well."))
    assert found("They set up a joint venture in Hà Nội.") == []
    assert found("The joint ventures Vietsovpetro and Rusvietpetro met their targets.") == []
    assert found("He praised the Vietsovpetro and Rusvietpetro joint ventures, and more.") == []
    assert found("Zarubezhneft's joint ventures with Vietnam kept output flat.") == []


def test_probe19_degrees_of_two_schools_and_skilled_workers_trained():
    # probe 19: double-degree programmes are education; skilled workers educated or trained are the
    # training, one mention (not labour)
    assert found("The two universities launched double-degree programmes.") == [("education", "double-degree")]
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


# --- round 26a (heldout53: other agencies' copy) ---------------------------------------------


def test_r26a_a_dialogue_between_our_countries_is_between_states():
    # fixes: "between our countries" (a speaker's two countries) makes "political dialogue" bilateral
    assert found('"The political dialogue between our countries never stopped," the envoy said.') == [
        ("diplomacy", "political dialogue")]
    assert found("The political dialogue between their nations has deepened.") == [("diplomacy", "political dialogue")]
    # must not touch: politics inside one country
    assert found("The political dialogue among the factions of our country is lively.") == []
    assert found("The political dialogue between our parliament's factions is lively.") == []


def test_r26a_people_told_something_are_the_audience():
    # fixes: "told the students that ...": whom the speaker addresses, as "urged the students to"
    assert found("The ambassador told the students that ties were strong.") == []
    assert found("She reminded the Lao trainees that the course ends in May.") == []
    # must not touch: people told of, and students named after "that"
    assert found("The ambassador told reporters that students from Laos would come.") == [("education", "students")]
    assert found("The ambassador told the students about new scholarships.") == [
        ("education", "students"), ("education", "scholarships")]


def test_r26a_a_port_named_where_the_story_happens_is_one_place():
    # fixes: a port's own name before it, after a preposition of place or before its office
    assert found("Three ships arrived at Cam Ranh port for a four-day call.") == []
    assert found("Fruit is shipped from Hai Phong port to Vladivostok.") == []
    assert found("An official with the Pingxiang port administration spoke.") == []
    # must not touch: a port as a project or the field, a country's port
    assert found("They will upgrade the Vung Ang port and the expressway.") == [
        ("transport", "port"), ("transport", "expressway")]
    assert found("Ships will call at a Russian port.") == [("transport", "port")]
    assert found("They discussed the port and roads.") == [("transport", "port and roads")]


def test_r26a_achievements_in_socio_economic_development_are_a_country_s_own():
    # fixes: praise of a country's record ("achievements in socio-economic development") is domestic
    assert found("He praised Vietnam's achievements in socio-economic development.") == []
    assert found("He hailed the great successes in socio-economic development of Laos.") == []
    # must not touch: cooperation in that development, achievements in cooperation
    assert found("They agreed to cooperate in socio-economic development.") == [("economy", "economic")]
    assert found("He praised achievements in trade cooperation.") == [("economy", "trade")]


def test_r26a_a_port_invested_in_stays_the_field():
    # must not touch (r26a's named port): "in" after a verb of investing names an object, no place
    assert found("Russian firms will invest in Cam Ranh port.") == [("economy", "invest"), ("transport", "port")]


# ---------------------------------------------------------------------------------------------
# Probe 20: fields or their people, places and programmes at real density (culture, tourism,
# people, health, labour)
# ---------------------------------------------------------------------------------------------


def test_probe20_a_named_sight_or_centre_is_a_place():
    # fixes: one sight named by its own name, a centre named by two places joined by a dash, one
    # sight as the subject of its verb
    assert found("The delegates toured the Wat Phou heritage site on Sunday.") == []
    assert found("Some 800 guests gathered at the Hà Nội–Moscow business centre on Saturday.") == []
    assert found("The scenic area received 2 million visitors last year.") == [("tourism_sports", "visitors")]
    # must not touch: heritage sites in the plural, a scenic area whose operation is joint, the field
    assert found("The two sides agreed to protect heritage sites in both countries.") == [("culture", "heritage")]
    assert found("They pledged to expand the pilot operation of the Bản Giốc–Detian waterfall scenic area.") == [
        ("tourism_sports", "scenic area")]
    assert found("The two provinces will jointly manage the scenic area.") == [("tourism_sports", "scenic area")]


def test_probe20_one_places_caseload_of_patients_is_no_field():
    # fixes: one hospital (or "which" after its name) treating its own patients
    assert found("The hospital, run with Japanese aid since 2018, now treats about 300 patients a day.") == []
    assert found("They toured the National Institute of Cardiology, which treated 5,000 patients last year.") == []
    # must not touch: hospitals of a country treating the partner's patients, doctors treating patients
    assert found("Vietnamese hospitals in Điện Biên have treated thousands of Lao patients.") == [
        ("health", "hospitals"), ("health", "patients")]
    assert found("Cuban doctors were sent to Quảng Trị to help treat patients.") == [("health", "patients")]


def test_probe20_a_disease_that_names_a_season_sets_the_scene():
    # fixes: "during the dengue season" is a time of year
    assert found("The wards were full during the dengue season.") == []
    # must not touch: cooperation against the disease
    assert found("The institutes will cooperate against dengue before the rainy season.") == [("health", "dengue")]


def test_probe20_rooms_named_by_their_field_and_operating_theatres_are_places():
    # fixes: one hall named by its field after "the"; the room where surgeons operate
    assert found("The cinema hall was decorated with lanterns.") == []
    assert found("The surgeons showed the guests their new operating theatres.") == []
    # must not touch: a hall in the plural, a hall that modifies a noun, theatres as an art
    assert found("The two sides will open cinema halls in Laos.") == [("culture", "cinema")]
    assert found("The two sides agreed to boost cooperation between theatres.") == [("culture", "theatres")]


def test_probe20_a_maxim_about_a_field_and_one_nation_is_no_field():
    # fixes: "[field] is the [noun] of the nation/people" said of one nation
    assert found("Culture is the soul of the nation, the minister said.") == []
    assert found("He said that education is the root of the Lao people.") == []
    # must not touch: a field said to be a pillar of the ties, or a priority of two countries
    assert found("Energy remains a pillar of the relationship.") == [("energy", "Energy")]
    assert found("Culture is a priority of the two countries.") == [("culture", "Culture")]


def test_probe20_one_owners_work_with_a_group_is_its_own_constituency():
    # fixes: a party's or body's own work with or among a group of people (and the rest of its list)
    assert found("He told the guests about its work with trade unions and veterans' organisations.") == []
    assert found("She praised the branches, whose work with young people she called vital.") == []
    assert found("The guest briefed his host on the LDPR's work among workers.") == []
    # must not touch: work with young people of both countries (no owner), exchanges of young people
    assert found("The two sides agreed to step up work with young people of both countries.") == [
        ("people", "young people")]
    assert found("The two unions will expand exchanges of young people.") == [("people", "young people")]


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


def test_probe20_visitors_named_by_their_origin_or_destination_are_a_flow():
    # fixes: "visitors" with no count but an origin ("Russian", "foreign") or a place they go to
    assert found("Đà Lạt is the favourite resort for Korean visitors in winter.") == [("tourism_sports", "visitors")]
    assert found("The new rules on e-visas for visitors to Côn Đảo took effect.")[-1] == ("tourism_sports", "visitors")
    # must not touch: one group of the story ("the Korean visitors", "twelve Korean visitors"), bare visitors
    assert found("The Korean visitors laid flowers at the memorial.") == []
    assert found("Twelve Korean visitors toured the shipyard.") == []
    assert found("The visitors were briefed on the project.") == []


# --- probe 21: party relations in party-led high-level copy ----------------------------------


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
    assert found("Staff of the Party's external relations bodies will learn Russian.") == []
    assert found("The Party's external relations department received the delegation.") == []
    assert found("He praised the relations with the Party, State and people of Laos.") == []


def test_probe21_domestic_politics_is_no_field():
    assert found("He briefed the guests on Russia's domestic politics.") == []
    assert found("The two ministers discussed politics and trade.") == [("diplomacy", "politics"), ("economy", "trade")]


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


def test_probe21_parties_by_two_modifiers_and_one_forum():
    # fixes: two party modifiers joined by "and"; one forum attended is an event, no field
    assert found("The CPV wants to expand relations with ruling and left-wing parties in Latin America.") == [
        ("party", "relations with ruling and left-wing parties")]
    assert found("He invited the delegation to the next United Russia international forum in Moscow.") == []
    # must not touch: modifiers of other nouns, forums in the plural
    assert found("The ruling and opposition blocs met business parties.") == [("economy", "business")]
    assert found("He called for closer coordination at international forums.") == [("diplomacy", "international forums")]


# -- round 26b (heldout55: energy, oil and gas, nuclear and science copy) ---------------------------------


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


def test_r26b_wells_drilled_there_at_an_oil_site_named_before():
    # fixes: "found oil at Block 15-1 and will drill three wells there" (was nothing)
    assert found("The venture finished a survey at Block 15-1 and will drill three wells there next year.") == [
        ("oil_gas", "drill three wells")]
    # must not touch: wells drilled "there" after a pipeline named (no oil site), wells of water
    assert found("Soldiers camped near the gas pipeline and helped drill four wells there for villagers.") == [
        ("oil_gas", "gas")]
    assert found("Volunteers will drill three wells there for the village.") == []


def test_r26b_technology_after_a_model_code_is_one_design():
    # fixes: "the proven VVER-1200 technology" (was science_technology)
    assert found("They offered a plant based on the proven VVER-1200 technology.") == []
    assert found("Westinghouse offered the AP1000 technology.") == []
    # must not touch: a field named with a number, technology of a field
    assert found("They will cooperate in 5G technology.") == [("science_technology", "5G technology")]
    assert found("They will cooperate in nuclear technology.") == [("nuclear", "nuclear technology")]


def test_review27_own_records_and_work_of_a_relation_keep_their_field():
    # fixes: "its" of a relation just named, a field of the sides' relation after the record
    assert found("The leaders reviewed the partnership and its achievements in trade and education.") == [
        ("economy", "trade"), ("education", "education")]
    assert found("Ambassador Ivanov's achievements in promoting trade between the two countries were praised.") == [
        ("economy", "trade")]
    assert found("Hanoi praised Moscow's achievements in energy cooperation.") == [("energy", "energy")]
    assert found("The union's work with young people of the two countries grew.") == [("people", "young people")]
    assert found("The sides noted progress in socio-economic development cooperation.") == [("economy", "economic")]
    assert found("Russia helped Laos make progress in socio-economic development.") == [("economy", "economic")]
    # must not touch: one country's own record, one party's own constituency
    assert found("Moscow praised Hanoi's achievements in education.") == []
    assert found("The minister noted its achievements in trade.") == []
    assert found("The union's work with young people in the capital grew.") == []
    assert found("Laos has made great progress in socio-economic development.") == []


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


def test_review27_a_caseload_of_both_countries_and_a_maxim_joined_to_the_ties():
    # fixes: patients from both countries are the sides' care; a maxim joined by "and" to the ties
    assert found("The hospital, which Russia helped build, now treats patients from both countries.") == [
        ("health", "patients")]
    assert found("Education is the root of the nation and of the two countries' ties.") == [("education", "Education")]
    # must not touch: one hospital's own caseload, one nation's maxim
    assert found("The hospital, which Russia helped build, now treats 500 patients a day.") == []
    assert found("Education is the root of the nation.") == []


def test_review27_bodies_told_are_the_verbs_object():
    # fixes: bodies after another object and a time clause are not the ones told
    assert found("Lavrov told reporters after meeting the friendship societies that ties were strong.") == [
        ("people", "friendship societies")]
    # must not touch: the bodies told, over an article and a number
    assert found("He reminded the two friendship societies that the embassy would help.") == []


# --- the audit of non-mentions: match_text(..., rejected=[]) names the check that dropped a word -----


def why_not(text: str) -> list[tuple[str, str]]:
    """(surface, check) of each candidate of a made-up text that gave no mention."""
    why: list = []
    match_text(text, rejected=why)
    return [(text[a:b], check) for _, a, b, _, check in why]


@pytest.mark.parametrize(
    ("text", "word", "check"),
    [
        ("The Ministry of Education signed a deal.", "Education", "inside-name"),
        ("Ships reached the port of Vladivostok.", "port", "named-place"),
        ("Oil prices fell sharply last week.", "Oil", "measured-amount"),
        ("Veterans who served as military advisers met in Hanoi.", "military", "served-as"),
        ("The energy minister arrived on Monday.", "energy", "office-or-head"),
        ("The exhibition drew 5,000 visitors.", "visitors", "counted"),
        ("Classes resumed in the 2021-2022 academic year.", "academic", "dated-year"),
        ("The CPRF leaders discussed cooperation.", "CPRF leaders discussed cooperation", "no-link"),
        ("A military parade was held on Red Square.", "military parade", "exclusion"),
    ],
)
def test_audit_names_the_check_that_dropped_a_word(text, word, check):
    assert found(text) == []
    assert (word, check) in why_not(text)


def test_audit_rows_are_named_data_in_order():
    from framing.sectors.checks import AT, CHECKS, NEXT, PAST

    names = [c.name for c in CHECKS]
    assert len(set(names)) == len(names) and "no-link" not in names and "exclusion" not in names
    assert all(c.move in (PAST, NEXT, AT) and c.example and callable(c.test) for c in CHECKS)
    # earlier checks shadow later ones: the place named comes before the actor, the name last of all
    assert names.index("named-place") < names.index("actor-not-field") < names.index("inside-name")


def test_passing_rejected_never_changes_the_mentions(docs):
    from framing.sectors.checks import CHECKS

    names = {c.name for c in CHECKS} | {"no-link", "exclusion"}
    texts = [*docs["text"], "The Ministry of Education signed a deal.", "Both parties to the loan agreement signed it.",
             "The CPRF supports the new bridge. Oil prices fell. Japan's economy shrank last year."]
    for text in texts:
        why: list = []
        assert match_text(text, rejected=why) == match_text(text)
        assert all(0 <= a < b <= len(text) and check in names for _, a, b, _, check in why)


# --- rejected_mentions: the audit as a table, one row per candidate dropped ----------------------


def test_rejected_mentions_by_hand():
    from framing.sectors import REJECTED_COLUMNS, rejected_mentions

    docs = pd.DataFrame({
        "doc_id": ["b", "a", "c"],  # corpus order, not sorted by id
        "period": ["p"] * 3,
        "text": [
            # "A " = 2, "military parade" = 15; 42 characters to "The ", so "CPRF" starts at 46
            "A military parade was held on Red Square. The CPRF leaders discussed cooperation.",
            # "The Ministry of " = 16; " signed a deal with the " = 24 after "Education" (16-25)
            "The Ministry of Education signed a deal with the port of Vladivostok.",
            "Energy ties grew.",  # a mention, nothing dropped
        ],
    })
    got = rejected_mentions(docs)
    assert list(got.columns) == REJECTED_COLUMNS
    assert got.values.tolist() == [
        ["b", "", 2, 17, "military parade", "exclusion", "military parade"],
        ["b", "party", 46, 80, "{party} {word} {word} {relation}", "no-link", "CPRF leaders discussed cooperation"],
        ["a", "education", 16, 25, "education", "inside-name", "Education"],
        ["a", "transport", 49, 53, "ports", "named-place", "port"],
    ]
    assert str(got["start"].dtype) == str(got["end"].dtype) == "int32"
    none = rejected_mentions(docs.iloc[2:])
    assert list(none.columns) == REJECTED_COLUMNS and len(none) == 0
    assert framing.rejected_mentions is rejected_mentions


def test_rejected_mentions_takes_the_lexicon_given(tmp_path):
    from framing.sectors import rejected_mentions

    own = tmp_path / "own.yml"
    own.write_text("sectors:\n  - id: growth\n    label: Growth\n    terms: [education]\n", encoding="utf-8")
    docs = _docs("The Ministry of Education signed a deal.")
    assert rejected_mentions(docs, lexicon=own)[["sector", "start", "end", "check"]].values.tolist() == [
        ["growth", 16, 25, "inside-name"]
    ]


def test_rejected_mentions_bad_docs_is_one_error():
    from framing.sectors import rejected_mentions

    with pytest.raises(AnalysisError, match="text"):
        rejected_mentions(pd.DataFrame({"doc_id": ["d"]}))
    with pytest.raises(AnalysisError, match="document 'd'"):
        rejected_mentions(pd.DataFrame({"doc_id": ["d"], "text": [None]}))


def test_rejected_mentions_over_the_study_corpus(docs, analysis, mentions):
    from framing.sectors import rejected_mentions
    from framing.sectors.checks import CHECKS

    before = mentions.copy()  # the fixture is built before the audit
    got = rejected_mentions(docs)
    pd.testing.assert_frame_equal(got, rejected_mentions(docs))  # deterministic
    for after in (find_sector_mentions(docs, sentences=analysis.sentences), find_sector_mentions(docs, actors=analysis.actors)):
        pd.testing.assert_frame_equal(after, before)  # the audit changes no mention
    pd.testing.assert_frame_equal(framing.analyse(docs, study=load_study()).mentions, analysis.mentions)
    assert len(got) > 0
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    names = {c.name for c in CHECKS} | {"no-link", "exclusion"}
    for row in got.itertuples(index=False):
        assert 0 <= row.start < row.end <= len(texts[row.doc_id])
        assert row.text == texts[row.doc_id][row.start : row.end]
        assert row.check in names and (row.sector == "") == (row.check == "exclusion")
    order = list(docs["doc_id"])
    keys = [(order.index(d), a) for d, a in zip(got["doc_id"], got["start"], strict=True)]
    assert keys == sorted(keys)


# --- probe 23: fields in wordings the lexicon lacked ---------------------------------------------


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


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Both sides agreed to protect endangered species in the forests of Cao Bang.", "forests"),
        ("The delegation later visited a forest in Vangvieng district.", "forest"),
        ("Mazur recalled that Tomsk's forests cover more than 60 percent of its territory.", "forests"),
        ("They suggested a study of climate adaptation in the Red River basin.", "River basin"),
    ],
)
def test_probe23_a_forest_as_the_place_of_the_story_is_no_field(text, word):
    assert all(surface != word for _, surface in found(text))
    assert (word, "wild-place") in why_not(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two sides will protect the forests of Cao Bang.", [("environment", "forests")]),
        ("They agreed to protect Tomsk's forests from fires.", [("environment", "forests")]),
        ("Russian forests and their protection were discussed.", [("environment", "forests")]),
        ("The two localities should protect the Kỳ Cùng–Zuojiang river basin.", [("people", "localities"),
                                                                               ("environment", "river basin")]),
        ("They discussed water security in the river basin.",
         [("environment", "water security"), ("environment", "river basin")]),
    ],
)
def test_probe23_forests_cared_for_or_of_a_kind_keep_their_field(text, expected):
    assert found(text) == expected


def test_probe23_forest_rangers_are_people_at_work():
    assert found("Việt Nam helped Laos educate forest rangers.") == [("education", "educate")]
    assert found("Việt Nam helped Laos protect its forests.") == [("environment", "forests")]


# --- probe 22: economy at real density ------------------------------------------------------------
def test_probe22_trade_named_by_both_directions():
    # fixes: import and export together (any order, "and", hyphen or slash) name trade
    assert found("Import and export via the Móng Cái crossing doubled.") == [("economy", "Import and export")]
    assert found("The firms deal in the import/export of machinery.") == [("economy", "import/export")]
    assert found("Export-import turnover with Laos rose.") == [("economy", "Export-import turnover")]
    # must not touch: one direction alone (round 16), and a bank's name
    assert found("Exports of cashew to India rose.") == []
    assert found("The Export-Import Bank of India opened a credit line.") == [("economy", "credit line")]


def test_probe22_an_acronym_after_the_sides_names_and_cross_border_transactions():
    # fixes: "FTA" after a pair of names joined by a dash is the field, not inside a name
    assert found("Officials said the Vietnam–EAEU FTA had lowered duties.") == [("economy", "FTA")]
    assert found("Banks will settle cross-border transactions in kip and dong.") == [
        ("economy", "cross-border transactions")]
    # must not touch: the acronym as a bracket alias, or inside a name that goes on
    assert found("The free trade agreement (FTA) entered into force.") == [("economy", "trade")]
    assert found("The Vietnam–EAEU FTA Joint Committee met.") == []


def test_probe22_a_named_marketplace_is_a_place():
    # fixes: a market after a place's own capitalised name is one marketplace
    assert found("Shoppers crowded the Bến Thành market on Sunday.") == []
    assert found("The delegation toured a textile mill and the Chợ Lớn market.") == []
    assert ("market", "actor-not-field") in why_not("Shoppers crowded the Bến Thành market on Sunday.")
    # must not touch: a country's adjective, a country, a bloc's acronym, a region joined by a dash
    assert found("Firms seek access to the Lao market.") == [("economy", "market")]
    assert found("Firms seek access to the Japan market.") == [("economy", "market")]
    assert found("Firms seek access to the ASEAN market.") == [("economy", "market")]
    assert found("Firms seek access to the Asia-Pacific market.") == [("economy", "market")]


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


def test_probe22_securities_are_stocks_not_defence():
    # fixes: the plural the keys fold into "security" is finance
    assert found("They will cooperate in banking, insurance and securities.") == [("economy", "banking")]
    # must not touch: security in the singular
    assert found("They will cooperate in security and insurance.") == [("defence_security", "security")]


def test_probe22_a_business_trip_is_a_journey():
    # fixes: a trip made for business names the trip
    assert found("He was in Hanoi on a business trip.") == []
    # must not touch: business ties between the partners
    assert found("Business ties between the two countries grew.") == [("economy", "Business")]


# --- review 28: misfires of round 26b and probes 22-23 ------------------------------------------


def test_rev28_a_word_ending_in_est_is_no_superlative():
    # fixes: "forest" read as a superlative ranked the economy (no economy left)
    assert ("economy", "economy") in found("Laos plans to build a forest economy with help from Vietnam.")
    # must not touch: a superlative still ranks the country
    assert found("Laos is among the fastest-growing economies in the region.") == []


def test_rev28_a_region_s_market_is_trade_not_a_marketplace():
    # fixes: a region named by its point of the compass was read as a marketplace's own name
    assert found("Vietnamese fruit now reaches the Far East market.") == [("economy", "market")]
    assert ("economy", "market") in found("Vietnamese exporters are targeting the Middle East market.")
    # must not touch: a marketplace's own name
    assert found("Shoppers crowded the Dong Ba market on Sunday.") == []


def test_rev28_an_economy_in_a_state_that_names_the_field_again():
    # fixes: a state verb whose clause names the field is the field ("remains a priority for investors")
    assert ("economy", "banking") in found(
        "Vietnam's banking system faces new opportunities from Russian investors.")
    assert ("economy", "economy") in found("The Vietnamese economy remains a priority for Russian investors.")
    # must not touch: a state of one country's branch
    assert found("The Lao banking system remained fragile last year.") == []


def test_rev28_water_wells_drilled_beside_an_oil_site():
    # fixes: wells drilled "there" for a purpose of no oil, in a sentence naming an oil field
    assert found("The village lies near the oil field, and volunteers will drill wells there for "
                 "drinking water.") == [("oil_gas", "oil field")]
    # must not touch: wells drilled there for oil's sake, or with no purpose
    assert ("oil_gas", "drill two wells") in found(
        "The rig reached Block 09-1 and will drill two wells there to reach the deeper reservoir.")
    assert ("oil_gas", "drill three wells") in found(
        "Vietsovpetro mapped the White Tiger field and will drill three wells there in 2026.")


def test_rev28_the_sea_qualifying_a_noun_and_water_of_no_name():
    # fixes: the sea that qualifies the noun after it; the water of the slot with no name
    assert found("Coast guards of both countries will protect the sea border.") == []
    assert found("Guests praised the use of the local water in the brewery.") == []
    # must not touch: the sea itself, cared for; a river's water by its name
    assert found("Both sides will cooperate in protecting the sea from pollution.")[0] == (
        "environment", "protecting the sea")
    assert found("The two sides discussed the sustainable use of the Mekong's water.") == [
        ("environment", "use of the Mekong's water")]


# --- Probe 24: education or its people and places ---------------------------------------------------


def test_probe24_people_of_study_acting_are_people_present():
    # fixes: students, pupils, teachers as the subject of a past act (over "the", a qualifier, a partner)
    assert found("After the speeches, the students performed a play.") == []
    assert found("Teachers greeted the minister at the gate.") == []
    assert found("Pupils and teachers lined up in the yard.") == []
    assert found("Students of the faculty of Russian later showed the guests their work.") == []
    assert found("The delegation toured a school where pupils recited poems.") == []
    assert found("Teachers welcomed them warmly, and the pupils sang a song.") == []
    assert ("students", "actor-not-field") in why_not("The students performed a play.")
    # must not touch: counted, studying, wanting, a participle, an object
    assert found("About 4,000 Lao students studied in Vietnam last year.") == [("education", "students")]
    assert found("Students want to learn Vietnamese.") == [("education", "Students")]
    assert found("Students selected by the ministry will go to Kazan.") == [("education", "Students")]
    assert found("Vietnamese students returned to Russian universities.") == [
        ("education", "students"), ("education", "universities")]
    assert found("The ambassador met Vietnamese students in Kazan.") == [("education", "students")]


def test_probe24_gift_recipients_and_a_persons_own_teachers():
    # fixes: tokens handed to people of study; someone's own teachers
    assert found("The guests presented gifts to pupils.") == []
    assert found("The consul handed certificates to the best learners.") == []
    assert found("The winners were met at the station by their teachers.") == []
    # must not touch: scholarships are the field; a verb of training before the owner; a body's teachers
    assert found("Hanoi granted 900 scholarships to Lao students.") == [
        ("education", "scholarships"), ("education", "students")]
    assert found("Laos asked for help to train their teachers.") == [("education", "train their teachers")]
    assert found("Cuba will send teachers to the province.") == [("education", "teachers")]


def test_probe24_one_school_told_of_thanked_or_near_a_place():
    # fixes: one school opening its sentence before a comma; thanked over an adjective; before "near"
    assert found("The school, opened in 2019, has ten classrooms.") == []
    assert found("She thanked the Russian university for its help.") == []
    assert found("The guests visited a school near the border.") == []
    # must not touch: the school as subject without a comma, the plural, building a school
    assert found("The school was closed for repairs.") == [("education", "school")]
    assert found("She thanked the Russian universities for training engineers.") == [
        ("education", "universities"), ("education", "training")]
    assert found("Vietnam will build a school near the border.") == [("education", "school")]
    assert found("Vietnam will build a school where Lao children learn.") == [("education", "school")]


# --- Probe 25: transport and science or one trip, place and laboratory -------------------------


def test_probe25_a_road_bridge_or_airport_where_the_story_happens():
    # fixes: one way or site after a preposition of place and "the", or "to" after a verb of going
    assert found("The minister's car stopped near the bridge over the river.") == []
    assert found("They walked along the old road to the next village.") == []
    assert found("On the road to the border gate, lorries queued for hours.") == []
    assert found("At the airport, the ambassador spoke to reporters.") == []
    assert found("The convoy then drove to the port.") == []
    # must not touch: the same words as a project or a field
    assert found("Russia will invest in the port and upgrade the road.") == [
        ("economy", "invest"), ("transport", "port"), ("transport", "road")]
    assert found("They discussed access to the port.") == [("transport", "port")]
    assert found("The two sides discussed ports of the two countries.") == [("transport", "ports")]


def test_probe25_an_airport_named_before_it_is_the_scene():
    # fixes: a name of two words ending like an adjective ("Bai"), and a first "At" before the name
    assert found("At Noi Bai airport, the guest told reporters the plan.") == []
    assert found("At Haneda airport, the minister greeted the delegation.") == []
    # must not touch: a country's adjective before it, no named place
    assert found("They will upgrade a Russian port.") == [("transport", "port")]


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


def test_probe25_one_satellite_is_one_craft():
    # fixes: one satellite after "a" and its modifiers
    assert found("The agency offered to launch a Lao weather satellite.") == []
    # must not touch: satellites, satellite data
    assert found("They will share satellite data.") == [("science_technology", "satellite")]


def test_probe25_one_persons_work_is_a_biography():
    # fixes: his, her or whose work and the field it is on
    assert found("Her invention helps farmers sort rice.") == []
    assert found("Petrov, whose research on plasma physics spans decades, spoke.") == []
    # must not touch: research with no single owner
    assert found("He proposed research on plasma physics.") == [
        ("science_technology", "research"), ("science_technology", "plasma physics")]
    assert found("Their joint research grew.") == [("science_technology", "research")]


def test_probe25_a_places_own_airport_acting_is_an_actor():
    # fixes: one place's facility as the subject of a verb
    assert found("The city's port will handle more containers.") == []
    # must not touch: the facility as a project, a country's ports
    assert found("They will upgrade the city's port.") == [("transport", "port")]
    assert found("Vietnam's ports will handle more goods.") == [("transport", "ports")]


# ==== round 27b (heldout54: party relations and high-level contacts) =============================
# module: framing.sectors.party


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


# module: framing.sectors.checks


def test_r27b_theoretical_works_are_writings_not_a_verb():
    # fixes: "works" after an adjective is the plural noun (the parties' theoretical writings)
    assert found("Both sides agreed to translate and publish each other's theoretical works.") == [
        ("party", "theoretical works")]
    assert found("The CPRF is ready to translate Vietnamese theoretical works into Russian.") == [
        ("party", "theoretical works")]
    # must not touch: "works" as a verb after a noun
    assert found("She explained how the party works with councils.") == []


def test_r27b_connectivity_of_a_field_is_that_fields():
    # fixes: connectivity right after a term of another field is that field's links
    assert found("The CPV will promote economic connectivity between the regions.") == [
        ("economy", "economic")]
    assert found("They will boost rail connectivity and energy connectivity.") == [
        ("transport", "rail connectivity"), ("energy", "energy")]
    # must not touch: connectivity alone, transport connectivity
    assert found("They will boost connectivity between the two regions.") == [("transport", "connectivity")]
    assert found("They discussed energy and transport connectivity.") == [
        ("energy", "energy"), ("transport", "transport connectivity")]


# module: framing.sectors.fields


def test_r27b_a_subject_taught_in_the_passive_is_teaching():
    # fixes: the passive of teaching; the schools right after it are the same mention
    assert found("He noted that Russian is now taught at the Vietnamese academy as an elective.") == [
        ("education", "is now taught")]
    assert found("Russian is now taught in 14 Vietnamese schools.") == [("education", "is now taught")]
    # must not touch: the active lesson; schools further off stay a mention of their own
    assert found("History has taught the two nations the value of peace.") == []
    assert found("Russian is now taught as a first foreign language at 12 secondary schools in Hanoi.") == [
        ("education", "is now taught"), ("education", "schools")]


# module: framing.sectors.cadres


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
