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

from actorgraph.maps.basemap import outlines
from actorgraph.maps.network import MapStats, omitted_notice, vis_options, write_vis_page
from actorgraph.maps.visdata import edge_records, influence, node_record, node_type
from actorgraph.schema import SCHEMA

GEO_WIDTH = 900.0  # pixels for the larger side of the places' extent, at least
MIN_GAP, MAX_WIDTH = 150.0, 3000.0  # pixels between neighbouring places, if the width allows
LABEL_MIN, LABEL_GROWTH = 13, 6  # label font px: the geography, not the names, fills the map
MIN_SPAN = 0.5  # degrees: one place, or places close together, still get a sensible scale
RING, RING_STEP, PER_RING = 70.0, 30.0, 12
NEAR = 45.0
NODE_SCALE = 0.6  # smaller nodes: places are crowded where events happen
ROW_GAP, ROW_WIDTH = 90.0, 20
GRID_STEPS = (0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30)
SPREAD, SPREAD_ROUNDS, SPRING = 42.0, 60, 0.05  # pixels between nodes; rounds; pull home

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
    anchors = dict(pos)
    spread(pos, anchors, set(geo))
    unplaced = [n for n in g if n not in pos]
    in_rows(unplaced, pos)
    for rec, n in zip(nodes, g, strict=True):
        rec["x"], rec["y"] = (round(c, 1) for c in pos[n])
        rec["size"] = round(rec["size"] * NODE_SCALE, 1)
        rec["font"] = {"size": round(LABEL_MIN + LABEL_GROWTH * score[n])}
        if n in geo:
            rec["fixed"] = {"x": True, "y": True}
    for rec in edges:  # structural links (AT, PARTICIPATED_IN) speak in their tooltips only
        if rec["type"] in SCHEMA.structural:
            rec["label"] = ""
    meta = {"physics": False, "omitted": 0, "omittedEdges": 0, "unplaced": len(unplaced)}
    options = vis_options(False, len(edges))
    notice = omitted_notice(g.graph.get("omitted")) + unplaced_notice(len(unplaced), len(geo))
    extra = {"grid": grid_spec(grid, geo), "basemap": basemap_spec(grid, geo)}
    write_vis_page(out, title, nodes, edges, meta, options, notice, extra)
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
    gap = nearest_gap(points, coslat)
    k = max(GEO_WIDTH / span, min(MIN_GAP / gap, MAX_WIDTH / span) if gap else 0.0)
    return {"lon0": lon0, "lat0": lat0, "kx": k * coslat, "ky": k}


def nearest_gap(points: list[Point], coslat: float) -> float:
    """Median distance (degrees) from a place to the nearest other place, 0 if none."""
    distinct = sorted(set(points))
    gaps = []
    for i, (lon, lat) in enumerate(distinct):
        others = (
            math.hypot((lon - o[0]) * coslat, lat - o[1]) for o in distinct[:i] + distinct[i + 1 :]
        )
        gaps.append(min(others, default=0.0))
    return sorted(gaps)[len(gaps) // 2] if gaps else 0.0


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
                new[n] = _offset(n, _medoid(placed))
        if not new:
            return
        pos.update(new)


def _neighbours(g: nx.Graph, n: Hashable) -> set[Hashable]:
    if g.is_directed():
        return set(g.successors(n)) | set(g.predecessors(n))
    return set(g.neighbors(n))


def _medoid(points: list[Point]) -> Point:
    """The point nearest to all the others: among its neighbours, never in the empty middle."""
    return min(points, key=lambda p: (sum(math.dist(p, q) for q in points), p))


def spread(pos: dict[Hashable, Point], anchors: dict[Hashable, Point], fixed: set) -> None:
    """Push nodes closer than ``SPREAD`` apart, each held by a spring to its anchor.

    Fixed nodes (located places) push but never move. Pairs are found through a grid of
    ``SPREAD``-sized cells, so a round costs about the number of nodes.
    """
    movable = sorted((n for n in pos if n not in fixed), key=str)
    for _ in range(SPREAD_ROUNDS):
        moved = _repel(pos, set(movable))
        for n in movable:
            (x, y), (ax, ay) = pos[n], anchors[n]
            pos[n] = (x + SPRING * (ax - x), y + SPRING * (ay - y))
        if not moved:
            return


def _repel(pos: dict[Hashable, Point], movable: set) -> bool:
    cells: dict[tuple[int, int], list[Hashable]] = {}
    for n, (x, y) in pos.items():
        cells.setdefault((math.floor(x / SPREAD), math.floor(y / SPREAD)), []).append(n)
    moved = False
    for (cx, cy), members in cells.items():
        near = [
            m for dx in (-1, 0, 1) for dy in (-1, 0, 1) for m in cells.get((cx + dx, cy + dy), ())
        ]
        for a in members:
            for b in near:
                if str(a) < str(b) and (a in movable or b in movable):
                    moved |= _push_apart(pos, a, b, movable)
    return moved


def _push_apart(pos: dict[Hashable, Point], a: Hashable, b: Hashable, movable: set) -> bool:
    (ax, ay), (bx, by) = pos[a], pos[b]
    d = math.dist((ax, ay), (bx, by))
    if d >= SPREAD:
        return False
    if d < 1e-6:  # same point: a direction from the ids
        angle = (zlib.crc32(f"{a}|{b}".encode("utf-8", "replace")) % 3600) / 3600 * 2 * math.pi
        ux, uy, d = math.cos(angle), math.sin(angle), 0.0
    else:
        ux, uy = (bx - ax) / d, (by - ay) / d
    share_a = 0.5 if a in movable and b in movable else (1.0 if a in movable else 0.0)
    gap = SPREAD - d
    pos[a] = (ax - ux * gap * share_a, ay - uy * gap * share_a)
    pos[b] = (bx + ux * gap * (1 - share_a), by + uy * gap * (1 - share_a))
    return True


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


def basemap_spec(proj: dict[str, float], geo: dict[Hashable, Point]) -> list[dict] | None:
    """Country outlines around the places (a margin of half their span, at least 10 degrees)."""
    if not geo:
        return None
    lons, lats = [p[0] for p in geo.values()], [p[1] for p in geo.values()]
    margin = max(max(lons) - min(lons), max(lats) - min(lats), 20.0) / 2
    extent = (min(lons) - margin, min(lats) - margin, max(lons) + margin, max(lats) + margin)
    return outlines(extent, lambda p: project(p, proj))


def unplaced_notice(unplaced: int, located: int) -> str:
    if not unplaced:
        return ""
    return (
        f'<p class="ag-omitted" id="ag-unplaced">{located:,} places have coordinates; '
        f"{unplaced:,} nodes have no position from coordinates (places without lat/lon, or "
        f"nothing linking them to a located place) and are shown in rows under the map.</p>"
    )
