"""The library of named Cypher queries: each is a ``.cypher`` file in this folder whose header
declares its name, description, parameters (type, default) and result columns, in the manner
of datasette's stored queries. An engine-specific variant ``NAME.falkordb.cypher`` or
``NAME.neo4j.cypher`` sits beside the file where the two dialects really differ.
``README.md`` in this folder documents every query.

Header lines::

    // name: who-met
    // description: Who met an actor, where and when, with the source sentence.
    // param: actor: actor - the actor (name, alias or id)
    // param: depth: int[1..3] = 1 - hops from the actor
    // param: limit: int = 100 - most rows returned
    // columns: actor, met, place, date, evidence
    // show: actor, met, place, date, grade=reliability+credibility

Parameter types: ``string``, ``int`` (``int[1..3]`` bounds it), ``float``, ``bool``, ``date``
(ISO, partial allowed), ``grade`` (A-F), ``list`` (comma-separated), ``reltypes``
(relationship types of the schema; ``all`` = every one), ``kinds`` (event kinds; ``meetings``
= the kinds the schema marks as meetings, ``all`` = every kind), ``actor``/``place``/``entity``
(a name, an alias or an id, resolved to the entity's id before the query runs) and
``actors`` (a list of those). Values only ever travel as query parameters.

A body may also declare ``// compute: STEP``: a Python step of :mod:`actorgraph.queries.compute`
runs the body's Cypher (with the bound parameters, plus any ``// input:`` values the step
supplies, declared like parameters) and turns its rows into the result rows, for what Cypher
cannot do the same way, or fast enough, on both engines. A variant file repeats ``// name:``
and may declare its own ``compute`` and ``input`` lines; its parameters and columns are the
main file's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from actorgraph.dates import parse_iso
from actorgraph.errors import QueryError
from actorgraph.graph.store import GraphStore, Row
from actorgraph.schema import SCHEMA

FOLDER = Path(__file__).parent
ENGINES = ("falkordb", "neo4j")
HEADER = re.compile(r"^//\s*(name|description|param|columns|show|compute|input):\s*(.*)$")
PARAM = re.compile(r"^(\w+):\s*(\w+)(?:\[(-?\d+)\.\.(-?\d+)\])?(?:\s*=\s*(\S+))?(?:\s+-\s+(.*))?$")
ENTITY_TYPES = {"actor": "Actor", "place": "Place", "entity": "Entity"}
MAX_STRING = 10_000
CYPHER_TYPES = {
    "string": "STRING",
    "int": "INTEGER",
    "float": "FLOAT",
    "bool": "BOOLEAN",
    "date": "STRING",
    "grade": "STRING",
    "actor": "STRING",
    "place": "STRING",
    "entity": "STRING",
    "list": "LIST<STRING>",
    "reltypes": "LIST<STRING>",
    "kinds": "LIST<STRING>",
    "actors": "LIST<STRING>",
}


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: Any = None
    required: bool = True
    description: str = ""
    bounds: tuple[int, int] | None = None
    declared: str | None = None  # the default as written in the header

    @property
    def type_spec(self) -> str:
        """``int[1..3]``."""
        return self.type + (f"[{self.bounds[0]}..{self.bounds[1]}]" if self.bounds else "")

    @property
    def default_spec(self) -> str:
        """The default as written (``meetings``), or ``null``; empty when required."""
        if self.required:
            return ""
        return self.declared if self.declared is not None else _show(self.default)

    @property
    def spec(self) -> str:
        """``depth:int[1..3]=1`` as shown by ``query --list``."""
        default = "" if self.required else f"={self.default_spec}"
        return f"{self.name}:{self.type_spec}{default}"


@dataclass(frozen=True)
class Body:
    """The Cypher of a query for one engine, and the Python step that runs it, if any."""

    text: str
    compute: str | None = None
    inputs: tuple[Param, ...] = ()


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    text: str
    variants: dict[str, Body] = field(default_factory=dict)
    path: Path | None = None
    compute: str | None = None
    inputs: tuple[Param, ...] = ()
    show: tuple[str, ...] = ()  # the table's default columns (``// show:``)

    def body_for(self, engine: str) -> Body:
        return self.variants.get(engine) or Body(self.text, self.compute, self.inputs)

    def text_for(self, engine: str) -> str:
        return self.body_for(engine).text

    def bodies(self) -> dict[str, Body]:
        """``{"": main body, "falkordb": variant, ...}``."""
        return {"": self.body_for(""), **self.variants}

    def cypher_types(self, engine: str = "") -> dict[str, str]:
        """The Cypher type of every parameter and step input (for the linter)."""
        declared = self.params + self.body_for(engine).inputs
        return {p.name: CYPHER_TYPES[p.type] for p in declared}


def _show(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(map(str, value))
    return "null" if value is None else str(value)


def parse(source: str, path: Path | None = None) -> NamedQuery:
    """A query file's header and body."""
    meta: dict[str, list[str]] = {}
    body: list[str] = []
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
        columns=_names(meta.get("columns", [])),
        show=_names(meta.get("show", [])),
        text="\n".join(body).strip(),
        path=path,
        compute=(meta.get("compute") or [None])[0],
        inputs=tuple(_param(p) for p in meta.get("input", [])),
    )


def _names(lines: list[str]) -> tuple[str, ...]:
    return tuple(c.strip() for c in ",".join(lines).split(",") if c.strip())


def _param(spec: str) -> Param:
    match = PARAM.match(spec)
    if not match:
        raise QueryError(f"bad parameter declaration: {spec!r}")
    name, kind, low, high, default, description = match.groups()
    if kind not in CYPHER_TYPES:
        raise QueryError(f"parameter {name}: unknown type {kind!r}")
    bounds = (int(low), int(high)) if low is not None else None
    param = Param(name, kind, None, default is None, description or "", bounds)
    if default in (None, "null"):
        return param
    declared = default.strip("'\"")
    return replace(param, default=convert(param, declared), declared=declared)


@lru_cache(maxsize=1)
def catalog() -> dict[str, NamedQuery]:
    """Every named query of the library, by name."""
    queries: dict[str, NamedQuery] = {}
    for path in sorted(FOLDER.glob("*.cypher")):
        stem, _, engine = path.name.removesuffix(".cypher").partition(".")
        if engine:
            if engine not in ENGINES:
                raise QueryError(f"{path.name}: unknown engine {engine!r} (known: {ENGINES})")
            continue
        query = parse(path.read_text(encoding="utf-8"), path)
        variants = {
            v.name.removesuffix(".cypher").split(".", 1)[1]: _variant(v, query.name)
            for v in sorted(FOLDER.glob(f"{stem}.*.cypher"))
        }
        queries[query.name] = replace(query, variants=variants)
    return queries


def _variant(path: Path, name: str) -> Body:
    variant = parse(path.read_text(encoding="utf-8"), path)
    if variant.name != name:
        raise QueryError(f"{path.name}: names {variant.name!r}, not {name!r}")
    return Body(variant.text, variant.compute, variant.inputs)


def get(name: str) -> NamedQuery:
    try:
        return catalog()[name]
    except KeyError:
        known = ", ".join(sorted(catalog()))
        raise QueryError(f"no query named {name!r} (known: {known})") from None


def convert(param: Param, value: Any) -> Any:
    """A parameter value as the query expects it (strings from the command line too)."""
    if value is None:
        return None
    if isinstance(value, str) and len(value) > MAX_STRING:
        raise QueryError(f"parameter {param.name}: longer than {MAX_STRING} characters")
    try:
        converted = _CONVERT.get(param.type, str)(value)
    except NotOneOf as exc:
        raise QueryError(f"parameter {param.name}: {exc}") from None
    except (TypeError, ValueError):
        noun = _NOUNS.get(param.type, param.type)
        raise QueryError(f"parameter {param.name}: {value!r} is not a valid {noun}") from None
    if param.bounds and not param.bounds[0] <= converted <= param.bounds[1]:
        low, high = param.bounds
        raise QueryError(f"parameter {param.name}: {converted} is not in {low}..{high}")
    return converted


class NotOneOf(ValueError):
    """A list item outside its allow-list; the message names the item and the choices."""


_NOUNS = {
    "int": "integer",
    "bool": "bool (true or false)",
    "date": "date (YYYY, YYYY-MM or YYYY-MM-DD)",
    "grade": "grade (A to F)",
    "reltypes": "list of relationship types",
    "kinds": "list of event kinds",
}


def _int(value: Any) -> int:
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ValueError(value)
    return int(value)


def _grade(value: Any) -> str:
    letter = str(value).strip().upper()
    if len(letter) != 1 or letter not in "ABCDEF":
        raise ValueError(value)
    return letter


def _date(value: Any) -> str:
    """'2024', '2024-05' or '2024-05-31', a day of the calendar ('2024-13' and '2024-02-30'
    are errors, not dates that match nothing)."""
    text = str(value).strip()
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text) or parse_iso(text) is None:
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
    items = value if isinstance(value, list | tuple | set) else str(value).split(",")
    return [str(v).strip() for v in items if str(v).strip()]


def _choose(value: Any, known: list[str], groups: dict[str, list[str]]) -> list[str]:
    """Names from ``known`` (case-insensitive), or the members of a named group."""
    chosen: list[str] = []
    by_key = {k.lower(): k for k in known}
    for item in _list(value):
        names = groups.get(item.lower()) or [by_key.get(item.lower(), "")]
        if not all(names):
            raise NotOneOf(f"{item!r} is not one of: {', '.join([*known, *groups])}")
        chosen += [n for n in names if n not in chosen]
    if not chosen:
        raise ValueError(value)
    return chosen


def _reltypes(value: Any) -> list[str]:
    known = list(SCHEMA.relations)
    return _choose(value, known, {"all": known})


def _kinds(value: Any) -> list[str]:
    known = list(SCHEMA.event_kinds)
    meetings = [k for k in known if SCHEMA.event_is_meeting(k)]
    return _choose(value, known, {"all": known, "meetings": meetings})


_CONVERT: dict[str, Any] = {
    "int": _int,
    "float": float,
    "bool": _bool,
    "date": _date,
    "grade": _grade,
    "list": _list,
    "actors": _list,
    "reltypes": _reltypes,
    "kinds": _kinds,
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
        value = convert(param, given[param.name])
        if param.type in ENTITY_TYPES:
            value = resolve_entity(store, value, ENTITY_TYPES[param.type])
        elif param.type == "actors" or (param.type == "list" and param.name.endswith("actors")):
            value = list(dict.fromkeys(resolve_entity(store, v, "Entity") for v in value))
        bound[param.name] = value
    return bound


def resolve_entity(store: GraphStore, name: str, label: str = "Entity") -> str:
    """The id of the entity with this id, name or alias (case-insensitive); the most
    mentioned one when several share a name. The error suggests close names."""
    from actorgraph.queries.lookup import best_id, suggestions

    found = best_id(store, name, label)
    if found is None:
        close = suggestions(store, name, label)
        hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        raise QueryError(f"no {label.lower()} named {name!r} in the graph{hint}")
    return found


def run_query(store: GraphStore, name: str, /, **params: Any) -> list[Row]:
    """Run a named query with its parameters; rows as plain dicts with the declared columns.

    >>> run_query.__name__
    'run_query'
    """
    query = get(name)
    bound = bind(query, store, params)
    body = query.body_for(store.engine)

    def fetch(**inputs: Any) -> list[Row]:
        return store.read(body.text, {**bound, **inputs})

    if not body.compute:
        return fetch()
    from actorgraph.queries.compute import apply

    return apply(body.compute, fetch, bound)
