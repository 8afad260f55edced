// name: paths
// show: hops, names, types, grade=reliability+credibility
// description: The shortest paths between two entities over the chosen relationship
// description: types (one, or all of the same shortest length), with every hop's type, grade and source sentence.
// param: actor: entity - one end (name, alias or id)
// param: other: entity - the other end
// param: max_hops: int[1..6] = 4 - longest path considered
// param: all: bool = false - every shortest path instead of one
// param: types: reltypes = MET_WITH,LEADS,MEMBER_OF,PART_OF,SUPPORTS,ALLIED_WITH,OPPOSES - relationship types followed (all = every type)
// param: min_reliability: grade = F - only links with a report graded this or better (A best)
// param: min_credibility: int[1..6] = 6 - only links whose credibility is this or better (1 best)
// columns: path, hops, names, ids, types, evidence, reports, reliability, credibility
// On Neo4j, allShortestPaths applies the per-relationship predicate during its search.
MATCH (a:Entity {id: $actor}), (b:Entity {id: $other}), p = allShortestPaths((a)-[*..6]-(b))
WHERE $actor <> $other AND length(p) <= $max_hops
  AND all(r IN relationships(p) WHERE type(r) IN $types
      AND r.reliability <= $min_reliability AND r.credibility <= $min_credibility)
WITH p, [n IN nodes(p) | n.name] AS names, [n IN nodes(p) | n.id] AS ids
ORDER BY names, ids, [r IN relationships(p) | type(r)]
WITH collect(p) AS found
WITH CASE WHEN $all THEN found ELSE found[..1] END AS chosen
UNWIND range(0, size(chosen) - 1) AS k
WITH k, chosen[k] AS p
RETURN k + 1 AS path, length(p) AS hops, [n IN nodes(p) | n.name] AS names,
       [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types,
       [r IN relationships(p) | r.evidence[0]] AS evidence,
       [r IN relationships(p) | r.reports] AS reports,
       [r IN relationships(p) | r.reliability] AS reliability,
       [r IN relationships(p) | r.credibility] AS credibility
ORDER BY path
