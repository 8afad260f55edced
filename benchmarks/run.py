"""Run every benchmark and print its tables, then the targets of issue #6, met or missed.

    python benchmarks/run.py            # the full size (about 20-30 minutes on 2 cores)
    python benchmarks/run.py --quick    # a small run (a few minutes)
    python benchmarks/run.py --out benchmarks/RESULTS.md   # also write the tables there
    python benchmarks/run.py --quick --smallest   # the quick plan at its smallest size, once

Benchmarks print figures; no test asserts a time. ``bench_maps.py`` (map rendering in a
browser) runs too when it is present.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import (  # noqa: E402
    bench_extract,
    bench_ingest,
    bench_queries,
    bench_scale,
    bench_startup,
    bench_write,
    peers,
    quality,
)
from benchmarks.common import ROOT, Table, machine_header  # noqa: E402

FULL: dict[str, dict[str, Any]] = {
    "extract": {"reports": 300, "runs": 3, "profile": True},
    "ingest": {"reports": 500, "runs": 3},
    "write": {"reports": 300, "runs": 5},
    "queries": {"sizes": (10_000, 100_000, 1_000_000), "samples": 20},
    "startup": {"runs": 5},
    "scale": {"sizes": (0.1, 1, 10), "runs": 3},
    "quality": {},
    "peers": {"sizes": (100_000, 1_000_000), "samples": 20},
    "maps": ["--runs", "3"],
}
QUICK: dict[str, dict[str, Any]] = {
    "extract": {"reports": 100, "runs": 2, "profile": True},
    "ingest": {"reports": 150, "runs": 1},
    "write": {"reports": 100, "runs": 2},
    "queries": {"sizes": (10_000, 100_000), "samples": 5},
    "startup": {"runs": 5},
    "scale": {"sizes": (0.1, 1), "runs": 1},
    "quality": {},
    "peers": {"sizes": (10_000, 100_000), "samples": 5},
    "maps": ["--runs", "1", "--sizes", "500", "2000"],
}
# The quick plan at its smallest size, each piece once: what tests/test_benchmarks.py runs so
# that every benchmark keeps up with the code (a segment, a query, a parameter added later).
SMALLEST: dict[str, dict[str, Any]] = {
    "extract": {"reports": 20, "runs": 1, "profile": True},
    "ingest": {"reports": 20, "runs": 1},
    "write": {"reports": 20, "runs": 1},
    "queries": {"sizes": (min(QUICK["queries"]["sizes"]),), "samples": 2},
    "startup": {"runs": 1},
    "scale": {"sizes": (0.02,), "runs": 1},
    "quality": {"peers": False},
    "peers": {"sizes": (10_000,), "samples": 2},
    "maps": ["--runs", "1", "--sizes", "500", "--graph-sizes", "10000"],
}
BENCHES: dict[str, Callable[..., list[Table]]] = {
    "extract": bench_extract.run,
    "ingest": bench_ingest.run,
    "write": bench_write.run,
    "queries": bench_queries.run,
    "startup": bench_startup.run,
    "scale": bench_scale.run,
    "quality": quality.run,
    "peers": peers.run,
}


def targets(figures: dict[str, float], largest: int) -> Table:
    """The targets of the issue against the figures of this run."""
    table = Table("Targets (2 cores, no GPU)", ["target", "measured", "met", "margin"])

    def check(name: str, key: str, limit: float, above: bool, unit: str = "") -> None:
        value = figures.get(key)
        if value is None:
            table.add(name, "not measured", "-", "-")
            return
        met = value >= limit if above else value < limit
        margin = value / limit if above else limit / value
        shown = f"{value:.0%}" if unit == "%" else f"{value:,.1f}{unit}"
        shown = f"{value:.3f}" if unit == "F1" else shown
        table.add(name, shown, "yes" if met else "NO", f"{margin:.2f}x")

    check("extraction, default path >= 20,000 words/s", "extract_words_s", 20_000, True)
    check("extraction with the parse (ACTORGRAPH_PARSE=1) >= 10,000 words/s",
          "extract_parse_words_s", 10_000, True)  # fmt: skip
    if "spacy_words_s" in figures:
        table.add("(spaCy en_core_web_sm, for comparison)", f"{figures['spacy_words_s']:,.1f}",
                  "-", f"{figures['spacy_words_s'] / 20_000:.2f}x")  # fmt: skip
    check("batched writer >= 20x naive", "batched_vs_naive", 20, True, "x")
    check("batched writer >= 80% of bare UNWIND MERGE", "batched_vs_bare", 0.8, True, "%")
    at = f"{largest:,} rels"
    check(f"who-met p95 < 20 ms at {at}", f"who-met_p95_ms@{largest}", 20, False, " ms")
    check(f"paths (4 hops) p95 < 200 ms at {at}", f"paths_p95_ms@{largest}", 200, False, " ms")
    check(f"who-met, any actor by name p95 < 10 ms at {at}",
          f"who-met-by-name_p95_ms@{largest}", 10, False, " ms")  # fmt: skip
    check(f"who-met, busiest actor p95 < 50 ms at {at}", f"who-met-hub_p95_ms@{largest}", 50,
          False, " ms")  # fmt: skip
    check(f"paths from the busiest actor p95 < 150 ms at {at}", f"paths-hub_p95_ms@{largest}",
          150, False, " ms")  # fmt: skip
    check(f"first who-met answer from a fresh process < 1.5 s at {at}",
          f"fresh_first_answer_ms@{largest}", 1500, False, " ms")  # fmt: skip
    check("actorgraph --help < 250 ms CPU", "startup_help_cpu_ms", 250, False, " ms")
    check(f"engine peak memory < 4 GB at {at}", f"engine_peak_mb@{largest}", 4096, False, " MB")
    check("entities F1 >= 0.90 (all 66 dev reports)", "quality_all_entities", 0.9, True, "F1")
    check("who met whom where F1 >= 0.70 (all 66)", "quality_all_met_pairs_where", 0.7, True, "F1")
    check("relations F1 >= 0.60 (all 66)", "quality_all_relations", 0.6, True, "F1")
    for measure in ("met_pairs_where", "relations"):
        _gap(table, figures, measure)
    table.notes.append("margin: measured/target for rates, target/measured for limits (>1 = met)")
    return table


def _gap(table: Table, figures: dict[str, float], measure: str) -> None:
    """Issue 10: the check fold within 0.08 of the tune fold."""
    tune, check = figures.get(f"quality_tune_{measure}"), figures.get(f"quality_check_{measure}")
    name = f"check fold within 0.08 of tune, {measure}"
    if tune is None or check is None:
        table.add(name, "not measured", "-", "-")
        return
    gap = tune - check
    table.add(name, f"{gap:+.3f}", "yes" if gap <= 0.08 else "NO", "-")


def run_maps(args: list[str]) -> str:
    script = ROOT / "benchmarks" / "bench_maps.py"
    if not script.exists():
        return "bench_maps.py not present: map rendering not measured\n"
    done = subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True)
    tail = done.stderr.strip().splitlines()[-1:] if done.returncode else []
    return done.stdout + (f"\nbench_maps.py failed: {tail}\n" if tail else "")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small run")
    parser.add_argument("--smallest", action="store_true", help="the quick plan's smallest size")
    parser.add_argument("--only", nargs="+", choices=[*BENCHES, "maps"], help="just these")
    parser.add_argument("--out", type=Path, help="also write the tables to this file")
    args = parser.parse_args(argv)
    plan = SMALLEST if args.smallest else QUICK if args.quick else FULL
    chosen = args.only or [*BENCHES, "maps"]
    started = time.monotonic()
    command = " ".join(["python benchmarks/run.py", *(sys.argv[1:] if argv is None else argv)])
    out = [f"# actorgraph benchmarks\n\ncommand : {command}\n{machine_header()}\n"]
    print(out[0], flush=True)
    figures: dict[str, float] = {}
    for name in chosen:
        text = _run_one(name, plan, figures)
        print(text, flush=True)
        out.append(text)
    largest = max(plan["queries"]["sizes"])
    summary = targets(figures, largest).render()
    summary += f"\ntotal time: {(time.monotonic() - started) / 60:.1f} min\n"
    print(summary, flush=True)
    out.append(summary)
    if args.out:
        args.out.write_text("\n".join(out), encoding="utf-8")


def _run_one(name: str, plan: dict[str, Any], figures: dict[str, float]) -> str:
    started = time.monotonic()
    if name == "maps":
        text = "## Map rendering (bench_maps.py)\n\n" + run_maps(plan["maps"])
    else:
        buffer = io.StringIO()
        with redirect_stdout(buffer):  # the benchmarks' own prints go with their tables
            tables = BENCHES[name](**plan[name])
        for table in tables:
            figures.update(table.figures)
        text = buffer.getvalue() + "\n".join(t.render() for t in tables)
    return text + f"\n({name}: {time.monotonic() - started:.0f} s)\n"


if __name__ == "__main__":
    main()
