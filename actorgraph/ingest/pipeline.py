"""Ingest: read -> extract -> resolve -> write, in batches, with one writer.

Extraction runs in ``workers`` processes when asked; the writer stays in this process and
writes the batches in input order, so the graph does not depend on the number of workers.
A worker ends itself when the ingest that started it dies.
With workers, the next batch is being extracted while the current one is written.
A file that cannot be read, a report whose extraction raises, or a report whose write fails
(any exception) is a failure with its file and a one-line reason; the rest of the batch goes
in. Only a lost engine (:class:`~actorgraph.errors.EngineError`: a crash, a full disk) stops
the run, with the number of reports written before it. Reports
already in the graph, or already met in this run (the same text under another name), are
skipped.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

from actorgraph.errors import (
    ActorgraphError,
    EngineError,
    IngestStopped,
    InputError,
    LockTimeout,
    reason,
)
from actorgraph.extract.report import extract
from actorgraph.graph import republish, writer
from actorgraph.graph.store import GraphStore
from actorgraph.model import Extraction, Report
from actorgraph.read.inputs import Item, iter_reports
from actorgraph.resolve import grading, judgements
from actorgraph.resolve.resolver import Resolver

BATCH = 50
Extracted = Extraction | tuple[str, str]  # an extraction, or (where, reason) of a failure
WORKER_DIED = "extraction failed: its worker process died twice (killed, or out of memory?)"


@dataclass
class IngestSummary:
    reports: int = 0
    skipped: int = 0
    entities: int = 0
    events: int = 0
    relations: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    republished: int = 0  # skipped copies whose other publisher was added as a source
    # what the counts count: distinct entities, events and relations of the new reports
    _seen: dict[str, set[Any]] = field(default_factory=dict, repr=False)

    def add(self, x: Extraction) -> None:
        """Count a written report; an entity (event, relation) named by several reports
        counts once."""
        self.reports += 1
        for name, keys in (
            ("entities", [e.id for e in x.entities]),
            ("events", [e.id for e in x.events]),
            ("relations", [(r.subject, r.predicate, r.object) for r in x.relations]),
        ):
            seen = self._seen.setdefault(name, set())
            seen.update(keys)
            setattr(self, name, len(seen))

    def to_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if not k.startswith("_")}
        data["failures"] = [{"path": p, "reason": r} for p, r in self.failures]
        return data


def ingest(
    store: GraphStore,
    paths: Iterable[str | Path],
    *,
    workers: int = 1,
    batch: int = BATCH,
    progress: Callable[[int], None] | None = None,
    summary: IngestSummary | None = None,
    executor: str = "processes",
    scheduler: str | None = None,
) -> IngestSummary:
    """Ingest every report under ``paths`` into ``store`` (first completing a merge or unmerge
    that was killed half-way). Counts go into ``summary`` as each batch is written, so a
    caller that is interrupted still knows what was saved. Extraction runs in ``workers``
    local processes, or with ``executor="dask"`` on the Dask cluster at ``scheduler`` (a
    local one of ``workers`` processes when it is None: :mod:`actorgraph.ingest.cluster`)."""
    store.ensure_schema()
    judgements.complete_pending(store)
    summary = IngestSummary() if summary is None else summary
    try:
        pool = partial(_pool, executor, workers, scheduler)
        _run(store, paths, pool, batch, progress, summary)
    except (IngestStopped, LockTimeout):
        raise
    except EngineError as exc:
        raise IngestStopped(exc, summary.reports) from exc
    return summary


def _run(
    store: GraphStore,
    paths: Iterable[str | Path],
    workers: Callable[[], Any],
    batch: int,
    progress: Callable[[int], None] | None,
    summary: IngestSummary,
) -> None:
    resolver = Resolver(store)
    grades = grading.load()
    seen: set[str] = set()
    copies: list[Report] = []  # texts already met: their publisher may be one more source
    pending: tuple[int, Iterator[Extracted]] | None = None
    with workers() as pool:
        for items in _chunks(iter_reports(paths), batch):
            reports = _new_reports(store, items, summary, seen, copies)
            started = (len(items), pool.extract(reports))
            if pending:  # the workers extract this batch while the previous one is written
                _finish(store, resolver, pending, grades, summary, progress)
            pending = started
        if pending:
            _finish(store, resolver, pending, grades, summary, progress)
    summary.republished += sum(republish.add_publisher(store, c) is not None for c in copies)


EXECUTORS = ("processes", "dask")


def _pool(executor: str, workers: int, scheduler: str | None) -> Any:
    if executor == "dask":
        from actorgraph.ingest.cluster import DaskWorkers

        return DaskWorkers(scheduler, workers)
    if executor != "processes" or scheduler is not None:
        raise ActorgraphError(f"--scheduler {scheduler} needs --executor dask, not {executor}")
    return _Workers(workers)


class _Workers:
    """Extraction in ``count`` processes (or here, for one). A worker that dies (killed, out
    of memory) breaks its pool: the pool is replaced, the reports it had not returned are
    extracted once more in the new one, and if that breaks too they are failures."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.pool = _executor(count)

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        """Wait for the workers, unless the ingest stops (Ctrl-C, an error): then the work not
        yet started is cancelled and nothing waits for it (a submit cut short by Ctrl-C can
        leave an item no worker will take, and waiting for it would hang the exit)."""
        if self.pool is not None:
            stopping = kind is not None
            self.pool.shutdown(wait=not stopping, cancel_futures=stopping)

    def extract(self, reports: list[Report]) -> Iterator[Extracted]:
        """Extractions in input order: submitted to the workers now, or computed here."""
        if self.pool is None:
            return iter([extract_one(r) for r in reports])
        pool = self.pool
        try:
            return self._results(reports, pool, self._submit(pool, reports), retry=True)
        except BrokenProcessPool:  # it broke before this batch was submitted
            return self._again(reports, pool)

    def _submit(self, pool: Any, reports: list[Report]) -> Iterator[Extracted]:
        chunks = max(1, len(reports) // (2 * self.count))
        return pool.map(extract_one, reports, chunksize=chunks)

    def _results(
        self, reports: list[Report], pool: Any, results: Iterator[Extracted], retry: bool
    ) -> Iterator[Extracted]:
        done = 0
        try:
            for result in results:
                yield result
                done += 1
        except BrokenProcessPool:
            rest = reports[done:]
            yield from self._again(rest, pool) if retry else _died(rest)

    def _again(self, reports: list[Report], broken: Any) -> Iterator[Extracted]:
        """The reports extracted in a new pool (once: if it breaks too, they fail)."""
        fresh = self._replace(broken)
        try:
            return self._results(reports, fresh, self._submit(fresh, reports), retry=False)
        except BrokenProcessPool:
            return _died(reports)

    def _replace(self, broken: Any) -> Any:
        """A working pool in place of ``broken`` (once, however many batches it broke)."""
        if self.pool is broken:
            broken.shutdown(wait=False, cancel_futures=True)
            self.pool = _executor(self.count)
        return self.pool


def _died(reports: list[Report]) -> Iterator[Extracted]:
    return iter([(r.path or r.id, WORKER_DIED) for r in reports])


def extract_one(report: Report) -> Extracted:
    """The extraction, or ``(where, reason)`` when the extractor raises on this report."""
    try:
        return extract(report)
    except Exception as exc:  # noqa: BLE001 - one report's bug must not stop the batch
        return (report.path or report.id, f"extraction failed: {reason(exc)}")


def _finish(
    store: GraphStore,
    resolver: Resolver,
    pending: tuple[int, Iterator[Extracted]],
    grades: grading.Grades,
    summary: IngestSummary,
    progress: Callable[[int], None] | None,
) -> None:
    count, results = pending
    extractions = []
    for result in results:
        if isinstance(result, Extraction):
            extractions.append(result)
        else:
            summary.failures.append(result)
    _write(store, resolver, extractions, grades, summary)
    if progress:
        progress(count)


def _executor(workers: int) -> ProcessPoolExecutor | None:
    if workers <= 1:
        return None
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_warm, initargs=(os.getpid(),)
    )


def _warm(parent: int) -> None:
    """Start a worker: it ends itself when the ingest that started it is gone (even killed
    with ``kill -9``), and loads the dictionary now, not in its first report."""
    threading.Thread(target=_end_with, args=(parent,), daemon=True).start()
    from actorgraph.resolve.dictionary import load

    load()


def _end_with(parent: int) -> None:
    """Exit this process as soon as its parent is no longer ``parent`` (it was re-parented
    because the ingest died); otherwise a worker would wait for work forever."""
    while os.getppid() == parent:
        time.sleep(0.2)
    os._exit(1)


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _new_reports(
    store: GraphStore,
    items: list[Item],
    summary: IngestSummary,
    seen: set[str],
    copies: list[Report],
) -> list[Report]:
    """Reports of the chunk not yet in the graph nor met before in this run (the others go
    to ``copies``); errors noted."""
    reports: dict[str, Report] = {}
    for item in items:
        if isinstance(item, InputError):
            summary.failures.append((item.path, item.reason))
        elif item.id in reports or item.id in seen:
            summary.skipped += 1
            copies.append(item)
        else:
            reports[item.id] = item
    known = existing(store, list(reports))
    summary.skipped += len(known)
    copies += [reports[rid] for rid in known]
    seen.update(reports)
    return [r for rid, r in reports.items() if rid not in known]


def existing(store: GraphStore, ids: Sequence[str]) -> set[str]:
    """Which of these report ids the graph already holds."""
    if not ids:
        return set()
    rows = store.read("UNWIND $ids AS id MATCH (r:Report {id: id}) RETURN r.id AS id", {"ids": ids})
    return {r["id"] for r in rows}


def _write(
    store: GraphStore,
    resolver: Resolver,
    extractions: list[Extraction],
    grades: grading.Grades,
    summary: IngestSummary,
) -> None:
    """Under the write lock, write the batch in one query; if that fails, each report alone,
    so that only the reports that fail themselves are failures. A lost engine stops the run.
    Reports another ingest wrote since they were read are skipped, not counted new."""
    with writer.exclusive(store):
        extractions = _unwritten(store, extractions, summary)
        try:
            done = _write_batch(store, resolver, extractions, grades)
        except EngineError:
            raise
        except Exception:  # noqa: BLE001 - isolate the failing report(s): each one alone
            alone = (_write_alone(store, resolver, raw, grades, summary) for raw in extractions)
            done = [x for x in alone if x is not None]
    for x in done:
        summary.add(x)


def _unwritten(
    store: GraphStore, extractions: list[Extraction], summary: IngestSummary
) -> list[Extraction]:
    """The extractions whose report is not in the graph yet (the others are skipped)."""
    known = existing(store, [x.report.id for x in extractions])
    summary.skipped += len(known)
    return [x for x in extractions if x.report.id not in known]


def _write_batch(
    store: GraphStore, resolver: Resolver, extractions: list[Extraction], grades: grading.Grades
) -> list[Extraction]:
    """Resolve with the judgements in force now (a merge may have run since the last batch)
    and write; each Report keeps its extraction as extracted, for later judgements."""
    resolver.refresh()
    resolver.prefetch(extractions)
    resolved = [resolver.apply(x) for x in extractions]
    levels = {x.report.id: grades.reliability(x.report.publisher, x.report.url) for x in resolved}
    writer.write(store, resolved, levels, originals=extractions)
    return resolved


def _write_alone(
    store: GraphStore,
    resolver: Resolver,
    extraction: Extraction,
    grades: grading.Grades,
    summary: IngestSummary,
) -> Extraction | None:
    """One report's write; its failure (any but a lost engine) is noted, not raised."""
    try:
        return _write_batch(store, resolver, [extraction], grades)[0]
    except EngineError:
        raise
    except Exception as exc:  # noqa: BLE001 - one report's failure must not stop the batch
        where = extraction.report.path or extraction.report.id
        summary.failures.append((where, f"write failed: {reason(exc)}"))
        return None
