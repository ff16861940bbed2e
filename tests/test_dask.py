"""The pipeline on a Dask cluster gives the same tables as in this process (issue 16, point 5).

A ``distributed.LocalCluster`` of two worker processes on 127.0.0.1 stands in for a cluster: the
tables of :func:`framing.analyse` built there, partition by partition, must equal those built here
in one piece, row for row and dtype for dtype, on the study corpus and on a generated corpus.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pytest

from framing.analysis import analyse
from framing.config import load_study
from framing.corpus import load_corpus
from framing.errors import AnalysisError
from framing.scale import count_matrix, map_partitions, open_scheduler

pytestmark = pytest.mark.cluster

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
TABLES = ("docs", "sentences", "tokens", "mentions")


def _corpusgen():
    spec = importlib.util.spec_from_file_location("corpusgen_for_dask", BENCH / "corpusgen.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["corpusgen_for_dask"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None,
    ) as lc, distributed.Client(lc) as client:
        yield lc, client


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """60 generated reports (benchmarks/corpusgen.py), loaded as the corpus table."""
    gen = _corpusgen()
    folder = tmp_path_factory.mktemp("generated")
    for i in range(60):
        name, content = gen.generate_document(i)
        (folder / name).write_bytes(content.encode("utf-8"))
    return load_corpus(folder)


def _assert_same(a, b):
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), check_exact=True)
    assert a.groups == b.groups


def test_study_tables_are_the_same_on_the_cluster(cluster):
    _, client = cluster
    study = load_study()
    docs = load_corpus(study.corpus, metadata=study.metadata)
    here = analyse(docs, study=study)
    there = analyse(docs, study=study, scheduler=client, chunk_size=1)  # one report per partition
    _assert_same(here, there)
    assert len(there.tokens) > 1000 and len(there.mentions) > 50  # the real study, not an empty one
    assert list(there.tokens["doc_id"].unique()) == list(docs["doc_id"])  # rows in document order


def test_generated_tables_are_the_same_on_the_cluster_given_its_address(cluster, generated):
    lc, _ = cluster
    here = analyse(generated)
    # by address, as `framing reproduce --scheduler tcp://...` connects; 7 uneven partitions
    there = analyse(generated, scheduler=lc.scheduler_address, chunk_size=9)
    _assert_same(here, there)
    # rows in document order, partitions put back in order whichever worker finished first
    assert list(there.tokens["doc_id"].unique()) == list(generated["doc_id"])
    assert list(there.sentences["doc_id"].unique()) == list(generated["doc_id"])


def test_count_matrix_is_the_same_on_the_cluster(cluster, generated):
    _, client = cluster
    texts = list(generated["text"])
    x1, t1 = count_matrix(texts, n_jobs=1)
    x2, t2 = count_matrix(texts, chunk_size=7, scheduler=client)
    assert list(t1) == list(t2)
    assert (x1 != x2).nnz == 0 and x1.nnz > 1000


def test_map_partitions_keeps_the_order_of_the_parts(cluster):
    _, client = cluster
    parts = [[5, 1], [9], [], [4, 2, 7]]
    assert map_partitions(sorted, parts, scheduler=client, reverse=True) == [[5, 1], [9], [], [7, 4, 2]]


def test_an_address_where_no_scheduler_answers_is_a_one_line_error():
    with pytest.raises(AnalysisError) as err, open_scheduler("tcp://127.0.0.1:9"):
        pass
    assert str(err.value).startswith("scheduler tcp://127.0.0.1:9: no Dask scheduler answers there")
    assert "\n" not in str(err.value)
