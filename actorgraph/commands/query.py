"""``actorgraph query`` (named queries) and ``actorgraph cypher`` (your own Cypher)."""

from __future__ import annotations

import click

from actorgraph.commands.common import (
    Context,
    emit,
    format_option,
    param_option,
    parse_params,
    pass_ctx,
)
from actorgraph.errors import QueryError
from actorgraph.graph.limits import DEFAULT_ROWS
from actorgraph.queries import NamedQuery, catalog, get, run_query


@click.command()
@click.argument("name", required=False)
@param_option("A parameter of the query (repeatable).")
@click.option(
    "--list",
    "show_list",
    is_flag=True,
    help="List the queries and their parameters (with NAME: that query's parameters).",
)
@format_option
@pass_ctx
def query(
    obj: Context, name: str | None, params: tuple[str, ...], show_list: bool, fmt: str
) -> None:
    """Run a named query of the library (see actorgraph/queries/README.md).

    \b
    Example:
      actorgraph query --list
      actorgraph query who-met --list
      actorgraph query who-met --param actor="Esmail Qaani" --format json
      actorgraph query paths -p actor="Esmail Qaani" -p other="Ali Larijani" -p all=true
    """
    if show_list or not name:
        _show_catalog(name, fmt)
        return
    rows = run_query(obj.store, name, **parse_params(params))
    emit(rows, fmt, get(name).columns)


def _show_catalog(name: str | None, fmt: str) -> None:
    if name is None:
        rows, columns = _listing()
        emit(rows, fmt, columns[:2] + columns[3:] if fmt == "table" else columns)
        return
    named = get(name)
    rows, columns = _describe(named)
    emit(rows, fmt, columns)
    if fmt == "table":
        click.echo(f"\ncolumns: {', '.join(named.columns)}")


def _listing() -> tuple[list[dict[str, str]], tuple[str, ...]]:
    rows = [
        {
            "name": q.name,
            "parameters": ", ".join(p.spec for p in q.params),
            "columns": ", ".join(q.columns),
            "description": q.description,
        }
        for q in catalog().values()
    ]
    return rows, ("name", "parameters", "columns", "description")


def _describe(q: NamedQuery) -> tuple[list[dict[str, str]], tuple[str, ...]]:
    rows = [
        {
            "parameter": p.name,
            "type": p.type_spec,
            "default": "(required)" if p.required else p.default_spec,
            "description": p.description,
        }
        for p in q.params
    ]
    return rows, ("parameter", "type", "default", "description")


@click.command()
@click.argument("statement")
@param_option("A query parameter, passed as a string (repeatable).")
@click.option("--write", is_flag=True, help="Allow the statement to change the graph.")
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=DEFAULT_ROWS,
    show_default=True,
    help="Print at most this many rows of a read (0: all); a note on stderr says when rows "
    "were cut.",
)
@format_option
@pass_ctx
def cypher(
    obj: Context, statement: str, params: tuple[str, ...], write: bool, limit: int, fmt: str
) -> None:
    """Run your own Cypher; read-only unless --write is given.

    Reads stop after the global --timeout (60 s by default) and print at most --limit rows.

    \b
    Example:
      actorgraph cypher "MATCH (p:Person)-[:LEADS]->(o) RETURN p.name, o.name LIMIT 5"
      actorgraph cypher "MATCH (n:Entity {name: \\$name}) RETURN n.id" --param name=Hezbollah
      actorgraph cypher "MATCH (n:Entity) RETURN n.id" --limit 0 --format csv
      actorgraph --timeout 600 cypher "MATCH (a:Person), (b:Person) RETURN count(*)"
    """
    values = parse_params(params)
    if not statement.strip():
        raise QueryError("empty statement")
    if write:
        emit(obj.store.write(statement, values), fmt)
        return
    rows, cut = obj.store.read_rows(statement, values, limit)
    emit(rows, fmt)
    if cut:
        click.echo(f"(rows cut at {limit}; --limit 0 prints them all)", err=True)
