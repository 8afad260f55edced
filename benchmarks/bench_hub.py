"""Before and after, in one run, on the benchmark's graph: the queries at the busiest actor and
the name look-up, each old form beside the library's, samples interleaved, rows checked equal.

* who-met at the hub: the query that aggregated every meeting row before its LIMIT
  (``tests/test_who_met_paging.py``) against the library's, which pages first;
* who-met at the hub by name, paging first: the engine-neutral body (``who-met.cypher``, which
  expands every meeting to find a partner and sorts them all) against FalkorDB's variant
  (participant counts on events, the first ``limit`` meetings by date, ties by the date index);
* paths (4 hops) from the hub: the search that read every link whole
  (``tests/test_paths_whole_links.py``) against the library's, which reads ids while
  searching and the links of the answer whole;
* paths (4 hops) from the hub, and between typical actors (drawn as ``bench_queries.py``
  draws them): the library's search expanding the side with fewer entities against the
  library's, which expands the side with fewer links (counted up to a cap);
* a name typed on the command line: the scan of every entity (``lookup.BY_NAME``) against
  the name-key index (``lookup.BY_KEY``).

Its own table, the hub queries of issue 14 (targets at 1M relationships: who-met at the hub by
name p95 < 50 ms, paths up to 4 hops p95 < 150 ms):

* who-met at the hub by name: the name resolved by ``lookup.find_entities`` (which counts the
  mentions of every entity with the name) against the library's (``lookup.best_id``: counts
  only when several entities share it);
* who-met at the hub by name: FalkorDB's variant that filtered every meeting before ordering
  them (``FILTERED_FIRST``) against the library's (the first 2 x ``limit`` meetings by date,
  filtered after); the same with one meeting kind (the library's step filters first at once),
  and since a date past every meeting (an empty answer, in one query);
* paths (4 hops) from the hub, and between typical actors: the library's search without the
  check of the links between the two frontiers (``shortest.Meet``) against the library's.

The graph is built as ``bench_queries.py`` builds it (``--keep DIR`` keeps it for the next
run; a kept graph written before name keys gets them from ``ensure_schema``).
    python benchmarks/bench_hub.py [--size 100000] [--samples 20] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from actorgraph.graph.falkor import FalkorStore  # noqa: E402
from actorgraph.graph.names import name_key  # noqa: E402
from actorgraph.queries import bind, compute, get, lookup, run_query  # noqa: E402
from actorgraph.queries.shortest import shortest_paths  # noqa: E402
from benchmarks.bench_queries import (  # noqa: E402
    EDGES_PER_REPORT,
    Growth,
    _distinct_actor,
    busiest,
    edge_count,
    pools,
)
from benchmarks.common import Table, engine_home, median, p95, settle_heap  # noqa: E402
from benchmarks.world import load_world  # noqa: E402
from tests.test_paths_whole_links import before_paths  # noqa: E402
from tests.test_who_met_paging import BEFORE as WHO_MET_BEFORE  # noqa: E402

Call = Callable[[random.Random], Any]
# who-met.falkordb.cypher before it read the first meetings by date (commit 665f692).
FILTERED_FIRST = """
MATCH (a:Entity {id: $actor})
WITH a  // anchor on the id index: FalkorDB would otherwise scan every Event
MATCH (a)-[:PARTICIPATED_IN]->(e:Event)
WHERE e.kind IN $kinds
  AND ($since IS NULL OR e.date >= $since OR $since STARTS WITH e.date)
  AND ($until IS NULL OR substring(e.date, 0, size($until)) <= $until)
  AND e.reliability <= $min_reliability AND e.credibility <= $min_credibility
  AND e.participants > 1
  AND ($place IS NULL OR (e)-[:AT]->(:Place)-[:LOCATED_IN|WITHIN*0..3]->(:Place {id: $place}))
WITH a, e
ORDER BY e.date
LIMIT $limit
WITH a, collect(e) AS firsts
WITH a, firsts, CASE WHEN size(firsts) = $limit THEN firsts[$limit - 1] END AS cut
OPTIONAL MATCH (t:Event {date: cut.date})
WHERE (a)-[:PARTICIPATED_IN]->(t)
WITH a, firsts, cut, collect(t) AS dated
OPTIONAL MATCH (a)-[:PARTICIPATED_IN]->(u:Event)
WHERE cut IS NOT NULL AND cut.date IS NULL AND u.date IS NULL
WITH a, firsts, dated, collect(u) AS undated
UNWIND firsts + [m IN dated + undated WHERE NOT m IN firsts] AS e
WITH a, e
WHERE e.kind IN $kinds
  AND ($since IS NULL OR e.date >= $since OR $since STARTS WITH e.date)
  AND ($until IS NULL OR substring(e.date, 0, size($until)) <= $until)
  AND e.reliability <= $min_reliability AND e.credibility <= $min_credibility
  AND e.participants > 1
MATCH (e)<-[:PARTICIPATED_IN]-(b:Entity)
WHERE b <> a
OPTIONAL MATCH (e)-[:AT]->(p:Place)
WITH a, b, e, p
WHERE $place IS NULL OR (p)-[:LOCATED_IN|WITHIN*0..3]->(:Place {id: $place})
OPTIONAL MATCH (e)-[:REPORTED_IN]->(r:Report)
WITH a, b, e, p, r
ORDER BY r.reliability, r.date, r.title
WITH a, b, e, p, count(DISTINCT r) AS reports, collect(DISTINCT r.title) AS titles
RETURN a.name AS actor, b.name AS met, b.id AS met_id, b.type AS met_type, e.kind AS kind,
       p.name AS place, p.id AS place_id, e.date AS date, e.evidence[0] AS evidence,
       e.id AS event_id, reports, titles AS report_titles, e.reliability AS reliability,
       e.credibility AS credibility
ORDER BY date, met, event_id, met_id, place_id
LIMIT $limit
"""


def interleaved(pairs: dict[str, tuple[Call, Call]], samples: int) -> dict[str, list[list[float]]]:
    """ms of each (before, after) pair, alternating, same draws; rows must be equal."""
    times: dict[str, list[list[float]]] = {name: [[], []] for name in pairs}
    settle_heap()
    for name, calls in pairs.items():
        for index in range(samples + 1):  # the first (warm-up) is not kept
            rows = []
            for side, call in enumerate(calls):
                rnd = random.Random(index)
                start = time.perf_counter()
                rows.append(call(rnd))
                if index:
                    times[name][side].append((time.perf_counter() - start) * 1000)
            if rows[0] != rows[1]:
                raise SystemExit(f"{name}: rows differ before and after")
    return times


def pairs_for(store: FalkorStore) -> dict[str, tuple[Call, Call]]:
    pool = pools(store)
    hub_id, hub_name = busiest(pool)
    who_met = bind(get("who-met"), store, {"actor": hub_id})
    named = {"actor": hub_name}

    def other(rnd: random.Random) -> dict[str, Any]:
        return {"actor": hub_id, "other": _distinct_actor(rnd, pool, {hub_id}), "max_hops": 4}

    def pair(rnd: random.Random) -> dict[str, Any]:
        actor = _distinct_actor(rnd, pool, set())
        return {"actor": actor, "other": _distinct_actor(rnd, pool, {actor}), "max_hops": 4}

    def key(rnd: random.Random) -> str:
        return name_key(rnd.choice(pool.actors)[1])

    by_name, by_key = (q.format(label="Actor") for q in (lookup.BY_NAME, lookup.BY_KEY))
    return {
        f"who-met, busiest actor ({hub_name})": (
            lambda rnd: store.read(WHO_MET_BEFORE, who_met),
            lambda rnd: run_query(store, "who-met", actor=hub_id),
        ),
        f"who-met paged, busiest actor ({hub_name})": (
            lambda rnd: store.read(get("who-met").text, bind(get("who-met"), store, named)),
            lambda rnd: run_query(store, "who-met", **named),
        ),
        "paths (4 hops), busiest actor to another": (
            lambda rnd: before_paths(store, other(rnd)),
            lambda rnd: run_query(store, "paths", **other(rnd)),
        ),
        "paths (4 hops), busiest actor to another, by links": (
            lambda rnd: by_entities(store, other(rnd)),
            lambda rnd: run_query(store, "paths", **other(rnd)),
        ),
        "paths (4 hops), typical pairs, by links": (
            lambda rnd: by_entities(store, pair(rnd)),
            lambda rnd: run_query(store, "paths", **pair(rnd)),
        ),
        "look-up of any actor's name": (
            lambda rnd: store.read(by_name, {"low": key(rnd)}),
            lambda rnd: store.read(by_key, {"key": key(rnd)}),
        ),
    }


def hub_pairs(store: FalkorStore) -> dict[str, tuple[Call, Call]]:
    """Issue 14's queries at the hub: before and after (module docstring)."""
    pool = pools(store)
    hub_id, hub_name = busiest(pool)

    def other(rnd: random.Random) -> dict[str, Any]:
        return {"actor": hub_id, "other": _distinct_actor(rnd, pool, {hub_id}), "max_hops": 4}

    def pair(rnd: random.Random) -> dict[str, Any]:
        actor = _distinct_actor(rnd, pool, set())
        return {"actor": actor, "other": _distinct_actor(rnd, pool, {actor}), "max_hops": 4}

    def counted(rnd: random.Random) -> list[dict[str, Any]]:
        found = lookup.find_entities(store, hub_name, "Actor")[0]["id"]
        return run_query(store, "who-met", actor=found)

    def filtered_first(**given: Any) -> list[dict[str, Any]]:
        return store.read(FILTERED_FIRST, bind(get("who-met"), store, given))

    one_kind = {"actor": hub_name, "kinds": "Exercise"}
    past = {"actor": hub_name, "since": "2100"}
    return {
        f"who-met, busiest actor by name ({hub_name}), resolved without counting": (
            counted,
            lambda rnd: run_query(store, "who-met", actor=hub_name),
        ),
        "who-met, busiest actor by name, first meetings by date": (
            lambda rnd: filtered_first(actor=hub_name),
            lambda rnd: run_query(store, "who-met", actor=hub_name),
        ),
        "who-met, busiest actor by name, one kind": (
            lambda rnd: filtered_first(**one_kind),
            lambda rnd: run_query(store, "who-met", **one_kind),
        ),
        "who-met, busiest actor by name, since 2100 (no meeting)": (
            lambda rnd: filtered_first(**past),
            lambda rnd: run_query(store, "who-met", **past),
        ),
        "paths (4 hops), busiest actor to another, frontiers checked": (
            lambda rnd: unchecked(store, other(rnd)),
            lambda rnd: run_query(store, "paths", **other(rnd)),
        ),
        "paths (4 hops), typical pairs, frontiers checked": (
            lambda rnd: unchecked(store, pair(rnd)),
            lambda rnd: run_query(store, "paths", **pair(rnd)),
        ),
    }


def unchecked(store: FalkorStore, given: dict[str, Any]) -> list[dict[str, Any]]:
    """paths without the check of the links between the two frontiers before a layer."""
    query = get("paths")
    params = bind(query, store, given)
    body = query.body_for(store.engine)
    expand = compute.Expansions(lambda **inputs: store.read(body.text, {**params, **inputs}))
    ends = params["actor"], params["other"]
    found = shortest_paths(expand, *ends, params["max_hops"], expand.count)
    chosen = found if params["all"] else found[:1]
    details = expand.whole(link for path in chosen for link in path.links)
    return [compute._path_row(n, p, details) for n, p in enumerate(chosen, 1)]


def by_entities(store: FalkorStore, given: dict[str, Any]) -> list[dict[str, Any]]:
    """paths as the library ran it before: each layer expanded the frontier with fewer
    entities (no link counts)."""
    query = get("paths")
    params = bind(query, store, given)
    body = query.body_for(store.engine)
    expand = compute.Expansions(lambda **inputs: store.read(body.text, {**params, **inputs}))
    found = shortest_paths(expand, params["actor"], params["other"], params["max_hops"])
    chosen = found if params["all"] else found[:1]
    details = expand.whole(link for path in chosen for link in path.links)
    return [compute._path_row(n, p, details) for n, p in enumerate(chosen, 1)]


def run(size: int = 100_000, samples: int = 20, keep: Path | None = None) -> list[Table]:
    with _home(keep) as home:
        store = FalkorStore(home, database="scale")
        try:
            edges = _grow(store, size)
            store.ensure_schema()
            hub = busiest(pools(store))[0]
            degree = store.read("MATCH (:Entity {id: $id})-[r]-() RETURN count(r) AS n",
                                {"id": hub})[0]["n"]  # fmt: skip
            times = interleaved(pairs_for(store), samples)
            hub_times = interleaved(hub_pairs(store), samples)
        finally:
            store.close()
    title = f"at {edges:,} relationships (ms p50 / p95, {samples} interleaved samples)"
    tables = [_table(f"Before / after {title}", times),
              _table(f"Hub queries (issue 14), before / after {title}", hub_times)]  # fmt: skip
    for table in tables:
        table.notes.append(f"busiest actor: {degree:,} relationships; rows equal before and after")
    return tables


def _table(title: str, times: dict[str, list[list[float]]]) -> Table:
    table = Table(title, ["query", "before", "after", "p50 ratio"])
    for name, (before, after) in times.items():
        table.add(name, f"{median(before):.1f} / {p95(before):.1f}",
                  f"{median(after):.1f} / {p95(after):.1f}",
                  f"{median(before) / median(after):.1f}x")  # fmt: skip
    return table


def _grow(store: FalkorStore, size: int) -> int:
    if edge_count(store) < size:
        store.ensure_schema()
        world = load_world()
        world.grow(len(world.actors) + size // EDGES_PER_REPORT // 4)
        Growth(store, world).grow_to(size)
    return edge_count(store)


@contextmanager
def _home(keep: Path | None) -> Iterator[Path]:
    if keep is None:
        with engine_home("ag-hub-") as home:
            yield home
        return
    keep.mkdir(parents=True, exist_ok=True)
    yield keep


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--keep", type=Path, help="build in this data folder and keep the graph")
    args = parser.parse_args(argv)
    for table in run(args.size, args.samples, args.keep):
        table.print()


if __name__ == "__main__":
    main()
