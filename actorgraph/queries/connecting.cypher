// name: connecting
// show: source, type, target, count, grade=reliability+credibility
// description: The network joining a set of actors: every link on a shortest path (up to
// description: max_hops) between any two of them, with its count, grades and a source sentence.
// param: actors: actors - the actors (comma-separated names, aliases or ids)
// param: max_hops: int[1..6] = 3 - longest path considered between two of them
// param: types: reltypes = MET_WITH,LEADS,MEMBER_OF,PART_OF,SUPPORTS,ALLIED_WITH,OPPOSES - relationship types followed (all = every type)
// param: min_reliability: grade = F - only links with a report graded this or better (A best)
// param: min_credibility: int[1..6] = 6 - only links whose credibility is this or better (1 best)
// param: limit: int[1..100000] = 500 - most rows returned
// columns: source, type, target, source_id, target_id, count, evidence, reports,
// columns: reliability, credibility
// On Neo4j, allShortestPaths between every pair (the predicate applies during the search).
UNWIND $actors AS x
UNWIND $actors AS y
WITH x, y
WHERE x < y
MATCH (a:Entity {id: x}), (b:Entity {id: y}), p = allShortestPaths((a)-[*..6]-(b))
WHERE length(p) <= $max_hops
  AND all(r IN relationships(p) WHERE type(r) IN $types
      AND r.reliability <= $min_reliability AND r.credibility <= $min_credibility)
UNWIND relationships(p) AS r
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN s.name AS source, type(r) AS type, t.name AS target, s.id AS source_id,
       t.id AS target_id, r.count AS count, r.evidence[0] AS evidence, r.reports AS reports,
       r.reliability AS reliability, r.credibility AS credibility
ORDER BY source, type, target, source_id, target_id
LIMIT $limit
