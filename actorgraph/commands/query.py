"""``actorgraph query`` (named queries) and ``actorgraph cypher`` (your own Cypher)."""

from __future__ import annotations

import sys
from typing import Any, TextIO

import click

from actorgraph import console
from actorgraph.commands.common import (
    Context,
    Output,
    output_options,
    param_option,
    parse_params,
    pass_ctx,
)
from actorgraph.console import describe_counters, split_statements, unknown_names
from actorgraph.errors import QueryError, ReadOnlyRefusal
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
@output_options
@pass_ctx
def query(
    obj: Context, name: str | None, params: tuple[str, ...], show_list: bool, output: Output
) -> None:
    """Run a named query of the library (see actorgraph/queries/README.md).

    \b
    Example:
      actorgraph query --list
      actorgraph query who-met --list
      actorgraph query who-met --param actor="Esmail Qaani" --format json
      actorgraph query who-met -p actor="Esmail Qaani" --columns met,date,evidence --wide
      actorgraph query paths -p actor="Esmail Qaani" -p other="Ali Larijani" -p all=true
      actorgraph query meetings-at -p place=Syria --format csv --out syria.csv

    A table shows the columns that answer the question and fits the terminal; --wide shows
    every column in full, --columns picks them (also grade and source, the table's joined
    columns); json, jsonl, csv and tsv have every column unless --columns is given.
    """
    if show_list or not name:
        _show_catalog(name, output)
        return
    named = get(name)
    rows = run_query(obj.store, name, **parse_params(params))
    output.show(rows, named.columns, named.show)


def _show_catalog(name: str | None, output: Output) -> None:
    if name is None:
        rows, columns = _listing()
        output.show(rows, columns, ("name", "parameters", "description"), wrap=True)
        return
    named = get(name)
    rows, columns = _describe(named)
    output.show(rows, columns, wrap=True)
    if output.fmt == "table" and output.out is None:
        click.echo(f"\ncolumns: {', '.join(named.columns)}")
        if named.show:
            click.echo(f"shown by default: {', '.join(named.show)}")


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
@click.argument("statement", required=False)
@click.option(
    "--file",
    "-f",
    "source",
    type=click.File("r", encoding="utf-8"),
    help="Read the statements from this file ('-' for stdin), split at ';'.",
)
@param_option("A parameter: KEY=TEXT is a string, KEY:=JSON a typed value (5, true, [1,2]).")
@click.option("--write", is_flag=True, help="Allow the statement to change the graph.")
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=DEFAULT_ROWS,
    show_default=True,
    help="Print at most this many rows of a read (0: all); a note on stderr says when rows "
    "were cut.",
)
@output_options
@pass_ctx
def cypher(obj: Context, statement: str | None, source: TextIO | None, params: tuple[str, ...],
           write: bool, limit: int, output: Output) -> None:  # fmt: skip
    """Run your own Cypher; read-only unless --write is given.

    Reads stop after the global --timeout (60 s by default) and print at most --limit rows.

    \b
    Example:
      actorgraph cypher "MATCH (p:Person)-[:LEADS]->(o) RETURN p.name, o.name LIMIT 5"
      actorgraph cypher "MATCH (n:Entity {name: \\$name}) RETURN n.id" --param name=Hezbollah
      actorgraph cypher "MATCH (n:Person) WHERE size(n.name) > \\$k RETURN n.name" -p k:=20
      actorgraph cypher --write "MERGE (n:Organization {id: 'organization:x', name: 'X'})"
      actorgraph cypher "EXPLAIN MATCH (n:Person {id: 'person:x'}) RETURN n"
      actorgraph cypher -f queries.cypher --format csv --out answers.csv
      echo "MATCH (n) RETURN count(n)" | actorgraph cypher -
      actorgraph cypher "MATCH (n:Entity) RETURN n.id" --limit 0 --format csv
      actorgraph --timeout 600 cypher "MATCH (a:Person), (b:Person) RETURN count(*)"

    A write prints its counters (nodes created, properties set, ...) on stderr; EXPLAIN and
    PROFILE print the plan; a label or relationship type the schema does not know is warned
    about, with the closest known one.
    """
    name, text = _script(statement, source)
    statements = split_statements(text)
    if not statements:
        raise QueryError(f"{name}: empty statement")
    if output.out is not None and len(statements) > 1:
        raise QueryError(f"{name}: --out takes one statement's rows; this has {len(statements)}")
    values = parse_params(params)
    for number, one in enumerate(statements, 1):
        where = f"{name}: statement {number}" if len(statements) > 1 else name
        where = where.lstrip(": ")
        _run_one(obj, one, values, (write, limit), output, where)


def _script(statement: str | None, source: TextIO | None) -> tuple[str, str]:
    """Where the statements come from (for errors) and their text."""
    if source is not None and statement is not None:
        raise QueryError("give a statement or --file, not both")
    if source is not None:
        return getattr(source, "name", "<file>"), source.read()
    if statement == "-":
        return "<stdin>", sys.stdin.read()
    if statement is None:
        raise QueryError("give a statement, --file FILE, or - to read stdin")
    return "", statement


def _run_one(obj: Context, statement: str, values: dict[str, Any], mode: tuple[bool, int],
             output: Output, where: str) -> None:  # fmt: skip
    """One statement; ``mode`` is (write allowed, row limit of a read)."""
    write, limit = mode
    for warning in unknown_names(statement):
        click.echo(f"warning: {warning}", err=True)
    try:
        outcome = console.run(obj.store, statement, values, write=write, limit=limit)
    except ReadOnlyRefusal as exc:
        raise QueryError(
            f"{where}: {exc}; run it with --write to allow changes".lstrip(": ")
        ) from None
    except QueryError as exc:
        raise QueryError(f"{where}: {exc}".lstrip(": ")) from None
    if outcome.plan:
        click.echo("\n".join(outcome.plan))
    elif outcome.rows or not outcome.counters:
        output.show(outcome.rows)
    if outcome.cut:
        click.echo(f"(rows cut at {limit}; --limit 0 prints them all)", err=True)
    if write or outcome.counters:
        click.echo(describe_counters(outcome.counters), err=True)


@click.command("schema")
@output_options
@pass_ctx
def schema_command(obj: Context, output: Output) -> None:
    """Show the graph's labels and relationship types (with counts), property keys and indexes.

    \b
    Example:
      actorgraph schema
      actorgraph schema --format json
    """
    output.show(console.schema(obj.store), ("what", "name", "count", "detail"))
