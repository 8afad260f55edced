"""Credibility counts independent publishers: a report of unknown origin is none; the same text
from a second publisher adds that publisher as a source (and says so), and a merge that writes
the report again keeps it. On the real embedded engine; texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from actorgraph.graph.falkor import FalkorStore
from actorgraph.ingest.pipeline import ingest
from actorgraph.resolve import judgements

BODY = "Ali Larijani met Nabih Berri in Beirut on 4 June 2024 to discuss the border talks."
OTHER = "Nabih Berri held talks with Ali Larijani in Beirut on 4 June 2024, his office said."
MEETING = """MATCH (e:Meeting) RETURN e.sources AS sources, e.credibility AS credibility,
  e.count AS count"""
MET_WITH = "MATCH ()-[x:MET_WITH]->() RETURN x.sources AS sources, x.credibility AS credibility"


def report(folder: Path, name: str, body: str, publisher: str | None = None) -> Path:
    folder.mkdir(exist_ok=True)
    head = "Title: Talks in Beirut\nDate: 2024-06-05\n" + (
        f"Publisher: {publisher}" if publisher else ""
    )
    path = folder / name
    path.write_text(f"{head}\n\n{body}\n")
    return path


def test_reports_without_a_publisher_are_not_independent_sources(
    falkor: FalkorStore, tmp_path: Path
) -> None:
    ingest(falkor, [report(tmp_path, "a.txt", BODY), report(tmp_path, "b.txt", OTHER)])
    [event] = falkor.read(MEETING)
    assert event["count"] == 2 and event["sources"] == []
    assert event["credibility"] in (3, 4)  # one source's worth, not "confirmed by two"


def test_two_publishers_are_two_sources(falkor: FalkorStore, tmp_path: Path) -> None:
    a = report(tmp_path, "a.txt", BODY, "Alpha Wire")
    ingest(falkor, [a, report(tmp_path, "b.txt", OTHER, "Beta Times")])
    [event] = falkor.read(MEETING)
    assert sorted(event["sources"]) == ["Alpha Wire", "Beta Times"] and event["credibility"] == 2


def test_the_same_text_from_a_second_publisher_adds_it_as_a_source(
    falkor: FalkorStore, tmp_path: Path
) -> None:
    first = ingest(falkor, [report(tmp_path / "one", "a.txt", BODY, "Alpha Wire")])
    assert first.reports == 1 and falkor.read(MEETING)[0]["credibility"] in (3, 4)
    copy = report(tmp_path / "two", "a.txt", BODY, "Beta Times")
    second = ingest(falkor, [copy])
    assert (second.reports, second.skipped, second.republished) == (0, 1, 1)
    [event] = falkor.read(MEETING)
    assert event["sources"] == ["Alpha Wire", "Beta Times"] and event["count"] == 1
    assert event["credibility"] == 2
    assert falkor.read(MET_WITH) == [{"sources": ["Alpha Wire", "Beta Times"], "credibility": 2}]
    again = ingest(falkor, [copy, report(tmp_path / "three", "a.txt", BODY)])
    assert again.republished == 0 and falkor.read(MEETING)[0]["sources"] == event["sources"]


def test_a_merge_that_writes_the_report_again_keeps_the_added_publisher(
    falkor: FalkorStore, tmp_path: Path
) -> None:
    body = f"{BODY} Najib Mikati met Ali Larijani in Beirut on 5 June 2024."
    ingest(falkor, [report(tmp_path / "one", "a.txt", body, "Alpha Wire")])
    ingest(falkor, [report(tmp_path / "two", "a.txt", body, "Beta Times")])
    before = falkor.read("MATCH (e:Event) RETURN e.sources AS sources")
    assert len(before) == 2
    judgements.merge(falkor, "person:nabih-berri", "person:najib-mikati", "test: re-projection")
    rows = falkor.read("MATCH (e:Event) RETURN e.sources AS sources, e.credibility AS c")
    assert rows == [{"sources": ["Alpha Wire", "Beta Times"], "c": 2}] * 2, rows
    gone = "MATCH (n:Entity {id: 'person:najib-mikati'}) RETURN n.id AS id"
    assert falkor.read(gone) == []  # the report was written again, on the kept actor
