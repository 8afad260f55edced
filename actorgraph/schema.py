"""The graph schema, loaded once from ``schema.toml``.

Labels and relationship types reach Cypher text only through :meth:`Schema.label` and
:meth:`Schema.rel_type`, which refuse anything outside the allow-list.

>>> SCHEMA.labels("Person")
['Person', 'Actor', 'Entity']
>>> SCHEMA.rel_type("LEADS")
'LEADS'
>>> SCHEMA.rel_type("LEADS]->() DETACH DELETE (n")
Traceback (most recent call last):
...
actorgraph.errors.SchemaError: unknown relationship type 'LEADS]->() DETACH DELETE (n'
>>> SCHEMA.allowed("LEADS", "Person", "Organization"), SCHEMA.allowed("LEADS", "Place", "Person")
(True, False)
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from actorgraph.errors import SchemaError

SCHEMA_FILE = Path(__file__).with_name("schema.toml")


@dataclass(frozen=True)
class RelationType:
    name: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    symmetric: bool
    derived: bool
    colour: str
    description: str


class Schema:
    """Node types, event kinds and relation types with their allowed endpoints."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.entity_types: dict[str, dict[str, Any]] = data["entities"]
        self.node_types: dict[str, dict[str, Any]] = {**data["entities"], **data["nodes"]}
        self.event_kinds: dict[str, dict[str, Any]] = data["events"]
        self.relations: dict[str, RelationType] = {
            name: RelationType(
                name,
                tuple(spec["from"]),
                tuple(spec["to"]),
                bool(spec.get("symmetric", False)),
                bool(spec.get("derived", False)),
                spec.get("colour", "#888888"),
                spec.get("description", ""),
            )
            for name, spec in data["relations"].items()
        }
        self.structural: dict[str, dict[str, Any]] = data["structural"]

    @classmethod
    def load(cls, path: Path = SCHEMA_FILE) -> Schema:
        with path.open("rb") as fh:
            return cls(tomllib.load(fh))

    # ------------------------------------------------------------------ allow-list
    def label(self, name: str) -> str:
        """Return ``name`` if it is a known label, else raise."""
        if name not in self.all_labels:
            raise SchemaError(f"unknown label {name!r}")
        return name

    def rel_type(self, name: str) -> str:
        """Return ``name`` if it is a known relationship type, else raise."""
        if name not in self.relations and name not in self.structural:
            raise SchemaError(f"unknown relationship type {name!r}")
        return name

    def labels(self, node_type: str) -> list[str]:
        if node_type not in self.node_types:
            raise SchemaError(f"unknown node type {node_type!r}")
        return list(self.node_types[node_type]["labels"])

    def label_clause(self, node_type: str) -> str:
        """``:Person:Actor:Entity`` for a node type, built from the allow-list only."""
        return "".join(f":{label}" for label in self.labels(node_type))

    def event_code(self, kind: str) -> str:
        if kind not in self.event_kinds:
            raise SchemaError(f"unknown event kind {kind!r}")
        return str(self.event_kinds[kind]["code"])

    def pairs_up_to(self) -> int:
        """The most participants of a meeting that still get a ``MET_WITH`` edge per pair."""
        return int(self.data["relations"]["MET_WITH"].get("pairs_up_to", 20))

    def event_is_meeting(self, kind: str) -> bool:
        return bool(self.event_kinds.get(kind, {}).get("meeting", False))

    def allowed(self, predicate: str, source_type: str, target_type: str) -> bool:
        """Whether ``(source_type)-[predicate]->(target_type)`` is a legal edge."""
        spec = self.relations.get(predicate)
        return bool(spec and source_type in spec.sources and target_type in spec.targets)

    def prefix(self, node_type: str) -> str:
        return str(self.node_types[node_type]["prefix"])

    def type_of_id(self, entity_id: str) -> str:
        """``person:x`` -> ``Person``."""
        prefix = entity_id.split(":", 1)[0]
        for name, spec in self.node_types.items():
            if spec["prefix"] == prefix:
                return name
        raise SchemaError(f"id {entity_id!r} has no known type prefix")

    @cached_property
    def all_labels(self) -> set[str]:
        labels = {label for spec in self.node_types.values() for label in spec["labels"]}
        return labels | set(self.event_kinds)

    @cached_property
    def all_rel_types(self) -> list[str]:
        return [*self.relations, *self.structural]

    @property
    def claim_types(self) -> list[str]:
        """Relation types extracted from text (not derived)."""
        return [name for name, spec in self.relations.items() if not spec.derived]


SCHEMA = Schema.load()
