"""``actorgraph query`` and ``actorgraph cypher`` through the real command line, on the
embedded engine of a temporary folder holding the fixture graph."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from actorgraph.cli import cli
from actorgraph.graph.falkor import FalkorStore
from actorgraph.output import parse_columns
from actorgraph.queries import catalog

from .test_queries_graph import write_fixture


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data folder whose default graph holds the fixture; the store kept open keeps the
    engine running for the commands."""
    folder = tmp_path_factory.mktemp("cli")
    store = FalkorStore(folder, database="actorgraph")
    write_fixture(store)
    yield folder
    store.close()


def invoke(home: Path, *args: str) -> Result:
    env = {"ACTORGRAPH_HOME": str(home), "NEO4J_URI": None, "NEO4J_DATABASE": None}
    return CliRunner().invoke(cli, list(args), env=env)


def test_list_shows_every_query_with_its_parameters(home: Path) -> None:
    result = invoke(home, "query", "--list")
    assert result.exit_code == 0, result.output
    for name in catalog():
        assert name in result.stdout
    listing = json.loads(invoke(home, "query", "--list", "--format", "json").stdout)
    by_name = {row["name"]: row for row in listing}
    assert set(by_name) == set(catalog())
    assert "depth:int[1..3]=1" in by_name["ego"]["parameters"]
    assert by_name["who-met"]["parameters"].startswith("actor:actor, place:place=null")
    assert "kinds:kinds=meetings" in by_name["who-met"]["parameters"]
    assert by_name["paths"]["columns"].startswith("path, hops, names")


def test_list_of_one_query(home: Path) -> None:
    result = invoke(home, "query", "ego", "--list")
    assert result.exit_code == 0
    assert "(required)" in result.stdout and "int[1..3]" in result.stdout
    assert "columns: distance, source, type, target" in result.stdout


def test_run_as_json(home: Path) -> None:
    result = invoke(home, "query", "who-met", "-p", "actor=Esmail Qaani", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["met"] for r in rows][:2] == ["Bashar al-Assad", "Faisal Mekdad"]
    assert list(rows[0]) == list(catalog()["who-met"].columns)


def test_run_as_csv(home: Path) -> None:
    result = invoke(
        home, "query", "meetings-at", "--param", "place=Syria", "--param", "since=2024-01-11",
        "--format", "csv",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    table = list(csv.reader(io.StringIO(result.stdout)))
    assert table[0] == list(catalog()["meetings-at"].columns)
    assert [row[0] for row in table[1:]] == ["2024-01-11", "2024-01-12", "2024-04"]


def test_run_as_table(home: Path) -> None:
    result = invoke(home, "query", "paths", "-p", "actor=Ali Larijani", "-p", "other=Faisal Mekdad")
    assert result.exit_code == 0, result.output
    shown = [c.label for c in parse_columns(catalog()["paths"].show)]
    assert result.stdout.splitlines()[0].split() == shown
    wide = invoke(home, "query", "paths", "-p", "actor=Ali Larijani", "-p", "other=Faisal Mekdad",
                  "--wide")  # fmt: skip
    assert wide.stdout.splitlines()[0].split() == list(catalog()["paths"].columns)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["who-met", "-p", "actor=Esmail Qaani", "-p", "bogus=1"], "unknown parameter(s) bogus"),
        (["who-met", "-p", "name=Esmail Qaani"], "unknown parameter(s) name"),  # not a crash
        (["who-met", "-p", "store=x", "-p", "actor=Esmail Qaani"], "unknown parameter(s) store"),
        (["who-met"], "parameter 'actor' is required"),
        (["ego", "-p", "actor=Esmail Qaani", "-p", "depth=9"], "depth: 9 is not in 1..3"),
        (["who-met", "-p", "actor"], "--param expects key=value"),
        (["no-such-query"], "no query named 'no-such-query'"),
    ],
)
def test_bad_parameters_are_one_line_and_exit_1(home: Path, args: list[str], message: str) -> None:
    result = invoke(home, "query", *args)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert message in result.stderr


def test_cypher_is_read_only_unless_write_is_given(home: Path) -> None:
    create = "CREATE (:Note {id: $id, text: $text})"
    text = 'it\'s a "note" with `ticks` and {braces}'
    refused = invoke(home, "cypher", create, "-p", "id=n1", "-p", f"text={text}")
    assert refused.exit_code == 1 and "read-only" in refused.stderr
    count = "MATCH (n:Note) RETURN count(n) AS n"
    assert json.loads(invoke(home, "cypher", count, "--format", "json").stdout) == [{"n": 0}]
    written = invoke(home, "cypher", create, "-p", "id=n1", "-p", f"text={text}", "--write")
    assert written.exit_code == 0, written.output
    found = invoke(home, "cypher", "MATCH (n:Note) RETURN n.text AS text", "--format", "json")
    assert json.loads(found.stdout) == [{"text": text}]
    invoke(home, "cypher", "MATCH (n:Note) DELETE n", "--write")
