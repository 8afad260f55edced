"""Small process helpers for the embedded engine: pid files, flocks, a raw PING.

A pid file records the pid and the process's start time (``PID START``). A pid is only
trusted, and only ever signalled, while the process with that pid started at the recorded
time (a pid file left by a crash may name a pid the system has since given to an unrelated
process); before a signal its command line must also name what it should be (an old pid
file without a start time is trusted on its command line alone).

>>> pid_alive(os.getpid()), pid_alive(None)
(True, False)
>>> same_process(os.getpid(), start_time(os.getpid())), same_process(os.getpid(), 1)
(True, False)
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import signal
import socket
import time
from collections.abc import Iterator
from pathlib import Path

from actorgraph.errors import LockTimeout


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive flock on ``path`` for the duration of the block."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


@contextlib.contextmanager
def locked_within(path: Path, timeout: float) -> Iterator[None]:
    """Hold an exclusive flock on ``path``, waiting at most ``timeout`` seconds for it; the
    holder's pid is written into the file, so that a writer that gives up can say who holds
    it (:class:`~actorgraph.errors.LockTimeout`)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _wait_for_lock(fd, path, timeout)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)


def _wait_for_lock(fd: int, path: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    pause = 0.001
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
                raise LockTimeout(str(path), holder, timeout) from None
        time.sleep(pause)
        pause = min(pause * 2, 0.05)


def try_lock_exclusive(path: Path) -> bool:
    """True if nobody holds ``path`` locked (the lock is released again at once)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(fd)


REDIS = "redis-server"  # what the command line of each engine process contains
WATCHDOG = "actorgraph.graph.watchdog"


def start_time(pid: int) -> int | None:
    """When the process started, in clock ticks since boot (``/proc/<pid>/stat`` field 22)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return int(stat.rsplit(")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return None


def same_process(pid: int, started: int | None) -> bool:
    """The process ``pid`` runs and is the one that started at ``started``."""
    return started is not None and pid_alive(pid) and start_time(pid) == started


def write_pid(path: Path, pid: int) -> None:
    """Record ``pid`` with its start time (readable by the owner only, written whole and
    synced before it replaces the file: never an empty or partial pid file, even on a full
    disk, where this raises OSError and leaves nothing behind)."""
    temp = path.with_name(f".{path.name}.{os.getpid()}")
    data = f"{pid} {start_time(pid) or 0}\n".encode()
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            if os.write(fd, data) != len(data):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(temp))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except OSError:
        temp.unlink(missing_ok=True)
        raise


def hold(path: Path, wait: float = 0.0) -> int | None:
    """An exclusive flock on ``path`` held for as long as the returned descriptor is open
    (the process's life), or None when another process still holds it after ``wait``
    seconds."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                return None
            time.sleep(0.05)


def read_pid(path: Path, name: str | None = None) -> int | None:
    """The pid recorded in ``path`` if that very process still runs: None when the file is
    missing or malformed, or when the pid now belongs to a process that started at another
    time. A pid file without a start time (an older version's) is trusted only when the
    command line contains ``name``."""
    try:
        fields = [int(field) for field in path.read_text().split()]
    except (OSError, ValueError):
        return None
    if len(fields) not in (1, 2) or fields[0] <= 0:
        return None
    pid = fields[0]
    if len(fields) == 2:  # a process just started may still be in exec(), its command line
        return pid if same_process(pid, fields[1]) else None  # empty: the time is enough
    return pid if name is not None and pid_alive(pid, name) else None


def pid_alive(pid: int | None, name: str | None = None) -> bool:
    """The process exists, is not a zombie, and (if given) its command line contains ``name``."""
    if not pid:
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return False
    if stat.rsplit(")", 1)[-1].split()[0] == "Z":
        return False
    return name is None or name in cmdline


def ping(sock: Path, timeout: float = 1.0) -> bool:
    """True if a Redis server answers PING on the unix socket."""
    return answer(sock, timeout) == "ready"


def answer(sock: Path | str, timeout: float = 1.0) -> str | None:
    """'ready', 'loading' (replaying its append-only file), 'silent' (a server that takes the
    call but leaves PING unanswered ``timeout`` seconds: hung) or None (no server)."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(timeout)
            conn.connect(str(sock))
            conn.sendall(b"PING\r\n")
            reply = conn.recv(64)
    except TimeoutError:
        return "silent"
    except OSError:
        return None
    if reply.startswith(b"+PONG"):
        return "ready"
    return "loading" if reply.startswith(b"-LOADING") else None


def terminate(pid: int, timeout: float, name: str) -> None:
    """SIGTERM, wait up to ``timeout`` seconds, then SIGKILL; but only a process whose
    command line contains ``name``, and only while it is the process seen at the call."""
    started = start_time(pid)
    if not _named(pid, name) or not _signal(pid, started, signal.SIGTERM):
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        if not same_process(pid, started):
            return
        time.sleep(0.01)
    _signal(pid, started, signal.SIGKILL)


def _named(pid: int, name: str) -> bool:
    """The command line of ``pid`` contains ``name``, or is empty because the process is in
    the middle of exec() (seen right after subprocess.Popen returned)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return not cmdline or name.encode() in cmdline.replace(b"\0", b" ")


def _signal(pid: int, started: int | None, signum: int) -> bool:
    """Send ``signum`` if ``pid`` is still the process that started at ``started``."""
    if not same_process(pid, started):
        return False
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signum)
    return True
