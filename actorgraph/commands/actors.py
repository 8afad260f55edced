"""``actorgraph actors import|list|search|remove``: your own actor and place lists, in the
data folder, matched like the built-in dictionary (the work is in
:mod:`actorgraph.resolve.lists`)."""

from __future__ import annotations

from pathlib import Path

import click

from actorgraph.commands.common import emit, format_option
from actorgraph.errors import ActorgraphError
from actorgraph.output import safe


@click.group()
def actors() -> None:
    """Import, list, search and remove your own actor (and place) lists.

    \b
    Example:
      actorgraph actors import watchlist.csv
      actorgraph actors import opensanctions-iran.ftm.json --name sanctions
      actorgraph actors list
      actorgraph actors list watchlist
      actorgraph actors search "Abu Test"
      actorgraph actors remove watchlist
    """


@actors.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--name", help="The list's name (default: the file name without extension).")
def import_command(file: Path, name: str | None) -> None:
    """Import a CSV (name, type, aliases, country, affiliations, lat, lon) or a
    FollowTheMoney JSON lines file (OpenSanctions exports) as a list; importing it again
    replaces the list. Reports ingested afterwards resolve its names."""
    from actorgraph.resolve.lists import import_list

    summary = import_list(file, name)
    for error in summary.errors:
        click.echo(safe(f"error: {error}"), err=True)
    fields = ("list", "actors", "added", "changed", "removed", "skipped")
    emit([{**{k: getattr(summary, k) for k in fields}, "errors": len(summary.errors)}], "table")


@actors.command("list")
@click.argument("name", required=False)
@format_option
def list_command(name: str | None, fmt: str) -> None:
    """The imported lists, or the actors of one list."""
    from actorgraph.resolve.lists import list_names, read_list

    if name is None:
        emit([{"list": k, "actors": n} for k, n in list_names().items()], fmt, ("list", "actors"))
        return
    records = read_list(name)
    if not records:
        raise ActorgraphError(f"no imported list named {name!r}")
    columns = ("id", "type", "name", "aliases", "country")
    emit([{c: records[k].get(c) for c in columns} for k in sorted(records)], fmt, columns)


@actors.command("search")
@click.argument("name")
@format_option
def search_command(name: str, fmt: str) -> None:
    """Which actors (built-in or imported) a name or alias resolves to."""
    from actorgraph.resolve.dictionary import load
    from actorgraph.resolve.lists import list_of

    rows = [{"id": e.id, "type": e.type, "name": e.name, "aliases": list(e.aliases),
             "list": list_of(e.id) or e.source} for e in load().lookup(name)]  # fmt: skip
    emit(rows, fmt, ("id", "type", "name", "list", "aliases"))
    if not rows:
        raise ActorgraphError(f"no actor or place named {name!r}")


@actors.command("remove")
@click.argument("name")
def remove_command(name: str) -> None:
    """Remove an imported list (reports ingested later no longer resolve its names)."""
    from actorgraph.resolve.lists import remove_list

    emit([{"list": name, "removed": remove_list(name)}], "table")
