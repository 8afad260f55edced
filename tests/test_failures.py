"""Failures on the real embedded engine: an ingest killed with SIGKILL in the middle of its
batches (alone, and together with the engine), then run again; two ingests of one folder at
once. Each ends with the graph of one clean run: no half-written report, no duplicate.

What "the same graph" means here (:func:`canonical`): the same nodes (labels and every
property) and the same edges (start id, type, end id and every property), compared as
sorted lists, so a duplicated node or edge is a difference. Two things may differ between
runs and are normalised: ``ingestedAt`` (the wall-clock time of the write) is left out, and
list properties are compared as sorted lists, because their order is the order in which
reports were written, which an interrupted or concurrent run changes. The parallel evidence
lists (``evidence``, ``evidenceReports``, ``evidenceSpans``, ``extractors``,
``confidences``) are compared as one sorted list of tuples, so every sentence keeps its
report, span, extractor and confidence. (Past 50 sentences an edge keeps the first 50 in
write order; the corpora here stay below that.)
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from actorgraph.graph import process, writer
from actorgraph.graph.falkor import FalkorStore
from actorgraph.graph.store import GraphStore
from actorgraph.ingest.pipeline import ingest

ROOT = Path(__file__).resolve().parents[1]
PARALLEL = ("evidence", "evidenceReports", "evidenceSpans", "extractors", "confidences")
VOLATILE = {"ingestedAt"}
REPORTS = 120
Dump = tuple[list[str], list[str]]


# ---------------------------------------------------------------- the canonical graph
def _props(props: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    lists = [props.get(name) for name in PARALLEL]
    if all(isinstance(v, list) for v in lists):
        out["(evidence)"] = sorted(map(list, zip(*lists, strict=True)))  # type: ignore[arg-type]
    for key, value in props.items():
        if key in VOLATILE or ("(evidence)" in out and key in PARALLEL):
            continue
        out[key] = sorted(value, key=json.dumps) if isinstance(value, list) else value
    return out


def canonical(store: GraphStore) -> Dump:
    """Every node and every edge with its properties, normalised (see the module doc)."""
    nodes = store.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
    edges = store.read(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props"
    )
    node_keys = [
        json.dumps([sorted(n["labels"]), _props(n["props"])], sort_keys=True) for n in nodes
    ]
    edge_keys = [
        json.dumps([e["a"], e["t"], e["b"], _props(e["props"])], sort_keys=True) for e in edges
    ]
    return sorted(node_keys), sorted(edge_keys)


def assert_same_graph(got: Dump, want: Dump) -> None:
    """Equal dumps; on failure, say how many nodes/edges differ and show a few."""
    for kind, a, b in (("nodes", got[0], want[0]), ("edges", got[1], want[1])):
        extra, missing = Counter(a) - Counter(b), Counter(b) - Counter(a)
        assert not extra and not missing, (
            f"{kind}: {sum(extra.values())} unexpected, {sum(missing.values())} missing; "
            f"e.g. unexpected {list(extra)[:1]} missing {list(missing)[:1]}"
        )


def assert_consistent(store: GraphStore) -> None:
    """No duplicate node id, no duplicate edge, no report counted twice on an edge."""
    ids = store.read("MATCH (n) RETURN n.id AS id, count(*) AS c ORDER BY c DESC LIMIT 1")
    assert not ids or ids[0]["c"] == 1, ids
    edges = store.read(
        "MATCH (a)-[r]->(b) WITH a, type(r) AS t, b, count(r) AS c WHERE c > 1 "
        "RETURN a.id AS a, t, b.id AS b, c LIMIT 3"
    )
    assert edges == []
    bad = store.read(
        "MATCH ()-[r]->() WHERE r.reports IS NOT NULL AND r.count IS NOT NULL "
        "AND r.count <> size(r.reports) RETURN type(r) AS t, r.count AS c LIMIT 3"
    )
    assert bad == []
    rows = store.read("MATCH ()-[r]->() WHERE r.reports IS NOT NULL RETURN r.reports AS reports")
    assert all(len(set(r["reports"])) == len(r["reports"]) for r in rows)


# ---------------------------------------------------------------- fixtures
def benchmarks_module(name: str) -> Any:
    """A module of ``benchmarks/`` (the corpus generator lives there)."""
    sys.path.insert(0, str(ROOT))
    try:
        return importlib.import_module(f"benchmarks.{name}")
    finally:
        sys.path.remove(str(ROOT))


def generate(folder: Path, count: int, seed: int) -> Path:
    """A synthetic corpus from ``benchmarks/generate.py``; returns its reports folder."""
    info = benchmarks_module("generate").write_corpus(folder, count, seed)
    return Path(info["folder"])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("corpus"), REPORTS, seed=7)


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Dump:
    """The graph of one clean, uninterrupted single-process run."""
    with FalkorStore(tmp_path_factory.mktemp("clean")) as store:
        ingest(store, [corpus], batch=10)
        return canonical(store)


@pytest.fixture(autouse=True)
def short_grace(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACTORGRAPH_ENGINE_GRACE", "0.3")


def cli_ingest(home: Path, corpus: Path, *extra: str) -> subprocess.Popen[str]:
    main = "import sys; from actorgraph.cli import main; sys.argv[0] = 'actorgraph'; main()"
    command = [sys.executable, "-c", main, "--data-dir", str(home), "ingest"]
    return subprocess.Popen(
        [*command, str(corpus), "--batch", "10", "--format", "json", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )


def report_count(store: FalkorStore) -> int:
    return int(store.read("MATCH (r:Report) RETURN count(r) AS n")[0]["n"])


@pytest.fixture
def watcher(tmp_path: Path) -> Iterator[FalkorStore]:
    """A store on the data folder under test, to watch the ingest from outside."""
    store = FalkorStore(tmp_path, database="actorgraph")
    yield store
    store.close()


def kill_group(proc: subprocess.Popen[str]) -> None:
    """SIGKILL the ingest and anything it started in its session (extraction workers)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


def wait_for(predicate: Any, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


# ---------------------------------------------------------------- tests
@pytest.mark.slow
@pytest.mark.parametrize("also_engine", [False, True], ids=["ingest", "ingest+engine"])
def test_sigkill_mid_ingest_then_again_gives_the_clean_graph(
    tmp_path: Path, corpus: Path, clean: Dump, watcher: FalkorStore, also_engine: bool
) -> None:
    workers = "2" if also_engine else "1"
    proc = cli_ingest(tmp_path, corpus, "--workers", workers)
    assert wait_for(lambda: report_count(watcher) >= 20), "the ingest wrote nothing"
    if also_engine:  # the engine dies too: only what its append-only file holds survives
        os.kill(process.read_pid(tmp_path / "engine" / "redis.pid") or 0, signal.SIGKILL)
    os.kill(proc.pid, signal.SIGKILL)  # in the middle of a batch: reading, extracting, writing
    kill_group(proc)
    interrupted = report_count(watcher)
    assert interrupted < REPORTS, "the ingest finished before it was killed"
    again = cli_ingest(tmp_path, corpus)
    summary = json.loads(again.communicate(timeout=120)[0])
    assert again.returncode == 0
    assert summary["reports"] + summary["skipped"] == REPORTS
    assert summary["skipped"] == report_count(watcher) - summary["reports"]
    assert_consistent(watcher)
    assert_same_graph(canonical(watcher), clean)


@pytest.mark.slow
def test_two_ingests_of_one_folder_at_once(
    tmp_path: Path, corpus: Path, clean: Dump, watcher: FalkorStore
) -> None:
    first, second = cli_ingest(tmp_path, corpus), cli_ingest(tmp_path, corpus)
    summaries = [json.loads(p.communicate(timeout=180)[0]) for p in (first, second)]
    assert first.returncode == second.returncode == 0
    assert all(s["reports"] + s["skipped"] == REPORTS for s in summaries)
    assert sum(s["reports"] for s in summaries) == REPORTS, "a report counted new twice"
    assert report_count(watcher) == REPORTS  # every report went in once
    assert_consistent(watcher)
    assert_same_graph(canonical(watcher), clean)


def test_two_writers_of_one_batch_at_once_write_each_edge_once(falkor: FalkorStore) -> None:
    """FalkorDB runs a MERGE that arrives during another write against the graph as it was:
    without the writer's lock, every edge of the batch was made twice."""
    synth, world = benchmarks_module("synth"), benchmarks_module("world").load_world()
    batch = list(synth.extractions(world, 10, seed=3))
    grades = {x.report.id: "B" for x in batch}
    falkor.ensure_schema()
    with FalkorStore(falkor.home, database=falkor.database) as other:
        for step in range(16):  # the second write starts at some point of the first
            delay = step * 0.005
            late = threading.Timer(delay, writer.write, (other, batch, grades))
            late.start()
            writer.write(falkor, batch, grades)
            late.join()
    assert_consistent(falkor)


def children(pid: int) -> list[int]:
    """The live processes whose parent is ``pid``."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid and fields[0] != "Z":
                found.append(int(stat.parent.name))
    return found


@pytest.mark.slow
def test_killing_the_ingest_leaves_no_worker_behind(
    tmp_path: Path, corpus: Path, watcher: FalkorStore
) -> None:
    proc = cli_ingest(tmp_path, corpus, "--workers", "2")
    try:
        assert wait_for(lambda: report_count(watcher) >= 10), "the ingest wrote nothing"
        workers = children(proc.pid)
        assert len(workers) >= 2, workers
        os.kill(proc.pid, signal.SIGKILL)  # the parent only, not its process group
        proc.wait(timeout=30)
        assert wait_for(lambda: not any(process.pid_alive(p) for p in workers)), "orphans left"
    finally:
        kill_group(proc)


def workers_of(pid: int) -> list[int]:
    """The extraction workers among the children of ``pid``."""
    found = []
    for child in children(pid):
        with contextlib.suppress(OSError):
            if b"multiprocessing.spawn" in Path(f"/proc/{child}/cmdline").read_bytes():
                found.append(child)
    return found


@pytest.mark.slow
def test_a_worker_killed_mid_ingest_costs_no_report(
    tmp_path: Path, corpus: Path, clean: Dump, watcher: FalkorStore
) -> None:
    """A worker that dies (the kernel's out-of-memory killer, an admin) breaks the pool:
    the reports it had not returned are extracted again in a new pool."""
    proc = cli_ingest(tmp_path, corpus, "--workers", "2")
    try:
        assert wait_for(lambda: report_count(watcher) >= 20), "the ingest wrote nothing"
        os.kill(workers_of(proc.pid)[0], signal.SIGKILL)
        assert report_count(watcher) < REPORTS, "the ingest finished before the kill"
        summary = json.loads(proc.communicate(timeout=180)[0])
    finally:
        kill_group(proc)
    assert proc.returncode == 0, summary["failures"]
    assert summary["reports"] == REPORTS and not summary["failures"]
    assert_consistent(watcher)
    assert_same_graph(canonical(watcher), clean)
