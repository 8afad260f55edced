"""Influence over large networks without waiting: betweenness by block sparse products equals
networkx's (exact and sampled); the scores are kept per network in the data folder and a
write that changes the network is never answered from an old file; only drawn links get
their sources; ``map ego`` honours ``max_nodes``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest

from actorgraph.graph import scores, subgraph
from actorgraph.graph.brandes import betweenness
from actorgraph.graph.falkor import FalkorStore
from actorgraph.maps import views

GRAPHS = {
    "path": nx.path_graph(6),
    "star": nx.star_graph(8),
    "two parts and a self-loop": nx.Graph([(0, 1), (1, 2), (3, 4), (4, 4)]),
    "random": nx.gnm_random_graph(120, 300, seed=3),
    "scale-free": nx.barabasi_albert_graph(400, 2, seed=4),
}


@pytest.mark.parametrize("name", GRAPHS)
@pytest.mark.parametrize("k", [None, 30])
def test_betweenness_equals_networkx(name: str, k: int | None) -> None:
    graph = nx.relabel_nodes(GRAPHS[name], {n: f"n{n}" for n in GRAPHS[name]})
    expected = nx.betweenness_centrality(graph, k=k if k and k < len(graph) else None,
                                         normalized=True, seed=0)  # fmt: skip
    found = betweenness(graph, k, seed=0)
    assert found.keys() == expected.keys()
    assert max(abs(found[n] - expected[n]) for n in graph) < 1e-12
    assert any(v > 0 for v in found.values())


def person(n: int) -> dict[str, str]:
    return {"id": f"person:p{n}", "name": f"Person {n}", "type": "Person"}


LINK = """
UNWIND $links AS l
MERGE (a:Entity:Actor:Person {id: l.a.id}) SET a.name = l.a.name, a.type = l.a.type
MERGE (b:Entity:Actor:Person {id: l.b.id}) SET b.name = l.b.name, b.type = l.b.type
MERGE (a)-[r:SUPPORTS]->(b)
SET r.count = 1, r.reliability = 'B', r.credibility = 2, r.evidence = [l.sentence],
    r.evidenceReports = ['report:r1']
"""


def link(store: FalkorStore, pairs: list[tuple[int, int]]) -> None:
    rows = [{"a": person(a), "b": person(b), "sentence": f"Person {a} backs Person {b}."}
            for a, b in pairs]  # fmt: skip
    store.write(LINK, {"links": rows})
    store.write(
        "MERGE (r:Report {id: 'report:r1'}) SET r.title = 'Test report', r.reliability = 'B'"
    )


def page_data(out: Path) -> dict:
    page = out.read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" id="ag-data">(.*?)</script>', page, re.S)
    assert block
    return json.loads(block.group(1))


def test_scores_are_kept_per_network_and_a_write_changes_them(falkor: FalkorStore,
                                                              tmp_path: Path) -> None:  # fmt: skip
    link(falkor, [(0, i) for i in range(1, 12)] + [(1, 2), (2, 3)])
    folder = scores.folder_of(falkor)
    assert folder is not None and folder.is_relative_to(falkor.home)
    first = views.influence(falkor, tmp_path / "a.html")
    kept = sorted(folder.glob("influence-*.json"))
    assert len(kept) == 1
    views.influence(falkor, tmp_path / "b.html")
    assert sorted(folder.glob("influence-*.json")) == kept  # read back, not recomputed
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    link(falkor, [(12, 13), (13, 0)])  # a write that changes the network
    second = views.influence(falkor, tmp_path / "c.html")
    assert len(list(folder.glob("influence-*.json"))) == 2
    assert second.nodes == first.nodes + 2
    uncached = subgraph.influence(subgraph.network(falkor, with_sources=False))
    drawn = {n["id"]: n for n in page_data(tmp_path / "c.html")["nodes"]}
    top = max(uncached, key=lambda n: uncached[n]["score"])
    assert top == "person:p0" and top in drawn


def test_a_broken_score_file_is_recomputed(falkor: FalkorStore, tmp_path: Path) -> None:
    link(falkor, [(0, 1), (1, 2), (2, 3)])
    views.influence(falkor, tmp_path / "a.html")
    folder = scores.folder_of(falkor)
    assert folder is not None
    for path in folder.glob("influence-*.json"):
        path.write_text("{not json", encoding="utf-8")
    views.influence(falkor, tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_drawn_links_carry_the_same_sources_as_a_full_read(falkor: FalkorStore,
                                                          tmp_path: Path) -> None:  # fmt: skip
    link(falkor, [(0, i) for i in range(1, 30)] + [(1, 2)])
    views.influence(falkor, tmp_path / "capped.html", max_nodes=10)
    data = page_data(tmp_path / "capped.html")
    assert len(data["nodes"]) == 10 and data["edges"]
    whole = subgraph.network(falkor)  # every link with its sources
    for edge in data["edges"]:
        sentence = whole.edges[edge["from"], edge["to"], "SUPPORTS"]["sources"][0]["sentence"]
        assert sentence in edge["title"]


def test_map_ego_honours_max_nodes(falkor: FalkorStore, tmp_path: Path) -> None:
    link(falkor, [(0, i) for i in range(1, 40)])
    small = views.ego(falkor, tmp_path / "small.html", "person:p0", 1, max_nodes=12)
    whole = views.ego(falkor, tmp_path / "whole.html", "person:p0", 1)
    assert (small.nodes, small.omitted) == (12, 28)
    assert (whole.nodes, whole.omitted) == (40, 0)
    assert "person:p0" in {n["id"] for n in page_data(tmp_path / "small.html")["nodes"]}


def test_packed_link_reads_equal_a_full_read(falkor: FalkorStore) -> None:
    link(falkor, [(0, i) for i in range(1, 6)] + [(2, 3), (3, 2)])
    falkor.write(
        "MATCH (:Entity {id: 'person:p0'})-[r]->(:Entity {id: 'person:p1'}) "
        "SET r.count = 3, r.firstSeen = $first, r.lastSeen = $last, r.evidence = $said, "
        "r.evidenceReports = ['report:r1', 'report:r1', 'report:r1']",
        {"first": "2024-01-02", "last": "2024-03", "said": ["One.", "", "Three, <b>x</b>."]},
    )
    falkor.write(
        "MATCH (:Entity {id: 'person:p2'})-[r]->(:Entity {id: 'person:p3'}) "
        "REMOVE r.count, r.credibility, r.reliability, r.evidence, r.evidenceReports"
    )
    whole, packed = subgraph.network(falkor), subgraph.links(falkor)
    assert list(packed.nodes) == list(whole.nodes)
    assert list(packed.edges(keys=True)) == list(whole.edges(keys=True))
    assert scores.digest(nx.DiGraph(packed)) == scores.digest(nx.DiGraph(whole))
    subgraph.describe(falkor, packed, ["person:p0", "person:p1", "person:p2", "person:p3"], None)
    for node in ("person:p0", "person:p1", "person:p2", "person:p3"):
        assert packed.nodes[node] == whole.nodes[node]
    assert "name" not in packed.nodes["person:p4"]  # not drawn: not read
    for a, b in [
        ("person:p0", "person:p1"),
        ("person:p2", "person:p3"),
        ("person:p3", "person:p2"),
    ]:
        assert packed.edges[a, b, "SUPPORTS"] == whole.edges[a, b, "SUPPORTS"]
    assert "sources" not in packed.edges["person:p0", "person:p4", "SUPPORTS"]


def test_packed_ego_reads_equal_a_full_read(falkor: FalkorStore) -> None:
    link(falkor, [(0, i) for i in range(1, 6)] + [(2, 7), (7, 8), (3, 2)])
    falkor.write("MATCH (n:Entity {id: 'person:p7'}) SET n.aliases = ['P7'], n.lat = 1.5")
    whole = subgraph.ego(falkor, "person:p0", 2)
    packed = subgraph.ego(falkor, "person:p0", 2, with_sources=False)
    assert list(packed.nodes) == list(whole.nodes) and "person:p8" not in whole
    assert list(packed.edges(keys=True)) == list(whole.edges(keys=True))
    assert packed.nodes["person:p0"] == whole.nodes["person:p0"]
    subgraph.describe(falkor, packed, list(packed), None, subgraph.DESCRIBED)
    assert dict(packed.nodes(data=True)) == dict(whole.nodes(data=True))
    assert list(packed.edges(keys=True, data=True)) == list(whole.edges(keys=True, data=True))
