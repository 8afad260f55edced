"""``actorgraph report``: an actor dossier from the demo reports (``seeds/reports``) on the
embedded engine, its counts checked against the graph, and the page opened in Chromium."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from actorgraph.cli import cli
from actorgraph.graph.falkor import FalkorStore
from actorgraph.maps.dossier import Dossier, render_dossier
from actorgraph.maps.page import external_references
from actorgraph.queries import run_query
from actorgraph.schema import SCHEMA

from .conftest import ROOT, load_sibling

HERE = Path(__file__).parent
ACTOR = "person:esmail-qaani"
EVENT_REPORTS = """
MATCH (:Entity {id: $id})-[:PARTICIPATED_IN]->(e:Event)
RETURN e.id AS event, e.kind AS kind, e.evidenceReports AS reports
"""
RELATION_REPORTS = """
MATCH (:Entity {id: $id})-[r]-(:Entity) WHERE type(r) IN $types
RETURN r.evidenceReports AS reports
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("dossier-home")
    args = ["--data-dir", str(home), "ingest", str(ROOT / "seeds" / "reports")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return home


@pytest.fixture(scope="module")
def expected(home: Path) -> dict[str, int]:
    """What the graph holds about the actor, asked directly."""
    store = FalkorStore(home, "actorgraph")
    try:
        events = store.read(EVENT_REPORTS, {"id": ACTOR})
        relations = store.read(RELATION_REPORTS, {"id": ACTOR, "types": list(SCHEMA.relations)})
        timeline = run_query(store, "timeline", actor=ACTOR)
    finally:
        store.close()
    reports = {r for row in [*events, *relations] for r in row["reports"] or []}
    meetings = {e["event"] for e in events if SCHEMA.event_is_meeting(e["kind"])}
    return {"events": len(timeline), "meetings": len(meetings), "sources": len(reports)}


@pytest.fixture(scope="module")
def page(home: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dossier") / "qaani.html"
    args = ["--data-dir", str(home), "report", "--param", "actor=Qaani", "--out", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert ACTOR in result.output
    return out


def block(html: str, element_id: str) -> dict[str, Any]:
    found = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', html)
    assert found, element_id
    return json.loads(found.group(1))


def test_dossier_counts_what_the_graph_holds(page: Path, expected: dict[str, int]) -> None:
    html = page.read_text(encoding="utf-8")
    counts = block(html, "ag-dossier")
    assert {k: counts[k] for k in expected} == expected
    assert expected["events"] >= 5 and expected["meetings"] >= 3 and expected["sources"] >= 3
    assert html.count('<li class="ag-event"') == counts["events"]
    assert html.count('<li id="src-') == counts["sources"]
    assert len(re.findall(r"<tr><td>", html)) == counts["meetings"]
    cited = set(re.findall(r'href="#src-(\d+)"', html))
    assert cited == {str(n) for n in range(1, counts["sources"] + 1)}  # each cited, none dangling
    data = block(html, "ag-data")
    assert ACTOR in {n["id"] for n in data["nodes"]} and counts["edges"] == len(data["edges"])
    assert external_references(html) == []


def test_report_errors_are_one_line(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.html"
    for params in ([], ["-p", "actor=Nobody Atall"], ["-p", "actor=Qaani", "-p", "depth=2"]):
        result = CliRunner().invoke(cli, ["--data-dir", str(home), "report", *params, "--out",
                                          str(out)])  # fmt: skip
        assert result.exit_code == 1 and result.output.strip().count("\n") == 0, result.output
        assert not out.exists()


def test_dossier_text_is_escaped(tmp_path: Path) -> None:
    fixtures = load_sibling("test_maps")
    hostile = fixtures.HOSTILE
    actor = {"id": "person:hostile", "name": hostile, "type": "Person", "aliases": [hostile]}
    event = {**fixtures.EVENTS[0], "place": hostile, "sentence": hostile, "reports": ["r1"]}
    meeting = {"date": "2024-05-01", "place": hostile, "kind": "Meeting",
               "participants": [hostile], "reports": ["r1"]}  # fmt: skip
    sources = {"r1": {"title": hostile, "url": "https://x.example/" + hostile,
                      "sentences": [hostile]}}  # fmt: skip
    dossier = Dossier(actor, [event], fixtures.hostile_graph(), [meeting], sources)
    stats = render_dossier(dossier, tmp_path / "d.html")
    html = stats.path.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert external_references(html) == []
    assert (stats.events, stats.meetings, stats.sources) == (1, 1, 1)


@pytest.mark.browser
def test_dossier_opens_offline_in_chromium(page: Path, tmp_path: Path) -> None:
    agb = load_sibling("browser")
    try:
        with agb.chromium() as browser, agb.visit(browser, page) as seen:
            counts = seen.page.evaluate(
                "JSON.parse(document.getElementById('ag-dossier').textContent)"
            )
            shown = {
                "events": seen.page.locator("li.ag-event").count(),
                "meetings": seen.page.locator("#ag-meetings tbody tr").count(),
                "sources": seen.page.locator("#ag-sources > li").count(),
                **seen.page.evaluate("agDrawn()"),
            }
            seen.page.screenshot(path=str(tmp_path / "dossier.png"), full_page=True)
            found = seen.page.evaluate("q => agFind(q)", "Qaani")
            assert seen.problems() == []
    except agb.BrowserUnavailable as exc:
        pytest.skip(str(exc))
    assert shown == {k: counts[k] for k in shown} and found == ACTOR
    assert agb.png_summary((tmp_path / "dossier.png").read_bytes())["ink"] > 0.02
