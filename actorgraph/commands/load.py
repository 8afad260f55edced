"""``actorgraph load``: a JSON-lines export into an empty embedded graph, in bulk (the work
is in :mod:`actorgraph.graph.bulk`)."""

from __future__ import annotations

from pathlib import Path

import click

from actorgraph.commands.common import Context, emit, pass_ctx
from actorgraph.errors import ActorgraphError


@click.command("load")
@click.argument("path", metavar="FILE.jsonl",
                type=click.Path(exists=True, dir_okay=False, path_type=Path))  # fmt: skip
@pass_ctx
def load_command(obj: Context, path: Path) -> None:
    """Load a JSON-lines export (actorgraph export jsonl) into an empty graph, in bulk.

    All of the file goes in, or nothing: a bad line is named (FILE:LINE) and the graph is
    left as it was. A graph that holds nodes is refused (add reports to it with ingest).
    Into Neo4j: export csv and load it with neo4j-admin (the command export prints).

    \b
    Example:
      actorgraph export jsonl --out graph.jsonl            # on one machine
      actorgraph --data-dir cases/copy load graph.jsonl    # on another
    """
    if obj.config.neo4j_uri:
        raise ActorgraphError(
            "load fills the embedded graph; for Neo4j, run `actorgraph export csv --out DIR`"
            " and load DIR with neo4j-admin database import (the command it prints)"
        )
    from actorgraph.graph.bulk import load
    from actorgraph.graph.falkor import FalkorStore

    store = obj.store
    assert isinstance(store, FalkorStore)
    loaded = load(store, path)
    emit([{"file": str(path), "nodes": loaded.nodes, "relationships": loaded.relationships}],
         "table")  # fmt: skip
