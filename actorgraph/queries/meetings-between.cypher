// name: meetings-between
// show: date, kind, actor, other, place, grade=reliability+credibility, source=report_titles
// description: Every meeting two actors both took part in: when, where, who else was
// description: there, and the sources of each.
// param: actor: actor - one actor (name, alias or id)
// param: other: actor - the other actor
// param: since: date = null - only meetings on or after this date (ISO, partial allowed)
// param: until: date = null - only meetings on or before this date
// param: min_reliability: grade = F - only meetings with a report graded this or better (A best)
// param: min_credibility: int[1..6] = 6 - only meetings whose credibility is this or better (1 best)
// param: kinds: kinds = meetings - event kinds (comma-separated; meetings = every meeting kind)
// param: limit: int[1..100000] = 200 - most rows returned
// columns: date, kind, actor, other, place, place_id, participants, evidence, event_id,
// columns: reports, report_titles, reliability, credibility
MATCH (a:Entity {id: $actor})
WITH a
MATCH (b:Entity {id: $other})
WITH a, b
MATCH (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b)
WHERE a <> b AND e.kind IN $kinds
  AND ($since IS NULL OR e.date >= $since OR $since STARTS WITH e.date)
  AND ($until IS NULL OR substring(e.date, 0, size($until)) <= $until)
  AND e.reliability <= $min_reliability AND e.credibility <= $min_credibility
MATCH (x:Entity)-[:PARTICIPATED_IN]->(e)
WITH a, b, e, x
ORDER BY x.name, x.id
WITH a, b, e, collect(x.name) AS participants
OPTIONAL MATCH (e)-[:AT]->(p:Place)
OPTIONAL MATCH (e)-[:REPORTED_IN]->(r:Report)
WITH a, b, e, p, participants, r
ORDER BY r.reliability, r.date, r.title
WITH a, b, e, p, participants, count(DISTINCT r) AS reports, collect(DISTINCT r.title) AS titles
RETURN e.date AS date, e.kind AS kind, a.name AS actor, b.name AS other, p.name AS place,
       p.id AS place_id, participants, e.evidence[0] AS evidence, e.id AS event_id, reports,
       titles AS report_titles, e.reliability AS reliability, e.credibility AS credibility
ORDER BY date, event_id
LIMIT $limit
