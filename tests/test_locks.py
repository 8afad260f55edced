"""The write lock: a writer that cannot get it waits a bounded time, then fails with one
line naming the lock file and the pid that holds it (a stopped ingest, Ctrl-Z, would
otherwise block every writer forever without a word). Merge and unmerge take the same lock
as ingest (a merge during an ingest left the merged actor with edges)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from actorgraph.graph.falkor import FalkorStore
from actorgraph.ingest.pipeline import ingest
from actorgraph.resolve import judgements

from .conftest import FIXTURES, actorgraph
from .test_judgements import KEEP, OTHER

HOLDER = """
import sys, time
from pathlib import Path
from actorgraph.graph import writer
from actorgraph.graph.falkor import FalkorStore
with FalkorStore(Path(sys.argv[1])) as store, writer.exclusive(store):
    print("held", flush=True)
    time.sleep(300)
"""


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the write lock of the data folder ``tmp_path``."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    yield proc
    proc.kill()
    proc.wait()


def test_a_writer_gives_up_and_says_who_holds_the_lock(
    tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    ran = actorgraph(
        tmp_path, "ingest", str(FIXTURES / "meeting.txt"),
        env={"ACTORGRAPH_LOCK_TIMEOUT": "0.5"}, timeout=60,
    )  # fmt: skip
    assert ran.returncode == 1
    last = ran.stderr.strip().splitlines()[-1]
    assert last.startswith(f"error: {tmp_path.resolve() / 'engine' / 'write.lock'}: "), last
    assert f"held by pid {holder.pid}" in last
    assert holder.poll() is None  # nobody touched the holder


@pytest.fixture
def ingested(tmp_path: Path) -> Path:
    with FalkorStore(tmp_path) as store:
        ingest(store, [FIXTURES / "meeting.txt"])
    return tmp_path


@pytest.mark.parametrize("command", ["merge", "unmerge"])
def test_merge_and_unmerge_wait_for_the_write_lock(
    ingested: Path, holder: subprocess.Popen[str], command: str
) -> None:
    if command == "unmerge":  # a merge to undo, made before the lock was taken: no wait
        with FalkorStore(ingested) as store:
            store.write(judgements.CREATE, {"id": "judgement:x", "source": OTHER,
                        "target": KEEP, "reason": "r", "author": "a", "now": "2024"})  # fmt: skip
    merging = [KEEP, OTHER, "--reason", "same", "--force"]  # two people of the dictionary
    args = merging if command == "merge" else [KEEP, OTHER]
    ran = actorgraph(ingested, command, *args, env={"ACTORGRAPH_LOCK_TIMEOUT": "0.5"}, timeout=60)
    assert ran.returncode == 1, ran.stdout
    assert f"write.lock: held by pid {holder.pid}" in ran.stderr.strip().splitlines()[-1]
    with FalkorStore(ingested) as store:
        active = [r["active"] for r in judgements.judgements(store)]
    assert active == ([] if command == "merge" else [True])  # nothing was changed
