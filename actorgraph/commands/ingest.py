"""``actorgraph ingest`` and ``actorgraph extract``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from actorgraph.commands.common import Context, echo_json, emit, pass_ctx
from actorgraph.errors import ActorgraphError, InputError
from actorgraph.extract.eval_json import to_eval
from actorgraph.extract.report import extract
from actorgraph.files import atomic_write
from actorgraph.graph.store import GraphStore, open_store
from actorgraph.ingest.pipeline import IngestSummary
from actorgraph.ingest.pipeline import ingest as run_ingest
from actorgraph.output import safe
from actorgraph.read.inputs import iter_paths, iter_reports


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Extraction processes.",
)
@click.option(
    "--executor",
    type=click.Choice(["processes", "dask"]),
    default="processes",
    show_default=True,
    help="Where extraction runs: local processes or a Dask cluster (actorgraph[dask]).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="The Dask scheduler (tcp://host:8786); without it, a local cluster of --workers.",
)
@click.option(
    "--batch",
    type=click.IntRange(min=1),
    default=50,
    show_default=True,
    help="Reports written per query.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Summary format.",
)
@pass_ctx
def ingest(obj: Context, paths: tuple[Path, ...], workers: int, executor: str,
           scheduler: str | None, batch: int, fmt: str) -> None:  # fmt: skip
    """Read reports (txt, md, html, jsonl, pdf, docx, folders) into the graph.

    \b
    Example:
      actorgraph ingest seeds/reports reports/2024/*.html feed.jsonl --workers 2
      actorgraph ingest reports/ --executor dask --scheduler tcp://10.0.0.5:8786
    """
    total = sum(1 for p in iter_paths(paths) if not isinstance(p, InputError))
    summary, before = IngestSummary(), _reports_in(obj.store)
    try:
        with click.progressbar(length=total, label="ingesting", file=sys.stderr,
                               show_pos=True) as bar:  # fmt: skip
            run_ingest(obj.store, paths, workers=workers, batch=batch, progress=bar.update,
                       summary=summary, executor=executor, scheduler=scheduler)  # fmt: skip
    except KeyboardInterrupt:
        _interrupted(obj, summary, before)
    if fmt == "json":
        echo_json(summary.to_dict())
    else:
        _print_summary(summary)
    if summary.failures:
        raise ActorgraphError(_failed(summary))


def _reports_in(store: GraphStore) -> int:
    return int(store.read("MATCH (r:Report) RETURN count(r) AS n")[0]["n"])


def _interrupted(obj: Context, summary: IngestSummary, before: int) -> None:
    """Ctrl-C: say what was saved (counted in the graph, over a new connection, since the
    batch being written when the interrupt came may have gone in) and exit 130."""
    try:
        with open_store(obj.config) as store:
            summary.reports = max(summary.reports, _reports_in(store) - before)
    except Exception:  # noqa: BLE001 - the counts of the batches known written still hold
        pass
    _print_summary(summary)
    click.echo(
        f"interrupted: {summary.reports} new report(s) saved; run the same ingest again for "
        "the rest (reports already in the graph are skipped)",
        err=True,
    )
    click.get_current_context().exit(130)


def _republished(summary: IngestSummary) -> str:
    if not summary.republished:
        return ""
    return f" ({summary.republished} from another publisher, added as a source)"


def _failed(summary: IngestSummary) -> str:
    """The last line of an ingest with failures (they are listed above it)."""
    count = f"{len(summary.failures)} report(s) or file(s) failed"
    if not summary.reports and not summary.skipped:
        return f"nothing ingested: {count}"
    return f"{count}; the other {summary.reports} new report(s) went in"


def _print_summary(summary: IngestSummary) -> None:
    click.echo(
        f"reports: {summary.reports} new, {summary.skipped} already in the graph"
        f"{_republished(summary)}; "
        f"entities: {summary.entities}, events: {summary.events}, "
        f"relations: {summary.relations}; failures: {len(summary.failures)}"
    )
    for path, reason in summary.failures:
        click.echo(safe(f"  failed: {path}: {reason}"), err=True)


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder for one JSON per report.",
)
def extract_command(paths: tuple[Path, ...], out: Path) -> None:
    """Extract reports to JSON (the eval format plus provenance); no database needed.

    \b
    Example:
      actorgraph extract ../shared/eval/dev --out pred/
      python ../shared/eval/score.py ../shared/eval/dev pred/
    """
    out.mkdir(parents=True, exist_ok=True)
    written, failed = 0, 0
    for item in iter_reports(paths):
        if isinstance(item, InputError):
            click.echo(safe(f"failed: {item}"), err=True)
            failed += 1
            continue
        name = Path(item.path.split(":")[0]).stem if item.path else item.id.split(":")[1]
        target = out / f"{name}.json"
        if ":" in (item.path or "") and item.path.rsplit(":", 1)[1].isdigit():
            target = out / f"{name}-{item.path.rsplit(':', 1)[1]}.json"
        try:
            data = to_eval(extract(item))
        except Exception as exc:  # noqa: BLE001 - one report's failure is that report's
            click.echo(safe(f"failed: {item.path}: {type(exc).__name__}: {exc}"), err=True)
            failed += 1
            continue
        atomic_write(target, json.dumps(data, indent=1, ensure_ascii=False).encode())
        written += 1
    emit([{"written": written, "failed": failed, "folder": str(out)}], "table")
    if failed:
        click.get_current_context().exit(1)  # the exit code says something failed
