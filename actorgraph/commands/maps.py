"""``actorgraph map``: interactive HTML maps that open offline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from actorgraph.commands.common import Context, emit, param_option, parse_params, pass_ctx
from actorgraph.errors import QueryError
from actorgraph.maps import views
from actorgraph.queries import Param, convert, resolve_entity

KINDS = ("influence", "ego", "meetings", "places", "paths", "timeline")
PARAMS = [
    Param("actor", "actor", description="ego, timeline, paths; filters meetings and places"),
    Param("other", "actor", description="the second actor of paths"),
    Param("depth", "int", 1, False, bounds=(1, 3)),
    Param("max_hops", "int", 4, False, bounds=(1, 6)),
    Param("types", "reltypes", None, False, "relation types (comma-separated)"),
    Param("since", "date", None, False),
    Param("until", "date", None, False),
    Param("max_nodes", "int", 1500, False, bounds=(10, 20000)),
]
NEEDED = {"ego": {"actor"}, "timeline": {"actor"}, "paths": {"actor", "other"}}


@click.command("map")
@click.argument("kind", type=click.Choice(KINDS))
@param_option("actor, other (paths), depth, max_hops, types, since, until, max_nodes.")
@click.option("--out", required=True, type=click.Path(path_type=Path, dir_okay=False),
              help="The HTML file to write (it opens offline).")  # fmt: skip
@pass_ctx
def map_command(obj: Context, kind: str, params: tuple[str, ...], out: Path) -> None:
    """Write an interactive HTML map: influence, ego, meetings, places, paths or timeline.

    \b
    Example:
      actorgraph map influence --param types=LEADS,SUPPORTS,MET_WITH --out out/influence.html
      actorgraph map ego --param actor="Esmail Qaani" --param depth=2 --out out/qaani.html
      actorgraph map paths --param actor=Qaani --param other=Nasrallah --out out/paths.html
      actorgraph map timeline --param actor="Esmail Qaani" --out out/qaani-timeline.html
    """
    values = _bind(obj, kind, parse_params(params))
    out.parent.mkdir(parents=True, exist_ok=True)
    stats = _render(obj, kind, out, values)
    emit([{"map": kind, "file": str(out), "nodes": stats.nodes, "edges": stats.edges,
           "left_out": stats.omitted}], "table")  # fmt: skip


def _bind(obj: Context, kind: str, given: dict[str, str]) -> dict[str, Any]:
    unknown = set(given) - {p.name for p in PARAMS}
    if unknown:
        raise QueryError(f"map {kind}: unknown parameter(s) {', '.join(sorted(unknown))}")
    missing = NEEDED.get(kind, set()) - set(given)
    if missing:
        raise QueryError(f"map {kind}: parameter(s) {', '.join(sorted(missing))} required")
    values: dict[str, Any] = {p.name: p.default for p in PARAMS}
    for param in (p for p in PARAMS if p.name in given):
        value = convert(param, given[param.name])
        is_actor = param.type == "actor"
        values[param.name] = resolve_entity(obj.store, value, "Actor") if is_actor else value
    return values


def _render(obj: Context, kind: str, out: Path, v: dict[str, Any]) -> Any:
    store = obj.store
    if kind == "influence":
        return views.influence(store, out, v["types"], v["max_nodes"])
    if kind == "ego":
        return views.ego(store, out, v["actor"], v["depth"], v["types"], v["max_nodes"])
    if kind == "paths":
        return views.paths(store, out, v["actor"], v["other"], v["max_hops"], v["types"])
    if kind == "timeline":
        return views.timeline(store, out, v["actor"])
    window = (v["actor"], v["since"], v["until"])
    return (
        views.meetings(store, out, *window)
        if kind == "meetings"
        else views.places(store, out, *window)
    )
