"""Participant counts: every event keeps ``participants``, the number of distinct entities
with a ``PARTICIPATED_IN`` link to it, so who-met can skip the meetings of an actor that have
nobody else in them without expanding each of a hub's thousands of meetings.

The write query counts again the events of its batch (``cypher.COUNTED``), the retraction of a
report those it reported (``retract.RETRACT``), and :func:`refresh` sets the count on events
written before counts existed: from ``ensure_schema``, and when a store opens a graph whose
events have none yet (:func:`missing`).
"""

from __future__ import annotations

from actorgraph.graph.store import GraphStore

# Counted again, not incremented: a batch merges links that may be there already.
COUNT = """OPTIONAL MATCH (e)<-[:PARTICIPATED_IN]-(b:Entity)
WITH e, count(DISTINCT b) AS n
SET e.participants = n
"""
UNCOUNTED = "MATCH (e:Event) WHERE e.participants IS NULL\nWITH e\n" + COUNT
# Counts are set on every event at once, so one event tells whether a graph has them.
ANY_UNCOUNTED = "MATCH (e:Event) RETURN e.participants IS NULL AS missing LIMIT 1"


def missing(store: GraphStore) -> bool:
    """Whether the graph has events without a participant count (written before counts)."""
    rows = store.read(ANY_UNCOUNTED)
    return bool(rows and rows[0]["missing"])


def refresh(store: GraphStore) -> None:
    """Count the participants of every event that has no count yet."""
    store.write(UNCOUNTED)
