"""who-met pages first (orders and limits the meetings, then fetches partners, places and
sources for that page): the same rows as the query that aggregated every meeting row before
its LIMIT, on a generated graph with a hub (tests/hubgraph.py), for every filter and limit;
also where pages end among undated meetings, on a graph written before events kept their
participant count (the count is set when the graph is opened), and where the first meetings
by date that FalkorDB's step reads hold no page (it asks again with every filter first).
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from actorgraph.graph import writer
from actorgraph.graph.falkor import FalkorStore
from actorgraph.queries import bind, get, run_query
from actorgraph.queries.compute import who_met

from . import hubgraph

# who-met as it was before paging (commit fc49efa), its ORDER BY made total with met_id and
# place_id as the new query's is (rows tying on date, met and event_id had no fixed order).
BEFORE = """
MATCH (a:Entity {id: $actor})
WITH a  // anchor on the id index: FalkorDB would otherwise scan every Event
MATCH (a)-[:PARTICIPATED_IN]->(e:Event)
WHERE e.kind IN $kinds
  AND ($since IS NULL OR e.date >= $since OR $since STARTS WITH e.date)
  AND ($until IS NULL OR substring(e.date, 0, size($until)) <= $until)
  AND e.reliability <= $min_reliability AND e.credibility <= $min_credibility
MATCH (e)<-[:PARTICIPATED_IN]-(b:Entity)
WHERE b <> a
OPTIONAL MATCH (e)-[:AT]->(p:Place)
OPTIONAL MATCH (p)-[:LOCATED_IN|WITHIN*0..3]->(inside:Place {id: $place})
WITH a, b, e, p, count(inside) AS hits
WHERE $place IS NULL OR hits > 0
OPTIONAL MATCH (e)-[:REPORTED_IN]->(r:Report)
WITH a, b, e, p, r
ORDER BY r.reliability, r.date, r.title
WITH a, b, e, p, count(DISTINCT r) AS reports, collect(DISTINCT r.title) AS titles
RETURN a.name AS actor, b.name AS met, b.id AS met_id, b.type AS met_type, e.kind AS kind,
       p.name AS place, p.id AS place_id, e.date AS date, e.evidence[0] AS evidence,
       e.id AS event_id, reports, titles AS report_titles, e.reliability AS reliability,
       e.credibility AS credibility
ORDER BY date, met, event_id, met_id, place_id
LIMIT $limit
"""


def hub_graph(engine_home: Path) -> FalkorStore:
    store = FalkorStore(engine_home, database=f"hub-{uuid.uuid4().hex[:12]}")
    store.ensure_schema()
    done, grades = hubgraph.extractions()
    for start in range(0, len(done), 25):
        writer.write(store, done[start : start + 25], grades)
    return store


@pytest.fixture(scope="module")
def hub_store(engine_home: Path) -> Iterator[FalkorStore]:
    store = hub_graph(engine_home)
    yield store
    store.drop()
    store.close()


FILTERS: list[dict[str, Any]] = [
    {},
    {"place": "place:country-a"},
    {"place": "place:city-2"},
    {"since": "2023-02"},
    {"until": "2023-03-10", "min_reliability": "C"},
    {"min_credibility": 3},
    {"kinds": "all", "since": "2023"},
]
LIMITS = [1, 2, 3, 7, 20, 45, 100000]


def both(store: FalkorStore, given: dict[str, Any]) -> tuple[list[dict], list[dict]]:
    params = bind(get("who-met"), store, given)
    return store.read(BEFORE, params), run_query(store, "who-met", **given)


def test_the_hub_has_what_paging_must_get_right(hub_store: FalkorStore) -> None:
    rows, _ = both(hub_store, {"actor": hubgraph.HUB, "limit": 100000})
    assert len({r["event_id"] for r in rows}) > 60
    dates = [r["date"] for r in rows]
    assert len(dates) > len(set(dates)) + 50  # many rows share a date
    assert any(r["met"] == "Partner Twin" for r in rows)
    assert any(r["reports"] > 1 for r in rows) and any(r["place"] is None for r in rows)
    alone = hub_store.read(
        "MATCH (:Entity {id: $id})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(x) "
        "WITH e, count(x) AS n WHERE n = 1 RETURN count(e) AS n",
        {"id": hubgraph.HUB},
    )
    assert alone[0]["n"] > 0  # meetings with nobody to have met, that page first must skip


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f) or "none")
def test_paged_who_met_gives_the_rows_of_the_unpaged_one(
    hub_store: FalkorStore, filters: dict[str, Any]
) -> None:
    actors = [hubgraph.HUB, "person:partner-01", hubgraph.LONER]
    for actor, limit in itertools.product(actors, LIMITS):
        before, after = both(hub_store, {"actor": actor, "limit": limit, **filters})
        assert after == before, (actor, limit, filters)


UNDATED = """
CREATE (h:Entity:Actor:Person {id: 'person:h', name: 'H', type: 'Person'})
WITH h
UNWIND range(0, 6) AS i
CREATE (b:Entity:Actor:Person {id: 'person:b' + toString(i), name: 'B' + toString(6 - i),
                               type: 'Person'}),
       (e:Event:Meeting {id: 'event:' + toString(i), kind: 'Meeting', reliability: 'B',
                         credibility: 2, participants: 2,
                         date: CASE WHEN i = 0 THEN '2024-01-01' END}),
       (h)-[:PARTICIPATED_IN]->(e), (b)-[:PARTICIPATED_IN]->(e)
"""


def test_pages_ending_among_undated_meetings(falkor: FalkorStore) -> None:
    """Undated meetings sort last: a page whose last meeting is undated also holds the rows
    of the undated meetings past it whose partners' names sort first."""
    falkor.write(UNDATED)
    for limit in range(1, 9):
        before, after = both(falkor, {"actor": "person:h", "limit": limit})
        assert after == before, limit
    assert [r["met"] for r in before] == ["B6", "B0", "B1", "B2", "B3", "B4", "B5"]


def test_a_graph_without_participant_counts_gets_them_when_opened(engine_home: Path) -> None:
    store = hub_graph(engine_home)
    try:
        store.write("MATCH (e:Event) SET e.participants = NULL")  # as written before counts
        with FalkorStore(engine_home, database=store.database) as opened:
            uncounted = "MATCH (e:Event) WHERE e.participants IS NULL RETURN count(e) AS n"
            assert opened.read(uncounted)[0]["n"] == 0
            for limit in LIMITS:
                before, after = both(opened, {"actor": hubgraph.HUB, "limit": limit})
                assert after == before, limit
    finally:
        store.drop()
        store.close()


# The hub's first twelve meetings by date give no row (nobody else in them, or a kind that is
# not a meeting); the next eight do, each with its own partner.
EARLY_DROPPED = """
CREATE (h:Entity:Actor:Person {id: 'person:h', name: 'H', type: 'Person'})
WITH h
UNWIND range(0, 19) AS i
CREATE (e:Event {id: 'event:' + toString(i), reliability: 'B', credibility: 2,
                 kind: CASE WHEN i < 12 AND i % 2 = 1 THEN 'Statement' ELSE 'Meeting' END,
                 participants: CASE WHEN i < 12 AND i % 2 = 0 THEN 1 ELSE 2 END,
                 date: '2024-01-' + right('0' + toString(i + 1), 2)}),
       (h)-[:PARTICIPATED_IN]->(e)
WITH e, i
WHERE e.participants = 2
CREATE (b:Entity:Actor:Person {id: 'person:b' + toString(i), name: 'B' + toString(i),
                               type: 'Person'}),
       (b)-[:PARTICIPATED_IN]->(e)
"""


def fetches(store: FalkorStore, given: dict[str, Any]) -> tuple[list[dict], list[bool]]:
    """who-met's rows through its step, and the ``prefilter`` input of each query it ran."""
    query = get("who-met")
    params, body = bind(query, store, given), query.body_for(store.engine)
    ran: list[bool] = []

    def fetch(**inputs: Any) -> list[dict]:
        ran.append(inputs["prefilter"])
        return store.read(body.text, {**params, **inputs})

    return who_met(fetch, params), ran


@pytest.mark.parametrize(
    ("given", "mets", "ran"),
    [
        ({"limit": 3}, ["B12", "B13", "B14"], [False, True]),  # the first 6 give no row
        ({"limit": 9}, [f"B{i}" for i in range(12, 20)], [False, True]),  # 6 of 18 pass
        ({"limit": 20}, [f"B{i}" for i in range(12, 20)], [False]),  # all 20 read at once
        ({"limit": 3, "since": "2030"}, [], [False]),  # nothing to page: not asked again
        ({"limit": 3, "since": "2024-01-10"}, ["B12", "B13", "B14"], [False]),
        ({"limit": 2, "kinds": "all"}, ["B1", "B3"], [False]),
        ({"limit": 3, "place": "place:nowhere"}, [], [True]),  # a place: filters first
        ({"limit": 1, "kinds": "Statement"}, ["B1"], [True]),  # one kind: filters first
    ],
)
def test_a_page_past_the_first_meetings_read_is_asked_again_with_every_filter_first(
    falkor: FalkorStore, given: dict[str, Any], mets: list[str], ran: list[bool]
) -> None:
    falkor.write(EARLY_DROPPED)
    falkor.write("CREATE (:Entity:Place {id: 'place:nowhere', name: 'Nowhere', type: 'Place'})")
    rows, queries = fetches(falkor, {"actor": "person:h", **given})
    before, after = both(falkor, {"actor": "person:h", **given})
    assert [r["met"] for r in rows] == mets and queries == ran
    assert after == before == rows
