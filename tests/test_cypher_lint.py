"""The offline Neo4j 5 Cypher linter, run for real (node + tools/cypherlint)."""

from __future__ import annotations

import pytest

from actorgraph.errors import ActorgraphError
from actorgraph.queries.lint import LintQuery, LintResult, lint, node_command
from actorgraph.schema import SCHEMA

try:
    node_command()
except ActorgraphError as exc:  # the message ends with: run: npm ci --prefix tools/cypherlint
    pytest.skip(f"Cypher linter not usable: {exc}", allow_module_level=True)

KEYS = ["id", "name", "aliases", "type", "date", "count", "firstSeen", "lastSeen", "role"]

VALID = {
    "merge-rows": (
        "UNWIND $rows AS row\n"
        "MERGE (n:Person {id: row.id})\n"
        "ON CREATE SET n.name = row.name, n.aliases = row.aliases, n.firstSeen = row.date\n"
        "ON MATCH SET n.lastSeen = row.date, n.count = coalesce(n.count, 0) + 1\n"
        "RETURN count(n) AS written",
        {"rows": "LIST<MAP>"},
    ),
    "call-subquery": (
        "MATCH (p:Person {id: $actor}) "
        "CALL (p) { MATCH (p)-[:MET_WITH]-(o:Actor) RETURN count(o) AS met } "
        "RETURN p.name AS name, met",
        {"actor": "STRING"},
    ),
    "shortest-path": (
        "MATCH (a:Actor {id: $a}), (b:Actor {id: $b}), p = shortestPath((a)-[*..6]-(b)) "
        "RETURN [n IN nodes(p) | n.name] AS names, length(p) AS hops",
        {"a": "STRING", "b": "STRING"},
    ),
    "all-shortest-paths": (
        "MATCH p = allShortestPaths("
        "(a:Actor {id: $a})-[:MET_WITH|SUPPORTS*..4]-(b:Actor {id: $b})) RETURN p LIMIT $limit",
        {"a": "STRING", "b": "STRING", "limit": "INTEGER"},
    ),
    "exists-subquery": (
        "MATCH (a:Actor) WHERE EXISTS { MATCH (a)-[:PARTICIPATED_IN]->(:Meeting)-[:AT]->(:Place) } "
        "RETURN a.name AS name",
        {},
    ),
    "comprehension-reduce-case": (
        "MATCH (e:Event)<-[:PARTICIPATED_IN]-(a:Actor) WITH e, collect(a) AS actors "
        "RETURN e.id AS id, [x IN actors WHERE x.type = 'Person' | x.name] AS people, "
        "reduce(s = 0, x IN actors | s + size(x.aliases)) AS n, "
        "CASE WHEN size(actors) > 2 THEN 'big' ELSE 'small' END AS kind "
        "ORDER BY e.date DESC LIMIT $limit",
        {"limit": "INTEGER"},
    ),
    "map-param": (
        "MATCH (n:Person {id: $id}) SET n += $props RETURN n",
        {"id": "STRING", "props": "MAP"},
    ),
}


BROKEN = {
    "syntax-paren": ("MATCH (n:Person RETURN n", "Invalid input 'RETURN'"),
    "syntax-keyword": ("MATCH (n:Person) RETRN n", "Invalid input 'RETRN'"),
    "falkordb-function": ("MATCH (n:Person) RETURN toJSON(n)", "Function toJSON is not present"),
    "apoc-function": ("MATCH (n:Person) RETURN apoc.text.join(n.aliases, ',')", "apoc.text.join"),
    "undefined-variable": ("MATCH (n:Person) RETURN m.name", "Variable `m` not defined"),
    "wrong-type": ("MATCH (n:Person) RETURN toUpper(1)", "Type mismatch"),
    "neo4j4-exists": ("MATCH (n:Person) WHERE exists(n.name) RETURN n", "no longer supported"),
    "shortest-min-length": (
        "MATCH p = shortestPath((a:Person)-[*2..6]-(b:Person)) RETURN p",
        "minimal length",
    ),
    "falkordb-procedure": (
        "CALL db.idx.fulltext.queryNodes('Person', 'x') YIELD node RETURN node",
        "Procedure db.idx.fulltext.queryNodes is not present",
    ),
}

OTHER = {
    "position": ("MATCH (n:Person)\nRETURN m", {}),
    "undeclared-params": ("MATCH (n:Person {id: $actor}) RETURN n LIMIT $limit", {}),
    "declared-params": (
        "MATCH (n:Person {id: $actor}) RETURN n LIMIT $limit",
        {"actor": "STRING", "limit": "INTEGER"},
    ),
    "undeclared-label": ("MATCH (n:Persn)-[:KNOWS]->(m) RETURN m", {}),
    "old-call": (
        "MATCH (p:Person) CALL { WITH p MATCH (p)--(o) RETURN count(o) AS c } RETURN c",
        {},
    ),
    "unbounded-shortest": ("MATCH p = shortestPath((a:Person)-[*]-(b:Person)) RETURN p", {}),
}


@pytest.fixture(scope="module")
def results() -> dict[str, LintResult]:
    """Every query of this module, linted in one node run (start-up costs about a second)."""
    queries = [LintQuery(name, text, params) for name, (text, params) in VALID.items()]
    queries += [LintQuery(name, text) for name, (text, _) in BROKEN.items()]
    queries += [LintQuery(name, text, params) for name, (text, params) in OTHER.items()]
    found = lint(queries, SCHEMA.all_labels, SCHEMA.all_rel_types, KEYS)
    assert [r.name for r in found] == [q.name for q in queries]
    return {r.name: r for r in found}


def messages(result: LintResult, severity: str = "error") -> str:
    return " | ".join(d.message for d in result.diagnostics if d.severity == severity)


@pytest.mark.parametrize("name", VALID)
def test_valid_neo4j5_queries_are_clean(results: dict[str, LintResult], name: str) -> None:
    assert results[name].diagnostics == []


@pytest.mark.parametrize("name", BROKEN)
def test_broken_queries_give_an_error_naming_the_problem(
    results: dict[str, LintResult], name: str
) -> None:
    assert BROKEN[name][1] in messages(results[name])


def test_error_position_is_one_based(results: dict[str, LintResult]) -> None:
    (diagnostic,) = results["position"].errors
    assert (diagnostic.line, diagnostic.column) == (2, 8)


def test_declared_parameters_silence_parameter_errors(results: dict[str, LintResult]) -> None:
    undeclared = messages(results["undeclared-params"])
    assert "Parameter $actor is not defined" in undeclared
    assert "Parameter $limit is not defined" in undeclared
    assert results["declared-params"].diagnostics == []


def test_undeclared_label_and_type_are_warnings_not_errors(
    results: dict[str, LintResult],
) -> None:
    result = results["undeclared-label"]
    assert result.errors == []
    assert "Label Persn is not present" in messages(result, "warning")
    assert "Relationship type KNOWS is not present" in messages(result, "warning")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("old-call", "variable scope clause is now deprecated"),
        ("unbounded-shortest", "unbounded pattern"),
    ],
)
def test_deprecated_or_costly_constructs_only_warn(
    results: dict[str, LintResult], name: str, expected: str
) -> None:
    assert results[name].errors == []
    assert expected in messages(results[name], "warning")


def test_missing_tool_folder_says_how_to_install(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("ACTORGRAPH_CYPHERLINT", str(tmp_path))
    with pytest.raises(ActorgraphError, match="npm ci --prefix tools/cypherlint"):
        lint([LintQuery("q", "RETURN 1")], [], [])
