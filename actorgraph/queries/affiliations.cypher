// name: affiliations
// show: direction, hops, chain, relations, grade=reliability+credibility
// description: An actor's chains of LEADS / MEMBER_OF / PART_OF: up (what the actor leads or
// description: belongs to, and what that is part of) and down (who leads or belongs to it),
// description: each chain as long as the graph goes (up to 4 links), with each link's source sentence.
// param: actor: actor - the person or organization (name, alias or id)
// param: min_reliability: grade = F - only links with a report graded this or better (A best)
// param: min_credibility: int[1..6] = 6 - only links whose credibility is this or better (1 best)
// param: limit: int[1..100000] = 200 - most rows returned per direction
// columns: direction, hops, chain, ids, relations, evidence, reports, reliability, credibility
MATCH (a:Entity {id: $actor})
MATCH p = (a)-[:LEADS|MEMBER_OF|PART_OF*1..4]->(top:Entity)
WHERE all(r IN relationships(p)
          WHERE r.reliability <= $min_reliability AND r.credibility <= $min_credibility)
WITH p, size([(top)-[link:LEADS|MEMBER_OF|PART_OF]->(x)
  WHERE NOT x IN nodes(p) AND link.reliability <= $min_reliability
    AND link.credibility <= $min_credibility | x]) AS onward
WHERE length(p) = 4 OR onward = 0
RETURN 'up' AS direction, length(p) AS hops, [n IN nodes(p) | n.name] AS chain,
       [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS relations,
       [r IN relationships(p) | r.evidence[0]] AS evidence,
       [r IN relationships(p) | r.reports] AS reports,
       [r IN relationships(p) | r.reliability] AS reliability,
       [r IN relationships(p) | r.credibility] AS credibility
ORDER BY hops, chain
LIMIT $limit
UNION ALL
MATCH (a:Entity {id: $actor})
MATCH p = (low:Entity)-[:LEADS|MEMBER_OF|PART_OF*1..4]->(a)
WHERE all(r IN relationships(p)
          WHERE r.reliability <= $min_reliability AND r.credibility <= $min_credibility)
WITH p, size([(x)-[link:LEADS|MEMBER_OF|PART_OF]->(low)
  WHERE NOT x IN nodes(p) AND link.reliability <= $min_reliability
    AND link.credibility <= $min_credibility | x]) AS onward
WHERE length(p) = 4 OR onward = 0
RETURN 'down' AS direction, length(p) AS hops, [n IN nodes(p) | n.name] AS chain,
       [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS relations,
       [r IN relationships(p) | r.evidence[0]] AS evidence,
       [r IN relationships(p) | r.reports] AS reports,
       [r IN relationships(p) | r.reliability] AS reliability,
       [r IN relationships(p) | r.credibility] AS credibility
ORDER BY hops, chain
LIMIT $limit
