// name: stats
// show: kind, name, count
// description: What the graph holds: entities by type, events by kind, reports by
// description: reliability grade, relationships by type.
// columns: kind, name, count
MATCH (n:Entity)
RETURN 'entity' AS kind, n.type AS name, count(*) AS count
UNION ALL
MATCH (e:Event)
RETURN 'event' AS kind, e.kind AS name, count(*) AS count
UNION ALL
MATCH (r:Report)
RETURN 'report' AS kind, coalesce(r.reliability, '?') AS name, count(*) AS count
UNION ALL
MATCH ()-[r]->()
RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
