"""The ``actorgraph`` command: a thin shell over the library.

Errors are one line on stderr and a non-zero exit code; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from actorgraph import __version__
from actorgraph.errors import ActorgraphError, QueryError
from actorgraph.graph.store import GraphStore, StoreConfig, open_store
from actorgraph.output import FORMATS, render


class Context:
    """Global options, and the store opened on first use (closed when the command ends)."""

    def __init__(self, config: StoreConfig, debug: bool) -> None:
        self.config = config
        self.debug = debug
        self._store: GraphStore | None = None

    @property
    def store(self) -> GraphStore:
        if self._store is None:
            self._store = open_store(self.config)
            click.get_current_context().call_on_close(self._store.close)
        return self._store


pass_ctx = click.make_pass_decorator(Context)


class Group(click.Group):
    """Turns errors into one line and an exit code."""

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
    click.echo(f"error: {message}", err=True)
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
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.version_option(__version__, prog_name="actorgraph")
@click.pass_context
def cli(
    ctx: click.Context,
    data_dir: Path | None,
    neo4j_uri: str | None,
    database: str | None,
    debug: bool,
) -> None:
    """Turn free-text reports into a sourced graph of actors, meetings and relations.

    \b
    Example:
      actorgraph ingest seeds/reports
      actorgraph query who-met --param actor="Esmail Qaani"
      actorgraph map influence --out out/influence.html
    """
    config = StoreConfig.from_env(home=data_dir, neo4j_uri=neo4j_uri, database=database)
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
    from actorgraph.ingest import dictionary, grading

    dictionary.load.cache_clear()
    grading.load.cache_clear()


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    """``k=v`` pairs from ``--param``; the value may contain ``=``."""
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param expects key=value, got {pair!r}")
        params[key.strip()] = value
    return params


def emit(rows: list[dict[str, Any]], fmt: str, columns: tuple[str, ...] = ()) -> None:
    click.echo(render(rows, fmt, columns))


def param_option(help_text: str) -> Callable[[Any], Any]:
    """The repeatable ``--param KEY=VALUE`` option (read with :func:`parse_params`)."""
    return click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
                        help=help_text)  # fmt: skip


format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="Output format.",
)


def main() -> None:
    import actorgraph.commands  # noqa: F401 - registers the sub-commands on `cli`

    cli(prog_name="actorgraph")


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
