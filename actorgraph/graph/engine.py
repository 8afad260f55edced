"""The embedded engine: FalkorDB in a ``redis-server`` child process, shared by every process
that uses the same data folder.

Layout of ``<home>/engine/``::

    falkordb.sock   unix socket (no TCP port is opened); for a long path it is reached
                    through a link in a private 0700 folder of the user's (private_dir)
    redis.pid       pid and start time of redis-server
    watchdog.pid    pid and start time of the watchdog that stops the engine after its last user
    engine.lock     flock: start/stop decisions are taken under it
    owner.lock      flock held by the watchdog for its life: one engine per data folder
    users.lock      flock: every user holds it shared for as long as it uses the engine
    pinned          present after ``actorgraph db start``: keep running without users
    appendonlydir/  the append-only file (fsync on every write by default)

The data folder (when actorgraph creates it) and ``engine/`` are 0700 and every file in
them 0600, whatever the umask: the watchdog and redis-server run with umask 077.

A user that dies (even ``kill -9``) drops its shared lock with its last file descriptor, so
the watchdog sees the engine unused and stops it; a stale socket or pid file is removed by
the next user. A pid is signalled only while it is the process its file was written for
(same start time; the expected command line before a signal): a stale file naming a
reused pid is ignored, never acted on.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from actorgraph.errors import DiskFull, EngineError
from actorgraph.graph import process

SOCKET_MAX = 100  # sun_path is 108 bytes on Linux
LOAD_TIMEOUT = float(os.environ.get("ACTORGRAPH_LOAD_TIMEOUT", "1800"))
PRIVATE_DIR, PRIVATE_FILE, PRIVATE_UMASK = 0o700, 0o600, 0o077
PID_FILES = (("watchdog.pid", process.WATCHDOG), ("redis.pid", process.REDIS))  # stop order
# what redis-server logs, last, when it cannot write its append-only file (then it exits)
DISK_FULL_LOG = ("AOF write error", "Short write while writing to the AOF", "No space left")


def private_dir() -> Path:
    """``$XDG_RUNTIME_DIR/actorgraph``, or ``actorgraph-<uid>`` in the temporary folder
    (``$TMPDIR``, /tmp): created 0700, and used only while it is a real folder owned by this
    user that nobody else may enter (anything else is refused with the reason)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _private(Path(runtime)):
        folder = Path(runtime) / "actorgraph"
    else:
        folder = Path(tempfile.gettempdir()) / f"actorgraph-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=PRIVATE_DIR)
    if not _private(folder):
        raise EngineError(
            f"{folder}: not a private folder of this user (a real folder, owned by uid"
            f" {os.getuid()}, mode 0700); remove it, or set XDG_RUNTIME_DIR"
        )
    return folder


def _private(path: Path) -> bool:
    try:
        info = os.lstat(path)
    except OSError:
        return False
    mine = stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
    return mine and not info.st_mode & 0o077


@dataclass(frozen=True)
class EngineStatus:
    running: bool
    pid: int | None
    socket: str
    pinned: bool
    data_bytes: int


class Engine:
    """Start, share and stop the embedded FalkorDB of one data folder."""

    def __init__(self, home: Path, fsync: str = "always") -> None:
        self.home = Path(home).resolve()
        self.dir = self.home / "engine"
        self.fsync = fsync
        self._users_fd: int | None = None
        self._starting: int | None = None  # engine.lock, held from begin() to acquire()

    # ------------------------------------------------------------------ paths
    @property
    def socket(self) -> Path:
        path = self.dir / "falkordb.sock"
        if len(str(path)) <= SOCKET_MAX:
            return path
        return self._short_dir() / "falkordb.sock"

    def _short_dir(self) -> Path:
        """A short symlink to the engine folder, for data folders with long paths, in a
        private folder of the user's (:func:`private_dir`); a link there that is not the
        user's own symlink is refused, never followed."""
        digest = hashlib.sha1(str(self.dir).encode()).hexdigest()[:12]
        link = private_dir() / f"engine-{digest}"
        try:
            info = os.lstat(link)
        except FileNotFoundError:
            info = None
        if info and (not stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid()):
            raise EngineError(f"{link}: not a link of this user's; refusing to use it")
        if info is None or os.readlink(link) != str(self.dir):
            link.unlink(missing_ok=True)
            link.symlink_to(self.dir)
        return link

    def _file(self, name: str) -> Path:
        return self.dir / name

    def _make_dirs(self) -> None:
        """The data folder (when created here) and the engine folder, readable by the user
        only (0700) whatever the umask; the engine folder is made private even if it exists."""
        with contextlib.suppress(FileExistsError):
            self.home.mkdir(mode=PRIVATE_DIR, parents=True)
            self.home.chmod(PRIVATE_DIR)
        self.dir.mkdir(mode=PRIVATE_DIR, exist_ok=True)
        self.dir.chmod(PRIVATE_DIR)

    # ------------------------------------------------------------------ public
    def acquire(self, timeout: float = 20.0) -> Path:
        """Register this process as a user and make sure the engine runs; return the socket."""
        self.begin()
        if self._starting is not None:
            try:
                self._wait(timeout)
            except BaseException:
                self._end_start()
                self.release()
                raise
            finally:
                self._end_start()
        return self.socket

    def begin(self) -> None:
        """Register this process as a user and, if the engine is down, start it without
        waiting for it to load its graph: the caller can import the client meanwhile, and
        :meth:`acquire` waits. Until then this process holds the start lock, so another
        process waits for this start as it would for one in ``acquire``."""
        if self._users_fd is not None:
            return
        self._make_dirs()
        lock = os.open(self._file("engine.lock"), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)
            fd = os.open(self._file("users.lock"), os.O_RDWR | os.O_CREAT, 0o600)
            fcntl.flock(fd, fcntl.LOCK_SH)
            self._users_fd = fd
            if not self.alive():
                self._cleanup_stale()
                self._spawn_watchdog()
                self._starting, lock = lock, -1  # held until acquire() has waited
            elif not self._pid("watchdog.pid", process.WATCHDOG):
                self._spawn_watchdog()
        except BaseException:
            self.release()
            raise
        finally:
            if lock >= 0:
                os.close(lock)

    def release(self) -> None:
        """Stop being a user; the watchdog stops the engine when nobody else uses it."""
        try:
            self._settle_start()
        finally:
            self._end_start()
        if self._users_fd is not None:
            os.close(self._users_fd)
            self._users_fd = None

    def _settle_start(self) -> None:
        """A start this process began and gave up before waiting for (its imports failed):
        wait for it before the start lock goes, or the next process would take the loading
        engine for a stale one and start a second beside it."""
        if self._starting is not None:
            with contextlib.suppress(EngineError, OSError):
                self._wait(20.0)

    def _end_start(self) -> None:
        if self._starting is not None:
            os.close(self._starting)
            self._starting = None

    def pin(self, pinned: bool = True) -> None:
        """Keep the engine running without users (``db start``) or stop keeping it."""
        flag = self._file("pinned")
        if pinned:
            self._make_dirs()
            flag.touch(mode=PRIVATE_FILE)
        else:
            flag.unlink(missing_ok=True)

    def stop(self, timeout: float = 20.0) -> bool:
        """Stop the engine now if no process uses it; return whether it is stopped."""
        self.pin(False)
        if not self.dir.exists():
            return True
        with process.locked(self._file("engine.lock")):
            if not process.try_lock_exclusive(self._file("users.lock")):
                return False
            self._shutdown(timeout)
        return True

    def status(self) -> EngineStatus:
        pid = self._pid("redis.pid", process.REDIS)
        running = self.dir.exists() and self.alive()
        size = sum(p.stat().st_size for p in self.dir.rglob("*") if p.is_file()) if running else 0
        if not running and (self.dir / "appendonlydir").exists():
            size = sum(p.stat().st_size for p in (self.dir / "appendonlydir").rglob("*"))
        return EngineStatus(
            running, pid if running else None, str(self.socket), self._file("pinned").exists(), size
        )

    def alive(self) -> bool:
        """The recorded redis-server is running and answers on the socket (or is still
        loading its data, which the client waits out)."""
        if not self._pid("redis.pid", process.REDIS):
            return False
        return process.ping(self.socket)

    # ------------------------------------------------------------------ internals
    def _wait(self, timeout: float) -> None:
        """Wait until the engine started by :meth:`begin` answers; replaying a large
        append-only file extends the wait (up to ``LOAD_TIMEOUT``) since the engine is
        making progress."""
        deadline = time.monotonic() + timeout
        loading_deadline = time.monotonic() + LOAD_TIMEOUT
        while time.monotonic() < (loading_deadline if self._loading() else deadline):
            if self.alive():
                return
            if not self._pid("watchdog.pid", process.WATCHDOG):
                break
            time.sleep(0.01)
        raise self.disk_full() or EngineError(
            f"the embedded engine did not start in {self.dir}: {' '.join(self._log_tail(1))}"
        )

    def disk_full(self) -> DiskFull | None:
        """The engine's last words were that it could not write its append-only file (and
        it stopped): a full disk (or quota). The error to raise, else None."""
        tail = self._log_tail(3)
        if not any(words in line for line in tail for words in DISK_FULL_LOG):
            return None
        free = shutil.disk_usage(self.dir).free // 1024
        return DiskFull(
            f"{self.dir}: disk full: the engine could not write its append-only file and"
            f" stopped ({free} KB free; make room and run again)"
        )

    def _log_tail(self, lines: int) -> list[str]:
        log = self._file("redis.log")
        with contextlib.suppress(OSError):
            return log.read_text(errors="replace").strip().splitlines()[-lines:]
        return []

    def _loading(self) -> bool:
        """The server runs but does not answer yet: it is replaying its append-only file
        (a large query replays without answering anyone)."""
        return bool(self._pid("redis.pid", process.REDIS)) and not process.ping(self.socket)

    def _spawn_watchdog(self) -> None:
        cmd = [sys.executable, "-m", "actorgraph.graph.watchdog", str(self.dir), str(self.socket)]
        env = {**os.environ, "ACTORGRAPH_FSYNC": self.fsync}
        log = os.open(self._file("watchdog.log"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:  # the watchdog and the engine it starts create their files 0600, dirs 0700
            proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                env=env,
                start_new_session=True,
                close_fds=True,
                umask=PRIVATE_UMASK,
            )
        finally:
            os.close(log)
        try:
            process.write_pid(self._file("watchdog.pid"), proc.pid)
        except OSError as exc:  # a full disk: stop what we started, say so
            proc.kill()
            proc.wait()
            raise DiskFull(
                f"{self._file('watchdog.pid')}: cannot record the engine's pid ({exc.strerror});"
                " the engine was not started"
            ) from exc

    def _pid(self, name: str, command: str) -> int | None:
        """The pid in pid file ``name`` if it is still the engine process it was written for
        (same start time; ``command`` in the command line of an old pid file), else None."""
        return process.read_pid(self._file(name), command)

    def _cleanup_stale(self) -> None:
        """Forget pid files whose process is gone (or was never ours), stop an old watchdog."""
        for name, command in PID_FILES:
            if not self._pid(name, command):
                self._file(name).unlink(missing_ok=True)
        old = self._pid("watchdog.pid", process.WATCHDOG)
        if old:
            process.terminate(old, 5.0, process.WATCHDOG)
        self.socket.unlink(missing_ok=True)

    def _shutdown(self, timeout: float) -> None:
        for name, command in PID_FILES:
            pid = self._pid(name, command)
            if pid:
                process.terminate(pid, timeout, command)
            self._file(name).unlink(missing_ok=True)
        self.socket.unlink(missing_ok=True)
