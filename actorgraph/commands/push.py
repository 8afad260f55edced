"""``actorgraph push``: copy the embedded graph into Neo4j (the work is
:func:`actorgraph.graph.export.push`)."""

from __future__ import annotations

import sys

import click

from actorgraph.commands.common import Context, emit, pass_ctx
from actorgraph.graph.store import GraphStore, StoreConfig, open_store


@click.command("push")
@click.option("--neo4j-uri", "uri", required=True, envvar="NEO4J_URI",
              help="The Neo4j to copy into (bolt:// or neo4j://; env NEO4J_URI).")  # fmt: skip
@click.option("--neo4j-user", "user", default="neo4j", show_default=True,
              envvar="NEO4J_USERNAME", help="env NEO4J_USERNAME.")  # fmt: skip
@click.option("--neo4j-password", "password", envvar="NEO4J_PASSWORD",
              help="env NEO4J_PASSWORD (better than the command line).")  # fmt: skip
@click.option("--neo4j-database", "target_db", default="neo4j", show_default=True,
              envvar="NEO4J_DATABASE", help="env NEO4J_DATABASE.")  # fmt: skip
@click.option("--batch", default=1000, show_default=True, help="Nodes or links per query.")
@pass_ctx
def push_command(
    obj: Context, uri: str, user: str, password: str | None, target_db: str, batch: int
) -> None:
    """Copy the embedded graph (--data-dir, --database) into Neo4j, in batches of MERGEs:
    running it again changes nothing; after more ingests it brings Neo4j up to date.

    \b
    Example:
      NEO4J_PASSWORD=secret actorgraph push --neo4j-uri bolt://localhost:7687
      actorgraph --data-dir cases/2024 push --neo4j-uri neo4j://graph.example.org --batch 5000
    """
    from actorgraph.graph.export import push
    from actorgraph.graph.falkor import FalkorStore

    source = FalkorStore(obj.config.home, obj.config.database or "actorgraph")
    target = open_store(StoreConfig(obj.config.home, uri, user, password, target_db))
    try:
        total = _size(source)
        with click.progressbar(length=total, label="pushing", file=sys.stderr) as bar:
            counts = push(source, target, batch, bar.update)
    finally:
        target.close()
        source.close()
    emit([{"nodes": counts.nodes, "relationships": counts.relationships, "to": uri}], "table")


def _size(store: GraphStore) -> int:
    nodes = store.read("MATCH (n) RETURN count(n) AS n")[0]["n"]
    return nodes + store.read("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
