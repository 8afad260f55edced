"""The write query, generated once from the schema: one segment per entity type, event kind
and relation type (labels and types from the allow-list only; every value a parameter).

Segments are chained with ``WITH count(*) AS _`` so an empty list skips its segment and
the whole batch is one query: atomic on FalkorDB, one transaction on Neo4j. Every append
is guarded by ``NOT row.report IN x.reports``, so writing a report twice changes nothing.
FalkorDB applies a SET only at the next clause, so a SET that reads what an earlier SET
wrote comes after a ``WITH``.
"""

from __future__ import annotations

from functools import lru_cache

from actorgraph.schema import SCHEMA

MAX_EVIDENCE = 50  # sentences kept per edge; `reports` and `count` keep growing

REPORT = """
UNWIND $reports AS row
MERGE (rep:Report {id: row.id})
ON CREATE SET rep.title = row.title, rep.date = row.date, rep.url = row.url,
  rep.publisher = row.publisher, rep.path = row.path, rep.sha256 = row.sha256,
  rep.reliability = row.reliability, rep.extractor = row.extractor,
  rep.ingestedAt = row.ingestedAt, rep.extraction = row.extraction
"""

ENTITY = """
UNWIND $entities_{name} AS row
MERGE (n{labels} {{id: row.id}})
ON CREATE SET n.name = row.name, n.type = row.type, n.aliases = [], n.source = row.source,
  n.lat = row.lat, n.lon = row.lon, n.countryCode = row.countryCode, n.kind = row.kind
SET n.aliases = n.aliases + [a IN row.aliases WHERE NOT a IN n.aliases AND a <> n.name]
"""

MENTIONS = """
UNWIND $mentions AS row
MATCH (rep:Report {id: row.report})
MATCH (n:Entity {id: row.entity})
MERGE (rep)-[m:MENTIONS]->(n)
SET m.count = row.count, m.surfaces = row.surfaces
"""

PROVENANCE_INIT = """x.reports = [], x.evidence = [], x.evidenceReports = [],
  x.evidenceSpans = [], x.extractors = [], x.confidences = [], x.sources = [], x.count = 0"""

PROVENANCE_ADD = f"""
WITH x, row WHERE NOT row.report IN x.reports
SET x.reports = x.reports + row.report,
  x.evidence = (x.evidence + row.evidence)[..{MAX_EVIDENCE}],
  x.evidenceReports = (x.evidenceReports + row.evidenceReports)[..{MAX_EVIDENCE}],
  x.evidenceSpans = (x.evidenceSpans + row.evidenceSpans)[..{MAX_EVIDENCE}],
  x.extractors = (x.extractors + row.extractors)[..{MAX_EVIDENCE}],
  x.confidences = (x.confidences + row.confidences)[..{MAX_EVIDENCE}],
  x.sources = CASE WHEN row.source IN x.sources THEN x.sources ELSE x.sources + row.source END,
  x.firstSeen = CASE WHEN row.date IS NULL THEN x.firstSeen
    WHEN x.firstSeen IS NULL OR row.date < x.firstSeen THEN row.date ELSE x.firstSeen END,
  x.lastSeen = CASE WHEN row.date IS NULL THEN x.lastSeen
    WHEN x.lastSeen IS NULL OR row.date > x.lastSeen THEN row.date ELSE x.lastSeen END,
  x.reliability = CASE WHEN x.reliability IS NULL OR row.reliability < x.reliability
    THEN row.reliability ELSE x.reliability END
WITH x, row
SET x.count = size(x.reports),
  x.confidence = reduce(m = 0.0, c IN x.confidences | CASE WHEN c > m THEN c ELSE m END)
WITH x, row
SET x.credibility = CASE WHEN size(x.sources) >= 3 THEN 1 WHEN size(x.sources) = 2 THEN 2
  WHEN x.confidence >= 0.7 THEN 3 ELSE 4 END
"""

EVENT = """
UNWIND $events_{kind} AS row
MERGE (x:Event:{kind} {{id: row.id}})
ON CREATE SET x.kind = row.kind, x.code = row.code, x.key = row.key, x.date = row.date,
  x.datePrecision = row.datePrecision, x.place = row.place, {init}
WITH x, row
MATCH (rep:Report {{id: row.report}})
MERGE (x)-[:REPORTED_IN]->(rep)
{add}"""

PARTICIPANT = """
UNWIND $participants AS row
MATCH (a:Entity {id: row.actor})
MATCH (e:Event {id: row.event})
MERGE (a)-[p:PARTICIPATED_IN]->(e)
ON CREATE SET p.role = row.role, p.reports = []
SET p.reports = CASE WHEN row.report IN p.reports THEN p.reports ELSE p.reports + row.report END
"""

AT = """
UNWIND $places AS row
MATCH (e:Event {id: row.event})
MATCH (pl:Place {id: row.place})
MERGE (e)-[p:AT]->(pl)
ON CREATE SET p.reports = []
SET p.reports = CASE WHEN row.report IN p.reports THEN p.reports ELSE p.reports + row.report END
"""

RELATION = """
UNWIND $rels_{type} AS row
MATCH (a:Entity {{id: row.subject}})
MATCH (b:Entity {{id: row.object}})
MERGE (a)-[x:{type}]->(b)
ON CREATE SET x.events = [], {init}
SET x.events = x.events + [e IN row.events WHERE NOT e IN x.events]
{add}"""

NEXT = "WITH count(*) AS _\n"


def param_names() -> list[str]:
    """Every list parameter the write query expects."""
    names = ["reports", "mentions", "participants", "places"]
    names += [f"entities_{t}" for t in SCHEMA.entity_types]
    names += [f"events_{k}" for k in SCHEMA.event_kinds]
    return names + [f"rels_{t}" for t in SCHEMA.relations]


@lru_cache(maxsize=1)
def write_query() -> str:
    """The whole batch write, from the schema's allow-list."""
    segments = [REPORT]
    for name in SCHEMA.entity_types:
        segments.append(ENTITY.format(name=name, labels=SCHEMA.label_clause(name)))
    segments.append(MENTIONS)
    init, add = PROVENANCE_INIT, PROVENANCE_ADD
    for kind in SCHEMA.event_kinds:
        segments.append(EVENT.format(kind=SCHEMA.label(kind), init=init, add=add))
    segments += [PARTICIPANT, AT]
    for rel_type in SCHEMA.relations:
        segments.append(RELATION.format(type=SCHEMA.rel_type(rel_type), init=init, add=add))
    return NEXT.join(segments) + "RETURN count(*) AS done"
