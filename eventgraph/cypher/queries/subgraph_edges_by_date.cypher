// The newest dated edges of a subgraph, read by walking the event_date_start index from the
// newest date down and stopping at $limit: same rows as subgraph_edges.cypher when that
// query's first $limit rows are all dated (undated events sort last there). The store uses
// it when the actors touch so many events that expanding all of them costs more than
// walking the index; when it returns fewer than $limit rows it runs subgraph_edges instead.
// Edges: matching events with a target that touch the given actors ($both = false: ego
// network) or have both ends among them ($both = true).
// $ids: actor ids; $both: boolean; $limit: max edges
// Filter parameters (EventFilter; null / [] means "any"):
//   $actor, $other: actor ids on either side (both: the pair, either direction)
//   $types, $statuses: lists; $since: first day (YYYY-MM-DD), $until: last day; dated events
//   whose [date_start, date_end] overlaps [since, until] match, undated ones never do
MATCH (e:Event)
WHERE e.date_start IS NOT NULL AND e.target_id IS NOT NULL
  // any() rather than OR: with a one-actor $ids the planner split the OR into two unordered scans
  AND any(x IN $ids WHERE x = e.source_id OR x = e.target_id)
  AND (NOT $both OR (e.source_id IN $ids AND e.target_id IN $ids))
  AND ($actor IS NULL OR e.source_id = $actor OR e.target_id = $actor)
  AND ($other IS NULL
       OR ($actor IS NULL AND (e.source_id = $other OR e.target_id = $other))
       OR (e.source_id = $actor AND e.target_id = $other)
       OR (e.source_id = $other AND e.target_id = $actor))
  AND (size($types) = 0 OR e.type IN $types)
  AND (size($statuses) = 0 OR e.status IN $statuses)
  AND ($since IS NULL OR e.date_end >= $since)
  AND ($until IS NULL OR e.date_start <= $until)
RETURN e.id AS id, e.type AS type, e.source_id AS source, e.target_id AS target,
       e.date AS date, e.status AS status
ORDER BY e.date_start DESC, e.id DESC
LIMIT $limit
