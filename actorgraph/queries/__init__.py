"""The library of named Cypher queries: each is a ``.cypher`` file in this folder whose header
declares its name, description, parameters (type, default) and result columns, in the manner
of datasette's stored queries. An engine-specific variant ``NAME.falkordb.cypher`` or
``NAME.neo4j.cypher`` sits beside the file where the two dialects really differ.

Header lines::

    // name: who-met
    // description: Who met an actor, where and when, with the source sentence.
    // param: actor: actor - the actor (name, alias or id)
    // param: limit: int = 100 - most rows returned
    // columns: actor, met, place, date, evidence

Parameter types: ``string``, ``int``, ``float``, ``bool``, ``date`` (ISO, partial allowed),
``grade`` (A-F), ``list`` (comma-separated), and ``actor``/``place``/``entity``, which accept
a name, an alias or an id and are resolved to the entity's id before the query runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from actorgraph.errors import QueryError
from actorgraph.graph.store import GraphStore, Row

FOLDER = Path(__file__).parent
HEADER = re.compile(r"^//\s*(\w+):\s*(.*)$")
PARAM = re.compile(r"^(\w+):\s*(\w+)(?:\s*=\s*(\S+))?(?:\s+-\s+(.*))?$")
ENTITY_TYPES = {"actor": "Actor", "place": "Place", "entity": "Entity"}
MAX_STRING = 10_000


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: Any = None
    required: bool = True
    description: str = ""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    text: str
    variants: dict[str, str] = field(default_factory=dict)
    path: Path | None = None

    def text_for(self, engine: str) -> str:
        return self.variants.get(engine, self.text)


def parse(source: str, path: Path | None = None) -> NamedQuery:
    """A query file's header and body."""
    meta: dict[str, list[str]] = {}
    body = []
    for line in source.splitlines():
        match = HEADER.match(line.strip())
        if match and not body:
            meta.setdefault(match.group(1), []).append(match.group(2).strip())
        elif line.strip() or body:
            body.append(line)
    if "name" not in meta:
        raise QueryError(f"{path or '<query>'}: no '// name:' header")
    return NamedQuery(
        name=meta["name"][0],
        description=" ".join(meta.get("description", [])),
        params=tuple(_param(p) for p in meta.get("param", [])),
        columns=tuple(c.strip() for c in ",".join(meta.get("columns", [])).split(",") if c.strip()),
        text="\n".join(body).strip(),
        path=path,
    )


def _param(spec: str) -> Param:
    match = PARAM.match(spec)
    if not match:
        raise QueryError(f"bad parameter declaration: {spec!r}")
    name, kind, default, description = match.groups()
    value = None if default in (None, "null") else convert(kind, default.strip("'\""), name)
    return Param(name, kind, value, default is None, description or "")


@lru_cache(maxsize=1)
def catalog() -> dict[str, NamedQuery]:
    """Every named query of the library, by name."""
    queries: dict[str, NamedQuery] = {}
    for path in sorted(FOLDER.glob("*.cypher")):
        stem, _, engine = path.name.removesuffix(".cypher").partition(".")
        if engine:
            continue
        query = parse(path.read_text(encoding="utf-8"), path)
        variants = {
            v.name.removesuffix(".cypher").split(".", 1)[1]: parse(v.read_text(), v).text
            for v in FOLDER.glob(f"{stem}.*.cypher")
        }
        queries[query.name] = NamedQuery(**{**query.__dict__, "variants": variants})
    return queries


def get(name: str) -> NamedQuery:
    try:
        return catalog()[name]
    except KeyError:
        known = ", ".join(sorted(catalog()))
        raise QueryError(f"no query named {name!r} (known: {known})") from None


def convert(kind: str, value: Any, name: str = "value") -> Any:
    """A parameter value as the query expects it (strings from the command line too)."""
    if value is None:
        return None
    if isinstance(value, str) and len(value) > MAX_STRING:
        raise QueryError(f"parameter {name}: longer than {MAX_STRING} characters")
    try:
        return _CONVERT.get(kind, str)(value)
    except (TypeError, ValueError):
        raise QueryError(f"parameter {name}: {value!r} is not a valid {kind}") from None


def _grade(value: Any) -> str:
    letter = str(value).strip().upper()
    if letter not in "ABCDEF" or len(letter) != 1:
        raise ValueError(value)
    return letter


def _date(value: Any) -> str:
    text = str(value).strip()
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        raise ValueError(value)
    return text


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if str(value).lower() in ("1", "true", "yes", "y"):
        return True
    if str(value).lower() in ("0", "false", "no", "n"):
        return False
    raise ValueError(value)


def _list(value: Any) -> list[str]:
    items = value if isinstance(value, list | tuple) else str(value).split(",")
    return [str(v).strip() for v in items if str(v).strip()]


_CONVERT: dict[str, Any] = {
    "int": int,
    "float": float,
    "bool": _bool,
    "date": _date,
    "grade": _grade,
    "list": _list,
    "string": str,
    "actor": str,
    "place": str,
    "entity": str,
}


def bind(query: NamedQuery, store: GraphStore, given: dict[str, Any]) -> dict[str, Any]:
    """Check and convert the given parameters; resolve entity names to ids."""
    unknown = set(given) - {p.name for p in query.params}
    if unknown:
        raise QueryError(f"{query.name}: unknown parameter(s) {', '.join(sorted(unknown))}")
    bound: dict[str, Any] = {}
    for param in query.params:
        if param.name not in given or given[param.name] is None:
            if param.required:
                raise QueryError(f"{query.name}: parameter {param.name!r} is required")
            bound[param.name] = param.default
            continue
        value = convert(param.type, given[param.name], param.name)
        if param.type in ENTITY_TYPES:
            value = resolve_entity(store, value, ENTITY_TYPES[param.type])
        elif param.type == "list" and param.name.endswith(("actors", "entities")):
            value = [resolve_entity(store, v, "Entity") for v in value]
        bound[param.name] = value
    return bound


def resolve_entity(store: GraphStore, name: str, label: str = "Entity") -> str:
    """The id of the entity with this id, name or alias (case-insensitive); the most
    mentioned one when several share a name."""
    from actorgraph.queries.lookup import find_entities

    matches = find_entities(store, name, label)
    if not matches:
        raise QueryError(f"no {label.lower()} named {name!r} in the graph")
    return matches[0]["id"]


def run_query(store: GraphStore, name: str, **params: Any) -> list[Row]:
    """Run a named query with its parameters; rows as plain dicts.

    >>> run_query.__name__
    'run_query'
    """
    query = get(name)
    bound = bind(query, store, params)
    return store.read(query.text_for(store.engine), bound)
