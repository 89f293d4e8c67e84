// Same as timeline_counts.cypher for a filter that names an actor (at least one of $actor,
// $other). Dated events are counted from the composite indexes event_source_date
// (source_id, date_start, type) and event_target_date (target_id, date_start, type,
// source_id) without reading the events: a hub's timeline reads its index entries only.
// A pair's events are read from the target index in both directions. An event spans at
// most a year (date_start..date_end), so the seeks start a year before $since and read
// date_end only for those earlier starts. Undated events never match $since / $until and
// are counted only without them, by expanding the actor (which reads all its events).
// Matching events counted per bucket and type for a timeline, instead of listing them: one
// row {bucket, types, counts, first, last} per bucket: bucket is the first day (YYYY-MM-DD)
// of the $interval holding the event's day, types and counts (same order) its event types
// and how many of each, first/last the earliest and latest day counted in it; undated
// events are the row whose bucket, first and last are null.
//   $interval: 'day', 'week' (ISO, from Monday), 'month' or 'year'
// Filter parameters (EventFilter; null / [] means "any"):
//   $actor, $other: actor ids on either side (both: the pair, either direction)
//   $types, $statuses: lists; $since: first day (YYYY-MM-DD), $until: last day; dated events
//   whose [date_start, date_end] overlaps [since, until] match, undated ones never do
WITH coalesce($actor, $other) AS anchor, CASE WHEN $actor IS NULL THEN null ELSE $other END AS partner
// an arm that does not apply seeks a null key, which finds nothing without reading the index
CALL (anchor, partner) {
  // one actor, as source
  MATCH (e:Event) USING INDEX e:Event(source_id, date_start, type)
  WHERE e.source_id = CASE WHEN partner IS NULL THEN anchor END
    AND e.date_start >= CASE WHEN $since IS NULL THEN '' ELSE toString(date($since) - duration({years: 1})) END
    AND e.date_start <= coalesce($until, '~') AND e.type IS NOT NULL
    AND (size($types) = 0 OR e.type IN $types)
    // CASE, not OR: the status and date_end reads happen only when the filter needs them
    AND CASE WHEN size($statuses) = 0 THEN true ELSE e.status IN $statuses END
    AND CASE WHEN $since IS NULL OR e.date_start >= $since THEN true ELSE e.date_end >= $since END
  RETURN e.date_start AS start, e.type AS type
  UNION ALL
  // one actor, as target (an event with the actor on both sides is counted above)
  MATCH (e:Event) USING INDEX e:Event(target_id, date_start, type, source_id)
  WHERE e.target_id = CASE WHEN partner IS NULL THEN anchor END AND e.source_id IS NOT NULL AND e.source_id <> anchor
    AND e.date_start >= CASE WHEN $since IS NULL THEN '' ELSE toString(date($since) - duration({years: 1})) END
    AND e.date_start <= coalesce($until, '~') AND e.type IS NOT NULL
    AND (size($types) = 0 OR e.type IN $types)
    // CASE, not OR: the status and date_end reads happen only when the filter needs them
    AND CASE WHEN size($statuses) = 0 THEN true ELSE e.status IN $statuses END
    AND CASE WHEN $since IS NULL OR e.date_start >= $since THEN true ELSE e.date_end >= $since END
  RETURN e.date_start AS start, e.type AS type
  UNION ALL
  // a pair, partner -> anchor
  MATCH (e:Event) USING INDEX e:Event(target_id, date_start, type, source_id)
  WHERE e.target_id = CASE WHEN partner IS NOT NULL THEN anchor END AND e.source_id = partner
    AND e.date_start >= CASE WHEN $since IS NULL THEN '' ELSE toString(date($since) - duration({years: 1})) END
    AND e.date_start <= coalesce($until, '~') AND e.type IS NOT NULL
    AND (size($types) = 0 OR e.type IN $types)
    // CASE, not OR: the status and date_end reads happen only when the filter needs them
    AND CASE WHEN size($statuses) = 0 THEN true ELSE e.status IN $statuses END
    AND CASE WHEN $since IS NULL OR e.date_start >= $since THEN true ELSE e.date_end >= $since END
  RETURN e.date_start AS start, e.type AS type
  UNION ALL
  // a pair, anchor -> partner
  MATCH (e:Event) USING INDEX e:Event(target_id, date_start, type, source_id)
  WHERE e.target_id = CASE WHEN partner <> anchor THEN partner END AND e.source_id = anchor
    AND e.date_start >= CASE WHEN $since IS NULL THEN '' ELSE toString(date($since) - duration({years: 1})) END
    AND e.date_start <= coalesce($until, '~') AND e.type IS NOT NULL
    AND (size($types) = 0 OR e.type IN $types)
    // CASE, not OR: the status and date_end reads happen only when the filter needs them
    AND CASE WHEN size($statuses) = 0 THEN true ELSE e.status IN $statuses END
    AND CASE WHEN $since IS NULL OR e.date_start >= $since THEN true ELSE e.date_end >= $since END
  RETURN e.date_start AS start, e.type AS type
  UNION ALL
  // undated events
  MATCH (:Actor {id: anchor})-[:SOURCE_OF|TARGET]-(e:Event)
  WHERE $since IS NULL AND $until IS NULL AND e.date_start IS NULL
    AND (partner IS NULL OR (e.source_id = anchor AND e.target_id = partner)
         OR (e.source_id = partner AND e.target_id = anchor))
    AND (size($types) = 0 OR e.type IN $types)
    AND (size($statuses) = 0 OR e.status IN $statuses)
  WITH DISTINCT e
  RETURN null AS start, e.type AS type
}
// an event counts on its first day, or on $since when earlier (its span overlaps the range)
WITH type, CASE WHEN $since IS NOT NULL AND start < $since THEN $since ELSE start END AS day
WITH type, day,
     CASE
       WHEN day IS NULL THEN null
       WHEN $interval = 'day' THEN day
       WHEN $interval = 'month' THEN substring(day, 0, 7) + '-01'
       WHEN $interval = 'year' THEN substring(day, 0, 4) + '-01-01'
       ELSE toString(date.truncate('week', date(day)))
     END AS bucket
WITH bucket, type, count(*) AS n, min(day) AS first, max(day) AS last
// one row per bucket: fewer records to send and decode
RETURN bucket, collect(type) AS types, collect(n) AS counts, min(first) AS first, max(last) AS last
