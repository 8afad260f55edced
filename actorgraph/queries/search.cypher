// name: search
// show: name, type, matched, score, reports
// description: Fuzzy search over the names and aliases of every entity: typos, missing
// description: accents, part of a name; best match first, then the most reported.
// param: text: string - what to look for
// param: type: string = null - only entities of this type (Person, Organization, Place)
// param: min_score: float = 0.6 - lowest similarity kept (0..1; 1 = the same name)
// param: limit: int[1..100000] = 20 - most rows returned
// columns: id, name, type, matched, score, reports, aliases
// compute: fuzzy
MATCH (n:Entity)
WHERE $type IS NULL OR toLower(n.type) = toLower($type)
RETURN n.id AS id, n.name AS name, n.type AS type, n.aliases AS aliases,
       size([(r:Report)-[:MENTIONS]->(n) | r]) AS reports
