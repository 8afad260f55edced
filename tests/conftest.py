"""Fixtures: the real embedded engine (one per test session, one graph per test) and,
where ``NEO4J_URI`` is set, a real Neo4j; no mock of any database."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from actorgraph.graph.falkor import FalkorStore
from actorgraph.graph.store import GraphStore

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
# Engines started by the tests (and by the commands they run) stop a second after their last
# user instead of the default ten minutes, so a test run leaves no engine behind.
os.environ.setdefault("ACTORGRAPH_ENGINE_GRACE", "1")
# A call that waits ten minutes for the engine's answer fails (an engine that stopped
# answering fails its test instead of holding the whole run).
os.environ.setdefault("ACTORGRAPH_ENGINE_WAIT", "600")
NEO4J_REASON = "NEO4J_URI is not set: Neo4j tests need a running Neo4j 5 (see README, Using Neo4j)"


@pytest.fixture(scope="session")
def engine_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One embedded engine for the session, kept alive by a store held open."""
    home = tmp_path_factory.mktemp("engine")
    keeper = FalkorStore(home, database="keeper")
    yield home
    keeper.close()


@pytest.fixture
def falkor(engine_home: Path) -> Iterator[FalkorStore]:
    """A fresh, empty graph on the session's embedded engine."""
    store = FalkorStore(engine_home, database=f"test-{uuid.uuid4().hex[:12]}")
    yield store
    store.drop()
    store.close()


def _neo4j() -> GraphStore:
    from actorgraph.graph.store import StoreConfig, open_store

    store = open_store(StoreConfig.from_env())
    store.drop()  # type: ignore[attr-defined]
    return store


@pytest.fixture(params=["falkordb", "neo4j"])
def store(request: pytest.FixtureRequest, engine_home: Path) -> Iterator[GraphStore]:
    """The store contract runs on the embedded engine always, on Neo4j where configured."""
    if request.param == "neo4j":
        if not os.environ.get("NEO4J_URI"):
            pytest.skip(NEO4J_REASON)
        neo = _neo4j()
        yield neo
        neo.drop()  # type: ignore[attr-defined]
        neo.close()
        return
    yield request.getfixturevalue("falkor")


def actorgraph(
    home: Path | str,
    *args: str,
    prelude: str = "",
    prefix: tuple[str, ...] = (),
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """The ``actorgraph`` command in its own process, with ``ACTORGRAPH_HOME=home``;
    ``prelude`` runs first in that process, ``prefix`` wraps its command line."""
    main = "import sys; from actorgraph.cli import main; sys.argv[0] = 'actorgraph'; main()"
    env = {**os.environ, **(env or {}), "ACTORGRAPH_HOME": str(home)}
    env.pop("NEO4J_URI", None)
    command = [*prefix, sys.executable, "-c", f"{prelude}\n{main}", *args]
    with subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    ) as proc:  # fmt: skip
        out, err = _finish(proc, args, timeout)
    return subprocess.CompletedProcess(command, proc.returncode, out, err)


def _finish(proc: subprocess.Popen[str], args: tuple[str, ...], timeout: float) -> tuple[str, str]:
    """The output of ``proc`` once it ends; a command still running after ``timeout`` seconds
    is killed with the processes it started in its session (whose open pipes would otherwise
    keep the test waiting for ever) and the test fails, showing what it printed."""
    try:
        return proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):  # the session made for it: its own
            os.killpg(proc.pid, signal.SIGKILL)  # (a pid stays taken while its group lives)
        out, err = proc.communicate(timeout=30)
        pytest.fail(
            f"actorgraph {' '.join(args)} still ran after {timeout} s; it printed:\n{out}{err}"
        )


def load_sibling(name: str) -> object:
    """A helper module of this folder (``browser``, ``test_maps``), loaded once by path: test
    modules are not importable by name under ``--import-mode=importlib``."""
    module_name = f"ag_tests_{name}"
    if module_name not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            module_name, Path(__file__).parent / f"{name}.py"
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        spec.loader.exec_module(module)
    return sys.modules[module_name]
