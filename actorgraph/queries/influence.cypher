// name: influence
// show: rank, name, type, score, degree, links
// description: The most influential entities of the network of the chosen relationship
// description: types: PageRank, betweenness and degree centrality (computed in Python with
// description: networkx on the fetched links, so both engines agree) and their combined score.
// param: types: reltypes = MET_WITH,LEADS,MEMBER_OF,PART_OF,SUPPORTS,ALLIED_WITH,OPPOSES - relationship types of the network (all = every type)
// param: min_reliability: grade = F - only links with a report graded this or better (A best)
// param: min_credibility: int[1..6] = 6 - only links whose credibility is this or better (1 best)
// param: limit: int[1..100000] = 25 - most rows returned
// columns: rank, name, id, type, score, pagerank, betweenness, degree, links
// compute: influence
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types
  AND r.reliability <= $min_reliability AND r.credibility <= $min_credibility
RETURN a.id AS a_id, a.name AS a_name, a.type AS a_type, b.id AS b_id, b.name AS b_name,
       b.type AS b_type, type(r) AS type, r.count AS count
