"""Scale-out on one machine: ``ingest --workers N`` extracts in N processes with one writer,
and the graph is the graph of one worker (equality as defined in ``test_failures``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from actorgraph.graph.falkor import FalkorStore
from actorgraph.ingest.pipeline import ingest

from .conftest import ROOT
from .test_failures import assert_consistent, assert_same_graph, canonical, generate

REPORTS = 200


@pytest.mark.slow
def test_two_workers_build_the_graph_of_one(tmp_path: Path, falkor: FalkorStore) -> None:
    corpus = generate(tmp_path / "corpus", REPORTS, seed=11)
    one = ingest(falkor, [corpus], batch=20, workers=1)
    with FalkorStore(falkor.home, database=f"{falkor.database}-w2") as other:
        try:
            two = ingest(other, [corpus], batch=20, workers=2)
            assert_consistent(other)
            assert_same_graph(canonical(other), canonical(falkor))
        finally:
            other.drop()
    assert one.to_dict() == two.to_dict()
    assert one.reports == REPORTS and not one.failures


def test_a_text_met_twice_in_one_run_is_written_once(tmp_path: Path, falkor: FalkorStore) -> None:
    corpus = generate(tmp_path / "corpus", 3, seed=12)
    first = sorted(corpus.rglob("*.txt"))[0]
    shutil.copy(first, corpus / "zz-copy-of-the-first.txt")  # the same text, read last
    summary = ingest(falkor, [corpus], batch=1, workers=2)
    assert (summary.reports, summary.skipped) == (3, 1)
    assert falkor.read("MATCH (r:Report) RETURN count(r) AS n")[0]["n"] == 3


@pytest.mark.slow
def test_a_dask_cluster_builds_the_graph_of_one_worker(tmp_path: Path, falkor: FalkorStore) -> None:
    """``ingest --executor dask --scheduler tcp://...``: extraction on a Dask cluster (here a
    local one of two worker processes, reached by its address) gives the graph of one worker."""
    distributed = pytest.importorskip("distributed", reason="pip install actorgraph[dask]")
    corpus = generate(tmp_path / "corpus", 40, seed=13)
    one = ingest(falkor, [corpus], batch=10, workers=1)
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                 dashboard_address=None) as cluster,
        FalkorStore(falkor.home, database=f"{falkor.database}-dask") as other,
    ):  # fmt: skip
        try:
            two = ingest(other, [corpus], batch=10, executor="dask",
                         scheduler=cluster.scheduler_address)  # fmt: skip
            assert_consistent(other)
            assert_same_graph(canonical(other), canonical(falkor))
        finally:
            other.drop()
    assert one.to_dict() == two.to_dict()
    assert one.reports == 40 and not one.failures


def test_a_scheduler_that_does_not_answer_is_a_one_line_error(
    falkor: FalkorStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed", reason="pip install actorgraph[dask]")
    from actorgraph.errors import ActorgraphError
    from actorgraph.ingest import cluster

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "2s")

    with pytest.raises(ActorgraphError, match=r"tcp://127\.0\.0\.1:9: no Dask scheduler answers"):
        ingest(falkor, [], executor="dask", scheduler="tcp://127.0.0.1:9")


# A Ctrl-C that lands inside ProcessPoolExecutor.submit, after the work item is recorded but
# before its id is queued, leaves an item no worker will ever take; the script records one so.
STOPPED_MID_SUBMIT = """
from concurrent.futures import Future
from concurrent.futures.process import _WorkItem
from actorgraph.ingest.pipeline import _Workers
from actorgraph.read.inputs import read_text

with _Workers(2) as workers:
    done = list(workers.extract([read_text("Title\\nOlaf Scholz met Pedro Sanchez.\\n", "a.txt")]))
    workers.pool._pending_work_items[10**6] = _WorkItem(Future(), print, (), {})
    raise KeyboardInterrupt
"""


def test_an_interrupted_ingest_does_not_wait_for_work_no_worker_will_take() -> None:
    run = subprocess.run(
        [sys.executable, "-c", STOPPED_MID_SUBMIT], env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "KeyboardInterrupt" in run.stderr and run.returncode != 0, run.stderr
