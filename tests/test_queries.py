"""Every named query on the fixture graph (fixtures/queries/graph.json), with known answers,
on the embedded engine (and on Neo4j where NEO4J_URI is set)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from actorgraph.errors import QueryError
from actorgraph.graph.falkor import FalkorStore
from actorgraph.graph.store import GraphStore, Row
from actorgraph.queries import catalog, run_query
from actorgraph.schema import SCHEMA

from .test_queries_graph import open_graph

QAANI, NASRALLAH, LARIJANI = "Esmail Qaani", "Hassan Nasrallah", "Ali Larijani"
ASSAD, MEKDAD, HEZBOLLAH, SAA = "Bashar al-Assad", "Faisal Mekdad", "Hezbollah", "Syrian Arab Army"
QF, IRGC, GOVERNMENT = "IRGC Quds Force", "Islamic Revolutionary Guard Corps", "Syrian Government"
FOX = 'Abu "Fox" O\'Neil {the `tick`}'
FOX_ALIAS = "}) DETACH DELETE n //"
TASNIM, SOHR = "Qaani holds talks in Damascus", "Joint drills near Homs"
ALMANAR, REUTERS = "Nasrallah receives Larijani", "Larijani in Damascus"
NOTES = 'Field notes on "Fox" {draft} `x`'
ISSUE_QUERIES = {
    "who-met", "meetings-at", "meetings-between", "ego", "paths", "connecting", "influence",
    "affiliations", "timeline", "sources", "search", "stats",
}  # fmt: skip

# One call of every query that returns rows on the fixture (also timed in the report).
SAMPLES: dict[str, dict[str, Any]] = {
    "who-met": {"actor": QAANI},
    "meetings-at": {"place": "Syria"},
    "meetings-between": {"actor": QAANI, "other": NASRALLAH},
    "ego": {"actor": QAANI, "depth": 2},
    "paths": {"actor": LARIJANI, "other": MEKDAD, "all": True},
    "connecting": {"actors": [QAANI, HEZBOLLAH, LARIJANI]},
    "influence": {},
    "affiliations": {"actor": QAANI},
    "timeline": {"actor": QAANI},
    "sources": {"actor": QAANI, "other": NASRALLAH},
    "search": {"text": "Hizbolah"},
    "stats": {},
}


@pytest.fixture(scope="module", params=["falkordb", "neo4j"])
def graph(request: pytest.FixtureRequest, engine_home: Path) -> Iterator[GraphStore]:
    yield from open_graph(request.param, engine_home)


def run(graph: GraphStore, name: str, **params: Any) -> list[Row]:
    return run_query(graph, name, **params)


def column(rows: list[Row], name: str) -> list[Any]:
    return [row[name] for row in rows]


# ---------------------------------------------------------------- the catalog


def test_the_catalog_holds_the_issue_queries_documented() -> None:
    queries = catalog()
    assert set(queries) >= ISSUE_QUERIES
    readme = (Path(__file__).parents[1] / "actorgraph" / "queries" / "README.md").read_text()
    for query in queries.values():
        assert query.description and query.columns, query.name
        assert all(p.description for p in query.params), query.name
        assert f"## {query.name}" in readme, query.name
        for name in [p.name for p in query.params] + list(query.columns):
            assert f"`{name}`" in readme, (query.name, name)


def test_engine_variants_only_where_the_dialects_differ() -> None:
    variants = {name: set(q.variants) for name, q in catalog().items() if q.variants}
    assert variants == {"paths": {"falkordb"}, "connecting": {"falkordb"}, "who-met": {"falkordb"}}
    assert catalog()["who-met"].body_for("falkordb").compute == "who-met"
    for name in ["paths", "connecting"]:
        body = catalog()[name].body_for("falkordb")
        inputs = [p.name for p in body.inputs]
        assert body.compute == name and inputs == [
            "frontier",
            "sources",
            "link_types",
            "targets",
            "sep",
            "room",
            "near",
            "far",
        ]


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_query_returns_rows_with_its_declared_columns(graph: GraphStore, name: str) -> None:
    rows = run(graph, name, **SAMPLES[name])
    assert rows
    assert all(list(row) == list(catalog()[name].columns) for row in rows)


# ---------------------------------------------------------------- meetings


def test_who_met_whom_where_and_when(graph: GraphStore) -> None:
    rows = run(graph, "who-met", actor=QAANI)
    assert [(r["met"], r["place"], r["date"], r["kind"]) for r in rows] == [
        (ASSAD, "Damascus", "2024-01-10", "Meeting"),
        (MEKDAD, "Mezzeh Air Base", "2024-01-11", "Meeting"),
        (HEZBOLLAH, "Homs", "2024-01-12", "Exercise"),
        (SAA, "Homs", "2024-01-12", "Exercise"),
        (NASRALLAH, "Beirut", "2024-03-01", "Meeting"),
    ]
    beirut = rows[-1]
    assert beirut["reports"] == 2 and beirut["report_titles"] == [SOHR, ALMANAR]
    assert (beirut["reliability"], beirut["credibility"]) == ("B", 2)
    assert beirut["evidence"] == "Qaani later met Hassan Nasrallah in Beirut on 1 March 2024."


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"place": "Syria"}, [ASSAD, MEKDAD, HEZBOLLAH, SAA]),  # Mezzeh -> Damascus -> Syria
        ({"place": "Damascus"}, [ASSAD, MEKDAD]),
        ({"place": "place:mezzeh-air-base"}, [MEKDAD]),
        ({"place": "Lebanon"}, [NASRALLAH]),
        ({"since": "2024-02"}, [NASRALLAH]),
        ({"until": "2024-01-11"}, [ASSAD, MEKDAD]),
        ({"since": "2024-01-11", "until": "2024-01"}, [MEKDAD, HEZBOLLAH, SAA]),
        ({"min_reliability": "B"}, [HEZBOLLAH, SAA, NASRALLAH]),
        ({"min_credibility": 2}, [NASRALLAH]),
        ({"kinds": "Exercise"}, [HEZBOLLAH, SAA]),
        ({"limit": 2}, [ASSAD, MEKDAD]),
    ],
)
def test_who_met_filters(graph: GraphStore, params: dict[str, Any], expected: list[str]) -> None:
    assert column(run(graph, "who-met", actor="Ismail Qaani", **params), "met") == expected


def test_meetings_at_a_place_include_places_inside_it(graph: GraphStore) -> None:
    rows = run(graph, "meetings-at", place="Syria")
    assert [(r["date"], r["place"], r["participants"]) for r in rows] == [
        ("2024-01-10", "Damascus", [ASSAD, QAANI]),
        ("2024-01-11", "Mezzeh Air Base", [QAANI, MEKDAD]),
        ("2024-01-12", "Homs", [QAANI, HEZBOLLAH, SAA]),
        ("2024-04", "Damascus", [LARIJANI, ASSAD]),
    ]
    assert rows[3]["report_titles"] == [REUTERS] and rows[3]["reliability"] == "A"
    lebanon = run(graph, "meetings-at", place="Lebanon")
    assert [(r["kind"], r["participants"]) for r in lebanon] == [
        ("HostVisit", [LARIJANI, NASRALLAH]),
        ("Meeting", [QAANI, NASRALLAH]),
    ]


def test_meetings_at_with_a_partial_date(graph: GraphStore) -> None:
    """'2024-04' overlaps 'since 2024-04-10': the month may hold the day."""
    rows = run(graph, "meetings-at", place="Dimashq", since="2024-04-10")
    assert [(r["date"], r["participants"]) for r in rows] == [("2024-04", [LARIJANI, ASSAD])]
    assert run(graph, "meetings-at", place="Damascus", until="2024-03") != []
    assert run(graph, "meetings-at", place="Damascus", since="2024-05") == []


def test_meetings_between_two_actors(graph: GraphStore) -> None:
    (row,) = run(graph, "meetings-between", actor=NASRALLAH, other="person:esmail-qaani")
    assert (row["date"], row["place"], row["actor"], row["other"]) == (
        "2024-03-01",
        "Beirut",
        NASRALLAH,
        QAANI,
    )
    assert row["report_titles"] == [SOHR, ALMANAR] and row["participants"] == [QAANI, NASRALLAH]
    assert run(graph, "meetings-between", actor=QAANI, other=LARIJANI) == []
    (guest,) = run(graph, "meetings-between", actor=LARIJANI, other=NASRALLAH)
    assert guest["kind"] == "HostVisit"


# ---------------------------------------------------------------- networks


def test_ego_network_of_depth_one(graph: GraphStore) -> None:
    rows = run(graph, "ego", actor=QAANI)
    assert {(r["source"], r["type"], r["target"]) for r in rows} == {
        (ASSAD, "MET_WITH", QAANI),
        (QAANI, "MET_WITH", MEKDAD),
        (HEZBOLLAH, "MET_WITH", QAANI),
        (SAA, "MET_WITH", QAANI),
        (QAANI, "MET_WITH", NASRALLAH),
        (QAANI, "LEADS", QF),
    }
    assert set(column(rows, "distance")) == {1}
    assert all(r["evidence"] and r["reports"] for r in rows)


def test_ego_network_of_depth_two_and_chosen_types(graph: GraphStore) -> None:
    rows = run(graph, "ego", actor=QAANI, depth=2)
    second = {(r["source"], r["type"], r["target"]) for r in rows if r["distance"] == 2}
    assert {
        (QF, "PART_OF", IRGC),
        (NASRALLAH, "LEADS", HEZBOLLAH),
        (QF, "SUPPORTS", HEZBOLLAH),
    } <= second
    assert {(LARIJANI, "MET_WITH", NASRALLAH), (HEZBOLLAH, "ALLIED_WITH", SAA)} <= second
    assert len(rows) == len({(r["source_id"], r["type"], r["target_id"]) for r in rows})
    hierarchy = run(graph, "ego", actor=QAANI, depth=3, types="LEADS,PART_OF")
    assert [(r["distance"], r["source"], r["target"]) for r in hierarchy] == [
        (1, QAANI, QF),
        (2, QF, IRGC),
    ]


def test_the_shortest_path(graph: GraphStore) -> None:
    (row,) = run(graph, "paths", actor=FOX_ALIAS, other=NASRALLAH)
    assert row["names"] == [FOX, MEKDAD, QAANI, NASRALLAH]
    assert row["ids"][0] == "person:abu-fox" and row["hops"] == 3
    assert row["types"] == ["MET_WITH"] * 3
    assert row["evidence"][0] == f"{FOX} met Faisal Mekdad."
    assert row["reliability"] == ["F", "C", "B"] and row["credibility"] == [4, 3, 2]


def test_all_shortest_paths(graph: GraphStore) -> None:
    rows = run(graph, "paths", actor=LARIJANI, other=MEKDAD, all=True)
    assert [r["names"][1:3] for r in rows] == [
        [ASSAD, QAANI],
        [ASSAD, GOVERNMENT],
        [NASRALLAH, QAANI],
    ]
    assert rows[1]["types"] == ["MET_WITH", "LEADS", "MEMBER_OF"]
    assert column(rows, "path") == [1, 2, 3] and set(column(rows, "hops")) == {3}
    (first,) = run(graph, "paths", actor=LARIJANI, other=MEKDAD)
    assert first["names"] == rows[0]["names"]
    meetings = run(graph, "paths", actor=LARIJANI, other=MEKDAD, all="yes", types="MET_WITH")
    assert [r["names"][1] for r in meetings] == [ASSAD, NASRALLAH]


def test_no_path_within_max_hops(graph: GraphStore) -> None:
    assert run(graph, "paths", actor=LARIJANI, other=MEKDAD, max_hops=2) == []
    assert run(graph, "paths", actor=LARIJANI, other=MEKDAD, types="SUPPORTS") == []
    assert run(graph, "paths", actor=QAANI, other=QAANI) == []


def test_the_network_connecting_actors(graph: GraphStore) -> None:
    rows = run(graph, "connecting", actors=[QAANI, HEZBOLLAH, LARIJANI], types="MET_WITH")
    assert [(r["source"], r["target"]) for r in rows] == [
        (LARIJANI, ASSAD),
        (LARIJANI, NASRALLAH),
        (ASSAD, QAANI),
        (QAANI, NASRALLAH),
        (HEZBOLLAH, QAANI),
    ]
    both = run(graph, "connecting", actors=f"{LARIJANI},{MEKDAD}")
    assert {(r["source"], r["type"], r["target"]) for r in both} == {
        (LARIJANI, "MET_WITH", ASSAD),
        (LARIJANI, "MET_WITH", NASRALLAH),
        (ASSAD, "MET_WITH", QAANI),
        (QAANI, "MET_WITH", NASRALLAH),
        (QAANI, "MET_WITH", MEKDAD),
        (ASSAD, "LEADS", GOVERNMENT),
        (MEKDAD, "MEMBER_OF", GOVERNMENT),
    }
    assert all(r["evidence"] and r["reports"] for r in both)


def test_influence_ranking(graph: GraphStore) -> None:
    rows = run(graph, "influence")
    assert rows[0]["name"] == QAANI and rows[0]["score"] == 1.0 and rows[0]["links"] == 6
    assert column(rows, "rank") == list(range(1, len(rows) + 1))
    assert column(rows, "score") == sorted(column(rows, "score"), reverse=True)
    assert {r["name"] for r in rows} >= {FOX, IRGC, GOVERNMENT}
    assert len(run(graph, "influence", limit=3)) == 3
    hierarchy = run(graph, "influence", types="LEADS,MEMBER_OF,PART_OF")
    # led by Assad and joined by Mekdad; then the Quds Force, the broker of Qaani -> IRGC
    assert column(hierarchy, "name")[:2] == [GOVERNMENT, QF]
    assert max(hierarchy, key=lambda r: r["pagerank"])["name"] == GOVERNMENT
    assert hierarchy[0]["betweenness"] == hierarchy[1]["betweenness"] > 0


def test_affiliation_chains(graph: GraphStore) -> None:
    (up,) = run(graph, "affiliations", actor="Ismail Qaani")
    assert (up["direction"], up["chain"], up["relations"]) == (
        "up",
        [QAANI, QF, IRGC],
        ["LEADS", "PART_OF"],
    )
    assert up["evidence"][1] == "The Quds Force is part of the Islamic Revolutionary Guard Corps."
    (down,) = run(graph, "affiliations", actor="IRGC")
    assert (down["direction"], down["chain"]) == ("down", [QAANI, QF, IRGC])
    government = run(graph, "affiliations", actor=GOVERNMENT)
    assert [(r["direction"], r["chain"], r["relations"]) for r in government] == [
        ("down", [ASSAD, GOVERNMENT], ["LEADS"]),
        ("down", [MEKDAD, GOVERNMENT], ["MEMBER_OF"]),
    ]
    assert run(graph, "affiliations", actor=LARIJANI) == []


def test_timeline_in_date_order_undated_last(graph: GraphStore) -> None:
    rows = run(graph, "timeline", actor=QAANI)
    assert [(r["date"], r["kind"], r["role"], r["place"]) for r in rows] == [
        ("2024-01-09", "Visit", "visitor", "Syria"),
        ("2024-01-10", "Meeting", "participant", "Damascus"),
        ("2024-01-11", "Meeting", "participant", "Mezzeh Air Base"),
        ("2024-01-12", "Exercise", "participant", "Homs"),
        ("2024-03-01", "Meeting", "participant", "Beirut"),
        (None, "Statement", "speaker", None),
    ]
    assert rows[3]["others"] == [HEZBOLLAH, SAA] and rows[0]["others"] == []
    meetings = run(graph, "timeline", actor=QAANI, kinds="meetings", since="2024-01-11")
    assert column(meetings, "date") == ["2024-01-11", "2024-01-12", "2024-03-01"]
    assert column(run(graph, "timeline", actor=QAANI, kinds="Visit,Statement"), "kind") == [
        "Visit",
        "Statement",
    ]


# ---------------------------------------------------------------- sources and search


def test_sources_of_a_link(graph: GraphStore) -> None:
    rows = run(graph, "sources", actor=QAANI, other=NASRALLAH)
    assert [(r["report_title"], r["publisher"], r["reliability"]) for r in rows] == [
        (SOHR, "SOHR", "B"),
        (ALMANAR, "Al-Manar", "D"),
    ]
    assert [r["sentence"] for r in rows] == [
        "Qaani later met Hassan Nasrallah in Beirut on 1 March 2024.",
        "Nasrallah also met Esmail Qaani in Beirut on 1 March.",
    ]
    assert {r["relation"] for r in rows} == {"MET_WITH"} and {r["credibility"] for r in rows} == {2}
    assert all(r["span"] and r["url"].startswith("https://") for r in rows)
    graded = run(graph, "sources", actor=QAANI, other=NASRALLAH, min_reliability="C")
    assert column(graded, "report_title") == [SOHR]


def test_sources_of_every_relation_between_two_entities(graph: GraphStore) -> None:
    rows = run(graph, "sources", actor=HEZBOLLAH, other="Quds Force")
    assert [(r["relation"], r["subject"], r["object"], r["report_title"]) for r in rows] == [
        ("SUPPORTS", QF, HEZBOLLAH, SOHR),
        ("SUPPORTS", QF, HEZBOLLAH, ALMANAR),
    ]
    (leads,) = run(graph, "sources", actor=QAANI, other=QF, types="LEADS")
    assert (leads["report_title"], leads["reliability"], leads["report_date"]) == (
        TASNIM,
        "C",
        "2024-01-12",
    )
    (visit,) = run(graph, "sources", actor=QAANI, other="Syria")
    assert visit["relation"] == "VISITED"


@pytest.mark.parametrize(
    ("text", "params", "expected"),
    [
        ("Hizbolah", {}, "organization:hezbollah"),  # typo
        ("Esmial Qaani", {}, "person:esmail-qaani"),  # swapped letters
        ("ismail qani", {}, "person:esmail-qaani"),  # alias with a typo, lower case
        ("qaani", {}, "person:esmail-qaani"),  # part of a name
        ("quds", {}, "organization:irgc-qf"),
        ("Al Assad", {}, "person:bashar-al-assad"),  # punctuation
        ("damascus", {"type": "Place"}, "place:damascus"),
        ("Syrian", {"type": "organization"}, "organization:syrian-arab-army"),
    ],
)
def test_search_finds_names_and_aliases(
    graph: GraphStore, text: str, params: dict[str, Any], expected: str
) -> None:
    rows = run(graph, "search", text=text, **params)
    assert rows[0]["id"] == expected, rows[:3]
    assert column(rows, "score") == sorted(column(rows, "score"), reverse=True)


def test_search_reports_the_alias_that_matched(graph: GraphStore) -> None:
    (top, *_) = run(graph, "search", text="Esmail Gani")
    assert (top["name"], top["matched"]) == (QAANI, "Esmail Ghaani")
    assert top["reports"] == 4 and 0.6 <= top["score"] < 1
    assert run(graph, "search", text="zzzzqqq") == []
    assert len(run(graph, "search", text="a", min_score=0.0, limit=5)) == 5


def test_stats_counts(graph: GraphStore) -> None:
    counts = {(r["kind"], r["name"]): r["count"] for r in run(graph, "stats")}
    assert {k: v for k, v in counts.items() if k[0] == "entity"} == {
        ("entity", "Person"): 6,
        ("entity", "Organization"): 5,
        ("entity", "Place"): 6,
    }
    events = {k[1]: v for k, v in counts.items() if k[0] == "event"}
    assert events == {"Meeting": 5, "HostVisit": 1, "Exercise": 1, "Visit": 1, "Statement": 1}
    assert {k[1]: v for k, v in counts.items() if k[0] == "report"} == dict.fromkeys("ABCDF", 1)
    assert counts[("relationship", "MET_WITH")] == 9
    assert counts[("relationship", "PARTICIPATED_IN")] == 17
    assert counts[("relationship", "REPORTED_IN")] == 10
    assert counts[("relationship", "LOCATED_IN")] == 4


# ---------------------------------------------------------------- parameters


def test_hostile_names_are_matched_verbatim(graph: GraphStore) -> None:
    for name in (FOX, FOX_ALIAS, "$fox", "person:abu-fox"):
        (row,) = run(graph, "who-met", actor=name)
        assert (row["actor"], row["met"], row["place"], row["date"]) == (FOX, MEKDAD, None, None)
        assert row["report_titles"] == [NOTES] and row["reliability"] == "F"
    (source,) = run(graph, "sources", actor=FOX, other=MEKDAD)
    assert source["report_title"] == NOTES and source["sentence"] == f"{FOX} met Faisal Mekdad."
    assert run(graph, "search", text=FOX_ALIAS)[0]["score"] == 1.0


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("who-met", {}, "parameter 'actor' is required"),
        ("who-met", {"actor": QAANI, "bogus": 1}, "unknown parameter(s) bogus"),
        ("who-met", {"actor": "Qaani"}, "did you mean 'Esmail Qaani'"),
        ("who-met", {"actor": HEZBOLLAH, "place": QAANI}, "no place named"),
        ("who-met", {"actor": QAANI, "since": "last week"}, "not a valid date"),
        ("who-met", {"actor": QAANI, "since": "2024-13"}, "not a valid date"),
        ("who-met", {"actor": QAANI, "until": "2024-02-30"}, "not a valid date"),
        ("who-met", {"actor": QAANI, "min_reliability": "G"}, "not a valid grade"),
        ("who-met", {"actor": QAANI, "min_credibility": 7}, "not in 1..6"),
        ("who-met", {"actor": QAANI, "kinds": "Party"}, "'Party' is not one of: Meeting, Visit"),
        ("ego", {"actor": QAANI, "depth": 4}, "not in 1..3"),
        ("ego", {"actor": QAANI, "types": "LEADS]->() DETACH DELETE (n"}, "is not one of: LEADS"),
        ("paths", {"actor": QAANI, "other": MEKDAD, "all": "maybe"}, "not a valid bool"),
        ("search", {"text": "x" * 10_001}, "longer than 10000 characters"),
        ("nope", {}, "no query named 'nope'"),
    ],
)
def test_bad_parameters_are_one_clear_error(
    graph: GraphStore, name: str, params: dict[str, Any], message: str
) -> None:
    with pytest.raises(QueryError) as caught:
        run(graph, name, **params)
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert graph.read("MATCH (n:Entity) RETURN count(n) AS n")[0]["n"] == 17


def test_a_long_hostile_text_is_a_parameter(graph: GraphStore) -> None:
    text = ('\'}) MATCH (n) DETACH DELETE n // `x` {y} "z" ' * 250)[:10_000]
    assert isinstance(run(graph, "search", text=text), list)
    with pytest.raises(QueryError, match="no actor named"):
        run(graph, "who-met", actor=text)


class Recorder:
    """The real store, keeping the Cypher text of every read."""

    def __init__(self, store: GraphStore) -> None:
        self.store, self.engine, self.texts = store, store.engine, []

    def read(self, cypher: str, params: dict[str, Any] | None = None) -> list[Row]:
        self.texts.append(cypher)
        return self.store.read(cypher, params)


HOSTILE_CALLS: list[tuple[str, dict[str, Any]]] = [
    ("who-met", {"actor": FOX_ALIAS}),
    ("sources", {"actor": FOX, "other": MEKDAD}),
    ("paths", {"actor": "$fox", "other": NASRALLAH, "all": True}),
    ("connecting", {"actors": [FOX, QAANI]}),
    ("search", {"text": FOX + "'\"`{}$x"}),
    ("timeline", {"actor": FOX}),
    *SAMPLES.items(),
]


def test_values_never_reach_the_query_text(graph: GraphStore) -> None:
    """Every text sent is a query file's body or an entity look-up, whatever the values."""
    from actorgraph.queries import lookup

    recorder = Recorder(graph)
    for name, params in HOSTILE_CALLS:
        assert run_query(recorder, name, **params), name  # type: ignore[arg-type]
    known = {body.text for q in catalog().values() for body in q.bodies().values()}
    labels = ("Entity", "Actor", "Place")
    known |= {lookup.BY_ID, lookup.UNKEYED} | {
        t.format(label=x)
        for t in (lookup.BY_KEY, lookup.KEYED, lookup.BY_NAME, lookup.NAMES)
        for x in labels
    }
    assert set(recorder.texts) <= known
    for text in recorder.texts:
        assert "Fox" not in text and "DETACH" not in text


def test_queries_answer_on_a_report_ingested_by_the_extractor(
    falkor: FalkorStore, tmp_path: Path
) -> None:
    """The real pipeline (reader, rule extractor, resolver, writer), then the queries."""
    from actorgraph.ingest.pipeline import ingest

    (tmp_path / "report.txt").write_text(
        "Title: Nasrallah hosts Larijani\nDate: 2024-02-06\nPublisher: Reuters\n\n"
        "BEIRUT - Hezbollah leader Hassan Nasrallah met Ali Larijani in Beirut on Monday.\n"
        "Esmail Qaani met Bashar al-Assad in Damascus on 10 January 2024.\n",
        encoding="utf-8",
    )
    assert ingest(falkor, [tmp_path]).reports == 1
    met = {(r["met"], r["place"]) for r in run_query(falkor, "who-met", actor=NASRALLAH)}
    assert (LARIJANI, "Beirut") in met
    rows = run_query(falkor, "who-met", actor=QAANI, place="Damascus")
    assert (ASSAD, "2024-01-10") in {(r["met"], r["date"]) for r in rows}
    sources = run_query(falkor, "sources", actor=NASRALLAH, other=LARIJANI, types="MET_WITH")
    assert sources and sources[0]["report_title"] == "Nasrallah hosts Larijani"
    assert "met Ali Larijani in Beirut" in sources[0]["sentence"]


def test_fixed_type_patterns_cover_every_relation_type() -> None:
    """ego lists the types in its pattern (and filters by $types): it must list them all."""
    (listed,) = re.findall(r"\[:([A-Z_|]+)\*1\.\.3\]", catalog()["ego"].text)
    assert set(listed.split("|")) == set(SCHEMA.relations)
