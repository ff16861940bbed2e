"""The sparse path of the statement alignment: candidates bounded per sentence, same matching."""

import numpy as np
import pandas as pd

from framing import alignment
from framing.alignment import _match_dense, _match_sparse, _top_pairs


def _bags(stems: list[list[str]]) -> pd.DataFrame:
    return pd.DataFrame({"_stems": stems})


def test_top_pairs_keeps_the_best_then_the_ties_nearest_the_rows_position():
    block = np.zeros((2, 20))
    block[0, 0:12] = 0.5  # 12 equal candidates: row 0 of 2 takes those from the start of its list
    block[1, 4:16] = 0.5  # row 1 of 2: from the middle of its 13 (place 6.5: columns 10 and 11)
    block[1, 19] = 0.9  # the most similar is kept whatever its place
    r, c, over = _top_pairs(block, 0.45, np.array([0, 1]), total=2, keep=8)
    assert c[r == 0].tolist() == [0, 1, 2, 3, 4, 5, 6, 7]
    # 0.9 first, then by distance to place 6.5: columns 10, 11; 9, 12; 8, 13; then 7 and 14 tie
    # and the smaller column goes first
    assert c[r == 1].tolist() == [7, 8, 9, 10, 11, 12, 13, 19]
    assert over.tolist() == [0, 1]


def test_top_pairs_keeps_every_candidate_under_the_cap():
    block = np.array([[0.5, 0.44, 0.46], [0.0, 0.0, 0.0]])
    r, c, over = _top_pairs(block, 0.45, np.array([0, 1]), total=2, keep=8)
    assert list(zip(r.tolist(), c.tolist(), strict=True)) == [(0, 0), (0, 2)]
    assert len(over) == 0


def test_sparse_matching_pairs_as_much_similarity_as_the_dense_assignment(monkeypatch):
    # under the cap the sparse path is exact: same number paired, same total similarity, also with
    # the smallest cap (rows here have up to 18 candidates)
    monkeypatch.setattr(alignment, "PAIR_BUDGET", 0)
    for seed in range(10):
        rng = np.random.default_rng(seed)
        vocab = [f"w{i}" for i in range(8)]
        ref = _bags([list(rng.choice(vocab, 3)) for _ in range(60)])
        tgt = _bags([list(rng.choice(vocab, 3)) for _ in range(60)])
        d_partner, _, d_best_value, d_value = _match_dense(ref, tgt, 0.45)
        s_partner, _, s_best_value, s_value = _match_sparse(ref, tgt, 0.45)
        assert np.allclose(d_best_value, s_best_value)
        assert (d_partner >= 0).sum() == (s_partner >= 0).sum()
        assert np.isclose(d_value[d_partner >= 0].sum(), s_value[s_partner >= 0].sum())


def test_repeated_sentences_all_find_a_partner_with_the_cap(monkeypatch):
    # 30 copies on each side: every target copy has 30 equal candidates; with 8 kept per row the
    # rows spread over the columns, so all 30 are still paired (as the dense assignment pairs them)
    monkeypatch.setattr(alignment, "TOP_PAIRS", 8)
    monkeypatch.setattr(alignment, "PAIR_BUDGET", 0)
    monkeypatch.setattr(alignment, "_BLOCK_ROWS", 7)  # several blocks
    ref = _bags([["trade", "energy", "grow"]] * 30)
    tgt = _bags([["trade", "energy", "grow"]] * 30)
    partner, _, _, value = _match_sparse(ref, tgt, 0.45)
    assert sorted(partner.tolist()) == list(range(30))
    assert np.allclose(value, 1.0)


def test_capped_sentences_left_unpaired_look_again_among_the_free_ones(monkeypatch):
    # 10 copies among 1,000 reference sentences: with 2 candidates kept, the first matching pairs
    # only a few (the rows ask for the same columns); the repair rounds pair all 10, as dense does
    monkeypatch.setattr(alignment, "TOP_PAIRS", 2)
    monkeypatch.setattr(alignment, "PAIR_BUDGET", 0)
    ref = _bags([["trade", "energy", "grow"]] * 10 + [[f"x{i}", f"y{i}"] for i in range(990)])
    tgt = _bags([["trade", "energy", "grow"]] * 10)
    d_partner = _match_dense(ref, tgt, 0.45)[0]
    s_partner, _, _, value = _match_sparse(ref, tgt, 0.45)
    assert (d_partner >= 0).sum() == 10
    assert sorted(s_partner.tolist()) == list(range(10)) and np.allclose(value, 1.0)


def test_a_repair_round_keeps_the_first_pairs_and_pairs_no_reference_twice(monkeypatch):
    # with no similarity floor (reworded = 0) a taken reference sentence of similarity 0 is still a
    # candidate unless it is left out: the repair rounds may only use the free ones
    monkeypatch.setattr(alignment, "TOP_PAIRS", 2)
    monkeypatch.setattr(alignment, "PAIR_BUDGET", 0)
    calls = []
    assign = alignment._assign

    def spy(*args):
        got = assign(*args)
        calls.append(got[0].copy())
        return got

    monkeypatch.setattr(alignment, "_assign", spy)
    ref = _bags([["trade", "energy", "grow"]] * 4 + [[f"x{i}", f"y{i}"] for i in range(6)])
    tgt = _bags([["trade", "energy", "grow"]] * 10)
    partner = _match_sparse(ref, tgt, 0.0)[0]
    first = calls[0]
    assert len(calls) >= 2  # a repair round ran
    kept = first >= 0
    assert partner[kept].tolist() == first[kept].tolist()
    paired = partner[partner >= 0]
    assert len(paired) == len(set(paired.tolist()))
    # 10 targets, 10 reference sentences, every pair allowed at reworded = 0: all are paired
    assert sorted(paired.tolist()) == list(range(10))
