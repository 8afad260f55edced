"""``actorgraph report``: an actor dossier, one HTML page that opens offline."""

from __future__ import annotations

from pathlib import Path

import click

from actorgraph.commands.common import Context, emit, param_option, parse_params, pass_ctx
from actorgraph.errors import QueryError
from actorgraph.maps import views
from actorgraph.queries import resolve_entity


@click.command("report")
@param_option("actor=NAME (required): the actor, by name, alias or id.")
@click.option("--out", required=True, type=click.Path(path_type=Path, dir_okay=False),
              help="The HTML file to write (it opens offline).")  # fmt: skip
@pass_ctx
def report_command(obj: Context, params: tuple[str, ...], out: Path) -> None:
    """Write an actor dossier: timeline, network, meetings table and every source behind them.

    \b
    Example:
      actorgraph report --param actor="Esmail Qaani" --out qaani.html
      actorgraph report -p actor=person:hassan-nasrallah --out nasrallah.html
    """
    given = parse_params(params)
    unknown = set(given) - {"actor"}
    if unknown:
        raise QueryError(f"report: unknown parameter(s) {', '.join(sorted(unknown))}")
    if not given.get("actor"):
        raise QueryError("report: parameter actor required (--param actor=NAME)")
    actor = resolve_entity(obj.store, given["actor"], "Actor")
    stats = views.dossier(obj.store, out, actor)
    emit([{"report": str(out), "actor": actor, "events": stats.events,
           "meetings": stats.meetings, "sources": stats.sources}], "table")  # fmt: skip
