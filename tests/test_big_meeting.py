"""A meeting of many people (issue 11, item 4): its participants stay on the event, pair
edges are written only for small meetings, and who-met still answers who met whom."""

from __future__ import annotations

from pathlib import Path

from actorgraph.graph.falkor import FalkorStore
from actorgraph.ingest.pipeline import ingest
from actorgraph.queries import run_query
from actorgraph.schema import SCHEMA

SYLLABLES = ["dra", "pel", "mun", "tov", "kis", "rab"]


def guests(count: int) -> list[str]:
    """Invented people: a given name and a made-up surname."""
    given = ["Nadia", "Pavel", "Hamid", "Lucia", "Tomas"]
    return [
        f"{given[i % 5]} {SYLLABLES[i % 6].title()}{SYLLABLES[(i // 6) % 6]}ovic"
        for i in range(count)
    ]


def summit(path: Path, people: list[str]) -> Path:
    path.write_text(
        "Lakeside summit\n\nOn 9 June 2024 President Amir Kodravel held a joint meeting with "
        f"{', '.join(people)} in Geneva.\n"
    )
    return path


def met_with(store: FalkorStore) -> int:
    return store.read("MATCH ()-[m:MET_WITH]->() RETURN count(m) AS n")[0]["n"]


def test_a_large_meeting_keeps_its_participants_on_the_event(
    falkor: FalkorStore, tmp_path: Path
) -> None:
    people = guests(SCHEMA.pairs_up_to() + 10)
    ingest(falkor, [summit(tmp_path / "big.txt", people)])
    attended = falkor.read("MATCH (a)-[:PARTICIPATED_IN]->(e:Meeting) RETURN count(a) AS n")
    assert attended == [{"n": len(people) + 1}]
    assert met_with(falkor) == 0  # not (n+1)n/2 edges each carrying the sentence
    host = {row["met"] for row in run_query(falkor, "who-met", actor="Amir Kodravel")}
    assert host == set(people)
    between = run_query(falkor, "meetings-between", actor=people[3], other=people[17])
    assert len(between) == 1 and between[0]["place"] == "Geneva"


def test_a_small_meeting_still_has_its_pair_edges(falkor: FalkorStore, tmp_path: Path) -> None:
    ingest(falkor, [summit(tmp_path / "small.txt", guests(3))])
    assert met_with(falkor) == 6  # four people, every pair once
