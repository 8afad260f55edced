"""Name keys: every entity keeps ``nameKeys``, the normalised form of its name and of each
alias (indexed), so a name typed on the command line is found through the index instead of
by comparing it with every entity's name and aliases.

The writer sets the keys with the name and aliases; :func:`refresh` sets them again where
aliases are recomputed in Cypher (after a merge or unmerge) and, from ``ensure_schema``, on
entities written before keys existed.

>>> name_key("  Esmail   QAANI ")
'esmail qaani'
>>> name_keys("Hassan Nasrallah", ["Sayyed  Hassan", "hassan nasrallah"])
['hassan nasrallah', 'sayyed hassan']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from actorgraph.graph.store import GraphStore

CHUNK = 5_000
WITHOUT_KEYS = """
MATCH (n:Entity) WHERE n.nameKeys IS NULL
RETURN n.id AS id, n.name AS name, n.aliases AS aliases
"""
OF_IDS = """
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, n.aliases AS aliases
"""
SET_KEYS = """
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.nameKeys = row.keys
"""


def name_key(text: str) -> str:
    """How a typed name is compared: lower case, each run of white space one space."""
    return " ".join(text.split()).lower()


def name_keys(name: str | None, aliases: Iterable[str] | None) -> list[str]:
    """The keys of a name and its aliases, without repeats, the name's first."""
    return list(dict.fromkeys(name_key(t) for t in [name or "", *(aliases or [])] if t.strip()))


def refresh(store: GraphStore, entity_ids: list[str] | None = None) -> int:
    """Set the keys of these entities (of every entity without keys when None) from their
    name and aliases; return how many were set."""
    if entity_ids is None:
        found = store.read(WITHOUT_KEYS)
    else:
        found = store.read(OF_IDS, {"ids": entity_ids}) if entity_ids else []
    rows = [_keyed(row) for row in found]
    for start in range(0, len(rows), CHUNK):
        store.write(SET_KEYS, {"rows": rows[start : start + CHUNK]})
    return len(rows)


def _keyed(row: dict[str, Any]) -> dict[str, Any]:
    return {"id": row["id"], "keys": name_keys(row["name"], row["aliases"])}
