"""``actorgraph merge``, ``unmerge`` and ``judgements``: analysts correct the graph."""

from __future__ import annotations

import click

from actorgraph.commands.common import Context, emit, format_option, pass_ctx
from actorgraph.graph import judgements
from actorgraph.queries import resolve_entity


@click.command()
@click.argument("keep")
@click.argument("other")
@click.option("--reason", required=True, help="Why they are one actor (kept with the judgement).")
@pass_ctx
def merge(obj: Context, keep: str, other: str, reason: str) -> None:
    """Record that OTHER is the same actor as KEEP, and merge it into KEEP.

    KEEP and OTHER are names, aliases or ids; different types never merge. Every report that
    names OTHER is written again with its edges on KEEP. `actorgraph unmerge` undoes it.

    \b
    Example:
      actorgraph merge "Abdul Aziz al-Muhammadawi" "Abu Fadak" --reason "same person (kunya)"
    """
    judgements.complete_pending(obj.store)  # names resolve in the graph after it
    target = resolve_entity(obj.store, keep)
    source = resolve_entity(obj.store, other)
    outcome = judgements.merge(obj.store, target, source, reason)
    emit([outcome.__dict__], "table")


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
      actorgraph unmerge person:abdul-aziz-al-muhammadawi person:abu-fadak
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
