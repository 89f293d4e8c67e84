// Same as count_events.cypher, anchored on the rarer of $actor / $other (fewer event links): only
// that actor's events are read instead of every Event (a pair's events are all among them).
// The store picks it when the filter names an actor.
// How many events match the filter.
// Filter parameters (EventFilter; null / [] means "any"):
//   $actor, $other: actor ids on either side (both: the pair, either direction)
//   $types, $statuses: lists; $since: first day (YYYY-MM-DD), $until: last day; dated events
//   whose [date_start, date_end] overlaps [since, until] match, undated ones never do
MATCH (x:Actor) WHERE x.id IN [$actor, $other]
WITH x ORDER BY COUNT { (x)-[:SOURCE_OF|TARGET]-() } ASC, x.id LIMIT 1
MATCH (x)-[:SOURCE_OF|TARGET]-(e:Event)
WITH DISTINCT e
WHERE ($actor IS NULL OR e.source_id = $actor OR e.target_id = $actor)
  AND ($other IS NULL
       OR ($actor IS NULL AND (e.source_id = $other OR e.target_id = $other))
       OR (e.source_id = $actor AND e.target_id = $other)
       OR (e.source_id = $other AND e.target_id = $actor))
  AND (size($types) = 0 OR e.type IN $types)
  AND (size($statuses) = 0 OR e.status IN $statuses)
  AND ($since IS NULL OR e.date_end >= $since)
  AND ($until IS NULL OR e.date_start <= $until)
RETURN count(e) AS n
