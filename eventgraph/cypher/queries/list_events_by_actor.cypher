// Same as list_events.cypher, anchored on the rarer of $actor / $other (fewer event links): only
// that actor's events are read instead of every Event (a pair's events are all among them).
// The store picks it when the filter names an actor.
// One page of events, newest first: (date_start desc, id desc), undated last.
// Filter parameters (EventFilter; null / [] means "any"):
//   $actor, $other: actor ids on either side (both: the pair, either direction)
//   $types, $statuses: lists; $since: first day (YYYY-MM-DD), $until: last day; dated events
//   whose [date_start, date_end] overlaps [since, until] match, undated ones never do
//   $cursor_date, $cursor_id: the last row of the previous page (date_start or '', id),
//     both null for the first page
//   $limit: page size (the store asks for one more to know whether a page follows)
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
  AND ($cursor_id IS NULL
       OR coalesce(e.date_start, '') < $cursor_date
       OR (coalesce(e.date_start, '') = $cursor_date AND e.id < $cursor_id))
WITH e ORDER BY coalesce(e.date_start, '') DESC, e.id DESC LIMIT $limit
RETURN e {.*} AS e,
       COLLECT { MATCH (a:Actor {id: e.source_id}) RETURN a {.id, .name, .kind, .country} }[0] AS source,
       COLLECT { MATCH (a:Actor {id: e.target_id}) RETURN a {.id, .name, .kind, .country} }[0] AS target,
       COLLECT { MATCH (a:Actor {id: e.source_agent_id}) RETURN a {.id, .name, .kind, .country} }[0] AS source_agent,
       COLLECT { MATCH (a:Actor {id: e.target_agent_id}) RETURN a {.id, .name, .kind, .country} }[0] AS target_agent
ORDER BY coalesce(e.date_start, '') DESC, e.id DESC
