"""``actorgraph db status|start|stop|reset``: the embedded engine's lifecycle."""

from __future__ import annotations

import click

from actorgraph.commands.common import Context, emit, pass_ctx
from actorgraph.errors import ActorgraphError
from actorgraph.graph.engine import Engine


@click.group()
def db() -> None:
    """Manage the graph store (the embedded engine, or Neo4j).

    \b
    Example:
      actorgraph db status
      actorgraph db start      # keep the engine running between commands
      actorgraph db stop
      actorgraph db reset --yes
    """


def _engine(obj: Context) -> Engine:
    if obj.config.neo4j_uri:
        raise ActorgraphError("start/stop apply to the embedded engine, not to Neo4j")
    return Engine(obj.config.home)


@db.command()
@pass_ctx
def status(obj: Context) -> None:
    """Say whether the engine runs and, if it does, what the graph holds (never starts it)."""
    if obj.config.neo4j_uri:
        emit([{"engine": "neo4j", "uri": obj.config.neo4j_uri, **_counts(obj)}], "table")
        return
    state = Engine(obj.config.home).status()
    row: dict[str, object] = {"engine": "falkordb", "running": state.running}
    if state.running:
        row.update(pid=state.pid, **_counts(obj))
    row.update(folder=str(obj.config.home), pinned=state.pinned, bytes=state.data_bytes)
    emit([row], "table")
    if not state.running:
        click.echo("the engine is not running: a command that needs it starts it, "
                   "`actorgraph db start` keeps it running")  # fmt: skip


def _counts(obj: Context) -> dict[str, object]:
    """The database's name and its node, relationship and report counts."""
    counts = {"database": obj.store.database}
    counts.update(obj.store.read("MATCH (n) RETURN count(n) AS nodes")[0])
    counts.update(obj.store.read("MATCH ()-[r]->() RETURN count(r) AS relationships")[0])
    counts["reports"] = obj.store.read("MATCH (r:Report) RETURN count(r) AS n")[0]["n"]
    return counts


@db.command()
@pass_ctx
def start(obj: Context) -> None:
    """Start the embedded engine and keep it running until `db stop`."""
    engine = _engine(obj)
    engine.pin(True)
    engine.acquire()
    engine.release()
    click.echo(f"engine running (pid {engine.status().pid}); stop it with: actorgraph db stop")


@db.command()
@pass_ctx
def stop(obj: Context) -> None:
    """Stop the embedded engine (otherwise it stops by itself ACTORGRAPH_ENGINE_GRACE seconds,
    10 minutes by default, after its last user)."""
    if _engine(obj).stop():
        click.echo("engine stopped")
    else:
        click.echo("engine in use by other processes: it stops when they finish")


@db.command()
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_ctx
def reset(obj: Context, yes: bool) -> None:
    """Delete every node and relationship of the graph.

    It waits for the write lock (an ingest's batch or a merge finishes first); an ingest
    that goes on afterwards writes into the empty graph and recreates its indexes.
    """
    if not yes:
        click.confirm(f"delete the whole graph {obj.store.database!r}?", abort=True)
    from actorgraph.graph.writer import exclusive

    with exclusive(obj.store):  # between two batches of an ingest, never inside a merge
        obj.store.drop()  # type: ignore[attr-defined]
    click.echo("graph deleted")
