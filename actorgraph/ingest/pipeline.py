"""Ingest: read -> extract -> resolve -> write, in batches, with one writer.

Extraction runs in ``workers`` processes when asked; the writer stays in this process and
writes the batches in input order, so the graph does not depend on the number of workers.
A file that cannot be read, or a report whose write fails, is a failure with its reason;
the rest of the batch goes in. Reports already in the graph are skipped.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from actorgraph.errors import ActorgraphError, InputError
from actorgraph.graph import writer
from actorgraph.graph.resolver import Resolver
from actorgraph.graph.store import GraphStore
from actorgraph.ingest import grading
from actorgraph.ingest.extract import extract
from actorgraph.ingest.read import Item, iter_reports
from actorgraph.model import Extraction, Report

BATCH = 50


@dataclass
class IngestSummary:
    reports: int = 0
    skipped: int = 0
    entities: int = 0
    events: int = 0
    relations: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["failures"] = [{"path": p, "reason": r} for p, r in self.failures]
        return data


def ingest(
    store: GraphStore,
    paths: Iterable[str | Path],
    *,
    workers: int = 1,
    batch: int = BATCH,
    progress: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Ingest every report under ``paths`` into ``store``."""
    store.ensure_schema()
    summary = IngestSummary()
    resolver = Resolver(store)
    grades = grading.load()
    with _executor(workers) as pool:
        for items in _chunks(iter_reports(paths), batch):
            reports = _new_reports(store, items, summary)
            extractions = list(pool.map(extract, reports)) if pool else list(map(extract, reports))
            _write(store, resolver, extractions, grades, summary)
            if progress:
                progress(len(items))
    return summary


def _executor(workers: int) -> Any:
    if workers <= 1:
        return _Nothing()
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


class _Nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _new_reports(store: GraphStore, items: list[Item], summary: IngestSummary) -> list[Report]:
    """Reports of the chunk not yet in the graph (nor twice in the chunk); errors noted."""
    reports: dict[str, Report] = {}
    for item in items:
        if isinstance(item, InputError):
            summary.failures.append((item.path, item.reason))
        elif item.id in reports:
            summary.skipped += 1
        else:
            reports[item.id] = item
    known = existing(store, list(reports))
    summary.skipped += len(known)
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
    resolver.prefetch(extractions)
    resolved = [resolver.apply(x) for x in extractions]
    levels = {x.report.id: grades.reliability(x.report.publisher, x.report.url) for x in resolved}
    try:
        writer.write(store, resolved, levels)
        done = resolved
    except ActorgraphError:
        done = []
        for x in resolved:  # isolate the report that fails; the others still go in
            try:
                writer.write(store, [x], levels)
                done.append(x)
            except ActorgraphError as exc:
                summary.failures.append((x.report.path or x.report.id, f"write failed: {exc}"))
    for x in done:
        summary.reports += 1
        summary.entities += len(x.entities)
        summary.events += len(x.events)
        summary.relations += len(x.relations)
