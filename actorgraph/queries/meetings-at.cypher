// name: meetings-at
// show: date, kind, place, participants, grade=reliability+credibility, source=report_titles
// description: The meetings held at a place or at any place inside it (a city in a
// description: country, a base in a city), with their participants and sources.
// param: place: place - the place (name, alias or id)
// param: since: date = null - only meetings on or after this date (ISO, partial allowed)
// param: until: date = null - only meetings on or before this date
// param: min_reliability: grade = F - only meetings with a report graded this or better (A best)
// param: min_credibility: int[1..6] = 6 - only meetings whose credibility is this or better (1 best)
// param: kinds: kinds = meetings - event kinds (comma-separated; meetings = every meeting kind)
// param: limit: int[1..100000] = 200 - most rows returned
// columns: date, kind, place, place_id, participants, participant_ids, evidence, event_id,
// columns: reports, report_titles, reliability, credibility
MATCH (target:Place {id: $place})
MATCH (e:Event)-[:AT]->(p:Place)-[:LOCATED_IN|WITHIN*0..3]->(target)
WITH DISTINCT e, p
WHERE e.kind IN $kinds
  AND ($since IS NULL OR e.date >= $since OR $since STARTS WITH e.date)
  AND ($until IS NULL OR substring(e.date, 0, size($until)) <= $until)
  AND e.reliability <= $min_reliability AND e.credibility <= $min_credibility
MATCH (x:Entity)-[:PARTICIPATED_IN]->(e)
WITH e, p, x
ORDER BY x.name, x.id
WITH e, p, collect(x.name) AS participants, collect(x.id) AS ids
OPTIONAL MATCH (e)-[:REPORTED_IN]->(r:Report)
WITH e, p, participants, ids, r
ORDER BY r.reliability, r.date, r.title
WITH e, p, participants, ids, count(DISTINCT r) AS reports, collect(DISTINCT r.title) AS titles
RETURN e.date AS date, e.kind AS kind, p.name AS place, p.id AS place_id,
       participants, ids AS participant_ids, e.evidence[0] AS evidence, e.id AS event_id,
       reports, titles AS report_titles, e.reliability AS reliability,
       e.credibility AS credibility
ORDER BY date, place, event_id
LIMIT $limit
