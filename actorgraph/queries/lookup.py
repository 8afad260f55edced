"""Find entities by id, name or alias (exact, case-insensitive, most mentioned first), and
fuzzy-match names and aliases (typos, missing accents, partial names) for ``search`` and for
the "did you mean" hint of an unknown name.

>>> round(similarity("hizbolah", "Hizballah"), 2)
0.82
>>> similarity("qaani", "Esmail Qaani") > similarity("qaani", "Ali Larijani")
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from difflib import SequenceMatcher
from typing import Any

from actorgraph.graph.names import name_key
from actorgraph.graph.store import GraphStore
from actorgraph.schema import SCHEMA

BY_ID = "MATCH (n:Entity {id: $q}) RETURN n.id AS id, n.name AS name, n.type AS type"
# Through the index of name keys (actorgraph.graph.names), set when entities are written.
BY_KEY = """
MATCH (n:Entity)
WHERE $key IN n.nameKeys AND n:{label}
OPTIONAL MATCH (:Report)-[m:MENTIONS]->(n)
RETURN n.id AS id, n.name AS name, n.type AS type, count(m) AS reports
ORDER BY reports DESC, id
"""
# Every entity compared: when no key matches and some entity has no keys yet (written before
# keys existed; ``ensure_schema``, which every ingest runs, adds them).
BY_NAME = """
MATCH (n:{label})
WHERE toLower(n.name) = $low OR any(a IN n.aliases WHERE toLower(a) = $low)
OPTIONAL MATCH (:Report)-[m:MENTIONS]->(n)
RETURN n.id AS id, n.name AS name, n.type AS type, count(m) AS reports
ORDER BY reports DESC, id
"""
# The ids only: a name most often names one entity, which needs no count of its mentions
# (the busiest actor's 25,000 mentions take 20 ms to count at 1M relationships).
KEYED = """
MATCH (n:Entity)
WHERE $key IN n.nameKeys AND n:{label}
RETURN n.id AS id
"""
UNKEYED = "MATCH (n:Entity) WHERE n.nameKeys IS NULL RETURN n.id AS id LIMIT 1"
NAMES = "MATCH (n:{label}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases"
PARTIAL = 0.95  # a query matching some words of a longer name scores a little below a full match
SUGGEST_SCORE = 0.7


def find_entities(store: GraphStore, name: str, label: str = "Entity") -> list[dict[str, Any]]:
    """Entities whose id, name or alias is ``name``."""
    rows = _by_id(store, name, label)
    return rows or _by_name(store, name, label)


def best_id(store: GraphStore, name: str, label: str = "Entity") -> str | None:
    """The id of :func:`find_entities`' first row (None: no entity has that name), without
    counting mentions when the name is the id or names one entity only."""
    rows = _by_id(store, name, label)
    if not rows:
        keyed = store.read(KEYED.format(label=SCHEMA.label(label)), {"key": name_key(name)})
        rows = keyed if len(keyed) == 1 else _by_name(store, name, label)
    return str(rows[0]["id"]) if rows else None


def _by_id(store: GraphStore, name: str, label: str) -> list[dict[str, Any]]:
    rows = store.read(BY_ID, {"q": name})
    if rows and (label == "Entity" or label in SCHEMA.labels(rows[0]["type"])):
        return rows
    return []


def _by_name(store: GraphStore, name: str, label: str) -> list[dict[str, Any]]:
    """Entities whose name or alias is ``name``, most mentioned first."""
    key, label = name_key(name), SCHEMA.label(label)
    found = store.read(BY_KEY.format(label=label), {"key": key})
    if found or not store.read(UNKEYED):
        return found
    return store.read(BY_NAME.format(label=label), {"low": key})


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces: ``al-Assad`` -> ``al assad``."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", bare).split())


def similarity(query: str, candidate: str) -> float:
    """0..1: 1 for the same folded text, 0.95 x the best match of the query against as many
    consecutive words of the candidate, else difflib's ratio of the whole strings."""
    return _score(SequenceMatcher(None, b=fold(query)), fold(candidate), 0.0)


def _score(matcher: SequenceMatcher[str], candidate: str, floor: float) -> float:
    query = matcher.b
    if not query or not candidate:
        return 0.0
    if query == candidate:
        return 1.0
    best = _ratio(matcher, candidate, floor)
    words = candidate.split()
    size = len(query.split())
    if len(words) > size:
        for start in range(len(words) - size + 1):
            window = " ".join(words[start : start + size])
            best = max(best, PARTIAL * _ratio(matcher, window, max(best, floor) / PARTIAL))
    return best


def _ratio(matcher: SequenceMatcher[str], text: str, floor: float) -> float:
    """difflib's ratio, skipped (0) when its cheap upper bounds are already below ``floor``."""
    matcher.set_seq1(text)
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return 0.0
    return matcher.ratio()


def rank(
    query: str, rows: Iterable[dict[str, Any]], min_score: float = 0.0
) -> list[dict[str, Any]]:
    """Rows with ``name`` and ``aliases``, each with its best ``score`` and the name or alias
    that ``matched``; those below ``min_score`` dropped; best first."""
    matcher = SequenceMatcher(None, b=fold(query))
    ranked = []
    for row in rows:
        best, matched = 0.0, None
        for text in [row["name"], *(row.get("aliases") or [])]:
            score = _score(matcher, fold(text or ""), max(best, min_score))
            if score > best:
                best, matched = score, text
        if matched is not None and best >= min_score:
            ranked.append({**row, "score": round(best, 4), "matched": matched})
    ranked.sort(key=lambda r: (-r["score"], -(r.get("reports") or 0), r["name"] or "", r["id"]))
    return ranked


def suggestions(store: GraphStore, name: str, label: str = "Entity", most: int = 3) -> list[str]:
    """The names of the entities closest to ``name`` (for an error message)."""
    rows = store.read(NAMES.format(label=SCHEMA.label(label)))
    return [row["name"] for row in rank(name, rows, SUGGEST_SCORE)[:most]]
