"""A full disk (issue 11, item 8): one engine per data folder, pid files never empty, and an
ingest that stops with a one-line "disk full" error saying how many reports it kept."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from actorgraph.graph import process
from actorgraph.graph.falkor import FalkorStore
from tests.conftest import actorgraph

SURNAMES = ["Vaskel", "Oduro", "Brantis", "Melkov", "Tarrin", "Quell", "Dobrev", "Isaksen"]


def engines(sock: Path) -> list[int]:
    """Pids of the redis-servers listening on ``sock``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and process.pid_alive(int(entry.name), str(sock)):
            found.append(int(entry.name))
    return [pid for pid in found if process.pid_alive(pid, process.REDIS)]


def test_a_second_watchdog_leaves_the_engine_to_its_owner(tmp_path: Path) -> None:
    with FalkorStore(tmp_path / "home") as store:
        sock = store.server.socket
        second = subprocess.run(
            [sys.executable, "-m", "actorgraph.graph.watchdog", str(store.server.dir), str(sock)],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert "another watchdog owns this engine" in second.stderr
        assert len(engines(sock)) == 1
        assert store.read("RETURN 1 AS one") == [{"one": 1}]


def _can_mount() -> str | None:
    """Why a tmpfs cannot be mounted here, or None."""
    if os.geteuid() != 0:
        return "mounting a small tmpfs needs root"
    probe = Path(f"/tmp/actorgraph-probe-{os.getpid()}")
    probe.mkdir(exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(probe)],
                          capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        probe.rmdir()
        return f"cannot mount a tmpfs: {done.stderr.strip()}"
    subprocess.run(["umount", str(probe)], check=True)
    probe.rmdir()
    return None


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs (skipped with the reason where one cannot be mounted)."""
    why = _can_mount()
    if why:
        pytest.skip(why)
    disk = tmp_path / "disk"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)], check=True)
    yield disk
    actorgraph(disk / "home", "db", "stop")
    subprocess.run(["umount", "-l", str(disk)], check=False)


def reports(folder: Path, count: int) -> Path:
    """Reports written for this test: meetings of invented people in invented order."""
    folder.mkdir()
    for i in range(count):
        a, b = SURNAMES[i % 8], SURNAMES[(i // 8) % 8]
        lines = [
            f"On {1 + j % 27} March 2024 President Amir {a}{i} met with Minister Nadia {b}{j} "
            f"in Geneva to discuss the shipment number {i * 31 + j}."
            for j in range(12)
        ]
        (folder / f"r{i:03d}.txt").write_text(f"Meeting notes {i}\n\n" + " ".join(lines) + "\n")
    return folder


REPORTS = 600  # more than fit in the 2 MB (the extractions are kept packed)


def test_a_full_disk_stops_the_ingest_with_what_was_kept(small_disk: Path, tmp_path: Path) -> None:
    home, folder = small_disk / "home", reports(tmp_path / "reports", REPORTS)
    full = actorgraph(home, "ingest", str(folder), "--batch", "10")
    assert full.returncode == 1
    error = full.stderr.strip().splitlines()[-1]
    assert error.startswith(f"error: {home.resolve()}/engine: disk full")
    kept = int(re.search(r"(\d+) new report\(s\) were written before it", error).group(1))
    assert 0 < kept < REPORTS
    for name in ("watchdog.pid", "redis.pid"):  # never empty: whole or absent
        pid_file = home / "engine" / name
        assert not pid_file.exists() or pid_file.read_text().strip()
    assert len(engines(home.resolve() / "engine" / "falkordb.sock")) <= 1
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    again = actorgraph(home, "ingest", str(folder), "--batch", "10")
    assert again.returncode == 0, again.stderr
    assert f"reports: {REPORTS - kept} new, {kept} already in the graph" in again.stdout


def test_a_pid_file_is_never_left_empty(small_disk: Path) -> None:
    filler = small_disk / "filler"
    with filler.open("wb") as out, pytest.raises(OSError):
        while True:
            out.write(b"\0" * 65536)
            out.flush()
    pid_file = small_disk / "some.pid"
    with pytest.raises(OSError):
        process.write_pid(pid_file, os.getpid())
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
