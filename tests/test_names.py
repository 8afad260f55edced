"""Names typed on the command line are found through the index of name keys: the same rows as
comparing the name with every entity's name and aliases (the look-up before keys), by name
and by alias, on the query fixture and on the generated hub graph; keys written with every
entity, kept right when aliases change, added to graphs written before them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from actorgraph.graph import names, writer
from actorgraph.graph.falkor import FalkorStore
from actorgraph.queries import lookup, run_query
from actorgraph.resolve import judgements

from . import hubgraph
from .test_queries_graph import write_fixture


def scan(store: FalkorStore, name: str, label: str = "Entity") -> list[dict]:
    """The look-up before name keys: every entity compared."""
    low = " ".join(name.split()).lower()
    return store.read(lookup.BY_NAME.format(label=label), {"low": low})


def spellings(text: str) -> list[str]:
    return [text, text.upper(), text.lower(), f"  {text.replace(' ', '   ')} "]


@pytest.fixture(scope="module")
def graphs(engine_home: Path) -> Iterator[list[FalkorStore]]:
    fixture = FalkorStore(engine_home, database=f"names-{uuid.uuid4().hex[:12]}")
    write_fixture(fixture)
    hub = FalkorStore(engine_home, database=f"names-hub-{uuid.uuid4().hex[:12]}")
    hub.ensure_schema()
    done, grades = hubgraph.extractions(reports=40)
    for start in range(0, len(done), 10):  # aliases arrive over several batches
        writer.write(hub, done[start : start + 10], grades)
    yield [fixture, hub]
    for store in (fixture, hub):
        store.drop()
        store.close()


def entities(store: FalkorStore) -> list[dict]:
    return store.read("MATCH (n:Entity) RETURN n.id AS id, n.name AS name, n.aliases AS aliases,"
                      " n.nameKeys AS keys, n.source AS source ORDER BY id")  # fmt: skip


def test_every_entity_has_the_keys_of_its_name_and_aliases(graphs: list[FalkorStore]) -> None:
    for store in graphs:
        found = entities(store)
        assert any(row["aliases"] for row in found)
        for row in found:
            assert row["keys"] is not None, row
            assert sorted(row["keys"]) == sorted(names.name_keys(row["name"], row["aliases"])), row


def test_places_written_from_the_gazetteer_chain_have_keys(graphs: list[FalkorStore]) -> None:
    """Parents of places first created by the WITHIN segment, not as entities of a report."""
    chained = [row for row in entities(graphs[1]) if row["source"] == "gazetteer"]
    assert chained and all(row["keys"] == [row["name"].lower()] for row in chained)


def test_lookup_by_name_and_alias_gives_the_rows_of_the_scan(graphs: list[FalkorStore]) -> None:
    checked = 0
    for store in graphs:
        for row in entities(store):
            for text in [row["name"], *row["aliases"]]:
                for spelling in spellings(text):
                    for label in ("Entity", "Actor", "Place"):
                        found = lookup.find_entities(store, spelling, label)
                        assert found == scan(store, spelling, label), (spelling, label)
                        first = found[0]["id"] if found else None
                        assert lookup.best_id(store, spelling, label) == first, spelling
                        checked += 1
    assert checked > 500


def test_the_index_answers_the_lookup(graphs: list[FalkorStore]) -> None:
    plan = graphs[0].graph.explain(lookup.BY_KEY.format(label="Actor"), {"key": "assad"})
    assert "Node By Index Scan | (n:Entity)" in str(plan)


def test_who_met_by_alias_is_who_met_by_id(graphs: list[FalkorStore]) -> None:
    hub = graphs[1]
    by_id = run_query(hub, "who-met", actor=hubgraph.HUB)
    assert by_id and run_query(hub, "who-met", actor="the  HUB") == by_id
    twins = lookup.find_entities(hub, "partner twin", "Actor")
    assert [r["id"] for r in twins] == [r["id"] for r in scan(hub, "Partner Twin", "Actor")]
    assert len(twins) == 2  # two partners share the name: most mentioned first, as before
    assert lookup.best_id(hub, "partner twin", "Actor") == twins[0]["id"]


def test_a_graph_written_before_keys_is_looked_up_then_keyed(engine_home: Path) -> None:
    store = FalkorStore(engine_home, database=f"names-old-{uuid.uuid4().hex[:12]}")
    try:
        write_fixture(store)
        store.write("MATCH (n:Entity) REMOVE n.nameKeys")
        assert lookup.find_entities(store, "ismail qaani") == scan(store, "ismail qaani") != []
        assert lookup.best_id(store, "ismail qaani") == scan(store, "ismail qaani")[0]["id"]
        store.ensure_schema()
        assert all(row["keys"] for row in entities(store))
        assert store.read(lookup.UNKEYED) == []
        assert lookup.find_entities(store, "ASSAD", "Actor") == scan(store, "assad", "Actor")
    finally:
        store.drop()
        store.close()


def test_merge_and_unmerge_keep_the_keys_in_step(engine_home: Path) -> None:
    store = FalkorStore(engine_home, database=f"names-merge-{uuid.uuid4().hex[:12]}")
    try:
        write_fixture(store)
        keep, other = "person:hassan-nasrallah", "person:esmail-qaani"
        judgements.merge(store, keep, other, "test: keys follow aliases")
        assert scan(store, "Ismail Qaani")[0]["id"] == keep
        assert lookup.find_entities(store, "ismail  qaani") == scan(store, "Ismail Qaani")
        judgements.unmerge(store, keep, other, "")
        for row in entities(store):
            assert sorted(row["keys"]) == sorted(names.name_keys(row["name"], row["aliases"]))
        assert lookup.find_entities(store, "Ismail Qaani")[0]["id"] == other
    finally:
        store.drop()
        store.close()
