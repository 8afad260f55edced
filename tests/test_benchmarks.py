"""The benchmark runs to the end: ``benchmarks/run.py --smallest`` (the quick plan at its
smallest size, each piece once) in a fresh process, every table written, no query failing.

It once crashed on a write segment added after it (``within``), so its tables were never
printed; this runs it whole so that cannot happen again. No figure is asserted.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SECTIONS = (
    "## Extraction, one process",
    "## Ingest end to end",
    "## Graph write",
    "## Graph sizes, build and engine memory",
    "## Query latency in ms",
    "## Start-up: CPU time of a fresh process",
    "## Peers at",
    "## Map rendering",
    "## Targets",
)


@pytest.mark.slow
def test_quick_benchmark_at_its_smallest_size_runs_to_the_end(tmp_path: Path) -> None:
    out = tmp_path / "RESULTS.md"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--smallest", "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "ACTORGRAPH_HOME": str(tmp_path / "home")},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    text = out.read_text(encoding="utf-8")
    for section in SECTIONS:
        assert section in text
    latency = text.split("## Query latency in ms", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in latency.splitlines() if re.match(r"^[a-z-]+[ (]", line)]
    names = {line.split("  ")[0].strip() for line in rows}
    assert {"who-met", "paths", "meetings-at", "search", "map influence"} <= names
    failed = [line for line in rows if re.search(r"\b(error|skipped)\b", line)]
    assert not failed, failed
    peers = text.split("## Peers at", 1)[1].split("\n## ", 1)[0]
    assert "DIFFER" not in peers and "every peer's answers equal actorgraph's" in peers
    targets = text.split("## Targets", 1)[1]
    assert "not measured" not in targets
    assert "who-met p95" in targets and "batched writer" in targets and "--help" in targets
