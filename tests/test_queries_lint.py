"""Every query file of the library, and every engine variant, is valid Neo4j 5 Cypher:
Neo4j's own parser and semantic analysis, offline, with the query's parameters typed and
the schema's labels and relationship types declared."""

from __future__ import annotations

import pytest

from actorgraph.errors import ActorgraphError
from actorgraph.queries import FOLDER, catalog, lookup
from actorgraph.queries.lint import LintQuery, LintResult, lint, node_command
from actorgraph.schema import SCHEMA

try:
    node_command()
except ActorgraphError as exc:  # the message ends with: run: npm ci --prefix tools/cypherlint
    pytest.skip(f"Cypher linter not usable: {exc}", allow_module_level=True)

REL_TYPES = list(SCHEMA.all_rel_types)
# Warnings accepted after review, by query; none so far.
ACCEPTED_WARNINGS: dict[str, list[str]] = {}


def library() -> list[LintQuery]:
    """Every body of every query file, named ``who-met`` or ``paths.falkordb``."""
    return [
        LintQuery(f"{q.name}.{engine}" if engine else q.name, body.text, q.cypher_types(engine))
        for q in catalog().values()
        for engine, body in q.bodies().items()
    ]


def lookups() -> list[LintQuery]:
    """The entity look-ups that resolve names before a query runs."""
    label = {"label": "Actor"}
    return [
        LintQuery("lookup.by-id", lookup.BY_ID, {"q": "STRING"}),
        LintQuery("lookup.by-key", lookup.BY_KEY.format(**label), {"key": "STRING"}),
        LintQuery("lookup.keyed", lookup.KEYED.format(**label), {"key": "STRING"}),
        LintQuery("lookup.unkeyed", lookup.UNKEYED),
        LintQuery("lookup.by-name", lookup.BY_NAME.format(**label), {"low": "STRING"}),
        LintQuery("lookup.names", lookup.NAMES.format(**label)),
    ]


@pytest.fixture(scope="module")
def results() -> dict[str, LintResult]:
    queries = library() + lookups()
    found = lint(queries, SCHEMA.all_labels, REL_TYPES)
    return {r.name: r for r in found}


def test_every_query_file_is_linted() -> None:
    assert len(library()) == len(list(FOLDER.glob("*.cypher")))


def test_no_query_has_an_error(results: dict[str, LintResult]) -> None:
    errors = {name: [d.message for d in r.errors] for name, r in results.items() if r.errors}
    assert errors == {}


def test_only_reviewed_warnings(results: dict[str, LintResult]) -> None:
    warnings = {name: [d.message for d in r.warnings] for name, r in results.items()}
    assert {name: found for name, found in warnings.items() if found} == ACCEPTED_WARNINGS


def test_the_declared_parameters_are_what_makes_a_query_clean() -> None:
    """The same text without its parameter declarations fails: the check is not vacuous."""
    query = catalog()["who-met"]
    (result,) = lint([LintQuery("bare", query.text)], SCHEMA.all_labels, REL_TYPES)
    assert "Parameter $actor is not defined" in " ".join(d.message for d in result.errors)
