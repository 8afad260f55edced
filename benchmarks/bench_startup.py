"""Start-up cost of the ``actorgraph`` command: CPU time (user + system) of a fresh process
for ``--help`` and for a who-met against an engine that is already running, beside
``python -c pass``; the import time ``python -X importtime`` reports for the CLI module; and
which heavy modules each command loads.

Each command runs ``runs`` times in a fresh process (the console script's own two lines);
figures are medians. The engine is started once (``db start``) on the sample reports and
stopped at the end, so the query pays for connecting, not for starting the engine.
    python benchmarks/bench_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import ROOT, Table, engine_home, median  # noqa: E402

MAIN = "import sys; from actorgraph.cli import main; sys.argv[0] = 'actorgraph'; main()"
# The console script, and a report of the heavy modules it loaded, written at exit.
WATCH = ("neo4j", "networkx", "pyvis", "numpy", "scipy", "actorgraph.extract.report")
SPY = (
    "import atexit, sys; atexit.register(lambda: sys.stderr.write("
    "'\\nLOADED ' + ' '.join(m for m in {watch!r} if m in sys.modules) + "
    "' MODULES ' + str(len(sys.modules)) + '\\n')); " + MAIN
)
QUERY = ["query", "who-met", "--param", "actor=Esmail Qaani", "--format", "json"]


def cpu_seconds(argv: list[str], env: dict[str, str]) -> float:
    """User + system CPU seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=ROOT)
    if done.returncode:
        raise RuntimeError(f"{argv[3:]} failed: {done.stderr.strip()[-300:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def loaded(args: list[str], env: dict[str, str]) -> tuple[str, int]:
    """The watched modules a command loaded, and how many modules in all."""
    code = SPY.format(watch=WATCH)
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, cwd=ROOT)  # fmt: skip
    line = done.stderr.rsplit("\nLOADED ", 1)[-1]
    names, _, count = line.partition(" MODULES ")
    return names.strip() or "-", int(count.strip() or 0)


def import_ms(args: list[str], env: dict[str, str]) -> float:
    """Time spent importing modules by a command (the self times -X importtime reports, ms)."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", MAIN, *args],
                          capture_output=True, text=True, env=env, cwd=ROOT)  # fmt: skip
    total = 0
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if line.startswith("import time:") and parts[0].split(":")[1].strip().isdigit():
            total += int(parts[0].split(":")[1])
    return total / 1000


def run(runs: int = 5) -> list[Table]:
    table = Table(
        f"Start-up: CPU time of a fresh process (median of {runs} runs)",
        ["command", "CPU ms", "vs python -c pass", "modules", "heavy modules loaded"],
    )
    with engine_home("ag-startup-") as home:
        env = {**os.environ, "ACTORGRAPH_HOME": str(home)}
        cli = [sys.executable, "-c", MAIN]
        for args in (["db", "start"], ["ingest", "seeds/reports"]):
            subprocess.run([*cli, *args], capture_output=True, env=env, cwd=ROOT, check=True)
        cases = {
            "python -c pass": ([sys.executable, "-c", "pass"], None),
            "actorgraph --help": ([*cli, "--help"], ["--help"]),
            "actorgraph query who-met (engine running)": ([*cli, *QUERY], QUERY),
        }
        try:
            cpu = {name: median([cpu_seconds(argv, env) for _ in range(runs)])
                   for name, (argv, _) in cases.items()}  # fmt: skip
            for name, (_, args) in cases.items():
                heavy, count = loaded(args, env) if args else ("-", 0)
                ratio = cpu[name] / cpu["python -c pass"]
                table.add(name, cpu[name] * 1000, f"{ratio:.1f}x", count or "-", heavy)
            table.figures["startup_help_cpu_ms"] = cpu["actorgraph --help"] * 1000
            imports = median([import_ms(["--help"], env) for _ in range(runs)])
        finally:
            subprocess.run([*cli, "db", "stop"], capture_output=True, env=env, cwd=ROOT)
    table.notes += [
        f"python -X importtime, actorgraph --help: {imports:.0f} ms importing modules "
        f"(sum of self times, median of {runs})",
        "CPU ms = user + system time of the child process (resource.getrusage).",
    ]
    table.figures["import_help_ms"] = imports
    return [table]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    for table in run(args.runs):
        table.print()


if __name__ == "__main__":
    main()
