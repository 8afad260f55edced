"""Graph write rows/s: the batched writer, a naive one-query-per-row writer, and the engine's
own rate for a bare ``UNWIND $rows MERGE`` of the same rows, side by side in one run.

Rows are the parameter rows the writer sends (reports, entities, mentions, events,
participants, places, relations, derived MET_WITH edges) for synthetic extractions.

* batched: ``actorgraph.graph.writer.write`` per batch of reports (row building included),
  one query per batch, full provenance;
* bare: the same rows, one query per batch, each segment only ``MERGE``-ing the node or the
  edge by its key (no property, no provenance): what the engine does at least;
* naive: the writer's own Cypher for each segment, one query per row.

Each run writes into a fresh graph of the embedded engine (fsync ``always``, the default).
    python benchmarks/bench_write.py [--reports 300] [--runs 3]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from actorgraph.graph import writer  # noqa: E402
from actorgraph.graph.cypher import NEXT, segments  # noqa: E402
from actorgraph.model import Extraction  # noqa: E402
from actorgraph.schema import SCHEMA  # noqa: E402
from benchmarks.common import Table, engine_home, median, scratch_store, timed  # noqa: E402
from benchmarks.synth import extractions  # noqa: E402
from benchmarks.world import load_world  # noqa: E402

Rows = dict[str, list[dict[str, Any]]]
EDGE = "MATCH (a:Entity {{id: row.{s}}}) MATCH (b:{label} {{id: row.{o}}}) MERGE (a)-[:{type}]->(b)"


def bare_segment(name: str) -> str:
    """The least the engine must do for one segment's rows: MERGE by key, nothing else."""
    unwind = f"UNWIND ${name} AS row\n"
    if name == "reports":
        return unwind + "MERGE (:Report {id: row.id})\n"
    if name.startswith("entities_"):
        return unwind + f"MERGE (n{SCHEMA.label_clause(name.split('_', 1)[1])} {{id: row.id}})\n"
    if name.startswith("events_"):
        kind = SCHEMA.label(name.split("_", 1)[1])
        return unwind + f"MERGE (x:Event:{kind} {{id: row.id}})\n"
    if name == "mentions":
        return unwind + (
            "MATCH (rep:Report {id: row.report}) MATCH (n:Entity {id: row.entity}) "
            "MERGE (rep)-[:MENTIONS]->(n)\n"
        )
    if name == "reported":
        return unwind + (
            "MATCH (x:Event {id: row.event}) MATCH (rep:Report {id: row.report}) "
            "MERGE (x)-[:REPORTED_IN]->(rep)\n"
        )
    if name == "participants":
        return (
            unwind + EDGE.format(s="actor", o="event", label="Event", type="PARTICIPATED_IN") + "\n"
        )
    if name == "counted":  # derived (participant counts): nothing to MERGE
        return unwind
    if name == "places":
        return unwind + (
            "MATCH (e:Event {id: row.event}) MATCH (pl:Place:Entity {id: row.place}) "
            "MERGE (e)-[:AT]->(pl)\n"
        )
    if name == "within":
        return unwind + (
            "MERGE (p:Place:Entity {id: row.place}) MERGE (c:Place:Entity {id: row.parent}) "
            "MERGE (p)-[:WITHIN]->(c)\n"
        )
    if not name.startswith("rels_"):
        raise ValueError(f"bench_write: no bare Cypher for the write segment {name!r}")
    rel_type = SCHEMA.rel_type(name.split("_", 1)[1])
    return unwind + EDGE.format(s="subject", o="object", label="Entity", type=rel_type) + "\n"


def bare_query() -> str:
    return NEXT.join(bare_segment(name) for name, _ in segments()) + "RETURN count(*) AS done"


def batches(xs: list[Extraction], size: int) -> list[list[Extraction]]:
    return [xs[i : i + size] for i in range(0, len(xs), size)]


def rows_of(batch: list[Extraction]) -> Rows:
    return writer.rows_for(batch, {x.report.id: "B" for x in batch})


def run_batched(store: Any, groups: list[list[Extraction]]) -> None:
    for group in groups:
        writer.write(store, group, {x.report.id: "B" for x in group})


def run_bare(store: Any, prepared: list[Rows]) -> None:
    query = bare_query()
    for rows in prepared:
        store.write(query, rows)


def run_naive(store: Any, prepared: list[Rows]) -> None:
    for rows in prepared:
        for name, text in segments():
            for row in rows[name]:
                store.write(text + "RETURN count(*) AS done", {name: [row]})


def measure(home: Path, xs: list[Extraction], runs: int, batch: int) -> dict[str, list[float]]:
    groups = batches(xs, batch)
    prepared = [rows_of(g) for g in groups]
    methods = {
        f"batched writer (batch {batch})": lambda s: run_batched(s, groups),
        f"bare UNWIND MERGE (batch {batch})": lambda s: run_bare(s, prepared),
        "naive: one query per row": lambda s: run_naive(s, prepared),
    }
    times: dict[str, list[float]] = {name: [] for name in methods}
    for _ in range(runs):
        for name, method in methods.items():
            with scratch_store(home, "write") as store:
                store.ensure_schema()
                times[name].append(timed(lambda m=method, s=store: m(s))[0])
    return times


def run(reports: int = 300, runs: int = 3, batch: int = 50) -> list[Table]:
    world = load_world()
    world.grow(max(len(world.actors), reports))
    xs = list(extractions(world, reports, seed=5))
    total = sum(len(v) for rows in (rows_of(g) for g in batches(xs, batch)) for v in rows.values())
    with engine_home() as tmp:
        times = measure(Path(tmp), xs, runs, batch)
    return [write_table(times, total, reports, runs)]


def write_table(times: dict[str, list[float]], rows: int, reports: int, runs: int) -> Table:
    table = Table(
        f"Graph write: {rows:,} rows from {reports:,} synthetic reports (median of {runs} runs)",
        ["writer", "runs", "median s", "rows/s", "vs naive", "vs bare"],
    )
    rates = {name: rows / median(ts) for name, ts in times.items()}
    naive = next(v for k, v in rates.items() if k.startswith("naive"))
    bare = next(v for k, v in rates.items() if k.startswith("bare"))
    for name, ts in times.items():
        rate = rates[name]
        table.add(name, len(ts), median(ts), rate, f"{rate / naive:.1f}x", f"{rate / bare:.0%}")
    batched = next(v for k, v in rates.items() if k.startswith("batched"))
    table.figures.update(batched_vs_naive=batched / naive, batched_vs_bare=batched / bare)
    table.notes += [
        "rows = parameter rows (nodes, edges, provenance appends); fresh graph per run;",
        "engine fsync=always (the default); batched includes building the rows in Python.",
    ]
    return table


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--batch", type=int, default=50)
    args = parser.parse_args(argv)
    for table in run(args.reports, args.runs, args.batch):
        table.print()


if __name__ == "__main__":
    main()
