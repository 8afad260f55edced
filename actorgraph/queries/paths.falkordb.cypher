// name: paths
// compute: paths
// input: frontier: list - entity ids whose links the search fetches (one layer per call)
// input: sources: list - the links to read whole: their source ids (after the search)
// input: link_types: list - their relationship types, in the same order
// input: targets: list - their target ids, in the same order
// input: sep: string - the separator of a link's fields (a control character, never in a value)
// input: room: int - most links the first part fetches (a whole answer: all the links)
// input: near: list - one frontier of the search: its links to the other are read (middle part)
// input: far: list - the other frontier (pairs are checked one by one: near's links cost)
// FalkorDB has no undirected shortestPath and its allShortestPaths filters by type only after
// its search, so the step searches breadth-first from both ends with this one-layer query.
// The search reads ids, names and types only, one row per entity of the frontier (a hub has
// thousands of links, each with its lists of reports); the links of the paths found are then
// read whole, by the last part. A link is one string, TYPE, > (outgoing) or < (incoming), the
// other entity's id, then the separator and its name: a hub's thousands of links parse 5x
// faster as strings than as lists. The first part stops at room links: the search expands
// the side with fewer links, so it tries a frontier with room for as many links as the other
// side has (a hub's thousands are not all read to learn that the other side has fewer).
// The middle part reads the links between two frontiers, pair by pair with both ends bound
// (an Expand Into): when there are any, the shortest paths are through them, and neither
// frontier's links are read (a hub's thousands, or a frontier's hundreds). `part` tells
// the three apart.
UNWIND $frontier AS fid
MATCH (f:Entity {id: fid})-[r]-(n:Entity)
WHERE type(r) IN $types
  AND r.reliability <= $min_reliability AND r.credibility <= $min_credibility
WITH f, r, n
LIMIT $room
RETURN f.id AS from_id, f.name AS from_name,
       collect(type(r) + CASE WHEN startNode(r) = f THEN '>' ELSE '<' END + n.id
               + coalesce($sep + n.name, '')) AS links, null AS whole, 'links' AS part
UNION ALL
UNWIND $near AS nid
MATCH (f:Entity {id: nid})
WITH f
UNWIND $far AS oid
MATCH (n:Entity {id: oid})
WITH f, n  // both ends bound: an Expand Into, not a walk of f's links
MATCH (f)-[r]-(n)
WHERE type(r) IN $types
  AND r.reliability <= $min_reliability AND r.credibility <= $min_credibility
RETURN f.id AS from_id, f.name AS from_name,
       collect(type(r) + CASE WHEN startNode(r) = f THEN '>' ELSE '<' END + n.id
               + coalesce($sep + n.name, '')) AS links, null AS whole, 'met' AS part
UNION ALL
UNWIND range(0, size($sources) - 1) AS i
WITH $sources[i] AS sid, $link_types[i] AS rtype, $targets[i] AS tid
MATCH (s:Entity {id: sid})
WITH s, rtype, tid
MATCH (t:Entity {id: tid})
WITH s, t, rtype  // both ends bound: an Expand Into, not a walk of a hub's links
MATCH (s)-[r]->(t)
WHERE type(r) = rtype
RETURN s.id AS from_id, s.name AS from_name,
       [type(r) + '>' + t.id + coalesce($sep + t.name, '')] AS links,
       {count: r.count, evidence: r.evidence[0], reports: r.reports,
        reliability: r.reliability, credibility: r.credibility} AS whole, 'whole' AS part
