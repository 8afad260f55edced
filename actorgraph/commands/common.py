"""What every sub-command shares: the global options' context (the store opened on first
use), ``--param`` and ``--format``, and printing rows. ``actorgraph.cli`` assembles the
commands; they import this module, never the CLI itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from actorgraph.graph.store import GraphStore, StoreConfig, open_store
from actorgraph.output import (
    FORMATS,
    HUMAN,
    choose,
    parse_columns,
    render,
    select,
    terminal_width,
    write_atomic,
)


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


def parse_params(pairs: tuple[str, ...]) -> dict[str, Any]:
    """``k=v`` (a string; the value may contain ``=``) and ``k:=json`` (a typed value) pairs
    from ``--param``."""
    from actorgraph.console import parse_param

    return dict(parse_param(pair) for pair in pairs)


def emit(rows: list[dict[str, Any]], fmt: str, columns: tuple[str, ...] = ()) -> None:
    width = terminal_width() if fmt == "table" else None
    click.echo(render(rows, fmt, columns, width))


@dataclass(frozen=True)
class Output:
    """What ``--format``, ``--columns``, ``--wide`` and ``--out`` ask for."""

    fmt: str = "table"
    columns: str | None = None
    wide: bool = False
    out: Path | None = None

    def show(self, rows: list[dict[str, Any]], known: Sequence[str] = (),
             default: Sequence[str] = (), wrap: bool = False) -> None:  # fmt: skip
        """Print ``rows`` (or write them to ``--out``). A table or Markdown shows ``default``
        (a query's ``// show:`` columns) unless ``--columns`` or ``--wide`` is given; the
        script formats every column; a table on the terminal fits its width."""
        known = list(known) or list(dict.fromkeys(k for row in rows for k in row))
        shown = parse_columns(default)
        if self.columns:
            columns = choose(self.columns, known, shown)
        elif self.fmt in HUMAN and shown and not self.wide:
            columns = shown
        else:
            columns = parse_columns(known)
        labels = [c.label for c in columns]
        fitted = self.fmt == "table" and not self.wide and self.out is None
        width = terminal_width() if fitted else None
        text = render(select(rows, columns), self.fmt, labels, width, wrap)
        if self.out is None:
            click.echo(text)
            return
        write_atomic(self.out, text + "\n")
        click.echo(f"{len(rows)} row(s) written to {self.out}", err=True)


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--format``, ``--columns``, ``--wide`` and ``--out``, passed as ``output``."""
    options = [
        click.option("--out", "out", type=click.Path(path_type=Path, dir_okay=False),
                     help="Write to this file (atomically) instead of the terminal."),
        click.option("--wide", is_flag=True,
                     help="Every column, cells in full (the table no longer fits the terminal)."),
        click.option("--columns", "columns", metavar="A,B,...",
                     help="The columns to show, in this order (any format)."),
        format_option,
    ]  # fmt: skip
    for option in options:
        command = option(command)
    return _pack_output(command)


def _pack_output(command: Callable[..., Any]) -> Callable[..., Any]:
    import functools

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        keys = ("fmt", "columns", "wide", "out")
        kwargs["output"] = Output(**{k: kwargs.pop(k) for k in keys})
        return command(*args, **kwargs)

    return wrapper


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
