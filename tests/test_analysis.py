"""framing.analysis: the tables of a corpus are its chunks' tables put back together."""

import pandas as pd
from pandas.testing import assert_frame_equal

from framing.analysis import _concat, analyse


def test_chunked_analysis_equals_the_whole_corpus_in_one_partition():
    docs = pd.DataFrame({
        "doc_id": ["b", "a", "c", "d"],
        "period": ["p2", "p1", "p1", "p2"],
        "text": ["Both sides agreed on energy. Putin said trade grew.", "", "Oil and gas ties.",
                 "Cooperation between the CPV and the CPRF grew."],
    })
    whole = analyse(docs)
    parts = analyse(docs, scheduler="sync", chunk_size=1)  # four partitions, one empty
    for name in ("sentences", "tokens", "mentions"):
        assert_frame_equal(getattr(parts, name), getattr(whole, name), check_exact=True)
    # the token text columns are categorical with sorted categories in both
    assert list(parts.tokens["stem"].cat.categories) == sorted(set(whole.tokens["stem"]))


def test_concat_joins_categories_of_different_dtypes():
    # a chunk whose values are all missing has object categories, another str ones
    a = pd.DataFrame({"x": pd.Series([None], dtype=object).astype("category"), "n": [1]})
    b = pd.DataFrame({"x": pd.Series(["v", "u"]).astype("category"), "n": [2, 3]})
    out = _concat([a, b], pd.DataFrame({"doc_id": []}), {"x": "sorted"})
    assert out["x"].isna().tolist() == [True, False, False]
    assert out["x"].astype(object).tolist()[1:] == ["v", "u"]
    assert list(out["x"].cat.categories) == ["u", "v"] and out["n"].tolist() == [1, 2, 3]
