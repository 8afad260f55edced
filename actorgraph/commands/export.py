"""``actorgraph export``: the whole graph, or a named query's subgraph, as GraphML, GEXF,
neo4j-admin CSV, JSON lines or a Cypher script (the work is in :mod:`actorgraph.graph.export`)."""

from __future__ import annotations

from pathlib import Path

import click

from actorgraph.commands.common import Context, emit, param_option, parse_params, pass_ctx
from actorgraph.errors import QueryError
from actorgraph.graph.export import FORMATS, admin_command, export, query_ids


@click.command("export")
@click.argument("fmt", metavar="FORMAT", type=click.Choice(FORMATS))
@click.option("--out", required=True, type=click.Path(path_type=Path),
              help="The file to write (a folder for csv).")  # fmt: skip
@click.option("--query", "query_name", metavar="NAME",
              help="Only the nodes this named query's answer names, and their links.")  # fmt: skip
@param_option("A parameter of --query (repeatable).")
@pass_ctx
def export_command(
    obj: Context, fmt: str, out: Path, query_name: str | None, params: tuple[str, ...]
) -> None:
    """Write the graph: graphml, gexf (Gephi, Cytoscape), csv (neo4j-admin import),
    jsonl, cypher (a cypher-shell script of UNWIND batches).

    \b
    Example:
      actorgraph export graphml --out out/graph.graphml
      actorgraph export gexf --out out/graph.gexf
      actorgraph export csv --out out/neo4j-import
      actorgraph export jsonl --out out/graph.jsonl
      actorgraph export cypher --out out/graph.cypher && cypher-shell -f out/graph.cypher
      actorgraph export gexf --query ego -p actor="Esmail Qaani" -p depth=2 --out out/qaani.gexf
    """
    if params and not query_name:
        raise QueryError("--param needs --query NAME")
    ids = query_ids(obj.store, query_name, parse_params(params)) if query_name else None
    counts = export(obj.store, fmt, out, ids)
    emit([{"format": fmt, "nodes": counts.nodes, "relationships": counts.relationships,
           "files": ", ".join(counts.files)}], "table")  # fmt: skip
    if fmt == "csv":
        click.echo(f"load into an empty Neo4j with: {admin_command(out)}", err=True)
