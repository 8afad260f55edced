"""Check Cypher text against Neo4j 5's own parser and semantic analysis, offline.

Runs ``node tools/cypherlint/lint.mjs`` once for a batch of queries (JSON over stdin and
stdout). The tool wraps the npm package ``@neo4j-cypher/language-support``: syntax errors,
undefined variables, type mismatches, ``shortestPath`` misuse, removed Neo4j 4 syntax,
functions and procedures that Neo4j 5 does not ship (FalkorDB-only, APOC, GDS) and
undeclared parameters are errors; labels and relationship types missing from the schema
are warnings, as are deprecations and cartesian products. Property keys are not checked.

The tool folder is ``tools/cypherlint`` at the repository root, or the folder named by the
``ACTORGRAPH_CYPHERLINT`` environment variable; install it with
``npm ci --prefix tools/cypherlint``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actorgraph.errors import ActorgraphError

ENV_VAR = "ACTORGRAPH_CYPHERLINT"
INSTALL_HINT = "npm ci --prefix tools/cypherlint"
PACKAGE = Path("node_modules", "@neo4j-cypher", "language-support", "package.json")
TIMEOUT_S = 300


@dataclass(frozen=True)
class LintQuery:
    """A named query and the Cypher types of its parameters (``{"actor": "STRING"}``)."""

    name: str
    text: str
    parameters: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Diagnostic:
    """One finding; ``line`` and ``column`` are 1-based."""

    severity: str  # "error" | "warning" | "info"
    message: str
    line: int
    column: int


@dataclass(frozen=True)
class LintResult:
    name: str
    diagnostics: list[Diagnostic]

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]


def tool_dir() -> Path:
    """The cypherlint folder: ``$ACTORGRAPH_CYPHERLINT`` or ``<repo>/tools/cypherlint``."""
    configured = os.environ.get(ENV_VAR)
    return Path(configured) if configured else Path(__file__).parents[2] / "tools" / "cypherlint"


def node_command(folder: Path | None = None) -> list[str]:
    """The command that runs the linter; raise if node or the npm package is missing."""
    folder = tool_dir() if folder is None else folder
    node = shutil.which("node")
    if node is None:
        raise ActorgraphError(f"Cypher lint needs Node.js (node) on PATH; then run: {INSTALL_HINT}")
    if not (folder / PACKAGE).is_file():
        raise ActorgraphError(f"Cypher lint is not installed in {folder}; run: {INSTALL_HINT}")
    return [node, str(folder / "lint.mjs")]


def _request(
    queries: Iterable[LintQuery],
    labels: Iterable[str],
    rel_types: Iterable[str],
    keys: Iterable[str],
) -> dict[str, Any]:
    schema = {
        "labels": sorted(set(labels)),
        "relationshipTypes": sorted(set(rel_types)),
        "propertyKeys": sorted(set(keys)),
    }
    items = [{"name": q.name, "text": q.text, "parameters": dict(q.parameters)} for q in queries]
    return {"schema": schema, "queries": items}


def _parse(stdout: str) -> list[LintResult]:
    return [
        LintResult(item["name"], [Diagnostic(**d) for d in item["diagnostics"]])
        for item in json.loads(stdout)
    ]


def lint(
    queries: list[LintQuery],
    labels: Iterable[str],
    rel_types: Iterable[str],
    property_keys: Iterable[str] = (),
) -> list[LintResult]:
    """Lint every query as Neo4j 5 Cypher in one node run; results keep the input order."""
    command = node_command()
    payload = json.dumps(_request(queries, labels, rel_types, property_keys))
    try:
        done = subprocess.run(
            command, input=payload, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ActorgraphError(f"Cypher lint could not run: {exc}") from exc
    if done.returncode != 0:
        reason = done.stderr.strip().splitlines()[-1:] or [f"exit status {done.returncode}"]
        raise ActorgraphError(f"Cypher lint failed: {reason[0]}")
    return _parse(done.stdout)
