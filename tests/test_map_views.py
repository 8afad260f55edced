"""Every ``actorgraph map`` kind, from a real ingest on the embedded engine: the page is
written, loads nothing from outside, and holds what the graph holds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from actorgraph.cli import cli
from actorgraph.maps.page import external_references

from .conftest import FIXTURES

KINDS = [
    ("influence", []),
    ("meetings", []),
    ("places", []),
    ("ego", ["-p", "actor=Hassan Nasrallah", "-p", "depth=2"]),
    ("timeline", ["-p", "actor=Nasrallah"]),
    ("paths", ["-p", "actor=Nasrallah", "-p", "other=Hossein Amir-Abdollahian"]),
]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("maps-home")
    result = CliRunner().invoke(cli, ["--data-dir", str(home), "ingest", str(FIXTURES)])
    assert "reports: 5 new" in result.output, result.output
    return home


def embedded(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="ag-data">(.*?)</script>', page, re.S)
    assert block, "the page has no embedded data"
    return json.loads(block.group(1))


@pytest.mark.parametrize(("kind", "params"), KINDS, ids=[k for k, _ in KINDS])
def test_every_map_kind_is_written_offline(home: Path, tmp_path: Path, kind: str,
                                          params: list[str]) -> None:  # fmt: skip
    out = tmp_path / f"{kind}.html"
    args = ["--data-dir", str(home), "map", kind, *params, "--out", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert external_references(page) == []
    data = embedded(page)
    assert data["meta"]["nodes"] >= 2 if kind != "timeline" else data["meta"]["events"] >= 1


def test_ego_map_holds_the_actor_and_sourced_edges(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "ego.html"
    args = ["--data-dir", str(home), "map", "ego", "-p", "actor=Nasrallah", "--out", str(out)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    data = embedded(out.read_text(encoding="utf-8"))
    assert "person:hassan-nasrallah" in {n["id"] for n in data["nodes"]}
    assert data["edges"] and all("title" in e and e["title"] for e in data["edges"])


def test_map_errors_are_one_line(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.html"
    result = CliRunner().invoke(cli, ["--data-dir", str(home), "map", "ego", "--out", str(out)])
    assert result.exit_code == 1 and result.output.strip().count("\n") == 0
    assert "actor" in result.output and not out.exists()


def test_meeting_edges_carry_the_meetings_own_place_and_date(home: Path, tmp_path: Path) -> None:
    from actorgraph.graph.falkor import FalkorStore
    from actorgraph.maps import views

    store = FalkorStore(home, "actorgraph")
    try:
        rows = views.meeting_rows(store)
        views.meetings(store, tmp_path / "m.html")
    finally:
        store.close()
    said = {", ".join(x for x in (r["place_name"], r["date"]) if x) for r in rows} - {""}
    data = embedded((tmp_path / "m.html").read_text(encoding="utf-8"))
    labels = {e["label"] for e in data["edges"]}
    assert said and labels == said  # every meeting edge says where and when, as the event does
    assert all(e["title"].splitlines()[0] == e["label"] for e in data["edges"])
