"""Issue 11, item 10: the graph does not depend on batch boundaries (a country first written
as the parent of a city, then named by a report), and a reset during an ingest leaves the
graph with its indexes."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from actorgraph.graph.falkor import FalkorStore
from actorgraph.ingest.pipeline import ingest
from tests.conftest import actorgraph

CITY = "Notes one\n\nOn 2 May 2024 Minister Nadia Brantis met President Amir Kodravel in Aleppo.\n"
COUNTRY = "Notes two\n\nOn 4 May 2024 the envoy Pavel Oduro arrived in Syria for talks.\n"


@pytest.fixture
def graphs(engine_home: Path) -> Iterator[list[FalkorStore]]:
    stores = [FalkorStore(engine_home, database=f"b-{uuid.uuid4().hex[:8]}") for _ in range(3)]
    yield stores
    for store in stores:
        store.drop()
        store.close()


def places(store: FalkorStore) -> dict[str, dict[str, Any]]:
    rows = store.read("MATCH (p:Place) RETURN p.id AS id, properties(p) AS props")
    return {row["id"]: _plain(row["props"]) for row in rows}


def _plain(props: dict[str, Any]) -> dict[str, Any]:
    return {k: sorted(v) if isinstance(v, list) else v for k, v in props.items()}


def test_place_properties_do_not_depend_on_batches(
    graphs: list[FalkorStore], tmp_path: Path
) -> None:
    city, country = tmp_path / "a-city.txt", tmp_path / "b-country.txt"
    city.write_text(CITY)
    country.write_text(COUNTRY)
    ingest(graphs[0], [city, country], batch=1)  # the country first as the city's parent
    ingest(graphs[1], [country, city], batch=1)  # the country first as named
    ingest(graphs[2], [city, country], batch=2)  # both in one batch
    first = places(graphs[0])
    assert first["place:syria"]["kind"] == "country"
    assert first == places(graphs[1]) == places(graphs[2])


def test_a_reset_during_an_ingest_leaves_the_indexes(falkor: FalkorStore, tmp_path: Path) -> None:
    for i, text in enumerate([CITY, COUNTRY]):
        (tmp_path / f"r{i}.txt").write_text(text)
    reset: list[int] = []

    def reset_once(done: int) -> None:  # between the two batches, as another process would
        if not reset:
            cleared = actorgraph(falkor.home, "--database", falkor.database, "db", "reset", "--yes")
            reset.append(cleared.returncode)

    ingest(falkor, [tmp_path], batch=1, progress=reset_once)
    assert reset == [0]
    indexed = falkor.read("CALL db.indexes() YIELD label, properties RETURN label, properties")
    pairs = {(row["label"], prop) for row in indexed for prop in row["properties"]}
    assert {("Entity", "id"), ("Report", "id"), ("Entity", "nameKeys")} <= pairs
    assert falkor.read("MATCH (r:Report) RETURN count(r) AS n") == [{"n": 1}]
