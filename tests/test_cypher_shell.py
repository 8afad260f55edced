"""``actorgraph cypher`` as cypher-shell users expect it, and ``actorgraph schema``, on the real
embedded engine (and Neo4j where ``NEO4J_URI`` is set): typed parameters, write counters,
plans, statements from a file or stdin, and errors in one readable line."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from actorgraph import console
from actorgraph.cli import cli
from actorgraph.errors import QueryError, ReadOnlyRefusal
from actorgraph.graph.falkor import FalkorStore
from actorgraph.graph.store import GraphStore

from .test_queries_graph import write_fixture

LONG_NAMES = "MATCH (n:Person) WHERE size(n.name) > $k RETURN n.name AS name ORDER BY name"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("shell")
    store = FalkorStore(folder, database="actorgraph")
    write_fixture(store)
    yield folder
    store.close()


def invoke(home: Path, *args: str, stdin: str | None = None, graph: str = "") -> Result:
    env = {"ACTORGRAPH_HOME": str(home), "NEO4J_URI": None, "COLUMNS": "100"}
    database = ["--database", graph] if graph else []
    return CliRunner().invoke(cli, [*database, "cypher", *args], env=env, input=stdin)


def names(result: Result) -> list[str]:
    assert result.exit_code == 0, result.output
    return [row["name"] for row in json.loads(result.stdout)]


def test_typed_parameters(home: Path) -> None:
    every = names(invoke(home, LONG_NAMES, "-p", "k:=0", "--format", "json"))
    long = names(invoke(home, LONG_NAMES, "-p", "k:=14", "--format", "json"))
    assert every and long and set(long) < set(every)
    assert long == sorted(n for n in every if len(n) > 14)
    echoed = invoke(home, "RETURN $a AS a, $b AS b, $c AS c", "-p", "a:=5", "-p", "b=5",
                    "-p", 'c:=["x", 2]', "--format", "json")  # fmt: skip
    assert json.loads(echoed.stdout) == [{"a": 5, "b": "5", "c": ["x", 2]}]


def test_a_bad_json_parameter_is_named(home: Path) -> None:
    result = invoke(home, "RETURN $k", "-p", "k:=[1,")
    assert result.exit_code == 1
    assert "--param k:" in result.stderr and "not JSON" in result.stderr


def test_a_missing_parameter_is_named(home: Path) -> None:
    result = invoke(home, LONG_NAMES)
    assert result.exit_code == 1
    assert result.stderr == (
        "error: missing parameter $k: give it with --param k=TEXT or --param k:=JSON\n"
    )


def test_a_write_prints_its_counters(home: Path) -> None:
    graph = f"scratch-{uuid.uuid4().hex[:8]}"
    create = "CREATE (:Organization {id: 'organization:test-a', name: 'Test A'})"
    made = invoke(home, "--write", create, graph=graph)
    assert made.exit_code == 0, made.output
    assert "1 nodes created" in made.stderr and "2 properties set" in made.stderr
    gone = invoke(home, "--write", "MATCH (n:Organization) DETACH DELETE n", graph=graph)
    assert "1 nodes deleted" in gone.stderr
    again = invoke(home, "--write", "MATCH (n:Organization) DETACH DELETE n", graph=graph)
    assert again.stderr.strip() == "no changes"


def test_the_read_only_refusal_names_write(home: Path) -> None:
    graph = f"scratch-{uuid.uuid4().hex[:8]}"
    result = invoke(home, "CREATE (:Organization {id: 'organization:x'})", graph=graph)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "--write" in result.stderr
    count = invoke(home, "MATCH (n) RETURN count(n) AS n", "--format", "json", graph=graph)
    assert json.loads(count.stdout) == [{"n": 0}]


def test_explain_and_profile_show_the_plan(home: Path) -> None:
    explain = invoke(home, "EXPLAIN MATCH (n:Person {id: 'person:x'}) RETURN n.name")
    assert explain.exit_code == 0, explain.output
    assert "Results" in explain.stdout and "Index Scan" in explain.stdout
    profile = invoke(home, "PROFILE MATCH (n:Person) RETURN count(n)")
    assert profile.exit_code == 0, profile.output
    assert "Records produced" in profile.stdout
    graph = f"scratch-{uuid.uuid4().hex[:8]}"
    refused = invoke(home, "PROFILE CREATE (:Organization {id: 'organization:y'})", graph=graph)
    assert refused.exit_code == 1 and "--write" in refused.stderr
    count = invoke(home, "MATCH (n) RETURN count(n) AS n", "--format", "json", graph=graph)
    assert json.loads(count.stdout) == [{"n": 0}]


def test_statements_from_a_file_and_from_stdin(home: Path, tmp_path: Path) -> None:
    script = tmp_path / "q.cypher"
    script.write_text(
        "// people; then places\nMATCH (n:Person) RETURN count(n) AS people;\n"
        "MATCH (n:Place) RETURN count(n) AS places;\n"
    )
    result = invoke(home, "-f", str(script), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [list(r) for r in rows] == [["people"], ["places"]]
    assert rows[0]["people"] > 0 and rows[1]["places"] > 0
    piped = invoke(home, "-", "--format", "jsonl", stdin=script.read_text())
    assert piped.stdout == result.stdout
    bad = tmp_path / "bad.cypher"
    bad.write_text("RETURN 1 AS one;\nMATCH (n:Person RETURN n;")
    failed = invoke(home, "-f", str(bad))
    assert failed.exit_code == 1
    assert failed.stderr.startswith(f"error: {bad}: statement 2: ")


def test_engine_errors_are_one_line_without_noise(home: Path) -> None:
    result = invoke(home, "MATCH (n:Person RETURN n")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "errMsg" not in result.stderr and "errCtx" not in result.stderr
    assert "(line 1, column 17)" in result.stderr


def test_unknown_labels_and_types_are_warned_with_the_closest(home: Path) -> None:
    result = invoke(home, "MATCH (p:Persn)-[:LEADS|MEMBR_OF]->(o) RETURN p.name")
    assert result.exit_code == 0, result.output
    assert "warning: unknown label :Persn (did you mean :Person?)" in result.stderr
    assert "unknown relationship type :MEMBR_OF (did you mean :MEMBER_OF?)" in result.stderr
    assert ":LEADS" not in result.stderr
    clean = invoke(home, "MATCH (p:Person)-[:LEADS]->(o:Organization) RETURN p.name")
    assert clean.stderr == ""


def test_schema_lists_labels_types_keys_and_indexes(home: Path) -> None:
    env = {"ACTORGRAPH_HOME": str(home), "NEO4J_URI": None}
    result = CliRunner().invoke(cli, ["schema", "--format", "json"], env=env)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    by = {(r["what"], r["name"]): r for r in rows}
    people = invoke(home, "MATCH (n:Person) RETURN count(n) AS n", "--format", "json")
    assert by[("label", "Person")]["count"] == json.loads(people.stdout)[0]["n"] > 0
    assert ("relationship type", "PARTICIPATED_IN") in by
    assert ("property key", "evidence") in by
    indexes = [name for what, name in by if what == "index"]
    assert any(n.startswith("Entity(") and "id" in n.split("(")[1] for n in indexes), indexes


def test_console_on_each_engine(store: GraphStore) -> None:
    """The library under the command: counters, plans and the schema on both engines."""
    create = "CREATE (:Organization {id: $id, name: $name})"
    made = console.run(store, create, {"id": "organization:c", "name": "C"}, write=True)
    assert made.counters["nodes created"] == 1 and made.counters["properties set"] == 2
    with pytest.raises(ReadOnlyRefusal):
        console.run(store, "MATCH (n) DETACH DELETE n", {})
    with pytest.raises(QueryError, match=r"missing parameter \$id"):
        console.run(store, "MATCH (n {id: $id}) RETURN n", {})
    plan = console.run(store, "EXPLAIN MATCH (n:Organization) RETURN n.name", {}).plan
    assert plan and plan[0].strip()
    labels = {r["name"]: r["count"] for r in console.schema(store) if r["what"] == "label"}
    assert labels["Organization"] == 1
