// Actors whose id or name contains $q (case-insensitive), by event count desc, then id.
// $q: lower-cased search text or null for all; $kind: actor kind or null; $limit: max rows
MATCH (a:Actor)
WHERE ($q IS NULL OR toLower(a.id) CONTAINS $q OR toLower(coalesce(a.name, '')) CONTAINS $q)
  AND ($kind IS NULL OR a.kind = $kind)
WITH a, COUNT { MATCH (a)-[:SOURCE_OF|TARGET]-(e:Event) WITH DISTINCT e RETURN e } AS event_count
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.country AS country, event_count
ORDER BY event_count DESC, id
LIMIT $limit
