"""Take one report's contributions out of the graph, in one query (atomic on FalkorDB, one
transaction on Neo4j): its entries in every edge's and event's provenance lists (an edge or
event no other report supports goes), its participant and place links (the events it
reported count their participants again), its mentions, the entities nothing else holds, and
the report node itself. Re-writing the report afterwards restores what it stated.
"""

from __future__ import annotations

from actorgraph.graph import names
from actorgraph.graph.participants import COUNT
from actorgraph.graph.store import GraphStore

PROVENANCE = """
WITH x, [i IN range(0, size(x.evidenceReports) - 1) WHERE x.evidenceReports[i] <> $rid] AS keep
SET x.reports = [r IN x.reports WHERE r <> $rid],
  x.evidence = [i IN keep | x.evidence[i]],
  x.evidenceReports = [i IN keep | x.evidenceReports[i]],
  x.evidenceSpans = [i IN keep | x.evidenceSpans[i]],
  x.extractors = [i IN keep | x.extractors[i]],
  x.confidences = [i IN keep | x.confidences[i]]
WITH x
SET x.count = size(x.reports),
  x.confidence = reduce(m = 0.0, c IN x.confidences | CASE WHEN c > m THEN c ELSE m END)
WITH x
OPTIONAL MATCH (other:Report) WHERE other.id IN x.reports
WITH x, collect(other) AS others, min(other.reliability) AS best
SET x.sources = reduce(s = [], o IN others |
    s + [p IN coalesce(o.sources, [o.publisher]) WHERE p IS NOT NULL AND NOT p IN s]),
  x.reliability = best
WITH x
SET x.credibility = CASE WHEN size(x.sources) >= 3 THEN 1 WHEN size(x.sources) = 2 THEN 2
  WHEN x.confidence >= 0.7 THEN 3 ELSE 4 END
"""

# The emptied links are deleted by a MATCH of their own: on FalkorDB 4.x, 'SET p ... WITH p
# WHERE <filter> DELETE p' in one clause chain lost the SET of the rows the filter dropped.
RETRACT = f"""
MATCH (rep:Report {{id: $rid}})-[:MENTIONS]->(:Entity)-[x]-(:Entity)
WHERE x.evidenceReports IS NOT NULL AND $rid IN x.reports
WITH DISTINCT x
{PROVENANCE}
WITH x WHERE x.count = 0
DELETE x
WITH count(*) AS _
MATCH (rep:Report {{id: $rid}})<-[:REPORTED_IN]-(x:Event)
WITH DISTINCT x
{PROVENANCE}
WITH count(*) AS _
MATCH (rep:Report {{id: $rid}})<-[:REPORTED_IN]-(:Event)-[p:PARTICIPATED_IN|AT]-()
WHERE $rid IN p.reports
SET p.reports = [r IN p.reports WHERE r <> $rid]
WITH count(*) AS _
MATCH (rep:Report {{id: $rid}})<-[:REPORTED_IN]-(:Event)-[p:PARTICIPATED_IN|AT]-()
WHERE size(p.reports) = 0
DELETE p
WITH count(*) AS _
MATCH (rep:Report {{id: $rid}})<-[:REPORTED_IN]-(e:Event)
WITH DISTINCT e
{COUNT}WITH count(*) AS _
MATCH (rep:Report {{id: $rid}})<-[r:REPORTED_IN]-(x:Event)
DELETE r
WITH x WHERE x.count = 0
DETACH DELETE x
WITH count(*) AS _
MATCH (rep:Report {{id: $rid}})
OPTIONAL MATCH (rep)-[m:MENTIONS]->(n:Entity)
WITH rep, collect(n) AS mentioned
DETACH DELETE rep
WITH mentioned
UNWIND mentioned AS n
OPTIONAL MATCH (n)-[any]-()
WITH n, count(any) AS links
WHERE links = 0
DELETE n
RETURN count(*) AS removed
"""

ALIASES = """
MATCH (n:Entity) WHERE n.id IN $ids
OPTIONAL MATCH (:Report)-[m:MENTIONS]->(n)
WITH n, collect(m.surfaces) AS seen
SET n.aliases = reduce(acc = [], s IN seen | acc + [a IN s WHERE NOT a IN acc AND a <> n.name])
"""


def retract(store: GraphStore, report_id: str) -> None:
    """Remove everything the report contributed (nothing when the report is not there)."""
    store.write(RETRACT, {"rid": report_id})


def refresh_aliases(store: GraphStore, entity_ids: list[str]) -> None:
    """Aliases derived again from the surfaces that reports use (after a merge or unmerge)."""
    if entity_ids:
        store.write(ALIASES, {"ids": entity_ids})
        names.refresh(store, entity_ids)
