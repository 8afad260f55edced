// name: ego
// show: distance, source, type, target, count, grade=reliability+credibility, first_seen, last_seen
// description: An actor's network: every link within depth hops of the actor, over the
// description: chosen relationship types, each with its distance, count, grades and a source sentence.
// param: actor: entity - the centre (name, alias or id)
// param: depth: int[1..3] = 1 - hops from the centre
// param: types: reltypes = MET_WITH,LEADS,MEMBER_OF,PART_OF,SUPPORTS,ALLIED_WITH,OPPOSES - relationship types followed (all = every type)
// param: min_reliability: grade = F - only links with a report graded this or better (A best)
// param: min_credibility: int[1..6] = 6 - only links whose credibility is this or better (1 best)
// param: limit: int[1..100000] = 500 - most rows returned
// columns: distance, source, type, target, source_id, target_id, count, evidence, reports,
// columns: reliability, credibility, first_seen, last_seen
MATCH (c:Entity {id: $actor})
MATCH p = (c)-[:LEADS|MEMBER_OF|PART_OF|SUPPORTS|ALLIED_WITH|OPPOSES|VISITED|LOCATED_IN|REPORTED|MET_WITH*1..3]-(:Entity)
WHERE length(p) <= $depth
  AND all(r IN relationships(p) WHERE type(r) IN $types
      AND r.reliability <= $min_reliability AND r.credibility <= $min_credibility)
UNWIND range(0, length(p) - 1) AS i
WITH relationships(p)[i] AS r, i + 1 AS hop
WITH r, min(hop) AS distance
WITH r, distance, startNode(r) AS s, endNode(r) AS t
RETURN distance, s.name AS source, type(r) AS type, t.name AS target, s.id AS source_id,
       t.id AS target_id, r.count AS count, r.evidence[0] AS evidence, r.reports AS reports,
       r.reliability AS reliability, r.credibility AS credibility, r.firstSeen AS first_seen,
       r.lastSeen AS last_seen
ORDER BY distance, source, type, target
LIMIT $limit
