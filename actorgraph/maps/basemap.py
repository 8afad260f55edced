"""Country outlines under the places map, offline: Natural Earth 1:110m from world-atlas.

``assets/countries-110m.json`` is the TopoJSON of the npm package ``world-atlas`` 2.0.2
(public-domain Natural Earth data; see ``countries-110m.NOTICE.txt``). Arcs are quantized
and delta-encoded; a ring lists arc indices, ``~i`` (that is ``-i - 1``) meaning arc ``i``
reversed, and consecutive arcs share their joining point.

>>> world = countries()
>>> len(world) > 170 and any(c.name == "Syria" for c in world)
True
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from actorgraph.maps import assets

Point = tuple[float, float]
Ring = list[Point]
Box = tuple[float, float, float, float]  # lon min, lat min, lon max, lat max


@dataclass(frozen=True)
class Country:
    name: str
    rings: tuple[tuple[Point, ...], ...]  # outer rings and holes, lon/lat

    def box(self) -> Box:
        lons = [p[0] for ring in self.rings for p in ring]
        lats = [p[1] for ring in self.rings for p in ring]
        return min(lons), min(lats), max(lons), max(lats)


@cache
def countries() -> tuple[Country, ...]:
    """Every country of the 1:110m outlines, with its name."""
    topology = json.loads(assets.own("countries-110m.json"))
    arcs = decode_arcs(topology["arcs"], topology["transform"])
    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = _polygons(geometry)
        rings = tuple(tuple(ring_points(ring, arcs)) for polygon in polygons for ring in polygon)
        if rings:
            out.append(Country(str(geometry.get("properties", {}).get("name", "")), rings))
    return tuple(out)


def _polygons(geometry: dict) -> list[list[list[int]]]:
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return geometry["arcs"]
    return []


def decode_arcs(arcs: Sequence[Sequence[Sequence[int]]], transform: dict) -> list[Ring]:
    """Quantized, delta-encoded arcs to lon/lat points."""
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    decoded = []
    for arc in arcs:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def ring_points(ring: Sequence[int], arcs: list[Ring]) -> Ring:
    points: Ring = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def outlines(extent: Box, project: Callable[[Point], Point]) -> list[dict]:
    """Countries touching ``extent``, projected: ``{"name", "rings": [[x, y, x, y, ...]],
    "label": [x, y]}`` with coordinates rounded to a tenth of a pixel."""
    out = []
    for country in countries():
        if not _touches(country.box(), extent):
            continue
        rings = [_flat(ring, project) for ring in country.rings]
        biggest = max(country.rings, key=lambda r: abs(_area(r)))
        out.append(
            {"name": country.name, "rings": rings, "label": _rounded(project(_centroid(biggest)))}
        )
    return out


def _touches(a: Box, b: Box) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _flat(ring: Sequence[Point], project: Callable[[Point], Point]) -> list[float]:
    flat: list[float] = []
    for point in ring:
        x, y = _rounded(project(point))
        if flat[-2:] != [x, y]:
            flat += [x, y]
    return flat


def _rounded(p: Point) -> list[float]:
    return [round(p[0], 1), round(p[1], 1)]


def _area(ring: Sequence[Point]) -> float:
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:], strict=False)) / 2


def _centroid(ring: Sequence[Point]) -> Point:
    """Area centroid of a ring (its vertex mean if the ring has no area)."""
    area = _area(ring)
    if abs(area) < 1e-9:
        return sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)
    cx = cy = 0.0
    for a, b in zip(ring, ring[1:], strict=False):
        cross = a[0] * b[1] - b[0] * a[1]
        cx += (a[0] + b[0]) * cross
        cy += (a[1] + b[1]) * cross
    return cx / (6 * area), cy / (6 * area)
