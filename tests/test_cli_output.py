"""What ``query`` and ``cypher`` print: a table that fits the terminal with the columns that
answer the question, ``--columns``, ``--wide``, the script formats and ``--out``; on the real
embedded engine holding the fixture graph."""

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

WHO = ("query", "who-met", "-p", "actor=Esmail Qaani")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("output")
    store = FalkorStore(folder, database="actorgraph")
    write_fixture(store)
    yield folder
    store.close()


def invoke(home: Path, *args: str, width: int = 100) -> Result:
    env = {"ACTORGRAPH_HOME": str(home), "NEO4J_URI": None, "COLUMNS": str(width)}
    return CliRunner().invoke(cli, list(args), env=env)


def rows_of(home: Path, *args: str) -> list[dict]:
    result = invoke(home, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("width", [100, 72])
def test_the_who_met_table_fits_the_terminal_with_the_answering_columns(
    home: Path, width: int
) -> None:
    result = invoke(home, *WHO, width=width)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= width
    rows = rows_of(home, *WHO)
    assert len(lines) == len(rows) + 2
    if width == 100:
        assert lines[0].split() == ["actor", "met", "place", "date", "kind", "grade", "source"]
    assert "met_id" not in lines[0] and "event_id" not in lines[0]


def test_every_named_query_declares_shown_columns_it_has() -> None:
    for query in catalog().values():
        assert query.show, f"{query.name} declares no // show: columns"
        keys = {k for column in parse_columns(query.show) for k in column.keys}
        assert keys <= set(query.columns), query.name


def test_wide_shows_every_column_in_full(home: Path) -> None:
    result = invoke(home, *WHO, "--wide")
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[0].split()
    assert header == list(catalog()["who-met"].columns)
    evidence = [r["evidence"] for r in rows_of(home, *WHO)]
    lines = result.stdout.splitlines()
    assert all(any(e in line for line in lines) for e in evidence)
    assert max(len(line) for line in lines) > max(100, *map(len, evidence))


def test_columns_pick_and_join_in_any_format(home: Path) -> None:
    result = invoke(home, *WHO, "--columns", "met,date,grade", "--format", "csv")
    assert result.exit_code == 0, result.output
    table = list(csv.reader(io.StringIO(result.stdout)))
    assert table[0] == ["met", "date", "grade"]
    full = rows_of(home, *WHO)
    assert table[1:] == [
        [r["met"], r["date"] or "", f"{r['reliability']}{r['credibility']}"] for r in full
    ]


def test_an_unknown_column_is_one_line_naming_it(home: Path) -> None:
    result = invoke(home, *WHO, "--columns", "met,whom")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "'whom'" in result.stderr and "met_id" in result.stderr


def test_jsonl_tsv_and_markdown(home: Path) -> None:
    full = rows_of(home, *WHO)
    jsonl = invoke(home, *WHO, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in jsonl] == full
    tsv = invoke(home, *WHO, "--format", "tsv").stdout.splitlines()
    assert tsv[0].split("\t") == list(catalog()["who-met"].columns)
    assert [line.split("\t")[1] for line in tsv[1:]] == [r["met"] for r in full]
    markdown = invoke(home, *WHO, "--format", "markdown").stdout.splitlines()
    assert markdown[0] == "| actor | met | place | date | kind | grade | source |"
    assert markdown[1] == "| --- | --- | --- | --- | --- | --- | --- |"
    assert len(markdown) == len(full) + 2


def test_out_writes_the_file_and_nothing_else(home: Path, tmp_path: Path) -> None:
    target = tmp_path / "met.csv"
    target.write_text("old content")
    result = invoke(home, *WHO, "--format", "csv", "--out", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert target.read_text() == invoke(home, *WHO, "--format", "csv").stdout
    assert [p.name for p in tmp_path.iterdir()] == ["met.csv"]
    missing = invoke(home, *WHO, "--out", str(tmp_path / "no" / "met.txt"))
    assert missing.exit_code == 1
    assert str(tmp_path / "no" / "met.txt") in missing.stderr


def test_cypher_takes_the_same_output_options(home: Path) -> None:
    statement = "MATCH (p:Person) RETURN p.name AS name, p.id AS id ORDER BY name"
    result = invoke(home, "cypher", statement, "--columns", "id", "--format", "tsv")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "id" and all(line.startswith("person:") for line in lines[1:])
    names = rows_of(home, "cypher", statement)
    assert len(lines) == len(names) + 1 > 3
