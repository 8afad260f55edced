"""Query latency of the whole query library at 10k, 100k and 1M relationships, map
generation time, and the engine's memory, on one growing graph of the embedded engine.

The graph is built from synthetic extractions (``synth.py``: what the extractor would return
for generated reports, with full provenance) written by the real batched writer; the actor
universe grows with the graph (seed actors plus synthetic ones). At each size every query of
the catalog runs ``--samples`` times through ``run_query`` (name resolution included, as the
CLI runs it) with parameters drawn like an analyst's: actors and places weighted by how often
reports mention them. ``paths`` runs with ``max_hops=4``. Latencies: p50 and p95 (nearest
rank); a query stops early when its time budget is spent (the run count says so).
    python benchmarks/bench_queries.py [--sizes 10000 100000 1000000] [--samples 30]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from actorgraph.errors import ActorgraphError  # noqa: E402
from actorgraph.graph import writer  # noqa: E402
from actorgraph.graph.falkor import FalkorStore  # noqa: E402
from actorgraph.queries import NamedQuery, catalog, run_query  # noqa: E402
from benchmarks.common import (  # noqa: E402
    Table,
    engine_home,
    engine_memory,
    median,
    p95,
    python_peak_mb,
    settle_heap,
    timed,
)
from benchmarks.synth import extractions  # noqa: E402
from benchmarks.world import World, load_world  # noqa: E402

SIZES = (10_000, 100_000, 1_000_000)
EDGES_PER_REPORT = 25  # about; only to size the actor universe and the build
BATCH = 200
TIMEOUT_MS = 10_000
BUDGET_S = 30.0
SKIP_AFTER_MS = 5_000.0  # a query this slow (p50) is not run at the larger sizes
TARGETS = {"who-met": 20.0, "paths": 200.0}  # p95 ms at 1M relationships
FIGURES = {  # latency table row -> the key of its p95 in the targets summary
    "who-met": "who-met",
    "paths": "paths",
    "who-met (any actor, unweighted, by name)": "who-met-by-name",
    "who-met (busiest actor, by name)": "who-met-hub",
    "paths (busiest actor to another)": "paths-hub",
}
SHORTEST = (
    "MATCH (a:Entity {id: $actor}), (b:Entity {id: $other}) "
    "WITH a, b MATCH p = shortestPath((a)-[*..4]->(b)) RETURN length(p) AS hops"
)
SPECIAL = {"paths": {"max_hops": 4}}


@dataclass
class Pools:
    """What queries are asked about: actors and places, weighted by mentions."""

    actors: list[tuple[str, str]] = field(default_factory=list)  # (id, name)
    actor_weights: list[int] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    place_weights: list[int] = field(default_factory=list)

    def actor(self, rnd: random.Random) -> tuple[str, str]:
        return rnd.choices(self.actors, self.actor_weights)[0]

    def place(self, rnd: random.Random) -> str:
        return rnd.choices(self.places, self.place_weights)[0]


def pools(store: FalkorStore) -> Pools:
    found = Pools()
    for row in store.read(
        "MATCH (:Report)-[m:MENTIONS]->(n:Actor) RETURN n.id AS id, n.name AS name, "
        "count(m) AS weight"
    ):
        found.actors.append((row["id"], row["name"]))
        found.actor_weights.append(row["weight"])
    for row in store.read("MATCH (:Event)-[:AT]->(p:Place) RETURN p.id AS id, count(*) AS weight"):
        found.places.append(row["id"])
        found.place_weights.append(row["weight"])
    return found


def params_for(query: NamedQuery, rnd: random.Random, pool: Pools) -> dict[str, Any]:
    """Required parameters (and entity ones) drawn from the pools; the rest default."""
    given: dict[str, Any] = dict(SPECIAL.get(query.name, {}))
    used: set[str] = set()
    for param in query.params:
        if param.type in ("actor", "entity"):
            given[param.name] = _distinct_actor(rnd, pool, used)
        elif param.type == "actors" or param.name.endswith("actors"):
            given[param.name] = [_distinct_actor(rnd, pool, used) for _ in range(3)]
        elif param.type == "place" and param.required:
            given[param.name] = pool.place(rnd)
        elif param.type == "string" and param.required:
            given[param.name] = pool.actor(rnd)[1]
    return given


def _distinct_actor(rnd: random.Random, pool: Pools, used: set[str]) -> str:
    for _ in range(20):
        actor_id = pool.actor(rnd)[0]
        if actor_id not in used:
            break
    used.add(actor_id)
    return actor_id


@dataclass
class Timing:
    latencies: list[float] = field(default_factory=list)  # ms
    rows: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def time_calls(call: Callable[[random.Random], int], samples: int, seed: int = 1) -> Timing:
    """Run ``call`` ``samples`` times after one warm-up (which warms the plan cache and is
    kept only when the budget allows no other run); a timed-out query counts as the
    timeout."""
    rnd, timing = random.Random(seed), Timing()
    settle_heap()
    deadline = time.monotonic() + BUDGET_S
    warm: tuple[float, int] | None = None
    for index in range(samples + 1):
        try:
            seconds, rows = timed(lambda: call(rnd))
        except ActorgraphError as exc:
            timing.errors.append(str(exc).splitlines()[0][:90])
            if "timed out" not in str(exc).lower():
                continue
            seconds, rows = TIMEOUT_MS / 1000, 0
        if index:
            timing.latencies.append(seconds * 1000)
            timing.rows.append(rows)
        else:
            warm = (seconds * 1000, rows)
        if time.monotonic() > deadline:
            break
    if not timing.latencies and warm:
        timing.latencies.append(warm[0])
        timing.rows.append(warm[1])
    return timing


def library_call(store: FalkorStore, query: NamedQuery, pool: Pools) -> Callable[..., int]:
    def call(rnd: random.Random) -> int:
        return len(run_query(store, query.name, **params_for(query, rnd, pool)))

    return call


class Skipping(dict[str, str]):
    """Queries too slow at a smaller size to be run at the next: name -> why."""

    def timing(self, name: str, call: Callable[[random.Random], int], samples: int) -> Timing:
        if name in self:
            return Timing(errors=[f"skipped: {self[name]}"])
        return time_calls(call, samples)

    def note(self, timings: dict[str, Timing], size: int) -> None:
        for name, timing in timings.items():
            if timing.latencies and median(timing.latencies) > SKIP_AFTER_MS:
                slow = median(timing.latencies) / 1000
                self.setdefault(name, f"p50 {slow:.1f} s at {size:,} relationships")


def query_timings(
    store: FalkorStore, pool: Pools, samples: int, skip: Skipping
) -> dict[str, Timing]:
    queries = catalog()
    results = {
        name: skip.timing(name, library_call(store, query, pool), samples)
        for name, query in sorted(queries.items())
    }
    uniform = Pools(pool.actors, [1] * len(pool.actors), pool.places, pool.place_weights)
    for name in ("who-met", "paths"):
        if name in queries:
            call = library_call(store, queries[name], uniform)
            label = f"{name} (any actor, unweighted)"
            results[label] = skip.timing(label, call, samples)
    for label, call in analyst_calls(store, pool).items():
        results[label] = skip.timing(label, call, samples)
    if "paths" not in results:  # the library has no paths query yet: the bare Cypher

        def shortest(rnd: random.Random) -> int:
            used: set[str] = set()
            ends = {"actor": _distinct_actor(rnd, pool, used)}
            ends["other"] = _distinct_actor(rnd, pool, used)
            return len(store.read(SHORTEST, ends))

        results["paths (shortestPath Cypher, 4 hops)"] = time_calls(shortest, samples)
    return results


def busiest(pool: Pools) -> tuple[str, str]:
    """The most mentioned actor (id, name): the hub analysts look at first."""
    return max(zip(pool.actor_weights, pool.actors, strict=True))[1]


def analyst_calls(store: FalkorStore, pool: Pools) -> dict[str, Callable[[random.Random], int]]:
    """who-met of any actor by name (as typed on the command line), and who-met and paths at
    the hub."""
    hub_id, hub_name = busiest(pool)

    def by_name(rnd: random.Random) -> int:  # a typical actor: drawn uniformly
        return len(run_query(store, "who-met", actor=rnd.choice(pool.actors)[1]))

    def hub_who_met(rnd: random.Random) -> int:
        return len(run_query(store, "who-met", actor=hub_name))

    def hub_paths(rnd: random.Random) -> int:
        other = _distinct_actor(rnd, pool, {hub_id})
        return len(run_query(store, "paths", actor=hub_id, other=other, **SPECIAL["paths"]))

    return {
        "who-met (any actor, unweighted, by name)": by_name,
        "who-met (busiest actor, by name)": hub_who_met,
        "paths (busiest actor to another)": hub_paths,
    }


def map_timings(store: FalkorStore, pool: Pools, out: Path, skip: Skipping) -> dict[str, Timing]:
    """Map generation time (query + layout + HTML) of the maps the CLI draws."""
    try:
        from actorgraph.maps import views
    except ImportError as exc:
        return {"maps": Timing(errors=[f"not available: {exc}"])}
    hub = busiest(pool)[0]
    makers: dict[str, Callable[[random.Random], Any]] = {
        "map influence": lambda rnd: views.influence(store, out / "influence.html"),
        "map ego (busiest actor, depth 2)": lambda rnd: views.ego(store, out / "ego.html", hub, 2),
        "map meetings (busiest actor)": lambda rnd: views.meetings(
            store, out / "meetings.html", hub
        ),
    }
    results = {}
    for name, make in makers.items():
        results[name] = skip.timing(name, lambda rnd, m=make: _nodes(m(rnd)), 2)
    return results


def _nodes(stats: Any) -> int:
    return int(getattr(stats, "nodes", 0) or 0)


# ---------------------------------------------------------------- building the graph
@dataclass
class Growth:
    store: FalkorStore
    world: World
    written: int = 0
    build_s: float = 0.0

    def grow_to(self, edges: int) -> int:
        """Write synthetic reports until the graph has ``edges`` relationships."""
        count = edge_count(self.store)
        while count < edges:
            missing = max(BATCH, int((edges - count) / EDGES_PER_REPORT))
            for _ in range(0, missing, BATCH):
                self._write_batch()
            count = edge_count(self.store)
        return count

    def _write_batch(self) -> None:
        batch = list(extractions(self.world, BATCH, seed=21, offset=self.written))
        grading = {p.name: p.reliability for p in self.world.publishers}
        grades = {x.report.id: grading.get(x.report.publisher or "", "F") for x in batch}
        seconds, _ = timed(lambda: writer.write(self.store, batch, grades))
        self.build_s += seconds
        self.written += len(batch)


def edge_count(store: FalkorStore) -> int:
    return int(store.read("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"])


def node_count(store: FalkorStore) -> int:
    return int(store.read("MATCH (n) RETURN count(n) AS n")[0]["n"])


# ---------------------------------------------------------------- tables
def run(sizes: tuple[int, ...] = SIZES, samples: int = 30, keep: Path | None = None) -> list[Table]:
    world = load_world()
    world.grow(len(world.actors) + max(sizes) // EDGES_PER_REPORT // 4)
    latency = Table(
        f"Query latency in ms (p50 / p95 over up to {samples} samples per query and size)",
        ["query", *[f"{s:,} rels" for s in sizes], "runs", "rows (median)"],
    )
    size_table = Table(
        "Graph sizes, build and engine memory",
        ["relationships", "nodes", "reports", "build s", "write reports/s", "engine used MB",
         "used peak MB", "RSS MB", "peak RSS MB", "AOF MB"],
    )  # fmt: skip
    per_size: list[dict[str, Timing]] = []
    with _home(keep) as home:
        store = FalkorStore(home, database="scale")
        store.ensure_schema()
        store.db.connection.execute_command("GRAPH.CONFIG", "SET", "TIMEOUT_DEFAULT", TIMEOUT_MS)
        growth = Growth(store, world)
        skip = Skipping()
        try:
            for size in sizes:
                edges = growth.grow_to(size)
                pool = pools(store)
                timings = query_timings(store, pool, samples, skip)
                timings.update(map_timings(store, pool, home / "maps", skip))
                skip.note(timings, edges)
                per_size.append(timings)
                mem = engine_memory(store)
                aof = store.server.status().data_bytes / 2**20
                size_table.figures[f"engine_peak_mb@{size}"] = max(
                    mem["used_peak"], mem["rss_peak"]
                )
                size_table.add(edges, node_count(store), growth.written, growth.build_s,
                               growth.written / growth.build_s, mem["used"], mem["used_peak"],
                               mem["rss"], mem["rss_peak"], aof)  # fmt: skip
                print(f"  ... measured at {edges:,} relationships", file=sys.stderr, flush=True)
        finally:
            if keep is None:
                store.drop()
            store.close()
    _fill_latency(latency, per_size, sizes)
    for size, timings in zip(sizes, per_size, strict=True):
        for name, key in FIGURES.items():
            lat = timings.get(name, Timing()).latencies
            if lat:
                latency.figures[f"{key}_p95_ms@{size}"] = p95(lat)
    size_table.notes.append(
        f"python peak RSS of the benchmark process so far: {python_peak_mb():.0f} MB"
    )
    return [size_table, latency]


@contextmanager
def _home(keep: Path | None) -> Iterator[Path]:
    """A throwaway data folder, or ``keep`` (the graph stays there, for profiling)."""
    if keep is None:
        with engine_home("ag-queries-") as home:
            yield home
        return
    keep.mkdir(parents=True, exist_ok=True)
    with FalkorStore(keep, database="scale") as old:
        old.drop()
    yield keep


def _fill_latency(table: Table, per_size: list[dict[str, Timing]], sizes: tuple[int, ...]) -> None:
    names = list(dict.fromkeys(name for timings in per_size for name in timings))
    for name in names:
        cells, runs, rows = [], [], []
        for size, timings in zip(sizes, per_size, strict=False):
            timing = timings.get(name, Timing())
            lat = timing.latencies
            failed = "skipped" if any(e.startswith("skipped") for e in timing.errors) else "error"
            cells.append(f"{median(lat):.1f} / {p95(lat):.1f}" if lat else failed)
            runs.append(str(len(lat)))
            rows.extend(timing.rows)
            for error in sorted(set(timing.errors))[:1]:
                table.notes.append(f"{name} at {size:,}: {len(timing.errors)} x {error}")
        table.add(name, *cells, "/".join(runs), median(rows) if rows else "-")
    for name, target in TARGETS.items():
        table.notes.append(f"target: {name} p95 < {target:.0f} ms at 1M relationships")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--samples", type=int, default=30)
    parser.add_argument("--keep", type=Path, help="build in this data folder and keep the graph")
    args = parser.parse_args(argv)
    for table in run(tuple(args.sizes), args.samples, args.keep):
        table.print()


if __name__ == "__main__":
    main()
