"""The write query, generated once from the schema: one segment per entity type, event kind
and relation type (labels and types from the allow-list only; every value a parameter).

Segments are chained with ``WITH count(*) AS _`` so an empty list skips its segment and
the whole batch is one query: atomic on FalkorDB, one transaction on Neo4j.

Every node and edge appears at most once per query (the writer merges a batch's rows by
key): FalkorDB evaluates all the rows of a SET against the values from before the clause,
so two rows for one edge in one SET would keep only the last report's provenance. A row's
``adds`` holds one provenance entry per report, shaped like the properties it becomes;
``init`` (when there are several) is their merge, computed by the writer. A new node or
edge is created with it in one map SET; on an existing one, an entry whose report is
already there is skipped (so writing a report twice changes nothing) and the others are
appended, everything computed in ``WITH`` first and written by one SET.
"""

from __future__ import annotations

from functools import lru_cache

from actorgraph.graph.participants import COUNT
from actorgraph.schema import SCHEMA

MAX_EVIDENCE = 50  # sentences kept per edge; `reports` and `count` keep growing

REPORT = """
UNWIND $reports AS row
MERGE (rep:Report {id: row.id})
ON CREATE SET rep.title = row.title, rep.date = row.date, rep.url = row.url,
  rep.publisher = row.publisher, rep.path = row.path, rep.sha256 = row.sha256,
  rep.reliability = row.reliability, rep.extractor = row.extractor,
  rep.ingestedAt = row.ingestedAt, rep.extraction = row.extraction, rep.named = row.named,
  rep.author = row.author, rep.pages = row.pages, rep.sources = row.sources
"""

# ``row.aliasKeys`` pairs each alias with its name key (actorgraph.graph.names): an alias
# added to an existing entity brings its key.
# An entity's properties do not depend on how reports fall into batches: a place first
# written as a link of a gazetteer chain (``chained``) takes the non-null properties of a
# report that names it; otherwise a property is only filled where it is missing. Nothing is
# written when nothing changes (the append-only file logs every SET).
FILLED = ("name", "type", "source", "lat", "lon", "countryCode", "kind")


def _fill(var: str, props: str, chained: bool) -> str:
    """A ``FOREACH`` that fills the properties of :data:`FILLED` missing on ``var`` from
    ``props`` (and, when ``chained``, lets ``props`` win on a node a chain made)."""
    missing = [f"({var}.{k} IS NULL AND {props}.{k} IS NOT NULL)" for k in FILLED]
    items = []
    for key in FILLED:
        keep, take = (
            f"coalesce({var}.{key}, {props}.{key})",
            f"coalesce({props}.{key}, {var}.{key})",
        )
        value = f"CASE WHEN {var}.chained THEN {take} ELSE {keep} END" if chained else keep
        items.append(f"{var}.{key} = {value}")
    if chained:  # the name keys of the report's name first, then the chain's
        missing.insert(0, f"{var}.chained")
        keys = f"coalesce({props}.nameKeys, [])"
        ours = f"{keys} + [k IN coalesce({var}.nameKeys, []) WHERE NOT k IN {keys}]"
        items.append(
            f"{var}.nameKeys = CASE WHEN {var}.chained THEN {ours} ELSE {var}.nameKeys END"
        )
        items.append(f"{var}.chained = NULL")
    when = " OR ".join(missing)
    return f"FOREACH (_ IN CASE WHEN {when} THEN [1] ELSE [] END |\n  SET {', '.join(items)})"


ENTITY = (
    """
UNWIND $entities_{name} AS row
MERGE (n{labels} {{id: row.id}})
ON CREATE SET n += row.props
"""
    + _fill("n", "row.props", chained=True).replace("{", "{{").replace("}", "}}")
    + """
WITH n, row.aliasKeys AS pairs WHERE size(pairs) > 0
WITH n, [p IN pairs WHERE NOT p[0] IN coalesce(n.aliases, []) AND p[0] <> n.name] AS new
WHERE size(new) > 0
SET n.aliases = coalesce(n.aliases, []) + [p IN new | p[0]],
  n.nameKeys = coalesce(n.nameKeys, [])
    + [p IN new WHERE NOT p[1] IN coalesce(n.nameKeys, []) | p[1]]
"""
)

# Both ends are MERGEd: in a chain (city -> province -> country) the province is created by
# one row and needed by the next, which a MATCH in the same UNWIND would not see.
WITHIN = (
    """
UNWIND $within AS row
MERGE (p:Place:Entity {id: row.place})
ON CREATE SET p += row.placeProps, p.chained = true
"""
    + _fill("p", "row.placeProps", chained=False)
    + """
MERGE (c:Place:Entity {id: row.parent})
ON CREATE SET c += row.props, c.chained = true
"""
    + _fill("c", "row.props", chained=False)
    + """
MERGE (p)-[:WITHIN]->(c)
"""
)

MENTIONS = """
UNWIND $mentions AS row
MATCH (rep:Report {id: row.report})
MATCH (n:Entity {id: row.entity})
MERGE (rep)-[m:MENTIONS]->(n)
SET m.count = row.count, m.surfaces = row.surfaces
"""


def _concat(name: str) -> str:
    """``x.<name>`` with every new entry's list appended, capped."""
    return (
        f"x.{name} = (coalesce(x.{name}, []) + "
        f"reduce(l = [], c IN new | l + c.{name}))[..{MAX_EVIDENCE}]"
    )


# A new node or edge takes its provenance whole (``row.init``, or the row's only entry);
# an existing one appends the entries of reports it does not have yet.
PROVENANCE_CREATE = "x += coalesce(row.init, row.adds[0])"

PROVENANCE_ADD = f"""
WITH x, {{first}}[c IN row.adds WHERE x.reports IS NULL OR NOT c.reports[0] IN x.reports] AS new
WHERE size(new) > 0
WITH x, {{keep}}new, coalesce(x.reports, []) + reduce(l = [], c IN new | l + c.reports) AS reports,
  (coalesce(x.confidences, []) + reduce(l = [], c IN new | l + c.confidences))[..{MAX_EVIDENCE}]
    AS confidences,
  reduce(s = coalesce(x.sources, []), c IN new | s + [p IN c.sources WHERE NOT p IN s])
    AS sources
WITH x, {{keep}}new, reports, confidences, sources,
  reduce(m = 0.0, c IN confidences | CASE WHEN c > m THEN c ELSE m END) AS confidence
SET x.reports = reports, x.count = size(reports), x.confidences = confidences,
  x.sources = sources, x.confidence = confidence,
  {_concat("evidence")},
  {_concat("evidenceReports")},
  {_concat("evidenceSpans")},
  {_concat("extractors")},
  x.firstSeen = reduce(d = x.firstSeen, c IN new | CASE WHEN c.firstSeen IS NULL THEN d
    WHEN d IS NULL OR c.firstSeen < d THEN c.firstSeen ELSE d END),
  x.lastSeen = reduce(d = x.lastSeen, c IN new | CASE WHEN c.lastSeen IS NULL THEN d
    WHEN d IS NULL OR c.lastSeen > d THEN c.lastSeen ELSE d END),
  x.reliability = reduce(g = x.reliability, c IN new | CASE WHEN g IS NULL
    OR c.reliability < g THEN c.reliability ELSE g END),
  x.credibility = CASE WHEN size(sources) >= 3 THEN 1 WHEN size(sources) = 2 THEN 2
    WHEN confidence >= 0.7 THEN 3 ELSE 4 END{{extra}}
"""

EVENT = """
UNWIND $events_{kind} AS row
MERGE (x:Event:{kind} {{id: row.id}})
ON CREATE SET x += row.props, {create}
{add}"""

REPORTED_IN = """
UNWIND $reported AS row
MATCH (x:Event {id: row.event})
MATCH (rep:Report {id: row.report})
MERGE (x)-[:REPORTED_IN]->(rep)
"""

PARTICIPANT = """
UNWIND $participants AS row
MATCH (a:Entity {id: row.actor})
MATCH (e:Event {id: row.event})
MERGE (a)-[p:PARTICIPATED_IN]->(e)
ON CREATE SET p.role = row.role
WITH p, [r IN row.reports WHERE p.reports IS NULL OR NOT r IN p.reports] AS new
WHERE size(new) > 0
SET p.reports = coalesce(p.reports, []) + new
"""

# The participant count of each event of the batch (actorgraph.graph.participants).
COUNTED = (
    """
UNWIND $counted AS row
MATCH (e:Event {id: row.event})
WITH DISTINCT e
"""
    + COUNT
)

AT = """
UNWIND $places AS row
MATCH (e:Event {id: row.event})
MATCH (pl:Place:Entity {id: row.place})
MERGE (e)-[p:AT]->(pl)
WITH p, [r IN row.reports WHERE p.reports IS NULL OR NOT r IN p.reports] AS new
WHERE size(new) > 0
SET p.reports = coalesce(p.reports, []) + new
"""

RELATION = """
UNWIND $rels_{type} AS row
MATCH (a:Entity {{id: row.subject}})
MATCH (b:Entity {{id: row.object}})
MERGE (a)-[x:{type}]->(b)
ON CREATE SET x.events = row.events, {create}
{add}"""

EVENTS_ADD = """,
  x.events = coalesce(x.events, []) + [e IN events WHERE NOT e IN coalesce(x.events, [])]"""

NEXT = "WITH count(*) AS _\n"


@lru_cache(maxsize=1)
def segments() -> tuple[tuple[str, str], ...]:
    """``(parameter, Cypher)`` of every segment of the write, in write order."""
    found = [("reports", REPORT)]
    for name in SCHEMA.entity_types:
        found.append(
            (f"entities_{name}", ENTITY.format(name=name, labels=SCHEMA.label_clause(name)))
        )
    found.append(("mentions", MENTIONS))
    found.append(("within", WITHIN))
    for kind in SCHEMA.event_kinds:
        add = PROVENANCE_ADD.format(first="", keep="", extra="")
        text = EVENT.format(kind=SCHEMA.label(kind), create=PROVENANCE_CREATE, add=add)
        found.append((f"events_{kind}", text))
    found += [
        ("reported", REPORTED_IN),
        ("participants", PARTICIPANT),
        ("counted", COUNTED),
        ("places", AT),
    ]
    for rel_type in SCHEMA.relations:
        first, keep = "row.events AS events, ", "events, "
        add = PROVENANCE_ADD.format(first=first, keep=keep, extra=EVENTS_ADD)
        text = RELATION.format(type=SCHEMA.rel_type(rel_type), create=PROVENANCE_CREATE, add=add)
        found.append((f"rels_{rel_type}", text))
    return tuple(found)


def param_names() -> list[str]:
    """Every list parameter the write query expects."""
    return [name for name, _ in segments()]


@lru_cache(maxsize=1)
def write_query() -> str:
    """The whole batch write, from the schema's allow-list."""
    return NEXT.join(text for _, text in segments()) + "RETURN count(*) AS done"
