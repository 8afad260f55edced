"""Find entities by id, name or alias (case-insensitive), most mentioned first."""

from __future__ import annotations

from typing import Any

from actorgraph.graph.store import GraphStore
from actorgraph.schema import SCHEMA

BY_ID = "MATCH (n:Entity {id: $q}) RETURN n.id AS id, n.name AS name, n.type AS type"
BY_NAME = """
MATCH (n:{label})
WHERE toLower(n.name) = $low OR any(a IN n.aliases WHERE toLower(a) = $low)
OPTIONAL MATCH (:Report)-[m:MENTIONS]->(n)
RETURN n.id AS id, n.name AS name, n.type AS type, count(m) AS reports
ORDER BY reports DESC, id
"""


def find_entities(store: GraphStore, name: str, label: str = "Entity") -> list[dict[str, Any]]:
    """Entities whose id, name or alias is ``name``."""
    rows = store.read(BY_ID, {"q": name})
    if rows and (label == "Entity" or label in SCHEMA.labels(rows[0]["type"])):
        return rows
    query = BY_NAME.format(label=SCHEMA.label(label))
    return store.read(query, {"low": " ".join(name.split()).lower()})
