"""Fetch parts of the graph as networkx graphs (for maps and influence), with every edge's
sources: the evidence sentences with their report's title, date, url and grades.

Both engines answer the same plain queries, so the networkx side computes the same
rankings whichever engine holds the graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from actorgraph.graph import scores
from actorgraph.graph.store import FIELD_SEP as SEP
from actorgraph.graph.store import GraphStore
from actorgraph.schema import SCHEMA

NODE = "{prefix}.id AS {prefix}_id, {prefix}.name AS {prefix}_name, {prefix}.type AS {prefix}_type"
LINK_FIELDS = (
    "type(r) AS type, r.count AS count, r.credibility AS credibility, "
    "r.reliability AS reliability, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen"
)
SOURCE_FIELDS = "r.evidence AS evidence, r.evidenceReports AS evidenceReports"
EDGE_FIELDS = f"{LINK_FIELDS}, {SOURCE_FIELDS}"
ALL_EDGES = f"""
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types
RETURN {NODE.format(prefix="a")}, {NODE.format(prefix="b")}, {{fields}}
"""
# one string per link (one cell to decode instead of one per field: decoding is most of the
# time of a large read); the first four fields are LINKS', the rest the link's details
PACKED = "a.id + $sep + b.id + $sep + type(r) + $sep + toString(coalesce(r.count, 0))"
LINKS = f"""
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types
RETURN {PACKED} AS link
"""
DETAILS = " + $sep + ".join(
    f"coalesce(toString(r.{key}), '')"
    for key in ("credibility", "reliability", "firstSeen", "lastSeen")
)
BETWEEN = f"""
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
RETURN {PACKED} + $sep + {DETAILS} AS link, {SOURCE_FIELDS}
"""
AROUND_LINKS = f"""
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $ids AND type(r) IN $types
WITH startNode(r) AS a, r, endNode(r) AS b
RETURN {PACKED} AS link
"""
NAMED = ("name", "type")  # what the influence map shows of an entity
DESCRIBED = (*NAMED, "aliases", "lat", "lon", "countryCode")  # all that NODES reads
SEEN = ("firstSeen", "lastSeen")
AROUND = f"""
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $ids AND type(r) IN $types
WITH startNode(r) AS a, r, endNode(r) AS b
RETURN {NODE.format(prefix="a")}, {NODE.format(prefix="b")}, {{fields}}
"""
REPORTS = """
MATCH (r:Report) WHERE r.id IN $ids
RETURN r.id AS id, r.title AS title, r.date AS date, r.url AS url, r.reliability AS reliability
"""
NODES = """
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, n.type AS type, n.aliases AS aliases, n.lat AS lat,
       n.lon AS lon, n.countryCode AS countryCode
"""


def relation_types(types: Iterable[str] | None = None) -> list[str]:
    """Validated relation types (default: every relation of the schema)."""
    chosen = list(types or SCHEMA.relations)
    return [SCHEMA.rel_type(t) for t in chosen]


def network(
    store: GraphStore, types: Iterable[str] | None = None, with_sources: bool = True
) -> nx.MultiDiGraph:
    """Every entity linked by one of ``types``; without the links' sources (sentences and
    reports, most of what is read) when ``with_sources`` is false: :func:`add_sources`
    adds them to the links that are drawn."""
    fields = EDGE_FIELDS if with_sources else LINK_FIELDS
    rows = store.read(ALL_EDGES.format(fields=fields), {"types": relation_types(types)})
    return build(store, rows)


def links(store: GraphStore, types: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """Every entity linked by one of ``types`` and those links, as influence reads them: ids,
    types and counts only, in :func:`network`'s order (the cached scores depend on it);
    :func:`describe` adds names, details and sources to the part a map draws."""
    rows = store.read(LINKS, {"types": relation_types(types), "sep": SEP})
    return linked(packed(row) for row in rows)


def packed(row: dict[str, Any]) -> dict[str, Any]:
    """A link read as one string (``LINKS``, ``AROUND_LINKS``) as the fields of a row."""
    a, b, key, count = row["link"].split(SEP)
    return {"a_id": a, "b_id": b, "type": key, "count": int(count)}


def linked(rows: Iterable[dict[str, Any]]) -> nx.MultiDiGraph:
    """The graph of :func:`build` without names and link details: ids, types and counts."""
    graph = nx.MultiDiGraph()
    for row in rows:
        a, b, key = row["a_id"], row["b_id"], row["type"]
        graph.add_node(a)
        graph.add_node(b)
        if not graph.has_edge(a, b, key):
            graph.add_edge(a, b, key=key, type=key, count=row["count"])
    return graph


def describe(
    store: GraphStore,
    graph: nx.MultiDiGraph,
    ids: Iterable[str],
    types: Iterable[str] | None,
    fields: Sequence[str] = NAMED,
) -> None:
    """The ``fields`` of the entities ``ids`` of ``graph`` (those without a name), and the
    details and sources of the links among them."""
    chosen = sorted(ids)
    _node_details(store, graph, [n for n in chosen if "name" not in graph.nodes[n]], fields)
    params = {"ids": chosen, "types": relation_types(types), "sep": SEP}
    rows = [unpacked(row) for row in store.read(BETWEEN, params)]
    reports = report_details(store, {rid for row in rows for rid in row["evidenceReports"] or []})
    for row in rows:
        key = (row["a_id"], row["b_id"], row["type"])
        if graph.has_edge(*key):
            details = {k: row[k] for k in ("count", "credibility", "reliability", *SEEN)}
            graph.edges[key].update(details, sources=sources(row, reports))


def unpacked(row: dict[str, Any]) -> dict[str, Any]:
    """A link read by ``BETWEEN`` as the fields :func:`build` and :func:`sources` read."""
    a, b, key, count, credibility, reliability, first, last = row["link"].split(SEP)
    return {
        "a_id": a, "b_id": b, "type": key, "count": int(count),
        "credibility": int(credibility) if credibility else None,
        "reliability": reliability or None, "firstSeen": first or None, "lastSeen": last or None,
        "evidence": row["evidence"], "evidenceReports": row["evidenceReports"],
    }  # fmt: skip


def ego(
    store: GraphStore,
    centre: str,
    depth: int = 1,
    types: Iterable[str] | None = None,
    with_sources: bool = True,
) -> nx.MultiDiGraph:
    """The entities within ``depth`` hops (1-3) of ``centre`` and the links among them;
    without their sources unless ``with_sources``, and then read as :func:`links` reads
    them (ids, types and counts; the centre described): see :func:`describe`."""
    depth = max(1, min(int(depth), 3))
    if with_sources:
        graph = build(
            store, _around(store, centre, depth, types, AROUND.format(fields=EDGE_FIELDS))
        )
        graph.add_node(centre)
        _node_details(store, graph, list(graph.nodes))
        return graph
    graph = linked(_around(store, centre, depth, types, AROUND_LINKS))
    graph.add_node(centre)
    _node_details(store, graph, [centre])
    return graph


def _around(
    store: GraphStore, centre: str, depth: int, types: Iterable[str] | None, query: str
) -> list[dict[str, Any]]:
    """The links of ``query`` (``AROUND`` or ``AROUND_LINKS``) up to ``depth`` hops out."""
    frontier, seen, rows = {centre}, {centre}, []
    for _ in range(depth):
        params = {"ids": sorted(frontier), "types": relation_types(types), "sep": SEP}
        found = [packed(r) if "link" in r else r for r in store.read(query, params)]
        rows += found
        reached = {r["a_id"] for r in found} | {r["b_id"] for r in found}
        frontier = reached - seen
        seen |= reached
    return rows


def build(store: GraphStore, rows: Sequence[dict[str, Any]]) -> nx.MultiDiGraph:
    """A multigraph with one edge per relation (two relations of a pair both stay)."""
    graph = nx.MultiDiGraph()
    ids = {rid for row in rows for rid in row.get("evidenceReports") or []}
    reports = report_details(store, ids)
    for row in rows:
        for side in ("a", "b"):
            graph.add_node(row[f"{side}_id"], name=row[f"{side}_name"], type=row[f"{side}_type"])
        key = row["type"]
        if graph.has_edge(row["a_id"], row["b_id"], key):
            continue
        graph.add_edge(
            row["a_id"],
            row["b_id"],
            key=key,
            type=key,
            count=row["count"] or 0,
            credibility=row["credibility"],
            reliability=row["reliability"],
            firstSeen=row["firstSeen"],
            lastSeen=row["lastSeen"],
        )
        if "evidence" in row:
            graph.edges[row["a_id"], row["b_id"], key]["sources"] = sources(row, reports)
    return graph


def report_details(store: GraphStore, ids: set[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    return {r["id"]: r for r in store.read(REPORTS, {"ids": sorted(ids)})}


def sources(row: dict[str, Any], reports: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    sources = []
    for sentence, rid in zip(row["evidence"] or [], row["evidenceReports"] or [], strict=False):
        report = reports.get(rid, {})
        sources.append(
            {
                "sentence": sentence,
                "report": rid,
                "title": report.get("title"),
                "date": report.get("date"),
                "url": report.get("url"),
                "reliability": report.get("reliability"),
                "credibility": row["credibility"],
            }
        )
    return sources


def _node_details(
    store: GraphStore, graph: nx.MultiDiGraph, ids: list[str], fields: Sequence[str] = DESCRIBED
) -> None:
    for row in store.read(NODES, {"ids": sorted(ids)}) if ids else []:
        graph.nodes[row["id"]].update({k: row[k] for k in fields})


SAMPLE = 500  # betweenness is estimated from this many pivots on larger graphs


def _betweenness(graph: nx.Graph) -> dict[str, float]:
    """Exact up to SAMPLE nodes, then sampled with a fixed seed (same answer every run);
    networkx's answer, computed by block sparse products (:mod:`actorgraph.graph.brandes`)."""
    from actorgraph.graph.brandes import betweenness

    k = SAMPLE if graph.number_of_nodes() > SAMPLE else None
    return betweenness(graph, k, seed=0)


def influence(graph: nx.MultiDiGraph, cache: Path | None = None) -> dict[str, dict[str, float]]:
    """PageRank, betweenness and degree centrality of every node, and a combined score
    (the mean of the three, each scaled to 0..1); kept in ``cache`` (a folder) per network."""
    if graph.number_of_nodes() == 0:
        return {}
    simple = nx.DiGraph()
    simple.add_nodes_from(graph.nodes)
    for a, b, data in graph.edges(data=True):
        weight = simple.get_edge_data(a, b, {}).get("weight", 0) + max(1, data.get("count") or 1)
        simple.add_edge(a, b, weight=weight)
    key = scores.digest(simple, f"sample={SAMPLE}")
    return scores.cached(cache, key, lambda: _measures(simple))


def _measures(simple: nx.DiGraph) -> dict[str, dict[str, float]]:
    undirected = simple.to_undirected()  # one copy for both (a copy costs as much as degree)
    measures = {
        "pagerank": nx.pagerank(simple, weight="weight"),
        "betweenness": _betweenness(undirected),
        "degree": nx.degree_centrality(undirected),
    }
    peaks = {name: max(values.values()) or 1.0 for name, values in measures.items()}
    return {
        node: {
            **{name: measures[name][node] for name in measures},
            "score": sum(measures[n][node] / peaks[n] for n in measures) / len(measures),
        }
        for node in simple.nodes
    }
