// One page of dated events, newest first, read by walking the event_date_start index down
// from $top and stopping at $limit: the same rows as list_events.cypher whenever that
// query's page holds only dated events (undated ones sort last there). The store uses it
// for a page without an actor filter that does not start among the undated events, and
// runs list_events when it returns fewer than $limit rows.
//   $top: the page's highest date_start (the cursor's date, or a string above any date)
// Filter parameters (EventFilter; null / [] means "any"):
//   $actor, $other: actor ids on either side (both: the pair, either direction)
//   $types, $statuses: lists; $since: first day (YYYY-MM-DD), $until: last day; dated events
//   whose [date_start, date_end] overlaps [since, until] match, undated ones never do
//   $cursor_date, $cursor_id: the last row of the previous page (date_start or '', id),
//     both null for the first page
//   $limit: page size (the store asks for one more to know whether a page follows)
MATCH (e:Event)
WHERE e.date_start <= $top
  AND ($actor IS NULL OR e.source_id = $actor OR e.target_id = $actor)
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
WITH e ORDER BY e.date_start DESC, e.id DESC LIMIT $limit
RETURN e {.*} AS e,
       COLLECT { MATCH (a:Actor {id: e.source_id}) RETURN a {.id, .name, .kind, .country} }[0] AS source,
       COLLECT { MATCH (a:Actor {id: e.target_id}) RETURN a {.id, .name, .kind, .country} }[0] AS target,
       COLLECT { MATCH (a:Actor {id: e.source_agent_id}) RETURN a {.id, .name, .kind, .country} }[0] AS source_agent,
       COLLECT { MATCH (a:Actor {id: e.target_agent_id}) RETURN a {.id, .name, .kind, .country} }[0] AS target_agent
ORDER BY e.date_start DESC, e.id DESC
