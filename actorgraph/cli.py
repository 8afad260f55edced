"""The ``actorgraph`` command: a thin shell over the library.

Errors are one line on stderr and a non-zero exit code; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
from pathlib import Path
from typing import Any

import click

from actorgraph import __version__
from actorgraph.commands.common import Context
from actorgraph.errors import ActorgraphError
from actorgraph.graph.store import StoreConfig
from actorgraph.output import safe

# Every sub-command: where it lives, and the line `actorgraph --help` shows for it (the first
# sentence of its docstring; tests/test_startup.py checks they agree). A command's module is
# imported only when that command runs, so `--help` and a query load only what they use.
COMMANDS: dict[str, tuple[str, str]] = {
    "cypher": (
        "actorgraph.commands.query:cypher",
        "Run your own Cypher; read-only unless --write is given.",
    ),
    "actors": (
        "actorgraph.commands.actors:actors",
        "Import, list, search and remove your own actor (and place) lists.",
    ),
    "db": ("actorgraph.commands.db:db", "Manage the graph store (the embedded engine, or Neo4j)."),
    "export": (
        "actorgraph.commands.export:export_command",
        "Write the graph: graphml, gexf (Gephi, Cytoscape), csv (neo4j-admin import), jsonl, "
        "cypher (a cypher-shell script of UNWIND batches).",
    ),
    "extract": (
        "actorgraph.commands.ingest:extract_command",
        "Extract reports to JSON (the eval format plus provenance); no database needed.",
    ),
    "ingest": (
        "actorgraph.commands.ingest:ingest",
        "Read reports (txt, md, html, jsonl, pdf, docx, folders) into the graph.",
    ),
    "judgements": (
        "actorgraph.commands.judge:list_judgements",
        "List merge judgements (active and undone) with their reasons.",
    ),
    "load": (
        "actorgraph.commands.load:load_command",
        "Load a JSON-lines export (actorgraph export jsonl) into an empty graph, in bulk.",
    ),
    "map": (
        "actorgraph.commands.maps:map_command",
        "Write an interactive HTML map: influence, ego, meetings, places, paths or timeline.",
    ),
    "merge": (
        "actorgraph.commands.judge:merge",
        "Record that OTHER is the same actor as KEEP, and merge it into KEEP.",
    ),
    "publishers": (
        "actorgraph.commands.publishers:publishers",
        "Grade publishers yourself (NATO Admiralty reliability A-F); your grades win over the "
        "built-in table for reports ingested afterwards.",
    ),
    "push": (
        "actorgraph.commands.push:push_command",
        "Copy the embedded graph (--data-dir, --database) into Neo4j, in batches of MERGEs: "
        "running it again changes nothing; after more ingests it brings Neo4j up to date.",
    ),
    "query": (
        "actorgraph.commands.query:query",
        "Run a named query of the library (see actorgraph/queries/README.md).",
    ),
    "report": (
        "actorgraph.commands.report:report_command",
        "Write an actor dossier: timeline, network, meetings table and every source behind them.",
    ),
    "schema": (
        "actorgraph.commands.query:schema_command",
        "Show the graph's labels and relationship types (with counts), property keys and indexes.",
    ),
    "unmerge": (
        "actorgraph.commands.judge:unmerge",
        "Undo a merge: the two actors (ids, since the merged one no longer has a name in the "
        "graph) or --judgement ID; every edge of the merged actor comes back.",
    ),
}


def load_command(name: str) -> click.Command:
    """Import the module of a sub-command and return the command."""
    module, _, attribute = COMMANDS[name][0].partition(":")
    command = getattr(importlib.import_module(module), attribute)
    if not isinstance(command, click.Command):
        raise TypeError(f"{COMMANDS[name][0]} is not a click command")
    return command


class Group(click.Group):
    """The sub-commands of :data:`COMMANDS`, each imported when it runs; errors become one
    line and an exit code."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            self.add_command(load_command(cmd_name), cmd_name)
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list from :data:`COMMANDS`, without importing the commands."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = [(name, self._short_help(ctx, name, limit)) for name in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def _short_help(self, ctx: click.Context, name: str, limit: int) -> str:
        if name in COMMANDS and name not in self.commands:
            return click.Command(name, help=COMMANDS[name][1]).get_short_help_str(limit)
        command = self.get_command(ctx, name)
        return command.get_short_help_str(limit) if command else ""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ActorgraphError as exc:
            _fail(ctx, str(exc))
        except OSError as exc:
            _fail(ctx, f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback
            _fail(ctx, f"unexpected {type(exc).__name__}: {exc} (run with --debug for details)")


def _fail(ctx: click.Context, message: str) -> None:
    obj = ctx.find_object(Context)
    if obj is not None and obj.debug:
        raise
    click.echo(f"error: {safe(message)}", err=True)
    ctx.exit(1)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--data-dir",
    type=click.Path(path_type=Path),
    envvar="ACTORGRAPH_HOME",
    help="Folder of the embedded engine (default ./.actorgraph).",
)
@click.option("--neo4j-uri", envvar="NEO4J_URI", help="Use Neo4j at this bolt:// or neo4j:// URI.")
@click.option("--database", help="Neo4j database or FalkorDB graph name.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    envvar="ACTORGRAPH_QUERY_TIMEOUT",
    metavar="SECONDS",
    help="Stop a read that runs longer than this (default 60; 0: no limit).",
)
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.version_option(__version__, prog_name="actorgraph")
@click.pass_context
def cli(
    ctx: click.Context,
    data_dir: Path | None,
    neo4j_uri: str | None,
    database: str | None,
    timeout: float | None,
    debug: bool,
) -> None:
    """Turn free-text reports into a sourced graph of actors, meetings and relations.

    \b
    Example:
      actorgraph ingest seeds/reports
      actorgraph query who-met --param actor="Esmail Qaani"
      actorgraph map influence --out out/influence.html
      actorgraph --timeout 300 query influence
    """
    config = StoreConfig.from_env(
        home=data_dir, neo4j_uri=neo4j_uri, database=database, query_timeout=timeout
    )
    ctx.obj = Context(config, debug)
    if data_dir is not None:
        use_home(ctx, data_dir)


def use_home(ctx: click.Context, home: Path) -> None:
    """Point ``ACTORGRAPH_HOME`` at ``--data-dir`` while the command runs, so the imported
    actor lists of that folder are read here and in worker processes; restored afterwards."""
    before = os.environ.get("ACTORGRAPH_HOME")
    if before == str(home):
        return
    os.environ["ACTORGRAPH_HOME"] = str(home)
    ctx.call_on_close(lambda: _restore_home(before))
    _forget_lists()


def _restore_home(before: str | None) -> None:
    if before is None:
        os.environ.pop("ACTORGRAPH_HOME", None)
    else:
        os.environ["ACTORGRAPH_HOME"] = before
    _forget_lists()


def _forget_lists() -> None:
    from actorgraph.resolve import dictionary, grading

    dictionary.load.cache_clear()
    grading.load.cache_clear()


def main() -> None:
    try:
        cli(prog_name="actorgraph")
    finally:
        gc.freeze()  # exit without a last collection over every object the command made


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
