"""``actorgraph publishers import|list|remove``: your own publisher reliability grades (the
work is in :mod:`actorgraph.resolve.publishers`)."""

from __future__ import annotations

from pathlib import Path

import click

from actorgraph.commands.common import emit, format_option
from actorgraph.errors import ActorgraphError
from actorgraph.output import safe


@click.group()
def publishers() -> None:
    """Grade publishers yourself (NATO Admiralty reliability A-F); your grades win over the
    built-in table for reports ingested afterwards.

    \b
    Example:
      actorgraph publishers import our-grades.toml
      actorgraph publishers import our-grades.csv --name desk
      actorgraph publishers list
      actorgraph publishers list desk
      actorgraph publishers remove desk
    """


@publishers.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--name", help="The list's name (default: the file name without extension).")
def import_command(file: Path, name: str | None) -> None:
    """Import a TOML table like the built-in one, or a CSV (name, reliability, domains,
    aliases, note); importing it again replaces the list."""
    from actorgraph.resolve.publishers import import_list

    summary = import_list(file, name)
    for error in summary.errors:
        click.echo(safe(f"error: {error}"), err=True)
    emit([{"list": summary.list, "publishers": summary.actors, "added": summary.added,
           "changed": summary.changed, "removed": summary.removed,
           "errors": len(summary.errors)}], "table")  # fmt: skip


@publishers.command("list")
@click.argument("name", required=False)
@format_option
def list_command(name: str | None, fmt: str) -> None:
    """The imported publisher lists, or the grades of one list."""
    from actorgraph.resolve.publishers import list_names, read_list

    if name is None:
        emit([{"list": k, "publishers": n} for k, n in list_names().items()], fmt,
             ("list", "publishers"))  # fmt: skip
        return
    specs = read_list(name)
    if not specs:
        raise ActorgraphError(f"no imported publisher list named {name!r}")
    columns = ("name", "reliability", "domains", "aliases")
    emit([{c: specs[k].get(c) for c in columns} for k in sorted(specs)], fmt, columns)


@publishers.command("remove")
@click.argument("name")
def remove_command(name: str) -> None:
    """Remove an imported publisher list (the built-in grades apply again)."""
    from actorgraph.resolve.publishers import remove_list

    emit([{"list": name, "removed": remove_list(name)}], "table")
