// name: who-met
// On FalkorDB a hub's meetings (thousands) are read once, for the filters only: each event
// keeps its participant count (actorgraph.graph.participants), so a meeting with nobody else
// in it is skipped without expanding it, and only the first `limit` meetings by date are kept
// (a top-k, not a sort of them all). Rows order by date, so any meeting with a row on the page
// is among those, or on the date of the last one (found through the index of event dates; an
// undated last one: every undated meeting). Only these meetings' partners, places and sources
// are fetched.
MATCH (a:Entity {id: $actor})
WITH a  // anchor on the id index: FalkorDB would otherwise scan every Event
MATCH (a)-[:PARTICIPATED_IN]->(e:Event)
WHERE e.kind IN $kinds
  AND ($since IS NULL OR e.date >= $since OR $since STARTS WITH e.date)
  AND ($until IS NULL OR substring(e.date, 0, size($until)) <= $until)
  AND e.reliability <= $min_reliability AND e.credibility <= $min_credibility
  AND e.participants > 1
  AND ($place IS NULL OR (e)-[:AT]->(:Place)-[:LOCATED_IN|WITHIN*0..3]->(:Place {id: $place}))
WITH a, e
ORDER BY e.date
LIMIT $limit
WITH a, collect(e) AS firsts
WITH a, firsts, CASE WHEN size(firsts) = $limit THEN firsts[$limit - 1] END AS cut
OPTIONAL MATCH (t:Event {date: cut.date})
WHERE (a)-[:PARTICIPATED_IN]->(t)
WITH a, firsts, cut, collect(t) AS dated
OPTIONAL MATCH (a)-[:PARTICIPATED_IN]->(u:Event)
WHERE cut IS NOT NULL AND cut.date IS NULL AND u.date IS NULL
WITH a, firsts, dated, collect(u) AS undated
UNWIND firsts + [m IN dated + undated WHERE NOT m IN firsts] AS e
WITH a, e
WHERE e.kind IN $kinds
  AND ($since IS NULL OR e.date >= $since OR $since STARTS WITH e.date)
  AND ($until IS NULL OR substring(e.date, 0, size($until)) <= $until)
  AND e.reliability <= $min_reliability AND e.credibility <= $min_credibility
  AND e.participants > 1
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
