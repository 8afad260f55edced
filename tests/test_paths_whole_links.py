"""paths and connecting on FalkorDB search on ids and names only and read whole just the links
of the answer: the same rows as the search that read every link whole, on the query fixture
and on the generated hub graph."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from actorgraph.graph import writer
from actorgraph.graph.falkor import FalkorStore
from actorgraph.queries import bind, compute, get, run_query, shortest
from actorgraph.queries.shortest import shortest_paths

from . import hubgraph
from .test_queries_graph import write_fixture

# The one-layer expansion as it was (commit fc49efa): every link of the frontier read whole.
BEFORE = """
UNWIND $frontier AS fid
MATCH (f:Entity {id: fid})-[r]-(n:Entity)
WHERE type(r) IN $types
  AND r.reliability <= $min_reliability AND r.credibility <= $min_credibility
RETURN f.id AS from_id, f.name AS from_name, n.id AS to_id, n.name AS to_name,
       startNode(r).id AS source_id, type(r) AS type, endNode(r).id AS target_id,
       r.count AS count, r.evidence[0] AS evidence, r.reports AS reports,
       r.reliability AS reliability, r.credibility AS credibility
"""


def before_paths(store: FalkorStore, given: dict[str, Any]) -> list[dict]:
    params = bind(get("paths"), store, given)

    def expand(ids: list[str]) -> list[dict]:
        return store.read(BEFORE, {**params, "frontier": ids})

    found = shortest_paths(expand, params["actor"], params["other"], params["max_hops"])
    chosen = found if params["all"] else found[:1]
    whole = {compute.link_key(x): x for p in chosen for x in p.links}
    return [compute._path_row(n, p, whole) for n, p in enumerate(chosen, 1)]


def before_connecting(store: FalkorStore, given: dict[str, Any]) -> list[dict]:
    params = bind(get("connecting"), store, given)

    def expand(ids: list[str]) -> list[dict]:
        return store.read(BEFORE, {**params, "frontier": ids})

    links: dict = {}
    for a, b in itertools.combinations(sorted(params["actors"]), 2):
        for path in shortest_paths(expand, a, b, params["max_hops"]):
            links.update({compute.link_key(x): x for x in path.links})
    rows = [compute._link_row(link) for link in links.values()]
    rows.sort(key=lambda r: (r["source"], r["type"], r["target"], r["source_id"], r["target_id"]))
    return rows[: params["limit"]]


@pytest.fixture(scope="module")
def graphs(engine_home: Path) -> Iterator[list[FalkorStore]]:
    fixture = FalkorStore(engine_home, database=f"paths-{uuid.uuid4().hex[:12]}")
    write_fixture(fixture)
    hub = FalkorStore(engine_home, database=f"paths-hub-{uuid.uuid4().hex[:12]}")
    hub.ensure_schema()
    done, grades = hubgraph.extractions()
    writer.write(hub, done, grades)
    yield [fixture, hub]
    for store in (fixture, hub):
        store.drop()
        store.close()


def actors(store: FalkorStore) -> list[str]:
    rows = store.read("MATCH (n:Actor) RETURN n.id AS id ORDER BY id")
    return [row["id"] for row in rows]


OPTIONS = [{}, {"all": "true"}, {"max_hops": 2, "all": "true"}, {"types": "all", "all": "true"},
           {"min_reliability": "C", "all": "true"}, {"min_credibility": 3}]  # fmt: skip


def test_paths_give_the_rows_of_the_search_that_read_every_link(
    graphs: list[FalkorStore],
) -> None:
    compared = found = 0
    for store in graphs:
        ids = actors(store)
        for a, b in itertools.combinations(ids[:14], 2):
            for options in OPTIONS:
                given = {"actor": a, "other": b, **options}
                rows = run_query(store, "paths", **given)
                assert rows == before_paths(store, given), given
                compared, found = compared + 1, found + bool(rows)
    assert compared > 500 and found > 200


def test_connecting_gives_the_rows_of_the_search_that_read_every_link(
    graphs: list[FalkorStore],
) -> None:
    for store in graphs:
        ids = actors(store)
        for start in range(0, 12, 3):
            for options in OPTIONS[2:5]:
                given = {"actors": ids[start : start + 4], "max_hops": 3, **options}
                given.pop("all", None)
                rows = run_query(store, "connecting", **given)
                assert rows == before_connecting(store, given), given
    hub_links = run_query(graphs[1], "connecting", actors=[hubgraph.HUB, "person:partner-05"])
    assert hub_links and all(r["reports"] for r in hub_links)


ODD = """
CREATE (a:Entity:Actor:Person {id: 'person:odd-a', name: 'Abu <Ali> > "the elder", b'}),
       (b:Entity:Actor:Person {id: 'person:odd-b'}),
       (c:Entity:Actor:Organization {id: 'organization:odd-c', name: 'C  Brigade <  '})
CREATE (a)-[:MET_WITH {reliability: 'B', credibility: 2, count: 1, evidence: ['s1'],
                       reports: ['report:r1']}]->(b),
       (c)-[:LEADS {reliability: 'B', credibility: 2, count: 1, evidence: ['s2'],
                    reports: ['report:r1']}]->(b)
"""


def test_names_with_arrows_and_a_missing_name_come_through_the_search(falkor: FalkorStore) -> None:
    """Links travel as strings (type, direction, id, separator, name): names holding < and >
    or spaces stay whole, and a node without a name keeps no name."""
    falkor.write(ODD)
    rows = run_query(falkor, "paths", actor="person:odd-a", other="organization:odd-c")
    assert [(r["names"], r["ids"], r["types"]) for r in rows] == [
        (
            ['Abu <Ali> > "the elder", b', None, "C  Brigade <  "],
            ["person:odd-a", "person:odd-b", "organization:odd-c"],
            ["MET_WITH", "LEADS"],
        )
    ]
    assert rows[0]["evidence"] == ["s1", "s2"]


def traced_paths(store: FalkorStore, given: dict[str, Any]) -> tuple[list[dict], int]:
    """The rows of paths, and the most links of the hub that one fetch of the search read."""
    query = get("paths")
    params, body = bind(query, store, given), query.body_for(store.engine)
    most = 0

    def fetch(**inputs: Any) -> list[dict]:
        nonlocal most
        rows = store.read(body.text, {**params, **inputs})
        hub = [len(row["links"]) for row in rows if row["from_id"] == hubgraph.HUB]
        most = max([most, *hub])
        return rows

    return compute.paths(fetch, params), most


def test_a_hub_is_not_expanded_when_the_other_side_has_fewer_links(
    graphs: list[FalkorStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each layer expands the side with fewer links: a partner one or two hops from the hub
    is reached from the partner's side, whichever end the hub is, and an actor without links
    ends the search, without the hub's links read whole. (This graph's hub has few links: the
    search is made to count from 4 links, and to count even an end with few.)"""
    monkeypatch.setattr(shortest, "FEW", 0)
    monkeypatch.setattr(shortest, "FIRST_CAP", 4)
    store = graphs[1]
    params = bind(get("paths"), store, {"actor": hubgraph.HUB, "other": hubgraph.LONER})
    hub_links = len(
        compute.Expansions(
            lambda **i: store.read(get("paths").body_for(store.engine).text, {**params, **i})
        )([hubgraph.HUB])
    )
    assert hub_links > 8
    for other in ["person:partner-05", "person:partner-11", hubgraph.LONER]:
        for ends in [(hubgraph.HUB, other), (other, hubgraph.HUB)]:
            given = {"actor": ends[0], "other": ends[1], "all": "true"}
            rows, most = traced_paths(store, given)
            assert rows == before_paths(store, given), given
            assert most < hub_links, given
            assert bool(rows) == (other != hubgraph.LONER)  # the loner meets nobody linked


def fetched_links(store: FalkorStore, given: dict[str, Any]) -> tuple[list[dict], list[int]]:
    """The rows of paths, and the links of the frontiers each fetch of the search read."""
    query = get("paths")
    params, body = bind(query, store, given), query.body_for(store.engine)
    counts = []

    def fetch(**inputs: Any) -> list[dict]:
        rows = store.read(body.text, {**params, **inputs})
        counts.append(sum(len(row["links"]) for row in rows if row["part"] == "links"))
        return rows

    return compute.paths(fetch, params), counts


def test_ends_with_many_links_meet_without_expanding_either(
    graphs: list[FalkorStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two linked ends, each with more links than the search first counts, or a hub and an
    actor whose few neighbours it is linked to: the links between the two frontiers are read
    with the first count, so the search stops there, with the rows of the full search. (The
    search is made to count from 4 links, and to count even an end with few.)"""
    monkeypatch.setattr(shortest, "FEW", 0)
    monkeypatch.setattr(shortest, "FIRST_CAP", 4)
    store = graphs[1]
    ids = [i for i in actors(store) if i.startswith("person:partner")]
    degree = "MATCH (:Entity {id: $id})-[r:MET_WITH]-() RETURN count(r) AS n"
    busy = [i for i in ids if store.read(degree, {"id": i})[0]["n"] > 8]
    linked = 0
    for a, b in itertools.product([hubgraph.HUB, *busy[:4]], busy[4:8]):
        given = {"actor": a, "other": b, "all": "true"}
        rows, counts = fetched_links(store, given)
        assert rows == before_paths(store, given), given
        if rows and rows[0]["hops"] == 1:
            assert sum(counts) <= 4, (given, counts)  # the first count of 4 links, no more
            linked += 1
    assert linked > 5


BOTH_WAYS = """
CREATE (a:Entity:Actor:Person {id: 'person:both-a', name: 'A'}),
       (b:Entity:Actor:Organization {id: 'organization:both-b', name: 'B'}),
       (c:Entity:Actor:Person {id: 'person:both-c', name: 'C'})
CREATE (a)-[:MET_WITH {reliability: 'B', credibility: 2, count: 1, evidence: ['s1'],
                       reports: ['report:r1']}]->(b),
       (b)-[:LEADS {reliability: 'C', credibility: 3, count: 1, evidence: ['s2'],
                    reports: ['report:r2']}]->(a),
       (b)-[:SUPPORTS {reliability: 'E', credibility: 5, count: 1, evidence: ['s3'],
                       reports: ['report:r3']}]->(c)
"""


def test_the_links_between_frontiers_come_in_both_directions(falkor: FalkorStore) -> None:
    """Two links between the ends, one each way, read by the check of the frontiers: two
    paths, as the search that reads every link finds; a grade filter keeps one."""
    falkor.write(BOTH_WAYS)
    for options in [{}, {"min_reliability": "B"}, {"types": "LEADS"}]:
        for ends in [
            ("person:both-a", "organization:both-b"),
            ("organization:both-b", "person:both-a"),
        ]:
            given = {"actor": ends[0], "other": ends[1], "all": "true", **options}
            rows = run_query(falkor, "paths", **given)
            assert rows == before_paths(falkor, given), given
            assert len(rows) == (1 if options else 2)
    assert len(run_query(falkor, "paths", actor="person:both-a", other="person:both-c")) == 1
