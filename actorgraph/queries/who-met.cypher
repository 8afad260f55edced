// name: who-met
// description: Who met an actor: the other participant, the place, the date and the
// description: source sentence of every meeting, visit with a host, talks or joint exercise.
// param: actor: actor - the actor (name, alias or id)
// param: place: place = null - only meetings at this place or at a place inside it
// param: since: date = null - only meetings on or after this date (ISO, partial allowed)
// param: until: date = null - only meetings on or before this date
// param: min_reliability: grade = F - only meetings reported by a source graded this or better (A best)
// param: limit: int = 200 - most rows returned
// columns: actor, met, met_id, met_type, kind, place, date, evidence, reports, report_title, reliability, credibility
MATCH (a:Actor {id: $actor})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Actor)
WHERE a <> b
  AND ($since IS NULL OR e.date >= $since)
  AND ($until IS NULL OR substring(e.date, 0, size($until)) <= $until)
OPTIONAL MATCH (e)-[:AT]->(p:Place)
OPTIONAL MATCH (p)-[:LOCATED_IN*0..3]->(inside:Place {id: $place})
WITH a, b, e, p, inside
WHERE $place IS NULL OR inside IS NOT NULL
MATCH (e)-[:REPORTED_IN]->(r:Report)
WHERE r.reliability <= $min_reliability
WITH a, b, e, p, collect(r) AS reps
RETURN a.name AS actor, b.name AS met, b.id AS met_id, b.type AS met_type, e.kind AS kind,
       p.name AS place, e.date AS date, e.evidence[0] AS evidence, size(reps) AS reports,
       reps[0].title AS report_title, reps[0].reliability AS reliability,
       e.credibility AS credibility
ORDER BY date, met
LIMIT $limit
