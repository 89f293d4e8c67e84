// One breadth-first step over events that have a target: the (source, target) pairs of
// matching events touching any of the frontier actors. Used by subgraph() and paths().
// $ids: frontier actor ids
// Filter parameters (EventFilter; null / [] means "any"):
//   $actor, $other: actor ids on either side (both: the pair, either direction)
//   $types, $statuses: lists; $since: first day (YYYY-MM-DD), $until: last day; dated events
//   whose [date_start, date_end] overlaps [since, until] match, undated ones never do
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:SOURCE_OF|TARGET]-(e:Event)
WHERE e.target_id IS NOT NULL AND ($actor IS NULL OR e.source_id = $actor OR e.target_id = $actor)
  AND ($other IS NULL
       OR ($actor IS NULL AND (e.source_id = $other OR e.target_id = $other))
       OR (e.source_id = $actor AND e.target_id = $other)
       OR (e.source_id = $other AND e.target_id = $actor))
  AND (size($types) = 0 OR e.type IN $types)
  AND (size($statuses) = 0 OR e.status IN $statuses)
  AND ($since IS NULL OR e.date_end >= $since)
  AND ($until IS NULL OR e.date_start <= $until)
RETURN DISTINCT e.source_id AS source, e.target_id AS target
