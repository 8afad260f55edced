"""The embedded engine: no TCP port, shared by processes, recovers from stale files,
stops after its last user, and loses no committed write on kill -9."""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import pytest
import redis

from actorgraph.errors import EngineError
from actorgraph.graph import process
from actorgraph.graph.engine import Engine
from actorgraph.graph.falkor import FalkorStore

from .conftest import FIXTURES, actorgraph

GRACE = "0.3"


@pytest.fixture(autouse=True)
def short_grace(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACTORGRAPH_ENGINE_GRACE", GRACE)


def wait_until(predicate, timeout: float = 15.0) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def count(store: FalkorStore) -> int:
    return store.read("MATCH (n:Entity) RETURN count(n) AS n")[0]["n"]


def test_unix_socket_only(tmp_path: Path) -> None:
    with FalkorStore(tmp_path) as store:
        conn = redis.Redis(unix_socket_path=str(store.server.socket))
        assert conn.config_get("port")["port"] == "0"
        assert store.server.socket.is_socket()
        assert str(store.server.socket).startswith(str(tmp_path))


def test_stops_after_last_user_and_restarts(tmp_path: Path) -> None:
    first, second = FalkorStore(tmp_path), FalkorStore(tmp_path)
    pid = first.server.status().pid
    assert pid == second.server.status().pid  # one engine, shared
    first.close()
    time.sleep(float(GRACE) * 3)
    assert process.pid_alive(pid), "engine stopped while a user remained"
    second.close()
    assert wait_until(lambda: not process.pid_alive(pid)), "engine outlived its last user"
    with FalkorStore(tmp_path) as again:
        assert again.read("RETURN 1 AS one") == [{"one": 1}]


def test_by_default_the_engine_stays_up_after_its_last_user_until_db_stop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ACTORGRAPH_ENGINE_GRACE")  # the default: minutes, not a second
    with FalkorStore(tmp_path) as store:
        pid = store.server.status().pid
    time.sleep(2.0)  # the old default (1 s) would have stopped it by now
    assert process.pid_alive(pid), "engine stopped right after its last user"
    done = actorgraph(tmp_path, "db", "stop")
    assert done.returncode == 0 and "engine stopped" in done.stdout, done.stderr
    assert wait_until(lambda: not process.pid_alive(pid))
    assert not Engine(tmp_path).status().running


def test_pinned_engine_survives_without_users(tmp_path: Path) -> None:
    engine = Engine(tmp_path)
    engine.pin(True)
    engine.acquire()
    engine.release()
    pid = engine.status().pid
    time.sleep(float(GRACE) * 4)
    assert process.pid_alive(pid)
    assert engine.stop()
    assert wait_until(lambda: not process.pid_alive(pid))


def test_stale_pid_and_socket_are_recovered(tmp_path: Path) -> None:
    engine_dir = tmp_path / "engine"
    engine_dir.mkdir()
    (engine_dir / "redis.pid").write_text("999999")  # a dead pid
    (engine_dir / "watchdog.pid").write_text("999998")
    (engine_dir / "falkordb.sock").write_text("not a socket")
    with FalkorStore(tmp_path) as store:
        assert store.read("RETURN 2 AS two") == [{"two": 2}]


WRITER = """
import sys
from collections.abc import Iterable
from pathlib import Path
from actorgraph.graph.falkor import FalkorStore
store = FalkorStore(Path(sys.argv[1]))
i = 0
while True:
    store.write("CREATE (:Person:Actor:Entity {id: $id})", {"id": f"person:{i}"})
    print(i, flush=True)
    i += 1
"""


def test_kill_9_of_the_engine_and_the_writer_loses_nothing_committed(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    acknowledged = -1
    for line in proc.stdout:  # type: ignore[union-attr]
        acknowledged = int(line)
        if acknowledged >= 200:
            break
    redis_pid = process.read_pid(tmp_path / "engine" / "redis.pid")
    os.kill(redis_pid, signal.SIGKILL)  # the engine dies mid-stream ...
    os.kill(proc.pid, signal.SIGKILL)  # ... and so does the writer
    proc.wait()
    with FalkorStore(tmp_path) as store:  # a new engine replays the append-only file
        assert count(store) >= acknowledged + 1


def test_two_processes_share_one_engine(tmp_path: Path) -> None:
    script = (
        "import sys; from pathlib import Path; from actorgraph.graph.falkor import FalkorStore\n"
        "s = FalkorStore(Path(sys.argv[1]))\n"
        "for i in range(50):\n"
        "    s.write('MERGE (:Person:Actor:Entity {id: $id})', {'id': f'{sys.argv[2]}-{i}'})\n"
        "print(s.server.status().pid)\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(tmp_path), tag], stdout=subprocess.PIPE, text=True
        )
        for tag in "ab"
    ]
    pids = {p.communicate(timeout=60)[0].strip() for p in procs}
    assert all(p.returncode == 0 for p in procs)
    assert len(pids) == 1
    with FalkorStore(tmp_path) as store:
        assert count(store) == 100


def test_writes_are_logged_as_effects_so_a_restart_replays_fast(tmp_path: Path) -> None:
    """Query text in the append-only file would be re-executed on restart without the id
    index (20,000 MERGEd edges took 450 s); effects replay in a fraction of a second."""
    with FalkorStore(tmp_path) as store:
        store.ensure_schema()
        rows = [{"id": f"person:{i}"} for i in range(200)]
        store.write("UNWIND $rows AS r MERGE (:Person:Actor:Entity {id: r.id})", {"rows": rows})
    logged = b"".join(p.read_bytes() for p in (tmp_path / "engine" / "appendonlydir").glob("*.aof"))
    assert b"GRAPH.EFFECT" in logged
    assert b"UNWIND $rows" not in logged and b"UNWIND" not in logged.split(b"GRAPH.EFFECT")[-1]
    with FalkorStore(tmp_path) as store:
        assert count(store) == 200


def rewritten(store: FalkorStore) -> bool:
    info = store.db.connection.info("persistence")
    return not info["aof_rewrite_in_progress"] and not info["aof_rewrite_scheduled"]


def test_a_restart_loads_the_snapshot_base_and_replays_only_the_tail(tmp_path: Path) -> None:
    """The append-only file is rewritten as a snapshot (RDB) base; writes after it go to a
    tail; a kill -9 after the rewrite loses nothing and the restart reads base then tail."""
    create = "UNWIND range($low, $high) AS i CREATE (:Person:Actor:Entity {id: toString(i)})"
    with FalkorStore(tmp_path) as store:
        assert store.db.connection.config_get("aof-use-rdb-preamble") == {
            "aof-use-rdb-preamble": "yes"
        }
        store.write(create, {"low": 0, "high": 499})
        store.db.connection.execute_command("BGREWRITEAOF")
        assert wait_until(lambda: rewritten(store))
        store.write(create, {"low": 500, "high": 599})  # the tail
        os.kill(store.server.status().pid or 0, signal.SIGKILL)
    aof = tmp_path / "engine" / "appendonlydir"
    assert list(aof.glob("*.base.rdb")) and list(aof.glob("*.incr.aof"))
    with FalkorStore(tmp_path) as store:
        assert count(store) == 600
    log = (tmp_path / "engine" / "redis.log").read_text(errors="replace")
    assert "DB loaded from base file" in log and "DB loaded from incr file" in log


def aof_sizes(home: Path) -> tuple[int, int]:
    """Bytes of the snapshot base and of the tail of the append-only file."""
    folder = home / "engine" / "appendonlydir"
    return _bytes(folder.glob("*.base.rdb")), _bytes(folder.glob("*.incr.aof"))


def _bytes(paths: Iterable[Path]) -> int:
    """Sizes of the files that still exist: the engine renames and removes them as it
    compacts, between the listing and the stat."""
    total = 0
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            total += path.stat().st_size
    return total


def test_an_unused_engine_compacts_its_tail_into_a_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seconds after its last user leaves, the engine rewrites a large tail into the snapshot
    base (the next start loads the snapshot); nothing is lost, even to a kill -9 after."""
    monkeypatch.setenv("ACTORGRAPH_ENGINE_GRACE", "60")  # stays up: only the compaction runs
    text = "x" * 2000
    with FalkorStore(tmp_path) as store:
        create = (
            "UNWIND range(0, 999) AS i CREATE (:Person:Actor:Entity {id: toString(i), note: $t})"
        )
        store.write(create, {"t": text})
        pid = store.server.status().pid
    base, tail = aof_sizes(tmp_path)
    assert tail > 1 << 20 and base < tail
    assert wait_until(lambda: aof_sizes(tmp_path)[0] > base and aof_sizes(tmp_path)[1] < 4096,
                      timeout=30)  # fmt: skip
    os.kill(pid or 0, signal.SIGKILL)
    with FalkorStore(tmp_path) as store:
        assert count(store) == 1000
        assert store.read("MATCH (n:Entity {id: '999'}) RETURN n.note AS t") == [{"t": text}]
    Engine(tmp_path).stop()


def test_db_stop_compacts_a_large_tail_first(tmp_path: Path) -> None:
    with FalkorStore(tmp_path) as store:
        create = (
            "UNWIND range(0, 999) AS i CREATE (:Person:Actor:Entity {id: toString(i), note: $t})"
        )
        store.write(create, {"t": "y" * 2000})
    base, tail = aof_sizes(tmp_path)
    assert tail > 1 << 20
    assert Engine(tmp_path).stop()
    assert aof_sizes(tmp_path)[0] > base and aof_sizes(tmp_path)[1] < 4096
    with FalkorStore(tmp_path) as store:
        assert count(store) == 1000


def test_engine_stops_when_its_data_folder_is_deleted(tmp_path: Path) -> None:
    home = tmp_path / "home"
    store = FalkorStore(home)
    pid = store.server.status().pid
    store.close()
    import shutil

    shutil.rmtree(home)
    assert wait_until(lambda: not process.pid_alive(pid)), "engine orphaned after rm -rf"


def plant(engine_dir: Path, content: str) -> None:
    engine_dir.mkdir(parents=True, exist_ok=True)
    for name in ("redis.pid", "watchdog.pid"):
        (engine_dir / name).write_text(content)


@pytest.mark.parametrize("recorded", ["{pid}", "{pid} 1"], ids=["pid-only", "pid-reused"])
def test_a_stale_pid_file_never_signals_an_unrelated_process(tmp_path: Path, recorded: str) -> None:
    """A pid file left by a crash names a pid that now belongs to someone else (here a
    ``sleep`` of ours): neither a command nor ``db stop`` may signal it."""
    sleeper = subprocess.Popen(["sleep", "300"])
    engine_dir = tmp_path / "engine"
    try:
        plant(engine_dir, recorded.format(pid=sleeper.pid))
        ran = actorgraph(tmp_path, "cypher", "RETURN 1 AS one")
        assert ran.returncode == 0, ran.stderr
        assert sleeper.poll() is None, "a command signalled a process it did not start"
        gone = lambda: not (engine_dir / "watchdog.pid").exists()  # noqa: E731
        assert wait_until(gone), "engine outlived its user"  # the watchdog removes it last
        plant(engine_dir, recorded.format(pid=sleeper.pid))
        stopped = actorgraph(tmp_path, "db", "stop")
        assert stopped.returncode == 0, stopped.stderr
        assert sleeper.poll() is None, "db stop signalled a process it did not start"
    finally:
        sleeper.kill()
        sleeper.wait()


def modes(home: Path) -> dict[str, str]:
    """Every path under ``home`` (and itself) whose permission bits are not private:
    folders must be 0700, files 0600, the socket 0700."""
    wrong = {}
    for path in [home, *home.rglob("*")]:
        mode = path.lstat().st_mode
        want = 0o600 if stat.S_ISREG(mode) else 0o700
        if stat.S_IMODE(mode) != want:
            wrong[str(path.relative_to(home))] = oct(stat.S_IMODE(mode))
    return wrong


@pytest.mark.parametrize("umask", [0o000, 0o022])
def test_the_data_folder_is_private_whatever_the_umask(tmp_path: Path, umask: int) -> None:
    home = tmp_path / "home"
    prelude = f"import os; os.umask({umask:#o})"
    for command in (["db", "start"], ["ingest", str(FIXTURES / "meeting.txt")]):
        ran = actorgraph(home, *command, prelude=prelude)
        assert ran.returncode == 0, ran.stderr
    assert (home / "engine" / "appendonlydir").is_dir() and (home / "engine" / "pinned").exists()
    running = modes(home)
    assert actorgraph(home, "db", "stop", prelude=prelude).returncode == 0
    assert running == {} and modes(home) == {}


def test_a_pid_file_is_trusted_on_its_start_time(tmp_path: Path) -> None:
    """A process just started by Popen can still be inside exec(), its command line empty;
    the start time recorded with its pid identifies it (the engine once failed to start
    because the watchdog's empty command line did not name it)."""
    sleeper = subprocess.Popen(["sleep", "300"])
    try:
        process.write_pid(tmp_path / "x.pid", sleeper.pid)
        assert process.read_pid(tmp_path / "x.pid", "actorgraph.graph.watchdog") == sleeper.pid
        (tmp_path / "old.pid").write_text(str(sleeper.pid))  # no start time: the name decides
        assert process.read_pid(tmp_path / "old.pid", "actorgraph.graph.watchdog") is None
        assert process.read_pid(tmp_path / "old.pid", "sleep") == sleeper.pid
    finally:
        sleeper.kill()
        sleeper.wait()


HOLD_LOCK = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
time.sleep(float(sys.argv[2]))
"""


def test_a_new_engine_waits_for_an_owner_that_is_still_exiting(tmp_path: Path) -> None:
    """The last watchdog releases owner.lock a moment after its engine is gone; a start in
    that moment must wait for it, not fail (seen as a flaky restart before)."""
    engine_dir = tmp_path / "engine"
    engine_dir.mkdir(mode=0o700)
    exiting = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(engine_dir / "owner.lock"), "1.5"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert exiting.stdout is not None and exiting.stdout.readline().strip() == "held"
        with FalkorStore(tmp_path) as store:
            assert store.read("RETURN 1 AS one") == [{"one": 1}]
    finally:
        exiting.kill()
        exiting.wait()


def test_an_engine_that_stops_answering_fails_the_call_after_the_set_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACTORGRAPH_ENGINE_WAIT", "0.5")
    with FalkorStore(tmp_path) as store:
        store.write("CREATE (:Entity {id: 'x'})")
        pid = process.read_pid(store.server.dir / "redis.pid", process.REDIS)
        assert pid is not None  # the server this store started, by its pid file
        os.kill(pid, signal.SIGSTOP)  # hung: alive, answering nobody
        try:
            with pytest.raises(EngineError, match="did not answer in 0.5 s"):
                store.read("MATCH (n:Entity) RETURN count(n) AS n")
        finally:
            os.kill(pid, signal.SIGCONT)
        assert store.read("MATCH (n:Entity) RETURN count(n) AS n") == [{"n": 1}]


def test_a_hung_engine_is_killed_by_its_watchdog_and_the_call_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An engine that accepts calls but answers none (here stopped with SIGSTOP) is killed
    once it leaves PING unanswered ACTORGRAPH_ENGINE_HANG seconds; the waiting call then
    meets a closed connection, starts the engine again and gets its answer, with every
    write answered before the hang."""
    monkeypatch.setenv("ACTORGRAPH_ENGINE_HANG", "1")
    monkeypatch.setenv("ACTORGRAPH_ENGINE_WAIT", "20")  # without the watchdog: fails here
    with FalkorStore(tmp_path) as store:
        store.write("CREATE (:Entity {id: 'x'}), (:Entity {id: 'y'})")
        pid = process.read_pid(store.server.dir / "redis.pid", process.REDIS)
        assert pid is not None  # the server this store started, by its pid file
        os.kill(pid, signal.SIGSTOP)
        try:
            rows = store.read("MATCH (n:Entity) RETURN n.id AS id ORDER BY id")
        finally:
            if process.pid_alive(pid, process.REDIS):  # the test failed: the server lives
                os.kill(pid, signal.SIGCONT)
        assert rows == [{"id": "x"}, {"id": "y"}]
        assert not process.pid_alive(pid, process.REDIS)
        assert process.read_pid(store.server.dir / "redis.pid", process.REDIS) not in (None, pid)
        log = (store.server.dir / "watchdog.log").read_text()
        assert "left PING unanswered 1 s; killed" in log
