"""What every sub-command shares: the global options' context (the store opened on first
use), ``--param`` and ``--format``, and printing rows. ``actorgraph.cli`` assembles the
commands; they import this module, never the CLI itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click

from actorgraph.errors import QueryError
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


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))
