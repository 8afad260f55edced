"""Extraction on a Dask cluster (``ingest --executor dask [--scheduler tcp://HOST:8786]``):
reports go to the cluster's workers, extractions come back in input order, and the one writer
stays here, so the graph is the graph of one worker.

Dask rather than Ray: ``distributed`` installs from PyPI as pure-Python wheels, its client is
a ``concurrent.futures`` executor like the local process pool, a ``LocalCluster`` runs the
same code in tests, and a worker that dies has its tasks rerun elsewhere; Ray brings a
large platform-specific wheel and its own object store and daemons for work that is a plain
map over reports. Without ``--scheduler`` a local cluster of ``--workers`` processes runs.
Every worker needs actorgraph installed (same version) to import the extractor.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from actorgraph.errors import ActorgraphError
from actorgraph.model import Report

CONNECT_TIMEOUT = "20s"


class DaskWorkers:
    """Extraction on a Dask cluster: at ``scheduler``, or a local one of ``count`` processes."""

    def __init__(self, scheduler: str | None, count: int) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ActorgraphError(
                "--executor dask needs Dask: pip install 'actorgraph[dask]'"
            ) from None
        self.cluster = None
        if scheduler is None:
            self.cluster = LocalCluster(n_workers=count, threads_per_worker=1, processes=True,
                                        dashboard_address=None)  # fmt: skip
        try:
            self.client = Client(scheduler or self.cluster, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise ActorgraphError(f"{scheduler}: no Dask scheduler answers ({exc})") from None

    def __enter__(self) -> DaskWorkers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self.cluster is not None:
            self.cluster.close()

    def extract(self, reports: list[Report]) -> Iterator[Any]:
        """Extractions in input order; submitted to the cluster now."""
        from actorgraph.ingest.pipeline import extract_one

        futures = self.client.map(extract_one, reports, pure=False)
        return _results(reports, futures)


def _results(reports: list[Report], futures: list[Any]) -> Iterator[Any]:
    from distributed import KilledWorker

    from actorgraph.ingest.pipeline import WORKER_DIED

    for report, future in zip(reports, futures, strict=True):
        try:
            yield future.result()
        except KilledWorker:  # its workers died again and again (killed, out of memory)
            yield (report.path or report.id, WORKER_DIED)
