// name: who-met
// show: actor, met, place, date, kind, grade=reliability+credibility, source=report_titles
// description: Who met an actor: every other participant of the actor's meetings (talks,
// description: receptions, negotiations, joint exercises ...), with the place, the date and
// description: the sources (sentence, report titles, grades) of each meeting.
// param: actor: actor - the actor (name, alias or id)
// param: place: place = null - only meetings at this place or at a place inside it
// param: since: date = null - only meetings on or after this date (ISO, partial allowed)
// param: until: date = null - only meetings on or before this date
// param: min_reliability: grade = F - only meetings with a report graded this or better (A best)
// param: min_credibility: int[1..6] = 6 - only meetings whose credibility is this or better (1 best)
// param: kinds: kinds = meetings - event kinds (comma-separated; meetings = every meeting kind)
// param: limit: int[1..100000] = 200 - most rows returned
// columns: actor, met, met_id, met_type, kind, place, place_id, date, evidence, event_id,
// columns: reports, report_titles, reliability, credibility
MATCH (a:Entity {id: $actor})
WITH a  // anchor on the id index: FalkorDB would otherwise scan every Event
MATCH (a)-[:PARTICIPATED_IN]->(e:Event)
WHERE e.kind IN $kinds
  AND ($since IS NULL OR e.date >= $since OR $since STARTS WITH e.date)
  AND ($until IS NULL OR substring(e.date, 0, size($until)) <= $until)
  AND e.reliability <= $min_reliability AND e.credibility <= $min_credibility
  AND ($place IS NULL OR (e)-[:AT]->(:Place)-[:LOCATED_IN|WITHIN*0..3]->(:Place {id: $place}))
// Page first: rows order by date, so only the meetings up to the date of the limit-th one
// with a partner (and every other meeting of that date) can give a row; only their
// partners, places and sources are fetched, not those of every meeting of a hub.
MATCH (e)<-[:PARTICIPATED_IN]-(b:Entity)
WHERE b <> a
WITH DISTINCT a, e
ORDER BY e.date
WITH a, collect(e) AS meetings
WITH a, meetings, CASE WHEN size(meetings) > $limit THEN meetings[$limit - 1].date END AS last
UNWIND meetings AS e
WITH a, e, last
WHERE last IS NULL OR e.date <= last
MATCH (e)<-[:PARTICIPATED_IN]-(b:Entity)
WHERE b <> a
OPTIONAL MATCH (e)-[:AT]->(p:Place)
WITH a, b, e, p
WHERE $place IS NULL OR (p)-[:LOCATED_IN|WITHIN*0..3]->(:Place {id: $place})
OPTIONAL MATCH (e)-[:REPORTED_IN]->(r:Report)
WITH a, b, e, p, r
ORDER BY r.reliability, r.date, r.title
WITH a, b, e, p, count(DISTINCT r) AS reports, collect(DISTINCT r.title) AS titles
RETURN a.name AS actor, b.name AS met, b.id AS met_id, b.type AS met_type, e.kind AS kind,
       p.name AS place, p.id AS place_id, e.date AS date, e.evidence[0] AS evidence,
       e.id AS event_id, reports, titles AS report_titles, e.reliability AS reliability,
       e.credibility AS credibility
ORDER BY date, met, event_id, met_id, place_id
LIMIT $limit
