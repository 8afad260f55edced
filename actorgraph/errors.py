"""Errors the CLI turns into one clear line.

Every error names what failed and why; none is turned into a status value.
"""

from __future__ import annotations


class ActorgraphError(Exception):
    """Base class: the message is shown to the user as one line."""


class SchemaError(ActorgraphError):
    """A label, relationship type or property outside the schema's allow-list."""


class InputError(ActorgraphError):
    """A report file that cannot be read; the message names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class EngineError(ActorgraphError):
    """The graph engine could not be started, reached or stopped."""


class LockTimeout(EngineError):
    """Another process held a lock longer than this one would wait; names the lock file
    and the holder's pid."""

    def __init__(self, path: str, holder: str, timeout: float) -> None:
        super().__init__(
            f"{path}: held by pid {holder} for more than {timeout:g} s (another ingest, merge"
            " or unmerge; a stopped one holds it until it is resumed or ended); try again later"
        )
        self.path = path
        self.holder = holder


class DiskFull(EngineError):
    """The engine stopped because it could not write its append-only file."""


class IngestStopped(EngineError):
    """An ingest stopped by its engine; says how many reports went in before."""

    def __init__(self, cause: EngineError, written: int) -> None:
        super().__init__(
            f"{cause}; {written} new report(s) were written before it and are kept (run the"
            " same ingest again to add the rest: reports already in are skipped)"
        )
        self.written = written


class QueryError(ActorgraphError):
    """A query failed, was refused (write in read-only mode) or has bad parameters."""


class ReadOnlyRefusal(QueryError):
    """A query that writes, run where only reads are allowed."""

    def __init__(self, message: str = "refused: the query writes to the graph (read-only)"):
        super().__init__(message)


def reason(exc: BaseException) -> str:
    """What went wrong, in one line: the system's words for a file error, the module for a
    missing dependency, else the exception's type and the first line of its message."""
    if isinstance(exc, ImportError):
        return f"missing dependency: cannot import {exc.name or exc}"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0] if lines else 'no message'}"[:300]
