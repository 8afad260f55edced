// name: sources
// show: relation, subject, object, sentence, report_title, report_date, publisher, grade=reliability+credibility
// description: Every report, sentence and grade behind the links between two entities:
// description: one row per evidence sentence (a report whose sentence was not kept has one
// description: row without a sentence), best-graded reports first.
// param: actor: entity - one end (name, alias or id)
// param: other: entity - the other end
// param: types: reltypes = all - relationship types shown (comma-separated; all = every type)
// param: min_reliability: grade = F - only reports graded this or better (A best)
// param: limit: int[1..100000] = 1000 - most rows returned
// columns: relation, subject, object, sentence, report_id, report_title, report_date,
// columns: publisher, url, reliability, credibility, span, page, extractor, confidence
MATCH (a:Entity {id: $actor})
WITH a
MATCH (b:Entity {id: $other})
WITH a, b
MATCH (a)-[r]-(b)
WHERE type(r) IN $types
UNWIND r.reports AS rid
WITH r, rid, [i IN range(0, size(r.evidence) - 1) WHERE r.evidenceReports[i] = rid] AS found
UNWIND CASE WHEN size(found) = 0 THEN [null] ELSE found END AS i
MATCH (rep:Report {id: rid})
WHERE rep.reliability <= $min_reliability
RETURN type(r) AS relation, startNode(r).name AS subject, endNode(r).name AS object,
       r.evidence[i] AS sentence, rep.id AS report_id, rep.title AS report_title,
       rep.date AS report_date, rep.publisher AS publisher, rep.url AS url,
       rep.reliability AS reliability, r.credibility AS credibility, r.evidenceSpans[i] AS span,
       CASE WHEN size(coalesce(rep.pages, [])) = 0 OR r.evidenceSpans[i] IS NULL THEN null
         ELSE size([p IN rep.pages WHERE p <= toInteger(split(r.evidenceSpans[i], ':')[0])])
       END AS page,
       r.extractors[i] AS extractor, r.confidences[i] AS confidence
ORDER BY reliability, report_date, relation, report_id, span
LIMIT $limit
