// One page of an actor's (or a pair's) dated events, newest first, read by walking the
// composite indexes event_source_date and event_target_date down from $top and stopping at
// $limit in each: the same rows as list_events_by_actor.cypher whenever that query's page
// holds only dated events (undated ones sort last there and are not in these indexes). A
// hub's page reads about $limit index entries per side instead of all its events. The store
// runs list_events_by_actor when this returns fewer than $limit rows.
//   $top: the page's highest date_start (the cursor's date, or a string above any date)
// Filter parameters (EventFilter; null / [] means "any"):
//   $actor, $other: actor ids on either side (both: the pair, either direction); at least one
//   $types, $statuses: lists; $since: first day (YYYY-MM-DD), $until: last day; dated events
//   whose [date_start, date_end] overlaps [since, until] match, undated ones never do
//   $cursor_date, $cursor_id: the last row of the previous page (date_start or '', id),
//     both null for the first page
//   $limit: page size (the store asks for one more to know whether a page follows)
WITH coalesce($actor, $other) AS anchor, CASE WHEN $actor IS NULL THEN null ELSE $other END AS partner
// an arm that does not apply seeks a null key, which finds nothing without reading the index
CALL (anchor, partner) {
  // one actor, as source; source_id leads the ORDER BY (it is fixed) so the index gives the order
  MATCH (e:Event) USING INDEX e:Event(source_id, date_start, type)
  WHERE e.source_id = CASE WHEN partner IS NULL THEN anchor END
    AND e.date_start <= $top AND e.type IS NOT NULL
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
         OR e.date_start < $cursor_date
         OR (e.date_start = $cursor_date AND e.id < $cursor_id))
  RETURN e ORDER BY e.source_id DESC, e.date_start DESC, e.id DESC LIMIT $limit
  UNION ALL
  // one actor, as target (an event with the actor on both sides is listed above)
  MATCH (e:Event) USING INDEX e:Event(target_id, date_start, type, source_id)
  WHERE e.target_id = CASE WHEN partner IS NULL THEN anchor END AND e.source_id IS NOT NULL AND e.source_id <> anchor
    AND e.date_start <= $top AND e.type IS NOT NULL
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
         OR e.date_start < $cursor_date
         OR (e.date_start = $cursor_date AND e.id < $cursor_id))
  RETURN e ORDER BY e.target_id DESC, e.date_start DESC, e.id DESC LIMIT $limit
  UNION ALL
  // a pair, partner -> anchor: the target index holds source_id, so no other event is read
  MATCH (e:Event) USING INDEX e:Event(target_id, date_start, type, source_id)
  WHERE e.target_id = CASE WHEN partner IS NOT NULL THEN anchor END AND e.source_id = partner
    AND e.date_start <= $top AND e.type IS NOT NULL
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
         OR e.date_start < $cursor_date
         OR (e.date_start = $cursor_date AND e.id < $cursor_id))
  RETURN e ORDER BY e.target_id DESC, e.date_start DESC, e.id DESC LIMIT $limit
  UNION ALL
  // a pair, anchor -> partner
  MATCH (e:Event) USING INDEX e:Event(target_id, date_start, type, source_id)
  WHERE e.target_id = CASE WHEN partner <> anchor THEN partner END AND e.source_id = anchor
    AND e.date_start <= $top AND e.type IS NOT NULL
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
         OR e.date_start < $cursor_date
         OR (e.date_start = $cursor_date AND e.id < $cursor_id))
  RETURN e ORDER BY e.target_id DESC, e.date_start DESC, e.id DESC LIMIT $limit
}
WITH e ORDER BY e.date_start DESC, e.id DESC LIMIT $limit
RETURN e {.*} AS e,
       COLLECT { MATCH (a:Actor {id: e.source_id}) RETURN a {.id, .name, .kind, .country} }[0] AS source,
       COLLECT { MATCH (a:Actor {id: e.target_id}) RETURN a {.id, .name, .kind, .country} }[0] AS target,
       COLLECT { MATCH (a:Actor {id: e.source_agent_id}) RETURN a {.id, .name, .kind, .country} }[0] AS source_agent,
       COLLECT { MATCH (a:Actor {id: e.target_agent_id}) RETURN a {.id, .name, .kind, .country} }[0] AS target_agent
ORDER BY e.date_start DESC, e.id DESC
