// name: who-met
// compute: who-met
// input: over: int - most meetings read, by date, before the filters that drop most rows
// input: prefilter: bool - every filter but the place before ordering (the step's fallback)
// On FalkorDB a hub's meetings (thousands) are read once, for their dates only (and for the
// grades when these are asked): the first `over` by date (a top-k; the step asks for twice
// `limit`), with every other meeting of the last one's date (through the index of event
// dates; an undated last one: every undated meeting), are filtered, and their first `limit`
// give the page. Rows order by date, so any meeting with a row on the page is among those,
// or on the date of the page's last meeting, which they all hold. Fewer than `limit` of them
// passing, the page may lie further on: the query answers one row with no event_id (nor any
// partner), and the step asks again with `prefilter`: every filter first, then the first
// `limit` meetings (with a place, which is checked after: every meeting, unordered, and only
// those at the place are ordered); it asks so at once when a place, or fewer kinds than
// every meeting kind, are given. Each event keeps its participant count
// (actorgraph.graph.participants), so a meeting with nobody else in it is skipped without
// expanding it. Only the page's meetings' partners, places and sources are fetched.
MATCH (a:Entity {id: $actor})
WITH a  // anchor on the id index: FalkorDB would otherwise scan every Event
MATCH (a)-[:PARTICIPATED_IN]->(e:Event)
WHERE (NOT $prefilter OR e.kind IN $kinds AND e.participants > 1)
  AND ($since IS NULL OR e.date >= $since OR $since STARTS WITH e.date)
  AND ($until IS NULL OR substring(e.date, 0, size($until)) <= $until)
  AND ($min_reliability = 'F' AND NOT $prefilter OR e.reliability <= $min_reliability)
  AND ($min_credibility = 6 AND NOT $prefilter OR e.credibility <= $min_credibility)
WITH a, e
ORDER BY CASE WHEN $place IS NULL OR NOT $prefilter THEN e.date END  // all of them: unsorted
LIMIT $over
// collected, so that FalkorDB applies the filters below after the LIMIT, not before the sort
WITH a, collect(e) AS early
WITH a, early, CASE WHEN size(early) = $over THEN early[$over - 1] END AS edge
OPTIONAL MATCH (t:Event {date: edge.date})
WHERE (a)-[:PARTICIPATED_IN]->(t)
WITH a, early, edge, collect(t) AS dated
OPTIONAL MATCH (a)-[:PARTICIPATED_IN]->(u:Event)
WHERE edge IS NOT NULL AND edge.date IS NULL AND u.date IS NULL
WITH a, early, edge, dated, collect(u) AS undated
WITH a, edge,
     [m IN early WHERE edge IS NULL OR coalesce(m.date < edge.date, m.date IS NOT NULL)]
     + dated + undated AS read
UNWIND read + [null] AS e  // a null, so that a row is left when none passes
WITH a, edge, e
WHERE e IS NULL
   OR e.kind IN $kinds
  AND ($since IS NULL OR e.date >= $since OR $since STARTS WITH e.date)
  AND ($until IS NULL OR substring(e.date, 0, size($until)) <= $until)
  AND e.reliability <= $min_reliability AND e.credibility <= $min_credibility
  AND e.participants > 1
  AND ($place IS NULL OR (e)-[:AT]->(:Place)-[:LOCATED_IN|WITHIN*0..3]->(:Place {id: $place}))
WITH a, edge, e
ORDER BY e.date
WITH a, edge, collect(e) AS passed
WITH a, passed, CASE WHEN size(passed) >= $limit THEN passed[$limit - 1] END AS cut,
     NOT $prefilter AND edge IS NOT NULL AND size(passed) < $limit AS short
// short: one row with no event (and no partner), which tells the step to ask again
UNWIND CASE WHEN short THEN [null]
            ELSE [m IN passed WHERE cut IS NULL OR cut.date IS NULL OR m.date <= cut.date] END
       AS e
OPTIONAL MATCH (e)<-[:PARTICIPATED_IN]-(b:Entity)
WITH a, b, e
WHERE e IS NULL OR b <> a
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
