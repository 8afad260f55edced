"""``actorgraph merge``, ``unmerge`` and ``judgements``: analysts correct the graph."""

from __future__ import annotations

import click

from actorgraph.commands.common import Context, emit, format_option, pass_ctx
from actorgraph.errors import QueryError
from actorgraph.graph.store import GraphStore
from actorgraph.queries import resolve_entity
from actorgraph.resolve import dictionary, judgements


@click.command()
@click.argument("keep")
@click.argument("other")
@click.option("--reason", required=True, help="Why they are one actor (kept with the judgement).")
@click.option("--force", is_flag=True, help="Merge even two actors the dictionary knows apart.")
@pass_ctx
def merge(obj: Context, keep: str, other: str, reason: str, force: bool) -> None:
    """Record that OTHER is the same actor as KEEP, and merge it into KEEP.

    KEEP and OTHER are names, aliases or ids; different types never merge, and two actors
    the dictionary knows as distinct merge only with --force. Every report that names OTHER
    is written again with its edges on KEEP. `actorgraph unmerge` undoes it.

    \b
    Example:
      actorgraph merge "Hezbollah" "Kata'ib Hezbollah" --reason "one network" --force
      actorgraph unmerge organization:hezbollah organization:kataib-hezbollah
    """
    judgements.complete_pending(obj.store)  # names resolve in the graph after it
    target, source = _resolve(obj.store, keep), _resolve(obj.store, other)
    if source == target:
        click.echo(f"nothing to merge: {keep!r} and {other!r} are one actor already ({target})")
        return
    why = known_apart(target, source)
    if why and not force:
        raise QueryError(f"refused: {why}; --force merges them anyway")
    outcome = judgements.merge(obj.store, target, source, reason)
    emit([outcome.__dict__], "table")


def _resolve(store: GraphStore, name: str) -> str:
    """The entity id of a name, alias or id in the graph, else of a name the dictionary
    gives to an entity of the graph (a kunya no report used)."""
    try:
        return resolve_entity(store, name)
    except QueryError:
        ids = [e.id for e in dictionary.load().lookup(name)]
        found = store.read("UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id",
                           {"ids": ids})  # fmt: skip
        if len(found) == 1:
            return str(found[0]["id"])
        raise


def known_apart(target: str, source: str) -> str:
    """Why the dictionary holds these two as distinct actors (both are entries of it), or
    an empty string."""
    entries = dictionary.load().entries
    a, b = entries.get(target), entries.get(source)
    if a is None or b is None:
        return ""
    kind = {"Organization": "organizations", "Person": "people", "Place": "places"}
    return (f"the dictionary knows {a.name} ({target}) and {b.name} ({source}) as two "
            f"{kind.get(a.type, 'actors')}")  # fmt: skip


@click.command()
@click.argument("names", nargs=-1)
@click.option("--judgement", "judgement_id", default="", help="Undo this judgement id.")
@pass_ctx
def unmerge(obj: Context, names: tuple[str, ...], judgement_id: str) -> None:
    """Undo a merge: the two actors (ids, since the merged one no longer has a name in the
    graph) or --judgement ID; every edge of the merged actor comes back.

    \b
    Example:
      actorgraph judgements
      actorgraph unmerge organization:hezbollah organization:kataib-hezbollah
    """
    if not judgement_id and len(names) != 2:
        raise click.UsageError("give two entity ids or --judgement ID")
    a, b = (names + ("", ""))[:2]
    emit([o.__dict__ for o in judgements.unmerge(obj.store, a, b, judgement_id)], "table")


@click.command("judgements")
@format_option
@pass_ctx
def list_judgements(obj: Context, fmt: str) -> None:
    """List merge judgements (active and undone) with their reasons.

    \b
    Example:
      actorgraph judgements --format json
    """
    emit(judgements.judgements(obj.store), fmt)
