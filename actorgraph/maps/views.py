"""Map views: fetch what a map shows from a store, rank it, and render it.

The renderers (``network``, ``places``, ``timeline``) never read the database; this module is
the one place that does, through :mod:`actorgraph.graph.subgraph` and plain Cypher.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from actorgraph.errors import QueryError
from actorgraph.graph import scores, subgraph
from actorgraph.graph.store import GraphStore
from actorgraph.maps import visdata
from actorgraph.maps.dossier import Dossier, DossierStats, render_dossier
from actorgraph.maps.network import MapStats, render_network, top_nodes
from actorgraph.maps.places import render_places
from actorgraph.maps.timeline import render_timeline
from actorgraph.schema import SCHEMA

MEETING_KINDS = [k for k in SCHEMA.event_kinds if SCHEMA.event_is_meeting(k)]
EVENTS = """
MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event)
WHERE e.kind IN $kinds AND ($since IS NULL OR e.date >= $since)
  AND ($until IS NULL OR e.date <= $until)
  AND ($actor IS NULL OR (:Entity {id: $actor})-[:PARTICIPATED_IN]->(e))
OPTIONAL MATCH (e)-[:AT]->(p:Place)
RETURN a.id AS actor, a.name AS actor_name, a.type AS actor_type, e.id AS event,
       e.kind AS kind, e.date AS date, e.evidence AS evidence,
       e.evidenceReports AS evidenceReports, e.credibility AS credibility, e.count AS count,
       p.id AS place, p.name AS place_name, p.lat AS lat, p.lon AS lon
"""


def _scored(graph: nx.MultiDiGraph, cache: Path | None = None) -> nx.MultiDiGraph:
    for node, values in subgraph.influence(graph, cache).items():
        graph.nodes[node]["score"] = values["score"]
    return graph


def influence(store: GraphStore, out: Path, types: Iterable[str] | None = None,
              max_nodes: int = 1500) -> MapStats:  # fmt: skip
    """The whole network (or the chosen relation types), sized by influence."""
    graph = _drawn(store, subgraph.links(store, types), max_nodes, types)
    return render_network(graph, out, title="Influence network", max_nodes=max_nodes)


def ego(store: GraphStore, out: Path, actor: str, depth: int = 1,
        types: Iterable[str] | None = None, max_nodes: int = 1500) -> MapStats:  # fmt: skip
    """An actor's neighbourhood up to ``depth`` hops (the ``max_nodes`` most influential)."""
    graph = subgraph.ego(store, actor, depth, types, with_sources=False)
    graph = _drawn(store, graph, max_nodes, types, subgraph.DESCRIBED)
    name = graph.nodes[actor].get("name", actor) if actor in graph else actor
    return render_network(graph, out, title=f"{name}: network to depth {depth}",
                          max_nodes=max_nodes)  # fmt: skip


def _drawn(store: GraphStore, graph: nx.MultiDiGraph, max_nodes: int,
           types: Iterable[str] | None,
           fields: Sequence[str] = subgraph.NAMED) -> nx.MultiDiGraph:  # fmt: skip
    """Links read without their sources, scored (the scores kept per network in the data
    folder); only the ``max_nodes`` most influential entities (as the renderer keeps them)
    get their ``fields``, and the links drawn among them their details and sources."""
    _scored(graph, scores.folder_of(store))
    kept = top_nodes(visdata.influence(graph), max_nodes)
    subgraph.describe(store, graph, kept, types, fields)
    return graph


def paths(store: GraphStore, out: Path, source: str, target: str, max_hops: int = 4,
          types: Iterable[str] | None = None) -> MapStats:  # fmt: skip
    """Every shortest path (up to ``max_hops``) between two actors, with its edges."""
    whole = subgraph.network(store, types)
    plain = nx.Graph(whole)
    if source not in plain or target not in plain:
        raise QueryError("no path: one of the two actors has no links")
    try:
        found = list(nx.all_shortest_paths(plain, source, target))
    except nx.NetworkXNoPath:
        raise QueryError("no path between the two actors") from None
    if len(found[0]) - 1 > max_hops:
        raise QueryError(f"no path of {max_hops} hops or fewer (shortest: {len(found[0]) - 1})")
    nodes = {n for p in found for n in p}
    keep = {(a, b) for p in found for a, b in zip(p, p[1:], strict=False)}
    graph = whole.subgraph(nodes).copy()
    graph.remove_edges_from([(a, b, k) for a, b, k in graph.edges(keys=True)
                             if (a, b) not in keep and (b, a) not in keep])  # fmt: skip
    names = [whole.nodes[n].get("name", n) for n in (source, target)]
    return render_network(_scored(graph), out, title=f"Paths: {names[0]} - {names[1]}")


def meeting_rows(store: GraphStore, actor: str | None = None, since: str | None = None,
                 until: str | None = None) -> list[dict[str, Any]]:  # fmt: skip
    params = {"kinds": MEETING_KINDS, "since": since, "until": until, "actor": actor}
    return store.read(EVENTS, params)


def meetings(store: GraphStore, out: Path, actor: str | None = None, since: str | None = None,
             until: str | None = None) -> MapStats:  # fmt: skip
    """Who met whom: one MET_WITH edge per pair and meeting, with the meeting's sources."""
    rows = meeting_rows(store, actor, since, until)
    graph = nx.MultiDiGraph()
    by_event: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        graph.add_node(row["actor"], name=row["actor_name"], type=row["actor_type"])
        by_event.setdefault(row["event"], []).append(row)
    reports = subgraph.report_details(
        store, {r for row in rows for r in row["evidenceReports"] or []}
    )
    for event, members in by_event.items():
        ids = sorted({m["actor"] for m in members})
        sources = subgraph.sources(members[0], reports)
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                graph.add_edge(a, b, key=event, type="MET_WITH", sources=sources,
                               count=members[0]["count"] or 1, place=members[0]["place_name"],
                               date=members[0]["date"])  # fmt: skip
    return render_network(_scored(graph), out, title="Meetings: who met whom")


def places(store: GraphStore, out: Path, actor: str | None = None, since: str | None = None,
           until: str | None = None) -> MapStats:  # fmt: skip
    """Meetings around the places where they happened (places by coordinates)."""
    graph = nx.MultiDiGraph()
    for row in meeting_rows(store, actor, since, until):
        graph.add_node(row["actor"], name=row["actor_name"], type=row["actor_type"])
        graph.add_node(row["event"], name=f"{row['kind']} {row['date'] or ''}".strip(),
                       type="Event", kind=row["kind"], date=row["date"])  # fmt: skip
        graph.add_edge(row["actor"], row["event"], key="PARTICIPATED_IN", type="PARTICIPATED_IN")
        if row["place"]:
            graph.add_node(row["place"], name=row["place_name"], type="Place", lat=row["lat"],
                           lon=row["lon"])  # fmt: skip
            graph.add_edge(row["event"], row["place"], key="AT", type="AT")
    return render_places(graph, out, title="Meetings by place")


def timeline(store: GraphStore, out: Path, actor: str) -> MapStats:
    """An actor's events by date (the library's ``timeline`` query)."""
    from actorgraph.queries import run_query

    rows = run_query(store, "timeline", actor=actor)
    events = [
        {"date": r["date"], "kind": r["kind"], "place": r["place"], "participants": r["others"],
         "sentence": r["evidence"], "title": (r["report_titles"] or [None])[0]}
        for r in rows
    ]  # fmt: skip
    name = store.read("MATCH (n:Entity {id: $id}) RETURN n.name AS name", {"id": actor})
    title = f"Timeline: {name[0]['name'] if name else actor}"
    return render_timeline(events, out, title=title)


ACTOR = """
MATCH (n:Entity {id: $id}) RETURN n.id AS id, n.name AS name, n.type AS type, n.aliases AS aliases
"""
EVENT_SOURCES = """
MATCH (:Entity {id: $actor})-[:PARTICIPATED_IN]->(e:Event)
RETURN e.id AS event, e.evidence AS evidence, e.evidenceReports AS evidenceReports
"""


def dossier(store: GraphStore, out: Path, actor: str) -> DossierStats:
    """One page on ``actor``: timeline, ego map, meetings and every source behind them."""
    from actorgraph.queries import run_query

    found = store.read(ACTOR, {"id": actor})
    if not found:
        raise QueryError(f"no entity with id {actor}")
    cited = {r["event"]: r for r in store.read(EVENT_SOURCES, {"actor": actor})}
    rows = run_query(store, "timeline", actor=actor)
    events = [dossier_event(r, cited.get(r["event_id"], {})) for r in rows]
    network = _scored(subgraph.ego(store, actor, 1))
    said = quoted(cited.values(), network)
    reports = subgraph.report_details(store, set(said))
    sources = {rid: {**reports.get(rid, {}), "sentences": lines} for rid, lines in said.items()}
    met = meetings_of(meeting_rows(store, actor), actor)
    return render_dossier(Dossier(found[0], events, network, met, sources), out)


def dossier_event(row: dict[str, Any], cited: dict[str, Any]) -> dict[str, Any]:
    return {"date": row["date"], "kind": row["kind"], "place": row["place"],
            "participants": row["others"], "sentence": row["evidence"],
            "title": (row["report_titles"] or [None])[0],
            "reports": cited.get("evidenceReports") or []}  # fmt: skip


def quoted(events: Iterable[dict[str, Any]], network: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Report id -> the sentences the dossier quotes from it (events, then relations)."""
    said: dict[str, list[str]] = {}
    for event in events:
        for sentence, rid in zip(event["evidence"] or [], event["evidenceReports"] or [],
                                 strict=False):  # fmt: skip
            said.setdefault(rid, []).append(sentence)
    for _, _, attrs in network.edges(data=True):
        for source in attrs.get("sources") or []:
            if source.get("report"):
                said.setdefault(source["report"], []).append(source.get("sentence") or "")
    return said


def meetings_of(rows: list[dict[str, Any]], actor: str) -> list[dict[str, Any]]:
    """One row per meeting: when, where, kind, who else took part and its reports."""
    by_event: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_event.setdefault(row["event"], []).append(row)
    out = [
        {"date": m[0]["date"], "place": m[0]["place_name"], "kind": m[0]["kind"],
         "participants": sorted({r["actor_name"] for r in m if r["actor"] != actor}),
         "reports": m[0]["evidenceReports"] or []}
        for m in by_event.values()
    ]  # fmt: skip
    return sorted(out, key=lambda m: (m["date"] is None, m["date"] or "", m["place"] or ""))
