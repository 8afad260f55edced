"""Your own Cypher, run as cypher-shell runs it: typed parameters, several statements from a
file, the counters of a write, ``EXPLAIN``/``PROFILE`` plans, missing parameters named before
the engine is asked, and a warning for a label or relationship type the schema does not know.

>>> parse_param("k:=5"), parse_param("k=5"), parse_param('names:=["a", "b"]')
(('k', 5), ('k', '5'), ('names', ['a', 'b']))
>>> split_statements("MATCH (n) RETURN n; // a comment; still one\\nRETURN ';' AS s;")
['MATCH (n) RETURN n', "// a comment; still one\\nRETURN ';' AS s"]
>>> sorted(parameters_used("MATCH (n {id: $id}) WHERE n.name = '$not' RETURN $k"))
['id', 'k']
>>> for warning in unknown_names("MATCH (p:Persn)-[:LEAD]->(o:Organization) RETURN p"):
...     print(warning)
unknown label :Persn (did you mean :Person?)
unknown relationship type :LEAD (did you mean :LEADS?)
>>> unknown_names("MATCH (n) WHERE n:Organisation OR n:Person RETURN n {name: n.name}")
['unknown label :Organisation (did you mean :Organization?)']
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from actorgraph.errors import QueryError
from actorgraph.schema import SCHEMA

TOKENS = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|//[^\n]*|/\*.*?\*/|;""", re.S)
PARAMETER = re.compile(r"\$(\w+)")
NODE_LABELS = re.compile(
    r"(?:\(\s*\w*|\b(?:WHERE|AND|OR|NOT|XOR|SET|REMOVE)\s+\w+)\s*((?::\s*\w+\s*)+)", re.I
)
REL_TYPES = re.compile(r"-\[\s*\w*\s*:\s*(\w+(?:\s*\|:?\s*\w+)*)")
PLAN = re.compile(r"^\s*(EXPLAIN|PROFILE)\b", re.I)


def parse_param(pair: str) -> tuple[str, Any]:
    """``k=text`` is the string ``text``; ``k:=5`` is the JSON value (5, 1.5, true, null,
    ``"text"``, ``[1, 2]``, ``{"a": 1}``), as cypher-shell's ``:param k => 5``."""
    key, sep, value = pair.partition("=")
    if not sep or not key.strip(" :"):
        raise QueryError(f"--param expects key=value or key:=json, got {pair!r}")
    if not key.endswith(":"):
        return key.strip(), value
    try:
        return key[:-1].strip(), json.loads(value)
    except json.JSONDecodeError as exc:
        raise QueryError(f"--param {key[:-1].strip()}: {value!r} is not JSON ({exc.msg})") from None


def _blank(text: str) -> str:
    """``text`` with strings, quoted names and comments emptied (``;`` kept)."""
    return TOKENS.sub(lambda m: m[0] if m[0] == ";" else " ", text)


def split_statements(text: str) -> list[str]:
    """The statements of a script, split at ``;`` outside strings and comments."""
    statements, start = [], 0
    for match in TOKENS.finditer(text):
        if match[0] == ";":
            statements.append(text[start : match.start()])
            start = match.end()
    statements.append(text[start:])
    return [s.strip() for s in statements if _blank(s).strip()]


def parameters_used(statement: str) -> set[str]:
    """The ``$names`` a statement uses (not those inside strings or comments)."""
    return set(PARAMETER.findall(_blank(statement)))


def require_params(statement: str, params: Mapping[str, Any]) -> None:
    """Refuse, naming it, a parameter the statement uses and nobody gave."""
    missing = sorted(parameters_used(statement) - set(params))
    if missing:
        name = missing[0]
        raise QueryError(
            f"missing parameter ${name}: give it with --param {name}=TEXT or --param {name}:=JSON"
        )


def unknown_names(statement: str) -> list[str]:
    """Warnings for labels and relationship types outside the schema, each naming the closest
    known one (Neo4j's UnknownLabelWarning)."""
    text = _blank(statement)
    labels = [x for m in NODE_LABELS.finditer(text) for x in re.findall(r"\w+", m[1])]
    types = [x for m in REL_TYPES.finditer(text) for x in re.findall(r"\w+", m[1])]
    warnings = [_warn("label", x, sorted(SCHEMA.all_labels)) for x in dict.fromkeys(labels)]
    warnings += [_warn("relationship type", x, SCHEMA.all_rel_types) for x in dict.fromkeys(types)]
    return [w for w in warnings if w]


def _warn(kind: str, name: str, known: list[str]) -> str:
    if name in known:
        return ""
    by_key = {k.lower(): k for k in known}
    close = difflib.get_close_matches(name.lower(), list(by_key), n=1, cutoff=0.6)
    hint = f" (did you mean :{by_key[close[0]]}?)" if close else ""
    return f"unknown {kind} :{name}{hint}"


@dataclass
class Outcome:
    """What one statement gave: rows, the counters of a write, or a plan."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    plan: list[str] = field(default_factory=list)
    cut: bool = False  # a read gave more rows than the limit asked for


def run(
    store: Any, statement: str, params: Mapping[str, Any], *, write: bool = False, limit: int = 0
) -> Outcome:
    """Run one statement on a store (``EXPLAIN``/``PROFILE`` give the plan); a read gives at
    most ``limit`` rows (0: all)."""
    require_params(statement, params)
    used = {k: v for k, v in params.items() if k in parameters_used(statement)}
    mode = PLAN.match(statement)
    if mode:
        body, profile = statement[mode.end() :], mode[1].upper() == "PROFILE"
        return Outcome(plan=store.plan(body, used, profile=profile, write=write))
    if not write and limit > 0:
        rows, cut = store.read_rows(statement, used, limit)
        return Outcome(rows, cut=cut)
    rows, counters = store.execute(statement, used, write=write)
    return Outcome(rows, counters)


def describe_counters(counters: Mapping[str, int]) -> str:
    """``2 nodes created, 4 properties set`` (cypher-shell's summary line)."""
    return ", ".join(f"{n} {name}" for name, n in counters.items()) or "no changes"


INDEXES = {
    "falkordb": "CALL db.indexes() YIELD label, properties, types, entitytype "
    "RETURN label, properties, types, entitytype",
    "neo4j": "SHOW INDEXES YIELD name, labelsOrTypes, properties, type, entityType "
    "RETURN labelsOrTypes[0] AS label, properties, type AS types, entityType AS entitytype",
}
COUNTS = {
    "label": "MATCH (n) UNWIND labels(n) AS name RETURN name, count(*) AS count",
    "relationship type": "MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count",
}


def schema(store: Any) -> list[dict[str, Any]]:
    """What the graph holds, as Neo4j Browser's ``:schema`` shows it: every label and
    relationship type with its count, every property key, every index."""
    rows = []
    for what, cypher in COUNTS.items():
        found = sorted(store.read(cypher), key=lambda r: r["name"])
        rows += [
            {"what": what, "name": r["name"], "count": r["count"], "detail": ""} for r in found
        ]
    keys = store.read("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey AS name")
    rows += [{"what": "property key", "name": r["name"], "count": None, "detail": ""}
             for r in sorted(keys, key=lambda r: r["name"])]  # fmt: skip
    return rows + [_index(r) for r in store.read(INDEXES[store.engine])]


def _index(row: Mapping[str, Any]) -> dict[str, Any]:
    """``Person(id)`` and its kind (``range``)."""
    types = row.get("types")
    kinds = sorted({t for ts in types.values() for t in ts}) if isinstance(types, dict) else [types]
    name = f"{row.get('label')}({', '.join(row.get('properties') or [])})"
    detail = f"{str(row.get('entitytype') or '').lower()} {'/'.join(map(str, kinds))}".lower()
    return {"what": "index", "name": name, "count": None, "detail": detail.strip()}
