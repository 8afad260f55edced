// name: timeline
// show: date, kind, role, place, others, grade=reliability+credibility, source=report_titles
// description: An actor's events in date order (undated last): meetings, visits,
// description: exercises, statements ... with the role, place, other participants and sources.
// param: actor: actor - the actor (name, alias or id)
// param: since: date = null - only events on or after this date (ISO, partial allowed)
// param: until: date = null - only events on or before this date
// param: min_reliability: grade = F - only events with a report graded this or better (A best)
// param: min_credibility: int[1..6] = 6 - only events whose credibility is this or better (1 best)
// param: kinds: kinds = all - event kinds (comma-separated; meetings = every meeting kind)
// param: limit: int[1..100000] = 500 - most rows returned
// columns: date, kind, role, place, place_id, others, evidence, event_id, reports,
// columns: report_titles, reliability, credibility
MATCH (a:Entity {id: $actor})
WITH a
MATCH (a)-[part:PARTICIPATED_IN]->(e:Event)
WHERE e.kind IN $kinds
  AND ($since IS NULL OR e.date >= $since OR $since STARTS WITH e.date)
  AND ($until IS NULL OR substring(e.date, 0, size($until)) <= $until)
  AND e.reliability <= $min_reliability AND e.credibility <= $min_credibility
OPTIONAL MATCH (e)<-[:PARTICIPATED_IN]-(x:Entity)
WHERE x <> a
WITH a, part, e, x
ORDER BY x.name, x.id
WITH a, part, e, collect(x.name) AS others
OPTIONAL MATCH (e)-[:AT]->(p:Place)
OPTIONAL MATCH (e)-[:REPORTED_IN]->(r:Report)
WITH part, e, p, others, r
ORDER BY r.reliability, r.date, r.title
WITH part, e, p, others, count(DISTINCT r) AS reports, collect(DISTINCT r.title) AS titles
RETURN e.date AS date, e.kind AS kind, part.role AS role, p.name AS place, p.id AS place_id,
       others, e.evidence[0] AS evidence, e.id AS event_id, reports, titles AS report_titles,
       e.reliability AS reliability, e.credibility AS credibility
ORDER BY e.date IS NULL, date, kind, event_id
LIMIT $limit
