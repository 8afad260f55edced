"""An actor dossier: one offline page with the timeline, the ego map, the meetings table and
every source behind them, numbered and cited where used (the page an analyst sends on).

The renderer reads no database: :func:`actorgraph.maps.views.dossier` gathers a
:class:`Dossier` from a store. Report text reaches the page escaped (HTML text) or in the JSON
blocks (``ag-data`` for the map, ``ag-dossier`` with the counts written); a report's address
is shown as text, never linked, so the page loads and opens nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from actorgraph.maps import assets
from actorgraph.maps.network import vis_controls, vis_parts, vis_payload
from actorgraph.maps.page import fill, json_script, text, write_page
from actorgraph.maps.timeline import event_html, overview_svg, sort_events, summary_line
from actorgraph.maps.visdata import SENTENCE_MAX, clip

Record = dict[str, Any]


@dataclass(frozen=True)
class Dossier:
    """What the page shows about one actor.

    ``actor``: ``id``, ``name``, ``type``, ``aliases``. ``events``: timeline entries (as
    :mod:`actorgraph.maps.timeline` takes them) with ``reports`` (report ids). ``network``:
    the ego graph (the input contract of ``render_network``). ``meetings``: ``date``,
    ``place``, ``kind``, ``participants`` (names), ``reports``. ``sources``: report id ->
    ``title``, ``date``, ``url``, ``reliability`` and ``sentences`` quoted from it.
    """

    actor: Mapping[str, Any]
    events: Sequence[Mapping[str, Any]] = ()
    network: nx.Graph = field(default_factory=nx.MultiDiGraph)
    meetings: Sequence[Mapping[str, Any]] = ()
    sources: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class DossierStats:
    events: int
    meetings: int
    sources: int
    nodes: int
    edges: int
    path: Path


def render_dossier(d: Dossier, out: Path, *, max_nodes: int = 300) -> DossierStats:
    """Write the dossier page of ``d`` to ``out``."""
    numbers = source_numbers(d.sources)
    events = sort_events(d.events)
    parts = vis_parts(d.network, max_nodes)
    name = str(d.actor.get("name") or d.actor.get("id"))
    counts = {"events": len(events), "meetings": len(d.meetings), "sources": len(numbers)}
    counts |= {"nodes": len(parts.nodes), "edges": len(parts.edges)}
    page = fill(
        assets.own("dossier.html"),
        title=text(f"Dossier: {name}"),
        vis_css=assets.vis_css(),
        map_css=assets.own("map.css"),
        timeline_css=assets.own("timeline.css"),
        dossier_css=assets.own("dossier.css"),
        about=text(about_line(d.actor)),
        summary=text(summary(counts, events)),
        overview=overview_svg(events),
        items="".join(
            event_html(i, e, cites(e.get("reports"), numbers)) for i, e in enumerate(events)
        ),
        notice=parts.notice,
        **vis_controls(parts.nodes, parts.edges),
        meetings=meetings_table(d.meetings, numbers),
        sources=sources_html(d.sources, numbers),
        dossier=json_script({"actor": d.actor.get("id"), **counts}, "ag-dossier"),
        data=json_script(
            vis_payload(name, parts.nodes, parts.edges, parts.meta, parts.options), "ag-data"
        ),
        vis_js=assets.vis_js(),
        map_js=assets.own("map.js"),
    )
    write_page(out, page)
    return DossierStats(**counts, path=out)


def source_numbers(sources: Mapping[str, Mapping[str, Any]]) -> dict[str, int]:
    """Report id -> its number in the list: oldest first, then by title."""
    order = sorted(
        sources, key=lambda r: (str(sources[r].get("date") or "~"), str(sources[r].get("title")), r)
    )
    return {rid: i for i, rid in enumerate(order, start=1)}


def about_line(actor: Mapping[str, Any]) -> str:
    line = str(actor.get("type") or "Entity")
    aliases = [str(a) for a in actor.get("aliases") or [] if a != actor.get("name")]
    if aliases:
        line += " \u00b7 also known as " + ", ".join(aliases)
    return line + f" \u00b7 id {actor.get('id')}"


def summary(counts: Mapping[str, int], events: list) -> str:
    meetings, sources = counts["meetings"], counts["sources"]
    return (
        f"{summary_line(events)}; {meetings} meeting{'s' if meetings != 1 else ''}; "
        f"network of {counts['nodes']} nodes and {counts['edges']} edges; "
        f"{sources} source{'s' if sources != 1 else ''}."
    )


def cites(reports: Iterable[str] | None, numbers: Mapping[str, int]) -> str:
    """``[1] [3]`` linking to the sources list (unknown report ids are skipped)."""
    found = sorted({numbers[r] for r in reports or [] if r in numbers})
    links = " ".join(f'<a href="#src-{n}">[{n}]</a>' for n in found)
    return f' <span class="ag-cites">{links}</span>' if links else ""


def meetings_table(meetings: Sequence[Mapping[str, Any]], numbers: Mapping[str, int]) -> str:
    if not meetings:
        return '<p class="ag-empty" id="ag-meetings">No meetings recorded.</p>'
    head = "".join(f"<th>{h}</th>" for h in ("When", "Where", "Kind", "With", "Sources"))
    body = "".join(meeting_row(m, numbers) for m in meetings)
    return f'<table id="ag-meetings"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def meeting_row(m: Mapping[str, Any], numbers: Mapping[str, int]) -> str:
    cells = [m.get("date") or "undated", m.get("place") or "", m.get("kind") or ""]
    cells.append(", ".join(m.get("participants") or []))
    tds = "".join(f"<td>{text(c)}</td>" for c in cells)
    return f"<tr>{tds}<td>{cites(m.get('reports'), numbers)}</td></tr>"


def sources_html(sources: Mapping[str, Mapping[str, Any]], numbers: Mapping[str, int]) -> str:
    return "".join(source_item(n, sources[rid]) for rid, n in numbers.items())


def source_item(n: int, source: Mapping[str, Any]) -> str:
    grade = source.get("reliability") or "?"
    about = [str(source[k]) for k in ("date",) if source.get(k)]
    parts = [
        f'<li id="src-{n}"><span class="ag-grade" title="publisher reliability">'
        f"{text(grade)}</span> <b>{text(source.get('title') or 'untitled report')}</b>"
    ]
    if about:
        parts.append(f" \u00b7 {text(' · '.join(about))}")
    if source.get("url"):
        parts.append(f' <span class="ag-url">{text(source["url"])}</span>')
    for sentence in dict.fromkeys(source.get("sentences") or []):
        parts.append(f"<blockquote>{text(clip(sentence, SENTENCE_MAX))}</blockquote>")
    return "".join(parts) + "</li>"
