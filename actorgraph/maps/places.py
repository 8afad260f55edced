"""The place view: places fixed by longitude/latitude, their meetings and people around them.

No map tiles (the page is offline): a light lon/lat grid is drawn under the graph, in an
equirectangular projection with longitude scaled by the cosine of the middle latitude.
Positions, all computed here (physics is off):

* a ``Place`` with numeric ``lat``/``lon``: its projected point, fixed;
* an ``Event`` linked (any direction, any edge type, e.g. ``AT``) to such a place: on a ring
  around the place (the first such place by id);
* any other node linked to placed nodes: near the centroid of those (three passes, so a
  leader of a participating organization lands near the meeting too);
* the rest (places without coordinates, unlinked actors): in rows under the map, stated on
  the page.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Hashable
from pathlib import Path

import networkx as nx

from actorgraph.maps.network import MapStats, omitted_notice, vis_options, write_vis_page
from actorgraph.maps.visdata import edge_records, influence, node_record, node_type

GEO_WIDTH = 900.0  # pixels for the larger side of the places' extent
MIN_SPAN = 0.5  # degrees: one place, or places close together, still get a sensible scale
RING, RING_STEP, PER_RING = 70.0, 30.0, 12
NEAR = 45.0
NODE_SCALE = 0.6  # smaller nodes: places are crowded where events happen
ROW_GAP, ROW_WIDTH = 90.0, 20
GRID_STEPS = (0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30)

Point = tuple[float, float]


def render_places(g: nx.Graph, out: Path, *, title: str) -> MapStats:
    """Write the place view of ``g`` (same input contract as ``render_network``)."""
    score = influence(g)
    nodes = [node_record(n, g.nodes[n], score[n]) for n in g]
    edges = edge_records(g, set(g))
    geo = located_places(g)
    grid = projection(list(geo.values()))
    pos = {n: project(lonlat, grid) for n, lonlat in geo.items()}
    ring_events(g, pos)
    near_neighbours(g, pos)
    unplaced = [n for n in g if n not in pos]
    in_rows(unplaced, pos)
    for rec, n in zip(nodes, g, strict=True):
        rec["x"], rec["y"] = (round(c, 1) for c in pos[n])
        rec["size"] = round(rec["size"] * NODE_SCALE, 1)
        if n in geo:
            rec["fixed"] = {"x": True, "y": True}
    meta = {"physics": False, "omitted": 0, "omittedEdges": 0, "unplaced": len(unplaced)}
    options = vis_options(False, len(edges))
    notice = omitted_notice(g.graph.get("omitted")) + unplaced_notice(len(unplaced), len(geo))
    write_vis_page(out, title, nodes, edges, meta, options, notice, {"grid": grid_spec(grid, geo)})
    return MapStats(len(nodes), len(edges), 0, out, 0, "geo")


def located_places(g: nx.Graph) -> dict[Hashable, Point]:
    """``{place: (lon, lat)}`` for places with valid coordinates."""
    out = {}
    for n, attrs in g.nodes(data=True):
        lat, lon = attrs.get("lat"), attrs.get("lon")
        located = node_type(n, attrs) == "Place" and _number(lat) and _number(lon)
        if located and -90 <= lat <= 90 and -180 <= lon <= 180:
            out[n] = (float(lon), float(lat))
    return out


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def projection(points: list[Point]) -> dict[str, float]:
    """Centre and pixels-per-degree (``kx`` for longitude, ``ky`` for latitude)."""
    if not points:
        return {"lon0": 0.0, "lat0": 0.0, "kx": 1.0, "ky": 1.0}
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    lon0, lat0 = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
    coslat = max(math.cos(math.radians(lat0)), 0.1)
    span = max((max(lons) - min(lons)) * coslat, max(lats) - min(lats), MIN_SPAN)
    k = GEO_WIDTH / span
    return {"lon0": lon0, "lat0": lat0, "kx": k * coslat, "ky": k}


def project(lonlat: Point, proj: dict[str, float]) -> Point:
    lon, lat = lonlat
    return (lon - proj["lon0"]) * proj["kx"], -(lat - proj["lat0"]) * proj["ky"]


def ring_events(g: nx.Graph, pos: dict[Hashable, Point]) -> None:
    """Put each event linked to a located place on rings around that place."""
    around: dict[Hashable, int] = {}
    places = set(pos)
    for n, attrs in g.nodes(data=True):
        if node_type(n, attrs) != "Event" or n in pos:
            continue
        linked = sorted((p for p in _neighbours(g, n) if p in places), key=str)
        if linked:
            i = around.get(linked[0], 0)
            around[linked[0]] = i + 1
            angle = 2 * math.pi * (i % PER_RING) / PER_RING + 0.3 * (i // PER_RING)
            radius = RING + RING_STEP * (i // PER_RING)
            px, py = pos[linked[0]]
            pos[n] = (px + radius * math.cos(angle), py + radius * math.sin(angle))


def near_neighbours(g: nx.Graph, pos: dict[Hashable, Point], passes: int = 3) -> None:
    """Place linked nodes near the centroid of their placed neighbours (not placeless places)."""
    for _ in range(passes):
        new = {}
        for n, attrs in g.nodes(data=True):
            if n in pos or node_type(n, attrs) == "Place":
                continue
            placed = [pos[m] for m in _neighbours(g, n) if m in pos and m != n]
            if placed:
                new[n] = _offset(n, _centroid(placed))
        if not new:
            return
        pos.update(new)


def _neighbours(g: nx.Graph, n: Hashable) -> set[Hashable]:
    if g.is_directed():
        return set(g.successors(n)) | set(g.predecessors(n))
    return set(g.neighbors(n))


def _centroid(points: list[Point]) -> Point:
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)


def _offset(n: Hashable, centre: Point) -> Point:
    """A stable point at ``NEAR`` pixels from ``centre``, in a direction set by the id."""
    angle = (zlib.crc32(str(n).encode("utf-8", "replace")) % 3600) / 3600 * 2 * math.pi
    return centre[0] + NEAR * math.cos(angle), centre[1] + NEAR * math.sin(angle)


def in_rows(unplaced: list[Hashable], pos: dict[Hashable, Point]) -> None:
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    left, top = min(xs), max(ys) + 3 * ROW_GAP
    for i, n in enumerate(unplaced):
        pos[n] = (left + ROW_GAP * (i % ROW_WIDTH), top + ROW_GAP * (i // ROW_WIDTH))


def grid_spec(proj: dict[str, float], geo: dict[Hashable, Point]) -> dict[str, float] | None:
    """Lon/lat lines for the page to draw: a round step, one step beyond the places."""
    if not geo:
        return None
    lons = [p[0] for p in geo.values()]
    lats = [p[1] for p in geo.values()]
    span = max(max(lons) - min(lons), max(lats) - min(lats), MIN_SPAN)
    step = next((s for s in GRID_STEPS if span / s <= 8), GRID_STEPS[-1])
    return {
        **proj,
        "step": step,
        "lonMin": math.floor(min(lons) / step) * step - step,
        "lonMax": math.ceil(max(lons) / step) * step + step,
        "latMin": math.floor(min(lats) / step) * step - step,
        "latMax": math.ceil(max(lats) / step) * step + step,
    }


def unplaced_notice(unplaced: int, located: int) -> str:
    if not unplaced:
        return ""
    return (
        f'<p class="ag-omitted" id="ag-unplaced">{located:,} places have coordinates; '
        f"{unplaced:,} nodes have no position from coordinates (places without lat/lon, or "
        f"nothing linking them to a located place) and are shown in rows under the map.</p>"
    )
