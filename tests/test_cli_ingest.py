"""The ingest summary counts what it names, Ctrl-C during an ingest exits 130 after saying
what was saved, and ``db status`` never starts the engine: all on the real embedded engine."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from actorgraph.cli import cli
from actorgraph.graph.engine import Engine
from actorgraph.graph.falkor import FalkorStore
from actorgraph.ingest.pipeline import ingest

from .conftest import FIXTURES, ROOT

PEOPLE = ["Hassan Nasrallah", "Ali Larijani", "Esmail Qaani", "Nabih Berri", "Bashar al-Assad"]
PLACES = ["Beirut", "Damascus", "Baghdad", "Tehran"]


def write_reports(folder: Path, count: int) -> Path:
    """``count`` short reports written for this test, each a different text."""
    folder.mkdir()
    for i in range(count):
        a, b = PEOPLE[i % 5], PEOPLE[(i + 2) % 5]
        text = (
            f"Title: Bulletin {i}\nDate: 2024-03-{i % 28 + 1:02d}\n\n"
            f"{a} met {b} in {PLACES[i % 4]} on Monday to discuss item {i}. "
            f"{b} later spoke with {PEOPLE[(i + 1) % 5]} about case {i * 7}.\n"
        )
        (folder / f"r{i:05d}.txt").write_text(text)
    return folder


def test_the_summary_counts_distinct_entities_and_events(falkor: FalkorStore, tmp_path) -> None:
    folder = write_reports(tmp_path / "reports", 12)
    summary = ingest(falkor, [folder])
    assert summary.reports == 12
    named = "MATCH (:Report)-[:MENTIONS]->(n:Entity) RETURN count(DISTINCT n) AS n"
    assert summary.entities == falkor.read(named)[0]["n"]
    assert summary.entities < 12 * 3  # people named again in other reports count once
    assert summary.events == falkor.read("MATCH (e:Event) RETURN count(e) AS n")[0]["n"]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_exits_130_after_saying_what_was_saved(tmp_path: Path, workers: str) -> None:
    folder = write_reports(tmp_path / "many", 3000)
    home = tmp_path / "home"
    env = {**os.environ, "ACTORGRAPH_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop("NEO4J_URI", None)
    args = [
        sys.executable,
        "-m",
        "actorgraph",
        "ingest",
        str(folder),
        "--batch",
        "20",
        "--workers",
        workers,
    ]
    run = subprocess.Popen(
        args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=_default_sigint,
    )  # fmt: skip
    try:
        _wait_for_a_saved_batch(home)
        run.send_signal(signal.SIGINT)
        out, err = run.communicate(timeout=120)
    finally:
        run.kill()
    assert run.returncode == 130, err
    saved = int(re.search(r"interrupted: (\d+) new report\(s\) saved", err)[1])
    assert f"reports: {saved} new" in out
    with FalkorStore(home) as store:
        stored = store.read("MATCH (r:Report) RETURN count(r) AS n")[0]["n"]
    assert 0 < saved == stored < 3000


def _default_sigint() -> None:
    """In the child: Ctrl-C as a terminal sends it, even when this test runs where SIGINT is
    ignored (a background job of a non-interactive shell, whose children inherit that)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for_a_saved_batch(home: Path) -> None:
    """Until the running ingest has written at least one batch (reading the graph)."""
    for _ in range(600):
        if Engine(home).status().running:
            with FalkorStore(home) as store:
                if store.read("MATCH (r:Report) RETURN count(r) AS n")[0]["n"] > 0:
                    return
        time.sleep(0.1)
    raise AssertionError("the ingest wrote nothing")


def test_db_status_does_not_start_the_engine(tmp_path: Path) -> None:
    env = {"ACTORGRAPH_HOME": str(tmp_path), "NEO4J_URI": None}
    idle = CliRunner().invoke(cli, ["db", "status"], env=env)
    assert idle.exit_code == 0, idle.output
    assert "not running" in idle.stdout
    assert not Engine(tmp_path).status().running
    assert not (tmp_path / "engine" / "redis.pid").exists()
    with FalkorStore(tmp_path) as store:
        ingest(store, [FIXTURES / "meeting.txt"])
        busy = CliRunner().invoke(cli, ["db", "status"], env=env)
    assert busy.exit_code == 0, busy.output
    header, _, row = busy.stdout.splitlines()[:3]
    values = dict(zip(header.split(), row.split(), strict=False))
    assert values["running"] == "true" and values["reports"] == "1"
