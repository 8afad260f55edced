"""actorgraph beside its peers on the same data: the benchmark's graph (``bench_queries.py``
builds it with the real writer) is exported (``actorgraph export jsonl``) and that export is
loaded into Kuzu, SQLite and networkx; each answers the same questions, and every answer is
checked against actorgraph's before its time counts.

* who-met at the busiest actor, by name; who-met of typical actors (drawn uniformly), by name:
  rows ``(date, met id, event id)`` of the first 200 in actorgraph's order (date, name, event);
* paths <= 4 hops from the busiest actor to another, and between typical pairs: the length of
  the shortest path over the relation types ``paths`` follows (or none within 4);
* a fresh process to the first who-met answer at the busiest actor: the engine (or database
  file) closed, a new Python process opens it and answers (actorgraph starts its engine).

A peer that cannot be imported (``pip install .[bench]``) is listed as such; the run goes on.
    python benchmarks/peers.py [--sizes 10000 100000] [--samples 20]
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Only what a fresh process of first_answer needs is imported here, for every system alike:
# the builder's modules (world, synthetic reports, writer, export, bulk load) are imported by
# the functions that use them (at the top, they were 0.1-0.4 s of every fresh-process figure).
from actorgraph.graph.engine import Engine  # noqa: E402
from actorgraph.graph.falkor import FalkorStore  # noqa: E402
from actorgraph.queries import run_query  # noqa: E402
from actorgraph.schema import SCHEMA  # noqa: E402
from benchmarks.common import Table, engine_home, median, p95, settle_heap  # noqa: E402

SIZES = (10_000, 100_000, 1_000_000)
LIMIT = 200  # who-met's default limit
MAX_HOPS = 4
PATH_TYPES = ("MET_WITH", "LEADS", "MEMBER_OF", "PART_OF", "SUPPORTS", "ALLIED_WITH", "OPPOSES")
MEETINGS = tuple(k for k in SCHEMA.event_kinds if SCHEMA.event_is_meeting(k))
PEERS = ("kuzu", "sqlite", "networkx")
Row = tuple[Any, ...]


# ---------------------------------------------------------------- the exported graph
@dataclass
class Exported:
    """What the questions read from an export: entities, meeting events, participations and
    the links ``paths`` follows (its default grade filters applied)."""

    entities: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (name, type)
    events: dict[str, str | None] = field(default_factory=dict)  # meeting id -> date
    part: list[tuple[str, str]] = field(default_factory=list)  # (entity, meeting)
    links: list[tuple[str, str, str]] = field(default_factory=list)  # (from, to, type)


def read_export(path: Path) -> Exported:
    data = Exported()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            (_node if record["kind"] == "node" else _link)(data, record)
    data.part = [(a, e) for a, e in data.part if e in data.events and a in data.entities]
    return data


def _node(data: Exported, record: dict[str, Any]) -> None:
    props, labels = record["properties"], record["labels"]
    if "Entity" in labels:
        data.entities[record["id"]] = (props.get("name"), props.get("type"))
    elif "Event" in labels and props.get("kind") in MEETINGS and _graded(props):
        data.events[record["id"]] = props.get("date")


def _link(data: Exported, record: dict[str, Any]) -> None:
    if record["type"] == "PARTICIPATED_IN":
        data.part.append((record["start"], record["end"]))
    elif record["type"] in PATH_TYPES and _graded(record["properties"]):
        data.links.append((record["start"], record["end"], record["type"]))


def _graded(props: dict[str, Any]) -> bool:
    """The default filters of who-met and paths: reliability <= F, credibility <= 6."""
    rel, cred = props.get("reliability"), props.get("credibility")
    return rel is not None and rel <= "F" and cred is not None and cred <= 6


def ordered(rows: list[tuple[str | None, str, str, str]]) -> list[Row]:
    """(date, name, event, met) in actorgraph's order (nulls last), first LIMIT, as
    (date, met, event) rows."""
    key = [tuple((v is None, v or "") for v in row) for row in rows]
    top = sorted(zip(key, rows, strict=True))[:LIMIT]
    return [(d, m, e) for _, (d, _n, e, m) in top]


# ---------------------------------------------------------------- the peers
class Peer:
    """One system loaded with the export: resolve a name, who-met rows, shortest hops."""

    name = "peer"

    def load(self, data: Exported, folder: Path) -> None:
        raise NotImplementedError

    def open(self, folder: Path) -> None:
        raise NotImplementedError

    def resolve(self, name: str) -> str:
        raise NotImplementedError

    def who_met(self, actor: str) -> list[Row]:
        raise NotImplementedError

    def hops(self, start: str, end: str) -> int | None:
        raise NotImplementedError

    def close(self) -> None:
        """Nothing to close by default."""


class NetworkxPeer(Peer):
    """Two graphs: participations (entity -> meeting) and the links, pickled to disk."""

    name = "networkx"

    def load(self, data: Exported, folder: Path) -> None:
        import networkx as nx

        part, links = nx.DiGraph(), nx.Graph()
        part.add_nodes_from((i, {"name": n}) for i, (n, _) in data.entities.items())
        part.add_nodes_from((i, {"date": d}) for i, d in data.events.items())
        part.add_edges_from(data.part)
        links.add_nodes_from(data.entities)
        links.add_edges_from((a, b) for a, b, _ in data.links)
        with (folder / "networkx.pickle").open("wb") as fh:
            pickle.dump((part, links), fh, protocol=pickle.HIGHEST_PROTOCOL)
        self.open(folder)

    def open(self, folder: Path) -> None:
        with (folder / "networkx.pickle").open("rb") as fh:
            self.part, self.links = pickle.load(fh)
        self.names = {d["name"]: i for i, d in self.part.nodes(data=True) if "name" in d}

    def resolve(self, name: str) -> str:
        return self.names[name]

    def who_met(self, actor: str) -> list[Row]:
        nodes, part = self.part.nodes, self.part
        rows = {
            (nodes[e]["date"], nodes[b]["name"], e, b)
            for e in part.successors(actor)
            for b in part.predecessors(e)
            if b != actor
        }
        return ordered(list(rows))

    def hops(self, start: str, end: str) -> int | None:
        import networkx as nx

        try:
            found = nx.bidirectional_shortest_path(self.links, start, end)
        except nx.NetworkXNoPath:
            return None
        return len(found) - 1 if len(found) - 1 <= MAX_HOPS else None


SQLITE_SCHEMA = """
CREATE TABLE entity (id TEXT PRIMARY KEY, name TEXT, type TEXT) WITHOUT ROWID;
CREATE TABLE event (id TEXT PRIMARY KEY, date TEXT) WITHOUT ROWID;
CREATE TABLE part (actor TEXT, event TEXT, PRIMARY KEY (actor, event)) WITHOUT ROWID;
CREATE TABLE link (a TEXT, b TEXT, type TEXT);
"""
SQLITE_INDEXES = """
CREATE INDEX entity_name ON entity (name);
CREATE INDEX part_event ON part (event, actor);
CREATE INDEX link_ab ON link (a, b);
"""
SQLITE_WHO_MET = """
SELECT DISTINCT e.date, b.name, e.id, b.id FROM part pa
JOIN event e ON e.id = pa.event JOIN part pb ON pb.event = e.id JOIN entity b ON b.id = pb.actor
WHERE pa.actor = ? AND pb.actor <> pa.actor
ORDER BY e.date IS NULL, e.date, b.name IS NULL, b.name, e.id, b.id LIMIT ?
"""
SQLITE_NEXT = "SELECT DISTINCT b FROM link WHERE a IN (SELECT value FROM json_each(?))"


class SqlitePeer(Peer):
    """Tables with indexes; who-met one SQL query; paths a bidirectional breadth-first
    search with one SQL query per layer (links stored both ways)."""

    name = "sqlite"

    def load(self, data: Exported, folder: Path) -> None:
        db = sqlite3.connect(folder / "peer.sqlite")
        db.executescript(SQLITE_SCHEMA)
        db.executemany("INSERT INTO entity VALUES (?, ?, ?)",
                       ((i, n, t) for i, (n, t) in data.entities.items()))  # fmt: skip
        db.executemany("INSERT INTO event VALUES (?, ?)", data.events.items())
        db.executemany("INSERT OR IGNORE INTO part VALUES (?, ?)", data.part)
        both = [(a, b, t) for a, b, t in data.links] + [(b, a, t) for a, b, t in data.links]
        db.executemany("INSERT INTO link VALUES (?, ?, ?)", both)
        db.executescript(SQLITE_INDEXES)
        db.commit()
        db.close()
        self.open(folder)

    def open(self, folder: Path) -> None:
        self.db = sqlite3.connect(folder / "peer.sqlite")

    def resolve(self, name: str) -> str:
        return self.db.execute("SELECT id FROM entity WHERE name = ?", (name,)).fetchone()[0]

    def who_met(self, actor: str) -> list[Row]:
        rows = self.db.execute(SQLITE_WHO_MET, (actor, LIMIT)).fetchall()
        return [(d, m, e) for d, _n, e, m in rows]

    def hops(self, start: str, end: str) -> int | None:
        def expand(frontier: set[str]) -> set[str]:
            rows = self.db.execute(SQLITE_NEXT, (json.dumps(sorted(frontier)),))
            return {b for (b,) in rows}

        return bfs_hops(expand, start, end)

    def close(self) -> None:
        self.db.close()


def bfs_hops(expand: Callable[[set[str]], set[str]], start: str, end: str) -> int | None:
    """Length of a shortest path within MAX_HOPS by bidirectional breadth-first search."""
    seen, frontier = [{start}, {end}], [{start}, {end}]
    for hop in range(1, MAX_HOPS + 1):
        side = 0 if len(frontier[0]) <= len(frontier[1]) else 1
        frontier[side] = expand(frontier[side]) - seen[side]
        if frontier[side] & seen[1 - side]:
            return hop
        if not frontier[side]:
            return None
        seen[side] |= frontier[side]
    return None


KUZU_SCHEMA = (
    "CREATE NODE TABLE Entity(id STRING, name STRING, type STRING, PRIMARY KEY (id))",
    "CREATE NODE TABLE Meeting(id STRING, date STRING, PRIMARY KEY (id))",
    "CREATE REL TABLE PART(FROM Entity TO Meeting)",
    "CREATE REL TABLE LINK(FROM Entity TO Entity, type STRING)",
)
# Kuzu guesses the CSV dialect from the first lines; a name quoted for its comma further down
# then breaks the load ("expected 3 values per row"), so the dialect is given.
KUZU_CSV = "(AUTO_DETECT=false, HEADER=false, DELIM=',', QUOTE='\"', ESCAPE='\"')"
KUZU_WHO_MET = (
    "MATCH (a:Entity {id: $actor})-[:PART]->(e:Meeting)<-[:PART]-(b:Entity) WHERE b.id <> $actor "
    "RETURN DISTINCT e.date AS date, b.name AS name, e.id AS event, b.id AS met "
    "ORDER BY date, name, event, met LIMIT $limit"
)
KUZU_HOPS = (
    "MATCH p = (a:Entity {id: $a})-[:LINK* SHORTEST 1..4]-(b:Entity {id: $b}) "
    "RETURN length(p) AS hops"
)


class KuzuPeer(Peer):
    """Node and relationship tables bulk-loaded with COPY FROM csv; Cypher for both."""

    name = "kuzu"

    def load(self, data: Exported, folder: Path) -> None:
        import kuzu

        db = kuzu.Database(str(folder / "kuzu"))
        conn = kuzu.Connection(db)
        for statement in KUZU_SCHEMA:
            conn.execute(statement)
        tables = {
            "Entity": ((i, n, t) for i, (n, t) in data.entities.items()),
            "Meeting": data.events.items(),
            "PART": sorted(set(data.part)),
            "LINK": data.links,
        }
        for table, rows in tables.items():
            conn.execute(f"COPY {table} FROM '{_csv(folder / f'{table}.csv', rows)}' {KUZU_CSV}")
        conn.close()
        db.close()
        self.open(folder)

    def open(self, folder: Path) -> None:
        import kuzu

        self.db = kuzu.Database(str(folder / "kuzu"))
        self.conn = kuzu.Connection(self.db)

    def _rows(self, query: str, params: dict[str, Any]) -> list[list[Any]]:
        result = self.conn.execute(query, params)
        rows = []
        while result.has_next():
            rows.append(result.get_next())
        return rows

    def resolve(self, name: str) -> str:
        query = "MATCH (a:Entity) WHERE a.name = $name RETURN a.id"
        return self._rows(query, {"name": name})[0][0]

    def who_met(self, actor: str) -> list[Row]:
        rows = self._rows(KUZU_WHO_MET, {"actor": actor, "limit": LIMIT})
        return [(d, m, e) for d, _n, e, m in rows]

    def hops(self, start: str, end: str) -> int | None:
        rows = self._rows(KUZU_HOPS, {"a": start, "b": end})
        return rows[0][0] if rows else None

    def close(self) -> None:
        self.conn.close()
        self.db.close()


def _csv(path: Path, rows: Any) -> str:
    import csv

    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return str(path)


PEER_CLASSES: dict[str, type[Peer]] = {"kuzu": KuzuPeer, "sqlite": SqlitePeer,
                                       "networkx": NetworkxPeer}  # fmt: skip


class Actorgraph(Peer):
    """The library itself, as the CLI runs it (names resolved by the library)."""

    name = "actorgraph"

    def __init__(self, store: FalkorStore) -> None:
        self.store = store

    def resolve(self, name: str) -> str:
        return name  # the library resolves names itself

    def who_met(self, actor: str) -> list[Row]:
        rows = run_query(self.store, "who-met", actor=actor)
        return list(dict.fromkeys((r["date"], r["met_id"], r["event_id"]) for r in rows))

    def hops(self, start: str, end: str) -> int | None:
        rows = run_query(self.store, "paths", actor=start, other=end, max_hops=MAX_HOPS)
        return rows[0]["hops"] if rows else None


# ---------------------------------------------------------------- questions and timing
@dataclass
class Question:
    name: str
    ask: Callable[[Peer, random.Random], Any]


def questions(hub: tuple[str, str], actors: list[tuple[str, str]]) -> list[Question]:
    hub_id, hub_name = hub

    def typical_pair(rnd: random.Random) -> tuple[str, str]:
        a, b = rnd.sample(actors, 2)
        return a[0], b[0]

    def other(rnd: random.Random) -> str:
        return next(a for a, _ in iter(lambda: rnd.choice(actors), None) if a != hub_id)

    return [
        Question("who-met, hub actor (by name)", lambda p, rnd: p.who_met(p.resolve(hub_name))),
        Question("who-met, typical actor (by name)",
                 lambda p, rnd: p.who_met(p.resolve(rnd.choice(actors)[1]))),
        Question("paths <= 4 hops, hub to actor", lambda p, rnd: p.hops(hub_id, other(rnd))),
        Question("paths <= 4 hops, typical pairs", lambda p, rnd: p.hops(*typical_pair(rnd))),
    ]  # fmt: skip


def timed_answers(peer: Peer, question: Question, samples: int) -> tuple[list[float], list[Any]]:
    """ms per sample after one warm-up (not kept), and the answers, same draws per peer."""
    times, answers = [], []
    settle_heap()
    for index in range(samples + 1):
        rnd = random.Random(index)
        start = time.perf_counter()
        answer = question.ask(peer, rnd)
        if index:
            times.append((time.perf_counter() - start) * 1000)
            answers.append(answer)
    return times, answers


FIRST = (
    "import sys; sys.path.insert(0, {root!r}); from pathlib import Path; "
    "from benchmarks.peers import first_answer; first_answer({peer!r}, Path({folder!r}), {name!r})"
)


def first_answer(peer: str, folder: Path, name: str) -> None:
    """In a fresh process: open the peer (or start actorgraph's engine) and answer who-met."""
    if peer == "actorgraph":
        store = FalkorStore(folder, database="scale")
        rows = Actorgraph(store).who_met(name)
        store.close()
    else:
        system = PEER_CLASSES[peer]()
        system.open(folder)
        rows = system.who_met(system.resolve(name))
        system.close()
    print(len(rows))


def fresh_ms(peer: str, folder: Path, name: str, runs: int = 3, stopped: bool = True) -> float:
    """Wall time of a fresh Python process to its first hub answer (median of ``runs``);
    for actorgraph with its engine stopped first, or left running (``stopped=False``: a
    command within the engine's idle time)."""
    code = FIRST.format(root=str(ROOT), peer=peer, folder=str(folder), name=name)
    times = []
    for _ in range(runs):
        if peer == "actorgraph" and stopped:
            Engine(folder).stop()
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
    return median(times)


# ---------------------------------------------------------------- one size
@dataclass
class Measured:
    """ms per (question, system); rows checked against actorgraph's."""

    times: dict[tuple[str, str], list[float]] = field(default_factory=dict)
    differ: list[str] = field(default_factory=list)
    missing: dict[str, str] = field(default_factory=dict)
    load_s: dict[str, float] = field(default_factory=dict)
    export_s: float = 0.0
    build_s: float = 0.0
    disk_mb: dict[str, float] = field(default_factory=dict)


FRESH = "fresh process to first hub answer"
WARM = "fresh process, engine already up (idle time)"


def bulk_load_s(folder: Path, path: Path) -> float:
    """Seconds of ``actorgraph load`` of the export into an empty graph, on an engine of its
    own (a data folder under ``folder``, removed after): loaded and dropped on the measured
    graph's engine, it stayed in that engine's snapshot and doubled the fresh-process start."""
    from actorgraph.graph.bulk import load

    home = folder / "loaded"
    target = FalkorStore(home, database="scale")
    try:
        started = time.perf_counter()
        load(target, path)
        return time.perf_counter() - started
    finally:
        target.close()
        Engine(home).stop()
        shutil.rmtree(home, ignore_errors=True)


def measure(store: FalkorStore, home: Path, folder: Path, samples: int) -> Measured:
    """Export the graph, time actorgraph, then each peer on the export; ``store`` is closed
    at the end (its engine is stopped for the fresh-process start)."""
    from actorgraph.graph.export import export
    from benchmarks.bench_queries import busiest, pools

    started = time.perf_counter()
    export(store, "jsonl", folder / "graph.jsonl")
    export_s = time.perf_counter() - started
    data = read_export(folder / "graph.jsonl")
    pool = pools(store)
    names = _unique_names(pool.actors)
    hub = busiest(pool)
    asked = questions(hub, [a for a in pool.actors if a[1] in names])
    done = Measured(export_s=export_s)
    reference = {q.name: timed_answers(Actorgraph(store), q, samples) for q in asked}
    done.times.update({(q.name, "actorgraph"): reference[q.name][0] for q in asked})
    done.disk_mb["actorgraph"] = store.server.status().data_bytes / 2**20
    done.load_s["actorgraph"] = bulk_load_s(folder, folder / "graph.jsonl")
    store.close()
    done.times[(FRESH, "actorgraph")] = [fresh_ms("actorgraph", home, hub[1])]
    running = FalkorStore(home, database="scale")  # the engine up, as within its idle time
    done.times[(WARM, "actorgraph")] = [fresh_ms("actorgraph", home, hub[1], stopped=False)]
    running.close()
    Engine(home).stop()
    for name in PEERS:
        with_peer(name, data, folder, asked, samples, reference, done, hub[1])
    return done


def with_peer(name: str, data: Exported, folder: Path, asked: list[Question], samples: int,
              reference: dict[str, tuple[list[float], list[Any]]], done: Measured,
              hub_name: str) -> None:  # fmt: skip
    """Load one peer, time every question, check its answers, time a fresh process."""
    try:
        peer = PEER_CLASSES[name]()
        start = time.perf_counter()
        peer.load(data, folder)
    except ImportError as exc:
        done.missing[name] = f"not installed ({exc.name})"
        return
    done.load_s[name] = time.perf_counter() - start
    done.disk_mb[name] = _size_mb(folder, name)
    for q in asked:
        times, answers = timed_answers(peer, q, samples)
        done.times[(q.name, name)] = times
        if answers != reference[q.name][1]:
            done.differ.append(f"{name}: {q.name}")
    peer.close()
    done.times[(FRESH, name)] = [fresh_ms(name, folder, hub_name)]


def _unique_names(actors: list[tuple[str, str]]) -> set[str]:
    counts: dict[str, int] = {}
    for _, name in actors:
        counts[name] = counts.get(name, 0) + 1
    return {name for name, n in counts.items() if n == 1}


def _size_mb(folder: Path, name: str) -> float:
    where = {"kuzu": folder / "kuzu", "sqlite": folder / "peer.sqlite",
             "networkx": folder / "networkx.pickle"}[name]  # fmt: skip
    files = [where] if where.is_file() else [p for p in where.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 2**20


# ---------------------------------------------------------------- tables
SYSTEMS = ("actorgraph", *PEERS)


def table_for(size: int, edges: int, done: Measured, samples: int) -> Table:
    table = Table(
        f"Peers at {edges:,} relationships (ms p50 / p95, {samples} samples; ratio = peer p50 "
        "/ actorgraph p50)",
        ["question", *SYSTEMS],
    )
    questions_asked = list(dict.fromkeys(q for q, _ in done.times))
    for question in questions_asked:
        ours = done.times[(question, "actorgraph")]
        table.add(question, *(_cell(done, question, s, ours) for s in SYSTEMS))
    table.add("load from the export, s", *(_num(done.load_s.get(s)) for s in SYSTEMS))
    table.add("export to JSON lines, s", _num(done.export_s), *["-"] * len(PEERS))
    table.add("built through the writer, s", _num(done.build_s), *["-"] * len(PEERS))
    table.add("on disk, MB", *(_num(done.disk_mb.get(s)) for s in SYSTEMS))
    table.notes.append("rows: " + ("; ".join(f"DIFFER {d}" for d in done.differ) or
                                   "every peer's answers equal actorgraph's"))  # fmt: skip
    table.notes += [f"{name}: {why}" for name, why in done.missing.items()]
    table.notes.append(
        "actorgraph load = actorgraph load of the export into an empty graph (GRAPH.BULK, "
        "indexes included); fresh process = median of 3 "
        "(actorgraph: engine stopped, so it starts and loads the graph; 'engine already up': "
        "a command within the engine's idle time, 10 minutes by default); the peers hold "
        "only what the questions read (actorgraph also holds every link's provenance)"
    )
    table.figures[f"fresh_first_answer_ms@{size}"] = median(done.times[(FRESH, "actorgraph")])
    return table


def _cell(done: Measured, question: str, system: str, ours: list[float]) -> str:
    if system in done.missing:
        return "not installed"
    times = done.times.get((question, system))
    if not times:
        return "-"
    shown = (
        f"{median(times):,.1f}" if len(times) == 1 else f"{median(times):.1f} / {p95(times):.1f}"
    )
    return shown if system == "actorgraph" else f"{shown} ({median(times) / median(ours):.2g}x)"


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:,.1f}"


def run(sizes: tuple[int, ...] = SIZES, samples: int = 20) -> list[Table]:
    from tempfile import TemporaryDirectory

    from benchmarks.bench_queries import EDGES_PER_REPORT, Growth
    from benchmarks.world import load_world

    world = load_world()
    world.grow(len(world.actors) + max(sizes) // EDGES_PER_REPORT // 4)
    tables = []
    with engine_home("ag-peers-") as home:
        growth = None
        for size in sizes:
            store = FalkorStore(home, database="scale")
            store.ensure_schema()
            growth = Growth(store, world, *((growth.written, growth.build_s) if growth else ()))
            edges = growth.grow_to(size)
            with TemporaryDirectory(prefix="ag-peers-data-") as tmp:
                done = measure(store, home, Path(tmp), samples)
            done.build_s = growth.build_s
            tables.append(table_for(size, edges, done, samples))
            print(f"  ... peers measured at {edges:,} relationships", file=sys.stderr, flush=True)
    return tables


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--samples", type=int, default=20)
    args = parser.parse_args(argv)
    for table in run(tuple(args.sizes), args.samples):
        table.print()


if __name__ == "__main__":
    main()
