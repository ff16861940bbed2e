"""framing.scale: the parallel document-term matrix gives exactly the tokens table's counts."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import scale
from framing.corpus import load_corpus
from framing.errors import AnalysisError
from framing.normalize import _TOKEN_RE_FAST
from framing.normalize import TOKEN_RE as _TOKEN_RE
from framing.scale import count_matrix, iter_corpus
from framing.tokens import tokenize


def _docs(*texts: str) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "period": "p", "text": list(texts)})


def _expected(texts) -> dict:
    """(row, stem) -> count from the full tokens table, with count_matrix's default filters."""
    tok = tokenize(_docs(*texts))
    kept = tok[~tok["is_stop"] & ~tok["is_punct"] & ~tok["is_number"]]
    rows = {d: i for i, d in enumerate(f"d{i}" for i in range(len(texts)))}
    return {(rows[d], s): n for (d, s), n in kept.groupby(["doc_id", "stem"], observed=True).size().items()}


def _as_dict(x, terms) -> dict:
    coo = x.tocoo()
    return {(int(r), str(terms[c])): int(v) for r, c, v in zip(coo.row, coo.col, coo.data, strict=True)}


def test_hand_counted_sentence():
    text = (
        "The United Russia Party and the CPV agreed: cooperation, cooperation and energy "
        "cooperation. Russia's energy_2 in 2026."
    )
    x, terms = count_matrix([text], n_jobs=1)
    # By hand: "The", "and", "the", "'s", "in" are stopwords; ":", ",", ".", "_" punctuation;
    # "2" and "2026" numbers. "United Russia Party" and "CPV" are entities (one term each, their
    # folded canonical names), "Russia" an entity; cooperation x3 -> "cooper", energy x2 ->
    # "energi", agreed -> "agre". "united", "parti" (only inside the entity) are not columns.
    assert dict(zip(terms.tolist(), x.toarray()[0].tolist(), strict=True)) == {
        "agre": 1,
        "communist party of viet nam": 1,
        "cooper": 3,
        "energi": 2,
        "russia": 1,
        "united russia party": 1,
    }
    assert x.dtype == np.int32
    assert list(terms) == sorted(terms)


def test_lower_case_word_starts_no_entity():
    # "to" folds like "Tô" of "Tô Lâm", but a name starts with a capital: here "to" is a stopword
    # and "Lâm" alone is the alias of Tô Lâm (one entity term); with "Tô" both are one entity.
    x, terms = count_matrix(["regards to Lâm", "regards Tô Lâm"], n_jobs=1)
    assert terms.tolist() == ["regard", "to lam"]
    assert x.toarray().tolist() == [[1, 1], [1, 1]]
    assert _as_dict(x, terms) == _expected(["regards to Lâm", "regards Tô Lâm"])


def test_study_corpus_matches_tokens_table():
    docs = load_corpus()
    x, terms = count_matrix(docs["text"], n_jobs=1)
    assert _as_dict(x, terms) == _expected(list(docs["text"]))
    # "cooperation" (stem "cooper") in the Pyongyang report: `grep -oi cooperat` finds 7
    # "cooperation" and 2 "Cooperation"; both capitalised ones are inside entity names ("Asia-Pacific
    # Economic Cooperation", "Master Plan on Việt Nam–Russia Cooperation up to 2030"), so 7.
    # The Moscow report has 6 (all lower case).
    col = list(terms).index("cooper")
    by_doc = dict(zip(docs["doc_id"], x[:, col].toarray().ravel().tolist(), strict=True))
    assert by_doc == {"2025-10-10-pyongyang": 7, "2026-02-24-moscow": 6}


def test_local_processes_give_the_same_matrix(monkeypatch):
    texts = list(load_corpus()["text"]) * 3 + ["", "Medvedev.", "oil and gas, oil and gas"]
    x1, t1 = count_matrix(texts, n_jobs=1, chunk_size=1000)
    monkeypatch.setattr(scale, "MIN_PARALLEL_CHARS", 0)
    x2, t2 = count_matrix(texts, n_jobs=2, chunk_size=2)  # 5 partitions on Dask's local processes
    assert list(t1) == list(t2)
    assert (x1 != x2).nnz == 0
    assert x2.shape == (len(texts), len(t1))
    assert x2[len(texts) - 3].nnz == 0  # the empty text has an empty row


def test_same_terms_as_keyness_unigrams():
    from framing.stats import document_term_matrix

    docs = load_corpus()
    x, terms = document_term_matrix(tokenize(docs), ngram_range=(1, 1))
    y, t2 = count_matrix(docs["text"], n_jobs=1)
    assert list(terms["term"]) == list(t2)
    assert (x != y).nnz == 0


_PIECES = st.sampled_from(
    [
        "United", "Russia", "Party", "Việt", "Nam", "Viet", "Tô", "Lâm", "CPV", "to", "the", "of",
        "Workers", "'", "’", "'s", "’s", "Korea", "Communist", "Security", "Council", "Hà", "Nội", "science-technology", "U.S.", "e.g.", "3.5", "1,000",
        "2026", "cooperation", "energy", "_", "a_b", "(", ")", ",", ".", "—", "–", "-", "oil",
        "gas", "Hồ", "Chí", "Minh", "Ho", "Chi", "Academy", "Politics", "National", "x\u0301",
        "\u00ad", "dog's", "citizens'", "it’s", "Asia-Pacific", "Economic", "Cooperation",
    ]
)
_SPACES = st.sampled_from([" ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2009", "", " \r\n"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_PIECES, _SPACES), min_size=0, max_size=30))
def test_property_counts_equal_tokens_table(parts):
    text = "".join(p + s for p, s in parts)
    x, terms = count_matrix([text, text.upper()], n_jobs=1)
    assert _as_dict(x, terms) == _expected([text, text.upper()])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_PIECES, _SPACES), min_size=0, max_size=30))
def test_property_fast_pattern_equals_exact_one(parts):
    text = "".join(p + s for p, s in parts).replace("_", "")
    exact = [m.span() for m in _TOKEN_RE.finditer(text)]
    assert [m.span() for m in _TOKEN_RE_FAST.finditer(text)] == exact


def test_bad_arguments():
    with pytest.raises(AnalysisError, match=r"^chunk_size: must be at least 1, got 0$"):
        count_matrix(["a"], chunk_size=0)
    with pytest.raises(AnalysisError, match=r"^n_jobs: must be at least 1, got 0$"):
        count_matrix(["a"], n_jobs=0)
    with pytest.raises(AnalysisError, match=r"^texts\[1\]: expected a string, got float$"):
        count_matrix(["a", float("nan")])


def test_empty_input():
    x, terms = count_matrix([], n_jobs=1)
    assert x.shape == (0, 0)
    assert len(terms) == 0


def test_iter_corpus_streams_the_same_documents(tmp_path):
    docs = load_corpus()
    chunks = list(iter_corpus(Path(__file__).resolve().parents[1] / "data" / "raw", chunk_size=1))
    assert [len(c) for c in chunks] == [1, 1]
    streamed = pd.concat(chunks, ignore_index=True).set_index("doc_id")
    for doc_id, text, period in zip(docs["doc_id"], docs["text"], docs["period"], strict=True):
        assert streamed.loc[doc_id, "text"] == text
        assert streamed.loc[doc_id, "period"] == period
    with pytest.raises(Exception, match="corpus folder does not exist"):
        next(iter_corpus(tmp_path / "nope"))


def test_the_default_scheduler_follows_the_size_and_the_environment(monkeypatch):
    monkeypatch.delenv("DASK_SCHEDULER_ADDRESS", raising=False)
    cases = [
        ((1999, 4_999_999), "sync"),
        ((2000, 10), "processes"),  # LOCAL_MAX_DOCS reached
        ((10, 5_000_000), "processes"),  # LOCAL_MAX_CHARS reached
    ]
    for (n_docs, n_chars), expected in cases:
        with scale.open_scheduler(n_docs=n_docs, n_chars=n_chars) as where:
            assert where == expected, (n_docs, n_chars)
    with scale.open_scheduler("synchronous", n_docs=10**6) as where:
        assert where == "sync"
    with scale.open_scheduler("processes") as where:
        assert where == "processes"
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "processes")
    with scale.open_scheduler(n_docs=1) as where:  # the environment wins over the size
        assert where == "processes"


def test_an_unknown_scheduler_is_a_one_line_error():
    with pytest.raises(AnalysisError, match=r"^scheduler: 'cluster' is neither 'sync', 'processes' nor an address"):
        with scale.open_scheduler("cluster"):
            pass


def test_map_partitions_in_this_process_keeps_order_and_passes_options():
    assert scale.map_partitions(sorted, [[3, 1, 2], [], [0, 5]], reverse=True) == [[3, 2, 1], [], [5, 0]]
    assert scale.map_partitions(sorted, []) == []


def test_local_processes_keep_the_order_of_the_parts():
    parts = [[5, 1], [9], [], [4, 2, 7]]
    got = scale.map_partitions(sorted, parts, scheduler="processes", num_workers=2, reverse=True)
    assert got == [[5, 1], [9], [], [7, 4, 2]]


def test_analyse_by_partitions_gives_the_same_tables_as_in_one_piece():
    from framing.analysis import analyse
    from framing.config import load_study

    study = load_study()
    docs = load_corpus(study.corpus, metadata=study.metadata)
    # a third report with no sector mention and an empty fourth: partitions without rows
    extra = pd.DataFrame({"doc_id": ["x-quiet", "y-empty"], "period": ["2026-02", "2025-10"],
                          "text": ["Nothing here names a sector.", ""]})
    docs = pd.concat([docs, extra.reindex(columns=docs.columns)], ignore_index=True)
    whole = analyse(docs, study=study)
    parts = analyse(docs, study=study, scheduler="sync", chunk_size=1)  # one report per partition
    for name in ("docs", "sentences", "tokens", "mentions"):
        pd.testing.assert_frame_equal(getattr(whole, name), getattr(parts, name), check_exact=True)
    assert list(parts.mentions["doc_id"].cat.categories)[:2] == list(docs["doc_id"])[:2]
    assert parts.tokens["doc_id"].nunique() == 3  # the empty report has no token


def test_acronyms_defined_in_brackets_are_not_counted_twice():
    # issue 13: as the tokens table, "(CPV)" after the full name is no second count
    text = "The Lao People's Revolutionary Party (LPRP) and the Communist Party of Việt Nam (CPV) met. The LPRP and CPV agreed."
    x, terms = count_matrix([text], n_jobs=1)
    counts = dict(zip(terms, x.toarray()[0].tolist(), strict=True))
    assert counts["lprp"] == 1 and counts["communist party of viet nam"] == 2
    assert _as_dict(x, terms) == _expected([text])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ9_.,;:!?)('’-s\u00e2", min_size=1, max_size=8).filter(lambda p: not p.isspace()))
def test_property_piece_fast_paths_equal_the_pattern(piece):
    # "energy", "CPV", "2026" and "gas," skip the token pattern: same tokens, same facts
    by_pattern = tuple(map(scale._surface_info, scale._norm.findall_pattern(piece).findall(piece)))
    assert scale._piece_tokens.__wrapped__(piece) == by_pattern


def test_partitions_in_this_process_give_the_same_matrix(monkeypatch):
    texts = list(load_corpus()["text"]) * 2 + ["Medvedev met Tô Lâm.", ""]
    x1, t1 = count_matrix(texts, n_jobs=1)
    monkeypatch.setattr(scale, "LOCAL_PART_CHARS", 1)  # one text per partition
    x2, t2 = count_matrix(texts, n_jobs=1)
    assert list(t1) == list(t2)
    assert (x1 != x2).nnz == 0
    assert _as_dict(x2, t2) == _expected(texts)


def test_overlapping_entity_candidates_match_left_to_right():
    # "Việt Nam" inside "Communist Party of Việt Nam" is no second entity; a name that ends where
    # the next begins is two.
    texts = [
        "The Communist Party of Việt Nam and Việt Nam, Russia Russia.",
        "Tô Lâm Tô Lâm; United Russia Party United Russia",
    ]
    x, terms = count_matrix(texts, n_jobs=1)
    assert _as_dict(x, terms) == _expected(texts)
    counts = dict(zip(terms.tolist(), x.toarray()[0].tolist(), strict=True))
    assert counts["communist party of viet nam"] == 1
    assert counts["russia"] == 2
