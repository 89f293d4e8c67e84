// For each actor pair on a path, its newest event (either direction, list order).
// $pairs: list of [actor_a, actor_b]; $types: event types ([] = all)
UNWIND $pairs AS p
MATCH (:Actor {id: p[0]})-[:SOURCE_OF|TARGET]-(e:Event)
WHERE ((e.source_id = p[0] AND e.target_id = p[1]) OR (e.source_id = p[1] AND e.target_id = p[0]))
  AND (size($types) = 0 OR e.type IN $types)
WITH p, e ORDER BY coalesce(e.date_start, '') DESC, e.id DESC
WITH p, collect(e)[0] AS e
RETURN p[0] AS a, p[1] AS b,
       {id: e.id, type: e.type, source: e.source_id, target: e.target_id, date: e.date, status: e.status} AS edge
