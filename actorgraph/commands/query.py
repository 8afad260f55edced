"""``actorgraph query`` (named queries) and ``actorgraph cypher`` (your own Cypher)."""

from __future__ import annotations

import click

from actorgraph.cli import Context, cli, emit, format_option, parse_params, pass_ctx
from actorgraph.errors import QueryError
from actorgraph.queries import catalog, get, run_query


@cli.command()
@click.argument("name", required=False)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="A parameter of the query (repeatable).",
)
@click.option("--list", "show_list", is_flag=True, help="List the queries and their parameters.")
@format_option
@pass_ctx
def query(
    obj: Context, name: str | None, params: tuple[str, ...], show_list: bool, fmt: str
) -> None:
    """Run a named query of the library.

    \b
    Example:
      actorgraph query --list
      actorgraph query who-met --param actor="Esmail Qaani" --format json
    """
    if show_list or not name:
        emit(_listing(), fmt)
        return
    rows = run_query(obj.store, name, **parse_params(params))
    emit(rows, fmt, get(name).columns)


def _listing() -> list[dict[str, str]]:
    return [
        {
            "name": q.name,
            "description": q.description,
            "parameters": ", ".join(
                f"{p.name}:{p.type}" + ("" if p.required else f"={p.default}") for p in q.params
            ),
        }
        for q in catalog().values()
    ]


@cli.command()
@click.argument("statement")
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="A query parameter, passed as a string (repeatable).",
)
@click.option("--write", is_flag=True, help="Allow the statement to change the graph.")
@format_option
@pass_ctx
def cypher(obj: Context, statement: str, params: tuple[str, ...], write: bool, fmt: str) -> None:
    """Run your own Cypher; read-only unless --write is given.

    \b
    Example:
      actorgraph cypher "MATCH (p:Person)-[:LEADS]->(o) RETURN p.name, o.name LIMIT 5"
      actorgraph cypher "MATCH (n:Entity {name: \\$name}) RETURN n.id" --param name=Hezbollah
    """
    values = parse_params(params)
    if not statement.strip():
        raise QueryError("empty statement")
    rows = obj.store.write(statement, values) if write else obj.store.read(statement, values)
    emit(rows, fmt)
