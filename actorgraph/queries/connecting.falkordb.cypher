// name: connecting
// compute: connecting
// input: frontier: list - entity ids whose links the search fetches (one layer per call)
// FalkorDB has no undirected shortestPath and its allShortestPaths filters by type only after
// its search, so the step searches breadth-first from both ends of every pair with this query.
UNWIND $frontier AS fid
MATCH (f:Entity {id: fid})-[r]-(n:Entity)
WHERE type(r) IN $types
  AND r.reliability <= $min_reliability AND r.credibility <= $min_credibility
RETURN f.id AS from_id, f.name AS from_name, n.id AS to_id, n.name AS to_name,
       startNode(r).id AS source_id, type(r) AS type, endNode(r).id AS target_id,
       r.count AS count, r.evidence[0] AS evidence, r.reports AS reports,
       r.reliability AS reliability, r.credibility AS credibility
