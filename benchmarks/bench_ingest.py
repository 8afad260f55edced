"""End-to-end ingest reports/s with 1 and 2 extraction processes (one writer).

A synthetic corpus (``generate.py``) is written to a temporary folder, then ingested with
``actorgraph.ingest.pipeline.ingest`` into a fresh graph of the embedded engine per run:
reading, extraction, resolution and the batched writes, worker start-up included.
Also printed: peak memory of the ingesting process and of its worker processes, and the
engine's memory after the last run.
    python benchmarks/bench_ingest.py [--reports 500] [--runs 3] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from actorgraph.ingest.pipeline import ingest  # noqa: E402
from benchmarks.common import (  # noqa: E402
    ROOT,
    Table,
    children_peak_mb,
    engine_home,
    engine_memory,
    median,
    python_peak_mb,
    scratch_store,
    timed,
)
from benchmarks.generate import write_corpus  # noqa: E402

COUNT_EDGES = "MATCH ()-[r]->() RETURN count(r) AS n"


@dataclass
class Result:
    seconds: float
    reports: int
    edges: int
    python_mb: float  # peak RSS of the ingesting process
    workers_mb: float  # peak RSS of its largest worker
    engine: dict[str, float]


def ingest_once(home: Path, folder: Path, workers: int) -> Result:
    """One ingest into a fresh graph, in this process."""
    with scratch_store(home, f"ingest-w{workers}") as store:
        seconds, summary = timed(lambda: ingest(store, [folder], workers=workers))
        edges = store.read(COUNT_EDGES)[0]["n"]
        return Result(
            seconds, summary.reports, edges, python_peak_mb(), children_peak_mb(),
            engine_memory(store),
        )  # fmt: skip


def ingest_in_child(home: Path, folder: Path, workers: int) -> Result:
    """:func:`ingest_once` in a fresh Python process, so that its peak memory is its own
    (interpreter start-up is not timed)."""
    code = (
        "import dataclasses, json, sys; from pathlib import Path; "
        f"sys.path.insert(0, {str(ROOT)!r}); from benchmarks.bench_ingest import ingest_once; "
        "r = ingest_once(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])); "
        "print(json.dumps(dataclasses.asdict(r)))"
    )
    command = [sys.executable, "-c", code, str(home), str(folder), str(workers)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return Result(**json.loads(done.stdout.strip().splitlines()[-1]))


def run(reports: int = 500, runs: int = 3, workers: tuple[int, ...] = (1, 2)) -> list[Table]:
    with engine_home("ag-ingest-") as tmp:
        info = write_corpus(Path(tmp) / "corpus", reports, seed=4)
        folder = Path(info["folder"])
        results = {w: [ingest_in_child(Path(tmp), folder, w) for _ in range(runs)] for w in workers}
    table = Table(
        f"Ingest end to end: {reports:,} reports, {info['words']:,} words (median of {runs} runs)",
        ["workers", "runs", "median s", "reports/s", "words/s", "vs 1 worker", "edges",
         "peak RSS MB: main / worker"],
    )  # fmt: skip
    base = None
    for w, rows in results.items():
        seconds = median([r.seconds for r in rows])
        base = base or seconds
        table.figures[f"ingest_reports_s_w{w}"] = reports / seconds
        edges = "/".join(f"{e:,}" for e in sorted({r.edges for r in rows}))
        worker_mb = max(r.workers_mb for r in rows) if w > 1 else 0.0
        memory = f"{max(r.python_mb for r in rows):.0f} / " + (f"{worker_mb:.0f}" if w > 1 else "-")
        table.add(w, len(rows), seconds, reports / seconds, info["words"] / seconds,
                  f"{base / seconds:.2f}x", edges, memory)  # fmt: skip
    mem = results[workers[-1]][-1].engine
    table.notes += [
        "workers = extraction processes (spawned, each loads the dictionary); one writer.",
        "each run in a fresh Python process (its peak RSS is its own; start-up not timed);",
        f"engine after the last run: used {mem['used']:.0f} MB, RSS {mem['rss']:.0f} MB.",
        "the same edge count for every worker count means the same graph size "
        "(identity is tested in tests/test_workers.py)",
    ]
    return [table]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args(argv)
    for table in run(args.reports, args.runs, tuple(args.workers)):
        table.print()


if __name__ == "__main__":
    main()
