"""The influence-network map: one self-contained HTML page drawn by vis-network."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from actorgraph.maps import assets
from actorgraph.maps.layout import spring_positions
from actorgraph.maps.page import fill, json_script, text, write_page
from actorgraph.maps.visdata import Record, edge_records, influence, legend, node_record

PHYSICS_MAX_NODES = 300  # above this the layout is computed in Python, physics off
LAYOUT_SCALE = 110.0  # pixels per unit of ideal edge length
BIG_EDGES = 3000  # hide edges while dragging/zooming above this


@dataclass(frozen=True)
class MapStats:
    """What a renderer wrote: drawn ``nodes``/``edges``, nodes it ``omitted``, the ``path``.

    ``omitted`` counts only nodes this renderer left out (size cap); what was left out
    before (the graph's ``omitted`` attribute) is stated on the page. ``layout`` is
    ``physics`` (in the browser, stopped once stable), ``precomputed``, ``geo`` or ``none``.
    """

    nodes: int
    edges: int
    omitted: int
    path: Path
    omitted_edges: int = 0
    layout: str = "physics"


def render_network(
    g: nx.Graph,
    out: Path,
    *,
    title: str,
    max_nodes: int = 1500,
    physics: bool | None = None,
) -> MapStats:
    """Write an interactive map of ``g`` to ``out`` (see the package docstring for ``g``).

    Above ``max_nodes`` only the most influential nodes are kept (``score``, else degree)
    and the page says what was left out. ``physics=None`` runs physics in the browser up to
    ``PHYSICS_MAX_NODES`` nodes and computes the layout in Python above that.
    """
    parts = vis_parts(g, max_nodes, physics)
    write_vis_page(out, title, parts.nodes, parts.edges, parts.meta, parts.options, parts.notice)
    layout = "physics" if parts.meta["physics"] else "precomputed"
    dropped, dropped_edges = parts.meta["omitted"], parts.meta["omittedEdges"]
    return MapStats(len(parts.nodes), len(parts.edges), dropped, out, dropped_edges, layout)


@dataclass(frozen=True)
class VisParts:
    """What a vis-network page draws: records, page ``meta``, vis ``options``, ``notice``."""

    nodes: list[Record]
    edges: list[Record]
    meta: dict[str, Any]
    options: dict[str, Any]
    notice: str


def vis_parts(g: nx.Graph, max_nodes: int = 1500, physics: bool | None = None) -> VisParts:
    """Node and edge records of ``g`` (capped at ``max_nodes`` by influence), laid out."""
    score = influence(g)
    kept = top_nodes(score, max_nodes)
    nodes = [node_record(n, g.nodes[n], score[n]) for n in kept]
    edges = edge_records(g, set(kept))
    use_physics = len(nodes) <= PHYSICS_MAX_NODES if physics is None else physics
    place(nodes, edges)  # physics, if on, starts from here and settles sooner
    dropped, dropped_edges = len(g) - len(kept), g.number_of_edges() - len(edges)
    notice = omitted_notice(g.graph.get("omitted"))
    notice += cap_notice(len(g), len(kept), max_nodes, dropped_edges) if dropped else ""
    meta = {"physics": use_physics, "omitted": dropped, "omittedEdges": dropped_edges}
    return VisParts(nodes, edges, meta, vis_options(use_physics, len(edges)), notice)


def top_nodes(score: Mapping[Hashable, float], max_nodes: int) -> list[Hashable]:
    """The ``max_nodes`` highest-scored nodes (ties by id), in the graph's order."""
    if len(score) <= max_nodes:
        return list(score)
    best = sorted(score, key=lambda n: (-score[n], str(n)))[: max(max_nodes, 0)]
    chosen = set(best)
    return [n for n in score if n in chosen]


def place(nodes: list[Record], edges: list[Record]) -> None:
    """Fix every node at a position computed in Python."""
    pos = spring_positions([n["id"] for n in nodes], [(e["from"], e["to"]) for e in edges])
    for n in nodes:
        x, y = pos[n["id"]]
        n["x"], n["y"] = round(x * LAYOUT_SCALE, 1), round(y * LAYOUT_SCALE, 1)


def vis_options(physics: bool, n_edges: int) -> dict[str, Any]:
    big = n_edges > BIG_EDGES
    return {
        "autoResize": True,
        "nodes": {
            "font": {"size": 16, "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"label": {"drawThreshold": 3}},
        },
        "edges": {
            "smooth": False,
            "arrowStrikethrough": False,
            "arrows": {"to": {"scaleFactor": 0.6}},
            "font": {"size": 10, "align": "middle", "color": "#444444", "strokeWidth": 3},
        },
        "interaction": {"tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
        "layout": {"improvedLayout": physics, "randomSeed": 7},
        "physics": physics_options() if physics else {"enabled": False},
    }


def physics_options() -> dict[str, Any]:
    """Barnes-Hut, stabilised before the first view; the page turns physics off after."""
    return {
        "enabled": True,
        "solver": "barnesHut",
        "barnesHut": {
            "gravitationalConstant": -6000,
            "centralGravity": 0.3,
            "springLength": 140,
            "springConstant": 0.04,
            "damping": 0.25,
            "avoidOverlap": 0.3,
        },
        "stabilization": {"enabled": True, "iterations": 250, "updateInterval": 50, "fit": True},
        "minVelocity": 1.0,
    }


def omitted_notice(upstream: object) -> str:
    """HTML paragraph on what was left out before the graph reached the renderer."""
    if not upstream:
        return ""
    if isinstance(upstream, Mapping):
        parts = [f"{v:,} {k}" if isinstance(v, int) else f"{k}: {v}" for k, v in upstream.items()]
    else:
        parts = [str(upstream)]
    said = text("; ".join(parts))
    return f'<p class="ag-omitted" id="ag-omitted-upstream">Left out before drawing: {said}.</p>'


def cap_notice(total: int, kept: int, max_nodes: int, dropped_edges: int) -> str:
    return (
        f'<p class="ag-omitted" id="ag-omitted">This map shows the {kept:,} most influential of '
        f"{total:,} nodes (size cap {max_nodes:,}, by influence score, degree where no score): "
        f"{total - kept:,} nodes and {dropped_edges:,} edges are left out.</p>"
    )


def write_vis_page(
    out: Path,
    title: str,
    nodes: list[Record],
    edges: list[Record],
    meta: dict[str, Any],
    options: dict[str, Any],
    notice: str = "",
    extra: Mapping[str, Any] | None = None,
) -> Path:
    """Assemble the vis-network page (data, legend, filters) and write it."""
    page = fill(
        assets.own("network.html"),
        title=text(title),
        vis_css=assets.vis_css(),
        map_css=assets.own("map.css"),
        notice=notice,
        **vis_controls(nodes, edges),
        data=json_script(vis_payload(title, nodes, edges, meta, options, extra), "ag-data"),
        vis_js=assets.vis_js(),
        map_js=assets.own("map.js"),
    )
    return write_page(out, page)


def vis_payload(
    title: str,
    nodes: list[Record],
    edges: list[Record],
    meta: dict[str, Any],
    options: dict[str, Any],
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The ``ag-data`` block that ``map.js`` draws."""
    return {
        "meta": {"title": title, "nodes": len(nodes), "edges": len(edges), **meta},
        "nodes": nodes,
        "edges": edges,
        "options": options,
        **(extra or {}),
    }


def vis_controls(nodes: list[Record], edges: list[Record]) -> dict[str, str]:
    """The filters, edge filters and legend of a vis page, as HTML."""
    node_items, edge_items = legend(nodes, edges)
    weak = any(e.get("weak") for e in edges)
    return {
        "filters": filters_html(node_items),
        "edge_filters": edge_filters_html(edges),
        "legend": legend_html(node_items, edge_items, weak),
    }


def filters_html(node_items: list[tuple[str, str, str]]) -> str:
    return "".join(
        f'<label><input type="checkbox" checked data-type="{text(t)}"> {text(t)}</label>'
        for t, _, _ in node_items
    )


def edge_filters_html(edges: list[Record]) -> str:
    """Date-range and place controls, when edges say where and when (meetings)."""
    days = sorted(d for e in edges if e.get("days") for d in e["days"])
    places = sorted({e["place"] for e in edges if e.get("place")}, key=str.casefold)
    if not days and not places:
        return ""
    parts = ['<span id="ag-edge-filters" role="group" aria-label="Edges shown">']
    if days:
        bounds = f'min="{text(days[0])}" max="{text(days[-1])}"'
        parts.append(
            f'<label>From <input type="date" id="ag-since" {bounds}></label> '
            f'<label>to <input type="date" id="ag-until" {bounds}></label>'
        )
    if places:
        options = "".join(f'<option value="{text(p)}">{text(p)}</option>' for p in places)
        parts.append(
            '<label>Place <select id="ag-place"><option value="">all places</option>'
            f"{options}</select></label>"
        )
    return "".join(parts) + "</span>"


WEAK_LEGEND = (
    '<li><span class="ag-line ag-solid"></span>solid: corroborated, or one graded source</li>'
    '<li><span class="ag-line ag-weak"></span>dashed, faded: low credibility (4-6), or one '
    "source of unknown reliability</li>"
)


def legend_html(
    node_items: list[tuple[str, str, str]], edge_items: list[tuple], weak: bool = False
) -> str:
    rows = [
        f'<li><span class="ag-sym ag-{text(shape)}" style="--c:{text(colour)}"></span>'
        f"{text(t)}</li>"
        for t, colour, shape in node_items
    ]
    rows += [
        f'<li><span class="ag-line" style="--c:{text(colour)}">{"" if sym else "&#9654;"}</span>'
        f"{text(t)}</li>"
        for t, colour, sym in edge_items
    ]
    return "<ul>" + "".join(rows) + (WEAK_LEGEND if weak else "") + "</ul>"
